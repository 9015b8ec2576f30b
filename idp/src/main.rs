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
(IDP_LISTEN, IDP_ISSUER, IDP_DATA_DIR, IDP_KEYS_DIR, IDP_REDIS_URL, IDP_SMTP_URL, ...; secrets also \
from files: IDP_REDIS_URL_FILE, IDP_SMTP_URL_FILE, IDP_SMS_GATEWAY_TOKEN_FILE). Unknown IDP_* variables \
are refused. `idp config check` shows the result. See README.md."
)]
struct Cli {
    /// A TOML configuration file (keys as in README.md; unknown keys are refused).
    #[arg(long, global = true, env = "IDP_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
// Parsed once per process: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
enum Command {
    /// Run the provider (HTTP on IDP_LISTEN, default 127.0.0.1:8080).
    Serve,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Register, list and remove relying parties (OpenID Connect clients).
    Client {
        #[command(subcommand)]
        command: ClientCommand,
    },
    /// List and rotate the token signing keys.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// The operators' log: what administrators did, in the console or here, newest first.
    OperatorsLog {
        /// The beginning of an operator's e-mail, of what was acted on, or of the action.
        #[arg(long, default_value = "")]
        search: String,
        /// Where the page starts: the `next` printed with the previous page.
        #[arg(long)]
        after: Option<String>,
    },
    /// Grant, list and revoke access to applications (bootstraps the first Coordinators).
    Access {
        #[command(subcommand)]
        command: AccessCommand,
    },
    /// Check the configuration without starting anything.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Ask the running server whether it is ready (GET /readyz at IDP_LISTEN), for a
    /// container healthcheck: exit 0 when ready, 1 otherwise, with one line saying why.
    Health {
        /// The URL to probe instead, e.g. https://login.example.eu/readyz.
        #[arg(long)]
        url: Option<String>,
    },
    /// Copy the embedded store (<data dir>/idp.sqlite3) to FILE, consistently, while
    /// `idp serve` runs (SQLite's online backup API). FILE is created 0600. master.key is
    /// not in it: keep that apart (without it the backup's signing keys and second-factor
    /// secrets are useless). Not for Redis: back up Redis's RDB/AOF files (README).
    Backup {
        file: PathBuf,
        /// Replace FILE when it exists.
        #[arg(long)]
        force: bool,
    },
    /// Put a backup made by `idp backup` in place as the store of the data directory.
    /// Refused while a process (idp serve) has that store open, when FILE is not a sound
    /// idp store of a schema this version knows, and when the data directory already holds
    /// a store, unless --force. The keys directory must hold the backed-up provider's
    /// master.key.
    Restore {
        file: PathBuf,
        /// Replace the store the data directory holds.
        #[arg(long)]
        force: bool,
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
enum ConfigCommand {
    /// Print the effective configuration (defaults, then --config FILE, then IDP_*
    /// variables and IDP_*_FILE secrets), secrets masked, and check it with the catalogue:
    /// exit 0 when it is fine, 2 with the reason when not. Unknown IDP_* variables and
    /// senseless values (a lifetime of 0, an issuer with a path) are refused.
    Check,
}

#[derive(Subcommand)]
enum AccessCommand {
    /// Grant profiles at an organisation directly, without a request (e.g. a network's
    /// first Coordinator, who then approves the others).
    Grant {
        /// The account's e-mail address.
        #[arg(long)]
        email: String,
        /// The application, as the catalogue names it.
        #[arg(long, default_value = "CPMS")]
        application: String,
        /// NETWORK:COUNTRY:CODE, e.g. ERN-RND:DE:DE22 (or ERN-RND:DE:0000 for Guest Access).
        #[arg(long)]
        organisation: String,
        /// An access profile, e.g. Coordinator; repeat for several.
        #[arg(long = "profile", required = true)]
        profiles: Vec<String>,
    },
    /// List the requests of an account, or a page (25, newest first) of the pending
    /// requests and of the grants of a network; the next page's cursor goes to stderr.
    List {
        #[arg(long, conflicts_with = "network", required_unless_present = "network")]
        email: Option<String>,
        /// A network code, e.g. ERN-RND, or "all".
        #[arg(long)]
        network: Option<String>,
        /// The application, as the catalogue names it.
        #[arg(long, default_value = "CPMS")]
        application: String,
        /// Only pending requests, or only grants (default: a page of each).
        #[arg(long, value_parser = ["pending", "granted"])]
        status: Option<String>,
        /// Only requests found by this: the beginning of the requester's name or e-mail,
        /// or of the organisation's name or code.
        #[arg(long, default_value = "")]
        search: String,
        /// Where the page starts: the cursor printed after the previous page (with --status).
        #[arg(long, requires = "status")]
        after: Option<String>,
    },
    /// Revoke a grant (its id is in `idp access list`); the holder is mailed the reason.
    Revoke {
        id: String,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account directly (e.g. the first administrator) and print it as JSON.
    Add(UserAdd),
    #[command(flatten)]
    Admin(idp::admin::cli::UserAdmin),
}

#[derive(Subcommand)]
// Parsed once per process: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
enum ClientCommand {
    /// Register a client and print it as JSON (with its secret, shown only this once).
    Add(ClientAdd),
    /// Print every registered client as JSON.
    List,
    /// Replace a client's redirect URIs.
    SetRedirectUris {
        id: String,
        #[arg(long = "redirect-uri", required = true)]
        redirect_uris: Vec<String>,
    },
    /// A new secret for a confidential client, printed once; the old one stops working.
    RotateSecret { id: String },
    /// Remove a client: its tokens stop working at their next use.
    Remove {
        /// The client id.
        id: String,
    },
}

#[derive(Args)]
struct ClientAdd {
    /// The client_id.
    #[arg(long)]
    id: String,
    /// The client secret (at least 32 characters); omitted and not --public: one is generated.
    #[arg(long, conflicts_with = "public")]
    secret: Option<String>,
    /// A public client (no secret; PKCE required), e.g. a mobile or single-page app.
    #[arg(long)]
    public: bool,
    /// Where codes may be sent; exact match; repeat for several.
    #[arg(long = "redirect-uri", required = true)]
    redirect_uris: Vec<String>,
    /// Where the browser may go after RP-initiated logout; repeat for several.
    #[arg(long = "post-logout-redirect-uri")]
    post_logout_redirect_uris: Vec<String>,
    /// Where back-channel logout tokens are POSTed.
    #[arg(long)]
    backchannel_logout_uri: Option<String>,
    /// Name shown to users ("ERN-CPMS requires you to authenticate").
    #[arg(long)]
    name: Option<String>,
    /// Skip the consent screen (the operator's own applications).
    #[arg(long)]
    first_party: bool,
    /// Least assurance accepted: low (password), substantial (+ second factor), high.
    #[arg(long, value_parser = ["low", "substantial", "high"])]
    min_acr: Option<String>,
    /// ID token signing algorithm.
    #[arg(long, value_parser = ["RS256", "ES256", "EdDSA"])]
    signing_alg: Option<String>,
    /// An origin (https://app.example.eu) whose scripts may call the token, userinfo and
    /// revocation endpoints for this client (CORS); repeat for several.
    #[arg(long = "web-origin")]
    web_origins: Vec<String>,
    /// Accept this client's authorization requests only when pushed first (RFC 9126, PAR).
    #[arg(long)]
    require_par: bool,
    /// A service client: may use the client_credentials grant (needs a secret).
    #[arg(long)]
    client_credentials: bool,
    /// A scope this service client may ask for with client_credentials; repeat for several.
    #[arg(long = "service-scope")]
    service_scopes: Vec<String>,
    /// Let this confidential client leave PKCE out (by default every client must send a
    /// S256 code_challenge, as RFC 9700 recommends). Not allowed with --public.
    #[arg(long)]
    pkce_optional: bool,
    /// The client's public keys as a JWKS file: it authenticates with private_key_jwt
    /// (RFC 7523) and may sign request objects (RFC 9101). Stored with the client.
    #[arg(long, conflicts_with_all = ["secret", "public", "jwks_uri"])]
    jwks_file: Option<std::path::PathBuf>,
    /// Where the client publishes its public keys (fetched when needed, cached 5 minutes):
    /// as --jwks-file, for a client that rotates its keys itself.
    #[arg(long, conflicts_with_all = ["secret", "public"])]
    jwks_uri: Option<String>,
    /// Issue tokens only with a DPoP proof (RFC 9449): access and refresh tokens are bound
    /// to the client's key, useless to anyone who copies them.
    #[arg(long)]
    require_dpop: bool,
    /// "pairwise": each sector sees its own `sub` for a person, so that applications of
    /// different sectors cannot correlate them (OpenID Connect Core 8.1).
    #[arg(long, default_value = "public", value_parser = ["public", "pairwise"])]
    subject_type: String,
    /// With --subject-type pairwise: the sector (a host name) shared by the applications
    /// that may see the same `sub`; default the redirect URIs' host.
    #[arg(long)]
    sector: Option<String>,
    /// "fapi2": the FAPI 2.0 Security Profile: PAR, PKCE S256, private_key_jwt, DPoP,
    /// ES256/EdDSA ID tokens, PS256/ES256/EdDSA client signatures, codes of 60 s at most.
    #[arg(long, value_parser = ["fapi2"])]
    profile: Option<String>,
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Print every signing key: algorithm, creation, retirement, whether published.
    List,
    /// Start signing with a new key; the old one stays published until its tokens expire.
    Rotate {
        #[arg(long, default_value = "RS256", value_parser = ["RS256", "ES256", "EdDSA"])]
        alg: String,
    },
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

fn main() -> ExitCode {
    // The allocator's settings before any thread starts: the runtime's threads each take
    // a heap of their own on first contention, up to the limit set here.
    idp::memory::tune_allocator();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(e) => {
            eprintln!("idp: cannot start the runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("idp: {e}");
            // A healthcheck knows 0 and 1 only (Docker reserves 2).
            return match cli.command {
                Command::Health { .. } => ExitCode::FAILURE,
                _ => ExitCode::from(2),
            };
        }
    };
    let log = idp::logging::init(config.log_format);
    let result = match cli.command {
        Command::Serve => idp::server::serve(config).await.map_err(|e| e.to_string()),
        Command::User {
            command: UserCommand::Add(args),
        } => user_add(config, args).await,
        Command::User {
            command: UserCommand::Admin(command),
        } => match idp::server::build(config, Arc::new(SystemClock)).await {
            Ok(provider) => idp::admin::cli::run_user(&provider, command)
                .await
                .and_then(|v| print_json(&v)),
            Err(e) => Err(e.to_string()),
        },
        Command::OperatorsLog { search, after } => {
            match idp::server::build(config, Arc::new(SystemClock)).await {
                Ok(provider) => idp::admin::cli::run_log(&provider, &search, after.as_deref())
                    .await
                    .and_then(|v| print_json(&v)),
                Err(e) => Err(e.to_string()),
            }
        }
        Command::Client {
            command: ClientCommand::SetRedirectUris { id, redirect_uris },
        } => match idp::server::build(config, Arc::new(SystemClock)).await {
            Ok(provider) => {
                let op = idp::admin::Operator::command_line();
                match provider
                    .admin_set_redirect_uris(&op, &id, redirect_uris)
                    .await
                {
                    Ok(Ok(client)) => print_json(&client_json(&client, None)),
                    Ok(Err(why)) => Err(why),
                    Err(e) => Err(e.to_string()),
                }
            }
            Err(e) => Err(e.to_string()),
        },
        Command::Client {
            command: ClientCommand::RotateSecret { id },
        } => match idp::server::build(config, Arc::new(SystemClock)).await {
            Ok(provider) => {
                let op = idp::admin::Operator::command_line();
                match provider.admin_rotate_secret(&op, &id).await {
                    Ok(Ok(secret)) => print_json(&serde_json::json!({"id": id, "secret": secret})),
                    Ok(Err(why)) => Err(why),
                    Err(e) => Err(e.to_string()),
                }
            }
            Err(e) => Err(e.to_string()),
        },
        Command::Client { command } => client_command(config, command).await,
        Command::Keys { command } => keys_command(config, command).await,
        Command::Access { command } => access_command(config, command).await,
        Command::Config {
            command: ConfigCommand::Check,
        } => return check_config(&config),
        Command::Health { url } => {
            let url = url.unwrap_or_else(|| idp::health::default_url(&config));
            return match idp::health::probe(&url).await {
                Ok(line) => {
                    println!("ready: {line}");
                    ExitCode::SUCCESS
                }
                Err(line) => {
                    println!("not ready: {line}");
                    ExitCode::FAILURE
                }
            };
        }
        Command::Backup { file, force } => backup(&config, &file, force),
        Command::Restore { file, force } => restore(&config, &file, force).await,
        Command::Outbox { to, last } => {
            show_outbox(&config, to.as_deref(), last);
            Ok(())
        }
    };
    // The log's last lines first, then the verdict.
    drop(log);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("idp: {e}");
            ExitCode::FAILURE
        }
    }
}

fn backup(config: &Config, file: &std::path::Path, force: bool) -> Result<(), String> {
    if config.redis_url.is_some() {
        return Err(
            "idp backup copies the embedded SQLite store, and this configuration \
                    uses Redis (redis_url): back up Redis's RDB/AOF files and the keys \
                    directory instead (README.md, \"Backups and upgrades\")"
                .into(),
        );
    }
    let summary = idp::store::sqlite_backup::backup(&config.data_dir, file, force)?;
    print_json(&summary)?;
    eprintln!(
        "idp: backed up to {}; keep {} apart from it: without that master key the \
         backup's signing keys and second-factor secrets cannot be opened",
        file.display(),
        config.keys_dir.join("master.key").display()
    );
    Ok(())
}

async fn restore(config: &Config, file: &std::path::Path, force: bool) -> Result<(), String> {
    if config.redis_url.is_some() {
        return Err(
            "idp restore fills the embedded SQLite store, and this configuration \
                    uses Redis (redis_url): restore Redis from its RDB/AOF files instead \
                    (README.md, \"Backups and upgrades\")"
                .into(),
        );
    }
    let summary = idp::store::sqlite_backup::restore(&config.data_dir, file, force)?;
    print_json(&summary)?;
    // The keys directory must hold the master key the restored keys were sealed with.
    let store = idp::server::open_store(config).map_err(|e| e.to_string())?;
    match idp::keys::prepare_master_key(&store, &config.keys_dir).await {
        Ok(_) => {
            eprintln!(
                "idp: restored into {}; {} opens its signing keys",
                config.data_dir.display(),
                config.keys_dir.join("master.key").display()
            );
            Ok(())
        }
        Err(e) => Err(format!(
            "restored into {}, but it cannot be served yet: {e}",
            config.data_dir.display()
        )),
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

/// `idp config check`: the configuration loaded (so already checked), printed as TOML with
/// secrets masked and unset keys as comments, then the catalogue it names.
fn check_config(config: &Config) -> ExitCode {
    let serde_json::Value::Object(values) = serde_json::to_value(config).unwrap_or_default() else {
        eprintln!("idp: the configuration cannot be shown");
        return ExitCode::FAILURE;
    };
    println!("# effective configuration: defaults, the file, IDP_* variables; secrets masked");
    for (key, value) in values {
        match value {
            serde_json::Value::Null => println!("# {key}: unset"),
            value => println!("{key} = {value}"),
        }
    }
    if let Err(e) = ern_catalogue::Catalogue::load_or_builtin(config.catalogue.as_deref()) {
        eprintln!("idp: organisation catalogue: {e}");
        return ExitCode::from(2);
    }
    println!("# the configuration is valid");
    ExitCode::SUCCESS
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

fn print_json(value: &impl serde::Serialize) -> Result<(), String> {
    println!(
        "{}",
        serde_json::to_string_pretty(value).map_err(|e| e.to_string())?
    );
    Ok(())
}

fn client_json(client: &idp::clients::Client, secret: Option<&str>) -> serde_json::Value {
    serde_json::json!({
        "client_id": client.id,
        "client_secret": secret,
        "name": client.name,
        "public": client.is_public(),
        "redirect_uris": client.redirect_uris,
        "post_logout_redirect_uris": client.post_logout_redirect_uris,
        "backchannel_logout_uri": client.backchannel_logout_uri,
        "first_party": client.first_party,
        "min_acr": client.min_acr.name(),
        "id_token_signed_response_alg": client.signing_alg.name(),
        "pkce_required": !client.pkce_optional,
        "web_origins": client.web_origins,
        "require_pushed_authorization_requests": client.require_par,
        "client_credentials": client.client_credentials,
        "service_scopes": client.service_scopes,
        "token_endpoint_auth_method": client.auth_method(),
        "jwks": client.jwks,
        "jwks_uri": client.jwks_uri,
        "dpop_bound_access_tokens": client.require_dpop,
        "subject_type": if client.sector.is_some() { "pairwise" } else { "public" },
        "sector": client.sector,
        "profile": client.fapi2.then_some("fapi2"),
    })
}

async fn client_command(config: Config, command: ClientCommand) -> Result<(), String> {
    let store = idp::server::open_store(&config).map_err(|e| e.to_string())?;
    let store = store.as_ref();
    let catalogue = ern_catalogue::Catalogue::load_or_builtin(config.catalogue.as_deref())
        .map_err(|e| e.to_string())?;
    idp::schema::ensure(store, &catalogue)
        .await
        .map_err(|e| e.to_string())?;
    match command {
        ClientCommand::Add(args) => {
            let jwks = match &args.jwks_file {
                None => None,
                Some(path) => {
                    let text = std::fs::read_to_string(path)
                        .map_err(|e| format!("--jwks-file {}: {e}", path.display()))?;
                    Some(
                        serde_json::from_str::<serde_json::Value>(&text).map_err(|e| {
                            format!("--jwks-file {}: not JSON: {e}", path.display())
                        })?,
                    )
                }
            };
            let new = idp::clients::NewClient {
                id: args.id,
                name: args.name,
                secret: args.secret,
                public: args.public,
                redirect_uris: args.redirect_uris,
                post_logout_redirect_uris: args.post_logout_redirect_uris,
                backchannel_logout_uri: args.backchannel_logout_uri,
                first_party: args.first_party,
                min_acr: args.min_acr.as_deref().and_then(idp::clients::Acr::parse),
                signing_alg: args.signing_alg.as_deref().and_then(idp::keys::Alg::parse),
                pkce_optional: args.pkce_optional,
                web_origins: args.web_origins,
                require_par: args.require_par,
                client_credentials: args.client_credentials,
                service_scopes: args.service_scopes,
                jwks,
                jwks_uri: args.jwks_uri,
                require_dpop: args.require_dpop,
                pairwise: args.subject_type == "pairwise",
                sector: args.sector,
                fapi2: args.profile.as_deref() == Some("fapi2"),
            };
            let (client, secret) = idp::clients::add(store, new)
                .await
                .map_err(|e| e.to_string())??;
            operator_log(store, "client added", &client.id).await?;
            print_json(&client_json(&client, secret.as_deref()))
        }
        ClientCommand::List => {
            let clients = idp::clients::list(store).await.map_err(|e| e.to_string())?;
            print_json(
                &clients
                    .iter()
                    .map(|c| client_json(c, None))
                    .collect::<Vec<_>>(),
            )
        }
        ClientCommand::SetRedirectUris { .. } | ClientCommand::RotateSecret { .. } => {
            Err("handled with the provider".into())
        }
        ClientCommand::Remove { id } => {
            if idp::clients::remove(store, &id)
                .await
                .map_err(|e| e.to_string())?
            {
                operator_log(store, "client removed", &id).await?;
                println!("removed client {id}");
                Ok(())
            } else {
                Err(format!("no client with the id {id}"))
            }
        }
    }
}

async fn keys_command(config: Config, command: KeysCommand) -> Result<(), String> {
    let provider = idp::server::build(config, Arc::new(SystemClock))
        .await
        .map_err(|e| e.to_string())?;
    let now = idp::clock::Clock::now(provider.clock.as_ref());
    match command {
        KeysCommand::List => print_json(&provider.keys.list(now).await.map_err(|e| e.to_string())?),
        KeysCommand::Rotate { alg } => {
            let alg = idp::keys::Alg::parse(&alg).ok_or("unknown algorithm")?;
            let kid = provider
                .keys
                .rotate(alg, now)
                .await
                .map_err(|e| e.to_string())?;
            println!("{} now signs with {kid}", alg.name());
            Ok(())
        }
    }
}

async fn access_command(config: Config, command: AccessCommand) -> Result<(), String> {
    use idp::access::{self, SubmitOutcome};
    let provider = idp::server::build(config, Arc::new(SystemClock))
        .await
        .map_err(|e| e.to_string())?;
    let store = provider.store.as_ref();
    let account_of = |email: String| async move {
        let email = idp::accounts::normalize_email(&email)
            .ok_or_else(|| format!("{email:?} is not an e-mail address"))?;
        idp::accounts::find_by_email(store, &email)
            .await
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("no account has the address {email}"))
    };
    match command {
        AccessCommand::Grant {
            email,
            application,
            organisation,
            profiles,
        } => {
            let account = account_of(email).await?;
            match provider
                .grant_access(&account, &application, &organisation, profiles)
                .await
                .map_err(|e| e.to_string())?
            {
                SubmitOutcome::Submitted(request) => print_json(&request),
                SubmitOutcome::Refused(why) => Err(why),
            }
        }
        AccessCommand::List {
            email,
            network,
            application,
            status,
            search,
            after,
        } => {
            let requests = match (email, network) {
                (Some(email), _) => {
                    let account = account_of(email).await?;
                    access::requests_of(store, &account.id).await
                }
                (None, Some(network)) => {
                    let scope = match network.as_str() {
                        "all" => access::Scope::All,
                        n => access::Scope::Network(n),
                    };
                    let kinds = match status.as_deref() {
                        Some("pending") => vec![access::Kind::Pending],
                        Some(_) => vec![access::Kind::Granted],
                        None => vec![access::Kind::Pending, access::Kind::Granted],
                    };
                    let mut all = Vec::new();
                    for kind in kinds {
                        let (page, next) = access::lists::page(
                            store,
                            kind,
                            &application,
                            scope,
                            &search,
                            after
                                .as_deref()
                                .map(idp::store::listing::cursor_of)
                                .as_deref(),
                        )
                        .await
                        .map_err(|e| e.to_string())?;
                        all.extend(page);
                        if let Some(next) = next {
                            let status = if kind == access::Kind::Pending {
                                "pending"
                            } else {
                                "granted"
                            };
                            eprintln!(
                                "more {status}: --status {status} --after {}",
                                idp::store::listing::cursor_word(&next)
                            );
                        }
                    }
                    Ok(all)
                }
                (None, None) => Ok(Vec::new()),
            }
            .map_err(|e| e.to_string())?;
            print_json(&requests)
        }
        AccessCommand::Revoke { id, reason } => {
            match provider
                .revoke_as_operator(&id, &reason)
                .await
                .map_err(|e| e.to_string())?
            {
                access::DecideOutcome::Done(request) => print_json(&request),
                access::DecideOutcome::NotFound => Err(format!("no request has the id {id}")),
                other => Err(format!("not revoked: {other:?}")),
            }
        }
    }
}

/// Writes a command-line action to the operators' log.
async fn operator_log(
    store: &dyn idp::store::Store,
    action: &str,
    target: &str,
) -> Result<(), String> {
    let op = idp::admin::Operator::command_line();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default();
    idp::admin::log::record(store, now, &op.name, action, target, &op.ip)
        .await
        .map_err(|e| e.to_string())
}
