//! Bulk import of products from a spreadsheet (CSV or Excel): the columns it must have, how a
//! row becomes a listing form (then checked by the listing rule, [`ListingInput::validate`]),
//! and the problems a preview lists per row and column.

use crate::listing::{ListingField, ListingInput, ListingProblem};
use serde::{Deserialize, Serialize};

/// Largest file accepted.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Most product rows in one file.
pub const MAX_ROWS: usize = 2_000;
/// Most problems a preview lists (the count says how many more there are).
pub const MAX_LISTED_PROBLEMS: usize = 200;

/// A column of the import file, by its (Indonesian) header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ImportColumn {
    /// `nama`.
    Name,
    /// `kategori`: the category's name or slug.
    Category,
    /// `deskripsi`.
    Description,
    /// `harga`: as people write prices.
    Price,
    /// `stok`.
    Stock,
    /// `satuan`.
    Unit,
    /// `berat_gram`.
    Weight,
    /// `status_halal`: `tidak`, `proses` or `bersertifikat`.
    Halal,
    /// `no_sertifikat_halal`.
    Certificate,
    /// `pirt`.
    Pirt,
    /// `bpom`.
    Bpom,
    /// `email_penjual`: a seller of the pesantren.
    Seller,
}

impl ImportColumn {
    /// Every column, in the template's order.
    pub const ALL: [ImportColumn; 12] = [
        ImportColumn::Name,
        ImportColumn::Category,
        ImportColumn::Description,
        ImportColumn::Price,
        ImportColumn::Stock,
        ImportColumn::Unit,
        ImportColumn::Weight,
        ImportColumn::Halal,
        ImportColumn::Certificate,
        ImportColumn::Pirt,
        ImportColumn::Bpom,
        ImportColumn::Seller,
    ];

    /// The header the file uses.
    pub fn header(self) -> &'static str {
        match self {
            ImportColumn::Name => "nama",
            ImportColumn::Category => "kategori",
            ImportColumn::Description => "deskripsi",
            ImportColumn::Price => "harga",
            ImportColumn::Stock => "stok",
            ImportColumn::Unit => "satuan",
            ImportColumn::Weight => "berat_gram",
            ImportColumn::Halal => "status_halal",
            ImportColumn::Certificate => "no_sertifikat_halal",
            ImportColumn::Pirt => "pirt",
            ImportColumn::Bpom => "bpom",
            ImportColumn::Seller => "email_penjual",
        }
    }

    /// Whether a file must have this column (the others may be left out).
    pub fn required(self) -> bool {
        !matches!(
            self,
            ImportColumn::Certificate | ImportColumn::Pirt | ImportColumn::Bpom
        )
    }

    /// Reads a header: case, spaces and a trailing `*` do not matter.
    pub fn from_header(text: &str) -> Option<ImportColumn> {
        let key = text
            .trim()
            .trim_start_matches('\u{feff}')
            .trim_end_matches('*')
            .trim()
            .to_lowercase()
            .replace([' ', '-'], "_");
        ImportColumn::ALL.into_iter().find(|c| c.header() == key)
    }

    fn of_field(field: ListingField) -> ImportColumn {
        match field {
            ListingField::Name => ImportColumn::Name,
            ListingField::Category => ImportColumn::Category,
            ListingField::Description => ImportColumn::Description,
            ListingField::Price => ImportColumn::Price,
            ListingField::Stock => ImportColumn::Stock,
            ListingField::Unit => ImportColumn::Unit,
            ListingField::Weight => ImportColumn::Weight,
            ListingField::HalalStatus => ImportColumn::Halal,
            ListingField::HalalCertificate => ImportColumn::Certificate,
            ListingField::Pirt => ImportColumn::Pirt,
            ListingField::Bpom => ImportColumn::Bpom,
        }
    }
}

/// Why a whole file was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileProblem {
    /// No file was chosen, or it is empty.
    Empty,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// Neither a CSV (UTF-8) nor an Excel workbook.
    Unreadable,
    /// More than [`MAX_ROWS`] product rows.
    TooManyRows,
    /// The header row lacks these columns.
    MissingColumns(Vec<ImportColumn>),
    /// A header appears twice.
    RepeatedColumn(ImportColumn),
}

/// Why a cell was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CellProblem {
    /// The listing rule refused it.
    Listing(ListingProblem),
    /// No seller of this pesantren has this email.
    SellerUnknown,
}

/// One refused cell of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    /// Line in the file (the header is line 1).
    pub line: usize,
    /// The column.
    pub column: ImportColumn,
    /// Why.
    pub problem: CellProblem,
}

/// Which column index holds which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns(Vec<Option<ImportColumn>>);

impl Columns {
    /// Reads the header row; unknown headers are ignored.
    pub fn read(headers: &[String]) -> Result<Columns, FileProblem> {
        let columns: Vec<Option<ImportColumn>> = headers
            .iter()
            .map(|h| ImportColumn::from_header(h))
            .collect();
        for (i, c) in columns.iter().enumerate() {
            if let Some(c) = c
                && columns[..i].contains(&Some(*c))
            {
                return Err(FileProblem::RepeatedColumn(*c));
            }
        }
        let missing: Vec<ImportColumn> = ImportColumn::ALL
            .into_iter()
            .filter(|c| c.required() && !columns.contains(&Some(*c)))
            .collect();
        if !missing.is_empty() {
            return Err(FileProblem::MissingColumns(missing));
        }
        Ok(Columns(columns))
    }

    fn cell<'a>(&self, cells: &'a [String], column: ImportColumn) -> &'a str {
        self.0
            .iter()
            .position(|c| *c == Some(column))
            .and_then(|i| cells.get(i))
            .map_or("", |s| s.trim())
    }
}

/// `tidak`, `proses`, `bersertifikat` (and the stored codes, and a few synonyms) as a halal
/// status code; anything else stays as typed, for the listing rule to refuse.
pub fn halal_code(text: &str) -> String {
    match text.trim().to_lowercase().as_str() {
        "tidak" | "belum" | "tidak ada" | "none" | "" => "none".into(),
        "proses" | "dalam proses" | "in_process" => "in_process".into(),
        "bersertifikat" | "sertifikat" | "ya" | "halal" | "certified" => "certified".into(),
        other => other.to_owned(),
    }
}

/// A row of the file turned into a listing form (the category as `category_id` finds it) and
/// the seller's email.
pub fn row_input(
    columns: &Columns,
    cells: &[String],
    category_id: impl Fn(&str) -> Option<i32>,
) -> (ListingInput, String) {
    let get = |c| columns.cell(cells, c).to_owned();
    let category = get(ImportColumn::Category);
    let input = ListingInput {
        name: get(ImportColumn::Name),
        category: if category.is_empty() {
            String::new()
        } else {
            // An unknown category becomes `0`, which the listing rule refuses as unknown.
            category_id(&category).unwrap_or(0).to_string()
        },
        description: get(ImportColumn::Description),
        price: get(ImportColumn::Price),
        stock: get(ImportColumn::Stock),
        unit: get(ImportColumn::Unit),
        weight: get(ImportColumn::Weight),
        halal_status: halal_code(&get(ImportColumn::Halal)),
        halal_certificate: get(ImportColumn::Certificate),
        pirt: get(ImportColumn::Pirt),
        bpom: get(ImportColumn::Bpom),
    };
    (input, get(ImportColumn::Seller).to_lowercase())
}

/// The listing rule's problems of a row, by column.
pub fn row_problems(line: usize, input: &ListingInput) -> Vec<RowProblem> {
    match input.validate() {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .0
            .into_iter()
            .map(|(field, problem)| RowProblem {
                line,
                column: ImportColumn::of_field(field),
                problem: CellProblem::Listing(problem),
            })
            .collect(),
    }
}

/// A product row that passed every check, waiting for the admin's go-ahead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StagedRow {
    /// Line in the file.
    pub line: usize,
    /// The listing form (valid).
    pub input: ListingInput,
    /// The seller.
    pub seller_id: i32,
}

/// What the preview of an uploaded file shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    /// The batch's id.
    pub id: i32,
    /// The file's name as uploaded.
    pub file_name: String,
    /// Product rows in the file.
    pub rows: usize,
    /// Rows that will be imported.
    pub valid: usize,
    /// Problems, at most [`MAX_LISTED_PROBLEMS`].
    pub problems: Vec<RowProblem>,
    /// All problems, listed or not.
    pub problem_count: usize,
    /// The first valid rows: line, name, price as typed, seller email.
    pub sample: Vec<(usize, String, String, String)>,
    /// When the batch was imported (WIB), if it was.
    pub imported_at: Option<String>,
    /// Whether imported products go live at once (the pesantren is verified) or wait for review.
    pub publishes: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn headers_are_read_loosely_and_required_ones_checked() {
        let columns = Columns::read(&strings(&[
            "\u{feff}Nama*",
            "Kategori",
            "Deskripsi",
            "HARGA",
            "stok",
            "satuan",
            "Berat Gram",
            "status-halal",
            "email_penjual",
            "catatan",
        ]))
        .expect("columns");
        let (input, seller) = row_input(
            &columns,
            &strings(&[
                "Kopi Rempah",
                "minuman",
                "Kopi.",
                "Rp 25.000",
                "10",
                "pak",
                "250",
                "Proses",
                "Penjual@Uji.Example.org",
                "abaikan",
            ]),
            |c| (c == "minuman").then_some(3),
        );
        assert_eq!(input.name, "Kopi Rempah");
        assert_eq!(input.category, "3");
        assert_eq!(input.price, "Rp 25.000");
        assert_eq!(input.halal_status, "in_process");
        assert_eq!(seller, "penjual@uji.example.org");
        assert!(input.validate().is_ok());

        assert_eq!(
            Columns::read(&strings(&["nama", "harga"])),
            Err(FileProblem::MissingColumns(vec![
                ImportColumn::Category,
                ImportColumn::Description,
                ImportColumn::Stock,
                ImportColumn::Unit,
                ImportColumn::Weight,
                ImportColumn::Halal,
                ImportColumn::Seller,
            ]))
        );
        assert_eq!(
            Columns::read(&strings(&["nama", "Nama"])),
            Err(FileProblem::RepeatedColumn(ImportColumn::Name))
        );
    }

    #[test]
    fn a_bad_row_names_its_line_and_columns() {
        let headers: Vec<String> = ImportColumn::ALL
            .iter()
            .map(|c| c.header().to_owned())
            .collect();
        let columns = Columns::read(&headers).expect("columns");
        let (input, _) = row_input(
            &columns,
            &strings(&[
                "Ko",
                "tidak ada",
                "",
                "-5",
                "dua",
                "pak",
                "250",
                "bersertifikat",
                "",
                "",
                "",
                "x@uji.example.org",
            ]),
            |_| None,
        );
        let problems = row_problems(7, &input);
        let cells: Vec<(ImportColumn, CellProblem)> =
            problems.iter().map(|p| (p.column, p.problem)).collect();
        assert!(problems.iter().all(|p| p.line == 7));
        assert_eq!(
            cells,
            [
                (
                    ImportColumn::Name,
                    CellProblem::Listing(ListingProblem::NameTooShort)
                ),
                (
                    ImportColumn::Category,
                    CellProblem::Listing(ListingProblem::CategoryUnknown)
                ),
                (
                    ImportColumn::Description,
                    CellProblem::Listing(ListingProblem::Required)
                ),
                (
                    ImportColumn::Price,
                    CellProblem::Listing(ListingProblem::PriceNotPositive)
                ),
                (
                    ImportColumn::Stock,
                    CellProblem::Listing(ListingProblem::StockInvalid)
                ),
                (
                    ImportColumn::Certificate,
                    CellProblem::Listing(ListingProblem::CertificateRequired)
                ),
            ]
        );
    }
}
