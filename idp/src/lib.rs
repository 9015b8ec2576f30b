//! `idp`: a self-contained OpenID Connect provider with multi-factor authentication.
//!
//! The rules live in plain modules (`accounts`, `sessions`, `throttle`, `links`, ...) and in
//! [`provider::Provider`], which ties them to the store, the clock and the mailer. Only
//! `web` knows about HTTP.

pub mod access;
pub mod accounts;
pub mod admin;
pub mod antirobot;
pub mod audit;
pub mod clients;
pub mod clock;
pub mod config;
pub mod error;
pub mod factors;
pub mod health;
pub mod jwt;
pub mod keys;
pub mod links;
pub mod logging;
pub mod memory;
pub mod metrics;
pub mod notify;
pub mod oidc;
pub mod private_files;
pub mod provider;
pub mod qr;
pub mod readiness;
pub mod reauth;
pub mod recovery;
pub mod reset;
pub mod schema;
pub mod secrets;
pub mod server;
pub mod sessions;
pub mod store;
pub mod throttle;
pub mod web;
