//! A pesantren's statistics over HTTP on SQLite and PostgreSQL, against figures counted by
//! hand from the orders the test places.

use crate::support::{Browser, TestApp, a_checkout, on_both_backends};
use db::entity::{order, product, user};
use domain::cart::Cart;
use domain::order::ActionDetails;
use domain::{OrderStatus, Role};
use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

const DEMO_PASSWORD: &str = opop::seed::accounts::DEMO_PASSWORD;

async fn place(app: &TestApp, buyer: i32, key: &str, lines: &[(i32, i32)]) -> i32 {
    let mut cart = Cart::default();
    for &(id, quantity) in lines {
        cart.add(id, quantity, 1_000).expect("add");
    }
    match db::orders::place(&app.db, buyer, key, &a_checkout(), &cart, None)
        .await
        .expect("place")
    {
        db::orders::PlaceOutcome::Placed(ids) => ids[0],
        other => panic!("not placed: {other:?}"),
    }
}

async fn complete(app: &TestApp, id: i32) {
    let none = ActionDetails::default();
    for (from, to) in [
        (OrderStatus::Pending, OrderStatus::Confirmed),
        (OrderStatus::Confirmed, OrderStatus::Shipped),
        (OrderStatus::Shipped, OrderStatus::Completed),
    ] {
        assert!(
            db::orders::apply(&app.db, id, from, to, &none)
                .await
                .expect("apply")
        );
    }
}

async fn sales_and_counts(url: &str) {
    let app = TestApp::spawn(url, Some(60)).await;
    // Two published products of one pesantren, priced by the test.
    let published = product::Entity::find()
        .filter(product::Column::ListingState.eq("published"))
        .order_by_asc(product::Column::Id)
        .all(&app.db)
        .await
        .expect("products");
    let (a, b) = published
        .iter()
        .find_map(|a| {
            let b = published
                .iter()
                .find(|b| b.pesantren_id == a.pesantren_id && b.id != a.id)?;
            Some((a, b))
        })
        .expect("a pesantren with two published products");
    let pesantren_id = a.pesantren_id;
    for (p, price) in [(a, 10_000), (b, 25_000)] {
        let mut active: product::ActiveModel = p.clone().into();
        active.price = Set(price);
        active.stock = Set(1_000);
        active.update(&app.db).await.expect("price");
    }
    let buyer = user::Entity::find()
        .filter(user::Column::Role.eq(Role::ProgrammeAdmin.code()))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a buyer")
        .id;
    // Completed this month: 3 × a (30.000) and 1 × a + 2 × b (60.000). Completed two months
    // ago: 1 × b (25.000). Pending: 5 × b. Cancelled: 1 × a.
    let first = place(&app, buyer, "s1", &[(a.id, 3)]).await;
    complete(&app, first).await;
    let second = place(&app, buyer, "s2", &[(a.id, 1), (b.id, 2)]).await;
    complete(&app, second).await;
    let earlier = place(&app, buyer, "s3", &[(b.id, 1)]).await;
    complete(&app, earlier).await;
    let two_months_ago = time::OffsetDateTime::now_utc() - time::Duration::days(62);
    let mut moved: order::ActiveModel = order::Entity::find_by_id(earlier)
        .one(&app.db)
        .await
        .expect("query")
        .expect("order")
        .into();
    moved.updated_at = Set(two_months_ago);
    moved.update(&app.db).await.expect("backdate");
    place(&app, buyer, "s4", &[(b.id, 5)]).await;
    let cancelled = place(&app, buyer, "s5", &[(a.id, 1)]).await;
    let reason = ActionDetails {
        reason: Some("uji".into()),
        ..ActionDetails::default()
    };
    assert!(
        db::orders::apply(
            &app.db,
            cancelled,
            OrderStatus::Pending,
            OrderStatus::Cancelled,
            &reason
        )
        .await
        .expect("cancel")
    );

    let admin_email = user::Entity::find()
        .filter(user::Column::PesantrenId.eq(pesantren_id))
        .filter(user::Column::Role.eq(Role::PesantrenAdmin.code()))
        .one(&app.db)
        .await
        .expect("query")
        .expect("admin")
        .email;
    let admin = Browser::new(&app);
    admin.login(&admin_email, DEMO_PASSWORD).await;
    let (status, _, body) = admin.post("/api/pesantren_stats", &[]).await;
    assert_eq!(status, 200, "{body}");
    let stats: Value = serde_json::from_str(&body).expect("json");
    let months = stats["months"].as_array().expect("months");
    assert_eq!(months.len(), 12);
    assert_eq!(months[11]["orders"], 2);
    assert_eq!(months[11]["revenue"], 90_000);
    let month_of = |t: time::OffsetDateTime| {
        let t = t.to_offset(time::UtcOffset::from_hms(7, 0, 0).expect("offset"));
        format!("{:04}-{:02}", t.year(), u8::from(t.month()))
    };
    let earlier_month = months
        .iter()
        .find(|m| m["month"] == month_of(two_months_ago))
        .expect("the earlier month");
    assert_eq!(
        (
            earlier_month["orders"].clone(),
            earlier_month["revenue"].clone()
        ),
        (json!(1), json!(25_000))
    );
    let total: i64 = months
        .iter()
        .map(|m| m["revenue"].as_i64().expect("revenue"))
        .sum();
    assert_eq!(total, 115_000);
    assert_eq!(
        stats["orders_by_status"],
        json!([
            ["Pending", 1],
            ["Confirmed", 0],
            ["Shipped", 0],
            ["Completed", 3],
            ["Cancelled", 1]
        ])
    );
    // Best sellers in completed orders: a 4 units (40.000), b 3 units (75.000).
    assert_eq!(
        stats["top_products"],
        json!([
            {"name": a.name, "units": 4, "revenue": 40_000},
            {"name": b.name, "units": 3, "revenue": 75_000},
        ])
    );
    let (status, page) = admin.get("/kelola/statistik").await;
    assert_eq!(status, 200);
    assert!(
        page.contains(r#"<svg class="bar-chart""#) && page.contains("Rp90.000"),
        "{page}"
    );

    // A seller of the pesantren sees none of it.
    let seller = user::Entity::find()
        .filter(user::Column::PesantrenId.eq(pesantren_id))
        .filter(user::Column::Role.eq(Role::Seller.code()))
        .one(&app.db)
        .await
        .expect("query")
        .expect("seller");
    let b_seller = Browser::new(&app);
    b_seller.login(&seller.email, DEMO_PASSWORD).await;
    let (status, _, _) = b_seller.post("/api/pesantren_stats", &[]).await;
    assert_eq!(status, 403);
}

on_both_backends!(sales_and_counts);
