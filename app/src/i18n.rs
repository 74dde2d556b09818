//! The one i18n layer: every user-facing string, in Bahasa Indonesia and English.
//!
//! Strings live in one struct with a constant per language, so a missing translation is a
//! compile error. Components read the current language reactively, so the switch re-renders
//! in place after hydration.

use domain::Locale;
use leptos::prelude::*;

/// Name of the cookie that remembers the chosen language.
pub const LOCALE_COOKIE: &str = "opop_lang";
/// Name of the URL parameter that chooses the language.
pub const LOCALE_PARAM: &str = "lang";

/// Every user-facing string of the interface.
pub struct Strings {
    /// Site name in the header.
    pub site_name: &'static str,
    /// Tagline under the site name.
    pub tagline: &'static str,
    /// Label of the language switch (names the other language).
    pub switch_language: &'static str,
    /// Accessible label of the language switch.
    pub switch_language_label: &'static str,
    /// Home page `<title>`.
    pub home_title: &'static str,
    /// Home page meta description.
    pub home_description: &'static str,
    /// Hero heading.
    pub hero_heading: &'static str,
    /// Hero text.
    pub hero_text: &'static str,
    /// Progress section heading.
    pub progress_heading: &'static str,
    /// "x of y flagship products".
    pub flagship_progress: fn(u64, u32) -> String,
    /// Label: pesantren joined.
    pub pesantren_joined: &'static str,
    /// Label: products published.
    pub products_published: &'static str,
    /// Heading: sellers per pillar.
    pub sellers_per_pillar: &'static str,
    /// "n sellers".
    pub sellers_count: fn(u64) -> String,
    /// Flagship shelf heading.
    pub flagship_heading: &'static str,
    /// Shown when the shelf is empty.
    pub flagship_empty: &'static str,
    /// Badge on halal-certified products.
    pub halal_badge: &'static str,
    /// Alt text of a product photo.
    pub product_photo_alt: fn(&str) -> String,
    /// Placeholder when a product has no photo.
    pub no_photo: &'static str,
    /// News heading.
    pub news_heading: &'static str,
    /// Shown when there is no news.
    pub news_empty: &'static str,
    /// Month names for dates.
    pub months: [&'static str; 12],
    /// Loading indicator.
    pub loading: &'static str,
    /// Generic error shown to users (details go to the log).
    pub error_generic: &'static str,
    /// 404 page title.
    pub not_found_title: &'static str,
    /// 404 page text.
    pub not_found_text: &'static str,
    /// 404 page link home.
    pub back_home: &'static str,
    /// Footer text.
    pub footer_text: &'static str,
}

/// Bahasa Indonesia, the default.
pub const ID: Strings = Strings {
    site_name: "OPOP Jatim",
    tagline: "One Pesantren One Product Jawa Timur",
    switch_language: "English",
    switch_language_label: "Switch to English",
    home_title: "OPOP Jatim — Produk Unggulan Pesantren Jawa Timur",
    home_description: "Belanja produk halal unggulan pesantren, santri dan alumni se-Jawa Timur, dan pantau kemajuan program One Pesantren One Product.",
    hero_heading: "Produk halal unggulan dari pesantren Jawa Timur",
    hero_text: "Santri, koperasi pesantren dan alumni menjual hasil karya mereka langsung kepada Anda.",
    progress_heading: "Kemajuan program",
    flagship_progress: |n, target| {
        format!(
            "{} dari {} produk unggulan",
            group(n, '.'),
            group(u64::from(target), '.')
        )
    },
    pesantren_joined: "pesantren bergabung",
    products_published: "produk tayang",
    sellers_per_pillar: "Penjual per pilar",
    sellers_count: |n| format!("{} penjual", group(n, '.')),
    flagship_heading: "Produk Unggulan",
    flagship_empty: "Belum ada produk unggulan.",
    halal_badge: "Halal",
    product_photo_alt: |name| format!("Foto {name}"),
    no_photo: "Tanpa foto",
    news_heading: "Berita terbaru",
    news_empty: "Belum ada berita.",
    months: [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    loading: "Memuat…",
    error_generic: "Maaf, terjadi kesalahan. Silakan coba lagi sebentar lagi.",
    not_found_title: "Halaman tidak ditemukan",
    not_found_text: "Alamat yang Anda buka tidak ada atau sudah dipindahkan.",
    back_home: "Kembali ke beranda",
    footer_text: "Program One Pesantren One Product, Pemerintah Provinsi Jawa Timur.",
};

/// English.
pub const EN: Strings = Strings {
    site_name: "OPOP East Java",
    tagline: "One Pesantren One Product, East Java",
    switch_language: "Bahasa Indonesia",
    switch_language_label: "Ganti ke Bahasa Indonesia",
    home_title: "OPOP East Java — Flagship products of East Java's pesantren",
    home_description: "Buy halal flagship products made by East Java's pesantren, santri and alumni, and follow the progress of the One Pesantren One Product programme.",
    hero_heading: "Halal flagship products from East Java's pesantren",
    hero_text: "Santri, pesantren cooperatives and alumni sell what they make directly to you.",
    progress_heading: "Programme progress",
    flagship_progress: |n, target| {
        format!(
            "{} of {} flagship products",
            group(n, ','),
            group(u64::from(target), ',')
        )
    },
    pesantren_joined: "pesantren joined",
    products_published: "products listed",
    sellers_per_pillar: "Sellers per pillar",
    sellers_count: |n| format!("{} sellers", group(n, ',')),
    flagship_heading: "Flagship Products",
    flagship_empty: "No flagship products yet.",
    halal_badge: "Halal",
    product_photo_alt: |name| format!("Photo of {name}"),
    no_photo: "No photo",
    news_heading: "Latest news",
    news_empty: "No news yet.",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    loading: "Loading…",
    error_generic: "Sorry, something went wrong. Please try again in a moment.",
    not_found_title: "Page not found",
    not_found_text: "The address you opened does not exist or has moved.",
    back_home: "Back to the home page",
    footer_text: "The One Pesantren One Product programme of the East Java Provincial Government.",
};

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

/// The current language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// The current language (reactive).
    pub fn locale(&self) -> Locale {
        self.locale.get()
    }

    /// The strings of the current language (reactive).
    pub fn t(&self) -> &'static Strings {
        strings(self.locale.get())
    }

    /// Switches the language.
    pub fn set(&self, locale: Locale) {
        self.locale.set(locale);
    }
}

/// Puts the language into context for every component below.
pub fn provide_i18n(initial: Locale) -> I18n {
    let i18n = I18n {
        locale: RwSignal::new(initial),
    };
    provide_context(i18n);
    i18n
}

/// The language context; falls back to Indonesian if none was provided.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| provide_i18n(Locale::default()))
}

#[cfg(test)]
mod tests {
    use super::*;

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
