//! The home page and the 404 page, on SQLite and on PostgreSQL.

use crate::support::{TestApp, on_both_backends};
use db::entity::{news_post, product, user};
use domain::Rupiah;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

async fn home_page_shows_live_figures(url: &str) {
    let app = TestApp::spawn(url, Some(300)).await;
    let (status, _, html) = app.get("/", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="id""#), "Indonesian by default");
    assert!(html.contains("<title>OPOP Jatim — Produk Unggulan Pesantren Jawa Timur</title>"));

    // Figures computed here independently of the page's query code.
    let flagship = product::Entity::find()
        .filter(product::Column::ListingState.eq("published"))
        .filter(product::Column::IsFlagship.eq(true))
        .count(&app.db)
        .await
        .expect("count");
    assert!(flagship > 0, "the demo data has flagship products");
    assert!(
        html.contains(&format!("{flagship} dari 1.000 produk unggulan")),
        "flagship progress"
    );
    let santri = user::Entity::find()
        .filter(user::Column::Role.eq("seller"))
        .filter(user::Column::Pillar.eq("santripreneur"))
        .count(&app.db)
        .await
        .expect("count");
    assert!(
        html.contains(&format!("{santri} penjual")),
        "santri sellers"
    );

    // The shelf starts with the newest flagship product, priced by the one formatter.
    let newest = product::Entity::find()
        .filter(product::Column::ListingState.eq("published"))
        .filter(product::Column::IsFlagship.eq(true))
        .order_by_desc(product::Column::PublishedAt)
        .order_by_desc(product::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("a flagship product");
    let first_card = html
        .find(r#"class="product-card""#)
        .expect("a product card");
    let card = &html[first_card..];
    let name_html = newest.name.replace('\'', "&#x27;");
    assert!(card.contains(&name_html), "first card is {}", newest.name);
    assert!(card.contains(&Rupiah(newest.price).to_string()));
    assert_eq!(
        html.matches(r#"class="product-card""#).count(),
        8,
        "the shelf shows eight products"
    );
    assert!(html.contains(r#"loading="lazy""#) && html.contains(r#"width="320""#));

    // Drafts never reach the shelf.
    let drafts: Vec<String> = product::Entity::find()
        .filter(product::Column::ListingState.ne("published"))
        .filter(product::Column::IsFlagship.eq(true))
        .all(&app.db)
        .await
        .expect("query")
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert!(
        drafts.is_empty(),
        "the generator flags only published products"
    );

    let post = news_post::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("the demo post");
    assert!(html.contains(&post.title));
    assert!(html.contains("19 Februari 2021"));

    // The photo on the card is a real JPEG served from the media store.
    let src_at = card.find("src=\"").expect("img src") + 5;
    let src = &card[src_at..src_at + card[src_at..].find('"').expect("end of src")];
    let photo = app
        .http
        .get(format!("{}{src}", app.base))
        .send()
        .await
        .expect("photo");
    assert_eq!(photo.status().as_u16(), 200);
    let bytes = photo.bytes().await.expect("photo bytes");
    assert_eq!(&bytes[..3], &[0xFF, 0xD8, 0xFF], "JPEG magic bytes");

    // English by URL (remembered in a cookie), by cookie, and by the browser's language.
    let (status, headers, html) = app.get("/?lang=en", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="en""#));
    assert!(html.contains(&format!("{flagship} of 1,000 flagship products")));
    assert!(html.contains("19 February 2021"));
    let cookie = headers
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        cookie.starts_with("opop_lang=en;") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let (_, _, html) = app.get("/", &[("cookie", "opop_lang=en")]).await;
    assert!(html.contains("Flagship Products"));
    let (_, _, html) = app.get("/", &[("accept-language", "en-GB,en;q=0.9")]).await;
    assert!(html.contains(r#"<html lang="en""#));
    let (_, _, html) = app.get("/?lang=xx", &[("cookie", "opop_lang=fr")]).await;
    assert!(
        html.contains(r#"<html lang="id""#),
        "unknown languages fall back to Indonesian"
    );

    // The server function the client calls after hydration answers JSON.
    let response = app
        .http
        .post(format!("{}/api/home", app.base))
        .send()
        .await
        .expect("server fn");
    assert_eq!(response.status().as_u16(), 200);
    let json: serde_json::Value =
        serde_json::from_str(&response.text().await.expect("body")).expect("json");
    assert_eq!(
        json["progress"]["flagship_products"],
        serde_json::json!(flagship)
    );
}

async fn unknown_pages_get_a_real_404(url: &str) {
    let app = TestApp::spawn(url, None).await;
    for path in [
        "/tidak-ada",
        "/produk/../../etc/passwd",
        "/%3Cscript%3E",
        "/a/b/c?x=<b>",
    ] {
        let (status, headers, html) = app.get(path, &[]).await;
        assert_eq!(status, 404, "{path}");
        assert!(
            headers
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|c| c.starts_with("text/html")),
            "{path}"
        );
        assert!(html.contains("Halaman tidak ditemukan"), "{path}");
        assert!(!html.contains("<script>alert"), "{path}");
    }
    let (status, _, html) = app.get("/tidak-ada?lang=en", &[]).await;
    assert_eq!(status, 404);
    assert!(html.contains("Page not found"));
}

async fn empty_database_shows_empty_states(url: &str) {
    let app = TestApp::spawn(url, None).await;
    let (status, _, html) = app.get("/", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("0 dari 1.000 produk unggulan"));
    assert!(html.contains("Belum ada produk unggulan."));
    assert!(html.contains("Belum ada berita."));
}

on_both_backends!(
    home_page_shows_live_figures,
    unknown_pages_get_a_real_404,
    empty_database_shows_empty_states,
);
