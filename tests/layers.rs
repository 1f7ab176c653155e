//! The floors of the house run one way (ARCHITECTURE.md): the engine
//! imports nothing above it, the catalogue only the engine, the output the
//! engine and the catalogue, and only the shell reaches everything. A rules
//! engine's core should be usable with any catalogue and know nothing of
//! how reports are written.

use std::path::Path;

/// Every `crate::<module>` path named in the `.rs` files under `dir`, with the file.
fn crate_paths(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    let mut found = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                // Code only: a comment may name what lies above.
                for line in text.lines().filter(|line| !line.trim_start().starts_with("//")) {
                    for (at, _) in line.match_indices("crate::") {
                        let module: String =
                            line[at + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                        found.push((path.display().to_string(), module));
                    }
                }
            }
        }
    }
    found
}

fn assert_imports_only(dir: &str, allowed: &[&str]) {
    let stray: Vec<_> = crate_paths(dir).into_iter().filter(|(_, m)| !allowed.contains(&m.as_str())).collect();
    assert!(stray.is_empty(), "src/{dir} reaches outside {allowed:?}: {stray:?}");
}

#[test]
fn the_engine_imports_nothing_above_it() {
    assert_imports_only("engine", &["engine"]);
}

#[test]
fn the_catalogue_imports_only_the_engine() {
    assert_imports_only("catalogue", &["engine", "catalogue"]);
}

#[test]
fn the_output_imports_the_engine_and_the_catalogue_only() {
    assert_imports_only("output", &["engine", "catalogue", "output"]);
}
