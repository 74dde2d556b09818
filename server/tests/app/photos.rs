//! Listing photos: upload through the real multipart route, refusals, the limit of six,
//! reorder and delete, and who may touch them; on SQLite and PostgreSQL.

use crate::support::{Browser, TestApp, jpeg, media_dir, on_both_backends};
use db::entity::{product, product_photo, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

const DEMO_PASSWORD: &str = opop::seed::accounts::DEMO_PASSWORD;

/// Runs futures concurrently on this task and collects their outputs in order.
async fn futures_join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut pinned: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = (0..pinned.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (slot, fut) in outputs.iter_mut().zip(pinned.iter_mut()) {
            if slot.is_none() {
                match fut.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *slot = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().flatten().collect()
}

async fn seller(app: &TestApp, pesantren: i32) -> Browser {
    let u = user::Entity::find()
        .filter(user::Column::Role.eq("seller"))
        .filter(user::Column::PesantrenId.eq(pesantren))
        .order_by_asc(user::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("seller");
    let b = Browser::new(app);
    b.login(&u.email, DEMO_PASSWORD).await;
    b
}

async fn photos_of(app: &TestApp, product_id: i32) -> Vec<product_photo::Model> {
    product_photo::Entity::find()
        .filter(product_photo::Column::ProductId.eq(product_id))
        .order_by_asc(product_photo::Column::Position)
        .all(&app.db)
        .await
        .expect("query")
}

async fn photos_upload_reorder_delete_and_stay_private(url: &str) {
    let app = TestApp::spawn(url, Some(0)).await;
    let owner = seller(&app, 1).await;
    let other = seller(&app, 2).await;
    let form = [
        ("input[name]", "Keripik Tempe Foto"),
        ("input[category]", "1"),
        ("input[description]", "Renyah."),
        ("input[price]", "15.000"),
        ("input[stock]", "5"),
        ("input[unit]", "bungkus"),
        ("input[weight]", "200"),
        ("input[halal_status]", "none"),
        ("intent", "draft"),
    ];
    let (status, headers, _) = owner.post("/api/save_listing", &form).await;
    assert_eq!(status, 200);
    let p = product::Entity::find()
        .filter(product::Column::Name.eq("Keripik Tempe Foto"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("saved");
    assert_eq!(
        headers.get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/saya/produk/{}", p.id).as_str()),
        "a draft stays open in the editor"
    );
    let upload_path = format!("/saya/produk/{}/foto", p.id);

    // A real photo: stored in both sizes, metadata-free JPEGs under a key the server made.
    let (status, location) = owner.upload(&upload_path, "photo", jpeg(1000, 750)).await;
    assert_eq!(
        (status, location.as_str()),
        (303, format!("/saya/produk/{}", p.id).as_str())
    );
    let stored = photos_of(&app, p.id).await;
    assert_eq!(stored.len(), 1);
    assert_eq!((stored[0].width, stored[0].height), (640, 480));
    assert!(
        stored[0]
            .storage_key
            .starts_with(&format!("products/{}/", p.id))
    );
    assert!(
        !stored[0].storage_key.contains("foto"),
        "the file name is never used"
    );
    for width in domain::media::PHOTO_WIDTHS {
        let file = media_dir().join(format!("{}-{width}.jpg", stored[0].storage_key));
        let bytes = std::fs::read(&file).expect("stored file");
        assert_eq!(
            image::guess_format(&bytes).expect("format"),
            image::ImageFormat::Jpeg
        );
    }
    let (_, html) = owner.get(&format!("/saya/produk/{}", p.id)).await;
    assert!(html.contains("Foto ditambahkan."), "the editor says so");

    // Not a photo, whatever the name: refused with a message, nothing stored.
    let (status, _) = owner
        .upload(&upload_path, "photo", b"<?php echo 1; ?>".to_vec())
        .await;
    assert_eq!(status, 303);
    let (_, html) = owner.get(&format!("/saya/produk/{}", p.id)).await;
    assert!(
        html.contains("bukan foto JPEG, PNG atau WebP"),
        "refusal shown"
    );
    assert_eq!(photos_of(&app, p.id).await.len(), 1);

    // Another pesantren's seller: 404, nothing stored, nothing revealed.
    let (status, _) = other.upload(&upload_path, "photo", jpeg(300, 300)).await;
    assert_eq!(status, 404);
    let first = stored[0].id.to_string();
    let pid = p.id.to_string();
    let delete = [
        ("product", pid.as_str()),
        ("photo", first.as_str()),
        ("action", "delete"),
    ];
    assert_eq!(other.post("/api/photo_action", &delete).await.0, 404);
    assert_eq!(photos_of(&app, p.id).await.len(), 1);

    // Up to six, even when eight uploads race: every answer is a redirect, never a 500
    // (SQLite once answered "database is locked" here), and exactly six are kept.
    let picture = jpeg(200, 150);
    let racing: Vec<_> = (0..8)
        .map(|_| owner.upload(&upload_path, "photo", picture.clone()))
        .collect();
    for (status, _) in futures_join_all(racing).await {
        assert_eq!(status, 303);
    }
    assert_eq!(photos_of(&app, p.id).await.len(), 6);
    owner.upload(&upload_path, "photo", jpeg(200, 150)).await;
    assert_eq!(photos_of(&app, p.id).await.len(), 6);
    let (_, html) = owner.get(&format!("/saya/produk/{}", p.id)).await;
    assert!(html.contains("paling banyak 6 foto"));

    // The last becomes the cover; the first is deleted, files and all; positions stay 0..n.
    let all = photos_of(&app, p.id).await;
    let last = all[5].id.to_string();
    let cover = [
        ("product", pid.as_str()),
        ("photo", last.as_str()),
        ("action", "cover"),
    ];
    assert_eq!(owner.post("/api/photo_action", &cover).await.0, 200);
    assert_eq!(photos_of(&app, p.id).await[0].id, all[5].id);
    assert_eq!(owner.post("/api/photo_action", &delete).await.0, 200);
    let after = photos_of(&app, p.id).await;
    assert_eq!(after.len(), 5);
    assert_eq!(
        after.iter().map(|ph| ph.position).collect::<Vec<_>>(),
        vec![0, 1, 2, 3, 4]
    );
    assert!(
        !media_dir()
            .join(format!("{}-320.jpg", all[0].storage_key))
            .exists()
    );

    // A photo change on a published listing sends it back to review.
    use sea_orm::ConnectionTrait;
    app.db
        .execute_unprepared(&format!(
            "UPDATE products SET listing_state = 'published' WHERE id = {}",
            p.id
        ))
        .await
        .expect("publish");
    let later = [
        ("product", pid.as_str()),
        ("photo", last.as_str()),
        ("action", "later"),
    ];
    assert_eq!(owner.post("/api/photo_action", &later).await.0, 200);
    let p = product::Entity::find_by_id(p.id)
        .one(&app.db)
        .await
        .expect("q")
        .expect("p");
    assert_eq!(p.listing_state, "submitted");
}

async fn pesantren_profile_and_photo(url: &str) {
    let app = TestApp::spawn(url, Some(0)).await;
    let admin_row = user::Entity::find()
        .filter(user::Column::Role.eq("pesantren_admin"))
        .filter(user::Column::PesantrenId.eq(1))
        .one(&app.db)
        .await
        .expect("query")
        .expect("admin");
    let admin = Browser::new(&app);
    admin.login(&admin_row.email, DEMO_PASSWORD).await;
    // Bad input: every refused field named, nothing stored.
    let (_, _, body) = admin
        .post(
            "/api/save_profile",
            &[
                ("input[description]", ""),
                ("input[address]", "Jl. Baru"),
                ("input[whatsapp]", "021-555"),
            ],
        )
        .await;
    assert!(
        body.contains("Required") && body.contains("PhoneInvalid"),
        "{body}"
    );
    let before = db::entity::pesantren::Entity::find_by_id(1)
        .one(&app.db)
        .await
        .expect("q")
        .expect("p");
    assert_ne!(before.address, "Jl. Baru");
    let (_, html) = admin.get("/kelola/profil").await;
    assert!(html.contains("Jl. Baru"), "the input comes back");
    // A good profile and a photo show on the public page.
    let (_, _, body) = admin
        .post(
            "/api/save_profile",
            &[
                ("input[description]", "Baris satu.\nBaris <dua>."),
                ("input[address]", "Jl. Baru 2"),
                ("input[cooperative]", "Kopontren Baru"),
                ("input[whatsapp]", "+62 812 1111 2222"),
            ],
        )
        .await;
    assert_eq!(body, "[]");
    let (status, location) = admin
        .upload("/kelola/profil/foto", "photo", jpeg(800, 600))
        .await;
    assert_eq!((status, location.as_str()), (303, "/kelola/profil"));
    let after = db::entity::pesantren::Entity::find_by_id(1)
        .one(&app.db)
        .await
        .expect("q")
        .expect("p");
    assert_eq!(
        (after.whatsapp.as_str(), after.cooperative_name.as_deref()),
        ("6281211112222", Some("Kopontren Baru"))
    );
    let key = after.photo_key.expect("photo");
    assert!(key.starts_with("pesantren/1/"));
    let (_, page) = Browser::new(&app)
        .get(&format!("/pesantren/{}", after.slug))
        .await;
    assert!(page.contains(&format!("/media/{key}-640.jpg")) && page.contains("Baris &lt;dua&gt;."));
    // A new photo replaces the old one, files and all.
    admin
        .upload("/kelola/profil/foto", "photo", jpeg(700, 700))
        .await;
    assert!(!media_dir().join(format!("{key}-640.jpg")).exists());
    // A seller may not.
    let s = seller(&app, 1).await;
    assert_eq!(
        s.upload("/kelola/profil/foto", "photo", jpeg(300, 300))
            .await
            .0,
        403
    );
}

on_both_backends!(
    photos_upload_reorder_delete_and_stay_private,
    pesantren_profile_and_photo
);
