//! The day file: what one day of the year holds, and the rules every file must keep.
//!
//! The same types read the hand-edited `data/MM-DD.toml` at build time and the served
//! `/data/MM-DD.json` in the browser. No views here.

use crate::date::MonthDay;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Everything the site shows for one day of the year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    /// `MM-DD`; must match the file name.
    pub date: String,
    #[serde(default)]
    pub stories: Vec<Story>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub births: Vec<Person>,
    #[serde(default)]
    pub deaths: Vec<Person>,
    #[serde(default)]
    pub observances: Vec<Observance>,
}

/// A featured long-form article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub slug: String,
    pub year: i32,
    pub title: String,
    pub summary: String,
    pub sources: Vec<String>,
    pub sections: Vec<Section>,
    pub fun_fact: FunFact,
    pub reading: Vec<Book>,
}

/// A headed part of a story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub heading: String,
    pub passages: Vec<Passage>,
}

/// A sub-headed passage of one or two paragraphs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

/// One surprising, checkable fact with its own sub-heading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunFact {
    pub heading: String,
    pub text: String,
}

/// A recommended book.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Book {
    pub title: String,
    /// Author or editor(s), as the title page gives them.
    pub author: String,
    pub year: i32,
}

/// Something that happened on the day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub year: i32,
    pub text: String,
    pub sources: Vec<String>,
}

/// Someone born or who died on the day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub year: i32,
    pub name: String,
    /// Who they were, in a line.
    pub text: String,
    pub sources: Vec<String>,
}

/// A holiday or commemoration kept on the day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observance {
    pub name: String,
    /// Where and how it is kept.
    pub text: String,
    pub sources: Vec<String>,
}

impl Day {
    /// The story with this slug, if the day has one.
    pub fn story(&self, slug: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.slug == slug)
    }
}

impl Story {
    /// Words in the paragraphs and the fun fact: what a reader reads.
    pub fn word_count(&self) -> usize {
        let paragraphs = self
            .sections
            .iter()
            .flat_map(|s| &s.passages)
            .flat_map(|p| &p.paragraphs);
        paragraphs
            .chain(std::iter::once(&self.fun_fact.text))
            .map(|t| t.split_whitespace().count())
            .sum()
    }
}

/// One broken rule: the field, as a path into the file, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct Problem {
    pub field: String,
    pub problem: String,
}

/// How much a complete day holds; a day with less is not finished.
#[derive(Clone, Copy, Debug)]
pub struct Completeness {
    pub stories: usize,
    pub events: usize,
    pub births: usize,
    pub deaths: usize,
}

/// What the content guide asks of every finished day.
pub const COMPLETE_DAY: Completeness = Completeness {
    stories: 1,
    events: 12,
    births: 6,
    deaths: 4,
};

/// Story length bounds (paragraphs + fun fact), in words.
pub const STORY_WORDS: std::ops::RangeInclusive<usize> = 350..=600;

struct Checker {
    latest_year: i32,
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, field: impl Into<String>, problem: impl Into<String>) {
        self.problems.push(Problem {
            field: field.into(),
            problem: problem.into(),
        });
    }

    fn text(&mut self, field: String, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, "is empty");
        } else if value.contains('<') && value.contains('>') {
            // Text is shown as text, so markup would appear literally: catch it at the source.
            self.fail(field, "looks like HTML markup; write plain text");
        }
    }

    fn year(&mut self, field: String, year: i32) {
        if year == 0 {
            self.fail(field, "is 0 (there is no year 0: 1 BC is -1)");
        } else if year > self.latest_year {
            self.fail(field, format!("{year} is in the future"));
        }
    }

    fn sources(&mut self, field: String, sources: &[String]) {
        if sources.is_empty() {
            self.fail(field.clone(), "has no source (at least one https:// URL)");
        }
        for (i, url) in sources.iter().enumerate() {
            if !is_https_url(url) {
                self.fail(
                    format!("{field}[{i}]"),
                    format!("{url:?} is not an https:// URL"),
                );
            }
        }
    }

    fn count(&mut self, field: &str, len: usize, range: std::ops::RangeInclusive<usize>) {
        if !range.contains(&len) {
            self.fail(
                field,
                format!("has {len}, expected {} to {}", range.start(), range.end()),
            );
        }
    }
}

fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or("");
        host.contains('.')
            && !rest
                .chars()
                .any(|c| c.is_whitespace() || "\"<>".contains(c))
    })
}

/// Slugs are the last URL segment: lowercase ASCII letters and digits in hyphen-joined words.
pub fn is_url_safe_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Checks a parsed day against every rule. `file_key` is the file's `MM-DD`; `latest_year` the
/// current year (nothing in history happened later).
pub fn validate(day: &Day, file_key: &str, latest_year: i32) -> Vec<Problem> {
    let mut c = Checker {
        latest_year,
        problems: Vec::new(),
    };
    match MonthDay::parse_key(&day.date) {
        None => c.fail(
            "date",
            format!("{:?} is not a day of the year (MM-DD)", day.date),
        ),
        Some(_) if day.date != file_key => c.fail(
            "date",
            format!("{:?} is the wrong day for the file {file_key}", day.date),
        ),
        Some(_) => {}
    }

    let mut slugs = HashSet::new();
    for (i, story) in day.stories.iter().enumerate() {
        let at = format!("stories[{i}]");
        if !is_url_safe_slug(&story.slug) {
            c.fail(
                format!("{at}.slug"),
                format!(
                    "{:?} is not URL-safe (lowercase letters, digits, single hyphens)",
                    story.slug
                ),
            );
        }
        if !slugs.insert(story.slug.as_str()) {
            c.fail(
                format!("{at}.slug"),
                format!("{:?} is used twice in this day", story.slug),
            );
        }
        c.year(format!("{at}.year"), story.year);
        c.text(format!("{at}.title"), &story.title);
        c.text(format!("{at}.summary"), &story.summary);
        c.sources(format!("{at}.sources"), &story.sources);
        c.count(&format!("{at}.sections"), story.sections.len(), 2..=4);
        for (j, section) in story.sections.iter().enumerate() {
            let at = format!("{at}.sections[{j}]");
            c.text(format!("{at}.heading"), &section.heading);
            c.count(&format!("{at}.passages"), section.passages.len(), 1..=3);
            for (k, passage) in section.passages.iter().enumerate() {
                let at = format!("{at}.passages[{k}]");
                c.text(format!("{at}.heading"), &passage.heading);
                c.count(&format!("{at}.paragraphs"), passage.paragraphs.len(), 1..=2);
                for (n, paragraph) in passage.paragraphs.iter().enumerate() {
                    c.text(format!("{at}.paragraphs[{n}]"), paragraph);
                }
            }
        }
        c.text(format!("{at}.fun_fact.heading"), &story.fun_fact.heading);
        c.text(format!("{at}.fun_fact.text"), &story.fun_fact.text);
        c.count(&format!("{at}.reading"), story.reading.len(), 2..=4);
        for (j, book) in story.reading.iter().enumerate() {
            let at = format!("{at}.reading[{j}]");
            c.text(format!("{at}.title"), &book.title);
            c.text(format!("{at}.author"), &book.author);
            c.year(format!("{at}.year"), book.year);
        }
        let words = story.word_count();
        if !STORY_WORDS.contains(&words) {
            c.fail(
                at,
                format!(
                    "has {words} words in its paragraphs and fun fact, expected {} to {}",
                    STORY_WORDS.start(),
                    STORY_WORDS.end()
                ),
            );
        }
    }

    for (i, e) in day.events.iter().enumerate() {
        c.year(format!("events[{i}].year"), e.year);
        c.text(format!("events[{i}].text"), &e.text);
        c.sources(format!("events[{i}].sources"), &e.sources);
    }
    for (list, people) in [("births", &day.births), ("deaths", &day.deaths)] {
        for (i, p) in people.iter().enumerate() {
            c.year(format!("{list}[{i}].year"), p.year);
            c.text(format!("{list}[{i}].name"), &p.name);
            c.text(format!("{list}[{i}].text"), &p.text);
            c.sources(format!("{list}[{i}].sources"), &p.sources);
        }
    }
    for (i, o) in day.observances.iter().enumerate() {
        c.text(format!("observances[{i}].name"), &o.name);
        c.text(format!("observances[{i}].text"), &o.text);
        c.sources(format!("observances[{i}].sources"), &o.sources);
    }

    for (field, have, want) in [
        ("stories", day.stories.len(), COMPLETE_DAY.stories),
        ("events", day.events.len(), COMPLETE_DAY.events),
        ("births", day.births.len(), COMPLETE_DAY.births),
        ("deaths", day.deaths.len(), COMPLETE_DAY.deaths),
    ] {
        if have < want {
            c.fail(
                field,
                format!("has {have}, a finished day has at least {want}"),
            );
        }
    }
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: usize) -> String {
        vec!["word"; n].join(" ")
    }

    fn event(year: i32) -> Event {
        Event {
            year,
            text: "Something happened.".into(),
            sources: vec!["https://en.wikipedia.org/wiki/Example".into()],
        }
    }

    fn person(year: i32) -> Person {
        Person {
            year,
            name: "Someone".into(),
            text: "Someone notable.".into(),
            sources: vec!["https://en.wikipedia.org/wiki/Someone".into()],
        }
    }

    fn story(slug: &str) -> Story {
        Story {
            slug: slug.into(),
            year: 1956,
            title: "A title".into(),
            summary: "A summary.".into(),
            sources: vec!["https://en.wikipedia.org/wiki/Example".into()],
            sections: (0..2)
                .map(|_| Section {
                    heading: "Overview".into(),
                    passages: vec![Passage {
                        heading: "Background".into(),
                        paragraphs: vec![words(200)],
                    }],
                })
                .collect(),
            fun_fact: FunFact {
                heading: "Fact".into(),
                text: words(20),
            },
            reading: vec![
                Book {
                    title: "A book".into(),
                    author: "An author".into(),
                    year: 2002,
                };
                2
            ],
        }
    }

    fn good_day() -> Day {
        Day {
            date: "11-04".into(),
            stories: vec![story("hungary-1956")],
            events: (0..12).map(|i| event(1900 + i)).collect(),
            births: (0..6).map(|i| person(1800 + i)).collect(),
            deaths: (0..4).map(|i| person(-44 - i)).collect(),
            observances: vec![Observance {
                name: "Unity Day".into(),
                text: "Russia.".into(),
                sources: vec!["https://en.wikipedia.org/wiki/Unity_Day_(Russia)".into()],
            }],
        }
    }

    fn fields(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.field.as_str()).collect()
    }

    #[test]
    fn a_complete_day_passes() {
        assert_eq!(validate(&good_day(), "11-04", 2026), vec![]);
    }

    #[test]
    fn wrong_or_malformed_date_is_named() {
        let day = good_day();
        assert_eq!(fields(&validate(&day, "11-05", 2026)), ["date"]);
        let day = Day {
            date: "02-30".into(),
            ..good_day()
        };
        assert_eq!(fields(&validate(&day, "02-30", 2026)), ["date"]);
    }

    #[test]
    fn empty_text_is_named() {
        let mut day = good_day();
        day.events[3].text = "  ".into();
        day.stories[0].sections[1].passages[0].heading = String::new();
        assert_eq!(
            fields(&validate(&day, "11-04", 2026)),
            [
                "stories[0].sections[1].passages[0].heading",
                "events[3].text"
            ]
        );
    }

    #[test]
    fn future_and_zero_years_are_named() {
        let mut day = good_day();
        day.births[2].year = 2031;
        day.deaths[0].year = 0;
        assert_eq!(
            fields(&validate(&day, "11-04", 2026)),
            ["births[2].year", "deaths[0].year"]
        );
    }

    #[test]
    fn sources_must_be_https() {
        let mut day = good_day();
        day.events[0].sources = vec![];
        day.events[1].sources = vec!["http://example.com/x".into()];
        day.observances[0].sources = vec!["https://".into()];
        day.stories[0].sources = vec!["javascript:alert(1)".into()];
        assert_eq!(
            fields(&validate(&day, "11-04", 2026)),
            [
                "stories[0].sources[0]",
                "events[0].sources",
                "events[1].sources[0]",
                "observances[0].sources[0]"
            ]
        );
    }

    #[test]
    fn slugs_must_be_url_safe_and_unique() {
        let mut day = good_day();
        day.stories.push(story("hungary-1956"));
        day.stories.push(story("Bad Slug"));
        day.stories.push(story("a--b"));
        assert_eq!(
            fields(&validate(&day, "11-04", 2026)),
            ["stories[1].slug", "stories[2].slug", "stories[3].slug"]
        );
        assert!(is_url_safe_slug("apollo-11"));
        for bad in ["", "-a", "a-", "ä", "a/b", "a_b", "A"] {
            assert!(!is_url_safe_slug(bad), "{bad}");
        }
    }

    #[test]
    fn story_shape_and_length_are_checked() {
        let mut day = good_day();
        day.stories[0].reading.truncate(1);
        day.stories[0].sections.truncate(1);
        let problems = validate(&day, "11-04", 2026);
        assert_eq!(
            fields(&problems),
            ["stories[0].sections", "stories[0].reading", "stories[0]"]
        );
        assert!(problems[2].problem.contains("220 words"), "{}", problems[2]);
    }

    #[test]
    fn an_unfinished_day_is_named() {
        let mut day = good_day();
        day.events.truncate(3);
        day.deaths.clear();
        assert_eq!(fields(&validate(&day, "11-04", 2026)), ["events", "deaths"]);
    }

    #[test]
    fn markup_in_text_is_refused() {
        let mut day = good_day();
        day.events[0].text = "<b>bold</b>".into();
        assert_eq!(fields(&validate(&day, "11-04", 2026)), ["events[0].text"]);
    }

    #[test]
    fn json_round_trip_and_unknown_fields() {
        let day = good_day();
        let json = serde_json::to_string(&day).unwrap();
        assert_eq!(serde_json::from_str::<Day>(&json).unwrap(), day);
        let err = serde_json::from_str::<Day>(r#"{"date":"11-04","evnts":[]}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field `evnts`"), "{err}");
    }
}
