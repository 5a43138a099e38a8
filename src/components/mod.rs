//! Pieces shared by the pages.

mod day_nav;
mod entries;
mod load_failed;
mod title;
mod toolbar;

pub use day_nav::{use_arrow_keys, DayNav};
pub use entries::{DayContent, ListPrefs, SourceLinks};
pub use load_failed::LoadFailed;
pub use title::set_title;
pub use toolbar::Toolbar;

use leptos::prelude::*;

/// The slim banner on story and not-found pages: the site's name, linking to today.
#[component]
pub fn SiteBanner() -> impl IntoView {
    view! {
        <header class="banner">
            <a href="/" class="brand">
                {crate::SITE_NAME}
            </a>
            <Toolbar />
        </header>
    }
}
