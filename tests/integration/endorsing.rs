//! Endorsing with a portable key file through the command line (issue 4, points 5
//! and 6): a counsellor saves a copy of their key (`keys export`), then endorses a
//! credential in the learner's wallet with it (`endorse --held`). File key store
//! throughout, so no OS keyring is needed.

use std::path::Path;
use std::process::Output;

use crate::support::{ok_json, passerelle_with_key_file, stderr, stdout};

const LEARNER: &str = "the learner's own words";
const COUNSELLOR: &str = "the counsellor's passphrase";

fn run(wallet: &std::path::Path, passphrase: &str, args: &[&str]) -> Output {
    passerelle_with_key_file(wallet, passphrase, args)
}

fn ok(out: Output) -> serde_json::Value {
    ok_json(out)
}

/// Fails with `code` (the CLI prints it on stderr).
fn fails(out: Output, code: &str) {
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stderr(&out).contains(&format!("(code: {code})")),
        "expected {code}: {}",
        stderr(&out)
    );
}

/// The learner's wallet with E.2 declared; returns the skill's id.
fn learner(dir: &Path) -> String {
    ok(run(
        dir,
        LEARNER,
        &["--json", "profile", "set", "--name", "Amélie Dubois"],
    ));
    let v = ok(run(
        dir,
        LEARNER,
        &[
            "--json",
            "skills",
            "declare",
            "--competence",
            "E.2",
            "--level",
            "3",
            "--lang",
            "fr",
            "--context",
            "J’ai coordonné la migration du site de l’ASBL.",
        ],
    ));
    v["id"].as_str().unwrap().to_owned()
}

fn endorsements(dir: &Path, id: &str) -> Vec<serde_json::Value> {
    let list = ok(run(dir, LEARNER, &["--json", "list"]));
    list.as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("{id} not listed: {list}"))["endorsements"]
        .as_array()
        .unwrap()
        .clone()
}

fn endorse_held(dir: &Path, passphrase: &str, id: &str, key: &Path, name: &str) -> Output {
    run(
        dir,
        passphrase,
        &[
            "--json",
            "endorse",
            "--held",
            id,
            "--key-file",
            key.to_str().unwrap(),
            "--name",
            name,
            "--comment",
            "Nous avons parcouru le planning et le rapport ensemble.",
        ],
    )
}

#[test]
fn a_counsellor_endorses_in_the_learners_wallet_with_a_copy_of_their_key() {
    let tmp = tempfile::tempdir().unwrap();
    let learner_dir = tmp.path().join("learner");
    let counsellor_dir = tmp.path().join("counsellor");
    let id = learner(&learner_dir);

    // The counsellor saves a copy of their key (made at first need).
    let key = tmp.path().join("usb/sophie.key");
    std::fs::create_dir_all(key.parent().unwrap()).unwrap();
    let copy = ok(run(
        &counsellor_dir,
        COUNSELLOR,
        &["--json", "keys", "export", "--out", key.to_str().unwrap()],
    ));
    assert_eq!(copy["store"], "file");
    let did = copy["did"].as_str().unwrap().to_owned();
    assert!(did.starts_with("did:key:z6Mk"), "{copy}");
    assert_eq!(
        std::fs::read(&key).unwrap(),
        std::fs::read(counsellor_dir.join("keys/holder.key")).unwrap()
    );

    // Wrong passphrase, damaged file, missing passphrase: clear errors, nothing attached.
    fails(
        endorse_held(&learner_dir, "not the passphrase", &id, &key, "Sophie"),
        "wrong-passphrase",
    );
    let mut damaged = std::fs::read(&key).unwrap();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    let corrupt = tmp.path().join("usb/damaged.key");
    std::fs::write(&corrupt, &damaged).unwrap();
    fails(
        endorse_held(&learner_dir, COUNSELLOR, &id, &corrupt, "Sophie"),
        "key-file-corrupt",
    );
    fails(
        endorse_held(&learner_dir, "", &id, &key, "Sophie"),
        "passphrase-needed",
    );
    assert!(endorsements(&learner_dir, &id).is_empty());

    // The right passphrase: signed with the counsellor's key, attached at once.
    let v = ok(endorse_held(
        &learner_dir,
        COUNSELLOR,
        &id,
        &key,
        "Sophie Lambert, Forem Mons",
    ));
    assert_eq!(v["outcome"], "endorsement", "{v}");
    let e = endorsements(&learner_dir, &id);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0]["endorserName"], "Sophie Lambert, Forem Mons");
    assert_eq!(e[0]["endorserId"], did.as_str());
    assert_ne!(e[0]["status"], "failed");
    // The learner's wallet keeps nothing of the counsellor's key.
    let names: Vec<_> = std::fs::read_dir(learner_dir.join("keys"))
        .unwrap()
        .map(|f| f.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("holder.key")]);
}

#[test]
fn the_learners_own_key_cannot_endorse_their_credentials() {
    let tmp = tempfile::tempdir().unwrap();
    let learner_dir = tmp.path().join("learner");
    let id = learner(&learner_dir);
    let own = tmp.path().join("own.key");
    ok(run(
        &learner_dir,
        LEARNER,
        &["--json", "keys", "export", "--out", own.to_str().unwrap()],
    ));
    fails(
        endorse_held(&learner_dir, LEARNER, &id, &own, "Amélie"),
        "self-endorsement",
    );
    assert!(endorsements(&learner_dir, &id).is_empty());
}

#[test]
fn endorse_needs_a_file_and_out_or_held_with_its_key_file_and_name() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    for args in [
        &["endorse", "--comment", "c"][..],
        &["endorse", "--held", "x", "--comment", "c"],
        &["endorse", "f.json", "--comment", "c"],
        &[
            "endorse",
            "f.json",
            "--out",
            "o.json",
            "--held",
            "x",
            "--key-file",
            "k",
            "--name",
            "n",
            "--comment",
            "c",
        ],
    ] {
        let out = run(dir, COUNSELLOR, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}
