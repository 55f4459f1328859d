//! Canonical N-Quads must be byte-identical to jsonld.js's for every document in
//! `tests/fixtures/jsonld-js` (and the documents jsonld.js refuses must be refused).

use std::path::Path;

use crate::jsonld;

#[test]
fn canonical_n_quads_match_jsonld_js() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/jsonld-js");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    names.sort();
    let (mut same, mut refused, mut problems) = (0, 0, Vec::new());
    for name in &names {
        let doc: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap(),
        )
        .unwrap();
        let ours = jsonld::canonicalize(&doc);
        let expected = dir.join(format!("{name}.nq"));
        if expected.exists() {
            let expected = std::fs::read_to_string(expected).unwrap();
            match ours {
                Ok(nq) if nq == expected => same += 1,
                Ok(nq) => problems.push(format!(
                    "{name}: differs\n--- jsonld.js\n{expected}--- ours\n{nq}"
                )),
                Err(e) => problems.push(format!(
                    "{name}: we refused it: {} {:?}",
                    e.code(),
                    e.args()
                )),
            }
        } else {
            assert!(
                dir.join(format!("{name}.err")).exists(),
                "{name}: no .nq nor .err"
            );
            match ours {
                Err(_) => refused += 1,
                Ok(_) => problems.push(format!("{name}: jsonld.js refuses it, we accepted it")),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!((same, refused), (25, 10));
}
