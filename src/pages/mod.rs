//! One page per route.

mod day;
mod not_found;
mod search;
mod story;

pub use day::{DayPage, TodayPage};
pub use not_found::NotFound;
pub use search::SearchPage;
pub use story::StoryPage;

use crate::date::MonthDay;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The day named by the `:month/:day` segments of the current route, if it is a real day.
fn use_route_day() -> Memo<Option<MonthDay>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| MonthDay::parse_segments(&p.get("month")?, &p.get("day")?)))
}
