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
    /// Navigation: home.
    pub nav_home: &'static str,
    /// Navigation: the pesantren directory.
    pub nav_pesantren: &'static str,
    /// Accessible label of the main navigation.
    pub nav_label: &'static str,
    /// Navigation: the catalogue.
    pub nav_catalogue: &'static str,
    /// Catalogue `<title>` and heading.
    pub catalogue_title: &'static str,
    /// Catalogue meta description.
    pub catalogue_description: &'static str,
    /// "n products" over all pages.
    pub results_count: fn(u64) -> String,
    /// Shown when nothing matches.
    pub no_results: &'static str,
    /// Heading of the filter form.
    pub filter_heading: &'static str,
    /// Label of the text field.
    pub search_label: &'static str,
    /// Placeholder of the text field.
    pub search_placeholder: &'static str,
    /// Label: category.
    pub category_label: &'static str,
    /// Label: region.
    pub region_label: &'static str,
    /// Label: pillar.
    pub pillar_label: &'static str,
    /// Label: pesantren.
    pub pesantren_label: &'static str,
    /// The "no filter" option of a select.
    pub any_option: &'static str,
    /// Label: lowest price.
    pub min_price_label: &'static str,
    /// Label: highest price.
    pub max_price_label: &'static str,
    /// Checkbox: halal only.
    pub halal_only_label: &'static str,
    /// Checkbox: in stock only.
    pub in_stock_label: &'static str,
    /// Label: sort order.
    pub sort_label: &'static str,
    /// Submit button of the filters.
    pub apply_filters: &'static str,
    /// Link that clears every filter.
    pub reset_filters: &'static str,
    /// Names of the sort orders, in `CatalogueSort::ALL` order.
    pub sort_names: [&'static str; 5],
    /// Accessible label of the pagination.
    pub pagination_label: &'static str,
    /// Link to the previous page.
    pub previous_page: &'static str,
    /// Link to the next page.
    pub next_page: &'static str,
    /// "page x of y".
    pub page_of: fn(u32, u32) -> String,
    /// Notice: search text was cut.
    pub notice_text_shortened: &'static str,
    /// Notice: unknown category ignored.
    pub notice_unknown_category: &'static str,
    /// Notice: unknown region ignored.
    pub notice_unknown_region: &'static str,
    /// Notice: unknown pesantren ignored.
    pub notice_unknown_pesantren: &'static str,
    /// Notice: unknown pillar ignored.
    pub notice_unknown_pillar: &'static str,
    /// Notice: unreadable price ignored.
    pub notice_unreadable_price: &'static str,
    /// Notice: negative price ignored.
    pub notice_negative_price: &'static str,
    /// Notice: min and max swapped.
    pub notice_prices_swapped: &'static str,
    /// Notice: unknown sort order.
    pub notice_unknown_sort: &'static str,
    /// Notice: bad page number.
    pub notice_bad_page: &'static str,
    /// Notice: page past the end.
    pub notice_page_too_high: &'static str,
    /// Notice: relevance needs text.
    pub notice_relevance_without_text: &'static str,
    /// Notice: address too long.
    pub notice_query_too_long: &'static str,
    /// "n units in stock".
    pub product_stock: fn(i32, &str) -> String,
    /// "per unit".
    pub price_per_unit: fn(&str) -> String,
    /// Label: weight.
    pub weight_label: &'static str,
    /// "n gram".
    pub grams: fn(i32) -> String,
    /// Label: halal status.
    pub halal_label: &'static str,
    /// Halal status names: none, in process, certified.
    pub halal_names: [&'static str; 3],
    /// Label: halal certificate number.
    pub certificate_label: &'static str,
    /// Label: PIRT number.
    pub pirt_label: &'static str,
    /// Label: BPOM number.
    pub bpom_label: &'static str,
    /// "Sold by" before the pesantren.
    pub sold_by: &'static str,
    /// Heading: description.
    pub description_heading: &'static str,
    /// Heading: product details.
    pub details_heading: &'static str,
    /// WhatsApp button.
    pub contact_whatsapp: &'static str,
    /// Prefilled WhatsApp message.
    pub whatsapp_message: fn(&str, &str) -> String,
    /// Heading: related products.
    pub related_heading: &'static str,
    /// Badge of flagship products.
    pub flagship_badge: &'static str,
    /// Title when a product does not exist.
    pub product_not_found: &'static str,
    /// Directory `<title>` and heading.
    pub directory_title: &'static str,
    /// Directory meta description.
    pub directory_description: &'static str,
    /// "n pesantren".
    pub pesantren_count: fn(u64) -> String,
    /// "n products" of one pesantren.
    pub product_count: fn(u64) -> String,
    /// Shown when no pesantren matches.
    pub no_pesantren: &'static str,
    /// Placeholder of the name field.
    pub name_search_placeholder: &'static str,
    /// Label: NSP.
    pub nsp_label: &'static str,
    /// Label: address.
    pub address_label: &'static str,
    /// Label: cooperative.
    pub cooperative_label: &'static str,
    /// Label: pillars present.
    pub pillars_label: &'static str,
    /// Heading of a pesantren's products.
    pub profile_products_heading: &'static str,
    /// WhatsApp button on a profile.
    pub contact_pesantren: &'static str,
    /// Prefilled WhatsApp message to a pesantren.
    pub whatsapp_pesantren_message: fn(&str) -> String,
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
    nav_home: "Beranda",
    nav_pesantren: "Pesantren",
    nav_label: "Menu utama",
    nav_catalogue: "Produk",
    catalogue_title: "Katalog produk pesantren",
    catalogue_description: "Cari produk halal pesantren Jawa Timur menurut kategori, kabupaten/kota, pilar dan harga.",
    results_count: |n| format!("{} produk", group(n, '.')),
    no_results: "Tidak ada produk yang cocok. Coba kurangi filter.",
    filter_heading: "Saring produk",
    search_label: "Cari",
    search_placeholder: "mis. kopi rempah",
    category_label: "Kategori",
    region_label: "Kabupaten/kota",
    pillar_label: "Pilar",
    pesantren_label: "Pesantren",
    any_option: "Semua",
    min_price_label: "Harga terendah",
    max_price_label: "Harga tertinggi",
    halal_only_label: "Hanya bersertifikat halal",
    in_stock_label: "Hanya yang tersedia",
    sort_label: "Urutkan",
    apply_filters: "Terapkan",
    reset_filters: "Hapus filter",
    sort_names: [
        "Paling relevan",
        "Terbaru",
        "Harga terendah",
        "Harga tertinggi",
        "Nama A–Z",
    ],
    pagination_label: "Halaman hasil",
    previous_page: "‹ Sebelumnya",
    next_page: "Berikutnya ›",
    page_of: |p, n| format!("Halaman {p} dari {n}"),
    notice_text_shortened: "Teks pencarian terlalu panjang dan sudah dipotong.",
    notice_unknown_category: "Kategori tidak dikenal, jadi diabaikan.",
    notice_unknown_region: "Kabupaten/kota tidak dikenal, jadi diabaikan.",
    notice_unknown_pesantren: "Pesantren tidak dikenal, jadi diabaikan.",
    notice_unknown_pillar: "Pilar tidak dikenal, jadi diabaikan.",
    notice_unreadable_price: "Harga tidak bisa dibaca (contoh: 25.000), jadi diabaikan.",
    notice_negative_price: "Harga tidak boleh negatif, jadi diabaikan.",
    notice_prices_swapped: "Harga terendah lebih besar dari harga tertinggi, jadi keduanya ditukar.",
    notice_unknown_sort: "Urutan tidak dikenal; urutan bawaan dipakai.",
    notice_bad_page: "Nomor halaman tidak valid; halaman pertama ditampilkan.",
    notice_page_too_high: "Halaman itu tidak ada; halaman terakhir ditampilkan.",
    notice_relevance_without_text: "Urutan paling relevan butuh kata pencarian; produk terbaru ditampilkan.",
    notice_query_too_long: "Alamat terlalu panjang; sebagian diabaikan.",
    product_stock: |n, unit| {
        if n > 0 {
            format!("Stok: {n} {unit}")
        } else {
            "Stok habis".to_owned()
        }
    },
    price_per_unit: |unit| format!("per {unit}"),
    weight_label: "Berat",
    grams: |g| format!("{} gram", group(u64::try_from(g).unwrap_or(0), '.')),
    halal_label: "Status halal",
    halal_names: [
        "Belum bersertifikat",
        "Dalam proses sertifikasi",
        "Bersertifikat halal",
    ],
    certificate_label: "No. sertifikat halal",
    pirt_label: "No. P-IRT",
    bpom_label: "No. BPOM",
    sold_by: "Dijual oleh",
    description_heading: "Deskripsi",
    details_heading: "Detail produk",
    contact_whatsapp: "Tanya lewat WhatsApp",
    whatsapp_message: |name, url| {
        format!(
            "Assalamualaikum, saya tertarik dengan produk {name} ({url}). Apakah masih tersedia?"
        )
    },
    related_heading: "Produk lain dari pesantren ini",
    flagship_badge: "Produk Unggulan",
    product_not_found: "Produk tidak ditemukan",
    directory_title: "Direktori pesantren",
    directory_description: "Pesantren Jawa Timur yang bergabung dengan program OPOP, dengan produk unggulan mereka.",
    pesantren_count: |n| format!("{} pesantren", group(n, '.')),
    product_count: |n| format!("{} produk", group(n, '.')),
    no_pesantren: "Tidak ada pesantren yang cocok.",
    name_search_placeholder: "mis. Darul Ulum",
    nsp_label: "NSP",
    address_label: "Alamat",
    cooperative_label: "Koperasi",
    pillars_label: "Pilar",
    profile_products_heading: "Produk pesantren ini",
    contact_pesantren: "Hubungi lewat WhatsApp",
    whatsapp_pesantren_message: |name| {
        format!("Assalamualaikum, saya ingin bertanya tentang produk {name}.")
    },
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
    nav_home: "Home",
    nav_pesantren: "Pesantren",
    nav_label: "Main menu",
    nav_catalogue: "Products",
    catalogue_title: "Pesantren product catalogue",
    catalogue_description: "Find halal products of East Java's pesantren by category, regency/city, pillar and price.",
    results_count: |n| format!("{} products", group(n, ',')),
    no_results: "No products match. Try fewer filters.",
    filter_heading: "Filter products",
    search_label: "Search",
    search_placeholder: "e.g. spiced coffee",
    category_label: "Category",
    region_label: "Regency/city",
    pillar_label: "Pillar",
    pesantren_label: "Pesantren",
    any_option: "All",
    min_price_label: "Lowest price",
    max_price_label: "Highest price",
    halal_only_label: "Halal certified only",
    in_stock_label: "In stock only",
    sort_label: "Sort by",
    apply_filters: "Apply",
    reset_filters: "Clear filters",
    sort_names: [
        "Most relevant",
        "Newest",
        "Price: low to high",
        "Price: high to low",
        "Name A–Z",
    ],
    pagination_label: "Result pages",
    previous_page: "‹ Previous",
    next_page: "Next ›",
    page_of: |p, n| format!("Page {p} of {n}"),
    notice_text_shortened: "The search text was too long and has been shortened.",
    notice_unknown_category: "Unknown category, so it was ignored.",
    notice_unknown_region: "Unknown regency/city, so it was ignored.",
    notice_unknown_pesantren: "Unknown pesantren, so it was ignored.",
    notice_unknown_pillar: "Unknown pillar, so it was ignored.",
    notice_unreadable_price: "A price could not be read (example: 25.000), so it was ignored.",
    notice_negative_price: "Prices cannot be negative, so it was ignored.",
    notice_prices_swapped: "The lowest price was above the highest, so they were swapped.",
    notice_unknown_sort: "Unknown sort order; the default is used.",
    notice_bad_page: "Invalid page number; showing the first page.",
    notice_page_too_high: "That page does not exist; showing the last page.",
    notice_relevance_without_text: "Most relevant needs search words; showing the newest.",
    notice_query_too_long: "The address was too long; part of it was ignored.",
    product_stock: |n, unit| {
        if n > 0 {
            format!("In stock: {n} {unit}")
        } else {
            "Out of stock".to_owned()
        }
    },
    price_per_unit: |unit| format!("per {unit}"),
    weight_label: "Weight",
    grams: |g| format!("{} g", group(u64::try_from(g).unwrap_or(0), ',')),
    halal_label: "Halal status",
    halal_names: [
        "Not certified",
        "Certification in process",
        "Halal certified",
    ],
    certificate_label: "Halal certificate no.",
    pirt_label: "P-IRT no.",
    bpom_label: "BPOM no.",
    sold_by: "Sold by",
    description_heading: "Description",
    details_heading: "Product details",
    contact_whatsapp: "Ask on WhatsApp",
    whatsapp_message: |name, url| {
        format!("Assalamualaikum, I am interested in {name} ({url}). Is it still available?")
    },
    related_heading: "More from this pesantren",
    flagship_badge: "Flagship product",
    product_not_found: "Product not found",
    directory_title: "Pesantren directory",
    directory_description: "East Java's pesantren in the OPOP programme, with their flagship products.",
    pesantren_count: |n| format!("{} pesantren", group(n, ',')),
    product_count: |n| format!("{} products", group(n, ',')),
    no_pesantren: "No pesantren match.",
    name_search_placeholder: "e.g. Darul Ulum",
    nsp_label: "NSP (Kemenag no.)",
    address_label: "Address",
    cooperative_label: "Cooperative",
    pillars_label: "Pillars",
    profile_products_heading: "Products of this pesantren",
    contact_pesantren: "Contact on WhatsApp",
    whatsapp_pesantren_message: |name| {
        format!("Assalamualaikum, I would like to ask about the products of {name}.")
    },
};

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
    /// The language the page is rendered in. The server never switches languages and reads
    /// only this: leptos_meta renders `<title>` after the body, outside the app's reactive
    /// arena, where touching a signal panics (seen under load in `make bench`).
    initial: Locale,
}

impl I18n {
    /// The current language (reactive).
    pub fn locale(&self) -> Locale {
        if cfg!(feature = "ssr") {
            self.initial
        } else {
            self.locale.get()
        }
    }

    /// The strings of the current language (reactive).
    pub fn t(&self) -> &'static Strings {
        strings(self.locale())
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
        initial,
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
