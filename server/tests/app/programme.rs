//! The programme dashboard over HTTP on SQLite and PostgreSQL: live progress against targets
//! on a small dataset whose figures are counted by hand below, and setting targets.

use crate::support::{Browser, TestApp, on_both_backends};
use db::accounts::NewUser;
use db::entity::{pesantren, product, target, user};
use domain::listing::SaveIntent;
use domain::{HalalStatus, Pillar, Role, Rupiah, ValidListing};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

const PASSWORD: &str = "dasbor program uji";

async fn a_pesantren(app: &TestApp, slug: &str, region: &str, verified: bool) -> i32 {
    let now = time::OffsetDateTime::now_utc();
    pesantren::ActiveModel {
        slug: Set(slug.into()),
        name: Set(format!("Pondok Pesantren {slug}")),
        nsp: Set(None),
        region_code: Set(region.into()),
        address: Set("Jl. Uji".into()),
        description: Set(String::new()),
        cooperative_name: Set(None),
        whatsapp: Set("6281234567890".into()),
        verification: Set(if verified { "verified" } else { "pending" }.into()),
        verified_at: Set(verified.then_some(now)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("pesantren")
    .id
}

async fn account(
    app: &TestApp,
    email: &str,
    role: Role,
    pillar: Option<Pillar>,
    pesantren: Option<i32>,
) -> i32 {
    db::accounts::create_user(
        &app.db,
        NewUser {
            email: domain::Email::parse(email).expect("email"),
            password_hash: auth::password::hash(PASSWORD.into()).await.expect("hash"),
            display_name: email.into(),
            role,
            pillar,
            pesantren_id: pesantren,
        },
    )
    .await
    .expect("account")
    .id
}

/// A programme admin, signed in.
async fn staff(app: &TestApp) -> (i32, Browser) {
    let id = account(
        app,
        "staf@uji.example.org",
        Role::ProgrammeAdmin,
        None,
        None,
    )
    .await;
    let browser = Browser::new(app);
    browser.login("staf@uji.example.org", PASSWORD).await;
    (id, browser)
}

async fn seller(app: &TestApp, email: &str, pillar: Pillar, pesantren: i32) -> i32 {
    account(app, email, Role::Seller, Some(pillar), Some(pesantren)).await
}

/// A product in `state`, flagship or not.
async fn a_product(
    app: &TestApp,
    seller: i32,
    pesantren: i32,
    name: &str,
    state: &str,
    flagship: bool,
) {
    let listing = ValidListing {
        name: name.into(),
        category_id: 1,
        description: "Uji.".into(),
        price: Rupiah(10_000),
        stock: 5,
        unit: "pak".into(),
        weight_grams: 100,
        halal_status: HalalStatus::None,
        halal_certificate: None,
        pirt: None,
        bpom: None,
    };
    let saved = db::listings::create(
        &app.db,
        seller,
        pesantren,
        Pillar::Santripreneur,
        &listing,
        SaveIntent::Submit,
    )
    .await
    .expect("create");
    let db::listings::SaveOutcome::Saved(id, _) = saved else {
        panic!("not saved: {saved:?}");
    };
    let published_at = (state == "published").then(time::OffsetDateTime::now_utc);
    product::Entity::update_many()
        .col_expr(product::Column::ListingState, Expr::value(state))
        .col_expr(product::Column::IsFlagship, Expr::value(flagship))
        .col_expr(product::Column::PublishedAt, Expr::value(published_at))
        .filter(product::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .expect("set state");
}

fn row<'a>(page: &'a Value, code: &str) -> &'a Value {
    page["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .find(|r| r["region_code"] == code)
        .unwrap_or_else(|| panic!("region {code}"))
}

async fn progress_against_targets(url: &str) {
    let app = TestApp::spawn(url, None).await;
    // Jombang (3517): one verified pesantren with two santri sellers, one alumni seller, three
    // published flagship products, one published ordinary, one flagship draft; one pending
    // pesantren. Surabaya (3578): one verified pesantren, one santri seller, one published
    // flagship product. Everywhere else: nothing.
    let a = a_pesantren(&app, "jombang-a", "3517", true).await;
    a_pesantren(&app, "jombang-b", "3517", false).await;
    let c = a_pesantren(&app, "surabaya-c", "3578", true).await;
    let s1 = seller(&app, "s1@uji.example.org", Pillar::Santripreneur, a).await;
    let s2 = seller(&app, "s2@uji.example.org", Pillar::Santripreneur, a).await;
    seller(&app, "alumni@uji.example.org", Pillar::Sosiopreneur, a).await;
    let s3 = seller(&app, "s3@uji.example.org", Pillar::Santripreneur, c).await;
    for (i, seller) in [s1, s1, s2].into_iter().enumerate() {
        a_product(&app, seller, a, &format!("Unggulan {i}"), "published", true).await;
    }
    a_product(&app, s2, a, "Biasa", "published", false).await;
    a_product(&app, s2, a, "Draf unggulan", "draft", true).await;
    a_product(&app, s3, c, "Unggulan Surabaya", "published", true).await;
    // Surabaya's product was published about two months ago.
    let earlier = time::OffsetDateTime::now_utc() - time::Duration::days(62);
    product::Entity::update_many()
        .col_expr(product::Column::PublishedAt, Expr::value(earlier))
        .filter(product::Column::Name.eq("Unggulan Surabaya"))
        .exec(&app.db)
        .await
        .expect("backdate");
    let (_, staff) = staff(&app).await;

    let year = time::OffsetDateTime::now_utc().year().to_string();
    let set = |metric: &'static str, region: &'static str, value: &'static str| {
        let staff = &staff;
        let year = year.clone();
        async move {
            let (status, _, body) = staff
                .post(
                    "/api/set_target",
                    &[
                        ("year", year.as_str()),
                        ("metric", metric),
                        ("region", region),
                        ("value", value),
                    ],
                )
                .await;
            assert_eq!(status, 200, "{body}");
            body
        }
    };
    assert_eq!(set("flagship_products", "3517", "4").await, "true");
    assert_eq!(set("flagship_products", "prov", "1.000").await, "true");
    assert_eq!(set("pesantren", "3578", "1").await, "true");
    assert_eq!(set("santri_sellers", "3517", "5").await, "true");
    // Replaced, not added.
    assert_eq!(set("santri_sellers", "3517", "3").await, "true");
    // Refused: nothing stored.
    assert_eq!(set("flagship_products", "3517", "0").await, "false");
    assert_eq!(set("flagship_products", "9999", "5").await, "false");
    assert_eq!(set("ukuran_lain", "3517", "5").await, "false");
    assert_eq!(
        target::Entity::find().count(&app.db).await.expect("count"),
        4
    );

    let (status, _, body) = staff
        .post(
            "/api/programme",
            &[("tahun", year.as_str()), ("ukuran", ""), ("urut", "")],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let page: Value = serde_json::from_str(&body).expect("json");
    // Figures per metric, in order: flagship products, pesantren, santri sellers.
    assert_eq!(
        page["province"]["figures"],
        serde_json::json!([[4, 1000], [2, null], [3, null]])
    );
    assert_eq!(
        row(&page, "3517")["figures"],
        serde_json::json!([[3, 4], [1, null], [2, 3]])
    );
    assert_eq!(
        row(&page, "3578")["figures"],
        serde_json::json!([[1, null], [1, 1], [1, null]])
    );
    assert_eq!(
        row(&page, "3501")["figures"],
        serde_json::json!([[0, null], [0, null], [0, null]])
    );
    assert_eq!(page["regions"].as_array().map(Vec::len), Some(38));
    // Sorted by percentage: Jombang (75 %) first, the regions without a target after it.
    assert_eq!(page["regions"][0]["region_code"], "3517");
    // Breakdown: every product is a Santripreneur one of the first category; 5 published, 4
    // of them flagship. Growth: 4 this month, 1 in the month of 62 days ago, else 0.
    let breakdown = &page["breakdown"];
    let pillars: Vec<(String, u64, u64)> = breakdown["pillars"]
        .as_array()
        .expect("pillars")
        .iter()
        .map(|r| {
            (
                r["name_id"].as_str().expect("name").to_owned(),
                r["published"].as_u64().expect("published"),
                r["flagship"].as_u64().expect("flagship"),
            )
        })
        .collect();
    assert_eq!(
        pillars,
        [
            ("Santripreneur".to_owned(), 5, 4),
            ("Pesantrenpreneur".to_owned(), 0, 0),
            ("Sosiopreneur".to_owned(), 0, 0)
        ]
    );
    let categories = breakdown["categories"].as_array().expect("categories");
    assert!(categories.len() > 1);
    assert_eq!(
        (
            categories[0]["published"].as_u64(),
            categories[0]["flagship"].as_u64()
        ),
        (Some(5), Some(4))
    );
    assert!(categories[1..].iter().all(|c| c["published"] == 0));
    let growth = breakdown["growth"].as_array().expect("growth");
    assert_eq!(growth.len(), 12);
    let this_month = db::wib::month(time::OffsetDateTime::now_utc());
    let that_month = db::wib::month(earlier);
    for m in growth {
        let month = m["month"].as_str().expect("month");
        let expected = if month == this_month {
            4
        } else if month == that_month {
            1
        } else {
            0
        };
        assert_eq!(m["published"].as_u64(), Some(expected), "{month}");
    }
    assert_eq!(growth[11]["month"], this_month.as_str());

    // The page: 75 % is "Cukup", 66 % of santri sellers (2 of 3) too; the province 0 %.
    let (status, html) = staff.get(&format!("/program?tahun={year}")).await;
    assert_eq!(status, 200);
    let jombang = html
        .split(r#"<tr data-region="3517">"#)
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .expect("Jombang's row");
    assert!(
        jombang.contains("75 %") && jombang.contains("Cukup"),
        "{jombang}"
    );
    assert!(html.contains(r#"<svg class="bar-chart""#));
    assert!(html.contains(r#"id="growth-chart""#) && html.contains(r#"id="category-chart""#));
    let (_, html) = staff
        .get(&format!("/program?tahun={year}&ukuran=santri_sellers"))
        .await;
    let jombang = html
        .split(r#"<tr data-region="3517">"#)
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .expect("Jombang's row");
    assert!(
        jombang.contains("66 %") && jombang.contains("Cukup"),
        "{jombang}"
    );

    // Only programme staff.
    let seller = Browser::new(&app);
    seller.login("s1@uji.example.org", PASSWORD).await;
    let (status, _, _) = seller.post("/api/programme", &[]).await;
    assert_eq!(status, 403);
    let (status, _, _) = seller
        .post(
            "/api/set_target",
            &[
                ("year", year.as_str()),
                ("metric", "pesantren"),
                ("region", "prov"),
                ("value", "9"),
            ],
        )
        .await;
    assert_eq!(status, 403);
    let (status, _) = Browser::new(&app).get("/program").await;
    assert_eq!(status, 401);
    let users = user::Entity::find().count(&app.db).await.expect("count");
    assert_eq!(users, 5);
}

on_both_backends!(progress_against_targets);

/// An unverified pesantren's listing cannot go live; the programme refuses (with a note the
/// admin reads), then verifies it; the listing goes live; the programme curates it, and every
/// change is logged with who made it.
async fn verification_and_curation(url: &str) {
    let app = TestApp::spawn(url, None).await;
    let p = a_pesantren(&app, "baru", "3517", false).await;
    account(
        &app,
        "pengelola@baru.example.org",
        Role::PesantrenAdmin,
        None,
        Some(p),
    )
    .await;
    let seller = seller(&app, "santri@baru.example.org", Pillar::Santripreneur, p).await;
    a_product(&app, seller, p, "Keripik Tempe Baru", "submitted", false).await;
    let product_id = product::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("product")
        .id;
    let state = || async {
        product::Entity::find_by_id(product_id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("product")
    };
    let (staff_id, staff) = staff(&app).await;
    let admin = Browser::new(&app);
    admin.login("pengelola@baru.example.org", PASSWORD).await;
    let id = product_id.to_string();
    let approve = [("id", id.as_str()), ("decision", "approve")];

    // Not verified: approval is refused and the admin is told why.
    let (status, _, _) = admin.post("/api/review_listing", &approve).await;
    assert_eq!(status, 200);
    assert_eq!(state().await.listing_state, "submitted");
    let (_, page) = admin.get("/kelola").await;
    assert!(page.contains("belum diverifikasi program OPOP"), "{page}");

    // Refused without a note: nothing changes; with one: the admin reads it.
    let pid = p.to_string();
    let (_, _, body) = staff
        .post(
            "/api/verify_pesantren",
            &[("id", pid.as_str()), ("decision", "refuse")],
        )
        .await;
    assert_eq!(body, "false");
    let (_, _, body) = staff
        .post(
            "/api/verify_pesantren",
            &[
                ("id", pid.as_str()),
                ("decision", "refuse"),
                ("note", "NSP belum dilampirkan"),
            ],
        )
        .await;
    assert_eq!(body, "true");
    let (_, page) = admin.get("/kelola").await;
    assert!(page.contains("NSP belum dilampirkan"));
    let (_, queue) = staff.get("/program/pesantren").await;
    assert!(queue.contains("Pondok Pesantren baru") && queue.contains("Ditolak"));
    let (_, _, body) = staff
        .post(
            "/api/verify_pesantren",
            &[("id", pid.as_str()), ("decision", "verify")],
        )
        .await;
    assert_eq!(body, "true");
    let (_, queue) = staff.get("/program/pesantren").await;
    assert!(!queue.contains("Pondok Pesantren baru"));
    let (status, _, _) = admin
        .post(
            "/api/verify_pesantren",
            &[("id", pid.as_str()), ("decision", "verify")],
        )
        .await;
    assert_eq!(status, 403, "only programme staff verify");

    // Verified: the listing goes live.
    admin.post("/api/review_listing", &approve).await;
    assert_eq!(state().await.listing_state, "published");

    // Curation: both fields change, two log rows by the staff member; the same again changes
    // nothing; bad input changes nothing.
    let curate = |level: &'static str, flagship: &'static str| {
        let staff = &staff;
        let id = id.clone();
        async move {
            staff
                .post(
                    "/api/curate_product",
                    &[
                        ("id", id.as_str()),
                        ("level", level),
                        ("flagship", flagship),
                    ],
                )
                .await
        }
    };
    let (_, _, body) = curate("market_ready", "1").await;
    assert_eq!(body, "2");
    let (_, _, body) = curate("market_ready", "1").await;
    assert_eq!(body, "0");
    let (status, _, _) = curate("legendary", "1").await;
    assert_eq!(status, 400);
    let now = state().await;
    assert_eq!(
        (now.curation_level.as_str(), now.is_flagship),
        ("market_ready", true)
    );
    let log = db::entity::curation_log::Entity::find()
        .all(&app.db)
        .await
        .expect("log");
    let logged: Vec<(String, String, String, i32)> = log
        .iter()
        .map(|l| {
            (
                l.field.clone(),
                l.old_value.clone(),
                l.new_value.clone(),
                l.changed_by,
            )
        })
        .collect();
    assert_eq!(
        logged,
        vec![
            (
                "curation_level".into(),
                "registered".into(),
                "market_ready".into(),
                staff_id
            ),
            ("flagship".into(), "false".into(), "true".into(), staff_id),
        ]
    );
    let (status, _, _) = admin
        .post(
            "/api/curate_product",
            &[("id", id.as_str()), ("level", "curated")],
        )
        .await;
    assert_eq!(status, 403, "only programme staff curate");
    let (_, page) = staff.get("/program/produk?q=keripik+tempe").await;
    assert!(
        page.contains("Keripik Tempe Baru") && page.contains("Siap pasar"),
        "listed and logged"
    );
    // The home page's flagship shelf shows it.
    let (_, home) = Browser::new(&app).get("/").await;
    assert!(home.contains("Keripik Tempe Baru"));
}

on_both_backends!(verification_and_curation);
