//! "Today" on the visitor's own clock, kept current across local midnight.

use crate::date::{self, MonthDay};
use chrono::Local;
use leptos::prelude::*;
use std::time::Duration;

/// The visitor's local date now.
pub fn local_today() -> MonthDay {
    date::today_in(&Local::now())
}

/// A signal holding today's date that moves on by itself at local midnight, for as long as the
/// page that asked for it is open.
pub fn use_today() -> Signal<MonthDay> {
    let today = RwSignal::new(local_today());
    schedule_midnight(today);
    today.into()
}

fn schedule_midnight(today: RwSignal<MonthDay>) {
    // A little past midnight, so the clock has surely turned when we look.
    let wait = date::ms_until_next_midnight(&Local::now()) + 250;
    set_timeout(
        move || {
            // None once the page that owned the signal has gone: then stop.
            let Some(shown) = today.try_get_untracked() else {
                return;
            };
            let now = local_today();
            if shown != now {
                today.set(now);
            }
            schedule_midnight(today);
        },
        Duration::from_millis(wait.unsigned_abs()),
    );
}
