//! The demo: runs the identity provider on the embedded store, ready to click through.
//! (CPMS joins it when the relying party lands.)

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    idp::server::init_logging();
    let config = match idp::config::Config::load(None) {
        Ok(mut config) => {
            config.outbox_echo = config.smtp_url.is_none();
            config
        }
        Err(e) => {
            eprintln!("demo: {e}");
            return ExitCode::from(2);
        }
    };
    println!(
        "Demo: open {}/register to create an account.",
        config.issuer
    );
    println!(
        "Mails are written to {dir}/mail/ (one .eml file each) and shown here; \
         SMS go to {dir}/sms.jsonl.",
        dir = config.outbox_dir().display()
    );
    match idp::server::serve(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("demo: {e}");
            ExitCode::FAILURE
        }
    }
}
