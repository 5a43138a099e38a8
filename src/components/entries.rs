use crate::date::{format_year, MonthDay};
use crate::model::{Day, Event, Observance, Person};
use leptos::prelude::*;
use leptos_router::components::A;

/// A short, readable name for a source link: a Wikipedia article's title, else the site's host.
fn source_label(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if host.ends_with("wikipedia.org") {
        if let Some(title) = path.strip_prefix("wiki/").filter(|t| !t.is_empty()) {
            return percent_decode(title).replace('_', " ");
        }
    }
    host.trim_start_matches("www.").to_owned()
}

/// Decodes `%XX` escapes (as UTF-8); anything malformed is kept as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The sources of an entry, as links that open the page.
#[component]
pub fn SourceLinks(
    /// Source URLs (validated as https:// at build time).
    sources: Vec<String>,
) -> impl IntoView {
    sources
        .into_iter()
        .map(|url| {
            let label = source_label(&url);
            view! {
                " "
                <a class="source" href=url rel="noopener" title="Source">
                    {label}
                </a>
            }
        })
        .collect_view()
}

/// How the visitor wants a day's lists: which to show, and in which order.
#[derive(Clone, Copy)]
pub struct ListPrefs {
    pub events: RwSignal<bool>,
    pub births: RwSignal<bool>,
    pub deaths: RwSignal<bool>,
    pub newest_first: RwSignal<bool>,
    /// The visitor's own current year, for "N years ago".
    pub this_year: i32,
}

impl ListPrefs {
    pub fn new(this_year: i32) -> Self {
        Self {
            events: RwSignal::new(true),
            births: RwSignal::new(true),
            deaths: RwSignal::new(true),
            newest_first: RwSignal::new(false),
            this_year,
        }
    }
}

/// Entries of a list in reading order: by year, the file's order among equal years.
fn in_order<T>(mut items: Vec<T>, newest_first: bool, year: impl Fn(&T) -> i32) -> Vec<T> {
    items.sort_by_key(|item| year(item));
    if newest_first {
        // Stable: reverse the year groups, keep the file's order inside each.
        items.reverse();
        let mut out = Vec::with_capacity(items.len());
        let mut group: Vec<T> = Vec::new();
        for item in items {
            if group.last().is_some_and(|g| year(g) != year(&item)) {
                out.extend(group.drain(..).rev());
            }
            group.push(item);
        }
        out.extend(group.into_iter().rev());
        return out;
    }
    items
}

/// "70 years ago", counted from `this_year`; there is no year 0, so 44 BC to AD 2026 is 2069 years.
pub fn years_ago(year: i32, this_year: i32) -> String {
    let span = if year < 0 {
        this_year - year - 1
    } else {
        this_year - year
    };
    match span {
        i32::MIN..=0 => "this year".to_owned(),
        1 => "1 year ago".to_owned(),
        n => format!("{n} years ago"),
    }
}

/// The year label in front of an entry, with how long ago it was.
#[component]
fn Year(
    /// The year, negative for BC.
    year: i32,
    /// The visitor's current year.
    this_year: i32,
) -> impl IntoView {
    view! {
        <span class="year">
            {format_year(year)}
            <span class="ago">{years_ago(year, this_year)}</span>
        </span>
    }
}

/// One heading and its list.
#[component]
fn ListSection(
    /// The section's id, for its heading's anchor.
    id: &'static str,
    /// The visible heading.
    heading: &'static str,
    /// The list items.
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    view! {
        <section class="entries" id=id aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{heading}</h2>
            <ul>{children()}</ul>
        </section>
    }
}

fn event_items(events: Vec<Event>, newest_first: bool, this_year: i32) -> impl IntoView {
    in_order(events, newest_first, |e| e.year)
        .into_iter()
        .map(|e| {
            view! {
                <li>
                    <Year year=e.year this_year />
                    <span class="text">{e.text}<SourceLinks sources=e.sources /></span>
                </li>
            }
        })
        .collect_view()
}

fn person_items(people: Vec<Person>, newest_first: bool, this_year: i32) -> impl IntoView {
    in_order(people, newest_first, |p| p.year)
        .into_iter()
        .map(|p| {
            view! {
                <li>
                    <Year year=p.year this_year />
                    <span class="text">
                        <strong>{p.name}</strong>
                        ", "
                        {p.text}
                        <SourceLinks sources=p.sources />
                    </span>
                </li>
            }
        })
        .collect_view()
}

fn observance_items(observances: Vec<Observance>) -> impl IntoView {
    observances
        .into_iter()
        .map(|o| {
            view! {
                <li>
                    <span class="text">
                        <strong>{o.name}</strong>
                        ": "
                        {o.text}
                        <SourceLinks sources=o.sources />
                    </span>
                </li>
            }
        })
        .collect_view()
}

/// Checkboxes to show or hide events, births and deaths, and the order of the lists.
#[component]
pub fn ListControls(
    /// The preferences these controls change.
    prefs: ListPrefs,
) -> impl IntoView {
    let checkbox = move |label: &'static str, signal: RwSignal<bool>| {
        view! {
            <label>
                <input
                    type="checkbox"
                    prop:checked=move || signal.get()
                    on:change=move |ev| signal.set(event_target_checked(&ev))
                />
                {label}
            </label>
        }
    };
    view! {
        <div class="list-controls">
            <fieldset>
                <legend>"Show"</legend>
                {checkbox("Events", prefs.events)}
                {checkbox("Births", prefs.births)}
                {checkbox("Deaths", prefs.deaths)}
            </fieldset>
            <label>
                "Order "
                <select
                    prop:value=move || if prefs.newest_first.get() { "newest" } else { "oldest" }
                    on:change=move |ev| prefs.newest_first.set(event_target_value(&ev) == "newest")
                >
                    <option value="oldest">"Oldest first"</option>
                    <option value="newest">"Newest first"</option>
                </select>
            </label>
        </div>
    }
}

/// Everything a day holds: featured stories, then events, births, deaths and observances.
#[component]
pub fn DayContent(
    /// The day of the year, for story links.
    date: MonthDay,
    /// The day's data.
    day: Day,
    /// Which lists to show, in which order.
    prefs: ListPrefs,
) -> impl IntoView {
    let Day {
        stories,
        events,
        births,
        deaths,
        observances,
        ..
    } = day;
    let featured = (!stories.is_empty()).then(|| {
        let cards = stories
            .into_iter()
            .map(|s| {
                let href = format!("{}/{}", date.path(), s.slug);
                view! {
                    <article class="card">
                        <p class="card-year">{format_year(s.year)}</p>
                        <h3>
                            <A href=href>{s.title}</A>
                        </h3>
                        <p>{s.summary}</p>
                    </article>
                }
            })
            .collect_view();
        view! {
            <section class="featured" aria-labelledby="featured-heading">
                <h2 id="featured-heading">"Featured story"</h2>
                {cards}
            </section>
        }
    });
    let this_year = prefs.this_year;
    let events = StoredValue::new(events);
    let births = StoredValue::new(births);
    let deaths = StoredValue::new(deaths);
    let newest = prefs.newest_first;
    view! {
        {featured}
        <ListControls prefs />
        {move || {
            (prefs.events.get() && !events.with_value(Vec::is_empty))
                .then(|| {
                    let items = event_items(events.get_value(), newest.get(), this_year);
                    view! { <ListSection id="events" heading="Events">{items}</ListSection> }
                })
        }}
        {move || {
            (prefs.births.get() && !births.with_value(Vec::is_empty))
                .then(|| {
                    let items = person_items(births.get_value(), newest.get(), this_year);
                    view! { <ListSection id="births" heading="Births">{items}</ListSection> }
                })
        }}
        {move || {
            (prefs.deaths.get() && !deaths.with_value(Vec::is_empty))
                .then(|| {
                    let items = person_items(deaths.get_value(), newest.get(), this_year);
                    view! { <ListSection id="deaths" heading="Deaths">{items}</ListSection> }
                })
        }}
        {(!observances.is_empty())
            .then(|| {
                view! {
                    <ListSection id="observances" heading="Observances">
                        {observance_items(observances)}
                    </ListSection>
                }
            })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_named_by_article_or_host() {
        assert_eq!(
            source_label("https://en.wikipedia.org/wiki/Hungarian_Revolution_of_1956"),
            "Hungarian Revolution of 1956"
        );
        assert_eq!(
            source_label("https://en.wikipedia.org/wiki/Caf%C3%A9_society"),
            "Café society"
        );
        assert_eq!(
            source_label("https://en.wikipedia.org/wiki/100%_bad"),
            "100% bad"
        );
        assert_eq!(
            source_label("https://en.wikipedia.org/"),
            "en.wikipedia.org"
        );
        assert_eq!(
            source_label("https://www.britannica.com/event/x"),
            "britannica.com"
        );
    }

    #[test]
    fn either_order_keeps_file_order_for_equal_years() {
        let items = vec![(1956, 'a'), (-44, 'b'), (1956, 'c'), (79, 'd')];
        let oldest = in_order(items.clone(), false, |e| e.0);
        assert_eq!(
            oldest,
            vec![(-44, 'b'), (79, 'd'), (1956, 'a'), (1956, 'c')]
        );
        let newest = in_order(items, true, |e| e.0);
        assert_eq!(
            newest,
            vec![(1956, 'a'), (1956, 'c'), (79, 'd'), (-44, 'b')]
        );
    }

    #[test]
    fn years_ago_counts_from_the_visitors_year() {
        assert_eq!(years_ago(1956, 2026), "70 years ago");
        assert_eq!(years_ago(2025, 2026), "1 year ago");
        assert_eq!(years_ago(2026, 2026), "this year");
        assert_eq!(years_ago(-44, 2026), "2069 years ago");
        assert_eq!(years_ago(-1, 1), "1 year ago");
    }
}
