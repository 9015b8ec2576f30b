//! `idp`: a self-contained OpenID Connect provider with multi-factor authentication.
pub mod store;
