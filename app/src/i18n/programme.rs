//! The strings of the programme dashboard, and the names of metrics and bands.

use domain::Locale;
use domain::curation::Verification;
use domain::targets::{Band, Metric};

/// Every user-facing string of the programme dashboard.
pub struct ProgrammeStrings {
    /// Navigation and page title.
    pub title: &'static str,
    /// The province's row.
    pub province: &'static str,
    /// "Tahun 2026".
    pub year: fn(i32) -> String,
    /// Link to the year before.
    pub previous_year: &'static str,
    /// Link to the year after.
    pub next_year: &'static str,
    /// Column: region.
    pub region: &'static str,
    /// Column: achieved.
    pub achieved: &'static str,
    /// Column: target.
    pub target: &'static str,
    /// Column: achievement in percent.
    pub percent: &'static str,
    /// Column: band.
    pub band: &'static str,
    /// No target set.
    pub no_target: &'static str,
    /// Chart title: metric name, year.
    pub chart_title: fn(&str, i32) -> String,
    /// A bar's tooltip: region, achieved, target, percent, band.
    pub bar_title: fn(&str, u64, i32, u32, &str) -> String,
    /// A bar without a target.
    pub bar_no_target: fn(&str, u64) -> String,
    /// Heading and chart title: products published per month.
    pub growth: &'static str,
    /// A growth bar's tooltip: month, products.
    pub growth_bar: fn(&str, u64) -> String,
    /// Column: month.
    pub month: &'static str,
    /// Column: published products.
    pub published: &'static str,
    /// Column: flagship products among them.
    pub flagship_count: &'static str,
    /// Heading: per pillar.
    pub by_pillar: &'static str,
    /// Heading and chart title: per category.
    pub by_category: &'static str,
    /// A category bar's tooltip: category, published, flagship.
    pub category_bar: fn(&str, u64, u64) -> String,
    /// Column: pillar.
    pub pillar: &'static str,
    /// Column: category.
    pub category: &'static str,
    /// Heading of the target form.
    pub set_target: &'static str,
    /// Field label.
    pub field_metric: &'static str,
    /// Field label.
    pub field_region: &'static str,
    /// Field label.
    pub field_value: &'static str,
    /// Button.
    pub save_target: &'static str,
    /// After saving.
    pub target_saved: &'static str,
    /// A refused target.
    pub target_invalid: &'static str,
    /// How percentages are banded.
    pub bands_explained: &'static str,
    /// Navigation: the news editor.
    pub nav_news: &'static str,
    /// Navigation and title: every pesantren.
    pub nav_pesantren_list: &'static str,
    /// Column and filter: verification state.
    pub state_label: &'static str,
    /// Column.
    pub column_pesantren: &'static str,
    /// Column.
    pub column_sellers: &'static str,
    /// Column.
    pub column_joined: &'static str,
    /// "12 pesantren".
    pub pesantren_count: fn(u64) -> String,
    /// "Unduh daftar ini:" before the download links.
    pub download: &'static str,
    /// The Excel link.
    pub download_xlsx: &'static str,
    /// The CSV link.
    pub download_csv: &'static str,
    /// Sort links.
    pub sort_label: &'static str,
    /// A pesantren admin's notice while unverified.
    pub unverified_notice: &'static str,
    /// A refusal without a note.
    pub note_missing: &'static str,
    /// After a curation save: how many fields changed.
    pub curated: fn(usize) -> String,
    /// Verification page title.
    pub verification_title: &'static str,
    /// Nothing waiting.
    pub verification_empty: &'static str,
    /// Button.
    pub verify: &'static str,
    /// Refusal note field.
    pub refusal_note: &'static str,
    /// Button.
    pub refuse: &'static str,
    /// The state of a refused pesantren.
    pub refused: &'static str,
    /// The state of a pending one.
    pub pending: &'static str,
    /// Curation page title.
    pub curation_title: &'static str,
    /// Field label.
    pub level: &'static str,
    /// Checkbox label.
    pub flagship: &'static str,
    /// Filter: flagship only.
    pub flagship_only: &'static str,
    /// Filter: any.
    pub any: &'static str,
    /// Button.
    pub filter: &'static str,
    /// Button.
    pub save: &'static str,
    /// "n products".
    pub products_count: fn(u64) -> String,
    /// Heading of the change log.
    pub changes_heading: &'static str,
    /// No changes yet.
    pub no_changes: &'static str,
    /// Navigation between the programme pages.
    pub nav_progress: &'static str,
}

/// Indonesian.
pub const PROGRAMME_ID: ProgrammeStrings = ProgrammeStrings {
    title: "Dasbor program",
    province: "Provinsi Jawa Timur",
    year: |y| format!("Tahun {y}"),
    previous_year: "← Tahun sebelumnya",
    next_year: "Tahun berikutnya →",
    region: "Wilayah",
    achieved: "Capaian",
    target: "Target",
    percent: "Persentase",
    band: "Kategori",
    no_target: "belum ada target",
    chart_title: |metric, year| {
        format!("{metric}: capaian terhadap target {year}, per kabupaten/kota")
    },
    bar_title: |region, achieved, target, percent, band| {
        format!("{region}: {achieved} dari {target} ({percent} %, {band})")
    },
    bar_no_target: |region, achieved| format!("{region}: {achieved}, belum ada target"),
    growth: "Produk terbit per bulan",
    growth_bar: |month, n| format!("{month}: {n} produk terbit"),
    month: "Bulan",
    published: "Produk terbit",
    flagship_count: "Unggulan",
    by_pillar: "Per pilar",
    by_category: "Per kategori",
    category_bar: |name, n, flagship| format!("{name}: {n} produk terbit, {flagship} unggulan"),
    pillar: "Pilar",
    category: "Kategori",
    set_target: "Tetapkan target",
    field_metric: "Ukuran",
    field_region: "Wilayah",
    field_value: "Target",
    save_target: "Simpan target",
    target_saved: "Target tersimpan.",
    target_invalid: "Tulis target berupa bilangan bulat 1 sampai 1.000.000, dan pilih ukuran serta wilayah dari daftar.",
    bands_explained: "Persentase dibulatkan ke bawah. Kategori: ≥ 91 % Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang, ≤ 50 Sangat Kurang.",
    nav_news: "Berita",
    nav_pesantren_list: "Daftar pesantren",
    state_label: "Status",
    column_pesantren: "Pesantren",
    column_sellers: "Penjual",
    column_joined: "Bergabung",
    pesantren_count: |n| format!("{n} pesantren"),
    download: "Unduh daftar ini:",
    download_xlsx: "Excel (.xlsx)",
    download_csv: "CSV",
    sort_label: "Urutkan:",
    unverified_notice: "Pesantren ini belum diverifikasi program OPOP; produk baru tayang setelah verifikasi.",
    note_missing: "Tulis alasan penolakan (paling banyak 500 karakter).",
    curated: |n| {
        if n == 0 {
            "Tidak ada yang berubah.".to_owned()
        } else {
            format!("Kurasi tersimpan ({n} perubahan dicatat).")
        }
    },
    verification_title: "Verifikasi pesantren",
    verification_empty: "Tidak ada pesantren yang menunggu verifikasi.",
    verify: "Verifikasi",
    refusal_note: "Alasan penolakan (dibaca pengelola)",
    refuse: "Tolak",
    refused: "Ditolak",
    pending: "Menunggu",
    curation_title: "Kurasi produk",
    level: "Tingkat kurasi",
    flagship: "Produk unggulan",
    flagship_only: "Hanya unggulan",
    any: "Semua",
    filter: "Saring",
    save: "Simpan",
    products_count: |n| format!("{n} produk tayang"),
    changes_heading: "Riwayat kurasi",
    no_changes: "Belum ada perubahan kurasi.",
    nav_progress: "Capaian target",
};

/// English.
pub const PROGRAMME_EN: ProgrammeStrings = ProgrammeStrings {
    title: "Programme dashboard",
    province: "East Java Province",
    year: |y| format!("Year {y}"),
    previous_year: "← Previous year",
    next_year: "Next year →",
    region: "Region",
    achieved: "Achieved",
    target: "Target",
    percent: "Percentage",
    band: "Band",
    no_target: "no target yet",
    chart_title: |metric, year| {
        format!("{metric}: achievement against the {year} target, per regency/city")
    },
    bar_title: |region, achieved, target, percent, band| {
        format!("{region}: {achieved} of {target} ({percent} %, {band})")
    },
    bar_no_target: |region, achieved| format!("{region}: {achieved}, no target yet"),
    growth: "Products published per month",
    growth_bar: |month, n| format!("{month}: {n} products published"),
    month: "Month",
    published: "Published",
    flagship_count: "Flagship",
    by_pillar: "By pillar",
    by_category: "By category",
    category_bar: |name, n, flagship| format!("{name}: {n} published, {flagship} flagship"),
    pillar: "Pillar",
    category: "Category",
    set_target: "Set a target",
    field_metric: "Measure",
    field_region: "Region",
    field_value: "Target",
    save_target: "Save target",
    target_saved: "Target saved.",
    target_invalid: "Give the target as a whole number from 1 to 1,000,000, and pick a measure and a region from the lists.",
    bands_explained: "Percentages are rounded down. Bands: ≥ 91 % Very good, 76–90 Good, 66–75 Fair, 51–65 Poor, ≤ 50 Very poor.",
    nav_news: "News",
    nav_pesantren_list: "All pesantren",
    state_label: "Status",
    column_pesantren: "Pesantren",
    column_sellers: "Sellers",
    column_joined: "Joined",
    pesantren_count: |n| format!("{n} pesantren"),
    download: "Download this list:",
    download_xlsx: "Excel (.xlsx)",
    download_csv: "CSV",
    sort_label: "Sort:",
    unverified_notice: "The OPOP programme has not verified this pesantren yet; new products go live after verification.",
    note_missing: "Give the reason for refusing (at most 500 characters).",
    curated: |n| {
        if n == 0 {
            "Nothing changed.".to_owned()
        } else {
            format!("Curation saved ({n} changes logged).")
        }
    },
    verification_title: "Verify pesantren",
    verification_empty: "No pesantren is waiting for verification.",
    verify: "Verify",
    refusal_note: "Reason for refusing (the admin reads it)",
    refuse: "Refuse",
    refused: "Refused",
    pending: "Waiting",
    curation_title: "Product curation",
    level: "Curation level",
    flagship: "Flagship product",
    flagship_only: "Flagship only",
    any: "All",
    filter: "Filter",
    save: "Save",
    products_count: |n| format!("{n} live products"),
    changes_heading: "Curation log",
    no_changes: "No curation changes yet.",
    nav_progress: "Progress to targets",
};

/// The strings of a language.
pub fn programme_strings(locale: Locale) -> &'static ProgrammeStrings {
    match locale {
        Locale::Id => &PROGRAMME_ID,
        Locale::En => &PROGRAMME_EN,
    }
}

/// A metric's name.
pub fn metric_name(locale: Locale, metric: Metric) -> &'static str {
    match (locale, metric) {
        (Locale::Id, Metric::FlagshipProducts) => "Produk unggulan",
        (Locale::Id, Metric::Pesantren) => "Pesantren bergabung",
        (Locale::Id, Metric::SantriSellers) => "Santri penjual",
        (Locale::En, Metric::FlagshipProducts) => "Flagship products",
        (Locale::En, Metric::Pesantren) => "Pesantren joined",
        (Locale::En, Metric::SantriSellers) => "Santri sellers",
    }
}

/// A band's name, as the reports write it (in Indonesian) or translated.
pub fn band_name(locale: Locale, band: Band) -> &'static str {
    match (locale, band) {
        (Locale::Id, Band::SangatBaik) => "Sangat Baik",
        (Locale::Id, Band::Baik) => "Baik",
        (Locale::Id, Band::Cukup) => "Cukup",
        (Locale::Id, Band::Kurang) => "Kurang",
        (Locale::Id, Band::SangatKurang) => "Sangat Kurang",
        (Locale::En, Band::SangatBaik) => "Very good",
        (Locale::En, Band::Baik) => "Good",
        (Locale::En, Band::Cukup) => "Fair",
        (Locale::En, Band::Kurang) => "Poor",
        (Locale::En, Band::SangatKurang) => "Very poor",
    }
}

/// A curation level's name.
pub fn curation_level_name(locale: Locale, level: domain::CurationLevel) -> &'static str {
    use domain::CurationLevel::*;
    match (locale, level) {
        (Locale::Id, Registered) => "Terdaftar",
        (Locale::Id, Curated) => "Terkurasi",
        (Locale::Id, MarketReady) => "Siap pasar",
        (Locale::Id, ExportReady) => "Siap ekspor",
        (Locale::En, Registered) => "Registered",
        (Locale::En, Curated) => "Curated",
        (Locale::En, MarketReady) => "Market-ready",
        (Locale::En, ExportReady) => "Export-ready",
    }
}

/// A pesantren's verification state.
pub fn verification_name(locale: Locale, state: Verification) -> &'static str {
    match (locale, state) {
        (Locale::Id, Verification::Pending) => "Menunggu verifikasi",
        (Locale::Id, Verification::Verified) => "Terverifikasi",
        (Locale::Id, Verification::Rejected) => "Ditolak",
        (Locale::En, Verification::Pending) => "Awaiting verification",
        (Locale::En, Verification::Verified) => "Verified",
        (Locale::En, Verification::Rejected) => "Refused",
    }
}
