//! Bulk import over HTTP on SQLite and PostgreSQL: a file of 10 good and 5 bad rows, as CSV and
//! as Excel, gives a preview naming each bad cell (row, column, why), imports the 10 in one go,
//! and never twice for the same file; only the pesantren's admin sees and confirms it.

use crate::support::{Browser, TestApp, on_both_backends};
use db::entity::{category, pesantren, product, user};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

const PASSWORD: &str = opop::seed::accounts::DEMO_PASSWORD;
const HEADER: [&str; 12] = [
    "nama",
    "kategori",
    "deskripsi",
    "harga",
    "stok",
    "satuan",
    "berat_gram",
    "status_halal",
    "no_sertifikat_halal",
    "pirt",
    "bpom",
    "email_penjual",
];

/// 15 rows (lines 2–16): lines 3, 6, 9, 12 and 15 are bad, one problem each.
fn rows(category: &str, sellers: &[String]) -> Vec<Vec<String>> {
    (0..15)
        .map(|i| {
            let line = i + 2;
            let mut row = vec![
                format!("Produk Impor {line:02}"),
                category.to_owned(),
                format!("Produk nomor {line} dari berkas impor."),
                format!("Rp {}.000", 10 + i),
                "12".to_owned(),
                "pak".to_owned(),
                "250".to_owned(),
                "tidak".to_owned(),
                String::new(),
                String::new(),
                String::new(),
                sellers[i % sellers.len()].clone(),
            ];
            match line {
                3 => row[0] = "Ko".into(),
                6 => row[1] = "Kategori Khayalan".into(),
                9 => row[3] = "-5".into(),
                12 => row[11] = "orang@lain.example.org".into(),
                15 => row[7] = "bersertifikat".into(),
                _ => {}
            }
            row
        })
        .collect()
}

fn csv_file(rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER).expect("header");
    for row in rows {
        writer.write_record(row).expect("row");
    }
    writer.into_inner().expect("csv")
}

/// The same rows as a workbook, prices and numbers as numbers where they are numbers.
fn xlsx_file(rows: &[Vec<String>]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (col, h) in (0u16..).zip(HEADER) {
        sheet.write_string(0, col, h).expect("header");
    }
    for (r, row) in (1u32..).zip(rows) {
        for (col, cell) in (0u16..).zip(row) {
            match cell.parse::<f64>() {
                Ok(n) if col != 0 => sheet.write_number(r, col, n),
                _ => sheet.write_string(r, col, cell),
            }
            .expect("cell");
        }
    }
    book.save_to_buffer().expect("xlsx")
}

fn expected_problems() -> Value {
    json!([
        {"line": 3, "column": "Name", "problem": {"Listing": "NameTooShort"}},
        {"line": 6, "column": "Category", "problem": {"Listing": "CategoryUnknown"}},
        {"line": 9, "column": "Price", "problem": {"Listing": "PriceNotPositive"}},
        {"line": 12, "column": "Seller", "problem": "SellerUnknown"},
        {"line": 15, "column": "Certificate", "problem": {"Listing": "CertificateRequired"}},
    ])
}

async fn products_of(app: &TestApp, pesantren_id: i32) -> u64 {
    product::Entity::find()
        .filter(product::Column::PesantrenId.eq(pesantren_id))
        .count(&app.db)
        .await
        .expect("count")
}

/// Uploads a file; returns the preview's address.
async fn upload(admin: &Browser, bytes: Vec<u8>) -> String {
    let (status, location) = admin.upload("/kelola/impor/unggah", "file", bytes).await;
    assert_eq!(status, 303);
    location
}

async fn preview(admin: &Browser, location: &str) -> Value {
    let id = location.rsplit('/').next().expect("id");
    let (status, _, body) = admin.post("/api/import_preview", &[("id", id)]).await;
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).expect("json")
}

async fn import_good_rows_once(url: &str) {
    let app = TestApp::spawn(url, Some(30)).await;
    let admin_row = user::Entity::find()
        .filter(user::Column::Role.eq("pesantren_admin"))
        .order_by_asc(user::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("an admin");
    let pesantren_id = admin_row.pesantren_id.expect("their pesantren");
    let verified = pesantren::Entity::find_by_id(pesantren_id)
        .one(&app.db)
        .await
        .expect("query")
        .is_some_and(|p| p.verification == "verified");
    let sellers: Vec<String> = user::Entity::find()
        .filter(user::Column::PesantrenId.eq(pesantren_id))
        .filter(user::Column::Role.eq("seller"))
        .all(&app.db)
        .await
        .expect("sellers")
        .into_iter()
        .map(|u| u.email.to_uppercase())
        .collect();
    assert!(!sellers.is_empty());
    let category = category::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("a category")
        .name_id;
    let admin = Browser::new(&app);
    admin.login(&admin_row.email, PASSWORD).await;
    let before = products_of(&app, pesantren_id).await;
    let rows = rows(&category, &sellers);

    // CSV: the preview names every bad cell; nothing is created yet.
    let location = upload(&admin, csv_file(&rows)).await;
    let first = preview(&admin, &location).await;
    let p = &first["preview"];
    assert_eq!(
        (p["rows"].as_u64(), p["valid"].as_u64()),
        (Some(15), Some(10))
    );
    assert_eq!(p["problems"], expected_problems());
    assert_eq!(p["imported_at"], Value::Null);
    assert_eq!(products_of(&app, pesantren_id).await, before);
    let (status, html) = admin.get(&location).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Bukan email penjual pesantren ini.")
            && html.contains("<code>email_penjual</code>")
    );
    assert!(
        html.contains("15 baris: 10 siap diimpor, 5 bermasalah."),
        "summary line"
    );

    // Confirmed: the 10 good rows, in one go, then never again for this file.
    let id = first["preview"]["id"].to_string();
    let (status, _, created) = admin.post("/api/confirm_import", &[("id", &id)]).await;
    assert_eq!((status, created.as_str()), (200, "10"));
    assert_eq!(products_of(&app, pesantren_id).await, before + 10);
    let imported = product::Entity::find()
        .filter(product::Column::PesantrenId.eq(pesantren_id))
        .filter(product::Column::Name.starts_with("Produk Impor"))
        .order_by_asc(product::Column::Name)
        .all(&app.db)
        .await
        .expect("imported");
    let names: Vec<&str> = imported.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [2, 4, 5, 7, 8, 10, 11, 13, 14, 16].map(|l| format!("Produk Impor {l:02}"))
    );
    let line_4 = &imported[1];
    assert_eq!(
        (line_4.price, line_4.stock, line_4.weight_grams),
        (12_000, 12, 250)
    );
    assert_eq!(line_4.slug, format!("produk-impor-04-{}", line_4.id));
    let state = if verified { "published" } else { "submitted" };
    assert!(imported.iter().all(|p| p.listing_state == state));
    assert_eq!(imported.iter().all(|p| p.published_at.is_some()), verified);

    let (status, _, again) = admin.post("/api/confirm_import", &[("id", &id)]).await;
    assert_eq!(
        (status, again.as_str()),
        (200, "0"),
        "a second confirmation imports nothing"
    );
    assert_eq!(
        upload(&admin, csv_file(&rows)).await,
        location,
        "the same file finds its batch"
    );
    let p = preview(&admin, &location).await;
    assert!(p["preview"]["imported_at"].is_string());
    let (_, html) = admin.get(&location).await;
    assert!(html.contains("sudah diimpor pada"), "the preview says so");
    admin.post("/api/confirm_import", &[("id", &id)]).await;
    assert_eq!(products_of(&app, pesantren_id).await, before + 10);

    // Excel with the same rows: the same checks; it is another file, so it imports.
    let location = upload(&admin, xlsx_file(&rows)).await;
    let p = preview(&admin, &location).await;
    assert_eq!(p["preview"]["problems"], expected_problems());
    assert_eq!(p["preview"]["valid"].as_u64(), Some(10));
    let id = p["preview"]["id"].to_string();
    let (_, _, created) = admin.post("/api/confirm_import", &[("id", &id)]).await;
    assert_eq!(created, "10");

    // Whole-file refusals change nothing and say why.
    let before = products_of(&app, pesantren_id).await;
    for (bytes, message) in [
        (
            b"nama,harga\nKopi,10000\n".to_vec(),
            "Kolom tidak ada: kategori, deskripsi",
        ),
        (vec![0xff, 0xfe, 0x00, 0x41], "Berkas tidak terbaca"),
        (
            format!("{}\n", HEADER.join(",")).into_bytes(),
            "Berkas kosong atau tidak ada baris produk.",
        ),
    ] {
        let (status, location) = admin.upload("/kelola/impor/unggah", "file", bytes).await;
        assert_eq!((status, location.as_str()), (303, "/kelola/impor"));
        let (_, html) = admin.get("/kelola/impor").await;
        assert!(html.contains(message), "{message}");
    }
    assert_eq!(products_of(&app, pesantren_id).await, before);

    // Another pesantren's admin cannot see or confirm it; a seller cannot upload.
    let other = user::Entity::find()
        .filter(user::Column::Role.eq("pesantren_admin"))
        .filter(user::Column::PesantrenId.ne(pesantren_id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("another admin");
    let stranger = Browser::new(&app);
    stranger.login(&other.email, PASSWORD).await;
    let (status, _, _) = stranger.post("/api/import_preview", &[("id", &id)]).await;
    assert_eq!(status, 404);
    let (status, _, _) = stranger.post("/api/confirm_import", &[("id", &id)]).await;
    assert_eq!(status, 404);
    let seller = Browser::new(&app);
    seller.login(&sellers[0].to_lowercase(), PASSWORD).await;
    let (status, _) = seller
        .upload("/kelola/impor/unggah", "file", csv_file(&rows))
        .await;
    assert_eq!(status, 403);
    assert_eq!(products_of(&app, pesantren_id).await, before);
}

on_both_backends!(import_good_rows_once);
