//! Cart, checkout and orders over HTTP on SQLite and PostgreSQL: a visitor's cart that follows
//! them at login, idempotent checkout with one order per pesantren, the race of 200 checkouts
//! for 10 units (on PostgreSQL through two server instances), and the transition table of
//! every (role, status, action).

use crate::support::{Browser, TestApp, a_checkout, on_both_backends};
use db::accounts::NewUser;
use db::entity::{order, order_item, product, user};
use domain::cart::Cart;
use domain::{OrderStatus, Role};
use futures::StreamExt;
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use serde_json::Value;

const DEMO_PASSWORD: &str = opop::seed::accounts::DEMO_PASSWORD;

fn checkout_form<'a>(
    key: &'a str,
    phone: &'a str,
    region: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("key", key),
        ("input[name]", "Siti Aminah"),
        ("input[phone]", phone),
        ("input[region]", region),
        ("input[address]", "Jl. Merdeka 1, Diwek"),
        ("input[note]", ""),
    ]
}

/// Two published products of different pesantren, and one more of the first pesantren by
/// another seller.
async fn products(app: &TestApp) -> (product::Model, product::Model, product::Model) {
    let published = product::Entity::find()
        .filter(product::Column::ListingState.eq("published"))
        .order_by_asc(product::Column::Id)
        .all(&app.db)
        .await
        .expect("products");
    let first = published.first().cloned().expect("a published product");
    let other_pesantren = published
        .iter()
        .find(|p| p.pesantren_id != first.pesantren_id)
        .cloned()
        .expect("a product of another pesantren");
    // A second product of this pesantren, by another of its sellers (not its admin).
    let seller = user::Entity::find()
        .filter(user::Column::PesantrenId.eq(first.pesantren_id))
        .filter(user::Column::Role.eq("seller"))
        .filter(user::Column::Id.ne(first.seller_id))
        .order_by_asc(user::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("a second seller");
    let third = published
        .iter()
        .find(|p| p.id != first.id && p.id != other_pesantren.id)
        .cloned()
        .expect("a third product");
    let mut active: product::ActiveModel = third.into();
    active.pesantren_id = Set(first.pesantren_id);
    active.region_code = Set(first.region_code.clone());
    active.seller_id = Set(seller.id);
    let other_seller = active.update(&app.db).await.expect("move product");
    (first, other_pesantren, other_seller)
}

async fn set_stock(app: &TestApp, id: i32, stock: i32) {
    product::Entity::update_many()
        .col_expr(
            product::Column::Stock,
            sea_orm::sea_query::Expr::value(stock),
        )
        .filter(product::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .expect("set stock");
}

async fn stock(app: &TestApp, id: i32) -> i32 {
    product::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("product")
        .stock
}

/// A buyer account with the demo password (hashed once, copied).
async fn buyer(app: &TestApp, email: &str) -> user::Model {
    let hash = user::Entity::find()
        .filter(user::Column::Role.eq("programme_admin"))
        .one(&app.db)
        .await
        .expect("query")
        .and_then(|u| u.password_hash)
        .expect("demo hash");
    db::accounts::create_user(
        &app.db,
        NewUser {
            email: domain::Email::parse(email).expect("email"),
            password_hash: hash,
            display_name: "Pembeli Uji".into(),
            role: Role::Buyer,
            pillar: None,
            pesantren_id: None,
        },
    )
    .await
    .expect("create buyer")
}

fn json(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

async fn cart_checkout_and_cancel(url: &str) {
    let app = TestApp::spawn(url, Some(60)).await;
    let (kopi, other, _) = products(&app).await;
    set_stock(&app, kopi.id, 5).await;
    set_stock(&app, other.id, 3).await;

    // A visitor fills a cart from two pesantren; quantities never pass the stock.
    let visitor = Browser::new(&app);
    let add = |id: i32, quantity: &'static str| {
        let id = id.to_string();
        let visitor = &visitor;
        async move {
            let (status, _, body) = visitor
                .post(
                    "/api/add_to_cart",
                    &[("product", &id), ("quantity", quantity)],
                )
                .await;
            assert_eq!(status, 200, "{body}");
            body
        }
    };
    assert_eq!(add(kopi.id, "2").await, "2");
    assert_eq!(add(kopi.id, "100").await, "5", "capped at the stock");
    assert_eq!(add(kopi.id, "-1").await, "0", "refused");
    assert_eq!(add(other.id, "").await, "1", "one by default");
    let (status, page) = visitor.get("/keranjang").await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&kopi.name) && page.contains(&other.name),
        "{page}"
    );
    // Checkout needs a login: the page asks for one, the post is refused.
    let (status, _) = visitor.get("/keranjang/pesan").await;
    assert_eq!(status, 401);
    let (status, _, _) = visitor
        .post(
            "/api/place_order",
            &checkout_form("k1", "081234567890", "3517"),
        )
        .await;
    assert_eq!(status, 401);

    // The buyer already had one unit of the other product in their account's cart.
    let account = buyer(&app, "siti@example.org").await;
    let mut saved = Cart::default();
    saved.add(other.id, 1, 3).expect("add");
    db::cart::save(&app.db, account.id, &saved)
        .await
        .expect("save");
    visitor.login("siti@example.org", DEMO_PASSWORD).await;
    let (_, _, body) = visitor.post("/api/cart", &[]).await;
    let cart = json(&body);
    let groups = cart["view"]["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 2, "one group per pesantren: {body}");
    let quantities: Vec<i64> = groups
        .iter()
        .flat_map(|g| g["items"].as_array().expect("items").iter())
        .map(|i| i["quantity"].as_i64().expect("quantity"))
        .collect();
    assert_eq!(quantities, vec![2, 5], "joined: the account's line first");

    // Refused forms change nothing and say why.
    let (_, _, body) = visitor
        .post(
            "/api/place_order",
            &checkout_form("k1", "021-5550123", "3599"),
        )
        .await;
    assert_eq!(
        json(&body)["errors"],
        serde_json::json!([["Phone", "PhoneInvalid"], ["Region", "RegionUnknown"]])
    );
    let (_, page) = visitor.get("/keranjang/pesan").await;
    assert!(
        page.contains("Tulis nomor ponsel Indonesia"),
        "message shown"
    );
    let (status, _, _) = visitor
        .post(
            "/api/place_order",
            &checkout_form("", "081234567890", "3517"),
        )
        .await;
    assert_eq!(status, 400, "no idempotency key");
    let (_, _, body) = visitor
        .post(
            "/api/place_order",
            &[
                checkout_form("k1", "081234567890", "3517"),
                vec![("total", "1")],
            ]
            .concat(),
        )
        .await;
    assert_eq!(json(&body)["refusal"], "PriceChanged");
    assert_eq!(
        order::Entity::find().count(&app.db).await.expect("count"),
        0
    );
    assert_eq!(
        (stock(&app, kopi.id).await, stock(&app, other.id).await),
        (5, 3)
    );

    // Checkout: two orders, stock taken, names and prices copied, the cart emptied.
    let form = checkout_form("k1", "+62 812-3456-7890", "3517");
    let (_, _, body) = visitor.post("/api/place_order", &form).await;
    let placed = json(&body)["placed"].clone();
    assert_eq!(placed.as_array().map(Vec::len), Some(2), "{body}");
    assert_eq!(
        (stock(&app, kopi.id).await, stock(&app, other.id).await),
        (0, 1)
    );
    // The same form again (a double click, a resent page): the same orders, nothing taken.
    let (_, _, again) = visitor.post("/api/place_order", &form).await;
    assert_eq!(json(&again)["placed"], placed);
    assert_eq!(
        order::Entity::find().count(&app.db).await.expect("count"),
        2
    );
    assert_eq!(
        (stock(&app, kopi.id).await, stock(&app, other.id).await),
        (0, 1)
    );
    let (_, _, body) = visitor.post("/api/cart", &[]).await;
    assert_eq!(json(&body)["view"]["groups"], serde_json::json!([]));
    let first = order::Entity::find()
        .filter(order::Column::PesantrenId.eq(kopi.pesantren_id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("order");
    assert_eq!(first.phone, "6281234567890");
    assert_eq!(first.total, kopi.price * 5);

    // The product changes afterwards; the order keeps what was ordered.
    let mut renamed: product::ActiveModel = kopi.clone().into();
    renamed.name = Set("Nama Baru".into());
    renamed.price = Set(kopi.price + 1_000);
    renamed.update(&app.db).await.expect("rename");
    let (status, page) = visitor.get(&format!("/pesanan/{}", first.id)).await;
    assert_eq!(status, 200);
    let number = domain::order::order_number(first.id);
    assert!(
        page.contains(&number) && page.contains(&kopi.name),
        "{page}"
    );
    assert!(!page.contains("Nama Baru"));
    assert!(page.contains("https://wa.me/") && page.contains(&format!("memesan%20{number}")));
    let (_, list) = visitor.get("/pesanan").await;
    assert!(list.contains(&number) && list.contains("Menunggu konfirmasi"));

    // Nobody else sees it.
    let stranger = Browser::new(&app);
    buyer(&app, "lain@example.org").await;
    stranger.login("lain@example.org", DEMO_PASSWORD).await;
    let (status, page) = stranger.get(&format!("/pesanan/{}", first.id)).await;
    assert_eq!(status, 404);
    assert!(!page.contains("Siti Aminah"));

    // The buyer cancels while pending: the stock comes back once.
    let id = first.id.to_string();
    let cancel = [("id", id.as_str()), ("action", "cancel")];
    let (_, _, body) = visitor.post("/api/order_action", &cancel).await;
    assert_eq!(body, "null");
    assert_eq!(stock(&app, kopi.id).await, 5);
    let (_, _, body) = visitor.post("/api/order_action", &cancel).await;
    assert_eq!(body, r#""WrongStatus""#);
    assert_eq!(stock(&app, kopi.id).await, 5, "given back exactly once");
    let (status, _, _) = visitor
        .post(
            "/api/order_action",
            &[("id", id.as_str()), ("action", "explode")],
        )
        .await;
    assert_eq!(status, 400);
}

/// 200 buyers check out the last 10 units at once: exactly 10 orders, the rest told the
/// stock ran out, stock 0. On PostgreSQL half the buyers go through a second server instance.
async fn two_hundred_checkouts_for_ten_units(url: &str) {
    const BUYERS: usize = 200;
    let app = TestApp::spawn(url, Some(20)).await;
    let second = if url.starts_with("postgres") {
        Some(TestApp::spawn(url, None).await)
    } else {
        None
    };
    let (kopi, _, _) = products(&app).await;
    set_stock(&app, kopi.id, 10).await;
    let mut browsers = Vec::new();
    for i in 0..BUYERS {
        let email = format!("pembeli{i}@example.org");
        buyer(&app, &email).await;
        let instance = match &second {
            Some(other) if i % 2 == 1 => other,
            _ => &app,
        };
        browsers.push((Browser::new(instance), email));
    }
    let product_id = kopi.id.to_string();
    futures::stream::iter(browsers.iter())
        .for_each_concurrent(8, |(b, email)| {
            let product_id = product_id.clone();
            async move {
                b.login(email, DEMO_PASSWORD).await;
                let (_, _, body) = b
                    .post("/api/add_to_cart", &[("product", product_id.as_str())])
                    .await;
                assert_eq!(body, "1");
            }
        })
        .await;
    let replies = futures::future::join_all(browsers.iter().enumerate().map(|(i, (b, _))| {
        let key = format!("race-{i}");
        async move {
            let (status, _, body) = b
                .post(
                    "/api/place_order",
                    &checkout_form(&key, "081234567890", "3517"),
                )
                .await;
            assert_eq!(status, 200, "{body}");
            json(&body)
        }
    }))
    .await;
    let placed = replies
        .iter()
        .filter(|r| r["placed"].as_array().is_some_and(|p| p.len() == 1))
        .count();
    let out_of_stock = replies
        .iter()
        .filter(|r| r["refusal"]["OutOfStock"] == serde_json::json!([kopi.name]))
        .count();
    assert_eq!((placed, out_of_stock), (10, BUYERS - 10));
    assert_eq!(stock(&app, kopi.id).await, 0);
    assert_eq!(
        order::Entity::find().count(&app.db).await.expect("count"),
        10
    );
    let units: i32 = order_item::Entity::find()
        .all(&app.db)
        .await
        .expect("items")
        .iter()
        .map(|i| i.quantity)
        .sum();
    assert_eq!(units, 10);
    // A refused buyer reads why on the checkout page.
    let refused = replies
        .iter()
        .position(|r| r["refusal"].is_object())
        .expect("a refused buyer");
    let (_, page) = browsers[refused].0.get("/keranjang/pesan").await;
    assert!(page.contains("Stok tidak cukup untuk"), "{page}");
}

on_both_backends!(
    cart_checkout_and_cancel,
    two_hundred_checkouts_for_ten_units
);

/// Places an order of `lines` for `buyer_id` and puts it in `status` (directly, as earlier
/// actions would have).
async fn order_in(
    app: &TestApp,
    buyer_id: i32,
    lines: &[i32],
    status: OrderStatus,
    key: &str,
) -> i32 {
    let mut cart = Cart::default();
    for &id in lines {
        cart.add(id, 1, 1_000).expect("add");
    }
    let placed = db::orders::place(&app.db, buyer_id, key, &a_checkout(), &cart, None)
        .await
        .expect("place");
    let db::orders::PlaceOutcome::Placed(ids) = placed else {
        panic!("not placed: {placed:?}");
    };
    let mut active: order::ActiveModel = order::Entity::find_by_id(ids[0])
        .one(&app.db)
        .await
        .expect("query")
        .expect("order")
        .into();
    active.status = Set(status.code().to_owned());
    active.update(&app.db).await.expect("set status");
    ids[0]
}

/// Every (actor, status, action): the status after, the answer, and the stock given back
/// only by a cancellation.
async fn transition_table(url: &str) {
    use domain::OrderAction as A;
    use domain::OrderStatus as S;
    let app = TestApp::spawn(url, Some(60)).await;
    let (own, elsewhere, other_seller) = products(&app).await;
    for id in [own.id, other_seller.id] {
        set_stock(&app, id, 100_000).await;
    }
    let login = |email: String| {
        let b = Browser::new(&app);
        async move {
            b.login(&email, DEMO_PASSWORD).await;
            b
        }
    };
    let db = &app.db;
    let find = |id: i32| async move {
        user::Entity::find_by_id(id)
            .one(db)
            .await
            .expect("query")
            .expect("user")
    };
    let admin_of = |pesantren: i32| async move {
        user::Entity::find()
            .filter(user::Column::PesantrenId.eq(pesantren))
            .filter(user::Column::Role.eq("pesantren_admin"))
            .one(db)
            .await
            .expect("query")
            .expect("admin")
    };
    let the_buyer = buyer(&app, "tabel@example.org").await;
    let programme = user::Entity::find()
        .filter(user::Column::Role.eq("programme_admin"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("programme admin");
    let anonymous = Browser::new(&app);
    let buyer_b = login(the_buyer.email.clone()).await;
    let seller = login(find(own.seller_id).await.email).await;
    let part_seller = login(find(other_seller.seller_id).await.email).await;
    let foreign_seller = login(find(elsewhere.seller_id).await.email).await;
    let admin = login(admin_of(own.pesantren_id).await.email).await;
    let foreign_admin = login(admin_of(elsewhere.pesantren_id).await.email).await;
    let programme_b = login(programme.email).await;

    #[derive(Clone, Copy, PartialEq, Debug)]
    enum Who {
        Anonymous,
        Buyer,
        Seller,
        PartSeller,
        ForeignSeller,
        Admin,
        ForeignAdmin,
        Programme,
    }
    let actors = [
        (Who::Anonymous, &anonymous),
        (Who::Buyer, &buyer_b),
        (Who::Seller, &seller),
        (Who::PartSeller, &part_seller),
        (Who::ForeignSeller, &foreign_seller),
        (Who::Admin, &admin),
        (Who::ForeignAdmin, &foreign_admin),
        (Who::Programme, &programme_b),
    ];
    // The table, by hand: Ok(new status) or Err(HTTP status or refusal).
    let expected = |who: Who, status: S, action: A| -> Result<S, &'static str> {
        match who {
            Who::Anonymous => Err("401"),
            Who::ForeignSeller | Who::ForeignAdmin | Who::Programme => Err("404"),
            Who::PartSeller => Err("NotAllowed"),
            Who::Buyer => match (status, action) {
                (S::Pending, A::Cancel) => Ok(S::Cancelled),
                (_, A::Cancel) => Err("WrongStatus"),
                _ => Err("NotAllowed"),
            },
            Who::Seller | Who::Admin => match (status, action) {
                (S::Pending, A::Confirm) => Ok(S::Confirmed),
                (S::Confirmed, A::Ship) => Ok(S::Shipped),
                (S::Shipped, A::Complete) => Ok(S::Completed),
                (S::Pending | S::Confirmed, A::Cancel) => Ok(S::Cancelled),
                _ => Err("WrongStatus"),
            },
        }
    };
    let mut checked = 0;
    for (who, browser) in actors {
        for &status in S::ALL {
            for &action in A::ALL {
                // A part seller acts on an order that also holds another seller's product.
                let lines: &[i32] = if who == Who::PartSeller {
                    &[own.id, other_seller.id]
                } else {
                    &[own.id]
                };
                let key = format!("t{checked}");
                let id = order_in(&app, the_buyer.id, lines, status, &key).await;
                let before = stock(&app, own.id).await;
                let id_text = id.to_string();
                let (http, _, body) = browser
                    .post(
                        "/api/order_action",
                        &[
                            ("id", id_text.as_str()),
                            ("action", action.code()),
                            ("reason", "Stok habis di gudang"),
                            ("courier", "JNE"),
                        ],
                    )
                    .await;
                let after = order::Entity::find_by_id(id)
                    .one(&app.db)
                    .await
                    .expect("query")
                    .expect("order");
                let got: Result<S, String> = match (http, body.as_str()) {
                    (200, "null") => Ok(S::from_code(&after.status).expect("status")),
                    (200, refusal) => Err(refusal.trim_matches('"').to_owned()),
                    (code, _) => Err(code.to_string()),
                };
                let want = expected(who, status, action);
                assert_eq!(
                    got,
                    want.map_err(str::to_owned),
                    "{who:?} {status:?} {action:?}: {body}"
                );
                if want.is_err() {
                    assert_eq!(after.status, status.code(), "{who:?} {status:?} {action:?}");
                }
                let given_back = stock(&app, own.id).await - before;
                let cancelled = want == Ok(S::Cancelled);
                assert_eq!(
                    given_back,
                    i32::from(cancelled),
                    "{who:?} {status:?} {action:?}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 8 * 5 * 4);

    // The pesantren cancels only with a reason; a seller's list holds only their orders.
    let id = order_in(&app, the_buyer.id, &[own.id], S::Pending, "no-reason").await;
    let id_text = id.to_string();
    let (_, _, body) = admin
        .post(
            "/api/order_action",
            &[("id", id_text.as_str()), ("action", "cancel")],
        )
        .await;
    assert_eq!(body, r#""ReasonMissing""#);
    let (_, _, body) = part_seller
        .post("/api/incoming_orders", &[("status", "")])
        .await;
    let listed: Vec<i64> = json(&body)["orders"]
        .as_array()
        .expect("orders")
        .iter()
        .map(|o| o["id"].as_i64().expect("id"))
        .collect();
    assert!(!listed.contains(&i64::from(id)), "not the part seller's");
    let (_, _, body) = admin
        .post("/api/incoming_orders", &[("status", "pending")])
        .await;
    assert!(
        json(&body)["orders"]
            .as_array()
            .expect("orders")
            .iter()
            .any(|o| o["id"] == id)
    );
    let (status, _, _) = buyer_b
        .post("/api/incoming_orders", &[("status", "")])
        .await;
    assert_eq!(status, 403);
}

on_both_backends!(transition_table);
