use crate::api::LoadError;
use leptos::prelude::*;

/// What a reader sees when a day cannot be shown: why, and a retry where one can help.
#[component]
pub fn LoadFailed(
    /// What went wrong.
    error: LoadError,
    /// Loads the day again.
    retry: Callback<()>,
) -> impl IntoView {
    let message = match &error {
        LoadError::Network { offline: true } => {
            "You are offline, and this day has not been saved on this device yet. \
             Connect to the internet and try again."
                .to_owned()
        }
        other => other.to_string(),
    };
    let can_retry = error.can_retry();
    view! {
        <div class="notice" role="alert">
            <p>{message}</p>
            <Show when=move || can_retry>
                <button type="button" on:click=move |_| retry.run(())>
                    "Try again"
                </button>
            </Show>
        </div>
    }
}
