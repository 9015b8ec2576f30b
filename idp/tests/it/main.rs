//! All integration tests in one binary (one link step on a 2-core machine).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access;
mod accounts;
mod app;
mod cli;
mod cluster;
mod devices;
mod faults;
mod hardening;
mod http;
mod lost_answers;
mod mfa;
mod oidc;
mod oidc_flows;
mod par;
mod resilience;
mod retries;
mod review;
mod rp;
mod security;
mod sms_gateway;
mod smtp;
mod store_contract;
mod store_down;
mod support;
mod tokens;
