//! The browser client: brings the page's islands to life.
//!
//! The server renders every page in full; only the interactive parts (`#[island]` components
//! in `app`, such as the catalogue's live filters and the forms checked as they are typed)
//! run in the browser. Leptos's island script loads this module, calls [`hydrate`], then
//! hydrates each `<leptos-island>` of the page, fetching the code of a lazy island first.

/// Entry point called by the island script once the WASM module has loaded.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    app::islands::client_started();
}
