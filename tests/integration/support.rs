//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// Path to the `passerelle` binary of this build, built from the current sources.
pub fn passerelle_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        // target/<profile>/deps/integration-xxxx -> target/<profile>/passerelle
        let exe = std::env::current_exe().expect("test exe path");
        let profile_dir = exe.parent().and_then(Path::parent).expect("target dir");
        let bin = profile_dir.join(format!("passerelle{}", std::env::consts::EXE_SUFFIX));
        // Always (re)build: a binary left from an earlier build may be stale. Cargo
        // returns at once when it is up to date.
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "-q", "-p", "passerelle-cli"])
            .current_dir(root());
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("run cargo build");
        assert!(status.success(), "building passerelle-cli failed");
        assert!(bin.exists(), "{} was not built", bin.display());
        bin
    })
}

/// Run `passerelle` with `args`, without inheriting a wallet from the environment.
pub fn passerelle(args: &[&str]) -> Output {
    Command::new(passerelle_bin())
        .args(args)
        .env_remove("PASSERELLE_WALLET")
        .output()
        .expect("run passerelle")
}

/// Run `passerelle --wallet WALLET ARGS` with the passphrase-protected key file store
/// (never the OS keyring) and `passphrase` as `PASSERELLE_PASSPHRASE`.
pub fn passerelle_with_key_file(wallet: &Path, passphrase: &str, args: &[&str]) -> Output {
    Command::new(passerelle_bin())
        .arg("--wallet")
        .arg(wallet)
        .args(args)
        .env_remove("PASSERELLE_WALLET")
        .env("PASSERELLE_KEYSTORE", "file")
        .env("PASSERELLE_PASSPHRASE", passphrase)
        .output()
        .expect("run passerelle")
}

/// The independent peer's folder (`../shared/oracle`) when `node` and its
/// `node_modules` are there; `None` (and a line saying the live check is skipped)
/// otherwise.
pub fn oracle_peer() -> Option<PathBuf> {
    let oracle = root().join("../shared/oracle");
    let node_ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node_ok || !oracle.join("node_modules").exists() {
        println!("live check skipped: node or ../shared/oracle with node_modules not available");
        return None;
    }
    Some(oracle)
}

/// The JSON a successful run printed (fails the test on any other exit).
pub fn ok_json(out: Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("not JSON ({e}): {} / {}", stdout(&out), stderr(&out)))
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Path (as text) of `tests/fixtures/<dir>/<file>`.
pub fn fixture(dir: &str, file: &str) -> String {
    root()
        .join("tests/fixtures")
        .join(dir)
        .join(file)
        .display()
        .to_string()
}

/// Path (as text) of a credential issued by the independent implementation.
pub fn oracle(file: &str) -> String {
    fixture("oracle", file)
}
