//! Bulk import of a pesantren's products from a spreadsheet, as plain form posts (they work
//! without JavaScript): `POST /kelola/impor/unggah` takes a CSV or Excel file, checks every row with
//! the listing rule and keeps the result for the preview at `/kelola/impor/{id}`, where the
//! admin confirms (`POST /api/confirm_import`). `GET /kelola/impor/templat.csv` is the
//! template.
//!
//! Route → reading the file here → `domain::import` (columns, rows, problems) →
//! `db::import` (staging, the one-transaction import).

use app::auth::{Flash, FlashNotice};
use axum::extract::Multipart;
use axum::response::{IntoResponse, Redirect, Response};
use domain::import::{
    CellProblem, Columns, FileProblem, ImportColumn, MAX_FILE_BYTES, MAX_ROWS, RowProblem,
    StagedRow, row_input, row_problems,
};
use http::StatusCode;

type Route = axum::routing::MethodRouter<leptos::prelude::LeptosOptions>;

/// `POST /kelola/impor/unggah`.
pub fn upload_route(db: db::DatabaseConnection) -> Route {
    axum::routing::post(move |auth: auth::AuthSession, multipart: Multipart| {
        let db = db.clone();
        async move { upload(db, auth, multipart).await }
    })
    .layer(axum::extract::DefaultBodyLimit::max(
        MAX_FILE_BYTES + 64 * 1024,
    ))
}

/// `GET /kelola/impor/templat.csv`: the headers and one example row.
pub fn template_route() -> Route {
    axum::routing::get(|| async {
        let headers: Vec<&str> = ImportColumn::ALL.iter().map(|c| c.header()).collect();
        let example = [
            "Kopi Rempah Pesantren",
            "Makanan & Minuman",
            "Kopi robusta dengan jahe dan kayu manis.",
            "25.000",
            "40",
            "pak 250 g",
            "250",
            "bersertifikat",
            "ID35110000123450125",
            "2093507010123-25",
            "",
            "santri@pesantren.example",
        ];
        let mut out = "\u{feff}".as_bytes().to_vec();
        let mut writer = csv::Writer::from_writer(Vec::new());
        let written = writer
            .write_record(&headers)
            .and_then(|()| writer.write_record(example))
            .map_err(|e| e.to_string())
            .and_then(|()| writer.into_inner().map_err(|e| e.to_string()));
        match written {
            Ok(bytes) => {
                out.extend(bytes);
                (
                    [
                        (http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                        (
                            http::header::CONTENT_DISPOSITION,
                            "attachment; filename=\"templat-impor-produk.csv\"",
                        ),
                    ],
                    out,
                )
                    .into_response()
            }
            Err(e) => {
                tracing::error!(error = %e, "writing the import template");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        }
    })
}

async fn set_flash(session: &tower_sessions::Session, flash: Flash) {
    if let Err(e) = session.insert("flash", flash).await {
        tracing::warn!(error = %e, "storing a flash message failed");
    }
}

fn internal(context: &str, error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "{context}");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// The `file` field: its name and bytes.
async fn receive(mut multipart: Multipart) -> Result<(String, Vec<u8>), FileProblem> {
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field.file_name().unwrap_or("impor").to_owned();
                return match field.bytes().await {
                    Ok(b) if b.is_empty() => Err(FileProblem::Empty),
                    Ok(b) if b.len() > MAX_FILE_BYTES => Err(FileProblem::TooLarge),
                    Ok(b) => Ok((name, b.to_vec())),
                    Err(_) => Err(FileProblem::TooLarge),
                };
            }
            Ok(Some(_)) => {}
            Ok(None) => return Err(FileProblem::Empty),
            Err(_) => return Err(FileProblem::TooLarge),
        }
    }
}

/// The file's rows as text: an Excel workbook's first sheet, or CSV (UTF-8, comma or
/// semicolon). Blank rows are dropped.
pub fn read_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, FileProblem> {
    let rows = if bytes.starts_with(b"PK\x03\x04") {
        xlsx_rows(bytes)?
    } else {
        csv_rows(bytes)?
    };
    Ok(rows
        .into_iter()
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .collect())
}

fn xlsx_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, FileProblem> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> =
        Xlsx::new(std::io::Cursor::new(bytes)).map_err(|_| FileProblem::Unreadable)?;
    let sheet = book
        .worksheet_range_at(0)
        .ok_or(FileProblem::Empty)?
        .map_err(|_| FileProblem::Unreadable)?;
    Ok(sheet
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::String(s) => s.clone(),
                    #[expect(clippy::cast_possible_truncation, reason = "whole numbers only")]
                    Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => (*f as i64).to_string(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect())
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, FileProblem> {
    let text = std::str::from_utf8(bytes).map_err(|_| FileProblem::Unreadable)?;
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.map(|r| r.iter().map(str::to_owned).collect())
                .map_err(|_| FileProblem::Unreadable)
        })
        .collect()
}

/// The checked rows of a file for this pesantren's sellers and the categories.
pub fn check_rows(
    rows: &[Vec<String>],
    sellers: &std::collections::HashMap<String, (i32, domain::Pillar)>,
    categories: &std::collections::HashMap<String, i32>,
) -> Result<(Vec<StagedRow>, Vec<RowProblem>), FileProblem> {
    let (header, body) = rows.split_first().ok_or(FileProblem::Empty)?;
    if body.is_empty() {
        return Err(FileProblem::Empty);
    }
    if body.len() > MAX_ROWS {
        return Err(FileProblem::TooManyRows);
    }
    let columns = Columns::read(header)?;
    let mut staged = Vec::new();
    let mut problems = Vec::new();
    for (i, cells) in body.iter().enumerate() {
        // Line 1 is the header.
        let line = i + 2;
        let (input, email) = row_input(&columns, cells, |c| {
            categories
                .get(&c.trim().to_lowercase())
                .or_else(|| categories.get(&domain::search::slugify(c)))
                .copied()
        });
        let mut found = row_problems(line, &input);
        let seller = sellers.get(&email).map(|(id, _)| *id);
        if seller.is_none() {
            found.push(RowProblem {
                line,
                column: ImportColumn::Seller,
                problem: CellProblem::SellerUnknown,
            });
        }
        match (found.is_empty(), seller) {
            (true, Some(seller_id)) => staged.push(StagedRow {
                line,
                input,
                seller_id,
            }),
            _ => problems.extend(found),
        }
    }
    Ok((staged, problems))
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

async fn upload(
    db: db::DatabaseConnection,
    auth: auth::AuthSession,
    multipart: Multipart,
) -> Response {
    let back = "/kelola/impor";
    let Some(user) = auth.user.as_ref() else {
        return Redirect::to("/masuk?next=/kelola/impor").into_response();
    };
    let viewer = user.viewer();
    let (domain::Role::PesantrenAdmin, Some(pesantren_id)) = (viewer.role, viewer.pesantren_id)
    else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let refuse = |problem: FileProblem| {
        let session = auth.session.clone();
        async move {
            set_flash(&session, Flash::Notice(FlashNotice::ImportRefused(problem))).await;
            Redirect::to(back).into_response()
        }
    };
    let (file_name, bytes) = match receive(multipart).await {
        Ok(f) => f,
        Err(problem) => return refuse(problem).await,
    };
    let rows = match tokio::task::spawn_blocking({
        let bytes = bytes.clone();
        move || read_rows(&bytes)
    })
    .await
    {
        Ok(Ok(rows)) => rows,
        Ok(Err(problem)) => return refuse(problem).await,
        Err(e) => return internal("reading an import file", e),
    };
    let (sellers, categories) = match (
        db::import::sellers(&db, pesantren_id).await,
        db::import::category_names(&db).await,
    ) {
        (Ok(s), Ok(c)) => (s, c),
        (Err(e), _) | (_, Err(e)) => return internal("loading sellers and categories", e),
    };
    let (staged, problems) = match check_rows(&rows, &sellers, &categories) {
        Ok(checked) => checked,
        Err(problem) => return refuse(problem).await,
    };
    let file_name: String = file_name.chars().take(200).collect();
    let batch = db::import::NewBatch {
        pesantren_id,
        user_id: viewer.id,
        file_name: &file_name,
        file_hash: &sha256_hex(&bytes),
        rows: rows.len() - 1,
        staged: &staged,
        problems: &problems,
    };
    match db::import::stage(&db, batch).await {
        Ok(id) => Redirect::to(&format!("/kelola/impor/{id}")).into_response(),
        Err(e) => internal("keeping an import file", e),
    }
}
