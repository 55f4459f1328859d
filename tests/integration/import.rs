//! `passerelle import` and `passerelle list` on temporary wallets.

use crate::support::{fixture, oracle, passerelle, stderr, stdout};

fn json(args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let out = passerelle(args);
    let v = serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("not JSON ({e}): {} / {}", stdout(&out), stderr(&out)));
    (out.status.code(), v)
}

#[test]
fn the_same_badge_as_json_png_and_svg_is_stored_once() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    let (code, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &oracle("valid-01.svg"),
        &oracle("valid-01.json"),
        &oracle("valid-01.png"),
    ]);
    assert_eq!(code, Some(0));
    let outcomes: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["imported", "duplicate", "duplicate"]);
    let id = v[0]["id"].as_str().unwrap();
    assert!(v.as_array().unwrap().iter().all(|r| r["id"] == id));

    let (_, list) = json(&["--wallet", wallet, "--json", "list"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1);
    for key in ["id", "name", "issuer", "status", "endorsements"] {
        assert!(
            !list[0][key].is_null(),
            "list item lacks {key}: {}",
            list[0]
        );
    }
    assert_eq!(list[0]["status"], "verified");

    // The original bytes are kept unchanged (the first arrival: the SVG).
    let conn = rusqlite::Connection::open(w.path().join("wallet.sqlite")).unwrap();
    let original: Vec<u8> = conn
        .query_row(
            "SELECT original FROM credentials WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(original, std::fs::read(oracle("valid-01.svg")).unwrap());
    // And its display image is a PNG we encoded.
    let image: Vec<u8> = conn
        .query_row(
            "SELECT image_png FROM badge_details WHERE credential_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(&image[..8], b"\x89PNG\r\n\x1a\n");
}

#[test]
fn failed_badges_are_refused_and_the_wallet_is_unchanged() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    let (code, _) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &oracle("valid-03.png"),
    ]);
    assert_eq!(code, Some(0));
    let count = || {
        let conn = rusqlite::Connection::open(w.path().join("wallet.sqlite")).unwrap();
        let n: i64 = conn
            .query_row("SELECT COUNT(*) FROM credentials", [], |r| r.get(0))
            .unwrap();
        let d: i64 = conn
            .query_row("SELECT COUNT(*) FROM badge_details", [], |r| r.get(0))
            .unwrap();
        (n, d)
    };
    assert_eq!(count(), (1, 1));
    let (code, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &oracle("tampered-subject-name.png"),
        &oracle("wrong-key-signature.json"),
        &oracle("unknown-context.json"),
        &oracle("missing-proof.json"),
    ]);
    assert_eq!(code, Some(1));
    for r in v.as_array().unwrap() {
        assert_eq!(r["outcome"], "refused", "{r}");
        assert_eq!(r["report"]["status"], "failed");
        assert!(r["id"].is_null());
    }
    assert_eq!(count(), (1, 1), "a refused badge left something behind");
}

#[test]
fn warnings_are_imported_and_lists_filter_by_status_and_words() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    let (code, _) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &oracle("valid-01.json"),
        &oracle("expired.json"),
        &oracle("valid-jwt-eddsa.jwt"),
    ]);
    assert_eq!(code, Some(0));
    let (_, all) = json(&["--wallet", wallet, "--json", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 3);
    let (_, warnings) = json(&["--wallet", wallet, "--json", "list", "--status", "warning"]);
    let warnings = warnings.as_array().unwrap();
    assert_eq!(warnings.len(), 1);
    let expired_name = warnings[0]["name"].as_str().unwrap().to_owned();
    // Search ignores case, and every word must match somewhere.
    let query = expired_name.to_uppercase();
    let (_, found) = json(&["--wallet", wallet, "--json", "list", "--search", &query]);
    let found = found.as_array().unwrap();
    assert!(
        found.iter().any(|b| b["id"] == warnings[0]["id"]),
        "{query}"
    );
    let (_, narrowed) = json(&[
        "--wallet",
        wallet,
        "--json",
        "list",
        "--search",
        &format!("{query} zzz"),
    ]);
    assert!(
        narrowed.as_array().unwrap().is_empty(),
        "a word that matches nothing must exclude"
    );
    let (_, none) = json(&[
        "--wallet",
        wallet,
        "--json",
        "list",
        "--search",
        "zzz-no-such-badge",
    ]);
    assert!(none.as_array().unwrap().is_empty());
}

fn check<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no {id} check in {report}"))
}

#[test]
fn an_imported_status_list_revokes_a_badge_imported_earlier() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    // Without its list, the revoked badge cannot be told apart: imported with a warning.
    let (code, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &oracle("revoked.json"),
    ]);
    assert_eq!(code, Some(0), "{v}");
    assert_eq!(v[0]["outcome"], "imported");
    assert_eq!(check(&v[0]["report"], "status")["outcome"], "skipped");
    let id = v[0]["id"].as_str().unwrap().to_owned();

    // The list is recognised by its content and kept under its URL.
    let (code, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &oracle("status-list.json"),
    ]);
    assert_eq!(code, Some(0), "{v}");
    assert_eq!(v[0]["outcome"], "document");
    assert_eq!(v[0]["id"], "https://status.oracle.example/lists/1");
    assert_eq!(v[0]["report"]["checks"][0]["code"], "document-status-list");

    // Every badge was checked again: this one is now revoked.
    let (_, list) = json(&["--wallet", wallet, "--json", "list"]);
    let item = list
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == id.as_str())
        .unwrap();
    assert_eq!(item["status"], "failed");
    // Importing the same list again changes nothing.
    let (_, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &oracle("status-list.json"),
    ]);
    assert_eq!(v[0]["outcome"], "duplicate");
    // `verify` uses the wallet's documents too.
    let (code, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "verify",
        &oracle("revoked.json"),
    ]);
    assert_eq!(code, Some(1));
    assert_eq!(check(&v[0], "status")["code"], "revoked");
}

#[test]
fn an_ob2_signed_badge_is_verified_once_its_key_and_badge_class_are_imported() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    let (code, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &fixture("ob2", "signed.jws"),
    ]);
    assert_eq!(code, Some(0), "{v}");
    assert_eq!(v[0]["outcome"], "imported");
    assert_eq!(
        check(&v[0]["report"], "issuer-key")["code"],
        "ob2-signed-key-needs-network"
    );

    // The key and the BadgeClass, in one batch with a forged copy: the forged one is refused.
    let (code, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &fixture("ob2", "key.json"),
        &fixture("ob2", "badgeclass.json"),
        &fixture("ob2", "signed-tampered.jws"),
    ]);
    assert_eq!(code, Some(1), "{v}");
    let outcomes: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].clone())
        .collect();
    assert_eq!(outcomes, ["document", "document", "refused"]);
    assert_eq!(check(&v[2]["report"], "proof")["outcome"], "failed");

    // `verify` with the wallet's documents: signature valid, key owned by the issuer.
    let (code, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "verify",
        &fixture("ob2", "signed.jws"),
    ]);
    assert_eq!(code, Some(0), "{v}");
    assert_eq!(check(&v[0], "proof")["code"], "signature-valid");
    assert_eq!(
        check(&v[0], "key-controller")["code"],
        "key-controller-match"
    );
    // A key owned by someone else than the issuer fails.
    let (code, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "verify",
        "--doc",
        &format!(
            "https://elsewhere.example/key.json={}",
            fixture("ob2", "key-foreign.json")
        ),
        &fixture("ob2", "signed-foreign-owner.jws"),
    ]);
    assert_eq!(code, Some(1), "{v}");
    assert_eq!(
        check(&v[0], "key-controller")["code"],
        "key-controller-mismatch"
    );
}

#[test]
fn the_profile_addresses_turn_the_recipient_check_on() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    // valid-02 is issued to a salted SHA-256 hash of learner@example.org.
    let (_, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "import",
        &oracle("valid-02.json"),
    ]);
    assert_eq!(
        check(&v[0]["report"], "recipient")["code"],
        "recipient-owner-unknown"
    );
    let id = v[0]["id"].as_str().unwrap().to_owned();
    let recipient_of = |wallet: &str| {
        let (_, list) = json(&["--wallet", wallet, "--json", "list"]);
        let item = list
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["id"] == id.as_str())
            .unwrap()
            .clone();
        item["status"].as_str().unwrap().to_owned()
    };
    assert_eq!(recipient_of(wallet), "warning");

    // A bad address is refused with a clear error and changes nothing.
    let out = passerelle(&["--wallet", wallet, "profile", "set", "--email", "learner@"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not an e-mail address"),
        "{}",
        stderr(&out)
    );
    let (_, p) = json(&["--wallet", wallet, "--json", "profile"]);
    assert_eq!(p["emails"], serde_json::json!([]));

    // Someone else's address: the badge is not theirs.
    let (code, p) = json(&[
        "--wallet",
        wallet,
        "--json",
        "profile",
        "set",
        "--name",
        "Amélie Dubois",
        "--email",
        "amelie@example.org",
    ]);
    assert_eq!(code, Some(0));
    assert_eq!(p["name"], "Amélie Dubois");
    let (_, v) = json(&[
        "--wallet",
        wallet,
        "--json",
        "verify",
        &oracle("valid-02.json"),
    ]);
    assert_eq!(check(&v[0], "recipient")["code"], "recipient-not-owner");

    // Their second address matches, whatever its case: every badge was checked again.
    let (_, p) = json(&[
        "--wallet",
        wallet,
        "--json",
        "profile",
        "set",
        "--email",
        "amelie@example.org",
        "--email",
        " Learner@Example.org ",
    ]);
    assert_eq!(
        p["emails"],
        serde_json::json!(["amelie@example.org", "Learner@Example.org"])
    );
    assert_eq!(
        p["name"], "Amélie Dubois",
        "the name is kept when not given"
    );
    assert_eq!(recipient_of(wallet), "verified");
}
