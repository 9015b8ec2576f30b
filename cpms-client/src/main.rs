//! `cpms`: the CPMS relying party's command line.

use clap::{Parser, Subcommand};

/// CPMS, the Clinical Patient Management System (relying party of idp).
#[derive(Parser)]
#[command(name = "cpms", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run CPMS. Settings come from the environment:
    /// CPMS_LISTEN (default 127.0.0.1:8081), CPMS_PUBLIC_URL (default http://127.0.0.1:8081),
    /// CPMS_ISSUER (default http://127.0.0.1:8080), CPMS_CLIENT_ID (default cpms),
    /// CPMS_CLIENT_SECRET (required unless CPMS_TRAINING=1) or CPMS_CLIENT_SECRET_FILE (a file
    /// holding it), CPMS_DATA_DIR (default ./cpms-data),
    /// CPMS_CATALOGUE (optional TOML file; default: the built-in catalogue),
    /// CPMS_TRAINING ("1": training mode with test accounts; unset: off; anything else refused),
    /// CPMS_ROLES_MAX_AGE (seconds, default 60), CPMS_LOG_FORMAT (text, the default, or
    /// json), CPMS_METRICS_LISTEN (address:port for Prometheus metrics at /metrics; unset:
    /// none). Any other CPMS_* variable is refused.
    Serve,
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve => {
            let config = match cpms_client::Config::from_env() {
                Ok(config) => config,
                Err(e) => {
                    eprintln!("cpms: bad setting {e}");
                    std::process::exit(2);
                }
            };
            cpms_client::init_logging(config.log_format);
            if let Err(e) = cpms_client::serve(config).await {
                eprintln!("cpms: {e}");
                std::process::exit(e.exit_code());
            }
        }
    }
}
