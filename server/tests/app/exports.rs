//! Dashboard downloads over HTTP on SQLite and PostgreSQL: the CSV and the Excel file hold
//! exactly the rows of the on-screen list with its filters (every page, same order), only
//! programme staff get them, and the batches an export reads join up without gaps or repeats.

use crate::support::{Browser, TestApp, on_both_backends};
use db::entity::product;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::Value;

const STAFF: &str = "admin@opop.example.org";
const PASSWORD: &str = "opop-demo-2026";

/// The CSV's rows (header first), after its byte-order mark.
fn csv_rows(body: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(body).expect("utf-8");
    let text = text
        .strip_prefix('\u{feff}')
        .expect("starts with a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("csv record").iter().map(str::to_owned).collect())
        .collect()
}

/// The workbook's `Data` sheet as text, numbers written as whole numbers.
fn xlsx_rows(body: Vec<u8>) -> Vec<Vec<String>> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(body)).expect("an Excel file");
    let sheet = book.worksheet_range("Data").expect("a Data sheet");
    sheet
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::String(s) => s.clone(),
                    #[expect(clippy::cast_possible_truncation, reason = "whole numbers")]
                    Data::Float(f) => (*f as i64).to_string(),
                    Data::Int(i) => i.to_string(),
                    Data::Empty => String::new(),
                    other => panic!("unexpected cell {other:?}"),
                })
                .collect()
        })
        .collect()
}

/// Every page of the curation list for these filters, as export rows.
async fn curation_list(
    app: &TestApp,
    staff: &Browser,
    filters: &[(&str, &str)],
) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for page in 1.. {
        let hal = page.to_string();
        let mut form = filters.to_vec();
        form.push(("hal", &hal));
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let (status, _, body) = staff.post("/api/curation", &[("query", &query)]).await;
        assert_eq!(status, 200, "{body}");
        let v: Value = serde_json::from_str(&body).expect("json");
        let list = &v["page"];
        for item in list["items"].as_array().expect("items") {
            let level: domain::CurationLevel =
                serde_json::from_value(item["level"].clone()).expect("a curation level");
            rows.push(vec![
                item["name"].as_str().expect("name").to_owned(),
                item["pesantren_name"]
                    .as_str()
                    .expect("pesantren")
                    .to_owned(),
                item["region_name"].as_str().expect("region").to_owned(),
                item["price"].as_i64().expect("price").to_string(),
                app::i18n::curation_level_name(domain::Locale::Id, level).to_owned(),
                if item["flagship"].as_bool().expect("flagship") {
                    "Ya"
                } else {
                    "Tidak"
                }
                .to_owned(),
                app::i18n::listing_state(
                    domain::Locale::Id,
                    serde_json::from_value(item["state"].clone()).expect("a listing state"),
                )
                .to_owned(),
                format!(
                    "{}/produk/{}",
                    app.base,
                    item["slug"].as_str().expect("slug")
                ),
            ]);
        }
        let total = list["total"].as_u64().expect("total");
        if (page as u64) * domain::curation::CURATION_PAGE_SIZE >= total {
            assert_eq!(rows.len() as u64, total, "every page read");
            break;
        }
    }
    rows
}

/// Every page of the programme's pesantren list for these filters, as export rows.
async fn pesantren_list(
    app: &TestApp,
    staff: &Browser,
    filters: &[(&str, &str)],
) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for page in 1.. {
        let hal = page.to_string();
        let mut form = filters.to_vec();
        form.push(("hal", &hal));
        let (status, _, body) = staff.post("/api/pesantren_list", &form).await;
        assert_eq!(status, 200, "{body}");
        let list: Value = serde_json::from_str(&body).expect("json");
        for item in list["items"].as_array().expect("items") {
            let state: domain::curation::Verification =
                serde_json::from_value(item["state"].clone()).expect("a state");
            rows.push(vec![
                item["name"].as_str().expect("name").to_owned(),
                item["region_code"].as_str().expect("code").to_owned(),
                item["region_name"].as_str().expect("region").to_owned(),
                app::i18n::verification_name(domain::Locale::Id, state).to_owned(),
                item["sellers"].as_u64().expect("sellers").to_string(),
                item["published"].as_u64().expect("published").to_string(),
                item["joined_on"].as_str().expect("joined").to_owned(),
                format!(
                    "{}/pesantren/{}",
                    app.base,
                    item["slug"].as_str().expect("slug")
                ),
            ]);
        }
        let total = list["total"].as_u64().expect("total");
        if (page as u64) * domain::pesantren_list::PESANTREN_LIST_PAGE_SIZE >= total {
            assert_eq!(rows.len() as u64, total, "every page read");
            break;
        }
    }
    rows
}

async fn download(staff: &Browser, path: &str) -> (u16, String, Vec<u8>) {
    let (status, headers, body) = staff.get_bytes(path).await;
    let disposition = headers
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (status, disposition, body)
}

async fn exports_match_the_lists(url: &str) {
    let app = TestApp::spawn(url, Some(300)).await;
    // Some products share a name, so the batches must also be cut between equal names.
    let ids: Vec<i32> = product::Entity::find()
        .select_only()
        .column(product::Column::Id)
        .order_by_asc(product::Column::Id)
        .limit(12)
        .into_tuple()
        .all(&app.db)
        .await
        .expect("ids");
    product::Entity::update_many()
        .col_expr(product::Column::Name, Expr::value("Kopi Rempah Kembar"))
        .filter(product::Column::Id.is_in(ids))
        .exec(&app.db)
        .await
        .expect("rename");
    let staff = Browser::new(&app);
    staff.login(STAFF, PASSWORD).await;

    let header = [
        "Produk",
        "Pesantren",
        "Kabupaten/Kota",
        "Harga (Rp)",
        "Tingkat kurasi",
        "Unggulan",
        "Status",
        "Tautan",
    ];
    for (query, filters) in [
        ("", vec![]),
        ("wilayah=3517", vec![("wilayah", "3517")]),
        (
            "q=kopi&tingkat=registered",
            vec![("q", "kopi"), ("tingkat", "registered")],
        ),
        ("unggulan=1", vec![("unggulan", "1")]),
        // The catalogue's filters plus the listing state.
        (
            "kategori=makanan-minuman&pilar=santripreneur&min=10.000&maks=Rp+80.000&stok=1",
            vec![
                ("kategori", "makanan-minuman"),
                ("pilar", "santripreneur"),
                ("min", "10.000"),
                ("maks", "Rp 80.000"),
                ("stok", "1"),
            ],
        ),
        ("status=submitted", vec![("status", "submitted")]),
        (
            "status=draft&halal=1",
            vec![("status", "draft"), ("halal", "1")],
        ),
        // Unknown values are ignored, as on the page.
        (
            "wilayah=99&tingkat=%3Cscript%3E",
            vec![("wilayah", "99"), ("tingkat", "<script>")],
        ),
    ] {
        let expected = curation_list(&app, &staff, &filters).await;
        let (status, disposition, body) =
            download(&staff, &format!("/program/produk/unduh.csv?{query}")).await;
        assert_eq!(status, 200, "{query}");
        assert!(
            disposition.starts_with("attachment; filename=\"opop-kurasi-produk-")
                && disposition.ends_with(".csv\""),
            "{disposition}"
        );
        let rows = csv_rows(&body);
        assert_eq!(rows[0], header, "{query}");
        assert_eq!(rows[1..], expected[..], "CSV rows of {query:?}");

        let (status, disposition, body) =
            download(&staff, &format!("/program/produk/unduh.xlsx?{query}")).await;
        assert_eq!(status, 200, "{query}");
        assert!(disposition.ends_with(".xlsx\""), "{disposition}");
        let rows = xlsx_rows(body);
        assert_eq!(rows[0], header, "{query}");
        assert_eq!(rows[1..], expected[..], "Excel rows of {query:?}");
    }
    for filters in [
        vec![("status", "submitted")],
        vec![("kategori", "makanan-minuman"), ("stok", "1")],
    ] {
        assert!(
            !curation_list(&app, &staff, &filters).await.is_empty(),
            "the demo data has rows for {filters:?}"
        );
    }
    let everything = curation_list(&app, &staff, &[]).await;
    assert!(everything.len() > 100, "the demo data has a long list");
    assert!(
        everything
            .iter()
            .filter(|r| r[0] == "Kopi Rempah Kembar")
            .count()
            > 1,
        "the list holds equal names"
    );

    // Batches of 7 join up to the whole list: no row lost or repeated at a cut.
    let refs = db::queries::catalogue::ReferenceData::load(&app.db)
        .await
        .expect("refs");
    let filter = domain::curation::CurationFilter::default();
    let mut joined = Vec::new();
    let mut after = None;
    loop {
        let batch = db::curation::curation_rows(&app.db, &refs, &filter, after.clone(), 7)
            .await
            .expect("batch");
        after = batch.last().map(|i| (i.name.clone(), i.id));
        let done = batch.len() < 7;
        joined.extend(batch.into_iter().map(|i| i.name));
        if done {
            break;
        }
    }
    let names: Vec<String> = everything.iter().map(|r| r[0].clone()).collect();
    assert_eq!(joined, names);

    // The programme's pesantren list: every state, filtered like the page.
    let header = [
        "Pesantren",
        "Kode wilayah",
        "Kabupaten/Kota",
        "Status verifikasi",
        "Penjual",
        "Produk terbit",
        "Bergabung",
        "Tautan",
    ];
    for (query, filters) in [
        ("", vec![]),
        ("status=pending", vec![("status", "pending")]),
        (
            "wilayah=3517&status=verified",
            vec![("wilayah", "3517"), ("status", "verified")],
        ),
        ("q=al", vec![("q", "al")]),
    ] {
        let expected = pesantren_list(&app, &staff, &filters).await;
        for ext in ["csv", "xlsx"] {
            let (status, _, body) = download(
                &staff,
                &format!("/program/daftar-pesantren/unduh.{ext}?{query}"),
            )
            .await;
            assert_eq!(status, 200, "{query}");
            let rows = if ext == "csv" {
                csv_rows(&body)
            } else {
                xlsx_rows(body)
            };
            assert_eq!(rows[0], header);
            assert_eq!(rows[1..], expected[..], "{ext} rows of {query:?}");
        }
    }
    let all = pesantren_list(&app, &staff, &[]).await;
    assert!(
        all.len() > domain::pesantren_list::PESANTREN_LIST_PAGE_SIZE as usize,
        "several pages"
    );
    assert!(
        all.iter().any(|r| r[3] != "Terverifikasi"),
        "the demo data has unverified pesantren"
    );

    // Progress per region: the page's rows (province first, then its order) and figures.
    let (status, _, body) = staff
        .post(
            "/api/programme",
            &[("tahun", ""), ("ukuran", "pesantren"), ("urut", "nama")],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let page: Value = serde_json::from_str(&body).expect("json");
    let mut shown = vec![page["province"].clone()];
    shown.extend(page["regions"].as_array().expect("regions").iter().cloned());
    let (status, _, body) = download(&staff, "/program/unduh.csv?ukuran=pesantren&urut=nama").await;
    assert_eq!(status, 200);
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), 1 + 39, "header, province and 38 regions");
    assert_eq!(
        rows[0][..4],
        [
            "Kode wilayah",
            "Kabupaten/Kota",
            "Produk unggulan",
            "Target produk unggulan"
        ]
    );
    for (row, shown) in rows[1..].iter().zip(&shown) {
        assert_eq!(row[0], shown["region_code"].as_str().unwrap_or(""));
        assert_eq!(row[1], shown["name"].as_str().expect("name"));
        for (i, figure) in shown["figures"]
            .as_array()
            .expect("figures")
            .iter()
            .enumerate()
        {
            assert_eq!(
                row[2 + i * 4],
                figure[0].as_u64().expect("achieved").to_string()
            );
            let target = figure[1]
                .as_i64()
                .map(|t| t.to_string())
                .unwrap_or_default();
            assert_eq!(row[3 + i * 4], target, "{}", row[1]);
        }
    }
    let (status, _, body) =
        download(&staff, "/program/unduh.xlsx?ukuran=pesantren&urut=nama").await;
    assert_eq!(status, 200);
    assert_eq!(xlsx_rows(body), rows, "Excel and CSV hold the same table");

    // Only programme staff; an unknown format is not there.
    let (status, _, _) = download(&staff, "/program/produk/unduh.pdf").await;
    assert_eq!(status, 404);
    let visitor = Browser::new(&app);
    let (status, headers, _) = visitor.get_bytes("/program/produk/unduh.csv").await;
    assert_eq!(status, 303);
    assert_eq!(
        headers.get("location").and_then(|v| v.to_str().ok()),
        Some("/masuk?next=/program/produk")
    );
    let seller_email: String = db::entity::user::Entity::find()
        .select_only()
        .column(db::entity::user::Column::Email)
        .filter(db::entity::user::Column::Role.eq("seller"))
        .into_tuple()
        .one(&app.db)
        .await
        .expect("query")
        .expect("a seller");
    let seller = Browser::new(&app);
    seller.login(&seller_email, PASSWORD).await;
    for path in ["/program/produk/unduh.csv", "/program/unduh.xlsx"] {
        let (status, _, _) = seller.get_bytes(path).await;
        assert_eq!(status, 403, "{path}");
    }
}

on_both_backends!(exports_match_the_lists);
