//! The password hashers' working memory: argon2id's 19 MiB of blocks, on huge pages.
//!
//! argon2id reads its blocks in an order that depends on the data, across all 19 MiB,
//! so with 4 KiB pages nearly every block it reads costs a TLB miss: 19 MiB is 4,864
//! pages, more than the processor's second-level TLB holds. The buffer here is a mapping
//! of its own, aligned to the kernel's huge page (2 MiB on x86-64, read from
//! `/sys/kernel/mm/transparent_hugepage/hpage_pmd_size`) and advised for transparent huge
//! pages (`MADV_HUGEPAGE`), which the kernel grants on the usual `madvise` setting of
//! `/sys/kernel/mm/transparent_hugepage/enabled` (and on `always`): 9 huge pages and the
//! last MiB in small ones, so nothing more is resident than before. Measured on the 2-core
//! machine (2026-12-04, both threads hashing at once as idp's do, alternating five hashes
//! on a `Vec` of blocks with five on this buffer, 300 of each per thread, six runs): 1-11 %
//! less time per hash, 7 % at the median (`cargo bench -p idp --bench signin` prints its
//! own comparison first). Where the kernel gives no huge pages (`never`, or no huge page
//! free at that moment) the advice changes nothing and the buffer works as before.
//!
//! The blocks are derived from the password, so the mapping is also kept out of core
//! dumps (`MADV_DONTDUMP`). Dropping it unmaps it: the memory goes back to the system at
//! once (`crate::memory`).

use argon2::Block;

/// Zeroed argon2 blocks in a mapping of their own (see the module's documentation).
pub struct HashMemory(Inner);

#[cfg(target_os = "linux")]
type Inner = Mapping;
#[cfg(not(target_os = "linux"))]
type Inner = Vec<Block>;

impl HashMemory {
    /// `blocks` zeroed blocks, or `None` when the system cannot map them (out of memory or
    /// of mappings): the caller refuses that one hash rather than the process aborting.
    pub fn new(blocks: usize) -> Option<Self> {
        #[cfg(target_os = "linux")]
        {
            Mapping::new(blocks).map(Self)
        }
        #[cfg(not(target_os = "linux"))]
        {
            let mut memory = Vec::new();
            memory.try_reserve_exact(blocks).ok()?;
            memory.resize(blocks, Block::default());
            Some(Self(memory))
        }
    }

    /// How many blocks it holds.
    pub fn len(&self) -> usize {
        #[cfg(target_os = "linux")]
        {
            self.0.blocks
        }
        #[cfg(not(target_os = "linux"))]
        {
            self.0.len()
        }
    }

    /// Whether it holds no block at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The blocks, all of them.
    pub fn blocks(&mut self) -> &mut [Block] {
        #[cfg(target_os = "linux")]
        {
            self.0.blocks()
        }
        #[cfg(not(target_os = "linux"))]
        {
            &mut self.0
        }
    }
}

/// Whether the kernel here backs memory advised `MADV_HUGEPAGE` with huge pages when it
/// has them free: its setting, and on kernels with a setting per size, that of the size
/// used here.
#[cfg(target_os = "linux")]
pub fn huge_pages_allowed() -> bool {
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    let base = "/sys/kernel/mm/transparent_hugepage";
    let top = read(&format!("{base}/enabled"));
    let sized = read(&format!(
        "{base}/hugepages-{}kB/enabled",
        huge_page() / 1024
    ));
    let on = |setting: &str| setting.contains("[always]") || setting.contains("[madvise]");
    on(&top) && (sized.is_empty() || sized.contains("[inherit]") || on(&sized))
}

/// The kernel's huge page for anonymous memory (`hpage_pmd_size`; 2 MiB on x86-64, 32 or
/// 512 MiB on aarch64 with 16 or 64 KiB pages), read once; 2 MiB if it cannot be read.
#[cfg(target_os = "linux")]
fn huge_page() -> usize {
    static SIZE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *SIZE.get_or_init(|| {
        std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size")
            .ok()
            .and_then(|size| size.trim().parse::<usize>().ok())
            .filter(|size| size.is_power_of_two())
            .unwrap_or(2 << 20)
    })
}

#[cfg(target_os = "linux")]
struct Mapping {
    /// Where the mapping starts, and its length in bytes: the buffer plus up to a huge
    /// page of slack before and after it, never touched, so never resident.
    base: *mut libc::c_void,
    mapped: usize,
    /// The first block, aligned to a huge page, inside the mapping.
    start: *mut Block,
    blocks: usize,
}

// SAFETY: the mapping is owned by this value alone (no other pointer to it escapes but the
// `&mut` borrow `blocks` hands out), so moving it to another thread is like moving a `Vec`.
#[cfg(target_os = "linux")]
unsafe impl Send for Mapping {}

#[cfg(target_os = "linux")]
impl Mapping {
    fn new(blocks: usize) -> Option<Self> {
        // At most isize::MAX bytes, as a slice may span.
        let bytes = std::alloc::Layout::array::<Block>(blocks).ok()?.size();
        let align = huge_page();
        let mapped = bytes.checked_add(align)?;
        // SAFETY: an anonymous private mapping at an address of the kernel's choosing; the
        // arguments are valid and the result is checked before use.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                mapped,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return None;
        }
        let offset = (align - base.addr() % align) % align;
        // `offset` < `align`: `start` and the `bytes` after it lie inside the mapping.
        let start = base.wrapping_byte_add(offset);
        if bytes > 0 {
            // SAFETY: advice on a range inside our own mapping; neither changes its
            // content. A kernel without transparent huge pages refuses the first (the
            // buffer stays on small pages), one without the second keeps it in dumps:
            // neither is a reason not to hash.
            unsafe {
                libc::madvise(start, bytes, libc::MADV_HUGEPAGE);
                libc::madvise(start, bytes, libc::MADV_DONTDUMP);
            }
        }
        Some(Self {
            base,
            mapped,
            start: start.cast::<Block>(),
            blocks,
        })
    }

    fn blocks(&mut self) -> &mut [Block] {
        // SAFETY: `start` is aligned to a huge page (more than `Block`'s 64 bytes) and
        // the mapping holds `blocks` blocks from it (at most isize::MAX bytes), zeroed by
        // the kernel, and an all-zero `Block` is a valid one (`[u64; 128]`). The `&mut
        // self` borrow makes the slice the only access, for no longer than the mapping.
        unsafe { std::slice::from_raw_parts_mut(self.start, self.blocks) }
    }
}

#[cfg(target_os = "linux")]
impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: the whole mapping made in `new`, unmapped once; no borrow of it outlives
        // `self`.
        unsafe {
            libc::munmap(self.base, self.mapped);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use argon2::{Algorithm, Argon2, Params, Version};

    /// The `THPeligible` line of the mapping holding `address` in this process.
    #[cfg(target_os = "linux")]
    fn eligible_for_huge_pages(address: usize) -> bool {
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
        let mut inside = false;
        for line in smaps.lines() {
            let range = line.split_whitespace().next().unwrap_or_default();
            if let Some((from, to)) = range.split_once('-')
                && let (Ok(from), Ok(to)) = (
                    usize::from_str_radix(from, 16),
                    usize::from_str_radix(to, 16),
                )
            {
                inside = (from..to).contains(&address);
            } else if inside && let Some(flag) = line.strip_prefix("THPeligible:") {
                return flag.trim() == "1";
            }
        }
        false
    }

    #[test]
    fn hashes_as_a_vec_of_blocks_does_and_is_eligible_for_huge_pages() {
        let params = Params::new(19_456, 2, 1, None).unwrap();
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
        let (mut from_vec, mut from_mapping) = ([0u8; 32], [0u8; 32]);
        let mut blocks = vec![Block::default(); params.block_count()];
        argon2
            .hash_password_into_with_memory(b"pw", b"saltsaltsalt", &mut from_vec, &mut blocks)
            .unwrap();
        let mut memory = HashMemory::new(params.block_count()).unwrap();
        assert_eq!(memory.len(), params.block_count());
        for _ in 0..2 {
            // Twice: the second time over blocks the first one wrote.
            argon2
                .hash_password_into_with_memory(
                    b"pw",
                    b"saltsaltsalt",
                    &mut from_mapping,
                    memory.blocks(),
                )
                .unwrap();
            assert_eq!(from_mapping, from_vec);
        }
        #[cfg(target_os = "linux")]
        {
            let address = memory.blocks().as_ptr().addr();
            assert_eq!(address % huge_page(), 0);
            // Whether the kernel had a huge page free just then is its business; that it
            // may use them for the buffer is ours.
            if huge_pages_allowed() {
                assert!(eligible_for_huge_pages(address), "not THPeligible");
            } else {
                eprintln!("transparent huge pages are off here: eligibility not checked");
            }
        }
    }

    #[test]
    fn no_blocks_is_an_empty_buffer_and_too_many_none() {
        let mut memory = HashMemory::new(0).unwrap();
        assert!(memory.is_empty());
        assert!(memory.blocks().is_empty());
        assert!(HashMemory::new(usize::MAX / 1024).is_none());
    }
}
