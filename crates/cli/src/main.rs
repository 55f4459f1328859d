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
    /// Evidence files kept in the wallet for self-declared skills
    Evidence {
        #[command(subcommand)]
        action: EvidenceAction,
    },
    /// Export what the wallet holds
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Endorse a credential file: sign an EndorsementCredential about it with your key.
    /// With --held: endorse a credential of THIS wallet with someone else's portable
    /// key file (see `keys export`; its passphrase comes from PASSERELLE_PASSPHRASE),
    /// and attach the endorsement at once
    Endorse {
        /// The credential to endorse (it must verify)
        #[arg(
            value_name = "FILE",
            required_unless_present = "held",
            conflicts_with = "held"
        )]
        file: Option<PathBuf>,
        /// What you checked and what you vouch for
        #[arg(long)]
        comment: String,
        /// Where to write the endorsement (JSON)
        #[arg(
            long,
            value_name = "FILE",
            required_unless_present = "held",
            conflicts_with = "held"
        )]
        out: Option<PathBuf>,
        /// The id of a credential in this wallet (see `list --json`)
        #[arg(long, value_name = "ID", requires_all = ["key_file", "name"])]
        held: Option<String>,
        /// The endorser's portable key file (with --held)
        #[arg(long, value_name = "FILE", requires = "held")]
        key_file: Option<PathBuf>,
        /// The endorser's name, as it will appear on the endorsement (with --held)
        #[arg(long, requires = "held")]
        name: Option<String>,
    },
    /// The holder's signing key
    Keys {
        #[command(subcommand)]
        action: KeysAction,
    },
    /// Save the whole wallet (database, evidence files, key) in one file encrypted
    /// with PASSERELLE_PASSPHRASE
    Backup {
        /// Where to write the backup
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Restore a backup (passphrase in PASSERELLE_PASSPHRASE): into an empty wallet as
    /// it is; into a wallet that holds things, merged (only what it lacks is added)
    Restore {
        /// The backup file
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// The portfolio against a role profile: per competence, the level aimed at, the
    /// level shown and what supports it (verified badge > endorsed > self-declared)
    Review {
        /// The role profile
        #[arg(long, default_value = "ict-project-manager")]
        profile: String,
    },
    /// Cross-border training catalogues: import offers, get recommendations
    Trainings {
        #[command(subcommand)]
        action: TrainingsAction,
    },
    /// Fill the wallet with demo data: badges from a DEMO issuer, a self-declared skill
    /// and its endorsement (all really signed, with keys made on the spot)
    Demo,
    /// Show or change what the CV says (target job, summary, experience, education,
    /// phone, digital skills); export it with `export cv`
    Cv {
        #[command(subcommand)]
        action: CvAction,
    },
    /// Show or change settings (language, theme)
    Settings {
        #[command(subcommand)]
        action: Option<SettingsAction>,
    },
}

#[derive(Subcommand, Debug)]
enum TrainingsAction {
    /// Import a training catalogue: Passerelle JSON (passerelle-trainings/1), LHEO 2.x
    /// XML or the CSV template (recognised from the content). Offers with an id already
    /// in the wallet are updated; a file with an error changes nothing
    Import {
        /// The catalogue file (at most 20 MiB, 20,000 offers)
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Trainings that close the gap between the wallet and a role profile, best first,
    /// each with its reasons (which competence, from which level to which; language,
    /// distance, dates, cost; what applies across the border)
    Recommend {
        /// The role profile
        #[arg(long, default_value = "ict-project-manager")]
        profile: String,
        /// The language of titles and reasons: fr, nl or en (default: the wallet's)
        #[arg(long)]
        lang: Option<String>,
        /// Only offers of this region: BE-WAL, BE-VLG, BE-BRU, FR-HDF (repeatable)
        #[arg(long = "region", value_name = "REGION")]
        regions: Vec<String>,
        /// Only offers taught in this language, e.g. nl (repeatable)
        #[arg(long = "language", value_name = "CODE")]
        languages: Vec<String>,
        /// Only offers followed this way: in-person, distance, blended (repeatable)
        #[arg(long = "modality", value_name = "MODALITY")]
        modalities: Vec<String>,
        /// In-person offers at most this many km from where you live (profile)
        #[arg(long, value_name = "KM")]
        max_km: Option<u32>,
        /// Only offers with a session starting on or after this date (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Only offers with a session starting on or before this date (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
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
        /// An evidence file kept in the wallet: PDF, PNG, JPEG, WebP, text or an
        /// office document, at most 20 MiB (repeatable, at most 10)
        #[arg(long = "file", value_name = "PATH")]
        files: Vec<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
enum EvidenceAction {
    /// List the evidence files kept for a credential
    List {
        /// The credential's id in the wallet (see `list --json`)
        id: String,
    },
    /// Write a copy of one evidence file
    Save {
        /// The credential's id in the wallet
        id: String,
        /// The evidence file's id (see `evidence list`; a unique start of it is enough)
        evidence_id: String,
        /// Where to write the copy
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
enum KeysAction {
    /// Save a portable copy of your signing key, to endorse on another computer. With
    /// the key file store it is a copy of the file (same passphrase,
    /// PASSERELLE_PASSPHRASE); with the system keyring it is sealed with
    /// PASSERELLE_PASSPHRASE as its new passphrase
    Export {
        /// Where to write the key file
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
enum CvAction {
    /// Print what the CV says (with --json: the file `cv set` reads)
    Show,
    /// Replace what the CV says with a JSON file in the shape `cv show --json` prints
    /// (texts per language: {"en": …, "fr": …, "nl": …}); checked first
    Set {
        /// The JSON file
        file: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
enum ExportWhat {
    /// The CV in one language: an A4 PDF (the Europass XML attached inside), or the
    /// Europass XML or JSON Resume alone
    Cv {
        /// The CV's language, whatever the language of the messages: fr, nl or en
        #[arg(long, value_name = "fr|nl|en", value_parser = parse_cv_language)]
        lang: passerelle_wallet::Language,
        /// pdf (default), europass or json-resume
        #[arg(long, default_value = "pdf", value_parser = parse_cv_format)]
        format: passerelle_cv::CvFormat,
        /// A badge to show on the CV (repeatable; default: the badges that verify or
        /// have a warning, without the self-declared skills, which are listed as competences)
        #[arg(long = "badge", value_name = "ID")]
        badges: Vec<String>,
        /// Where to write it
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// One credential exactly as the wallet keeps it (a self-declared skill is signed JSON)
    Credential {
        /// The credential's id in the wallet (see `list --json`)
        id: String,
        /// Where to write it
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    // --- Badge bundle (issue 6, crates/wallet/src/bundle.rs) ---------------------
    /// A verifiable badge bundle (zip): the credentials as imported, baked PNG images, a
    /// presentation signed with your key (file store: passphrase in
    /// PASSERELLE_PASSPHRASE), a SHA-256 manifest and an index.html for people
    Bundle {
        /// Where to write the zip
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// A badge to put in (repeatable; default: every badge in the wallet)
        #[arg(long = "badge", value_name = "ID")]
        badges: Vec<String>,
        /// The language of index.html: fr, nl or en (default: the interface language)
        #[arg(long, value_name = "fr|nl|en")]
        lang: Option<String>,
    },
    // --- end of badge bundle -------------------------------------------------------
}

#[derive(Subcommand, Debug)]
enum ProfileAction {
    /// Change parts of the profile; what is not given is kept. Given addresses or
    /// languages replace the whole list (badges are checked again when the
    /// addresses change, as the recipient check depends on them)
    Set {
        /// The holder's name
        #[arg(long)]
        name: Option<String>,
        /// An e-mail address badges may be issued to (repeatable)
        #[arg(long = "email", value_name = "ADDRESS")]
        emails: Vec<String>,
        /// A language spoken and its CEFR level, e.g. `fr:native`, `nl:B2` (repeatable)
        #[arg(long = "language", value_name = "CODE:LEVEL", value_parser = parse_language)]
        languages: Vec<passerelle_wallet::dto::LanguageSkill>,
        /// Where the holder lives: BE-WAL, BE-VLG, BE-BRU, FR-HDF or other
        #[arg(long)]
        region: Option<String>,
        #[arg(long)]
        municipality: Option<String>,
        #[arg(long)]
        postcode: Option<String>,
        /// A photo (PNG, JPEG, WebP or GIF); it is re-encoded, camera data dropped
        #[arg(long, value_name = "FILE", conflicts_with = "no_photo")]
        photo: Option<PathBuf>,
        /// Remove the photo
        #[arg(long)]
        no_photo: bool,
    },
}

fn parse_language(s: &str) -> Result<passerelle_wallet::dto::LanguageSkill, String> {
    let (language, level) = s
        .split_once(':')
        .ok_or_else(|| format!("expected CODE:LEVEL such as nl:B2, got {s:?}"))?;
    Ok(passerelle_wallet::dto::LanguageSkill {
        language: language.to_owned(),
        level: level.to_owned(),
    })
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

/// `PASSERELLE_PASSPHRASE`, or an empty one (the core then answers `passphrase-needed`).
fn passphrase_from_env() -> passerelle_wallet::keys::Passphrase {
    use passerelle_wallet::keys::Passphrase;
    Passphrase::from_env().unwrap_or_else(|| Passphrase::new(""))
}

/// The key store, as `PASSERELLE_KEYSTORE` asks (the file store's passphrase comes
/// from `PASSERELLE_PASSPHRASE`).
fn keystore(dir: &std::path::Path) -> Result<passerelle_wallet::keys::OpenedKeyStore, Error> {
    use passerelle_wallet::keys::{KeyStoreChoice, Passphrase, open_keystore};
    open_keystore(dir, KeyStoreChoice::from_env()?, Passphrase::from_env())
}

fn cv_text(c: &passerelle_wallet::dto::CvContent) -> String {
    let texts = |t: &passerelle_wallet::dto::CvTexts| {
        [("en", &t.en), ("fr", &t.fr), ("nl", &t.nl)]
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(l, v)| format!("[{l}] {v}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut lines = vec![
        format!("target job: {}", texts(&c.target_job)),
        format!("summary: {}", texts(&c.summary)),
        format!("e-mail: {}  phone: {}", c.email, c.phone),
    ];
    for (label, list) in [("experience", &c.experience), ("education", &c.education)] {
        for e in list {
            let end = if e.end.is_empty() { "…" } else { &e.end };
            lines.push(format!(
                "{label}: {} – {end} {} ({}) {}",
                e.start,
                texts(&e.title),
                e.organisation,
                e.place
            ));
        }
    }
    lines.push(format!("digital skills: {}", c.digital_skills.join(", ")));
    lines.join("\n")
}

fn parse_cv_language(value: &str) -> Result<passerelle_wallet::Language, String> {
    passerelle_cv::parse_language(value).ok_or_else(|| format!("{value:?}: use fr, nl or en"))
}

fn parse_cv_format(value: &str) -> Result<passerelle_cv::CvFormat, String> {
    passerelle_cv::CvFormat::parse(value)
        .ok_or_else(|| format!("{value:?}: use pdf, europass or json-resume"))
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

/// What `passerelle restore` prints without `--json`.
fn restore_text(r: &passerelle_wallet::dto::RestoreSummary) -> String {
    if r.mode == "restored" {
        return format!(
            "restored into {}: {} badges, {} self-declared, {} endorsements{}",
            r.path,
            r.counts.badges,
            r.counts.self_declared,
            r.counts.endorsements,
            if r.key == "restored" {
                ", and the key"
            } else {
                ""
            }
        );
    }
    let mut out = format!(
        "merged into {}: the wallet already held things, so only what it did not hold was added",
        r.path
    );
    for k in &r.kinds {
        if k.added + k.existing > 0 {
            out.push_str(&format!(
                "\n  {:<14} {} added, {} already there",
                format!("{}:", k.kind),
                k.added,
                k.existing
            ));
        }
    }
    out.push_str(match r.profile.as_str() {
        "restored" => "\nprofile: taken from the backup (this wallet had none)",
        _ => "\nprofile: this wallet's own was kept",
    });
    out.push_str("\nsettings: this wallet's own were kept");
    out.push_str(match r.key.as_str() {
        "restored" => "\nkey: restored from the backup (this wallet had none)",
        "same" => "\nkey: the backup holds this wallet's own key",
        "kept" => "\nkey: the backup's key was not restored because this wallet has its own",
        _ => "\nkey: the backup holds none",
    });
    out
}

/// What a command wants the process to exit with.
enum Done {
    Ok,
    /// The command ran but what it checked failed (e.g. a badge did not verify).
    Failed,
}

fn run(cli: Cli) -> Result<Done, Error> {
    let dir = location::default_wallet_dir(cli.wallet)?;
    // Restoring must not create a wallet first: it checks the folder as it is.
    if let Command::Restore { file } = &cli.command {
        let passphrase = passphrase_from_env();
        let r = Wallet::restore(&dir, file, &passphrase, Arc::new(SystemClock))?;
        print(cli.json, &r, restore_text);
        return Ok(Done::Ok);
    }
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
                    files,
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
                files,
            };
            let store = keystore(wallet.dir())?;
            let result = wallet.declare_skill(&declaration, store.store.as_ref(), language)?;
            let id = result.id.unwrap_or_default();
            print(cli.json, &serde_json::json!({ "id": id }), |_| {
                format!("self-declared skill saved: {id}")
            });
        }
        Command::Evidence {
            action: EvidenceAction::List { id },
        } => print(cli.json, &wallet.evidence_files(&id)?, |files| {
            files
                .iter()
                .map(|f| format!("{}  {:>10} B  {:<8} {}", f.id, f.size, f.extension, f.name))
                .collect::<Vec<_>>()
                .join("\n")
        }),
        Command::Evidence {
            action:
                EvidenceAction::Save {
                    id,
                    evidence_id,
                    out,
                },
        } => {
            let saved = wallet.save_evidence(&id, &evidence_id, &out)?;
            print(cli.json, &saved, |f| {
                format!("{} written to {}", f.name, out.display())
            });
        }
        Command::Export {
            what:
                ExportWhat::Cv {
                    lang,
                    format,
                    badges,
                    out,
                },
        } => {
            let chosen = (!badges.is_empty()).then_some(badges.as_slice());
            let written = passerelle_cv::export_cv(&wallet, lang, format, chosen, &out)?;
            print(cli.json, &written, |w| {
                format!("CV ({}, {}) written to {}", w.language, w.format, w.out)
            });
        }
        // --- Badge bundle (issue 6) ------------------------------------------------
        Command::Export {
            what: ExportWhat::Bundle { out, badges, lang },
        } => {
            let language = match lang {
                Some(l) => l.parse::<Language>()?,
                None => wallet.settings(&os_locale())?.effective_language,
            };
            let store = keystore(wallet.dir())?;
            let summary = wallet.export_bundle(&out, &badges, store.store.as_ref(), language)?;
            print(cli.json, &summary, |s| {
                format!(
                    "bundle of {} credentials ({} in the signed presentation) written to {}",
                    s.credentials, s.in_presentation, s.path
                )
            });
        }
        // --- end of badge bundle ----------------------------------------------------
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
        Command::Endorse {
            held: Some(id),
            key_file: Some(key_file),
            name: Some(name),
            comment,
            ..
        } => {
            use passerelle_wallet::keys::Passphrase;
            let passphrase = Passphrase::from_env().unwrap_or_else(|| Passphrase::new(""));
            // Only tells whose key is the holder's: a store that cannot open says nothing.
            let holder = keystore(wallet.dir()).ok();
            let holder = holder.as_ref().map(|h| h.store.as_ref());
            let result =
                wallet.endorse_held(&id, &key_file, &passphrase, &name, &comment, holder)?;
            print(cli.json, &result, |r| {
                format!("endorsement attached to {}", r.id.as_deref().unwrap_or(&id))
            });
        }
        Command::Endorse {
            file: Some(file),
            out: Some(out),
            comment,
            ..
        } => {
            let store = keystore(wallet.dir())?;
            let saved = wallet.endorse_file(&file, &comment, store.store.as_ref(), &out)?;
            print(
                cli.json,
                &serde_json::json!({ "out": out, "endorserId": saved.endorser_id }),
                |_| format!("endorsement written to {}", out.display()),
            );
        }
        // clap requires FILE and --out, or --held with --key-file and --name.
        Command::Endorse { .. } => unreachable!("clap checks the endorse arguments"),
        Command::Backup { out } => print(
            cli.json,
            &wallet.backup(&out, &passphrase_from_env())?,
            |b| {
                format!(
                    "backup written to {} ({} bytes; {} badges, {} self-declared, {} endorsements; key: {})",
                    b.path,
                    b.bytes,
                    b.counts.badges,
                    b.counts.self_declared,
                    b.counts.endorsements,
                    b.key
                )
            },
        ),
        Command::Restore { .. } => unreachable!("restore runs before the wallet is opened"),
        Command::Keys {
            action: KeysAction::Export { out },
        } => {
            use passerelle_wallet::keys::Passphrase;
            let copy =
                wallet.export_signing_key(&out, Passphrase::from_env(), Passphrase::from_env())?;
            print(cli.json, &copy, |c| {
                format!(
                    "a copy of your signing key ({}) is written to {}",
                    c.did, c.path
                )
            });
        }
        Command::Trainings {
            action: TrainingsAction::Import { file },
        } => print(cli.json, &wallet.import_trainings(&file)?, |s| {
            format!(
                "{} offers added, {} updated, {} unchanged; {} learning places",
                s.added, s.updated, s.unchanged, s.places
            )
        }),
        Command::Trainings {
            action:
                TrainingsAction::Recommend {
                    profile,
                    lang,
                    regions,
                    languages,
                    modalities,
                    max_km,
                    from,
                    to,
                },
        } => {
            let language = match lang {
                Some(l) => l.parse::<Language>()?,
                None => wallet.settings(&os_locale())?.effective_language,
            };
            let filters = passerelle_wallet::dto::TrainingFilters {
                regions,
                languages,
                modalities,
                max_distance_km: max_km,
                from,
                to,
            };
            let recs = wallet.recommend_trainings_in(&profile, &filters, language)?;
            print(cli.json, &recs, |recs| {
                recs.iter()
                    .map(|r| {
                        let mut out = format!(
                            "{:>3}  {}  ({}, {}{}){}\n     {}",
                            r.score,
                            r.offer.title,
                            r.offer.provider,
                            r.region,
                            if r.cross_border { ", cross-border" } else { "" },
                            if r.offer.sample { " [sample]" } else { "" },
                            r.offer.id
                        );
                        for reason in &r.reasons {
                            out.push_str(&format!("\n     - {}", reason.text));
                        }
                        out
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        Command::Cv {
            action: CvAction::Show,
        } => {
            let content = wallet.cv_content()?;
            print(cli.json, &content, cv_text);
        }
        Command::Cv {
            action: CvAction::Set { file },
        } => {
            let content = wallet.load_cv_content(&file)?;
            print(cli.json, &content, cv_text);
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
                Some(ProfileAction::Set {
                    name,
                    emails,
                    languages,
                    region,
                    municipality,
                    postcode,
                    photo,
                    no_photo,
                }) => wallet.update_profile(passerelle_wallet::profile::ProfileChange {
                    name,
                    emails: (!emails.is_empty()).then_some(emails),
                    languages: (!languages.is_empty()).then_some(languages),
                    region,
                    municipality,
                    postcode,
                    photo: if no_photo {
                        Some(None)
                    } else {
                        photo.map(Some)
                    },
                })?,
            };
            print(cli.json, &profile, |p| {
                let languages: Vec<String> = p
                    .languages
                    .iter()
                    .map(|l| format!("{} {}", l.language, l.level))
                    .collect();
                format!(
                    "name:      {}\nemails:    {}\nlanguages: {}\nlives in:  {} {} ({})\nphoto:     {}",
                    p.name,
                    p.emails.join(", "),
                    languages.join(", "),
                    p.postcode,
                    p.municipality,
                    p.region,
                    if p.photo.is_some() { "yes" } else { "no" }
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
