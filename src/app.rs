//! The routes: `/` (today), `/MM/DD` (a day), `/MM/DD/slug` (a story); anything else is not found.

use crate::pages::{DayPage, NotFound, SearchPage, StoryPage, TodayPage};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole site: one router, the same footer everywhere.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=TodayPage />
                <Route path=path!("/search") view=SearchPage />
                <Route path=path!("/:month/:day") view=DayPage />
                <Route path=path!("/:month/:day/:slug") view=StoryPage />
            </Routes>
            <footer class="site-footer">
                <p>
                    "Dates and years are checked against Wikipedia's date pages; every entry links to its source. "
                    "Once loaded, every day of the year stays readable offline."
                </p>
            </footer>
        </Router>
    }
}
