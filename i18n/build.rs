//! The catalogues are embedded by `rust-embed` (in release builds), which tracks the files
//! it found; this makes a new `.ftl` file (or language) rebuild the crate too.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
