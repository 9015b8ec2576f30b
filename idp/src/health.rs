//! `idp health`: asks a running `idp serve` whether it is ready (`GET /readyz`), for a
//! container's healthcheck (the image has no curl). Ready: exit 0; anything else: exit 1,
//! with one line saying why.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use crate::config::Config;

/// How long the probe waits for an answer; a healthcheck's own timeout should be longer.
const TIMEOUT: Duration = Duration::from_secs(5);

/// The URL probed by default: `/readyz` at the address the server listens on (an
/// unspecified address, `0.0.0.0` or `::`, is reached on the loopback).
pub fn default_url(config: &Config) -> String {
    let listen = config.listen;
    let ip = match listen.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}/readyz", SocketAddr::new(ip, listen.port()))
}

/// `Ok(line)` when `url` answers 2xx, `Err(line)` with the reason otherwise.
pub async fn probe(url: &str) -> Result<String, String> {
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| format!("cannot make an HTTP client: {e}"))?;
    let response = client
        .get(url)
        .send()
        .await
        .map_err(|e| format!("{url}: no answer: {}", chain(&e)))?;
    let status = response.status();
    let body = response.text().await.unwrap_or_default();
    let said: String = body
        .lines()
        .next()
        .unwrap_or_default()
        .trim()
        .chars()
        .take(200)
        .collect();
    let line = format!("{url}: {} {said}", status.as_u16());
    if status.is_success() {
        Ok(line.trim_end().to_owned())
    } else {
        Err(line.trim_end().to_owned())
    }
}

/// An error with its causes (reqwest's own message alone says little: "error sending
/// request").
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
