//! The parts of pages that run in the browser, and how the page tells that they are live.
//!
//! Pages are rendered on the server only. The interactive parts are Leptos islands
//! (`#[island]`): the catalogue's live filters (`pages::catalogue::CatalogueBrowser`) and the
//! forms checked as they are typed (`components::live_form`). Each is a *lazy* island in the
//! browser build: its code is a separate WASM chunk (`cargo leptos build --split`) fetched only
//! by pages that have it, so a buyer's first download is the small main module plus the
//! chunk of the page they opened.
//!
//! `<html data-hydrated="true">` says that every island of the page is live (and that the
//! client started, on pages without islands). People and the browser tests read it.

#[cfg(feature = "hydrate")]
mod browser {
    use std::sync::atomic::{AtomicUsize, Ordering};

    static LIVE: AtomicUsize = AtomicUsize::new(0);

    fn islands_on_page() -> Option<(web_sys::Element, u32)> {
        let document = web_sys::window()?.document()?;
        let root = document.document_element()?;
        let islands = document.query_selector_all("leptos-island").ok()?.length();
        Some((root, islands))
    }

    pub fn client_started() {
        if let Some((root, 0)) = islands_on_page() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    }

    pub fn island_hydrated() {
        let live = LIVE.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some((root, islands)) = islands_on_page()
            && live >= islands as usize
        {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    }
}

/// Called once the client module has started: a page without islands is done.
#[cfg(feature = "hydrate")]
pub fn client_started() {
    browser::client_started();
}

/// Called by each island once it is hydrated (from an effect, so only in the browser): the
/// last one marks the page live.
pub fn mark_live() {
    #[cfg(feature = "hydrate")]
    leptos::prelude::Effect::new(|_| browser::island_hydrated());
}
