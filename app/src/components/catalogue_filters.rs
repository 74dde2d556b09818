//! The catalogue's filter form: a plain GET form, so it works without JavaScript. In the
//! browser the catalogue island (`pages::catalogue::CatalogueBrowser`) takes its submit and
//! its changes and fetches the results in place.

use crate::i18n::use_i18n;
use domain::{CatalogueQuery, CatalogueSort, FacetOption, Facets, Locale};
use leptos::prelude::*;

/// The filters, with facet counts next to each option.
#[component]
pub fn CatalogueFilters(
    query: CatalogueQuery,
    facets: Facets,
    pesantren_name: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let price = |p: Option<domain::Rupiah>| p.map(|p| p.0.to_string()).unwrap_or_default();
    let sort = query.effective_sort();
    let has_text = query.text.is_some();
    let Facets {
        categories,
        regions,
        pillars,
    } = facets;
    view! {
        <section class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading" class="visually-hidden">{move || i18n.t().filter_heading}</h2>
            <form method="GET" action="/produk" class="filter-form">
                <label class="field field-wide">
                    <span>{move || i18n.t().search_label}</span>
                    <input
                        type="search"
                        name="q"
                        value=query.text.clone().unwrap_or_default()
                        placeholder=move || i18n.t().search_placeholder
                        maxlength="100"
                        enterkeyhint="search"
                    />
                </label>
                <FacetSelect name="kategori" label=move || i18n.t().category_label options=categories selected=query.category.clone() />
                <FacetSelect name="wilayah" label=move || i18n.t().region_label options=regions selected=query.region.clone() />
                <FacetSelect name="pilar" label=move || i18n.t().pillar_label options=pillars selected=query.pillar.map(|p| p.code().to_owned()) />
                {query.pesantren.clone().map(|slug| view! {
                    <label class="field field-wide">
                        <span>{move || i18n.t().pesantren_label}</span>
                        <select name="pesantren">
                            <option value="">{move || i18n.t().any_option}</option>
                            <option value=slug selected>{pesantren_name.clone().unwrap_or_default()}</option>
                        </select>
                    </label>
                })}
                <label class="field">
                    <span>{move || i18n.t().min_price_label}</span>
                    <input type="text" name="min" inputmode="numeric" placeholder="Rp" value=price(query.min_price) />
                </label>
                <label class="field">
                    <span>{move || i18n.t().max_price_label}</span>
                    <input type="text" name="maks" inputmode="numeric" placeholder="Rp" value=price(query.max_price) />
                </label>
                <label class="check">
                    <input type="checkbox" name="halal" value="1" checked=query.halal_only />
                    <span>{move || i18n.t().halal_only_label}</span>
                </label>
                <label class="check">
                    <input type="checkbox" name="stok" value="1" checked=query.in_stock_only />
                    <span>{move || i18n.t().in_stock_label}</span>
                </label>
                <label class="field">
                    <span>{move || i18n.t().sort_label}</span>
                    <select name="urut">
                        {CatalogueSort::ALL
                            .into_iter()
                            .enumerate()
                            .filter(|(_, s)| has_text || *s != CatalogueSort::Relevance)
                            .map(|(i, s)| view! {
                                <option value=s.code() selected=s == sort>{move || i18n.t().sort_names[i]}</option>
                            })
                            .collect_view()}
                    </select>
                </label>
                <div class="filter-actions">
                    <button type="submit">{move || i18n.t().apply_filters}</button>
                    <a href="/produk">{move || i18n.t().reset_filters}</a>
                </div>
            </form>
        </section>
    }
}

/// A select whose options carry their facet counts: `Makanan & Minuman (123)`.
#[component]
fn FacetSelect(
    name: &'static str,
    label: impl Fn() -> &'static str + Send + Sync + Copy + 'static,
    options: Vec<FacetOption>,
    selected: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="field">
            <span>{label}</span>
            <select name=name>
                <option value="">{move || i18n.t().any_option}</option>
                {options
                    .into_iter()
                    .map(|o| {
                        let is_selected = selected.as_deref() == Some(o.value.as_str());
                        let FacetOption { value, label_id, label_en, count } = o;
                        view! {
                            <option value=value selected=is_selected>
                                {move || {
                                    let label = if i18n.locale() == Locale::En { &label_en } else { &label_id };
                                    format!("{label} ({count})")
                                }}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
