use crate::date::{format_year, MonthDay};
use crate::model::{Day, Event, Observance, Person};
use leptos::prelude::*;
use leptos_router::components::A;

/// A short, readable name for a source link: "Wikipedia" for Wikipedia, else the host.
fn source_label(url: &str) -> String {
    let host = url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or(url);
    if host.ends_with("wikipedia.org") {
        "Wikipedia".to_owned()
    } else {
        host.trim_start_matches("www.").to_owned()
    }
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
                <a class="source" href=url rel="noopener">
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
    fn sources_get_short_names() {
        assert_eq!(source_label("https://en.wikipedia.org/wiki/X"), "Wikipedia");
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
