//! The shells around the core: the command line (`cli.rs`, the binary), the
//! WebAssembly bindings (the engine's, and the reader's with the `reader`
//! feature) and the batch matching of whole tables, and the
//! profile as numbers ([`parts`]) that the last two hand the core, and what
//! the JavaScript glue reads from the build instead of the engine ([`tables`]).

#[cfg(feature = "batch")]
pub mod batch;
pub mod call_error;
pub mod parts;
pub mod tables;
#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(all(target_arch = "wasm32", feature = "reader"))]
mod wasm_reader;
