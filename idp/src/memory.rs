//! How the process's allocator gives memory back.
//!
//! glibc's malloc serves a large allocation from its own mapping, but after the first such
//! mapping is freed it raises that threshold (up to 32 MiB) and its trim threshold with
//! it: from then on large buffers come from the heap and, once freed, stay resident.
//! Fixing the threshold keeps every allocation of 1 MiB or more a mapping of its own,
//! returned to the system when freed, and the trim threshold at its default. (The password
//! hashers' 19 MiB buffers were the reason; they are now mappings made by
//! `accounts::hash_memory` itself, but a `Vec` where it cannot make one.) Measured on `idp
//! serve`: the two hashers' 38 MiB no longer resident while no one signs in
//! (`idp/tests/it/memory.rs`).
//!
//! glibc also gives each thread that meets a locked heap a heap (an arena) of its own, up
//! to eight per core; freed memory in one arena serves no other, so under a burst each
//! keeps its own free pages resident. Half as many arenas as cores (one on two cores)
//! keeps them shared. Measured with `cargo bench -p idp --bench signin` (its flood: 256
//! clients signing in at once, 2 cores): the server's peak RSS 68.5-71.0 MiB with glibc's
//! default, 65.4-67.5 MiB with one arena; at the peak 7 MiB of the arenas was free memory
//! with the default, 2 MiB with one.

use std::sync::Once;

/// Allocations of this size or more are mappings of their own.
const MAPPED_FROM: i32 = 1 << 20;
/// Free memory at the top of a heap beyond this goes back to the system (glibc's default).
const TRIM_FROM: i32 = 128 << 10;

/// Sets the thresholds and the number of arenas once per process, best before any thread
/// starts (glibc only; other allocators return memory on their own terms).
pub fn tune_allocator() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        // SAFETY: mallopt only changes malloc's tuning parameters (thread-safe); these
        // values are in range, and allocations made before stay valid.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, MAPPED_FROM);
            // Fixed too, in case a large mapping was freed before: glibc raises it with
            // the mmap threshold (to twice it), and a heap keeps what it does not trim.
            libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_FROM);
            libc::mallopt(libc::M_ARENA_MAX, arenas());
        }
    });
}

/// Half as many heaps as cores, at least one (see the module's documentation).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn arenas() -> i32 {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    i32::try_from(cores / 2).unwrap_or(i32::MAX).max(1)
}

/// How often `idp serve` gives its free heap pages back ([`give_back_free_heap`]).
pub const TRIM_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// Gives the heap's free pages back to the system. glibc returns what is freed at the top of
/// a heap, but a free run below a block still in use stays resident in its thread's arena
/// for good; `malloc_trim` returns every whole free page of every arena. Measured on `idp
/// serve` after the peer benchmark's discovery, JWKS, userinfo and SSO load: 10.0 -> 7.7
/// MiB anonymous.
pub fn give_back_free_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases pages malloc holds free (thread-safe: it takes
    // each arena's lock in turn); no allocation is moved or invalidated.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Every [`TRIM_EVERY`], [`give_back_free_heap`], on the blocking pool (it locks each arena
/// in turn, briefly).
pub fn start_heap_trimmer() {
    tokio::spawn(async {
        let mut tick = tokio::time::interval(TRIM_EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let _ = tokio::task::spawn_blocking(give_back_free_heap).await;
        }
    });
}

/// Takes the pages of idp's own machine code and read-only data out of the process's
/// resident memory, so that what stays resident is what it uses from then on. `idp serve`
/// calls it once it has started, before it serves its first request.
///
/// The kernel maps the binary's code as it is first run, each fault with its neighbours
/// (64 KiB at a time), and keeps it mapped: start-up's code (the command line, the schema,
/// the keys, the templates) and the neighbours of every page ever run stay counted in the
/// process's memory (10.5 MiB of the release binary's code before its first request;
/// 12.6 MiB of code and read-only data are dropped at start). What this saves is the
/// process's resident memory (`VmRSS`, what the OOM killer's score counts).
/// `MADV_DONTNEED` on the code's mapping drops the process's references to those pages;
/// a page run again is mapped again from the page cache at its next use (a minor fault,
/// no disk read while the file is cached). The dropped pages stay in the page cache,
/// unmapped, where the kernel can reclaim them under memory pressure.
///
/// Only mappings of the file that holds this very function (found by the device, inode
/// and path that `/proc/self/smaps` shows for the mapping holding this function's address:
/// each mapping of one file shows the same three, even once the binary is renamed or
/// deleted; the path because btrfs shows one device for all its subvolumes) that
/// are read-only and private (`r-xp`, `r--p`) and hold no page of their own
/// (`Anonymous: 0 kB` and `Swap: 0 kB`: no relocated data, no debugger's breakpoint) are
/// touched, so every page mapped again is the one dropped.
///
/// Returns how many resident bytes it dropped.
pub fn unmap_startup_code() -> u64 {
    #[cfg(target_os = "linux")]
    {
        let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
            return 0;
        };
        let this_code = unmap_startup_code as *const () as usize;
        let mut dropped = 0;
        for code in own_code(&smaps, this_code) {
            // SAFETY: `code` is a whole mapping of the file this function runs from,
            // read-only, private and without a page of its own (`own_code`): dropping its
            // pages changes no byte a thread can read, each being mapped again from the
            // same file at its next use. The mapping itself stays. Two limits, both outside
            // what idp does: a page written after the read of smaps above (a debugger's
            // breakpoint or uprobe, another process's `process_vm_writev` or
            // `/proc/<pid>/mem`, an `mprotect` that made it writable: idp calls none) is
            // dropped with its change; and a page is read again
            // from the file as it is then, which only differs if the file was changed in
            // place underneath the kernel (a network or FUSE file system, an overlay's
            // lower layer): install binaries by rename, as package managers do.
            let advised = unsafe {
                libc::madvise(
                    code.start as *mut libc::c_void,
                    code.len,
                    libc::MADV_DONTNEED,
                )
            };
            if advised == 0 {
                dropped += code.resident;
            }
        }
        dropped
    }
    #[cfg(not(target_os = "linux"))]
    0
}

/// A mapping of the executable's code, from `/proc/self/smaps`.
#[derive(Debug, PartialEq)]
struct Code {
    start: usize,
    len: usize,
    /// Its resident bytes.
    resident: u64,
}

/// A mapping's first line in `smaps`: `start-end perms offset dev inode [path]`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Header<'a> {
    start: usize,
    end: usize,
    perms: &'a str,
    /// The file's device, inode (0: no file) and path as the kernel shows it. The path
    /// too: on btrfs every subvolume shows the file system's one device, so two files
    /// (the binary and a library in another subvolume) may share a device and inode.
    file: (&'a str, u64, &'a str),
}

/// The next whitespace-separated field of `rest`, and what follows it.
fn field(rest: &str) -> Option<(&str, &str)> {
    let rest = rest.trim_start();
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    (end > 0).then(|| rest.split_at(end))
}

impl<'a> Header<'a> {
    fn parse(line: &'a str) -> Option<Self> {
        let (range, rest) = field(line)?;
        let (start, end) = range.split_once('-')?;
        let start = usize::from_str_radix(start, 16).ok()?;
        let end = usize::from_str_radix(end, 16).ok()?;
        let (perms, rest) = field(rest)?;
        let (_offset, rest) = field(rest)?;
        let (dev, rest) = field(rest)?;
        let (inode, rest) = field(rest)?;
        let inode = inode.parse().ok()?;
        (start < end && perms.len() == 4 && dev.contains(':')).then_some(Header {
            start,
            end,
            perms,
            file: (dev, inode, rest.trim()),
        })
    }
}

/// The mappings in `smaps` that [`unmap_startup_code`] may drop: those of the file mapped
/// at `address` (the caller's own code), read-only and private, with no anonymous page,
/// resident or swapped out.
fn own_code(smaps: &str, address: usize) -> Vec<Code> {
    let Some(file) = smaps
        .lines()
        .filter_map(Header::parse)
        .find(|h| (h.start..h.end).contains(&address))
        .map(|h| h.file)
        .filter(|&(_, inode, _)| inode != 0)
    else {
        return Vec::new();
    };
    let kib = |value: &str| -> Option<u64> {
        Some(value.split_whitespace().next()?.parse::<u64>().ok()? * 1024)
    };
    let mut found = Vec::new();
    let mut lines = smaps.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(header) = Header::parse(line) else {
            continue;
        };
        let (mut resident, mut anonymous, mut swapped) = (None, None, None);
        while let Some(field) = lines.next_if(|line| Header::parse(line).is_none()) {
            if let Some(value) = field.strip_prefix("Rss:") {
                resident = kib(value);
            } else if let Some(value) = field.strip_prefix("Anonymous:") {
                anonymous = kib(value);
            } else if let Some(value) = field.strip_prefix("Swap:") {
                swapped = kib(value);
            }
        }
        let read_only = matches!(header.perms, "r-xp" | "r--p");
        if let (true, true, Some(resident), Some(0), Some(0)) =
            (header.file == file, read_only, resident, anonymous, swapped)
        {
            found.push(Code {
                start: header.start,
                len: header.end - header.start,
                resident,
            });
        }
    }
    found
}

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    use super::*;

    const SMAPS: &str = "\
55d0c0000000-55d0c0200000 r--p 00000000 08:01 1234                       /opt/idp/bin/idp
Size:               2048 kB
Rss:                1024 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd mr mw me dw sd
55d0c0200000-55d0c1000000 r-xp 00200000 08:01 1234                       /opt/idp/bin/idp
Size:              14336 kB
Rss:                7680 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd ex mr mw me dw sd
55d0c1000000-55d0c1100000 r-xp 01000000 08:01 1234                       /opt/idp/bin/idp
Size:               1024 kB
Rss:                 512 kB
Anonymous:             4 kB
Swap:                  0 kB
VmFlags: rd ex mr mw me dw sd
55d0c1100000-55d0c1200000 r--p 01100000 08:01 1234                       /opt/idp/bin/idp
Size:               1024 kB
Rss:                 300 kB
Anonymous:             0 kB
Swap:                 12 kB
VmFlags: rd mr mw me dw ac sd
55d0c1200000-55d0c1300000 rw-p 01200000 08:01 1234                       /opt/idp/bin/idp
Size:               1024 kB
Rss:                 200 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd wr mr mw me dw ac sd
7f0000000000-7f0000100000 r-xp 00000000 08:01 99                         /usr/lib/x86_64-linux-gnu/libc.so.6
Size:               1024 kB
Rss:                 900 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd ex mr mw me sd
7f0000200000-7f0000300000 r-xp 00000000 08:01 77                         /opt/idp/bin/idp.old (deleted)
Size:               1024 kB
Rss:                 100 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd ex mr mw me sd
7f0000400000-7f0000500000 r-xp 00000000 08:02 1234                       /opt/idp/bin/idp
Size:               1024 kB
Rss:                 100 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd ex mr mw me sd
7f0000600000-7f0000700000 r-xp 00000000 08:01 1234                       /srv/other-subvolume/libfoo.so
Size:               1024 kB
Rss:                 100 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd ex mr mw me sd
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]
Size:                132 kB
Rss:                  64 kB
Anonymous:            64 kB
Swap:                  0 kB
VmFlags: rd wr mr mw me gd ac
";

    /// Only the read-only mappings of the file the caller runs from (same device, inode and
    /// path: a library in another btrfs subvolume may share the first two) are dropped,
    /// and only those without a page of their own, resident (relocated data, a debugger's
    /// breakpoint) or swapped out: its writable data, libraries and other files' mappings
    /// stay.
    #[test]
    fn only_the_executables_unmodified_code_is_dropped() {
        let idp = vec![
            Code {
                start: 0x55d0_c000_0000,
                len: 2048 * 1024,
                resident: 1024 * 1024,
            },
            Code {
                start: 0x55d0_c020_0000,
                len: 14336 * 1024,
                resident: 7680 * 1024,
            },
        ];
        // Called from its code, or from its read-only data's address: the same file.
        assert_eq!(own_code(SMAPS, 0x55d0_c080_1234), idp);
        assert_eq!(own_code(SMAPS, 0x55d0_c000_0000), idp);
        // A binary replaced since it started ("(deleted)"): its own inode still counts.
        assert_eq!(
            own_code(SMAPS, 0x7f00_0020_0010),
            vec![Code {
                start: 0x7f00_0020_0000,
                len: 1024 * 1024,
                resident: 100 * 1024
            }]
        );
        // An address in no mapping, or in one of no file: nothing.
        assert_eq!(own_code(SMAPS, 0x1000), vec![]);
        assert_eq!(own_code(SMAPS, 0x7ffd_0000_0100), vec![]);
        assert_eq!(own_code("garbage\n-\nRss: x\n", 0x55d0_c080_1234), vec![]);
    }

    /// The resident bytes of this process's mappings that `own_code` chooses.
    fn own_code_resident() -> u64 {
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap_or_default();
        own_code(&smaps, unmap_startup_code as *const () as usize)
            .iter()
            .map(|code| code.resident)
            .sum()
    }

    /// In a test binary, its own code is found and dropped (smaps read again shows it
    /// gone), and the code it runs next is mapped again without a fault anyone sees.
    #[test]
    fn this_process_keeps_running_after_its_code_is_dropped() {
        let before = own_code_resident();
        let dropped = unmap_startup_code();
        let after = own_code_resident();
        assert!(dropped > 0, "none of this test binary's code was resident?");
        // Other tests run beside this one and map some of their code again meanwhile.
        assert!(
            after + dropped / 2 <= before,
            "{before} bytes resident before, {dropped} dropped, {after} after"
        );
        // Code run after the drop: formatting, hashing, allocation.
        let text = format!("{:?}", (1..100).map(|n| n * 3).collect::<Vec<_>>());
        assert!(text.starts_with("[3, 6, 9"));
    }

    const MIB: u64 = 1 << 20;

    fn anonymous() -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("RssAnon:"))
            .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
            .map_or(0, |kib| kib * 1024)
    }

    /// 24 MiB of small blocks freed in a thread's arena below one still in use stay
    /// resident (some of them at least: glibc may already give back some pages of the
    /// chunks it merges, more or fewer depending on what earlier tests left in the
    /// arena) until the heap is trimmed; then most of what stayed leaves.
    #[test]
    fn free_pages_below_a_block_in_use_go_back_when_trimmed() {
        let before = anonymous();
        let kept = std::thread::spawn(|| {
            let mut blocks: Vec<Vec<u8>> = Vec::with_capacity(24 * 1024);
            for _ in 0..24 * 1024 {
                blocks.push(vec![1u8; 1000]);
            }
            let last = blocks.pop();
            drop(blocks);
            last
        })
        .join()
        .unwrap_or_default();
        let filled = anonymous();
        let stayed = filled.saturating_sub(before);
        assert!(
            stayed >= 8 * MIB,
            "the freed blocks were given back already ({} -> {} MiB): nothing to test",
            before / MIB,
            filled / MIB
        );
        give_back_free_heap();
        let trimmed = anonymous();
        assert!(
            trimmed + stayed / 2 <= filled,
            "trimming gave back {} MiB of the {} MiB that stayed",
            filled.saturating_sub(trimmed) / MIB,
            stayed / MIB
        );
        drop(kept);
    }
}
