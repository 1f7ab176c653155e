//! `wasm-bindgen`, built from the workspace's `Cargo.lock` (see ../Cargo.toml). Not named
//! `wasm-bindgen`: rustc refuses a crate of that name older than 0.2.88.
use std::{env, process};

fn main() {
    env_logger::init();
    if let Err(err) = wasm_bindgen_cli::wasm_bindgen::run_cli_with_args(env::args_os()) {
        eprintln!("error: {err:?}");
        process::exit(1);
    }
}
