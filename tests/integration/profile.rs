//! The holder's profile beyond the addresses: languages with a CEFR level, where
//! they live, and a photo, through the CLI on a real wallet.

use base64::Engine;
use serde_json::{Value, json};

use crate::support::{passerelle, root, stderr, stdout};

fn run(wallet: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["--wallet", wallet, "--json"];
    all.extend_from_slice(args);
    let out = passerelle(&all);
    (out.status.code(), stdout(&out), stderr(&out))
}

fn profile(wallet: &str) -> Value {
    let (code, out, err) = run(wallet, &["profile"]);
    assert_eq!(code, Some(0), "{err}");
    serde_json::from_str(&out).unwrap()
}

/// The stored photo, decoded from its data URL.
fn photo_png(p: &Value) -> Vec<u8> {
    let url = p["photo"].as_str().expect("a photo");
    let b64 = url.strip_prefix("data:image/png;base64,").expect("a PNG");
    base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap()
}

#[test]
fn languages_place_and_photo_are_kept_and_bad_values_change_nothing() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    // A 1200×800 JPEG, as a camera would give.
    let jpeg_path = w.path().join("portrait.jpg");
    image::RgbImage::from_fn(1200, 800, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    })
    .save(&jpeg_path)
    .unwrap();
    let jpeg = jpeg_path.to_str().unwrap();

    let (code, _, err) = run(
        wallet,
        &[
            "profile",
            "set",
            "--name",
            "Zoë Dupré-Van den Bossche",
            "--language",
            "fr:native",
            "--language",
            "nl:b2",
            "--language",
            "en:C1",
            "--region",
            "BE-WAL",
            "--municipality",
            "Mouscron",
            "--postcode",
            "7700",
            "--photo",
            jpeg,
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let p = profile(wallet);
    assert_eq!(p["name"], "Zoë Dupré-Van den Bossche");
    assert_eq!(
        p["languages"],
        json!([
            {"language": "fr", "level": "native"},
            {"language": "nl", "level": "B2"},
            {"language": "en", "level": "C1"}
        ])
    );
    assert_eq!(
        (&p["region"], &p["municipality"], &p["postcode"]),
        (&json!("BE-WAL"), &json!("Mouscron"), &json!("7700"))
    );
    // Our own PNG, scaled to fit 512 pixels, not the camera's file.
    let png = photo_png(&p);
    let img = image::load_from_memory_with_format(&png, image::ImageFormat::Png).unwrap();
    assert_eq!((img.width(), img.height()), (512, 341));

    // A postcode of another region, an unknown language, a file that is not a photo:
    // each is explained and nothing changes, not even the name given alongside.
    let not_a_photo = w.path().join("cv.jpg");
    std::fs::write(&not_a_photo, b"%PDF-1.7 not a photo").unwrap();
    for (args, says) in [
        (vec!["--postcode", "8500"], "not a postcode of the region"),
        (
            vec!["--language", "xx:B1"],
            "not a language Passerelle lists",
        ),
        (vec!["--language", "nl:B3"], "is not a level"),
        (vec!["--region", "BE-LUX"], "not a region"),
        (
            vec!["--photo", not_a_photo.to_str().unwrap()],
            "PNG, JPEG, WebP or GIF",
        ),
    ] {
        let mut all = vec!["profile", "set", "--name", "Someone Else"];
        all.extend(args.iter().copied());
        let (code, _, err) = run(wallet, &all);
        assert_eq!(code, Some(1), "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
        let after = profile(wallet);
        assert_eq!(after, p, "{args:?} changed the profile");
    }

    // Moving to Flanders: region and postcode change together; the photo goes.
    let (code, _, err) = run(
        wallet,
        &[
            "profile",
            "set",
            "--region",
            "BE-VLG",
            "--municipality",
            "Kortrijk",
            "--postcode",
            "8500",
            "--no-photo",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let p = profile(wallet);
    assert_eq!(p["postcode"], "8500");
    assert_eq!(p["photo"], Value::Null);
    assert_eq!(p["languages"].as_array().unwrap().len(), 3);
}

#[test]
fn every_language_level_and_region_offered_has_a_name_in_each_language() {
    use passerelle_wallet::profile::{LANGUAGES, LEVELS, REGIONS};
    for lang in ["en", "fr", "nl"] {
        let ftl = std::fs::read_to_string(root().join(format!("locales/{lang}/ui.ftl"))).unwrap();
        let ids = LANGUAGES
            .iter()
            .map(|c| format!("language-name-{c}"))
            .chain(
                LEVELS
                    .iter()
                    .map(|c| format!("cefr-level-{}", c.to_lowercase())),
            )
            .chain(
                REGIONS
                    .iter()
                    .map(|c| format!("region-name-{}", c.to_lowercase())),
            );
        for id in ids {
            assert!(
                ftl.lines().any(|l| l.starts_with(&format!("{id} ="))),
                "{lang}: {id} is missing"
            );
        }
    }
}
