//! The one i18n layer: every user-facing string, in Bahasa Indonesia and English.
//!
//! Strings live in one struct with a constant per language, so a missing translation is a
//! compile error.

use domain::Locale;
use leptos::prelude::*;

/// Name of the cookie that remembers the chosen language.
pub const LOCALE_COOKIE: &str = "opop_lang";
/// Name of the URL parameter that chooses the language.
pub const LOCALE_PARAM: &str = "lang";

mod en;
mod id;
mod import;
mod news;
mod open_data;
mod programme;
mod shop;
mod states;
mod stats;
mod strings;

pub use en::EN;
pub use id::ID;
pub use import::{
    ImportStrings, import_cell_problem, import_column_help, import_file_problem, import_strings,
};
pub use news::{NewsStrings, news_problem, news_state, news_strings};
#[cfg(feature = "ssr")]
pub use open_data::open_data_error;
pub use open_data::{OpenDataStrings, open_data_strings};
pub use programme::{
    ProgrammeStrings, band_name, curation_level_name, metric_name, programme_strings,
    verification_name,
};
pub use shop::{
    ShopStrings, cart_problem, checkout_problem, line_problem, order_action, order_refusal,
    order_status, shop_strings,
};
pub use states::{
    account_error, halal_status, listing_problem, listing_state, photo_problem, role,
};
pub use stats::{StatsStrings, month_label, stats_strings};
pub use strings::Strings;

/// The sentence that explains a correction made to the catalogue's URL.
pub fn notice(locale: Locale, notice: domain::Notice) -> &'static str {
    use domain::Notice::*;
    let t = strings(locale);
    match notice {
        TextShortened => t.notice_text_shortened,
        UnknownCategory => t.notice_unknown_category,
        UnknownRegion => t.notice_unknown_region,
        UnknownPesantren => t.notice_unknown_pesantren,
        UnknownPillar => t.notice_unknown_pillar,
        UnreadablePrice => t.notice_unreadable_price,
        NegativePrice => t.notice_negative_price,
        PricesSwapped => t.notice_prices_swapped,
        UnknownSort => t.notice_unknown_sort,
        BadPage => t.notice_bad_page,
        PageTooHigh => t.notice_page_too_high,
        RelevanceWithoutText => t.notice_relevance_without_text,
        QueryTooLong => t.notice_query_too_long,
    }
}

/// The language of a request and whether the URL chose it: `?lang=` first, then the
/// `opop_lang` cookie, then the browser's `Accept-Language`, then Bahasa Indonesia. One
/// function, so the page and the server's page cache agree.
pub fn locale_for<'a>(
    query: Option<&str>,
    cookie_headers: impl Iterator<Item = &'a str>,
    accept_language: Option<&str>,
) -> (Locale, bool) {
    let from_query = query.and_then(|q| {
        q.split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == LOCALE_PARAM)
            .and_then(|(_, v)| Locale::from_tag(v))
    });
    if let Some(locale) = from_query {
        return (locale, true);
    }
    let from_cookie = cookie_headers
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == LOCALE_COOKIE)
        .and_then(|(_, v)| Locale::from_tag(v));
    if let Some(locale) = from_cookie {
        return (locale, false);
    }
    let from_browser = accept_language
        .and_then(|v| v.split(',').next())
        .and_then(|first| Locale::from_tag(first.split(';').next().unwrap_or_default()))
        .unwrap_or_default();
    (from_browser, false)
}

/// [`locale_for`] over a request's query and headers (server only).
#[cfg(feature = "ssr")]
pub fn locale_for_headers(query: Option<&str>, headers: &http::HeaderMap) -> (Locale, bool) {
    locale_for(
        query,
        headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok()),
        headers
            .get(http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// The strings of a language.
pub fn strings(locale: Locale) -> &'static Strings {
    match locale {
        Locale::Id => &ID,
        Locale::En => &EN,
    }
}

/// Groups thousands: `1.000` in Indonesian (`.`), `1,000` in English (`,`).
pub use domain::rupiah::group_digits as group;

/// Formats an ISO date (`2021-02-19`) as `19 Februari 2021` / `19 February 2021`.
pub fn long_date(locale: Locale, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    match (m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", strings(locale).months[m - 1]),
        _ => iso.to_owned(),
    }
}

/// The language of the page, shared through context. A page is rendered in one language; the
/// language switch is a link (`?lang=en`) that loads the page again in the other.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: Locale,
}

impl I18n {
    /// The page's language.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The strings of the page's language.
    pub fn t(&self) -> &'static Strings {
        strings(self.locale)
    }

    /// The cart and order strings.
    pub fn shop(&self) -> &'static ShopStrings {
        shop_strings(self.locale)
    }

    /// The programme dashboard's strings.
    pub fn programme(&self) -> &'static ProgrammeStrings {
        programme_strings(self.locale)
    }

    /// The import pages' strings.
    pub fn import(&self) -> &'static ImportStrings {
        import_strings(self.locale)
    }

    /// The news pages' strings.
    pub fn news(&self) -> &'static NewsStrings {
        news_strings(self.locale)
    }

    /// The open data page's strings.
    pub fn open_data(&self) -> &'static OpenDataStrings {
        open_data_strings(self.locale)
    }

    /// The statistics page's strings.
    pub fn stats(&self) -> &'static StatsStrings {
        stats_strings(self.locale)
    }
}

/// Puts the language into context for every component below.
pub fn provide_i18n(locale: Locale) -> I18n {
    let i18n = I18n { locale };
    provide_context(i18n);
    i18n
}

/// The language context. An island in the browser has no server-rendered parent to take it
/// from: it reads the language the page was rendered in (`<html lang>`).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| provide_i18n(crate::root::request_locale().0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_url_then_cookie_then_browser() {
        let none = std::iter::empty::<&str>;
        assert_eq!(
            locale_for(Some("q=kopi&lang=en"), none(), Some("id")),
            (Locale::En, true)
        );
        assert_eq!(
            locale_for(Some("lang=xx"), ["a=1; opop_lang=en"].into_iter(), None),
            (Locale::En, false)
        );
        assert_eq!(
            locale_for(None, none(), Some("en-GB,en;q=0.9")),
            (Locale::En, false)
        );
        assert_eq!(locale_for(None, none(), Some("fr")), (Locale::Id, false));
        assert_eq!(locale_for(None, none(), None), (Locale::Id, false));
    }

    #[test]
    fn long_dates_in_both_languages_and_bad_input_passes_through() {
        assert_eq!(long_date(Locale::Id, "2021-02-19"), "19 Februari 2021");
        assert_eq!(long_date(Locale::En, "2021-02-19"), "19 February 2021");
        assert_eq!(long_date(Locale::Id, "2021-13-01"), "2021-13-01");
        assert_eq!(long_date(Locale::Id, ""), "");
    }

    #[test]
    fn parameterised_strings_differ_per_language() {
        assert_eq!(
            (ID.flagship_progress)(59, 1_000),
            "59 dari 1.000 produk unggulan"
        );
        assert_eq!(
            (EN.flagship_progress)(59, 1_000),
            "59 of 1,000 flagship products"
        );
    }
}
