//! `passerelle`: the command line over `passerelle-wallet`. Each subcommand is a
//! thin adapter: parse arguments, call one wallet method, print the result.
//! Exit codes: 0 success, 1 the operation failed, 2 usage error (clap's own).

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
    /// Show or change settings (language, theme)
    Settings {
        #[command(subcommand)]
        action: Option<SettingsAction>,
    },
}

#[derive(Subcommand, Debug)]
enum SettingsAction {
    /// Set the interface language: fr, nl, en, or `system` to follow the OS
    Language { value: String },
    /// Set the colour theme: system, light or dark
    Theme { value: String },
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

fn run(cli: Cli) -> Result<(), Error> {
    let dir = location::default_wallet_dir(cli.wallet)?;
    let wallet = Wallet::open(dir, Arc::new(SystemClock))?;
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
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("passerelle: {}", i18n::error_text(Language::En, &e));
            eprintln!("  (code: {})", e.code());
            ExitCode::FAILURE
        }
    }
}
