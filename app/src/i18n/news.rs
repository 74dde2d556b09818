//! The strings of the news pages (Berita) and the programme's news editor.

use domain::Locale;
use domain::news::{NewsField, NewsProblem, NewsState};

/// Every user-facing string of the news pages and editor.
pub struct NewsStrings {
    /// Title of the list, and navigation.
    pub title: &'static str,
    /// Link to the list.
    pub all_news: &'static str,
    /// Heading of the featured products under a post.
    pub featured: &'static str,
    /// Shown on a draft's page.
    pub draft_notice: &'static str,
    /// "Halaman 2 dari 5".
    pub page_of: fn(u64, u64) -> String,
    /// Link: previous page.
    pub newer: &'static str,
    /// Link: next page.
    pub older: &'static str,
    /// The programme's list: title and navigation.
    pub admin_title: &'static str,
    /// Link and title: a new post.
    pub new_post: &'static str,
    /// Title: editing a post.
    pub edit_title: &'static str,
    /// Field.
    pub field_title: &'static str,
    /// Field.
    pub field_body: &'static str,
    /// Under the body field.
    pub body_hint: &'static str,
    /// Field.
    pub field_products: &'static str,
    /// Under the products field.
    pub products_hint: &'static str,
    /// Field: draft or published.
    pub field_state: &'static str,
    /// Save button.
    pub save: &'static str,
    /// Link to the post's page.
    pub view_post: &'static str,
    /// Heading.
    pub cover_heading: &'static str,
    /// Label of the file input.
    pub cover_choose: &'static str,
    /// Button.
    pub cover_upload: &'static str,
    /// A cover photo needs a saved post first.
    pub cover_after_save: &'static str,
    /// Alt text of a cover photo.
    pub cover_alt: fn(&str) -> String,
    /// Column.
    pub column_title: &'static str,
    /// Column.
    pub column_state: &'static str,
    /// Column.
    pub column_date: &'static str,
    /// No posts yet (programme list).
    pub none_yet: &'static str,
}

/// Indonesian.
pub const NEWS_ID: NewsStrings = NewsStrings {
    title: "Berita",
    all_news: "Semua berita",
    featured: "PRODUK UNGGULAN",
    draft_notice: "Draf: hanya staf program yang melihat halaman ini.",
    page_of: |page, pages| format!("Halaman {page} dari {pages}"),
    newer: "‹ Lebih baru",
    older: "Lebih lama ›",
    admin_title: "Kelola berita",
    new_post: "Tulis berita",
    edit_title: "Ubah berita",
    field_title: "Judul",
    field_body: "Isi (Markdown)",
    body_hint: "**tebal**, *miring*, ## subjudul, [tautan](https://…), daftar dengan tanda -. \
                HTML dan skrip dibuang.",
    field_products: "Produk unggulan",
    products_hint: "Alamat atau slug produk yang sudah terbit, satu per baris (paling banyak 12).",
    field_state: "Status",
    save: "Simpan",
    view_post: "Lihat halaman berita",
    cover_heading: "Foto sampul",
    cover_choose: "Pilih foto (JPEG, PNG atau WebP, paling besar 8 MB)",
    cover_upload: "Unggah foto",
    cover_after_save: "Simpan berita dulu, lalu unggah foto sampulnya.",
    cover_alt: |title| format!("Foto sampul: {title}"),
    column_title: "Judul",
    column_state: "Status",
    column_date: "Tanggal",
    none_yet: "Belum ada berita. Tulis yang pertama.",
};

/// English.
pub const NEWS_EN: NewsStrings = NewsStrings {
    title: "News",
    all_news: "All news",
    featured: "FEATURED PRODUCTS",
    draft_notice: "Draft: only programme staff see this page.",
    page_of: |page, pages| format!("Page {page} of {pages}"),
    newer: "‹ Newer",
    older: "Older ›",
    admin_title: "Manage news",
    new_post: "Write a post",
    edit_title: "Edit post",
    field_title: "Title",
    field_body: "Text (Markdown)",
    body_hint: "**bold**, *italic*, ## subheading, [link](https://…), lists with -. HTML and \
                scripts are removed.",
    field_products: "Featured products",
    products_hint: "Addresses or slugs of published products, one per line (at most 12).",
    field_state: "Status",
    save: "Save",
    view_post: "View the post's page",
    cover_heading: "Cover photo",
    cover_choose: "Choose a photo (JPEG, PNG or WebP, at most 8 MB)",
    cover_upload: "Upload photo",
    cover_after_save: "Save the post first, then upload its cover photo.",
    cover_alt: |title| format!("Cover photo: {title}"),
    column_title: "Title",
    column_state: "Status",
    column_date: "Date",
    none_yet: "No posts yet. Write the first.",
};

/// The news strings in `locale`.
pub fn news_strings(locale: Locale) -> &'static NewsStrings {
    match locale {
        Locale::Id => &NEWS_ID,
        Locale::En => &NEWS_EN,
    }
}

/// A post's state.
pub fn news_state(locale: Locale, state: NewsState) -> &'static str {
    match (locale, state) {
        (Locale::Id, NewsState::Draft) => "Draf",
        (Locale::Id, NewsState::Published) => "Terbit",
        (Locale::En, NewsState::Draft) => "Draft",
        (Locale::En, NewsState::Published) => "Published",
    }
}

/// Why a field of the news editor was refused.
pub fn news_problem(locale: Locale, field: NewsField, problem: &NewsProblem) -> String {
    let id = locale == Locale::Id;
    match problem {
        NewsProblem::Required => match (id, field) {
            (true, NewsField::Title) => "Judul wajib diisi.".into(),
            (true, _) => "Isi berita wajib diisi.".into(),
            (false, NewsField::Title) => "A title is required.".into(),
            (false, _) => "The post needs a text.".into(),
        },
        NewsProblem::TooLong(max) if id => format!("Paling banyak {max} karakter."),
        NewsProblem::TooLong(max) => format!("At most {max} characters."),
        NewsProblem::TooManyProducts if id => "Paling banyak 12 produk unggulan.".into(),
        NewsProblem::TooManyProducts => "At most 12 featured products.".into(),
        NewsProblem::UnknownProducts(entries) if id => {
            format!("Bukan produk yang sudah terbit: {}.", entries.join(", "))
        }
        NewsProblem::UnknownProducts(entries) => {
            format!("Not published products: {}.", entries.join(", "))
        }
    }
}
