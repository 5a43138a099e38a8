//! Calendar days without a year: the unit the whole site is organised by.
//!
//! Pure logic, no browser: everything here is unit-tested natively.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone};
use std::fmt;

const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTH_FULL_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day of the year, Feb 29 included: month 1–12, day 1–(28, 29, 30 or 31).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    month: u8,
    day: u8,
}

/// Days in `month` of a leap year (Feb has 29: every day that ever happens has a page).
pub fn days_in_month(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}

/// The English short name of a month ("Nov"), or "" outside 1–12.
pub fn month_name(month: u32) -> &'static str {
    MONTH_NAMES
        .get((month as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// The English full name of a month ("November"), or "" outside 1–12.
pub fn month_full_name(month: u32) -> &'static str {
    MONTH_FULL_NAMES
        .get((month as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

impl MonthDay {
    /// The day, if it exists in some year (Feb 29 does; Feb 30 and month 13 do not).
    pub fn new(month: u32, day: u32) -> Option<Self> {
        (day >= 1 && day <= days_in_month(month)).then_some(Self {
            month: month as u8,
            day: day as u8,
        })
    }

    /// The month and day of a calendar date.
    pub fn from_date(date: NaiveDate) -> Self {
        Self {
            month: date.month() as u8,
            day: date.day() as u8,
        }
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The following day: Feb 28 → Feb 29 → Mar 1, Dec 31 → Jan 1.
    pub fn next(self) -> Self {
        if self.day() < days_in_month(self.month()) {
            Self {
                day: self.day + 1,
                ..self
            }
        } else {
            Self {
                month: self.month % 12 + 1,
                day: 1,
            }
        }
    }

    /// The day before: Mar 1 → Feb 29, Jan 1 → Dec 31.
    pub fn prev(self) -> Self {
        if self.day > 1 {
            Self {
                day: self.day - 1,
                ..self
            }
        } else {
            let month = if self.month == 1 { 12 } else { self.month - 1 };
            Self {
                month,
                day: days_in_month(u32::from(month)) as u8,
            }
        }
    }

    /// Parses the two segments of a `/MM/DD` path. One or two ASCII digits each; nothing else.
    pub fn parse_segments(month: &str, day: &str) -> Option<Self> {
        Self::new(parse_small(month)?, parse_small(day)?)
    }

    /// Parses a data key, `MM-DD` (exactly two digits each).
    pub fn parse_key(key: &str) -> Option<Self> {
        let (m, d) = key.split_once('-')?;
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        Self::parse_segments(m, d)
    }

    /// The page's path: `/11/04`.
    pub fn path(self) -> String {
        format!("/{:02}/{:02}", self.month, self.day)
    }

    /// The data key and file stem: `11-04`.
    pub fn key(self) -> String {
        format!("{:02}-{:02}", self.month, self.day)
    }

    /// Where the site serves this day's JSON: `/data/11-04.json`.
    pub fn data_url(self) -> String {
        format!("/data/{}.json", self.key())
    }

    /// A long label for titles and screen readers: "November 4".
    pub fn long_label(self) -> String {
        format!("{} {}", month_full_name(self.month()), self.day)
    }

    /// Every day of the year in order, Jan 1 to Dec 31, 366 of them.
    pub fn all() -> impl Iterator<Item = Self> {
        (1..=12).flat_map(|m| (1..=days_in_month(m)).filter_map(move |d| Self::new(m, d)))
    }
}

/// The short label shown on the page: "Nov 4".
impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", month_name(self.month()), self.day)
    }
}

fn parse_small(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A year as readers write it: 1956 → "1956", -44 → "44 BC".
pub fn format_year(year: i32) -> String {
    if year < 0 {
        format!("{} BC", year.unsigned_abs())
    } else {
        year.to_string()
    }
}

/// The day it is now on the given clock (the visitor's local clock in the browser).
pub fn today_in<Tz: TimeZone>(now: &DateTime<Tz>) -> MonthDay {
    MonthDay::from_date(now.date_naive())
}

/// Milliseconds from `now` until the next local midnight: when "today" changes.
///
/// Computed on the local wall clock, so a day of 23 or 25 hours (a daylight-saving change) still ends
/// at its own midnight. Never less than 1.
pub fn ms_until_next_midnight<Tz: TimeZone>(now: &DateTime<Tz>) -> i64 {
    let tomorrow = now.date_naive() + Duration::days(1);
    let Some(midnight) = tomorrow.and_hms_opt(0, 0, 0) else {
        return 60_000;
    };
    // A midnight that does not exist locally (a DST jump at 00:00) resolves to the earliest valid
    // instant after it.
    let next = now
        .timezone()
        .from_local_datetime(&midnight)
        .earliest()
        .or_else(|| {
            now.timezone()
                .from_local_datetime(&(midnight + Duration::hours(1)))
                .earliest()
        });
    match next {
        Some(next) => (next.timestamp_millis() - now.timestamp_millis()).max(1),
        None => 60_000,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, Utc};

    fn md(m: u32, d: u32) -> MonthDay {
        MonthDay::new(m, d).expect("valid day")
    }

    #[test]
    fn there_are_366_days_and_each_is_next_of_the_one_before() {
        let all: Vec<_> = MonthDay::all().collect();
        assert_eq!(all.len(), 366);
        for pair in all.windows(2) {
            assert_eq!(pair[0].next(), pair[1]);
            assert_eq!(pair[1].prev(), pair[0]);
        }
        assert_eq!(all[365].next(), all[0], "Dec 31 wraps to Jan 1");
        assert_eq!(all[0].prev(), all[365], "Jan 1 wraps back to Dec 31");
    }

    #[test]
    fn leap_day_sits_between_feb_28_and_mar_1() {
        assert_eq!(md(2, 28).next(), md(2, 29));
        assert_eq!(md(2, 29).next(), md(3, 1));
        assert_eq!(md(3, 1).prev(), md(2, 29));
        assert_eq!(md(2, 29).prev(), md(2, 28));
    }

    #[test]
    fn month_ends_roll_over() {
        assert_eq!(md(4, 30).next(), md(5, 1));
        assert_eq!(md(5, 1).prev(), md(4, 30));
        assert_eq!(md(12, 31).next(), md(1, 1));
        assert_eq!(md(1, 1).prev(), md(12, 31));
    }

    #[test]
    fn impossible_days_are_rejected() {
        assert_eq!(MonthDay::new(2, 30), None);
        assert_eq!(MonthDay::new(4, 31), None);
        assert_eq!(MonthDay::new(13, 1), None);
        assert_eq!(MonthDay::new(0, 1), None);
        assert_eq!(MonthDay::new(1, 0), None);
        assert_eq!(MonthDay::new(1, 32), None);
    }

    #[test]
    fn path_segments_parse_strictly() {
        assert_eq!(MonthDay::parse_segments("11", "04"), Some(md(11, 4)));
        assert_eq!(MonthDay::parse_segments("02", "29"), Some(md(2, 29)));
        assert_eq!(MonthDay::parse_segments("1", "1"), Some(md(1, 1)));
        for (m, d) in [
            ("02", "30"),
            ("13", "01"),
            ("abc", "01"),
            ("", "01"),
            ("11", ""),
            ("+1", "01"),
            ("-1", "01"),
            ("011", "04"),
            ("11", "4a"),
            ("１１", "04"),
        ] {
            assert_eq!(MonthDay::parse_segments(m, d), None, "{m}/{d}");
        }
    }

    #[test]
    fn keys_paths_and_labels() {
        let day = md(11, 4);
        assert_eq!(day.path(), "/11/04");
        assert_eq!(day.key(), "11-04");
        assert_eq!(day.data_url(), "/data/11-04.json");
        assert_eq!(day.to_string(), "Nov 4");
        assert_eq!(day.long_label(), "November 4");
        assert_eq!(MonthDay::parse_key("11-04"), Some(day));
        assert_eq!(MonthDay::parse_key("11-4"), None);
        assert_eq!(MonthDay::parse_key("1104"), None);
        for d in MonthDay::all() {
            assert_eq!(MonthDay::parse_key(&d.key()), Some(d));
        }
    }

    #[test]
    fn years_read_naturally() {
        assert_eq!(format_year(1956), "1956");
        assert_eq!(format_year(-44), "44 BC");
        assert_eq!(format_year(79), "79");
    }

    #[test]
    fn today_is_the_local_date_not_utc() {
        // 2026-11-04 10:30 UTC is already Nov 5 in Kiritimati (UTC+14) and still Nov 4 in Los Angeles.
        let instant = Utc.with_ymd_and_hms(2026, 11, 4, 10, 30, 0).unwrap();
        let kiritimati = FixedOffset::east_opt(14 * 3600).unwrap();
        let los_angeles = FixedOffset::west_opt(8 * 3600).unwrap();
        assert_eq!(today_in(&instant.with_timezone(&kiritimati)), md(11, 5));
        assert_eq!(today_in(&instant.with_timezone(&los_angeles)), md(11, 4));
        assert_eq!(today_in(&instant), md(11, 4));
    }

    #[test]
    fn leap_years_give_feb_29_and_others_do_not() {
        let leap = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        assert_eq!(MonthDay::from_date(leap), md(2, 29));
        assert!(NaiveDate::from_ymd_opt(2027, 2, 29).is_none());
        let after = NaiveDate::from_ymd_opt(2027, 2, 28)
            .unwrap()
            .succ_opt()
            .unwrap();
        assert_eq!(MonthDay::from_date(after), md(3, 1));
    }

    #[test]
    fn midnight_is_counted_on_the_local_clock() {
        let tz = FixedOffset::east_opt(14 * 3600).unwrap();
        let now = tz.with_ymd_and_hms(2026, 12, 31, 23, 59, 30).unwrap();
        assert_eq!(ms_until_next_midnight(&now), 30_000);
        let next = now + Duration::milliseconds(ms_until_next_midnight(&now));
        assert_eq!(today_in(&next), md(1, 1));
        let just_after = tz.with_ymd_and_hms(2026, 11, 4, 0, 0, 0).unwrap();
        assert_eq!(ms_until_next_midnight(&just_after), 86_400_000);
    }
}
