use leptos::prelude::*;

/// Keeps the document title in step with `title` (the site's name is appended).
pub fn set_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let title = title();
        let full = if title.is_empty() {
            crate::SITE_NAME.to_owned()
        } else {
            format!("{title} · {}", crate::SITE_NAME)
        };
        document().set_title(&full);
    });
}
