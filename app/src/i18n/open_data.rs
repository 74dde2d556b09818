//! The strings of the open data page (`/data`) and of the API's error answers.

use domain::Locale;

/// Every user-facing string of the open data page.
pub struct OpenDataStrings {
    /// Title, and the footer's link.
    pub title: &'static str,
    /// What the API is.
    pub intro: &'static str,
    /// Rules: public data only, no key, limit, CORS, language.
    pub rules: &'static str,
    /// Heading of the endpoint table.
    pub endpoints: &'static str,
    /// Column.
    pub address: &'static str,
    /// Column.
    pub gives: &'static str,
    /// `/api/v1/products`.
    pub products: &'static str,
    /// `/api/v1/pesantren`.
    pub pesantren: &'static str,
    /// `/api/v1/stats`.
    pub stats: &'static str,
    /// `/api/v1/regions/{code}/stats`.
    pub region_stats: &'static str,
    /// `/api/v1/openapi.json`.
    pub openapi: &'static str,
    /// Heading: examples.
    pub examples: &'static str,
    /// Example: Jombang's food products, cheapest first.
    pub example_products: &'static str,
    /// Example: Jombang's counts.
    pub example_region: &'static str,
}

/// Indonesian.
pub const OPEN_DATA_ID: OpenDataStrings = OpenDataStrings {
    title: "Data terbuka",
    intro: "Data publik program OPOP Jawa Timur untuk instansi, peneliti dan mitra: produk yang \
            sudah terbit, pesantren terverifikasi, serta capaian dan target per kabupaten/kota, \
            dalam format JSON yang diperbarui langsung dari marketplace.",
    rules: "Hanya baca dan hanya data publik; tanpa kunci API. Paling banyak 120 permintaan per \
            menit per alamat (di atas itu jawaban 429 dengan Retry-After). Boleh dipanggil dari \
            situs lain (CORS untuk GET). Pesan mengikuti Accept-Language atau lang=id|en.",
    endpoints: "Alamat",
    address: "Alamat",
    gives: "Isi",
    products: "Produk yang terbit, dengan filter katalog (q, kategori, wilayah, pesantren, \
               pilar, min, maks, halal, stok, urut, hal), 24 per halaman.",
    pesantren: "Pesantren terverifikasi dengan jumlah produknya (q, wilayah, hal).",
    stats: "Jumlah produk, produk unggulan, pesantren dan penjual santri untuk provinsi dan \
            38 kabupaten/kota, dengan target tahun ini.",
    region_stats: "Angka yang sama untuk satu kabupaten/kota (kode wilayah, mis. 3517).",
    openapi: "Dokumen OpenAPI 3.1 yang menjelaskan semua alamat, parameter dan bentuk jawaban.",
    examples: "Contoh",
    example_products: "Makanan dan minuman dari Kabupaten Jombang, termurah dulu",
    example_region: "Capaian Kabupaten Jombang",
};

/// English.
pub const OPEN_DATA_EN: OpenDataStrings = OpenDataStrings {
    title: "Open data",
    intro: "Public data of East Java's OPOP programme for agencies, researchers and partners: \
            published products, verified pesantren, and progress and targets per \
            kabupaten/kota, as JSON read live from the marketplace.",
    rules: "Read-only and public data only; no API key. At most 120 requests per minute per \
            address (beyond that a 429 answer with Retry-After). May be called from other sites \
            (CORS for GET). Messages follow Accept-Language or lang=id|en.",
    endpoints: "Addresses",
    address: "Address",
    gives: "Gives",
    products: "Published products, with the catalogue's filters (q, kategori, wilayah, \
               pesantren, pilar, min, maks, halal, stok, urut, hal), 24 per page.",
    pesantren: "Verified pesantren with their product counts (q, wilayah, hal).",
    stats: "Products, flagship products, pesantren and santri sellers for the province and the \
            38 kabupaten/kota, with this year's targets.",
    region_stats: "The same figures for one kabupaten/kota (its code, e.g. 3517).",
    openapi: "The OpenAPI 3.1 document describing every address, parameter and answer.",
    examples: "Examples",
    example_products: "Food and drink from Kabupaten Jombang, cheapest first",
    example_region: "Progress of Kabupaten Jombang",
};

/// The open data page's strings in `locale`.
pub fn open_data_strings(locale: Locale) -> &'static OpenDataStrings {
    match locale {
        Locale::Id => &OPEN_DATA_ID,
        Locale::En => &OPEN_DATA_EN,
    }
}

/// The message of an API error code (`not_found`, `unknown_region`, `rate_limited`,
/// `internal`).
#[cfg(feature = "ssr")]
pub fn open_data_error(locale: Locale, code: &str) -> &'static str {
    match (locale, code) {
        (Locale::Id, "unknown_region") => "Tidak ada kabupaten/kota di Jawa Timur dengan kode ini.",
        (Locale::En, "unknown_region") => "No kabupaten/kota of East Java has this code.",
        (Locale::Id, "rate_limited") => {
            "Terlalu banyak permintaan dari alamat ini; coba lagi dalam satu menit."
        }
        (Locale::En, "rate_limited") => {
            "Too many requests from this address; try again in a minute."
        }
        (Locale::Id, "internal") => "Terjadi kesalahan di server; coba lagi nanti.",
        (Locale::En, "internal") => "Something went wrong on the server; try again later.",
        (Locale::Id, _) => "Alamat ini tidak ada di API data terbuka; lihat /api/v1/openapi.json.",
        (Locale::En, _) => "The open data API has no such address; see /api/v1/openapi.json.",
    }
}
