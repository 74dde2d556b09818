//! The open data API over HTTP on SQLite and PostgreSQL: every answer is checked against the
//! API's own OpenAPI document (strictly: no field it does not describe), the figures against
//! the database and the catalogue, and CORS, errors and the rate limit.

use crate::support::{TestApp, on_both_backends};
use db::entity::{pesantren, product};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

/// Forbids undescribed properties in every object schema of the document's components.
fn strict(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if map.contains_key("properties") {
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            for value in map.values_mut() {
                strict(value);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strict),
        _ => {}
    }
}

/// Checks `body` against the schema the document gives for `GET path` answering `status`.
fn conforms(doc: &Value, path: &str, status: u16, body: &Value) {
    let errors = problems(doc, path, status, body);
    assert!(errors.is_empty(), "GET {path} {status}: {errors:?}\n{body}");
}

/// What is wrong with `body` by the document's schema for `GET path` answering `status`.
fn problems(doc: &Value, path: &str, status: u16, body: &Value) -> Vec<String> {
    let schema = &doc["paths"][path]["get"]["responses"][status.to_string()]["content"]["application/json"]
        ["schema"];
    assert!(schema.is_object(), "GET {path} {status} is documented");
    let mut root = json!({ "components": doc["components"].clone() });
    strict(&mut root);
    for (k, v) in schema.as_object().into_iter().flatten() {
        root[k] = v.clone();
    }
    let validator = jsonschema::validator_for(&root).expect("the document's schema compiles");
    validator.iter_errors(body).map(|e| e.to_string()).collect()
}

async fn get_json(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, reqwest::header::HeaderMap, Value) {
    let (status, headers, body) = app.get(path, headers).await;
    let json = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"));
    (status, headers, json)
}

async fn open_data_api(url: &str) {
    let app = TestApp::spawn(url, Some(300)).await;
    let (status, headers, doc) = get_json(&app, "/api/v1/openapi.json", &[]).await;
    assert_eq!(status, 200);
    assert_eq!(
        headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("application/json")
    );
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );
    for path in [
        "/api/v1/products",
        "/api/v1/pesantren",
        "/api/v1/stats",
        "/api/v1/regions/{code}/stats",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} documented");
    }

    // Products: only published ones, the catalogue's filters and order.
    let published = product::Entity::find()
        .filter(product::Column::ListingState.eq("published"))
        .count(&app.db)
        .await
        .expect("count");
    assert!(
        product::Entity::find()
            .filter(product::Column::ListingState.ne("published"))
            .count(&app.db)
            .await
            .expect("count")
            > 0,
        "the demo data has unpublished products to leave out"
    );
    let (status, _, all) = get_json(&app, "/api/v1/products", &[]).await;
    assert_eq!(status, 200);
    conforms(&doc, "/api/v1/products", 200, &all);
    assert_eq!(all["total"].as_u64(), Some(published));
    assert_eq!(all["items"].as_array().map(Vec::len), Some(24));
    let catalogue = db::queries::catalogue::Catalogue::new(&app.db)
        .await
        .expect("catalogue");
    for query in [
        "wilayah=3517&urut=termurah",
        "q=kopi&halal=1",
        "kategori=makanan-minuman&min=10.000&maks=Rp+60.000&urut=termahal&hal=2",
        "pilar=santripreneur&stok=1",
    ] {
        let (status, _, page) = get_json(&app, &format!("/api/v1/products?{query}"), &[]).await;
        assert_eq!(status, 200, "{query}");
        conforms(&doc, "/api/v1/products", 200, &page);
        let expected = catalogue.search(&app.db, query).await.expect("search");
        assert_eq!(page["total"].as_u64(), Some(expected.total), "{query}");
        let slugs: Vec<&str> = page["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["slug"].as_str().expect("slug"))
            .collect();
        let expected_slugs: Vec<&str> = expected.products.iter().map(|p| p.slug.as_str()).collect();
        assert_eq!(slugs, expected_slugs, "{query}");
        for item in page["items"].as_array().expect("items") {
            let url = item["url"].as_str().expect("url");
            assert_eq!(
                url,
                format!(
                    "{}/produk/{}",
                    app.base,
                    item["slug"].as_str().expect("slug")
                )
            );
        }
    }
    let (_, _, jombang) = get_json(&app, "/api/v1/products?wilayah=3517", &[]).await;
    assert!(
        jombang["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|i| i["region"] == "Kab. Jombang")
    );
    // Bad filters are corrected and said, in the asked language.
    let (status, _, corrected) = get_json(
        &app,
        "/api/v1/products?min=-5&wilayah=99&hal=99999&urut=%3Cscript%3E",
        &[("accept-language", "en")],
    )
    .await;
    assert_eq!(status, 200);
    conforms(&doc, "/api/v1/products", 200, &corrected);
    let codes: Vec<&str> = corrected["corrections"]
        .as_array()
        .expect("corrections")
        .iter()
        .map(|c| c["code"].as_str().expect("code"))
        .collect();
    for code in [
        "negative_price",
        "unknown_region",
        "unknown_sort",
        "page_too_high",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    assert_eq!(corrected["page"], corrected["pages"]);
    assert!(
        corrected["corrections"][0]["message"]
            .as_str()
            .is_some_and(|m| m.is_ascii()),
        "English message: {}",
        corrected["corrections"][0]["message"]
    );

    // Pesantren: verified only.
    let verified = pesantren::Entity::find()
        .filter(pesantren::Column::Verification.eq("verified"))
        .count(&app.db)
        .await
        .expect("count");
    let (status, _, list) = get_json(&app, "/api/v1/pesantren?wilayah=3517", &[]).await;
    assert_eq!(status, 200);
    conforms(&doc, "/api/v1/pesantren", 200, &list);
    assert!(
        list["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|p| p["region_code"] == "3517")
    );
    let (_, _, all_pesantren) = get_json(&app, "/api/v1/pesantren", &[]).await;
    assert_eq!(all_pesantren["total"].as_u64(), Some(verified));

    // Stats: the province is the sum of its regions, and one region's answer is its row.
    let (status, _, stats) = get_json(&app, "/api/v1/stats", &[]).await;
    assert_eq!(status, 200);
    conforms(&doc, "/api/v1/stats", 200, &stats);
    let regions = stats["regions"].as_array().expect("regions");
    assert_eq!(regions.len(), 38);
    for field in [
        "published_products",
        "flagship_products",
        "pesantren",
        "santri_sellers",
    ] {
        let sum: u64 = regions
            .iter()
            .map(|r| r[field].as_u64().expect("count"))
            .sum();
        assert_eq!(stats["province"][field].as_u64(), Some(sum), "{field}");
    }
    assert_eq!(
        stats["province"]["published_products"].as_u64(),
        Some(published)
    );
    assert_eq!(stats["province"]["pesantren"].as_u64(), Some(verified));
    let (status, _, jombang) = get_json(&app, "/api/v1/regions/3517/stats", &[]).await;
    assert_eq!(status, 200);
    conforms(&doc, "/api/v1/regions/{code}/stats", 200, &jombang);
    let row = regions
        .iter()
        .find(|r| r["code"] == "3517")
        .expect("Jombang's row");
    assert_eq!(&jombang, row);
    // The check itself catches an undescribed field, a missing one and a wrong type.
    let path = "/api/v1/regions/{code}/stats";
    let mut extra = jombang.clone();
    extra["secret"] = json!(1);
    assert!(!problems(&doc, path, 200, &extra).is_empty());
    let mut missing = jombang.clone();
    missing.as_object_mut().map(|m| m.remove("pesantren"));
    assert!(!problems(&doc, path, 200, &missing).is_empty());
    let mut wrong = jombang.clone();
    wrong["targets"]["year"] = json!("tahun ini");
    assert!(!problems(&doc, path, 200, &wrong).is_empty());

    // Errors: JSON with a code and a message, documented.
    let (status, _, unknown) = get_json(&app, "/api/v1/regions/9999/stats", &[]).await;
    assert_eq!(status, 404);
    conforms(&doc, "/api/v1/regions/{code}/stats", 404, &unknown);
    assert_eq!(unknown["error"], "unknown_region");
    let (status, _, nothing) = get_json(&app, "/api/v1/nothing?lang=en", &[]).await;
    assert_eq!(
        (status, nothing["error"].as_str()),
        (404, Some("not_found"))
    );

    // CORS for GET from any site.
    let (_, headers, _) = app
        .get("/api/v1/stats", &[("origin", "https://data.example.go.id")])
        .await;
    assert_eq!(
        headers
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("*")
    );
    let preflight = app
        .http
        .request(
            reqwest::Method::OPTIONS,
            format!("{}/api/v1/products", app.base),
        )
        .header("origin", "https://data.example.go.id")
        .header("access-control-request-method", "GET")
        .send()
        .await
        .expect("preflight");
    assert_eq!(preflight.status().as_u16(), 200);
    let allowed = preflight
        .headers()
        .get("access-control-allow-methods")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(allowed.contains("GET"), "{allowed}");
}

async fn rate_limited(url: &str) {
    let app = TestApp::spawn_with_limits(
        url,
        Some(0),
        auth::RateLimits {
            per_address_per_minute: 100,
            per_account_per_minute: 100,
            api_per_address_per_minute: 3,
        },
    )
    .await;
    let (_, _, doc) = get_json(&app, "/api/v1/openapi.json", &[]).await;
    for _ in 0..2 {
        let (status, _, _) = app.get("/api/v1/stats", &[]).await;
        assert_eq!(status, 200);
    }
    let (status, headers, refused) = get_json(&app, "/api/v1/stats", &[]).await;
    assert_eq!(status, 429);
    assert_eq!(
        headers.get("retry-after").and_then(|v| v.to_str().ok()),
        Some("60")
    );
    conforms(&doc, "/api/v1/stats", 429, &refused);
    assert_eq!(refused["error"], "rate_limited");
    // Pages are not counted against the API's limit.
    let (status, _, _) = app.get("/data", &[]).await;
    assert_eq!(status, 200);
}

on_both_backends!(open_data_api, rate_limited);
