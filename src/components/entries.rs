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

/// Entries of a list in reading order: oldest first, the file's order among equal years.
fn oldest_first<T>(mut items: Vec<T>, year: impl Fn(&T) -> i32) -> Vec<T> {
    items.sort_by_key(|item| year(item));
    items
}

/// The year label in front of an entry.
#[component]
fn Year(
    /// The year, negative for BC.
    year: i32,
) -> impl IntoView {
    view! { <span class="year">{format_year(year)}</span> }
}

/// One heading and its list, left out when the list is empty.
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

fn event_items(events: Vec<Event>) -> impl IntoView {
    oldest_first(events, |e| e.year)
        .into_iter()
        .map(|e| {
            view! {
                <li>
                    <Year year=e.year />
                    <span class="text">{e.text}<SourceLinks sources=e.sources /></span>
                </li>
            }
        })
        .collect_view()
}

fn person_items(people: Vec<Person>) -> impl IntoView {
    oldest_first(people, |p| p.year)
        .into_iter()
        .map(|p| {
            view! {
                <li>
                    <Year year=p.year />
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

/// Everything a day holds: featured stories, then events, births, deaths and observances.
#[component]
pub fn DayContent(
    /// The day of the year, for story links.
    date: MonthDay,
    /// The day's data.
    day: Day,
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
    view! {
        {featured}
        {(!events.is_empty())
            .then(|| view! { <ListSection id="events" heading="Events">{event_items(events)}</ListSection> })}
        {(!births.is_empty())
            .then(|| view! { <ListSection id="births" heading="Births">{person_items(births)}</ListSection> })}
        {(!deaths.is_empty())
            .then(|| view! { <ListSection id="deaths" heading="Deaths">{person_items(deaths)}</ListSection> })}
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
    fn oldest_first_keeps_file_order_for_equal_years() {
        let sorted = oldest_first(vec![(1956, 'a'), (-44, 'b'), (1956, 'c'), (79, 'd')], |e| {
            e.0
        });
        assert_eq!(
            sorted,
            vec![(-44, 'b'), (79, 'd'), (1956, 'a'), (1956, 'c')]
        );
    }
}
