//! The strings of the bulk import of products (`/kelola/impor`).

use domain::Locale;
use domain::import::{CellProblem, FileProblem, ImportColumn};

/// Every user-facing string of the import pages.
pub struct ImportStrings {
    /// Title and the link from `/kelola`.
    pub title: &'static str,
    /// What the page does.
    pub intro: &'static str,
    /// Link to the template.
    pub template: &'static str,
    /// Label of the file input.
    pub choose: &'static str,
    /// Button.
    pub upload: &'static str,
    /// Heading of the column list.
    pub columns: &'static str,
    /// Marks a column that may be left out.
    pub optional: &'static str,
    /// Heading of the latest uploads.
    pub recent: &'static str,
    /// "imported" in the list of uploads.
    pub imported: &'static str,
    /// "waiting" in the list of uploads.
    pub waiting: &'static str,
    /// Preview title.
    pub preview_title: &'static str,
    /// "12 baris: 10 siap diimpor, 5 bermasalah".
    pub summary: fn(usize, usize, usize) -> String,
    /// Where the products go: published at once.
    pub publishes: &'static str,
    /// Where the products go: waiting for review.
    pub reviews: &'static str,
    /// Confirm button.
    pub confirm: fn(usize) -> String,
    /// After importing.
    pub done: fn(usize) -> String,
    /// Nothing to import.
    pub nothing_valid: &'static str,
    /// Imported before.
    pub already: fn(&str) -> String,
    /// Imported before (a confirmation came twice).
    pub already_short: &'static str,
    /// Heading of the problems table.
    pub problems: &'static str,
    /// More problems than listed.
    pub more_problems: fn(usize) -> String,
    /// Heading of the rows to import.
    pub ready_rows: &'static str,
    /// Column.
    pub line: &'static str,
    /// Column.
    pub column: &'static str,
    /// Column.
    pub message: &'static str,
    /// Column.
    pub product: &'static str,
    /// Column.
    pub price: &'static str,
    /// Column.
    pub seller: &'static str,
    /// Link back to the upload form.
    pub another: &'static str,
}

/// Indonesian.
pub const IMPORT_ID: ImportStrings = ImportStrings {
    title: "Impor produk",
    intro: "Unggah berkas CSV atau Excel (.xlsx) berisi banyak produk sekaligus. Setiap baris \
            diperiksa dengan aturan yang sama seperti formulir produk; Anda melihat pratinjau \
            dan masalah per baris sebelum mengimpor. Berkas yang sama tidak akan diimpor dua kali.",
    template: "Unduh templat CSV",
    choose: "Pilih berkas (CSV atau .xlsx, paling besar 5 MB, paling banyak 2.000 baris)",
    upload: "Periksa berkas",
    columns: "Kolom",
    optional: "boleh dikosongkan",
    recent: "Unggahan terakhir",
    imported: "sudah diimpor",
    waiting: "belum diimpor",
    preview_title: "Pratinjau impor",
    summary: |rows, valid, bad| format!("{rows} baris: {valid} siap diimpor, {bad} bermasalah."),
    publishes: "Pesantren sudah terverifikasi: produk langsung terbit di katalog.",
    reviews: "Pesantren belum terverifikasi: produk menunggu tinjauan.",
    confirm: |n| format!("Impor {n} produk"),
    done: |n| format!("{n} produk diimpor."),
    nothing_valid: "Tidak ada baris yang siap diimpor. Perbaiki berkas lalu unggah lagi.",
    already: |at| format!("Berkas ini sudah diimpor pada {at}; tidak ada yang diimpor lagi."),
    already_short: "Berkas ini sudah diimpor; tidak ada yang diimpor lagi.",
    problems: "Baris bermasalah (tidak diimpor)",
    more_problems: |n| format!("dan {n} masalah lain."),
    ready_rows: "Siap diimpor",
    line: "Baris",
    column: "Kolom",
    message: "Masalah",
    product: "Produk",
    price: "Harga",
    seller: "Penjual",
    another: "Unggah berkas lain",
};

/// English.
pub const IMPORT_EN: ImportStrings = ImportStrings {
    title: "Import products",
    intro: "Upload a CSV or Excel (.xlsx) file with many products at once. Every row is checked \
            by the same rules as the product form; you see a preview and each row's problems \
            before importing. The same file is never imported twice.",
    template: "Download the CSV template",
    choose: "Choose a file (CSV or .xlsx, at most 5 MB and 2,000 rows)",
    upload: "Check the file",
    columns: "Columns",
    optional: "may be left empty",
    recent: "Latest uploads",
    imported: "imported",
    waiting: "not imported yet",
    preview_title: "Import preview",
    summary: |rows, valid, bad| {
        format!("{rows} rows: {valid} ready to import, {bad} with problems.")
    },
    publishes: "The pesantren is verified: the products go live in the catalogue at once.",
    reviews: "The pesantren is not verified yet: the products wait for review.",
    confirm: |n| {
        if n == 1 {
            "Import 1 product".to_owned()
        } else {
            format!("Import {n} products")
        }
    },
    done: |n| {
        if n == 1 {
            "1 product imported.".to_owned()
        } else {
            format!("{n} products imported.")
        }
    },
    nothing_valid: "No row is ready to import. Fix the file and upload it again.",
    already: |at| format!("This file was imported on {at}; nothing was imported again."),
    already_short: "This file was imported before; nothing was imported again.",
    problems: "Rows with problems (not imported)",
    more_problems: |n| format!("and {n} more problems."),
    ready_rows: "Ready to import",
    line: "Row",
    column: "Column",
    message: "Problem",
    product: "Product",
    price: "Price",
    seller: "Seller",
    another: "Upload another file",
};

/// The import strings in `locale`.
pub fn import_strings(locale: Locale) -> &'static ImportStrings {
    match locale {
        Locale::Id => &IMPORT_ID,
        Locale::En => &IMPORT_EN,
    }
}

/// What a column holds, for the column list.
pub fn import_column_help(locale: Locale, column: ImportColumn) -> &'static str {
    let id = locale == Locale::Id;
    match column {
        ImportColumn::Name => {
            if id {
                "nama produk, 3–120 huruf"
            } else {
                "product name, 3–120 characters"
            }
        }
        ImportColumn::Category => {
            if id {
                "nama kategori, mis. Makanan & Minuman"
            } else {
                "category name, e.g. Makanan & Minuman"
            }
        }
        ImportColumn::Description => {
            if id {
                "deskripsi"
            } else {
                "description"
            }
        }
        ImportColumn::Price => {
            if id {
                "harga dalam Rupiah: 25000, 25.000 atau Rp 25.000"
            } else {
                "price in Rupiah: 25000, 25.000 or Rp 25.000"
            }
        }
        ImportColumn::Stock => {
            if id {
                "stok, bilangan bulat"
            } else {
                "stock, a whole number"
            }
        }
        ImportColumn::Unit => {
            if id {
                "satuan jual, mis. pak 250 g"
            } else {
                "selling unit, e.g. pak 250 g"
            }
        }
        ImportColumn::Weight => {
            if id {
                "berat kirim dalam gram"
            } else {
                "shipping weight in grams"
            }
        }
        ImportColumn::Halal => {
            if id {
                "tidak, proses atau bersertifikat"
            } else {
                "tidak (none), proses (in process) or bersertifikat (certified)"
            }
        }
        ImportColumn::Certificate => {
            if id {
                "nomor sertifikat halal (ID…), wajib bila bersertifikat"
            } else {
                "halal certificate number (ID…), required when certified"
            }
        }
        ImportColumn::Pirt => {
            if id {
                "nomor PIRT"
            } else {
                "PIRT number"
            }
        }
        ImportColumn::Bpom => {
            if id {
                "nomor BPOM"
            } else {
                "BPOM number"
            }
        }
        ImportColumn::Seller => {
            if id {
                "email penjual dari pesantren ini"
            } else {
                "email of a seller of this pesantren"
            }
        }
    }
}

/// Why a whole file was refused.
pub fn import_file_problem(locale: Locale, problem: &FileProblem) -> String {
    let id = locale == Locale::Id;
    match problem {
        FileProblem::Empty if id => "Berkas kosong atau tidak ada baris produk.".into(),
        FileProblem::Empty => "The file is empty or has no product rows.".into(),
        FileProblem::TooLarge if id => "Berkas lebih besar dari 5 MB.".into(),
        FileProblem::TooLarge => "The file is larger than 5 MB.".into(),
        FileProblem::Unreadable if id => {
            "Berkas tidak terbaca: unggah CSV (UTF-8) atau Excel .xlsx.".into()
        }
        FileProblem::Unreadable => {
            "The file cannot be read: upload CSV (UTF-8) or Excel .xlsx.".into()
        }
        FileProblem::TooManyRows if id => "Lebih dari 2.000 baris produk; bagi berkasnya.".into(),
        FileProblem::TooManyRows => "More than 2,000 product rows; split the file.".into(),
        FileProblem::MissingColumns(columns) => {
            let names: Vec<&str> = columns.iter().map(|c| c.header()).collect();
            if id {
                format!("Kolom tidak ada: {}. Pakai templat.", names.join(", "))
            } else {
                format!("Missing columns: {}. Use the template.", names.join(", "))
            }
        }
        FileProblem::RepeatedColumn(c) if id => format!("Kolom {} muncul dua kali.", c.header()),
        FileProblem::RepeatedColumn(c) => format!("Column {} appears twice.", c.header()),
    }
}

/// Why a cell was refused.
pub fn import_cell_problem(locale: Locale, problem: CellProblem) -> String {
    match problem {
        CellProblem::Listing(p) => super::listing_problem(locale, p),
        CellProblem::SellerUnknown if locale == Locale::Id => {
            "Bukan email penjual pesantren ini.".into()
        }
        CellProblem::SellerUnknown => "Not the email of a seller of this pesantren.".into(),
    }
}
