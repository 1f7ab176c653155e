//! The build is locked: every tool that writes a byte of `pkg/` comes from a
//! lock file, and no script reaches for whatever is on the machine.
//! (`scripts/reproducible.sh`, run by the test command, checks the outcome:
//! two builds give identical files.)

use std::fs;

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The version pinned with `=` for `crate_name` in a Cargo.toml.
fn pin(manifest: &str, crate_name: &str) -> String {
    let line = manifest
        .lines()
        .find(|line| line.starts_with(&format!("{crate_name} =")))
        .unwrap_or_else(|| panic!("no {crate_name} dependency"));
    let start = line.find("\"=").unwrap_or_else(|| panic!("{crate_name} is not pinned with =: {line}")) + 2;
    let end = start + line[start..].find('"').unwrap();
    line[start..end].to_owned()
}

/// The versions of `name` in Cargo.lock.
fn locked(name: &str) -> Vec<String> {
    let lock = read("Cargo.lock");
    let mut versions = Vec::new();
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{name}\"") {
            let version = lines.next().unwrap();
            versions.push(version.trim_start_matches("version = \"").trim_end_matches('"').to_owned());
        }
    }
    versions
}

#[test]
fn wasm_bindgen_is_built_from_this_workspace_at_the_crate_s_version() {
    let crate_pin = pin(&read("Cargo.toml"), "wasm-bindgen");
    assert_eq!(pin(&read("tools/Cargo.toml"), "wasm-bindgen-cli"), crate_pin, "the CLI must match the crate");
    assert_eq!(locked("wasm-bindgen-cli"), std::slice::from_ref(&crate_pin), "Cargo.lock holds the CLI");
    assert_eq!(locked("wasm-bindgen-cli-support"), std::slice::from_ref(&crate_pin));
    assert_eq!(locked("wasm-bindgen"), [crate_pin]);
    let setup = read("scripts/setup.sh");
    assert!(!setup.contains("cargo install"), "no tool is installed outside the lock file");
}

#[test]
fn every_cargo_build_in_the_scripts_is_locked() {
    for script in
        ["scripts/build.sh", "scripts/setup.sh", "scripts/test.sh", "scripts/test-wasm.sh", "scripts/bench.sh"]
    {
        for (number, line) in read(script).lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with('#') || code.starts_with("say ") {
                continue;
            }
            for command in ["cargo build", "cargo test", "cargo clippy", "cargo run"] {
                if code.contains(command) {
                    assert!(code.contains("--locked"), "{script}:{}: {command} without --locked", number + 1);
                }
            }
        }
    }
    // The build's own cargo call is assembled in an array.
    assert!(read("scripts/build.sh").contains("cargo_args=(build --locked"));
}

#[test]
fn wasm_opt_comes_from_package_lock_only() {
    let build = read("scripts/build.sh");
    assert!(!build.contains("command -v wasm-opt"), "no wasm-opt from PATH");
    assert!(build.contains("opt=node_modules/.bin/wasm-opt"));
    let lock = read("package-lock.json");
    assert!(lock.contains("\"node_modules/binaryen\""), "binaryen is locked in package-lock.json");
}

#[test]
fn js_sys_has_no_unsafe_eval() {
    let manifest = read("Cargo.toml");
    let line = manifest.lines().find(|line| line.starts_with("js-sys =")).unwrap();
    assert!(line.contains("default-features = false") && !line.contains("unsafe-eval"), "{line}");
}

#[test]
fn the_test_command_checks_that_two_builds_are_identical() {
    assert!(read("scripts/test.sh").lines().any(|line| line.trim() == "scripts/reproducible.sh"));
}
