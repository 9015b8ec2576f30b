//! A reference authenticator: what the mobile app does, as a command line tool, for tests
//! and for people without the app. Its state (device key, secret, PIN hash) lives in a
//! JSON file that must be kept private, as a phone keeps it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use serde::{Deserialize, Serialize};

use idp::secrets::{b64, from_b64, sha256};

#[derive(Parser)]
#[command(
    name = "idp-authenticator",
    version,
    about = "A reference mobile authenticator for the idp device API."
)]
struct Cli {
    /// Where this authenticator keeps its key and secret (created by `enrol`; keep it private).
    #[arg(long, global = true, default_value = "authenticator.json")]
    state: PathBuf,
    /// Use this time (Unix seconds) as the device clock instead of the system clock.
    #[arg(long, global = true)]
    now: Option<i64>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Enrol from the link shown (as a QR code) by "Manage my mobile devices".
    Enrol {
        /// The enrolment link, e.g. http://127.0.0.1:8080/device/enrol?token=...
        #[arg(long, required_unless_present = "qr", conflicts_with = "qr")]
        link: Option<String>,
        /// Or the QR code image of the link, as the SVG the page shows (saved to a file).
        #[arg(long)]
        qr: Option<PathBuf>,
        /// The name the user sees for this device.
        #[arg(long)]
        name: String,
        /// The PIN this app will ask before approving a sign-in (4 to 12 digits).
        #[arg(long)]
        pin: String,
    },
    /// List the sign-in requests waiting for this device (one JSON object per line).
    Requests,
    /// Approve a request: pick the number the sign-in page shows, and give the PIN.
    Approve {
        #[arg(long)]
        request: String,
        #[arg(long)]
        pick: u8,
        #[arg(long)]
        pin: String,
    },
    /// Deny a request.
    Deny {
        #[arg(long)]
        request: String,
    },
    /// Answer a "Mobile App QR Code" challenge (offline): prints the one-time password.
    QrAnswer {
        /// What the QR code holds ("OCRA-1:...|12345678"), or just the challenge digits.
        #[arg(long)]
        challenge: String,
    },
}

#[derive(Serialize, Deserialize)]
struct State {
    base: String,
    device_id: String,
    /// PKCS#8 of the P-256 key, base64url.
    key: String,
    /// The secret for offline codes, base64url.
    secret: String,
    pin_salt: String,
    pin_hash: String,
}

fn pin_hash(salt: &str, pin: &str) -> String {
    b64(&sha256(format!("{salt}:{pin}").as_bytes()))
}

fn save(path: &Path, state: &State) -> Result<(), String> {
    let text = serde_json::to_string_pretty(state).map_err(|e| e.to_string())?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    std::io::Write::write_all(&mut file, text.as_bytes()).map_err(|e| e.to_string())
}

async fn enrol(state_path: &Path, link: &str, name: &str, pin: &str) -> Result<(), String> {
    if !(4..=12).contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err("the PIN must be 4 to 12 digits".into());
    }
    let (base, query) = link
        .split_once("/device/enrol?")
        .ok_or("this is not an enrolment link")?;
    let token = query
        .split('&')
        .find_map(|p| p.strip_prefix("token="))
        .ok_or("the link has no token")?;
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
        .map_err(|_| "key generation failed")?;
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
        .map_err(|_| "bad key")?;
    let mut proof = pair
        .sign(&rng, idp::factors::app::enrolment_message(token).as_bytes())
        .map_err(|_| "signing failed")?
        .as_ref()
        .to_vec();
    // The provider accepts only the low-S form (one encoding per signature).
    idp::factors::app::to_low_s(&mut proof);
    let request = serde_json::json!({
        "token": token,
        "name": name,
        "public_key": b64(pair.public_key().as_ref()),
        "proof": b64(&proof),
    });
    let response = reqwest::Client::new()
        .post(format!("{base}/device/enrol"))
        .json(&request)
        .send()
        .await
        .map_err(|e| format!("cannot reach {base}: {e}"))?;
    let status = response.status();
    let answer: serde_json::Value = response.json().await.map_err(|e| e.to_string())?;
    if !status.is_success() {
        return Err(format!(
            "enrolment refused: {}",
            answer["error"].as_str().unwrap_or("unknown reason")
        ));
    }
    let salt = b64(&idp::secrets::random_bytes(12));
    let state = State {
        base: base.to_owned(),
        device_id: answer["device_id"]
            .as_str()
            .ok_or("no device id in the answer")?
            .to_owned(),
        key: b64(pkcs8.as_ref()),
        secret: answer["secret"]
            .as_str()
            .ok_or("no secret in the answer")?
            .to_owned(),
        pin_hash: pin_hash(&salt, pin),
        pin_salt: salt,
    };
    from_b64(&state.secret).ok_or("the secret is not base64url")?;
    save(state_path, &state)?;
    println!("enrolled as device {} ({name})", state.device_id);
    Ok(())
}

fn load(path: &Path) -> Result<State, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {e} (enrol first)", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn sign(state: &State, message: &str) -> Result<String, String> {
    let rng = SystemRandom::new();
    let pkcs8 = from_b64(&state.key).ok_or("the state file's key is damaged")?;
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &pkcs8, &rng)
        .map_err(|_| "bad key")?;
    let mut signature = pair
        .sign(&rng, message.as_bytes())
        .map_err(|_| "signing failed")?
        .as_ref()
        .to_vec();
    // The provider accepts only the low-S form (one encoding per signature).
    idp::factors::app::to_low_s(&mut signature);
    Ok(b64(&signature))
}

/// A device API call, signed: `X-Device-Signature` over "METHOD PATH TIME".
fn signed(
    state: &State,
    request: reqwest::RequestBuilder,
    method: &str,
    path: &str,
    now: i64,
) -> Result<reqwest::RequestBuilder, String> {
    let signature = sign(state, &idp::factors::app::call_message(method, path, now))?;
    Ok(request
        .header("x-device-id", &state.device_id)
        .header("x-device-time", now.to_string())
        .header("x-device-signature", signature))
}

async fn send(request: reqwest::RequestBuilder) -> Result<serde_json::Value, String> {
    let response = request
        .send()
        .await
        .map_err(|e| format!("cannot reach the provider: {e}"))?;
    let status = response.status();
    let answer: serde_json::Value = response.json().await.map_err(|e| e.to_string())?;
    if status.is_success() {
        Ok(answer)
    } else {
        Err(format!(
            "refused ({status}): {}",
            answer["error"].as_str().unwrap_or("unknown reason")
        ))
    }
}

async fn requests(state: &State, now: i64) -> Result<(), String> {
    let path = "/device/requests";
    let request = reqwest::Client::new().get(format!("{}{path}", state.base));
    let answer = send(signed(state, request, "GET", path, now)?).await?;
    for request in answer["requests"].as_array().into_iter().flatten() {
        println!("{request}");
    }
    Ok(())
}

async fn answer(state: &State, id: &str, decision: &str, pick: u8, now: i64) -> Result<(), String> {
    let path = format!("/device/requests/{id}");
    let body = serde_json::json!({
        "decision": decision,
        "pick": pick,
        "signature": sign(state, &idp::factors::app::answer_message(id, decision, pick))?,
    });
    let request = reqwest::Client::new()
        .post(format!("{}{path}", state.base))
        .json(&body);
    let answer = send(signed(state, request, "POST", &path, now)?).await?;
    println!("{}", answer["status"]);
    Ok(())
}

async fn run(cli: &Cli) -> Result<(), String> {
    let now = cli
        .now
        .unwrap_or_else(|| idp::clock::Clock::now(&idp::clock::SystemClock));
    match &cli.command {
        Command::Enrol {
            link,
            qr,
            name,
            pin,
        } => {
            let link = match (link, qr) {
                (Some(link), _) => link.clone(),
                (None, Some(file)) => {
                    let svg = std::fs::read_to_string(file)
                        .map_err(|e| format!("{}: {e}", file.display()))?;
                    idp::qr::decode_svg(&svg).ok_or("no QR code could be read in that image")?
                }
                (None, None) => return Err("give --link or --qr".into()),
            };
            enrol(&cli.state, &link, name, pin).await
        }
        Command::Requests => requests(&load(&cli.state)?, now).await,
        Command::Approve { request, pick, pin } => {
            let state = load(&cli.state)?;
            // The app asks its PIN before approving; a wrong PIN never reaches the provider.
            let typed = pin_hash(&state.pin_salt, pin);
            if !idp::secrets::constant_time_eq(typed.as_bytes(), state.pin_hash.as_bytes()) {
                return Err("wrong PIN: nothing was sent".into());
            }
            answer(&state, request, "approve", *pick, now).await
        }
        Command::Deny { request } => answer(&load(&cli.state)?, request, "deny", 0, now).await,
        Command::QrAnswer { challenge } => {
            let state = load(&cli.state)?;
            let question = challenge.rsplit('|').next().unwrap_or(challenge);
            let secret = from_b64(&state.secret).ok_or("the state file's secret is damaged")?;
            let code = idp::factors::ocra::rfc6287::answer(&secret, question)
                .ok_or("the challenge must be digits")?;
            println!("{code}");
            Ok(())
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = run(&cli).await;
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("idp-authenticator: {e}");
            ExitCode::FAILURE
        }
    }
}
