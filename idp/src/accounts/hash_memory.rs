//! The password hashers' working memory: argon2id's 19 MiB of blocks, on huge pages.
//!
//! argon2id reads its blocks in an order that depends on the data, across all 19 MiB,
//! so with 4 KiB pages nearly every block it reads costs a TLB miss: 19 MiB is 4,864
//! pages, more than the processor's second-level TLB holds. The buffer here is a mapping
//! of its own, aligned to 2 MiB and advised for transparent huge pages
//! (`MADV_HUGEPAGE`), which the kernel grants on the usual `madvise` setting of
//! `/sys/kernel/mm/transparent_hugepage/enabled` (and on `always`): 9 huge pages and the
//! last MiB in small ones, so nothing more is resident than before. Measured on the 2-core
//! machine (2026-12-04, both threads hashing at once as idp's do, alternating five hashes
//! on a `Vec` of blocks with five on this buffer, 300 of each per thread, six runs): 1-11 %
//! less time per hash, 7 % at the median (`cargo bench -p idp --bench signin` prints its
//! own comparison first). Where the kernel gives no huge pages (`never`, or no 2 MiB page
//! free) the advice changes nothing and the buffer works as before; where no mapping can
//! be made at all, the blocks are an ordinary `Vec`.
//!
//! Dropping it unmaps it: the memory goes back to the system at once (`crate::memory`).

use argon2::Block;

/// A huge page on x86-64 and aarch64 (4 KiB base pages); alignment to it is what lets the
/// kernel back the buffer with huge pages.
#[cfg(target_os = "linux")]
const HUGE_PAGE: usize = 2 << 20;

/// Zeroed argon2 blocks in a mapping of their own (see the module's documentation), or on
/// the heap where no such mapping can be made.
pub struct HashMemory(Inner);

enum Inner {
    #[cfg(target_os = "linux")]
    Mapped(Mapping),
    Heap(Vec<Block>),
}

impl HashMemory {
    /// `blocks` zeroed blocks.
    pub fn new(blocks: usize) -> Self {
        #[cfg(target_os = "linux")]
        if let Some(mapping) = Mapping::new(blocks) {
            return Self(Inner::Mapped(mapping));
        }
        Self(Inner::Heap(vec![Block::default(); blocks]))
    }

    /// How many blocks it holds.
    pub fn len(&self) -> usize {
        match &self.0 {
            #[cfg(target_os = "linux")]
            Inner::Mapped(mapping) => mapping.blocks,
            Inner::Heap(blocks) => blocks.len(),
        }
    }

    /// Whether it holds no block at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The blocks, all of them.
    pub fn blocks(&mut self) -> &mut [Block] {
        match &mut self.0 {
            #[cfg(target_os = "linux")]
            Inner::Mapped(mapping) => mapping.blocks(),
            Inner::Heap(blocks) => blocks,
        }
    }

    /// Whether the buffer is a mapping the kernel took the huge-page advice for (it may
    /// still back some of it with small pages when it has no 2 MiB page free).
    pub fn advised(&self) -> bool {
        match &self.0 {
            #[cfg(target_os = "linux")]
            Inner::Mapped(mapping) => mapping.advised,
            Inner::Heap(_) => false,
        }
    }
}

#[cfg(target_os = "linux")]
struct Mapping {
    /// Where the mapping starts, and its length in bytes (the buffer plus up to a huge
    /// page of slack before and after it, never touched, so never resident).
    base: *mut libc::c_void,
    mapped: usize,
    /// The first block, 2 MiB-aligned, inside the mapping.
    start: *mut Block,
    blocks: usize,
    advised: bool,
}

// SAFETY: the mapping is owned by this value alone (no other pointer to it escapes but the
// `&mut` borrow `blocks` hands out), so moving it to another thread is like moving a `Vec`.
#[cfg(target_os = "linux")]
unsafe impl Send for Mapping {}

#[cfg(target_os = "linux")]
impl Mapping {
    fn new(blocks: usize) -> Option<Self> {
        let bytes = blocks.checked_mul(std::mem::size_of::<Block>())?;
        let mapped = bytes.checked_add(HUGE_PAGE)?;
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
        let offset = (HUGE_PAGE - (base as usize) % HUGE_PAGE) % HUGE_PAGE;
        // SAFETY: `offset` < HUGE_PAGE, so `start` and the `bytes` after it lie inside the
        // `bytes + HUGE_PAGE` just mapped.
        let start = unsafe { base.cast::<u8>().add(offset) }.cast::<libc::c_void>();
        // SAFETY: advice on a range inside our own mapping; it changes no content. A
        // kernel without transparent huge pages refuses it, and the buffer stays on small
        // pages.
        let advised =
            bytes == 0 || unsafe { libc::madvise(start, bytes, libc::MADV_HUGEPAGE) } == 0;
        Some(Self {
            base,
            mapped,
            start: start.cast::<Block>(),
            blocks,
            advised,
        })
    }

    fn blocks(&mut self) -> &mut [Block] {
        // SAFETY: `start` is 2 MiB-aligned (more than `Block`'s 64 bytes) and the mapping
        // holds `blocks` blocks from it, zeroed by the kernel, and an all-zero `Block` is a
        // valid one (`[u64; 128]`). The `&mut self` borrow makes the slice the only access.
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

    #[test]
    fn hashes_as_a_vec_of_blocks_does_and_is_aligned_for_huge_pages() {
        let params = Params::new(19_456, 2, 1, None).unwrap();
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
        let (mut from_vec, mut from_mapping) = ([0u8; 32], [0u8; 32]);
        let mut blocks = vec![Block::default(); params.block_count()];
        argon2
            .hash_password_into_with_memory(b"pw", b"saltsaltsalt", &mut from_vec, &mut blocks)
            .unwrap();
        let mut memory = HashMemory::new(params.block_count());
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
            assert_eq!(memory.blocks().as_ptr() as usize % HUGE_PAGE, 0);
            let thp = std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled");
            if thp.is_ok_and(|setting| !setting.contains("[never]")) {
                assert!(memory.advised(), "the kernel refused MADV_HUGEPAGE");
            }
        }
    }

    #[test]
    fn no_blocks_is_an_empty_buffer() {
        let mut memory = HashMemory::new(0);
        assert!(memory.is_empty());
        assert!(memory.blocks().is_empty());
    }
}
