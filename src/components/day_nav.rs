use crate::date::{days_in_month, month_full_name, MonthDay};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

/// Previous day, next day, back to today, and a form to jump to any date.
#[component]
pub fn DayNav(
    /// The day on screen.
    day: Signal<MonthDay>,
    /// Whether this is the `/` page, which is always today and needs no link back to it.
    is_today_page: bool,
) -> impl IntoView {
    let prev = move || day.get().prev();
    let next = move || day.get().next();
    view! {
        <nav class="day-nav" aria-label="Days">
            <A href=move || prev().path() attr:class="prev" attr:rel="prev">
                <span aria-hidden="true">"← "</span>
                "Previous day"
                <span class="sr-only">{move || format!(" ({})", prev().long_label())}</span>
            </A>
            {(!is_today_page).then(|| view! { <a href="/" class="today">"Today"</a> })}
            <A href=move || next().path() attr:class="next" attr:rel="next">
                "Next day"
                <span class="sr-only">{move || format!(" ({})", next().long_label())}</span>
                <span aria-hidden="true">" →"</span>
            </A>
        </nav>
        <DateJump day />
    }
}

/// A month and a day to pick, and a Go button: jumps to any day of the year, Feb 29 included.
#[component]
fn DateJump(
    /// The day on screen: the form starts there.
    day: Signal<MonthDay>,
) -> impl IntoView {
    // What the visitor has picked, if anything; otherwise the day on screen.
    let picked_month = RwSignal::new(None::<u32>);
    let picked_day = RwSignal::new(None::<u32>);
    let month = move || picked_month.get().unwrap_or_else(|| day.get().month());
    let day_of_month = move || {
        let max = days_in_month(month());
        picked_day.get().unwrap_or_else(|| day.get().day()).min(max)
    };
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(target) = MonthDay::new(month(), day_of_month()) {
            picked_month.set(None);
            picked_day.set(None);
            navigate(&target.path(), NavigateOptions::default());
        }
    };
    let read_number = |ev: &leptos::ev::Event| event_target_value(ev).parse::<u32>().ok();
    view! {
        <form class="date-jump" on:submit=on_submit aria-label="Go to a date">
            <label>
                "Month "
                <select
                    name="month"
                    prop:value=move || month().to_string()
                    on:change=move |ev| picked_month.set(read_number(&ev))
                >
                    {(1..=12)
                        .map(|m| view! { <option value=m.to_string()>{month_full_name(m)}</option> })
                        .collect_view()}
                </select>
            </label>
            <label>
                "Day "
                <select
                    name="day"
                    prop:value=move || day_of_month().to_string()
                    on:change=move |ev| picked_day.set(read_number(&ev))
                >
                    {move || {
                        (1..=days_in_month(month()))
                            .map(|d| view! { <option value=d.to_string()>{d}</option> })
                            .collect_view()
                    }}
                </select>
            </label>
            <button type="submit">"Go"</button>
        </form>
    }
}

/// ← and → move to the previous and next day, unless the visitor is typing or choosing in a form.
pub fn use_arrow_keys(day: Signal<MonthDay>) {
    let navigate = use_navigate();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.default_prevented()
        {
            return;
        }
        let in_form = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                    || el.has_attribute("contenteditable")
            });
        if in_form {
            return;
        }
        let target = match ev.key().as_str() {
            "ArrowLeft" => day.get_untracked().prev(),
            "ArrowRight" => day.get_untracked().next(),
            _ => return,
        };
        ev.prevent_default();
        navigate(&target.path(), NavigateOptions::default());
    });
    on_cleanup(move || handle.remove());
}
