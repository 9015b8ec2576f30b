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

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    use super::*;

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
    /// resident until the heap is trimmed; then most of them leave.
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
        assert!(
            filled >= before + 16 * MIB,
            "the freed blocks were given back already ({} -> {} MiB): nothing to test",
            before / MIB,
            filled / MIB
        );
        give_back_free_heap();
        let trimmed = anonymous();
        assert!(
            trimmed + 12 * MIB <= filled,
            "trimming gave back {} MiB of ~24",
            filled.saturating_sub(trimmed) / MIB
        );
        drop(kept);
    }
}
