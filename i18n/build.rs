//! The catalogues are embedded at compile time by `fluent_templates::static_loader!`,
//! which tracks the files it found; this makes a new `.ftl` file (or language) rebuild
//! the crate too.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
