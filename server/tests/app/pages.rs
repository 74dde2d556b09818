//! The product page and the pesantren directory and profile, on SQLite and PostgreSQL.

use crate::support::{TestApp, on_both_backends};
use db::entity::{pesantren, product};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

async fn product_page_shows_everything_and_hides_drafts(url: &str) {
    let app = TestApp::spawn(url, Some(150)).await;
    let p = product::Entity::find()
        .filter(product::Column::ListingState.eq("published"))
        .filter(product::Column::HalalStatus.eq("certified"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a certified product");
    app.db
        .execute_unprepared(&format!(
            "UPDATE products SET description = 'Baris satu <b>tebal</b>\n\nBaris dua & tiga' WHERE id = {}",
            p.id
        ))
        .await
        .expect("update");
    let (status, _, html) = app.get(&format!("/produk/{}", p.slug), &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!(
        "<title>{}</title>",
        p.name.replace('\'', "&#x27;")
    )));
    assert!(html.contains(&domain::Rupiah(p.price).to_string()));
    assert!(html.contains(p.halal_certificate_no.as_deref().expect("certificate")));
    assert!(
        html.contains("&lt;b&gt;tebal&lt;/b&gt;") && !html.contains("<b>tebal</b>"),
        "description is escaped"
    );
    assert!(
        html.contains("<p>Baris dua &amp; tiga</p>"),
        "paragraphs keep their breaks"
    );
    assert!(
        html.contains(r#"property="og:image" content="http://127.0.0.1:"#),
        "absolute Open Graph image"
    );
    let wa = html
        .split("href=\"https://wa.me/")
        .nth(1)
        .expect("a WhatsApp link");
    assert!(wa.starts_with("628"));
    assert!(
        wa.contains("saya%20tertarik%20dengan%20produk"),
        "prefilled message: {}",
        &wa[..120.min(wa.len())]
    );
    assert!(html.contains(r#"srcset="/media/demo/"#) && html.contains(r#"width="640""#));

    let draft = product::Entity::find()
        .filter(product::Column::ListingState.eq("draft"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a draft");
    let (status, _, html) = app.get(&format!("/produk/{}", draft.slug), &[]).await;
    assert_eq!(status, 404, "drafts are not public");
    assert!(html.contains("Halaman tidak ditemukan"));
    let (status, _, _) = app.get("/produk/tidak-ada-produk-ini", &[]).await;
    assert_eq!(status, 404);
}

async fn pesantren_directory_and_profile(url: &str) {
    let app = TestApp::spawn(url, Some(150)).await;
    let verified = pesantren::Entity::find()
        .filter(pesantren::Column::Verification.eq("verified"))
        .count(&app.db)
        .await
        .expect("count");
    let (status, _, html) = app.get("/pesantren", &[]).await;
    assert_eq!(status, 200);
    assert!(
        html.contains(&format!("{verified} pesantren")),
        "only verified pesantren are listed"
    );
    let (_, _, html) = app.get("/pesantren?wilayah=3517", &[]).await;
    let in_jombang = pesantren::Entity::find()
        .filter(pesantren::Column::Verification.eq("verified"))
        .filter(pesantren::Column::RegionCode.eq("3517"))
        .count(&app.db)
        .await
        .expect("count");
    assert!(html.contains(&format!("{in_jombang} pesantren")));
    let (status, _, html) = app.get("/pesantren?wilayah=xx&hal=abc", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("Kabupaten/kota tidak dikenal"));

    let p = pesantren::Entity::find()
        .filter(pesantren::Column::Verification.eq("verified"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a verified pesantren");
    let published = product::Entity::find()
        .filter(product::Column::PesantrenId.eq(p.id))
        .filter(product::Column::ListingState.eq("published"))
        .count(&app.db)
        .await
        .expect("count");
    let (status, _, html) = app.get(&format!("/pesantren/{}", p.slug), &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("{published} produk")));
    assert!(html.contains(&p.address.replace('\'', "&#x27;")));
    let hidden = pesantren::Entity::find()
        .filter(pesantren::Column::Verification.eq("pending"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("an unverified pesantren");
    let (status, _, _) = app.get(&format!("/pesantren/{}", hidden.slug), &[]).await;
    assert_eq!(status, 404, "unverified pesantren have no public profile");
}

on_both_backends!(
    product_page_shows_everything_and_hides_drafts,
    pesantren_directory_and_profile,
);
