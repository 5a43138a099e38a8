//! Searching the whole year: the index the build writes, and matching words against it.
//!
//! Pure logic, no views. Matching ignores case and accents ("Malete" finds "Maléter").

use crate::model::Day;
use serde::{Deserialize, Serialize};

/// Where the build puts the index; fetched only when someone searches.
pub const INDEX_URL: &str = "/search-index.json";

/// Results shown at most; the count of all matches is still given.
pub const MAX_RESULTS: usize = 100;

/// What kind of entry a result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    #[serde(rename = "s")]
    Story,
    #[serde(rename = "e")]
    Event,
    #[serde(rename = "b")]
    Birth,
    #[serde(rename = "d")]
    Death,
    #[serde(rename = "o")]
    Observance,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Story => "Featured story",
            Kind::Event => "Event",
            Kind::Birth => "Born",
            Kind::Death => "Died",
            Kind::Observance => "Observance",
        }
    }
}

/// One searchable entry of one day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// `MM-DD`.
    #[serde(rename = "d")]
    pub date: String,
    #[serde(rename = "y", default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(rename = "k")]
    pub kind: Kind,
    /// What is shown (and searched).
    #[serde(rename = "t")]
    pub text: String,
    /// For stories: the slug, so the result links to the story itself.
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// Every entry of the given days, in calendar order: what the build writes to [`INDEX_URL`].
pub fn build_index<'a>(days: impl IntoIterator<Item = &'a Day>) -> Vec<Entry> {
    let mut out = Vec::new();
    for day in days {
        let entry = |kind, year, text: String, slug| Entry {
            date: day.date.clone(),
            year,
            kind,
            text,
            slug,
        };
        for s in &day.stories {
            let text = format!("{}. {}", s.title, s.summary);
            out.push(entry(Kind::Story, Some(s.year), text, Some(s.slug.clone())));
        }
        for e in &day.events {
            out.push(entry(Kind::Event, Some(e.year), e.text.clone(), None));
        }
        for (kind, people) in [(Kind::Birth, &day.births), (Kind::Death, &day.deaths)] {
            for p in people {
                let text = format!("{}, {}", p.name, p.text);
                out.push(entry(kind, Some(p.year), text, None));
            }
        }
        for o in &day.observances {
            let text = format!("{}: {}", o.name, o.text);
            out.push(entry(Kind::Observance, None, text, None));
        }
    }
    out
}

/// Lowercase without accents, for matching: "Ériú Łódź Straße" → "eriu lodz strasse".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' | 'Ǎ' | 'ǎ' | 'Ạ' | 'ạ' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć'..='č' => "c",
        'Ď'..='đ' | 'Ð' | 'ð' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' | 'Ẹ' | 'ẹ' | 'Ế' | 'ế' | 'Ề' | 'ề' => {
            "e"
        }
        'Ĝ'..='ģ' => "g",
        'Ĥ'..='ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' | 'Ǐ' | 'ǐ' => "i",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ'..='ł' => "l",
        'Ñ' | 'ñ' | 'Ń'..='ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' | 'Ǒ' | 'ǒ' | 'Ơ' | 'ơ' | 'Ọ' | 'ọ' => {
            "o"
        }
        'Œ' | 'œ' => "oe",
        'Ŕ'..='ř' => "r",
        'Ś'..='š' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ţ'..='ŧ' | 'Ț' | 'ț' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' | 'Ǔ' | 'ǔ' | 'Ư' | 'ư' | 'Ụ' | 'ụ' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ'..='Ÿ' => "y",
        'Ź'..='ž' => "z",
        // Apostrophe-like marks (ʻokina, curly quotes) match a plain apostrophe.
        'ʻ' | 'ʼ' | '‘' | '’' => "'",
        '–' | '—' => "-",
        _ => return None,
    })
}

/// The words of a query, folded; at most 12, each at most 64 characters (a pasted essay must
/// not cost more than a sentence).
pub fn query_words(query: &str) -> Vec<String> {
    fold(query)
        .split(|c: char| c.is_whitespace() || ",.;:!?\"()[]".contains(c))
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| w.chars().take(64).collect())
        .collect()
}

/// Indices of the entries whose folded text contains every word of the query, in index order
/// (calendar order). An empty query matches nothing.
pub fn matches(folded: &[String], query: &str) -> Vec<usize> {
    let words = query_words(query);
    if words.is_empty() {
        return Vec::new();
    }
    folded
        .iter()
        .enumerate()
        .filter(|(_, text)| words.iter().all(|w| text.contains(w.as_str())))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, Observance, Person};

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Ériú Łódź Straße"), "eriu lodz strasse");
        assert_eq!(fold("Pál Maléter, János Kádár"), "pal maleter, janos kadar");
        assert_eq!(fold("Ægir Œuvre Þór"), "aegir oeuvre thor");
        assert_eq!(fold("Hawaiʻi"), "hawai'i");
        assert_eq!(fold("MOON"), "moon");
        assert_eq!(fold("日本"), "日本");
    }

    fn day() -> Day {
        Day {
            date: "11-04".into(),
            stories: vec![],
            events: vec![Event {
                year: 1956,
                text: "Soviet troops enter Budapest; Pál Maléter is arrested.".into(),
                sources: vec![],
            }],
            births: vec![Person {
                year: 1879,
                name: "Will Rogers".into(),
                text: "American humorist.".into(),
                sources: vec![],
            }],
            deaths: vec![],
            observances: vec![Observance {
                name: "Unity Day".into(),
                text: "Russia.".into(),
                sources: vec![],
            }],
        }
    }

    #[test]
    fn every_word_must_match_in_any_case_or_accent() {
        let index = build_index([&day()]);
        let folded: Vec<String> = index.iter().map(|e| fold(&e.text)).collect();
        assert_eq!(matches(&folded, "maleter"), vec![0]);
        assert_eq!(matches(&folded, "BUDAPEST soviet"), vec![0]);
        assert_eq!(matches(&folded, "budapest rogers"), Vec::<usize>::new());
        assert_eq!(matches(&folded, "rogers"), vec![1]);
        assert_eq!(index[1].text, "Will Rogers, American humorist.");
        assert_eq!(index[2].kind, Kind::Observance);
        assert_eq!(index[2].year, None);
        assert_eq!(matches(&folded, "   "), Vec::<usize>::new());
    }

    #[test]
    fn hostile_queries_are_bounded() {
        let long = "x".repeat(10_000);
        let words = query_words(&long);
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].len(), 64);
        assert_eq!(query_words(&"a ".repeat(1000)).len(), 12);
        assert_eq!(
            query_words("<script>alert(1)</script>"),
            ["<script>alert", "1", "</script>"]
        );
    }

    #[test]
    fn the_index_is_compact_json() {
        let json = serde_json::to_string(&build_index([&day()])[2]).unwrap();
        assert_eq!(json, r#"{"d":"11-04","k":"o","t":"Unity Day: Russia."}"#);
    }
}
