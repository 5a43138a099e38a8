use crate::date::MonthDay;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A day picked at random, for the "Random day" link.
pub fn random_day() -> MonthDay {
    let n = (js_sys::Math::random() * 366.0) as usize;
    MonthDay::all()
        .nth(n.min(365))
        .unwrap_or_else(|| MonthDay::all().next().expect("a year has days"))
}

/// Search, a random day, share and the colour scheme: the tools every page offers.
#[component]
pub fn Toolbar(
    /// The day on screen, if any: the random link changes whenever it does.
    #[prop(optional, into)]
    day: Option<Signal<MonthDay>>,
) -> impl IntoView {
    let random_href = move || {
        if let Some(day) = day {
            day.track();
        }
        random_day().path()
    };
    view! {
        <nav class="toolbar" aria-label="Tools">
            <a href="/search">"Search"</a>
            <a href=random_href>"Random day"</a>
            <ShareButton />
            <ThemeToggle />
        </nav>
    }
}

fn call_method(target: &JsValue, name: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let method = js_sys::Reflect::get(target, &name.into()).ok()?;
    let method = method.dyn_into::<js_sys::Function>().ok()?;
    method.call1(target, arg).ok()?.dyn_into().ok()
}

/// Shares this page's address: the system share sheet where the browser has one, else the
/// clipboard; says what happened either way.
async fn share_page() -> String {
    let window = window();
    let url = window.location().href().unwrap_or_default();
    let navigator: JsValue = window.navigator().into();
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &document().title().into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
    if let Some(shared) = call_method(&navigator, "share", &data) {
        return match JsFuture::from(shared).await {
            Ok(_) => "Shared.".to_owned(),
            // Cancelling the share sheet is not an error worth a message.
            Err(_) => String::new(),
        };
    }
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or_default();
    if let Some(copied) = call_method(&clipboard, "writeText", &url.clone().into()) {
        if JsFuture::from(copied).await.is_ok() {
            return "Link copied to the clipboard.".to_owned();
        }
    }
    format!("Copy this link: {url}")
}

/// "Share": the Web Share API where there is one, else copy the link; with a visible confirmation.
#[component]
fn ShareButton() -> impl IntoView {
    let message = RwSignal::new(String::new());
    let on_click = move |_| {
        leptos::task::spawn_local(async move {
            message.set(share_page().await);
        });
    };
    view! {
        <button type="button" class="share" on:click=on_click>
            "Share"
        </button>
        <span class="share-status" role="status">
            {move || message.get()}
        </span>
    }
}

const THEME_KEY: &str = "theme";

fn system_prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The visitor's remembered choice, if storage allows and they made one.
fn stored_theme() -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(THEME_KEY).ok().flatten())
}

/// Whether the page is dark now: the visitor's choice if they made one, else the system's.
/// (boot.js applies a stored choice too, but may run after the app has started.)
fn is_dark_now() -> bool {
    let chosen = document()
        .document_element()
        .and_then(|e| e.get_attribute("data-theme"))
        .or_else(stored_theme);
    match chosen.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => system_prefers_dark(),
    }
}

/// Dark mode on or off; follows the system until pressed, then remembers the choice.
#[component]
fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(is_dark_now());
    let on_click = move |_| {
        let theme = if dark.get_untracked() {
            "light"
        } else {
            "dark"
        };
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-theme", theme);
        }
        if let Ok(Some(storage)) = window().local_storage() {
            // Storage may be refused (private windows); the choice then lasts for this page.
            let _ = storage.set_item(THEME_KEY, theme);
        }
        dark.set(theme == "dark");
    };
    view! {
        <button
            type="button"
            class="theme"
            aria-pressed=move || if dark.get() { "true" } else { "false" }
            on:click=on_click
        >
            "Dark mode"
        </button>
    }
}
