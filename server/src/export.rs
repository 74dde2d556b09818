//! CSV and Excel downloads of the dashboard lists: exactly the rows the list's filters select
//! (all pages, in the list's order), Indonesian column headers. Rows are read from the
//! database in batches and written out as they arrive through a channel of two batches, so a
//! list of 100,000 rows never sits in memory at once: CSV is streamed to the client batch by
//! batch; Excel is written row by row to a temporary file (rust_xlsxwriter's constant-memory
//! mode) and that file is streamed.

use axum::body::{Body, Bytes};
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use std::future::Future;
use tokio::sync::mpsc;

/// Rows read from the database per batch.
pub const BATCH: u64 = 1_000;

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A whole number (counts, Rupiah).
    Number(i64),
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_owned())
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Cell {
        Cell::Number(n)
    }
}

impl From<u64> for Cell {
    fn from(n: u64) -> Cell {
        Cell::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// A row of cells.
pub type Row = Vec<Cell>;

/// A batch of rows, or the error that ended the export.
type Batch = Result<Vec<Row>, String>;

/// The two file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values, UTF-8 with a byte-order mark (so spreadsheet programs read the
    /// Indonesian text right).
    Csv,
    /// Excel workbook (`.xlsx`).
    Xlsx,
}

impl Format {
    /// From the file extension in the URL (`csv`, `xlsx`).
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext {
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// A list on its way out: its file name, headers and the rows as they are read.
pub struct Export {
    file_stem: String,
    headers: Vec<&'static str>,
    batches: mpsc::Receiver<Batch>,
}

impl Export {
    /// Starts reading the rows: `fetch(cursor)` returns one batch and the cursor after it
    /// (`None` when that was the last). Reading waits while two batches are unwritten, and
    /// stops when the client goes away.
    pub fn start<C, F, Fut, E>(
        file_stem: String,
        headers: Vec<&'static str>,
        mut fetch: F,
    ) -> Export
    where
        C: Send + 'static,
        F: FnMut(Option<C>) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(Vec<Row>, Option<C>), E>> + Send,
        E: std::fmt::Display + Send,
    {
        let (tx, batches) = mpsc::channel::<Batch>(2);
        tokio::spawn(async move {
            let mut cursor = None;
            loop {
                match fetch(cursor.take()).await {
                    Ok((rows, next)) => {
                        if tx.send(Ok(rows)).await.is_err() {
                            return;
                        }
                        match next {
                            Some(c) => cursor = Some(c),
                            None => return,
                        }
                    }
                    Err(e) => {
                        let message = e.to_string();
                        tracing::error!(error = %message, "reading rows for an export");
                        let _ = tx.send(Err(message)).await;
                        return;
                    }
                }
            }
        });
        Export {
            file_stem,
            headers,
            batches,
        }
    }

    /// The download, as an attachment named `<stem>.<csv|xlsx>`.
    pub fn respond(self, format: Format) -> Response {
        let file_name = format!("{}.{}", self.file_stem, format.extension());
        let (tx, rx) = mpsc::channel::<Result<Bytes, std::io::Error>>(4);
        match format {
            Format::Csv => {
                tokio::spawn(write_csv(self.headers, self.batches, tx));
            }
            Format::Xlsx => {
                tokio::task::spawn_blocking(move || write_xlsx(&self.headers, self.batches, &tx));
            }
        }
        // Fused: the compression layer polls the body once more after its end.
        let stream =
            futures_util::StreamExt::fuse(futures_util::stream::unfold(rx, |mut rx| async move {
                rx.recv().await.map(|chunk| (chunk, rx))
            }));
        (
            [
                (CONTENT_TYPE, format.content_type().to_owned()),
                (
                    CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{file_name}\""),
                ),
            ],
            Body::from_stream(stream),
        )
            .into_response()
    }
}

type Chunks = mpsc::Sender<Result<Bytes, std::io::Error>>;

fn broken(message: String) -> std::io::Error {
    std::io::Error::other(message)
}

fn csv_record(row: impl IntoIterator<Item = String>) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(row)?;
    writer.into_inner().map_err(|e| e.into_error().into())
}

fn csv_batch(rows: Vec<Row>) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::with_capacity(rows.len() * 96));
    for row in rows {
        writer.write_record(row.into_iter().map(|cell| match cell {
            Cell::Text(t) => t,
            Cell::Number(n) => n.to_string(),
        }))?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

async fn write_csv(headers: Vec<&'static str>, mut batches: mpsc::Receiver<Batch>, out: Chunks) {
    let mut head = "\u{feff}".as_bytes().to_vec();
    match csv_record(headers.iter().map(|h| (*h).to_owned())) {
        Ok(bytes) => head.extend(bytes),
        Err(e) => {
            let _ = out.send(Err(broken(e.to_string()))).await;
            return;
        }
    }
    if out.send(Ok(Bytes::from(head))).await.is_err() {
        return;
    }
    while let Some(batch) = batches.recv().await {
        let chunk = batch.and_then(|rows| csv_batch(rows).map_err(|e| e.to_string()));
        let failed = chunk.is_err();
        if out
            .send(chunk.map(Bytes::from).map_err(broken))
            .await
            .is_err()
            || failed
        {
            return;
        }
    }
}

/// Runs on a blocking thread: writes the workbook to a temporary file, then sends the file.
fn write_xlsx(headers: &[&'static str], batches: mpsc::Receiver<Batch>, out: &Chunks) {
    match xlsx_file(headers, batches) {
        Ok(file) => send_file(file, out),
        Err(e) => {
            tracing::error!(error = %e, "writing an Excel export");
            let _ = out.blocking_send(Err(broken(e)));
        }
    }
}

fn xlsx_file(
    headers: &[&'static str],
    mut batches: mpsc::Receiver<Batch>,
) -> Result<std::fs::File, String> {
    use rust_xlsxwriter::{Format as CellFormat, Workbook};
    let text = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut workbook = Workbook::new();
    let sheet = workbook
        .add_worksheet_with_constant_memory()
        .map_err(text)?;
    sheet.set_name("Data").map_err(text)?;
    let bold = CellFormat::new().set_bold();
    for (col, header) in (0u16..).zip(headers) {
        sheet
            .write_string_with_format(0, col, *header, &bold)
            .map_err(text)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(text)?;
    let mut row: u32 = 0;
    while let Some(batch) = batches.blocking_recv() {
        for cells in batch? {
            row += 1;
            for (col, cell) in (0u16..).zip(cells) {
                match cell {
                    Cell::Text(t) => sheet.write_string(row, col, t),
                    // Whole numbers up to 2^53 are exact in Excel's doubles.
                    #[allow(clippy::cast_precision_loss)]
                    Cell::Number(n) => sheet.write_number(row, col, n as f64),
                }
                .map_err(text)?;
            }
        }
    }
    let mut file = tempfile::tempfile().map_err(|e| e.to_string())?;
    workbook.save_to_writer(&mut file).map_err(text)?;
    Ok(file)
}

fn send_file(mut file: std::fs::File, out: &Chunks) {
    use std::io::{Read, Seek, SeekFrom};
    if let Err(e) = file.seek(SeekFrom::Start(0)) {
        let _ = out.blocking_send(Err(e));
        return;
    }
    loop {
        let mut buf = vec![0u8; 64 * 1024];
        match file.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => {
                buf.truncate(n);
                if out.blocking_send(Ok(Bytes::from(buf))).is_err() {
                    return;
                }
            }
            Err(e) => {
                let _ = out.blocking_send(Err(e));
                return;
            }
        }
    }
}
