use today_in_history::App;

fn main() {
    console_error_panic_hook::set_once();
    // index.html shows a "Loading" line until the app can take over.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}
