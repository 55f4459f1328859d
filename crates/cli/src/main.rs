//! `passerelle`: the command line over `passerelle-wallet`. Each subcommand is a
//! thin adapter: parse arguments, call one wallet method, print the result.
//! Exit codes: 0 success, 1 the operation failed, 2 usage error (clap's own).

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use passerelle_wallet::{Error, Language, SystemClock, Theme, Wallet, i18n, location};
use serde::Serialize;

#[derive(Parser, Debug)]
#[command(
    name = "passerelle",
    version,
    about = "Passerelle: an offline wallet for competency portfolios"
)]
struct Cli {
    /// Wallet folder (default: the OS data folder, eu.passerelle.wallet)
    #[arg(long, global = true, env = location::WALLET_ENV, value_name = "DIR")]
    wallet: Option<PathBuf>,

    /// Print JSON instead of text (every command that prints data)
    #[arg(long, global = true)]
    json: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show the wallet's folder, schema version and what it holds
    Info,
    /// Verify badge files (JSON, JWT, baked PNG or SVG) offline, without importing them
    Verify {
        /// A document to use offline instead of fetching it: URL=FILE (repeatable)
        #[arg(long = "doc", value_name = "URL=FILE", value_parser = parse_doc)]
        docs: Vec<(String, PathBuf)>,
        /// Check dates against this instant (RFC 3339) instead of now
        #[arg(long, value_name = "RFC3339", value_parser = parse_now)]
        now: Option<time::OffsetDateTime>,
        /// The files to verify
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Import badge files into the wallet (each is verified first; failed ones are refused)
    Import {
        /// A document to use offline instead of fetching it: URL=FILE (repeatable)
        #[arg(long = "doc", value_name = "URL=FILE", value_parser = parse_doc)]
        docs: Vec<(String, PathBuf)>,
        /// The files to import
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the badges in the wallet
    List {
        /// Only badges whose name, issuer or achievement contain these words (accents ignored)
        #[arg(long)]
        search: Option<String>,
        /// Only badges with this status: verified, warning or failed
        #[arg(long)]
        status: Option<String>,
    },
    /// Show or change the holder's profile (name, e-mail addresses badges are issued to)
    Profile {
        #[command(subcommand)]
        action: Option<ProfileAction>,
    },
    /// Self-declared skills (signed with your own key)
    Skills {
        #[command(subcommand)]
        action: SkillsAction,
    },
    /// Export what the wallet holds
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Endorse a credential file: sign an EndorsementCredential about it with your key
    Endorse {
        /// The credential to endorse (it must verify)
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// What you checked and what you vouch for
        #[arg(long)]
        comment: String,
        /// Where to write the endorsement (JSON)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The portfolio against a role profile: per competence, the level aimed at, the
    /// level shown and what supports it (verified badge > endorsed > self-declared)
    Review {
        /// The role profile
        #[arg(long, default_value = "ict-project-manager")]
        profile: String,
    },
    /// Fill the wallet with demo data: badges from a DEMO issuer, a self-declared skill
    /// and its endorsement (all really signed, with keys made on the spot)
    Demo,
    /// Show or change settings (language, theme)
    Settings {
        #[command(subcommand)]
        action: Option<SettingsAction>,
    },
}

#[derive(Subcommand, Debug)]
enum SkillsAction {
    /// Declare a skill you learned informally, on a framework, at a level
    Declare {
        /// The framework (only `ecf` for now)
        #[arg(long, default_value = "ecf")]
        framework: String,
        /// The competence code, e.g. E.2
        #[arg(long)]
        competence: String,
        /// The level, 1 to 5 (e-1 … e-5)
        #[arg(long)]
        level: u8,
        /// What you did: where, when, the team, the outcome
        #[arg(long)]
        context: String,
        /// The language of the context text: fr, nl or en (default: the wallet's language)
        #[arg(long)]
        lang: Option<String>,
        /// A link to evidence (https, repeatable)
        #[arg(long = "link", value_name = "URL")]
        links: Vec<String>,
    },
}

#[derive(Subcommand, Debug)]
enum ExportWhat {
    /// One credential exactly as the wallet keeps it (a self-declared skill is signed JSON)
    Credential {
        /// The credential's id in the wallet (see `list --json`)
        id: String,
        /// Where to write it
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
enum ProfileAction {
    /// Set the name and/or the e-mail addresses (given addresses replace the list;
    /// every badge is then checked again, as the recipient check depends on them)
    Set {
        /// The holder's name (kept when not given)
        #[arg(long)]
        name: Option<String>,
        /// An e-mail address badges may be issued to (repeatable)
        #[arg(long = "email", value_name = "ADDRESS")]
        emails: Vec<String>,
    },
}

#[derive(Subcommand, Debug)]
enum SettingsAction {
    /// Set the interface language: fr, nl, en, or `system` to follow the OS
    Language { value: String },
    /// Set the colour theme: system, light or dark
    Theme { value: String },
}

fn parse_doc(s: &str) -> Result<(String, PathBuf), String> {
    let (url, file) = s
        .split_once('=')
        .ok_or_else(|| format!("expected URL=FILE, got {s:?}"))?;
    Ok((url.to_owned(), PathBuf::from(file)))
}

fn parse_now(s: &str) -> Result<time::OffsetDateTime, String> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .map_err(|e| format!("not an RFC 3339 date-time: {e}"))
}

/// The key store, as `PASSERELLE_KEYSTORE` asks (the file store's passphrase comes
/// from `PASSERELLE_PASSPHRASE`).
fn keystore(dir: &std::path::Path) -> Result<passerelle_wallet::keys::OpenedKeyStore, Error> {
    use passerelle_wallet::keys::{KeyStoreChoice, Passphrase, open_keystore};
    open_keystore(dir, KeyStoreChoice::from_env()?, Passphrase::from_env())
}

fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|source| Error::WriteFile {
        path: path.to_owned(),
        source,
    })
}

fn os_locale() -> String {
    sys_locale::get_locale().unwrap_or_default()
}

fn print<T: Serialize>(json: bool, value: &T, text: impl FnOnce(&T) -> String) {
    if json {
        match serde_json::to_string_pretty(value) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("passerelle: {e}"),
        }
    } else {
        println!("{}", text(value));
    }
}

/// What a command wants the process to exit with.
enum Done {
    Ok,
    /// The command ran but what it checked failed (e.g. a badge did not verify).
    Failed,
}

fn run(cli: Cli) -> Result<Done, Error> {
    let dir = location::default_wallet_dir(cli.wallet)?;
    let mut wallet = Wallet::open(dir, Arc::new(SystemClock))?;
    match cli.command {
        Command::Info => print(cli.json, &wallet.info()?, |i| {
            format!(
                "wallet:         {}\ndatabase:       {}\nschema version: {}\ncreated:        {}\nbadges:         {}\nself-declared:  {}\nendorsements:   {}",
                i.path,
                i.database,
                i.schema_version,
                i.created_at,
                i.counts.badges,
                i.counts.self_declared,
                i.counts.endorsements
            )
        }),
        Command::Skills {
            action:
                SkillsAction::Declare {
                    framework,
                    competence,
                    level,
                    context,
                    lang,
                    links,
                },
        } => {
            if framework != "ecf" {
                return Err(Error::InvalidDeclaration {
                    field: "framework".into(),
                    value: framework,
                });
            }
            let language = match lang {
                Some(l) => l.parse::<Language>()?,
                None => wallet.settings(&os_locale())?.effective_language,
            };
            let declaration = passerelle_wallet::skills::Declaration {
                competence,
                level,
                narratives: vec![(language, context)],
                place: None,
                period: None,
                team_size: None,
                outcome: None,
                links,
            };
            let store = keystore(wallet.dir())?;
            let result = wallet.declare_skill(&declaration, store.store.as_ref(), language)?;
            let id = result.id.unwrap_or_default();
            print(cli.json, &serde_json::json!({ "id": id }), |_| {
                format!("self-declared skill saved: {id}")
            });
        }
        Command::Export {
            what: ExportWhat::Credential { id, out },
        } => {
            let bytes = wallet.export_credential(&id)?;
            write_file(&out, &bytes)?;
            print(
                cli.json,
                &serde_json::json!({ "id": id, "out": out }),
                |_| format!("written to {}", out.display()),
            );
        }
        Command::Endorse { file, comment, out } => {
            let bytes = std::fs::read(&file).map_err(|source| Error::ReadFile {
                path: file.clone(),
                source,
            })?;
            let store = keystore(wallet.dir())?;
            let endorsement = wallet.endorse(&bytes, &comment, store.store.as_ref())?;
            write_file(&out, &endorsement)?;
            print(cli.json, &serde_json::json!({ "out": out }), |_| {
                format!("endorsement written to {}", out.display())
            });
        }
        Command::Demo => {
            let results = wallet.load_demo(&os_locale())?;
            print(cli.json, &results, |r| {
                r.iter()
                    .map(|x| format!("{:<12} {}", x.outcome, x.file))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        Command::Review { profile } => {
            let review = wallet.review(&profile, &os_locale())?.ok_or_else(|| {
                Error::InvalidDeclaration {
                    field: "profile".into(),
                    value: profile.clone(),
                }
            })?;
            print(cli.json, &review, |r| {
                let mut out = format!("{}\n", r.profile_title);
                for i in &r.items {
                    let current = i.current.map_or("–".to_owned(), |l| format!("e-{l}"));
                    out.push_str(&format!(
                        "  {:<5} target e-{}  shown {:<4} {:<15} {}\n",
                        i.code, i.target, current, i.support, i.title
                    ));
                }
                out
            });
        }
        Command::Profile { action } => {
            let profile = match action {
                None => wallet.profile()?,
                Some(ProfileAction::Set { name, emails }) => wallet.update_profile(
                    name.as_deref(),
                    (!emails.is_empty()).then_some(emails.as_slice()),
                )?,
            };
            print(cli.json, &profile, |p| {
                format!(
                    "name:   {}
emails: {}",
                    p.name,
                    p.emails.join(", ")
                )
            });
        }
        Command::Verify { docs, now, files } => {
            let documents = passerelle_wallet::OfflineDocuments::read(&docs)?;
            let reports = wallet.verify_paths(&files, now, &documents)?;
            let failed = reports.iter().any(|r| r.status == "failed");
            print(cli.json, &reports, |reports| {
                reports
                    .iter()
                    .map(|r| {
                        let checks: Vec<String> = r
                            .checks
                            .iter()
                            .map(|c| format!("  {:<8} {:<14} {}", c.outcome, c.id, c.code))
                            .collect();
                        format!("{}: {}\n{}", r.file, r.status, checks.join("\n"))
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            return Ok(if failed { Done::Failed } else { Done::Ok });
        }
        Command::Import { docs, files } => {
            let documents = passerelle_wallet::OfflineDocuments::read(&docs)?;
            let results = wallet.import_paths(&files, &documents)?;
            let refused = results.iter().any(|r| r.outcome == "refused");
            print(cli.json, &results, |results| {
                results
                    .iter()
                    .map(|r| {
                        format!(
                            "{}: {} ({}){}",
                            r.file,
                            r.outcome,
                            r.report.status,
                            r.id.as_deref().map(|i| format!(" {i}")).unwrap_or_default()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            return Ok(if refused { Done::Failed } else { Done::Ok });
        }
        Command::List { search, status } => {
            let items = wallet.list_badges(search.as_deref(), status.as_deref())?;
            print(cli.json, &items, |items| {
                items
                    .iter()
                    .map(|b| {
                        format!(
                            "{:<9} {}  ({})  {}",
                            b.status,
                            b.name,
                            b.issuer.as_deref().unwrap_or("?"),
                            b.id
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        Command::Settings { action } => {
            let locale = os_locale();
            let settings = match action {
                None => wallet.settings(&locale)?,
                Some(SettingsAction::Language { value }) => {
                    let lang = match value.as_str() {
                        "system" => None,
                        v => Some(v.parse::<Language>()?),
                    };
                    wallet.set_language(lang, &locale)?
                }
                Some(SettingsAction::Theme { value }) => {
                    wallet.set_theme(value.parse::<Theme>()?, &locale)?
                }
            };
            print(cli.json, &settings, |s| {
                format!(
                    "language: {} ({})\ntheme:    {}",
                    s.effective_language.code(),
                    if s.language.is_some() {
                        "chosen"
                    } else {
                        "from the system"
                    },
                    s.theme.code()
                )
            });
        }
    }
    Ok(Done::Ok)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(Done::Ok) => ExitCode::SUCCESS,
        Ok(Done::Failed) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("passerelle: {}", i18n::error_text(Language::En, &e));
            eprintln!("  (code: {})", e.code());
            ExitCode::FAILURE
        }
    }
}
