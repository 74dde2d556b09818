//! News over HTTP on SQLite and PostgreSQL: programme staff write a post in Markdown (raw HTML
//! and scripts removed), feature products, keep it as a draft (no one else sees it), publish
//! it (the list, the home page and its own page show it), set a cover photo; refusals store
//! nothing, and only staff may write.

use crate::support::{Browser, TestApp, jpeg, on_both_backends};
use db::entity::{news_post, news_product, product, user};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::Value;

const PASSWORD: &str = opop::seed::accounts::DEMO_PASSWORD;

async fn save(
    staff: &Browser,
    id: &str,
    title: &str,
    body: &str,
    products: &str,
    publish: bool,
) -> (u16, Value) {
    let publish = if publish { "true" } else { "false" };
    let (status, _, body) = staff
        .post(
            "/api/save_news",
            &[
                ("id", id),
                ("input[title]", title),
                ("input[body]", body),
                ("input[products]", products),
                ("input[publish]", publish),
            ],
        )
        .await;
    (
        status,
        serde_json::from_str(&body).unwrap_or(Value::String(body)),
    )
}

async fn news_from_draft_to_home(url: &str) {
    let app = TestApp::spawn(url, Some(60)).await;
    let staff = Browser::new(&app);
    staff.login("admin@opop.example.org", PASSWORD).await;
    let posts_before = news_post::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    let published: Vec<(String, String)> = product::Entity::find()
        .select_only()
        .column(product::Column::Slug)
        .column(product::Column::Name)
        .filter(product::Column::ListingState.eq("published"))
        .order_by_asc(product::Column::Id)
        .limit(3)
        .into_tuple()
        .all(&app.db)
        .await
        .expect("products");
    let draft_slug: String = product::Entity::find()
        .select_only()
        .column(product::Column::Slug)
        .filter(product::Column::ListingState.ne("published"))
        .into_tuple()
        .one(&app.db)
        .await
        .expect("query")
        .expect("an unpublished product");

    // Refused: nothing stored, every problem said.
    let (status, errors) = save(&staff, "", " ", "", "", false).await;
    assert_eq!(status, 200);
    assert_eq!(
        errors,
        serde_json::json!([["Title", "Required"], ["Body", "Required"]])
    );
    let (_, errors) = save(
        &staff,
        "",
        "Judul",
        "Isi",
        &format!("tidak-ada-1\n{draft_slug}"),
        true,
    )
    .await;
    assert_eq!(
        errors,
        serde_json::json!([["Products", {"UnknownProducts": ["tidak-ada-1", draft_slug]}]])
    );
    assert_eq!(
        news_post::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        posts_before
    );

    // A draft with a script, a `javascript:` link and raw HTML, featuring two products.
    let body = "# Kopi pesantren\n\nKopi **rempah** dari [Jombang](https://opop.example/produk).\n\n\
                <script>alert('x')</script>\n\n[klik](javascript:alert(1)) <b onclick=\"x()\">tebal</b>";
    let products = format!(
        "https://opop.example/produk/{}?lang=en\n{}",
        published[1].0, published[0].0
    );
    let (status, errors) = save(
        &staff,
        "",
        "Kopi Pesantren Mendunia",
        body,
        &products,
        false,
    )
    .await;
    assert_eq!((status, errors), (200, serde_json::json!([])));
    let post = news_post::Entity::find()
        .filter(news_post::Column::Title.eq("Kopi Pesantren Mendunia"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("saved");
    assert_eq!(post.slug, format!("kopi-pesantren-mendunia-{}", post.id));
    assert_eq!((post.state.as_str(), post.published_at), ("draft", None));
    let page = format!("/berita/{}", post.slug);
    let visitor = Browser::new(&app);
    assert_eq!(visitor.get(&page).await.0, 404, "a draft is not public");
    assert!(
        !visitor
            .get("/berita")
            .await
            .1
            .contains("Kopi Pesantren Mendunia")
    );
    let (status, html) = staff.get(&page).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Draf: hanya staf program"),
        "staff see the draft, marked"
    );

    // Published: its page, the list and the home page show it.
    let id = post.id.to_string();
    let (_, errors) = save(
        &staff,
        &id,
        "Kopi Pesantren Mendunia",
        body,
        &products,
        true,
    )
    .await;
    assert_eq!(errors, serde_json::json!([]));
    let (status, html) = visitor.get(&page).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("<h2>Kopi pesantren</h2>"),
        "headings move down a level"
    );
    assert!(html.contains("<strong>rempah</strong>"));
    assert!(html.contains(r#"rel="noopener noreferrer""#));
    for bad in ["<script>alert", "javascript:alert", "onclick"] {
        assert!(!html.contains(bad), "{bad} removed");
    }
    assert!(html.contains(r#"<meta property="og:type" content="article""#));
    let featured = html
        .split("PRODUK UNGGULAN")
        .nth(1)
        .expect("featured products");
    let first = featured.find(&published[1].1).expect("first featured");
    let second = featured.find(&published[0].1).expect("second featured");
    assert!(first < second, "in the editor's order");
    let (_, list) = visitor.get("/berita").await;
    assert!(list.contains(&format!(r#"href="/berita/{}""#, post.slug)));
    let (_, home) = visitor.get("/").await;
    assert!(home.contains("Kopi Pesantren Mendunia"));
    let (status, _) = visitor.get("/berita?hal=999").await;
    assert_eq!(status, 200, "a page past the end shows the last");

    // A new title after publishing keeps the address; a product taken off sale leaves the post.
    save(
        &staff,
        &id,
        "Kopi Pesantren Makin Mendunia",
        body,
        &products,
        true,
    )
    .await;
    let again = news_post::Entity::find_by_id(post.id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("post");
    assert_eq!(again.slug, post.slug);
    assert!(again.published_at.is_some());
    product::Entity::update_many()
        .col_expr(product::Column::ListingState, Expr::value("archived"))
        .filter(product::Column::Slug.eq(published[1].0.clone()))
        .exec(&app.db)
        .await
        .expect("archive");
    let (_, html) = visitor.get(&page).await;
    let featured = html
        .split("PRODUK UNGGULAN")
        .nth(1)
        .expect("featured products");
    assert!(!featured.contains(&published[1].1) && featured.contains(&published[0].1));
    assert_eq!(
        news_product::Entity::find()
            .filter(news_product::Column::NewsId.eq(post.id))
            .count(&app.db)
            .await
            .expect("count"),
        2
    );

    // Cover photo: a real JPEG is stored and shown; a non-image is refused.
    let upload = format!("/program/berita/{}/foto", post.id);
    let (status, location) = staff.upload(&upload, "photo", jpeg(1200, 675)).await;
    assert_eq!(
        (status, location.as_str()),
        (303, format!("/program/berita/{}", post.id).as_str())
    );
    let cover = news_post::Entity::find_by_id(post.id)
        .one(&app.db)
        .await
        .expect("query")
        .and_then(|p| p.cover_key)
        .expect("a cover");
    assert!(visitor.get(&page).await.1.contains(&cover));
    staff.upload(&upload, "photo", b"bukan foto".to_vec()).await;
    let (_, editor) = staff.get(&format!("/program/berita/{}", post.id)).await;
    assert!(editor.contains("flash-error"), "the refusal is said");

    assert_eq!(staff.get("/program/berita/999999").await.0, 404);
    assert_eq!(staff.get("/berita/tidak-ada").await.0, 404);

    // Only programme staff write.
    let seller_email: String = user::Entity::find()
        .select_only()
        .column(user::Column::Email)
        .filter(user::Column::Role.eq("seller"))
        .into_tuple()
        .one(&app.db)
        .await
        .expect("query")
        .expect("a seller");
    let seller = Browser::new(&app);
    seller.login(&seller_email, PASSWORD).await;
    assert_eq!(save(&seller, "", "Judul", "Isi", "", true).await.0, 403);
    assert_eq!(save(&visitor, "", "Judul", "Isi", "", true).await.0, 401);
    assert_eq!(seller.upload(&upload, "photo", jpeg(300, 300)).await.0, 403);
    assert_eq!(seller.get("/program/berita").await.0, 403);
    assert_eq!(
        news_post::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        posts_before + 1
    );
}

on_both_backends!(news_from_draft_to_home);

/// Staff saving posts at the same moment are all saved: each save reads the featured products
/// and then writes, which on SQLite must take the write lock first (a read-first transaction
/// fails with "database is locked" when another save commits between its read and its write).
async fn news_saved_at_once_are_all_saved(url: &str) {
    const SAVES: usize = 12;
    let app = TestApp::spawn(url, Some(60)).await;
    let staff = Browser::new(&app);
    staff.login("admin@opop.example.org", PASSWORD).await;
    let featured: String = product::Entity::find()
        .select_only()
        .column(product::Column::Slug)
        .filter(product::Column::ListingState.eq("published"))
        .into_tuple()
        .one(&app.db)
        .await
        .expect("query")
        .expect("a published product");
    let before = news_post::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    let replies = futures::future::join_all((0..SAVES).map(|i| {
        let (staff, featured) = (&staff, &featured);
        async move {
            save(
                staff,
                "",
                &format!("Kabar {i}"),
                "Isi kabar.",
                featured,
                true,
            )
            .await
        }
    }))
    .await;
    for reply in &replies {
        assert_eq!(reply, &(200, serde_json::json!([])));
    }
    assert_eq!(
        news_post::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        before + SAVES as u64
    );
}

on_both_backends!(news_saved_at_once_are_all_saved);
