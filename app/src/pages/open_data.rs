//! `/data`: the open data API for agencies and partners, described for people, with the link
//! to its OpenAPI document (the API itself is `server/src/open_data.rs`).

use crate::i18n::{OpenDataStrings, use_i18n};
use leptos::prelude::*;
use leptos_meta::Title;

/// Picks an address's description from the strings.
type Describe = fn(&'static OpenDataStrings) -> &'static str;

/// The open data page.
#[component]
pub fn OpenDataPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.open_data();
    let rows: [(&'static str, Describe); 5] = [
        ("/api/v1/products", |t| t.products),
        ("/api/v1/pesantren", |t| t.pesantren),
        ("/api/v1/stats", |t| t.stats),
        ("/api/v1/regions/{code}/stats", |t| t.region_stats),
        ("/api/v1/openapi.json", |t| t.openapi),
    ];
    view! {
        <Title text=move || t().title />
        <section class="open-data">
            <h1>{move || t().title}</h1>
            <p>{move || t().intro}</p>
            <p>{move || t().rules}</p>
            <h2>{move || t().endpoints}</h2>
            <div class="table-scroll">
                <table class="progress-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().address}</th>
                            <th scope="col">{move || t().gives}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(path, gives)| {
                                let address = if path.contains('{') {
                                    view! { <code>{path}</code> }.into_any()
                                } else {
                                    view! { <a href=path><code>{path}</code></a> }.into_any()
                                };
                                view! {
                                    <tr>
                                        <td>{address}</td>
                                        <td>{move || gives(t())}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <h2>{move || t().examples}</h2>
            <ul>
                <li>
                    {move || t().example_products} ": "
                    <a href="/api/v1/products?kategori=makanan-minuman&wilayah=3517&urut=termurah">
                        <code>"/api/v1/products?kategori=makanan-minuman&wilayah=3517&urut=termurah"</code>
                    </a>
                </li>
                <li>
                    {move || t().example_region} ": "
                    <a href="/api/v1/regions/3517/stats">
                        <code>"/api/v1/regions/3517/stats"</code>
                    </a>
                </li>
            </ul>
        </section>
    }
}
