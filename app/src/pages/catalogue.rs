//! The catalogue `/produk`: filters, facet counts, sort and pages, all in the URL. Without
//! JavaScript the filters are a plain GET form and the pages plain links. In the browser the
//! catalogue is wrapped in an island ([`CatalogueBrowser`]): the same form and links fetch the
//! new page's HTML and swap in its filters and results, keeping the URL in step (back and
//! forward included).

use crate::components::page_state::{LoadFailed, Loading};
use crate::components::{
    catalogue_filters::CatalogueFilters, notices::Notices, pagination::Pagination,
    product_card::ProductCard,
};
use crate::error::AppError;
use crate::i18n::use_i18n;
use domain::CataloguePage;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;

/// One page of results for a URL query string (the server parses and corrects it).
#[server(endpoint = "catalogue")]
pub async fn get_catalogue(query: String) -> Result<CataloguePage, AppError> {
    let db = crate::context::database()?;
    let catalogue = crate::context::catalogue()?;
    let page = catalogue
        .search(&db, &query)
        .await
        .map_err(|e| AppError::internal("searching the catalogue", e))?;
    Ok(CataloguePage::clone(&page))
}

/// The catalogue page.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let results = Resource::new(
        move || location.search.get(),
        |search| get_catalogue(search.trim_start_matches('?').to_owned()),
    );
    view! {
        <Title text=move || i18n.t().catalogue_title />
        <Meta name="description" content=move || i18n.t().catalogue_description />
        <h1>{move || i18n.t().catalogue_title}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(page) => view! { <CatalogueBrowser>{results_view(page)}</CatalogueBrowser> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The filters and results, wrapped in an island. The server renders them (the island's
/// children); in the browser the island only listens: the filter form (on submit, and at once
/// when a select or checkbox changes) and the catalogue's own links fetch the catalogue page of
/// the new URL (from the server's page cache) and swap in its filters and results, without
/// loading the document again; the URL follows (`history.pushState`; back and forward fetch
/// the page of their URL). So no result is rendered twice and the browser carries no copy of
/// the page's views or data: the island's code is the event handling only.
#[cfg_attr(feature = "hydrate", island(lazy))]
#[cfg_attr(not(feature = "hydrate"), island)]
pub fn CatalogueBrowser(children: Children) -> impl IntoView {
    let busy = RwSignal::new(false);
    let show = live::Show::new(busy);
    live::follow_history(show);
    crate::islands::mark_live();
    view! {
        <div
            class="catalogue"
            aria-busy=move || busy.get().then_some("true")
            on:submit=move |ev| live::on_submit(show, ev)
            on:change=move |ev| live::on_change(show, ev)
            on:click=move |ev| live::on_click(show, ev)
        >
            {children()}
        </div>
    }
}

/// What the island does in the browser; on the server these are never called.
mod live {
    use leptos::prelude::*;

    /// Whether a request is running, and which one is the latest (an older answer arriving
    /// late is dropped).
    #[derive(Clone, Copy)]
    pub struct Show {
        busy: RwSignal<bool>,
        latest: StoredValue<u64>,
    }

    impl Show {
        pub fn new(busy: RwSignal<bool>) -> Show {
            Show {
                busy,
                latest: StoredValue::new(0),
            }
        }

        /// Fetches the catalogue page of a query string and swaps in its filters and results;
        /// `push` adds the URL to the history (a new filter or page), without it the URL is
        /// already there (back, forward). If anything fails, the browser loads the page itself.
        pub fn fetch(self, query: String, push: bool) {
            let request = self.latest.get_value() + 1;
            self.latest.set_value(request);
            self.busy.set(true);
            let url = match query.as_str() {
                "" => "/produk".to_owned(),
                q => format!("/produk?{q}"),
            };
            // What the text fields hold now: anything typed while the request runs is kept.
            let sent = browser::text_fields();
            leptos::task::spawn_local(async move {
                let html = browser::get_html(&url).await;
                if self.latest.get_value() != request {
                    return;
                }
                match html {
                    Some(html) if browser::swap(&html, &sent) => {
                        if push {
                            browser::push(&url);
                        }
                    }
                    _ => browser::open(&url),
                }
                self.busy.set(false);
            });
        }
    }

    /// The filter form's submit: fetched in place. Other forms (add to cart) post as usual.
    pub fn on_submit(show: Show, ev: leptos::ev::SubmitEvent) {
        if let Some(query) = browser::filter_query(&ev, false) {
            ev.prevent_default();
            show.fetch(query, true);
        }
    }

    /// A select or checkbox of the filter form applies at once; text waits for Enter or the
    /// button.
    pub fn on_change(show: Show, ev: leptos::ev::Event) {
        if let Some(query) = browser::filter_query(&ev, true) {
            show.fetch(query, true);
        }
    }

    /// A link to another page of the catalogue (pages, reset) is fetched in place.
    pub fn on_click(show: Show, ev: leptos::ev::MouseEvent) {
        if let Some(query) = browser::catalogue_link(&ev) {
            ev.prevent_default();
            show.fetch(query, true);
            browser::to_top();
        }
    }

    /// Back and forward between catalogue URLs show their results.
    pub fn follow_history(show: Show) {
        browser::on_history(move |query| show.fetch(query, false));
    }

    #[cfg(feature = "hydrate")]
    mod browser {
        use wasm_bindgen::JsCast;
        use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlInputElement};

        fn filter_form(ev: &web_sys::Event) -> Option<HtmlFormElement> {
            let target = ev.target()?.dyn_into::<Element>().ok()?;
            let form = target.closest("form.filter-form").ok()??;
            form.dyn_into::<HtmlFormElement>().ok()
        }

        /// The filter form's query string (empty fields left out), if the event came from
        /// it; with `changes_only`, not for typing into a text field.
        pub fn filter_query(ev: &web_sys::Event, changes_only: bool) -> Option<String> {
            let form = filter_form(ev)?;
            if changes_only
                && let Some(input) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                && matches!(input.type_().as_str(), "search" | "text")
            {
                return None;
            }
            // Every field of the form, as the browser would send it, minus the empty ones.
            let data = web_sys::FormData::new_with_form(&form).ok()?;
            let sent = String::from(
                web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data)
                    .ok()?
                    .to_string(),
            );
            let mut query = form_urlencoded::Serializer::new(String::new());
            for (name, value) in form_urlencoded::parse(sent.as_bytes()) {
                if !value.trim().is_empty() {
                    query.append_pair(&name, &value);
                }
            }
            Some(query.finish())
        }

        /// The query of a plain click on a link to the catalogue itself.
        pub fn catalogue_link(ev: &web_sys::MouseEvent) -> Option<String> {
            if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()
            {
                return None;
            }
            let target = ev.target()?.dyn_into::<Element>().ok()?;
            let link = target.closest("a[href]").ok()??;
            let href = link.get_attribute("href")?;
            match href.split_once('?') {
                Some(("/produk", query)) => Some(query.to_owned()),
                None if href == "/produk" => Some(String::new()),
                _ => None,
            }
        }

        /// The HTML of a page, if the server answered it with 200.
        pub async fn get_html(url: &str) -> Option<String> {
            use wasm_bindgen_futures::JsFuture;
            let window = web_sys::window()?;
            let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?;
            let response = response.dyn_into::<web_sys::Response>().ok()?;
            if !response.ok() {
                return None;
            }
            JsFuture::from(response.text().ok()?)
                .await
                .ok()?
                .as_string()
        }

        /// The catalogue's text fields (search, prices): name and value.
        pub fn text_fields() -> Vec<(String, String)> {
            let mut fields = Vec::new();
            let document = web_sys::window().and_then(|w| w.document());
            let Some(list) = document.and_then(|d| {
                d.query_selector_all(".catalogue input[type=search], .catalogue input[type=text]")
                    .ok()
            }) else {
                return fields;
            };
            for i in 0..list.length() {
                if let Some(input) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
                {
                    fields.push((input.name(), input.value()));
                }
            }
            fields
        }

        /// Puts the filters and results of a fetched page in place of the current ones,
        /// keeping the focus on the control of the same name, and the text typed into a field
        /// since the request was sent (`sent`: the fields then), which the new page cannot know.
        pub fn swap(html: &str, sent: &[(String, String)]) -> bool {
            let fresh = web_sys::DomParser::new()
                .and_then(|p| p.parse_from_string(html, web_sys::SupportedType::TextHtml))
                .ok()
                .and_then(|doc| doc.query_selector(".catalogue").ok().flatten());
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return false;
            };
            let (Some(fresh), Some(here)) =
                (fresh, document.query_selector(".catalogue").ok().flatten())
            else {
                return false;
            };
            let focused = document
                .active_element()
                .and_then(|e| e.get_attribute("name"));
            let typed: Vec<(String, String)> = text_fields()
                .into_iter()
                .filter(|field| !sent.contains(field))
                .collect();
            here.set_inner_html(&fresh.inner_html());
            for (name, value) in typed {
                let input = here
                    .query_selector(&format!("input[name=\"{name}\"]"))
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
                if let Some(input) = input {
                    input.set_value(&value);
                }
            }
            let control = focused
                .and_then(|name| {
                    here.query_selector(&format!("[name=\"{name}\"]"))
                        .ok()
                        .flatten()
                })
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(control) = control {
                let _ = control.focus();
            }
            true
        }

        pub fn push(url: &str) {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
            }
        }

        pub fn open(url: &str) {
            if let Some(window) = web_sys::window() {
                let _ = window.location().set_href(url);
            }
        }

        pub fn to_top() {
            let results = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".catalogue").ok().flatten())
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(results) = results {
                results.scroll_into_view();
            }
        }

        pub fn on_history(fetch: impl Fn(String) + 'static) {
            let handle = leptos::prelude::window_event_listener(leptos::ev::popstate, move |_| {
                let search = web_sys::window()
                    .and_then(|w| w.location().search().ok())
                    .unwrap_or_default();
                fetch(search.trim_start_matches('?').to_owned());
            });
            // The island lives as long as the page.
            std::mem::forget(handle);
        }
    }

    #[cfg(not(feature = "hydrate"))]
    mod browser {
        pub fn filter_query(_: &leptos::ev::Event, _: bool) -> Option<String> {
            None
        }
        pub fn catalogue_link(_: &leptos::ev::MouseEvent) -> Option<String> {
            None
        }
        pub async fn get_html(_: &str) -> Option<String> {
            None
        }
        pub fn text_fields() -> Vec<(String, String)> {
            Vec::new()
        }
        pub fn swap(_: &str, _: &[(String, String)]) -> bool {
            false
        }
        pub fn push(_: &str) {}
        pub fn open(_: &str) {}
        pub fn to_top() {}
        pub fn on_history(_: impl Fn(String) + 'static) {}
    }
}

fn results_view(page: CataloguePage) -> AnyView {
    let i18n = use_i18n();
    let CataloguePage {
        query,
        notices,
        total,
        pages,
        products,
        facets,
        pesantren_name,
    } = page;
    let list = if products.is_empty() {
        Either::Left(view! { <p class="empty">{move || i18n.t().no_results}</p> })
    } else {
        Either::Right(view! {
            <div class="shelf results">
                {products.into_iter().map(|card| view! { <ProductCard card /> }).collect_view()}
            </div>
        })
    };
    view! {
        <CatalogueFilters query=query.clone() facets pesantren_name />
        <section class="catalogue-results" aria-live="polite">
            <Notices notices />
            <p class="results-count" data-testid="results-count">
                {move || (i18n.t().results_count)(total)}
            </p>
            {list}
            <Pagination query pages />
        </section>
    }
    .into_any()
}
