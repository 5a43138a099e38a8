use crate::components::{set_title, SiteBanner};
use leptos::prelude::*;

/// Shown for any address that is not a day or a story: says so, and offers the way to today.
#[component]
pub fn NotFound() -> impl IntoView {
    set_title(|| "Page not found".to_owned());
    view! {
        <SiteBanner />
        <main id="main" class="not-found">
            <h1>"No such page"</h1>
            <p>
                "There is nothing at this address. Every day of the year has its own page, "
                "such as /11/04 for November 4, and each featured story lives under its day."
            </p>
            <p>
                <a href="/" class="button">
                    "Go to today's page"
                </a>
            </p>
        </main>
    }
}
