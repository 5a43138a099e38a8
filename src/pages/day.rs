use super::use_route_day;
use crate::api::fetch_day;
use crate::clock::use_today;
use crate::components::{
    set_title, use_arrow_keys, DayContent, DayNav, ListPrefs, LoadFailed, Toolbar,
};
use crate::date::MonthDay;
use crate::pages::NotFound;
use chrono::Datelike;
use leptos::either::Either;
use leptos::prelude::*;

/// `/`: today on the visitor's own clock; moves to the next day at local midnight.
#[component]
pub fn TodayPage() -> impl IntoView {
    let today = use_today();
    view! { <DayView day=today is_today_page=true /> }
}

/// `/MM/DD`: any day of the year, or not found for days that do not exist.
#[component]
pub fn DayPage() -> impl IntoView {
    let route_day = use_route_day();
    let fallback = MonthDay::new(1, 1).expect("Jan 1 exists");
    let day = Signal::derive(move || route_day.get().unwrap_or(fallback));
    view! {
        <Show when=move || route_day.get().is_some() fallback=NotFound>
            <DayView day is_today_page=false />
        </Show>
    }
}

/// A day's page: the heading and date, the ways to move between days, and what happened.
#[component]
fn DayView(
    /// The day to show.
    day: Signal<MonthDay>,
    /// Whether this is `/`.
    is_today_page: bool,
) -> impl IntoView {
    set_title(move || {
        let label = day.get().long_label();
        if is_today_page {
            format!("Today, {label}")
        } else {
            label
        }
    });
    use_arrow_keys(day);
    let prefs = ListPrefs::new(chrono::Local::now().year());
    let data = LocalResource::new(move || fetch_day(day.get()));
    let retry = Callback::new(move |_| data.refetch());
    view! {
        <header class="masthead">
            <h1>{crate::SITE_NAME}</h1>
            <p class="date-label">
                <time datetime=move || {
                    format!("--{}", day.get().key())
                }>{move || format!("[ {} ]", day.get())}</time>
            </p>
        </header>
        <DayNav day is_today_page />
        <Toolbar day />
        <main id="main" class="day">
            <Transition fallback=|| {
                view! {
                    <p class="loading" role="status">
                        "Loading the day…"
                    </p>
                }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(content) => {
                            let date = MonthDay::parse_key(&content.date).unwrap_or_else(|| day.get_untracked());
                            Either::Left(view! { <DayContent date day=content prefs /> })
                        }
                        Err(error) => Either::Right(view! { <LoadFailed error retry /> }),
                    }
                })}
            </Transition>
        </main>
    }
}
