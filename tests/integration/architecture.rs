//! Architecture invariants that a compiler does not check (DESIGN.md).

use std::process::Command;

use crate::support::root;

fn cargo_tree(package: &str) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "-p",
            package,
            "--all-features",
            "-e",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(root())
        .output()
        .expect("run cargo tree");
    assert!(
        out.status.success(),
        "cargo tree -p {package} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn core_crates_never_depend_on_tauri() {
    for package in [
        "passerelle-badges",
        "passerelle-wallet",
        "passerelle-cv",
        "passerelle-cli",
    ] {
        let tree = cargo_tree(package);
        assert!(
            tree.lines().count() > 1 || package == "passerelle-cv",
            "{package}: empty tree?"
        );
        let tauri: Vec<_> = tree.lines().filter(|l| l.starts_with("tauri")).collect();
        assert!(tauri.is_empty(), "{package} depends on {tauri:?}");
    }
    // And the check itself can see tauri where it is.
    assert!(
        cargo_tree("passerelle-desktop")
            .lines()
            .any(|l| l.starts_with("tauri "))
    );
}

fn manifest(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

#[test]
fn only_the_wallet_crate_writes_sql() {
    // The shells reach the database only through passerelle-wallet.
    for m in [
        "src-tauri/Cargo.toml",
        "crates/cli/Cargo.toml",
        "crates/badges/Cargo.toml",
    ] {
        assert!(!manifest(m).contains("rusqlite"), "{m} depends on rusqlite");
    }
    for dir in ["src-tauri/src", "crates/cli/src"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let src = std::fs::read_to_string(&path).unwrap();
            for needle in ["SELECT ", "INSERT ", "UPDATE ", "CREATE TABLE", "PRAGMA "] {
                assert!(
                    !src.contains(needle),
                    "{} contains SQL ({needle})",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn tauri_commands_are_one_line_adapters() {
    // Each command body is a single call into the wallet, mapped to the IPC error.
    let src = manifest("src-tauri/src/commands.rs");
    let mut count = 0;
    let mut lines = src.lines().peekable();
    while let Some(line) = lines.next() {
        if !line.trim_start().starts_with("pub async fn")
            && !line.trim_start().starts_with("pub fn")
        {
            continue;
        }
        count += 1;
        let mut body = vec![];
        let mut signature_done = line.trim_end().ends_with('{');
        for l in lines.by_ref() {
            if !signature_done {
                signature_done = l.trim_end().ends_with('{');
                continue;
            }
            if l.trim() == "}" {
                break;
            }
            body.push(l.trim().to_owned());
        }
        let statements = body
            .iter()
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
            .count();
        assert!(
            statements <= 3,
            "command `{}` has {statements} lines of body: keep logic in passerelle-wallet",
            line.trim()
        );
    }
    assert!(
        count >= 3,
        "found only {count} commands in src-tauri/src/commands.rs"
    );
}
