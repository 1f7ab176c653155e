//! The shells around the core: the command line (`cli.rs`, the binary), the
//! WebAssembly bindings and the batch matching of whole tables.

#[cfg(feature = "batch")]
pub mod batch;
#[cfg(target_arch = "wasm32")]
mod wasm;
