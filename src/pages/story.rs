use super::use_route_day;
use crate::api::fetch_day;
use crate::components::{set_title, LoadFailed, SiteBanner, SourceLinks};
use crate::date::{format_year, MonthDay};
use crate::model::Story;
use crate::pages::NotFound;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// `/MM/DD/slug`: one featured story, with a Back link to its day.
#[component]
pub fn StoryPage() -> impl IntoView {
    let route_day = use_route_day();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    view! {
        <Show when=move || route_day.get().is_some() fallback=NotFound>
            <StoryLoader
                date=Signal::derive(move || route_day.get().unwrap_or_else(first_day))
                slug=slug.into()
            />
        </Show>
    }
}

fn first_day() -> MonthDay {
    MonthDay::new(1, 1).expect("Jan 1 exists")
}

/// Loads the story's day, then shows the story, or not found for an unknown slug.
#[component]
fn StoryLoader(
    /// The story's day.
    date: Signal<MonthDay>,
    /// The story's slug, from the URL.
    slug: Signal<String>,
) -> impl IntoView {
    let data = LocalResource::new(move || fetch_day(date.get()));
    let retry = Callback::new(move |_| data.refetch());
    set_title(move || {
        let label = date.get().long_label();
        data.with(|loaded| match loaded {
            Some(Ok(day)) => match slug.with(|s| day.story(s).map(|s| s.title.clone())) {
                Some(title) => format!("{title} · {label}"),
                None => "Page not found".to_owned(),
            },
            _ => label,
        })
    });
    view! {
        <Transition fallback=|| {
            view! {
                <SiteBanner />
                <main id="main">
                    <p class="loading" role="status">
                        "Loading the story…"
                    </p>
                </main>
            }
        }>
            {move || Suspend::new(async move {
                let date = date.get_untracked();
                match data.await {
                    Ok(day) => {
                        match slug.with_untracked(|s| day.story(s).cloned()) {
                            Some(story) => EitherOf3::A(view! { <StoryArticle date story /> }),
                            None => EitherOf3::B(view! { <NotFound /> }),
                        }
                    }
                    Err(error) => {
                        EitherOf3::C(
                            view! {
                                <SiteBanner />
                                <main id="main">
                                    <BackLink date />
                                    <LoadFailed error retry />
                                </main>
                            },
                        )
                    }
                }
            })}
        </Transition>
    }
}

/// "← Back to Nov 4": the way from a story to its day.
#[component]
fn BackLink(
    /// The story's day.
    date: MonthDay,
) -> impl IntoView {
    view! {
        <p class="back">
            <A href=date.path()>
                <span aria-hidden="true">"← "</span>
                {format!("Back to {date}")}
            </A>
        </p>
    }
}

/// The article: title, headed sections, Fun Fact, Recommended Reading and sources.
#[component]
fn StoryArticle(
    /// The story's day.
    date: MonthDay,
    /// The story.
    story: Story,
) -> impl IntoView {
    let Story {
        year,
        title,
        summary,
        sources,
        sections,
        fun_fact,
        reading,
        ..
    } = story;
    let sections = sections
        .into_iter()
        .map(|section| {
            let passages = section
                .passages
                .into_iter()
                .map(|passage| {
                    let paragraphs = passage
                        .paragraphs
                        .into_iter()
                        .map(|p| view! { <p>{p}</p> })
                        .collect_view();
                    view! {
                        <h3>{passage.heading}</h3>
                        {paragraphs}
                    }
                })
                .collect_view();
            view! {
                <section>
                    <h2>{section.heading}</h2>
                    {passages}
                </section>
            }
        })
        .collect_view();
    let books = reading
        .into_iter()
        .map(|b| {
            view! {
                <li>
                    <cite>{b.title}</cite>
                    {format!(", {} ({})", b.author, format_year(b.year))}
                </li>
            }
        })
        .collect_view();
    view! {
        <SiteBanner />
        <main id="main" class="story">
            <BackLink date />
            <article>
                <header>
                    <p class="kicker">
                        <time datetime=format!("--{}", date.key())>{date.long_label()}</time>
                        {format!(", {}", format_year(year))}
                    </p>
                    <h1>{title}</h1>
                    <p class="summary">{summary}</p>
                </header>
                {sections}
                <section class="fun-fact">
                    <h2>"Fun Fact"</h2>
                    <h3>{fun_fact.heading}</h3>
                    <p>{fun_fact.text}</p>
                </section>
                <section class="resources">
                    <h2>"Additional Resources"</h2>
                    <h3>"Recommended Reading"</h3>
                    <ul class="reading">{books}</ul>
                    <h3>"Sources"</h3>
                    <p class="sources">
                        <SourceLinks sources />
                    </p>
                </section>
            </article>
        </main>
    }
}
