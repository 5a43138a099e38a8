//! "What happened today in history?": a static, client-side site that opens on the visitor's own
//! local date and tells what happened on that day.

pub mod api;
mod app;
mod clock;
mod components;
#[cfg(not(target_arch = "wasm32"))]
pub mod data_dir;
pub mod date;
pub mod model;
mod pages;
pub mod search;

pub use app::App;

/// The site's name and the heading of every day page.
pub const SITE_NAME: &str = "What happened today in history?";
