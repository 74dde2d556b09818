//! Photos in an S3-compatible bucket: a real S3 API (moto's server, started by the test)
//! receives the upload, `/media` serves it back from the bucket, and deleting the photo
//! deletes its objects. Runs when `OPOP_TEST_MOTO` names moto's install folder (`make test`
//! installs it); `.ci/run` makes it required.

use crate::support::{Browser, TestApp, TestDb};
use db::entity::{product, product_photo, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::sync::Arc;

/// A moto S3 server on a free port, stopped when dropped.
struct Moto {
    child: std::process::Child,
    endpoint: String,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_moto() -> Option<Moto> {
    let Ok(dir) = std::env::var("OPOP_TEST_MOTO") else {
        assert!(
            std::env::var("OPOP_REQUIRE_S3").is_err(),
            "OPOP_REQUIRE_S3 is set but OPOP_TEST_MOTO is not"
        );
        eprintln!("moto not configured (OPOP_TEST_MOTO): skipping the S3 store test");
        return None;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let child = std::process::Command::new("python3")
        .arg(format!("{dir}/bin/moto_server"))
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .env("PYTHONPATH", &dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start moto_server");
    let moto = Moto {
        child,
        endpoint: format!("http://127.0.0.1:{port}"),
    };
    let http = reqwest::Client::new();
    for _ in 0..100 {
        if let Ok(r) = http
            .put(format!("{}/opop-test", moto.endpoint))
            .send()
            .await
            && r.status().is_success()
        {
            return Some(moto);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("moto_server did not start on {}", moto.endpoint);
}

#[tokio::test]
async fn photos_go_to_the_bucket_and_come_back_from_it() {
    let Some(moto) = start_moto().await else {
        return;
    };
    let bucket = || {
        media::S3Store::with_credentials("opop-test", &moto.endpoint, "test", "test", "us-east-1")
            .expect("store")
    };
    // A second client of the same bucket, to look at it directly.
    let direct = bucket();
    let store = bucket();
    let media = opop::serve::Media {
        store: Arc::new(store),
        folder: None,
    };
    let generous = auth::RateLimits {
        per_address_per_minute: 1000,
        per_account_per_minute: 1000,
        api_per_address_per_minute: 1000,
    };
    let app = TestApp::spawn_with(&TestDb::sqlite().url, Some(0), generous, Some(media)).await;
    let seller_row = user::Entity::find()
        .filter(user::Column::Role.eq("seller"))
        .order_by_asc(user::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("seller");
    let seller = Browser::new(&app);
    seller
        .login(&seller_row.email, opop::seed::accounts::DEMO_PASSWORD)
        .await;
    let form = [
        ("input[name]", "Sambal Bawang Ember"),
        ("input[category]", "1"),
        ("input[description]", "Pedas."),
        ("input[price]", "20.000"),
        ("input[stock]", "5"),
        ("input[unit]", "botol"),
        ("input[weight]", "200"),
        ("input[halal_status]", "none"),
        ("intent", "draft"),
    ];
    seller.post("/api/save_listing", &form).await;
    let p = product::Entity::find()
        .filter(product::Column::Name.eq("Sambal Bawang Ember"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("saved");
    let img = image::RgbImage::from_fn(500, 400, |x, _| image::Rgb([(x % 250) as u8, 40, 90]));
    let mut jpeg = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut jpeg, image::ImageFormat::Jpeg)
        .expect("encode");
    let (status, _) = seller
        .upload(
            &format!("/saya/produk/{}/foto", p.id),
            "photo",
            jpeg.into_inner(),
        )
        .await;
    assert_eq!(status, 303);
    let photo = product_photo::Entity::find()
        .filter(product_photo::Column::ProductId.eq(p.id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("photo");
    // The object is in the bucket (asked of S3 directly), and /media serves it from there.
    use media::MediaStore;
    let object = format!("{}-640.jpg", photo.storage_key);
    let stored = direct
        .get(&object)
        .await
        .expect("get object")
        .expect("in the bucket");
    assert_eq!(
        image::guess_format(&stored).expect("format"),
        image::ImageFormat::Jpeg
    );
    let served = reqwest::get(format!("{}/media/{}-320.jpg", app.base, photo.storage_key))
        .await
        .expect("get media");
    assert_eq!(served.status(), 200);
    assert_eq!(
        served
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("image/jpeg")
    );
    let bytes = served.bytes().await.expect("body");
    assert_eq!(
        image::guess_format(&bytes).expect("format"),
        image::ImageFormat::Jpeg
    );
    let missing = reqwest::get(format!("{}/media/products/0/nothing-320.jpg", app.base))
        .await
        .expect("get");
    assert_eq!(missing.status(), 404);
    // Deleting the photo deletes its objects.
    let (pid, phid) = (p.id.to_string(), photo.id.to_string());
    let delete = [
        ("product", pid.as_str()),
        ("photo", phid.as_str()),
        ("action", "delete"),
    ];
    assert_eq!(seller.post("/api/photo_action", &delete).await.0, 200);
    assert_eq!(direct.get(&object).await.expect("get object"), None);
}
