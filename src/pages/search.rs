use crate::api::{fetch_text, LoadError};
use crate::components::{set_title, LoadFailed, SiteBanner};
use crate::date::{format_year, MonthDay};
use crate::search::{fold, matches, Entry, Kind, INDEX_URL, MAX_RESULTS};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::rc::Rc;

/// The whole year's entries, with their folded text ready for matching.
struct Loaded {
    entries: Vec<Entry>,
    folded: Vec<String>,
}

async fn load_index() -> Result<Rc<Loaded>, LoadError> {
    let body = fetch_text(INDEX_URL).await?;
    let entries: Vec<Entry> = serde_json::from_str(&body).map_err(|_| LoadError::Corrupt)?;
    let folded = entries.iter().map(|e| fold(&e.text)).collect();
    Ok(Rc::new(Loaded { entries, folded }))
}

/// `/search?q=…`: finds entries of every day by words; the query lives in the address.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let typed = RwSignal::new(query.with_untracked(|q| q.get("q").unwrap_or_default()));
    set_title(move || {
        let q = typed.get();
        if q.trim().is_empty() {
            "Search".to_owned()
        } else {
            format!("Search: {}", q.chars().take(60).collect::<String>())
        }
    });
    // Loaded only here, when someone searches: never on the first load of a day.
    let index = LocalResource::new(load_index);
    let retry = Callback::new(move |_| index.refetch());
    let navigate = use_navigate();
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        typed.set(value.clone());
        let encoded: String = js_sys::encode_uri_component(&value).into();
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&format!("/search?q={encoded}"), options);
    };
    view! {
        <SiteBanner />
        <main id="main" class="search">
            <h1>"Search the whole year"</h1>
            <form role="search" on:submit=|ev| ev.prevent_default()>
                <label for="search-box">"Words to find"</label>
                <input
                    id="search-box"
                    type="search"
                    autocomplete="off"
                    placeholder="moon, Lincoln, earthquake…"
                    prop:value=move || typed.get()
                    on:input=on_input
                    autofocus
                />
            </form>
            <Transition fallback=|| {
                view! {
                    <p class="loading" role="status">
                        "Loading the year…"
                    </p>
                }
            }>
                {move || Suspend::new(async move {
                    match index.await {
                        Ok(loaded) => Either::Left(view! { <Results loaded typed /> }),
                        Err(error) => Either::Right(view! { <LoadFailed error retry /> }),
                    }
                })}
            </Transition>
        </main>
    }
}

/// The matches for what has been typed, each linking to its day or story.
#[component]
fn Results(
    /// The loaded index.
    loaded: Rc<Loaded>,
    /// The query as typed.
    typed: RwSignal<String>,
) -> impl IntoView {
    let loaded = StoredValue::new_local(loaded);
    move || {
        let query = typed.get();
        if query.trim().is_empty() {
            return Either::Left(view! {
                <p class="hint" role="status">
                    "Type a word or a name: every day of the year is searched, accents and capitals ignored."
                </p>
            });
        }
        let found = loaded.with_value(|l| matches(&l.folded, &query));
        let shown: String = query.chars().take(80).collect();
        let summary = match found.len() {
            0 => format!("Nothing in any day matches “{shown}”."),
            1 => format!("1 entry matches “{shown}”."),
            n if n > MAX_RESULTS => {
                format!("{n} entries match “{shown}”; the first {MAX_RESULTS} are shown.")
            }
            n => format!("{n} entries match “{shown}”."),
        };
        let items = loaded.with_value(|l| {
            found
                .iter()
                .take(MAX_RESULTS)
                .map(|&i| result_item(&l.entries[i]))
                .collect_view()
        });
        Either::Right(view! {
            <p class="hint" role="status">
                {summary}
            </p>
            <ol class="results">{items}</ol>
        })
    }
}

fn result_item(entry: &Entry) -> impl IntoView {
    let date = MonthDay::parse_key(&entry.date);
    let label = date.map(|d| d.to_string()).unwrap_or_default();
    let href = match (&entry.slug, date) {
        (Some(slug), Some(d)) => format!("{}/{slug}", d.path()),
        (None, Some(d)) => d.path(),
        _ => "/".to_owned(),
    };
    let when = match entry.year {
        Some(y) => format!("{label}, {}", format_year(y)),
        None => label,
    };
    let kind = entry.kind;
    view! {
        <li class=if kind == Kind::Story { "result story" } else { "result" }>
            <A href=href>{when}</A>
            <span class="kind">{kind.label()}</span>
            <span class="text">{entry.text.clone()}</span>
        </li>
    }
}
