//! The demo: the identity provider and CPMS in one process on the embedded store, CPMS
//! registered as the provider's client, a demo approver to accept access requests, and
//! every mail and SMS shown on the console. Ready to click through.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use idp::clients::{Acr, NewClient};
use idp::provider::Provider;
use tokio::net::TcpListener;

/// The approver the demo creates: administrator, and Coordinator of ERN-RND in CPMS.
const APPROVER: &str = "coordinator@ern-demo.eu";
/// The approver's confirmed mobile phone: deciding on access requests needs a second
/// factor, and the demo's SMS are shown on the console.
const APPROVER_PHONE: &str = "+32470000001";

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("demo: {message}");
            ExitCode::from(code)
        }
    }
}

async fn run() -> Result<(), (u8, String)> {
    let bad = |e: &dyn std::fmt::Display| (2, e.to_string());
    let failed = |e: &dyn std::fmt::Display| (1, e.to_string());
    let mut idp_config = idp::config::Config::load(None).map_err(|e| bad(&e))?;
    let _log = idp::logging::init(idp_config.log_format);
    idp_config.outbox_echo = idp_config.smtp_url.is_none();
    // Security keys and passkeys need a host name (a WebAuthn rp id is never an IP
    // address): unless told otherwise, the demo's provider is http://localhost:PORT.
    if std::env::var_os("IDP_ISSUER").is_none()
        && idp_config.issuer == idp::config::Config::default().issuer
    {
        idp_config.issuer = format!("http://localhost:{}", idp_config.listen.port());
    }
    let secret = demo_secret(&idp_config.data_dir.join("demo-cpms-secret"))
        .map_err(|e| (1, format!("the CPMS client secret: {e}")))?;
    // Unless told otherwise, CPMS talks to this provider and keeps its data beside it.
    let defaults = [
        ("CPMS_ISSUER", idp_config.issuer.clone()),
        (
            "CPMS_DATA_DIR",
            idp_config.data_dir.join("cpms").display().to_string(),
        ),
        ("CPMS_CLIENT_SECRET", secret.clone()),
    ];
    let cpms_config = cpms_client::Config::from_lookup(|name| {
        std::env::var(name).ok().or_else(|| {
            defaults
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        })
    })
    .map_err(|e| bad(&e))?;

    let idp_listener = bind(idp_config.listen).await?;
    let cpms_listener = bind(cpms_config.listen).await?;
    let provider = idp::server::build(idp_config, Arc::new(idp::clock::SystemClock))
        .await
        .map_err(|e| failed(&e))?;
    register_cpms(&provider, &cpms_config, &secret).await?;
    let approver = demo_approver(&provider).await?;

    let outbox = provider.config.outbox_dir();
    println!();
    println!("Demo ready:");
    println!("  CPMS          {}/", cpms_config.public_url);
    println!(
        "  ERN Login     {}/register  (create an account)",
        provider.config.issuer
    );
    println!(
        "  Approver      {APPROVER} / {approver} / SMS to {APPROVER_PHONE}  (accepts access requests at {}/access/approvals)",
        provider.config.issuer
    );
    println!(
        "  Mails and SMS are shown here and written to {}/mail/ and {}/sms.jsonl",
        outbox.display(),
        outbox.display()
    );
    println!();

    let (stop, stopped) = tokio::sync::watch::channel(false);
    let until_stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.changed().await;
    };
    let mut idp_task = tokio::spawn(idp::server::serve_provider(
        provider,
        idp_listener,
        until_stopped(stopped.clone()),
    ));
    let mut cpms_task = tokio::spawn(cpms_client::serve_on(
        cpms_listener,
        cpms_config,
        until_stopped(stopped),
    ));
    let failure = tokio::select! {
        () = idp::server::shutdown_signal() => None,
        ended = &mut idp_task => Some(format!("the provider stopped: {}", outcome(ended))),
        ended = &mut cpms_task => Some(format!("CPMS stopped: {}", outcome(ended))),
    };
    let _ = stop.send(true);
    match failure {
        Some(failure) => Err(failed(&failure)),
        None => {
            // Both finish what they are serving, and log it, before the log closes.
            let both = async {
                let _ = idp_task.await;
                let _ = cpms_task.await;
            };
            let _ = tokio::time::timeout(std::time::Duration::from_secs(10), both).await;
            Ok(())
        }
    }
}

fn outcome<E: std::fmt::Display>(ended: Result<Result<(), E>, tokio::task::JoinError>) -> String {
    match ended {
        Ok(Ok(())) => "without error".into(),
        Ok(Err(e)) => e.to_string(),
        Err(e) => e.to_string(),
    }
}

async fn bind(address: std::net::SocketAddr) -> Result<TcpListener, (u8, String)> {
    TcpListener::bind(address)
        .await
        .map_err(|e| (1, format!("cannot listen on {address}: {e}")))
}

/// (Re-)registers CPMS as a first-party client requiring a second factor, with a secret
/// kept in the data directory so restarts keep working.
async fn register_cpms(
    provider: &Provider,
    cpms: &cpms_client::Config,
    secret: &str,
) -> Result<(), (u8, String)> {
    let store = provider.store.as_ref();
    idp::clients::remove(store, &cpms.client_id)
        .await
        .map_err(|e| (1, e.to_string()))?;
    let new = NewClient {
        id: cpms.client_id.clone(),
        name: Some("ERN-CPMS".into()),
        secret: Some(secret.to_owned()),
        redirect_uris: vec![cpms.redirect_uri()],
        post_logout_redirect_uris: vec![format!("{}/", cpms.public_url)],
        backchannel_logout_uri: Some(format!("{}/backchannel-logout", cpms.public_url)),
        first_party: true,
        min_acr: Some(Acr::Substantial),
        ..Default::default()
    };
    match idp::clients::add(store, new).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err((2, format!("registering CPMS: {e}"))),
        Err(e) => Err((1, e.to_string())),
    }
}

/// A random secret created once, readable by the owner only.
fn demo_secret(path: &Path) -> std::io::Result<String> {
    if let Ok(existing) = std::fs::read_to_string(path) {
        let existing = existing.trim().to_owned();
        if existing.len() >= 32 {
            return Ok(existing);
        }
    }
    let secret = idp::secrets::random_token(32);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    std::io::Write::write_all(&mut options.open(path)?, secret.as_bytes())?;
    Ok(secret)
}

/// The demo approver: created at first start with a password kept (owner-only) in the
/// data directory, so that the console can show it at every start.
async fn demo_approver(provider: &Provider) -> Result<String, (u8, String)> {
    let failed = |e: &dyn std::fmt::Display| (1, e.to_string());
    let password = demo_secret(&provider.config.data_dir.join("demo-approver-password"))
        .map_err(|e| failed(&e))?;
    let store = provider.store.as_ref();
    let existing = idp::accounts::find_by_email(store, APPROVER)
        .await
        .map_err(|e| failed(&e))?;
    let account = match existing {
        Some(account) => account,
        None => {
            let account = provider
                .create_account(APPROVER, "Demo", "Coordinator", "en", Some(&password), true)
                .await
                .map_err(|e| failed(&e))?
                .map_err(|e| failed(&e))?;
            provider
                .grant_access(
                    &account,
                    "CPMS",
                    "ERN-RND:DE:DE30",
                    vec!["Coordinator".into()],
                )
                .await
                .map_err(|e| failed(&e))?;
            account
        }
    };
    // Also for demo data made before deciding needed a second factor.
    if !account.phones.iter().any(|p| p.number == APPROVER_PHONE) {
        let added_at = provider.now();
        idp::accounts::update(store, &account.id, |a| {
            a.phones.push(idp::accounts::credentials::Phone {
                number: APPROVER_PHONE.into(),
                typed: String::new(),
                verified: true,
                added_at,
            })
        })
        .await
        .map_err(|e| failed(&e))?;
    }
    Ok(password)
}
