//! The shells around the core: the command line (`cli.rs`, the binary), the
//! WebAssembly bindings and the batch matching of whole tables, and the
//! profile as numbers ([`parts`]) that the last two hand the core.

#[cfg(feature = "batch")]
pub mod batch;
pub mod call_error;
pub mod parts;
#[cfg(target_arch = "wasm32")]
mod wasm;
