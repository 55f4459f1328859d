use std::sync::Arc;

use passerelle_badges::proof::verify_presentation;
use passerelle_badges::{NoNetwork, VerifyOptions, verify_bytes};
use time::macros::datetime;

use super::*;
use crate::clock::{Clock, FixedClock};
use crate::keys::OsKeyStore;
use crate::keys::os::tests::MemoryBackend;

fn clock() -> Arc<dyn Clock> {
    Arc::new(FixedClock(datetime!(2026-11-23 10:00:00 UTC)))
}

/// A wallet with the demo set, its key store (in memory) and the folder.
fn demo_wallet() -> (tempfile::TempDir, Wallet, OsKeyStore) {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wallet::open(dir.path().join("w"), clock()).unwrap();
    w.set_profile("Zoë <Dupré> & \"Van den Bossche\"", &[])
        .unwrap();
    w.load_demo("fr_BE").unwrap();
    let store = OsKeyStore::with_backend(w.dir(), Arc::new(MemoryBackend::default()));
    (dir, w, store)
}

fn export(w: &Wallet, store: &OsKeyStore, dir: &Path, ids: &[String]) -> Vec<u8> {
    let out = dir.join("bundle.zip");
    w.export_bundle(&out, ids, store, Language::Fr).unwrap();
    std::fs::read(out).unwrap()
}

/// The wallet as a person sees it: every badge with its status and endorsements.
fn snapshot(w: &Wallet) -> (Vec<crate::dto::BadgeItem>, crate::dto::Counts) {
    (w.list_badges(None, None).unwrap(), w.info().unwrap().counts)
}

fn reason(e: &Error) -> String {
    match e {
        Error::BundleRefused { reason, .. } => reason.clone(),
        other => panic!("not a refused bundle: {other:?}"),
    }
}

#[test]
fn an_exported_bundle_holds_originals_baked_images_a_signed_presentation_and_a_manifest() {
    let (dir, w, store) = demo_wallet();
    let bytes = export(&w, &store, dir.path(), &[]);
    let badges = w.list_badges(None, None).unwrap();
    let holder = w.holder_key(&store).unwrap();

    // Deterministic order, fixed timestamps.
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect();
    assert_eq!(
        &names[..3],
        [INDEX_ENTRY, MANIFEST_ENTRY, PRESENTATION_ENTRY]
    );
    for i in 0..archive.len() {
        let entry = archive.by_index(i).unwrap();
        assert_eq!(entry.last_modified(), Some(zip::DateTime::default()));
    }
    let files = read_archive("b.zip", &bytes).unwrap();

    // Every chosen badge in its original bytes, in the order of the list, with the
    // endorsement of the demo skill after them.
    let credentials: Vec<&String> = files
        .keys()
        .filter(|k| k.starts_with(CREDENTIALS_DIR))
        .collect();
    assert_eq!(credentials.len(), badges.len() + 1, "{credentials:?}");
    for (n, badge) in badges.iter().enumerate() {
        let format = w.credential_format(&badge.id).unwrap();
        let path = format!(
            "{CREDENTIALS_DIR}{:02}-{}.{}",
            n + 1,
            slug(&badge.name),
            format_ext(&format)
        );
        assert_eq!(
            files[&path],
            w.export_credential(&badge.id).unwrap(),
            "{path}"
        );
    }
    assert!(credentials.iter().any(|p| p.ends_with(".png")));
    assert!(credentials.iter().any(|p| p.ends_with(".svg")));
    assert!(credentials.last().unwrap().starts_with(&format!(
        "{CREDENTIALS_DIR}{:02}-endorsement-",
        badges.len() + 1
    )));

    // Each badge image carries its credential, under the right keyword, and verifies.
    let options = VerifyOptions {
        now: clock().now(),
        owner_emails: &[],
        fetcher: &NoNetwork,
    };
    let images: Vec<&String> = files.keys().filter(|k| k.starts_with(IMAGES_DIR)).collect();
    assert_eq!(images.len(), badges.len());
    for path in images {
        let png = &files[path];
        let baked = passerelle_badges::unbake_png(png).unwrap();
        assert_eq!(baked.generation, Generation::Ob3, "{path}");
        let v = verify_bytes(png, &options).unwrap();
        assert_ne!(v.report.status, passerelle_badges::Status::Failed, "{path}");
    }

    // The manifest: every other file with its SHA-256 and size.
    let manifest: Value = serde_json::from_slice(&files[MANIFEST_ENTRY]).unwrap();
    assert_eq!(manifest["format"], FORMAT);
    assert_eq!(manifest["created"], "2026-11-23T10:00:00Z");
    assert_eq!(manifest["holder"], holder.did());
    let listed = manifest["files"].as_array().unwrap();
    assert_eq!(listed.len(), files.len() - 1);
    for item in listed {
        let path = item["path"].as_str().unwrap();
        assert_eq!(item["sha256"], sha256_hex(&files[path]), "{path}");
        assert_eq!(item["size"], files[path].len(), "{path}");
    }
    let png = listed
        .iter()
        .find(|i| i["credential"]["format"] == "png" && i["credential"]["kind"] == "badge")
        .unwrap();
    assert!(
        png["credential"]["id"]
            .as_str()
            .unwrap()
            .starts_with("badge-")
    );

    // The presentation: VC 2.0 first, the holder's did:key, signed for authentication
    // with the manifest's challenge; it embeds the JSON-LD credentials only.
    let vp: Value = serde_json::from_slice(&files[PRESENTATION_ENTRY]).unwrap();
    assert_eq!(vp["@context"][0], VC_CONTEXT);
    assert_eq!(vp["type"], json!(["VerifiablePresentation"]));
    assert_eq!(vp["holder"], holder.did());
    assert_eq!(vp["proof"]["type"], "DataIntegrityProof");
    assert_eq!(vp["proof"]["cryptosuite"], "eddsa-rdfc-2022");
    assert_eq!(vp["proof"]["proofPurpose"], "authentication");
    let challenge = manifest["presentation"]["challenge"].as_str().unwrap();
    assert_eq!(vp["proof"]["challenge"], challenge);
    assert_eq!(challenge.len(), 32);
    let outcome = verify_presentation(&vp, Some(challenge), None, &DidKeyResolver);
    assert!(outcome.is_passed(), "{outcome:?}");
    let embedded = vp["verifiableCredential"].as_array().unwrap();
    assert!(embedded.iter().all(|c| c.get("proof").is_some()));
    // Everything but the demo's VC-JWT (baked in a PNG) and its expired sample (a
    // verifier would refuse the whole presentation for it), as the manifest says.
    let out_of_vp: Vec<&str> = listed
        .iter()
        .filter(|i| i["credential"]["inPresentation"] == false)
        .map(|i| i["path"].as_str().unwrap())
        .collect();
    assert_eq!(out_of_vp.len(), 2, "{out_of_vp:?}");
    assert!(
        out_of_vp.iter().any(|p| p.ends_with(".svg")),
        "{out_of_vp:?}"
    );
    assert_eq!(embedded.len(), badges.len() + 1 - 2);

    // The page shows every badge, from relative links, and no script.
    let html = String::from_utf8(files[INDEX_ENTRY].clone()).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(html.contains("Zoë &lt;Dupré&gt; &amp; &quot;Van den Bossche&quot;"));
    assert!(!html.to_lowercase().contains("<script"));
    assert!(html.contains("Comment vérifier ces badges"));
    for n in 1..=badges.len() {
        assert!(html.contains(&format!("src=\"images/{n:02}-")), "{n}");
    }
}

#[test]
fn chosen_badges_only_and_unknown_or_no_badges_are_refused() {
    let (dir, w, store) = demo_wallet();
    let badges = w.list_badges(None, None).unwrap();
    let one = vec![badges[2].id.clone(), badges[2].id.clone()];
    let files = read_archive("b.zip", &export(&w, &store, dir.path(), &one)).unwrap();
    let creds: Vec<_> = files
        .keys()
        .filter(|k| k.starts_with(CREDENTIALS_DIR))
        .collect();
    assert_eq!(creds.len(), 1, "{creds:?}");

    let out = dir.path().join("none.zip");
    let err = w
        .export_bundle(&out, &["badge-nope".into()], &store, Language::En)
        .unwrap_err();
    assert_eq!(err.code(), "no-such-badge");
    let empty = Wallet::open(dir.path().join("empty"), clock()).unwrap();
    let err = empty
        .export_bundle(&out, &[], &store, Language::En)
        .unwrap_err();
    assert_eq!(err.code(), "bundle-empty");
    assert!(!out.exists());
    // A folder is not overwritten, and no temporary file is left beside it.
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let err = w
        .export_bundle(&folder, &[], &store, Language::En)
        .unwrap_err();
    assert_eq!(err.code(), "write-file");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_bundle_imports_into_an_empty_wallet_once() {
    let (dir, w, store) = demo_wallet();
    let bytes = export(&w, &store, dir.path(), &[]);
    let mut other = Wallet::open(dir.path().join("other"), clock()).unwrap();
    let results = other.import_bundle(&bytes).unwrap();
    assert!(
        results.iter().all(|r| r.outcome != "refused"),
        "{results:?}"
    );
    let theirs = w.list_badges(None, None).unwrap();
    let ours = other.list_badges(None, None).unwrap();
    let key = |b: &crate::dto::BadgeItem| (b.id.clone(), b.name.clone(), b.endorsements.len());
    let mut a: Vec<_> = theirs.iter().map(key).collect();
    let mut b: Vec<_> = ours.iter().map(key).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    // Twice: nothing more.
    let before = snapshot(&other);
    let again = other.import_bundle(&bytes).unwrap();
    assert!(again.iter().all(|r| r.outcome == "duplicate"), "{again:?}");
    assert_eq!(snapshot(&other), before);
}

#[test]
fn import_paths_routes_zip_files_by_their_bytes_not_their_name() {
    let (dir, w, store) = demo_wallet();
    let bytes = export(&w, &store, dir.path(), &[]);
    let disguised = dir.path().join("badges.json");
    std::fs::write(&disguised, &bytes).unwrap();
    let mut other = Wallet::open(dir.path().join("other"), clock()).unwrap();
    let results = other
        .import_paths(
            std::slice::from_ref(&disguised),
            &crate::OfflineDocuments::default(),
        )
        .unwrap();
    assert_eq!(results.len(), w.list_badges(None, None).unwrap().len() + 1);
    assert!(
        results[0]
            .file
            .starts_with(&format!("{}/credentials/01-", disguised.display()))
    );
    // A refused bundle refuses the whole import: the other file is not imported either.
    let hostile = dir.path().join("hostile.zip");
    std::fs::write(&hostile, raw_zip(&[Raw::stored("../evil.json", b"{}")])).unwrap();
    let mut third = Wallet::open(dir.path().join("third"), clock()).unwrap();
    let sample = dir.path().join("one.png");
    std::fs::write(
        &sample,
        w.export_credential(&w.list_badges(None, None).unwrap()[0].id)
            .unwrap(),
    )
    .unwrap();
    let err = third
        .import_paths(
            &[sample, hostile.clone()],
            &crate::OfflineDocuments::default(),
        )
        .unwrap_err();
    assert_eq!(reason(&err), "path-parent");
    assert_eq!(err.args()["file"], hostile.display().to_string());
    assert!(third.list_badges(None, None).unwrap().is_empty());
}

#[test]
fn a_changed_bundle_is_refused_by_its_manifest_or_its_signature() {
    let (dir, w, store) = demo_wallet();
    let bytes = export(&w, &store, dir.path(), &[]);
    let files = read_archive("b.zip", &bytes).unwrap();
    let rezip = |files: &BTreeMap<String, Vec<u8>>| {
        zip_entries(
            &files
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect::<Vec<_>>(),
        )
        .unwrap()
    };
    let mut other = Wallet::open(dir.path().join("other"), clock()).unwrap();
    let before = snapshot(&other);

    // A credential file changed: the manifest no longer matches.
    let mut changed = files.clone();
    let path = changed
        .keys()
        .find(|k| k.ends_with(".json") && k.starts_with(CREDENTIALS_DIR))
        .unwrap()
        .clone();
    changed.get_mut(&path).unwrap().push(b'\n');
    let err = other.import_bundle(&rezip(&changed)).unwrap_err();
    assert_eq!(reason(&err), "manifest");
    assert_eq!(err.args()["entry"], path);

    // A file added that the manifest does not list.
    let mut added = files.clone();
    added.insert("credentials/99-extra.json".into(), b"{}".to_vec());
    assert_eq!(
        reason(&other.import_bundle(&rezip(&added)).unwrap_err()),
        "manifest"
    );

    // The presentation changed (and the manifest updated to match): the signature fails.
    let mut vp: Value = serde_json::from_slice(&files[PRESENTATION_ENTRY]).unwrap();
    vp["holder"] = json!("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
    let vp_bytes = serde_json::to_vec(&vp).unwrap();
    let mut manifest: Value = serde_json::from_slice(&files[MANIFEST_ENTRY]).unwrap();
    manifest["holder"] = vp["holder"].clone();
    for item in manifest["files"].as_array_mut().unwrap() {
        if item["path"] == PRESENTATION_ENTRY {
            item["sha256"] = json!(sha256_hex(&vp_bytes));
            item["size"] = json!(vp_bytes.len());
        }
    }
    let mut forged = files.clone();
    forged.insert(PRESENTATION_ENTRY.into(), vp_bytes);
    forged.insert(
        MANIFEST_ENTRY.into(),
        serde_json::to_vec(&manifest).unwrap(),
    );
    let err = other.import_bundle(&rezip(&forged)).unwrap_err();
    assert_eq!(reason(&err), "presentation");

    // No presentation at all.
    let mut bare = files.clone();
    bare.remove(PRESENTATION_ENTRY);
    let mut manifest: Value = serde_json::from_slice(&files[MANIFEST_ENTRY]).unwrap();
    manifest["files"]
        .as_array_mut()
        .unwrap()
        .retain(|i| i["path"] != PRESENTATION_ENTRY);
    bare.insert(
        MANIFEST_ENTRY.into(),
        serde_json::to_vec(&manifest).unwrap(),
    );
    let err = other.import_bundle(&rezip(&bare)).unwrap_err();
    assert_eq!(
        (reason(&err), err.args()["limit"].as_str()),
        ("presentation".into(), "missing")
    );

    assert_eq!(snapshot(&other), before);
}

#[test]
fn index_html_escapes_every_badge_text_and_has_no_script() {
    let item = Item {
        id: "badge-1".into(),
        kind: "badge".into(),
        name: "<script>alert('x')</script>".into(),
        issuer: Some("\"><img src=x onerror=alert(1)>".into()),
        valid_from: Some("2026-01-01T00:00:00Z".into()),
        valid_until: None,
        status: "verified".into(),
        checked_at: "2026-11-23T10:00:00Z".into(),
        endorsements: vec![EndorsementDto {
            id: "endorsement-1".into(),
            endorser_id: None,
            endorser_name: Some("<b>Sophie</b>".into()),
            comment: "</blockquote><script>x()</script>".into(),
            issued_at: Some("2026-02-01T00:00:00Z".into()),
            status: "verified".into(),
        }],
        original: vec![],
        ext: "json",
        credential_path: "credentials/01-script-alert-x-script.json".into(),
        image_path: Some("images/01-script-alert-x-script.png".into()),
        in_presentation: true,
    };
    for language in Language::ALL {
        let html = index_html(
            &Page {
                language,
                holder_name: "<i>Zoë</i>",
                holder_did: "did:key:z6Mk",
                created: "2026-11-23T10:00:00Z",
            },
            std::slice::from_ref(&item),
        );
        let lower = html.to_lowercase();
        assert!(!lower.contains("<script"), "{html}");
        assert!(!lower.contains("<img src=x"), "{html}");
        assert!(!lower.contains("<b>") && !lower.contains("<i>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(html.contains("&lt;/blockquote&gt;&lt;script&gt;x()&lt;/script&gt;"));
        assert!(html.contains("src=\"images/01-script-alert-x-script.png\""));
        assert!(html.contains("2026-01-01") && html.contains("2026-11-23"));
        assert!(html.contains("default-src 'none'"));
        // Every message was found (no id printed instead of a sentence).
        assert!(!html.contains("bundle-"), "{html}");
    }
}

#[test]
fn slugs_are_plain_ascii() {
    assert_eq!(
        slug("DÉMO — Gestion de projet IT (e-3)"),
        "demo-gestion-de-projet-it-e-3"
    );
    assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    assert_eq!(slug("***"), "badge");
    assert!(slug(&"é".repeat(500)).len() <= 48);
}

// ---------------------------------------------------------------------------------
// Hostile archives, written by hand where the zip crate would refuse to write them
// ---------------------------------------------------------------------------------

struct Raw<'a> {
    name: &'a str,
    data: &'a [u8],
    method: u16,
    flags: u16,
    /// (unix mode << 16) for entries made on Unix.
    external: u32,
    /// The uncompressed size to declare (default: the data's length).
    declared: Option<u32>,
}

impl<'a> Raw<'a> {
    fn stored(name: &'a str, data: &'a [u8]) -> Self {
        Raw {
            name,
            data,
            method: 0,
            flags: 0,
            external: 0o100_644 << 16,
            declared: None,
        }
    }
}

/// A zip archive exactly as described: local headers, central directory, end record.
fn raw_zip(entries: &[Raw<'_>]) -> Vec<u8> {
    raw_zip_announcing(entries, entries.len() as u16)
}

fn raw_zip_announcing(entries: &[Raw<'_>], announced: u16) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = out.len() as u32;
        let crc = passerelle_badges::png::crc32(e.data);
        let size = e.declared.unwrap_or(e.data.len() as u32);
        let csize = e.data.len() as u32;
        let name = e.name.as_bytes();
        out.extend_from_slice(b"PK\x03\x04");
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&e.flags.to_le_bytes());
        out.extend_from_slice(&e.method.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0x21u16.to_le_bytes());
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&csize.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name);
        out.extend_from_slice(e.data);

        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&((3u16 << 8) | 20).to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&e.flags.to_le_bytes());
        central.extend_from_slice(&e.method.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0x21u16.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&csize.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
        central.extend_from_slice(&e.external.to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let cd_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&announced.to_le_bytes());
    out.extend_from_slice(&announced.to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// A zip written by the zip crate with one deflated entry.
fn deflated(name: &str, data: &[u8]) -> Vec<u8> {
    zip_entries(&[(name.to_owned(), data.to_vec())]).unwrap()
}

/// Bytes that do not compress (a simple xorshift stream).
fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn hostile() -> Vec<(&'static str, Vec<u8>)> {
    let many: Vec<String> = (0..10_000)
        .map(|i| format!("credentials/{i}.json"))
        .collect();
    let many: Vec<Raw<'_>> = many.iter().map(|n| Raw::stored(n, b"{}")).collect();
    let same_name: Vec<Raw<'_>> = (0..5).map(|_| Raw::stored("a.json", b"{}")).collect();
    // Deflated noise whose declared size is smaller than what it inflates to.
    let mut lying = deflated("credentials/01-x.json", &noise(100_000));
    for sig in [&b"PK\x03\x04"[..], &b"PK\x01\x02"[..]] {
        let at = lying.windows(4).position(|w| w == sig).unwrap();
        let field = if sig == b"PK\x03\x04" {
            at + 22
        } else {
            at + 24
        };
        lying[field..field + 4].copy_from_slice(&1_000u32.to_le_bytes());
    }
    let big: Vec<Raw<'_>> = (0..9)
        .map(|_| Raw {
            method: 8,
            declared: Some(15 * 1024 * 1024),
            ..Raw::stored("x", &[0u8; 1])
        })
        .collect();
    let big_names: Vec<String> = (0..9).map(|i| format!("images/{i}.png")).collect();
    let big: Vec<Raw<'_>> = big
        .into_iter()
        .zip(&big_names)
        .map(|(r, n)| Raw {
            name: n,
            data: &[0u8; 200_000],
            ..r
        })
        .collect();
    // A stored entry whose bytes no longer match their CRC-32.
    let mut damaged = raw_zip(&[Raw::stored("credentials/01-x.json", b"{\"a\": 1}")]);
    let data_at = 30 + "credentials/01-x.json".len();
    damaged[data_at + 1] ^= 0x20;
    let mut too_large = b"PK\x03\x04".to_vec();
    too_large.resize((MAX_BUNDLE_BYTES + 1) as usize, 0);
    vec![
        ("too-large", too_large),
        ("not-a-zip", b"PK\x03\x04 this is not an archive".to_vec()),
        ("too-many-entries", raw_zip(&many)),
        ("duplicate-name", raw_zip(&same_name)),
        (
            "duplicate-name",
            raw_zip(&[
                Raw::stored("manifest.json", b"{}"),
                Raw::stored("manifest.json", b"[]"),
            ]),
        ),
        (
            "path-parent",
            raw_zip(&[Raw::stored("../evil.json", b"{}")]),
        ),
        (
            "path-parent",
            raw_zip(&[Raw::stored("credentials/../../evil.json", b"{}")]),
        ),
        (
            "path-absolute",
            raw_zip(&[Raw::stored("/etc/passwd", b"x")]),
        ),
        ("path-absolute", raw_zip(&[Raw::stored("C:\\x.json", b"x")])),
        (
            "path-absolute",
            raw_zip(&[Raw::stored("\\\\server\\share\\x.json", b"x")]),
        ),
        (
            "path-backslash",
            raw_zip(&[Raw::stored("credentials\\x.json", b"x")]),
        ),
        (
            "path-invalid",
            raw_zip(&[Raw::stored("a\u{0}b.json", b"x")]),
        ),
        (
            "symlink",
            raw_zip(&[Raw {
                external: 0o120_777 << 16,
                ..Raw::stored("credentials/01-x.json", b"/etc/passwd")
            }]),
        ),
        (
            "encrypted",
            raw_zip(&[Raw {
                flags: 1,
                ..Raw::stored("credentials/01-x.json", b"0123456789abcdef")
            }]),
        ),
        (
            "compression",
            raw_zip(&[Raw {
                method: 12,
                ..Raw::stored("credentials/01-x.json", b"BZh9")
            }]),
        ),
        (
            "entry-too-large",
            deflated("credentials/01-x.json", &vec![0u8; 20 * 1024 * 1024]),
        ),
        ("expanded-too-large", raw_zip(&big)),
        (
            "ratio",
            deflated("credentials/01-x.json", &vec![b'a'; 1024 * 1024]),
        ),
        ("size-mismatch", lying),
        ("damaged", damaged),
    ]
}

#[test]
fn hostile_archives_are_refused_one_by_one_and_the_wallet_is_unchanged() {
    let (_dir, mut w, _store) = demo_wallet();
    let before = snapshot(&w);
    for (expected, bytes) in hostile() {
        let err = w.import_bundle(&bytes).unwrap_err();
        assert_eq!(reason(&err), expected, "{err}");
        assert_eq!(err.code(), "bundle-refused");
        // A translated sentence in each language, never the raw reason.
        for language in Language::ALL {
            let text = crate::i18n::error_text(language, &err);
            assert!(!text.contains(&format!("({expected})")), "{text}");
        }
        assert_eq!(snapshot(&w), before, "{expected}");
    }
}

#[test]
fn the_entry_count_is_read_before_the_zip_reader_allocates() {
    // An end record announcing 60,000 entries over an archive that has one.
    let bytes = raw_zip_announcing(&[Raw::stored("a.json", b"{}")], 60_000);
    assert_eq!(
        reason(&read_archive("x.zip", &bytes).unwrap_err()),
        "too-many-entries"
    );
    // 1,000 is still accepted by the archive reader (the bundle then lacks a manifest).
    let names: Vec<String> = (0..1_000).map(|i| format!("images/{i}.png")).collect();
    let ok: Vec<Raw<'_>> = names.iter().map(|n| Raw::stored(n, b"x")).collect();
    assert_eq!(read_archive("x.zip", &raw_zip(&ok)).unwrap().len(), 1_000);
    assert_eq!(
        reason(&open("x.zip", &raw_zip(&ok)).unwrap_err()),
        "manifest"
    );
}

#[test]
fn zip_magic_recognises_archives_only() {
    assert!(is_zip(b"PK\x03\x04rest"));
    assert!(is_zip(b"PK\x05\x06"));
    assert!(!is_zip(b"{\"@context\":[]}"));
    assert!(!is_zip(b"\x89PNG\r\n\x1a\n"));
}
