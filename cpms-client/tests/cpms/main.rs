//! CPMS integration tests, all in one binary (one link step on a 2-core machine): real
//! HTTP over loopback, no mocks. Run with `cargo test -j2 --workspace --test cpms`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod floods;
mod flows;
mod language;
mod matrix;
mod metrics;
mod provider;
mod support;
