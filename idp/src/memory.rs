//! How the process's allocator gives memory back.
//!
//! glibc's malloc serves a large allocation from its own mapping, but after the first such
//! mapping is freed it raises that threshold (up to 32 MiB) and its trim threshold with
//! it: from then on the password hashers' 19 MiB buffers (`accounts::password`) come from
//! the heap and, once freed, stay resident. Fixing the threshold keeps every allocation
//! of 1 MiB or more a mapping of its own, returned to the system when freed, and the trim
//! threshold at its default. Measured on `idp serve`: the two hashers' 38 MiB no longer
//! resident while no one signs in (`idp/tests/it/memory.rs`).

use std::sync::Once;

/// Allocations of this size or more are mappings of their own.
const MAPPED_FROM: i32 = 1 << 20;
/// Free memory at the top of a heap beyond this goes back to the system (glibc's default).
const TRIM_FROM: i32 = 128 << 10;

/// Sets the threshold once per process (glibc only; other allocators return memory on
/// their own terms).
pub fn large_allocations_mapped() {
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
        }
    });
}
