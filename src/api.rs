//! Loading a day from the site: `/data/MM-DD.json`. No views here.

use crate::date::MonthDay;
use crate::model::Day;
use gloo_net::http::Request;

/// Why a day could not be shown. Each has a message a reader understands.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// The site has no file for this day (yet).
    #[error("Nothing has been written for this day yet.")]
    NotWritten,
    /// The request never got an answer: offline, or the server is down.
    #[error("The day could not be loaded: the network did not answer.")]
    Network { offline: bool },
    /// The server answered with an error.
    #[error("The day could not be loaded: the server answered {0}.")]
    Status(u16),
    /// The answer was not a valid day file.
    #[error("The day's data was damaged in transit or on the server.")]
    Corrupt,
}

impl LoadError {
    /// Whether trying again can help (it cannot for a day nobody has written).
    pub fn can_retry(&self) -> bool {
        !matches!(self, LoadError::NotWritten)
    }
}

/// Parses a served day file and checks it is the day that was asked for.
pub fn parse_day_json(day: MonthDay, body: &str) -> Result<Day, LoadError> {
    let parsed: Day = serde_json::from_str(body).map_err(|_| LoadError::Corrupt)?;
    if parsed.date == day.key() {
        Ok(parsed)
    } else {
        Err(LoadError::Corrupt)
    }
}

fn browser_is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Fetches a text file of the site; the service worker answers from its cache when it can.
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let offline = || LoadError::Network {
        offline: browser_is_offline(),
    };
    let response = Request::get(url).send().await.map_err(|_| offline())?;
    match response.status() {
        200 => response.text().await.map_err(|_| offline()),
        status => Err(LoadError::Status(status)),
    }
}

/// Fetches one day; a day with no file has simply not been written yet.
pub async fn fetch_day(day: MonthDay) -> Result<Day, LoadError> {
    match fetch_text(&day.data_url()).await {
        Ok(body) => parse_day_json(day, &body),
        Err(LoadError::Status(404)) => Err(LoadError::NotWritten),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_or_mismatched_bodies_are_errors_not_panics() {
        let day = MonthDay::new(11, 4).unwrap();
        for body in ["", "{", "<html></html>", "null", "[]", r#"{"date": 5}"#] {
            assert_eq!(parse_day_json(day, body), Err(LoadError::Corrupt), "{body}");
        }
        assert_eq!(
            parse_day_json(day, r#"{"date":"11-05"}"#),
            Err(LoadError::Corrupt)
        );
        let ok = parse_day_json(day, r#"{"date":"11-04"}"#).unwrap();
        assert!(ok.events.is_empty());
    }
}
