//! The browser client: hydrates the page the server rendered.

/// Entry point called by the generated JavaScript once the WASM module has loaded.
///
/// Hydration is asynchronous because some routes are lazy-loaded (see `app::lazy_pages`):
/// the chunk of the page's route is fetched first, then the page is hydrated.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // An error only means the executor was already set up.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(body), Some(root)) = (document.body(), document.document_element()) else {
        return;
    };
    leptos::task::spawn_local(async move {
        let owner = leptos::mount::hydrate_from_async(body, app::App).await;
        owner.forget();
        // Lets people and browser tests tell a hydrated page from a server-rendered one.
        let _ = root.set_attribute("data-hydrated", "true");
    });
}
