//! The `idp` command: run the provider and administer it.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};

use idp::clock::SystemClock;
use idp::config::Config;

#[derive(Parser)]
#[command(
    name = "idp",
    version,
    about = "A self-contained OpenID Connect provider with multi-factor authentication."
)]
#[command(
    after_help = "Configuration: defaults, then --config FILE (TOML), then IDP_* environment variables \
(IDP_LISTEN, IDP_ISSUER, IDP_DATA_DIR, IDP_KEYS_DIR, IDP_REDIS_URL, IDP_SMTP_URL, ...). See README.md."
)]
struct Cli {
    /// A TOML configuration file (keys as in README.md; unknown keys are refused).
    #[arg(long, global = true, env = "IDP_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the provider (HTTP on IDP_LISTEN, default 127.0.0.1:8080).
    Serve,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Show the mails the development transport wrote to <data dir>/outbox/mail/, decoded.
    Outbox {
        /// Only mails to this address.
        #[arg(long)]
        to: Option<String>,
        /// Only the last N mails.
        #[arg(long, default_value_t = 5)]
        last: usize,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account directly (e.g. the first administrator) and print it as JSON.
    Add(UserAdd),
}

#[derive(Args)]
struct UserAdd {
    /// E-mail address (the sign-in name).
    #[arg(long)]
    email: String,
    #[arg(long)]
    first_name: String,
    #[arg(long)]
    last_name: String,
    /// Language of the mails (an EU language code such as en, fr, de).
    #[arg(long, default_value = "en")]
    language: String,
    /// Make the account an administrator.
    #[arg(long)]
    admin: bool,
    /// Read the password from standard input. Without it, a link to set the password is
    /// printed (valid 24 hours).
    #[arg(long)]
    password_stdin: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    idp::server::init_logging();
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("idp: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Serve => idp::server::serve(config).await.map_err(|e| e.to_string()),
        Command::User {
            command: UserCommand::Add(args),
        } => user_add(config, args).await,
        Command::Outbox { to, last } => {
            show_outbox(&config, to.as_deref(), last);
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("idp: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn user_add(config: Config, args: UserAdd) -> Result<(), String> {
    let password = if args.password_stdin {
        let mut input = String::new();
        std::io::stdin()
            .read_to_string(&mut input)
            .map_err(|e| format!("reading the password: {e}"))?;
        Some(input.trim_end_matches(['\r', '\n']).to_owned())
    } else {
        None
    };
    let provider = idp::server::build(config, Arc::new(SystemClock))
        .await
        .map_err(|e| e.to_string())?;
    let account = provider
        .create_account(
            &args.email,
            &args.first_name,
            &args.last_name,
            &args.language,
            password.as_deref(),
            args.admin,
        )
        .await
        .map_err(|e| e.to_string())??;
    let link = match account.password_hash {
        None => Some(
            provider
                .password_link(&account)
                .await
                .map_err(|e| e.to_string())?,
        ),
        Some(_) => None,
    };
    let output = serde_json::json!({
        "id": account.id,
        "email": account.email,
        "first_name": account.first_name,
        "last_name": account.last_name,
        "language": account.language,
        "admin": account.is_admin,
        "set_password_link": link,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&output).map_err(|e| e.to_string())?
    );
    Ok(())
}

fn show_outbox(config: &Config, to: Option<&str>, last: usize) {
    let dir = config.outbox_dir().join("mail");
    let mails = idp::notify::outbox::read(&dir, to);
    if mails.is_empty() {
        println!("No mail in {}", dir.display());
    }
    for mail in mails.iter().skip(mails.len().saturating_sub(last)) {
        println!(
            "--- {}\nTo: {}\nSubject: {}\n\n{}",
            mail.path.display(),
            mail.to,
            mail.subject,
            mail.body
        );
    }
}
