//! The catalogue checked against a plain in-memory filter of the same data, on SQLite and
//! PostgreSQL: every filter, combinations, facet counts, sorts and page boundaries; plus the
//! page itself with hostile input, and the cache never serving stale results.

use crate::support::{TestApp, on_both_backends};
use db::entity::{category, pesantren, product};
use db::queries::catalogue::Catalogue;
use domain::{CatalogueQuery, CatalogueSort, catalogue::PAGE_SIZE, search::query_words};
use rand::{Rng, SeedableRng, seq::IndexedRandom};
use rand_chacha::ChaCha8Rng;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// A product as the in-memory model sees it.
struct Row {
    id: i32,
    slug: String,
    name: String,
    category: String,
    region: String,
    pesantren: String,
    pillar: String,
    price: i64,
    stock: i32,
    halal: bool,
    published: bool,
    published_at: Option<time::OffsetDateTime>,
    words: Vec<String>,
}

async fn rows(db: &db::DatabaseConnection) -> Vec<Row> {
    let categories: HashMap<i32, String> = category::Entity::find()
        .all(db)
        .await
        .expect("categories")
        .into_iter()
        .map(|c| (c.id, c.slug))
        .collect();
    let pesantren: HashMap<i32, String> = pesantren::Entity::find()
        .all(db)
        .await
        .expect("pesantren")
        .into_iter()
        .map(|p| (p.id, p.slug))
        .collect();
    product::Entity::find()
        .all(db)
        .await
        .expect("products")
        .into_iter()
        .map(|p| Row {
            id: p.id,
            slug: p.slug,
            name: p.name,
            category: categories[&p.category_id].clone(),
            region: p.region_code,
            pesantren: pesantren[&p.pesantren_id].clone(),
            pillar: p.pillar,
            price: p.price,
            stock: p.stock,
            halal: p.halal_status == "certified",
            published: p.listing_state == "published",
            published_at: p.published_at,
            words: p.search_text.split(' ').map(str::to_owned).collect(),
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Skip {
    None,
    Category,
    Region,
    Pillar,
}

fn matches(row: &Row, q: &CatalogueQuery, skip: Skip) -> bool {
    let words = q.text.as_deref().map(query_words).unwrap_or_default();
    row.published
        && words
            .iter()
            .all(|w| row.words.iter().any(|t| t.starts_with(w.as_str())))
        && (skip == Skip::Category || q.category.as_ref().is_none_or(|c| &row.category == c))
        && (skip == Skip::Region || q.region.as_ref().is_none_or(|r| &row.region == r))
        && (skip == Skip::Pillar || q.pillar.is_none_or(|p| row.pillar == p.code()))
        && q.pesantren.as_ref().is_none_or(|p| &row.pesantren == p)
        && q.min_price.is_none_or(|m| row.price >= m.0)
        && q.max_price.is_none_or(|m| row.price <= m.0)
        && (!q.halal_only || row.halal)
        && (!q.in_stock_only || row.stock > 0)
}

fn random_query(rng: &mut ChaCha8Rng, all: &[Row]) -> String {
    let pick = |rng: &mut ChaCha8Rng, f: &dyn Fn(&Row) -> String| f(all.choose(rng).expect("rows"));
    let mut parts = Vec::new();
    if rng.random_bool(0.35) {
        let text = *[
            "kopi",
            "Rempah",
            "madu asli",
            "KOPÍ",
            "tas batok",
            "ul",
            "zzzz",
            "pondok",
            "sabun",
            "al",
            "premium darul",
        ]
        .choose(rng)
        .expect("words");
        parts.push(format!("q={}", text.replace(' ', "+")));
    }
    if rng.random_bool(0.4) {
        parts.push(format!("kategori={}", pick(rng, &|r| r.category.clone())));
    }
    if rng.random_bool(0.35) {
        parts.push(format!("wilayah={}", pick(rng, &|r| r.region.clone())));
    }
    if rng.random_bool(0.1) {
        parts.push(format!("pesantren={}", pick(rng, &|r| r.pesantren.clone())));
    }
    if rng.random_bool(0.3) {
        parts.push(format!("pilar={}", pick(rng, &|r| r.pillar.clone())));
    }
    if rng.random_bool(0.3) {
        parts.push(format!("min={}", rng.random_range(0..60) * 1_000));
    }
    if rng.random_bool(0.3) {
        parts.push(format!("maks=Rp+{}.000", rng.random_range(20..400)));
    }
    if rng.random_bool(0.25) {
        parts.push("halal=1".into());
    }
    if rng.random_bool(0.25) {
        parts.push("stok=1".into());
    }
    if rng.random_bool(0.6) {
        parts.push(format!(
            "urut={}",
            ["relevan", "terbaru", "termurah", "termahal", "nama"]
                .choose(rng)
                .expect("sorts")
        ));
    }
    if rng.random_bool(0.4) {
        parts.push(format!("hal={}", rng.random_range(1..=6)));
    }
    parts.join("&")
}

async fn catalogue_agrees_with_a_plain_filter(url: &str) {
    let db = opop::open_and_migrate(url).await.expect("migrate");
    opop::seed::load_demo(&db, &crate::support::media_dir(), 600, false)
        .await
        .expect("seed");
    let mut all = rows(&db).await;
    let catalogue = Catalogue::new(&db).await.expect("catalogue");
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let mut checked_nonempty = 0;
    for round in 0..160 {
        if round == 80 {
            // Halfway, products change in every way a count depends on (the counts kept by
            // triggers must follow), and the model is read again.
            for sql in [
                "UPDATE products SET listing_state = 'archived' WHERE id IN \
                 (SELECT id FROM products WHERE listing_state = 'published' ORDER BY id LIMIT 25)",
                "UPDATE products SET listing_state = 'published' WHERE listing_state = 'archived' \
                 AND published_at IS NOT NULL AND id % 2 = 0",
                "UPDATE products SET category_id = (category_id % 8) + 1 WHERE id % 7 = 0",
                "UPDATE products SET region_code = '3578' WHERE id % 9 = 0",
                "UPDATE products SET pillar = 'sosiopreneur' WHERE id % 6 = 0",
                "UPDATE products SET halal_status = 'certified' WHERE id % 11 = 0",
                "UPDATE products SET halal_status = 'none' WHERE id % 13 = 0",
                "UPDATE products SET stock = 0 WHERE id % 5 = 0",
                "UPDATE products SET stock = stock + 2 WHERE id % 3 = 0",
                "DELETE FROM products WHERE id IN \
                 (SELECT id FROM products WHERE listing_state = 'published' ORDER BY id DESC LIMIT 7)",
            ] {
                db.execute_unprepared(sql).await.expect(sql);
            }
            all = rows(&db).await;
        }
        let raw = if round == 0 || round == 80 {
            String::new()
        } else {
            random_query(&mut rng, &all)
        };
        let page = catalogue.search(&db, &raw).await.expect("search");
        let q = &page.query;
        let mut expected: Vec<&Row> = all.iter().filter(|r| matches(r, q, Skip::None)).collect();
        assert_eq!(page.total, expected.len() as u64, "total for {raw:?}");
        let pages = (expected.len() as u32).div_ceil(PAGE_SIZE).max(1);
        assert_eq!(page.pages, pages, "pages for {raw:?}");
        assert!(
            q.page >= 1 && q.page <= pages,
            "page is clamped for {raw:?}"
        );

        let sort = q.effective_sort();
        match sort {
            CatalogueSort::Newest => {
                expected.sort_by(|a, b| b.published_at.cmp(&a.published_at).then(b.id.cmp(&a.id)))
            }
            CatalogueSort::PriceLow => {
                expected.sort_by(|a, b| a.price.cmp(&b.price).then(a.id.cmp(&b.id)))
            }
            CatalogueSort::PriceHigh => {
                expected.sort_by(|a, b| b.price.cmp(&a.price).then(b.id.cmp(&a.id)))
            }
            CatalogueSort::Name => expected.sort_by(|a, b| {
                a.name
                    .as_bytes()
                    .cmp(b.name.as_bytes())
                    .then(a.id.cmp(&b.id))
            }),
            CatalogueSort::Relevance => {}
        }
        let start = ((q.page - 1) * PAGE_SIZE) as usize;
        let got: Vec<&str> = page.products.iter().map(|c| c.slug.as_str()).collect();
        if sort == CatalogueSort::Relevance {
            // The database ranks by relevance; here only check every result is a match.
            let matching: Vec<&str> = expected.iter().map(|r| r.slug.as_str()).collect();
            assert!(
                got.iter().all(|s| matching.contains(s)),
                "relevance results match {raw:?}"
            );
            assert_eq!(
                got.len(),
                expected.len().saturating_sub(start).min(PAGE_SIZE as usize)
            );
        } else {
            let want: Vec<&str> = expected
                .iter()
                .skip(start)
                .take(PAGE_SIZE as usize)
                .map(|r| r.slug.as_str())
                .collect();
            assert_eq!(got, want, "page contents for {raw:?}");
        }
        if !got.is_empty() {
            checked_nonempty += 1;
        }

        for (options, skip, field) in [
            (
                &page.facets.categories,
                Skip::Category,
                (|r: &Row| r.category.clone()) as fn(&Row) -> String,
            ),
            (&page.facets.regions, Skip::Region, |r: &Row| {
                r.region.clone()
            }),
            (&page.facets.pillars, Skip::Pillar, |r: &Row| {
                r.pillar.clone()
            }),
        ] {
            for option in options {
                let want = all
                    .iter()
                    .filter(|r| matches(r, q, skip) && field(r) == option.value)
                    .count();
                assert_eq!(
                    option.count, want as u64,
                    "facet {} for {raw:?}",
                    option.value
                );
            }
        }
    }
    assert!(
        checked_nonempty > 60,
        "enough rounds had results ({checked_nonempty})"
    );
    db.close().await.expect("close");
}

async fn the_cache_never_serves_stale_results(url: &str) {
    let db = opop::open_and_migrate(url).await.expect("migrate");
    opop::seed::load_demo(&db, &crate::support::media_dir(), 120, false)
        .await
        .expect("seed");
    let catalogue = Catalogue::new(&db).await.expect("catalogue");
    let before = catalogue
        .search(&db, "kategori=makanan-minuman")
        .await
        .expect("search");
    let again = catalogue
        .search(&db, "kategori=makanan-minuman")
        .await
        .expect("search");
    assert!(
        std::sync::Arc::ptr_eq(&before, &again),
        "an unchanged catalogue is served from the cache"
    );
    let first = before.products.first().expect("a product").slug.clone();
    db.execute_unprepared(&format!(
        "UPDATE products SET listing_state = 'archived' WHERE slug = '{first}'"
    ))
    .await
    .expect("archive");
    let after = catalogue
        .search(&db, "kategori=makanan-minuman")
        .await
        .expect("search");
    assert_eq!(after.total, before.total - 1, "the write shows at once");
    assert!(after.products.iter().all(|c| c.slug != first));
    db.execute_unprepared("UPDATE products SET price = 1 WHERE id = (SELECT MIN(id) FROM products WHERE listing_state = 'published')")
        .await
        .expect("reprice");
    let cheapest = catalogue
        .search(&db, "urut=termurah")
        .await
        .expect("search");
    assert_eq!(cheapest.products.first().map(|c| c.price.0), Some(1));
    db.close().await.expect("close");
}

/// The whole-page cache: a repeated request is answered from it (same bytes), and any write
/// to products, photos or pesantren shows on the very next request, on every cached page kind.
async fn cached_pages_are_never_stale(url: &str) {
    let app = TestApp::spawn(url, Some(120)).await;
    let p = db::entity::product::Entity::find()
        .filter(db::entity::product::Column::ListingState.eq("published"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a product");
    let owner = db::entity::pesantren::Entity::find_by_id(p.pesantren_id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("pesantren");
    let pages = [
        format!("/produk/{}", p.slug),
        "/produk?urut=terbaru".to_owned(),
        format!("/pesantren/{}", owner.slug),
        "/pesantren".to_owned(),
    ];
    let cache = |h: &reqwest::header::HeaderMap| {
        h.get("x-page-cache")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    for page in &pages {
        let (status, h1, first) = app.get(page, &[]).await;
        let (_, h2, second) = app.get(page, &[]).await;
        assert_eq!(status, 200);
        assert_eq!(
            (cache(&h1), cache(&h2)),
            ("miss".into(), "hit".into()),
            "{page}"
        );
        assert_eq!(first, second, "{page}: same page twice");
        for h in [&h1, &h2] {
            assert_eq!(
                (h.get("cache-control"), h.get("vary")),
                (
                    Some(&reqwest::header::HeaderValue::from_static("no-cache")),
                    Some(&reqwest::header::HeaderValue::from_static(
                        "Cookie, Accept-Language"
                    ))
                ),
                "{page}: a page from the cache must be revalidated and kept apart per language"
            );
        }
        let (_, h3, _) = app.get(page, &[("cookie", "opop_session=x")]).await;
        assert_eq!(cache(&h3), "", "{page}: a session's page is not cached");
        let (_, _, english) = app.get(page, &[("accept-language", "en")]).await;
        assert!(
            english.contains(r#"<html lang="en""#),
            "{page}: languages kept apart"
        );
    }
    // Renaming the product and its pesantren shows everywhere at once.
    app.db
        .execute_unprepared(&format!(
            "UPDATE products SET name = 'Nama Baru Sekali', published_at = '2099-01-01T00:00:00Z' WHERE id = {}",
            p.id
        ))
        .await
        .expect("rename product");
    // The pesantren is renamed from another connection pool, as the CLI or a second server
    // would: the cache sees commits of other processes too.
    let other = db::connect(url).await.expect("a second pool");
    other
        .execute_unprepared(&format!(
            "UPDATE pesantren SET name = 'Pesantren Nama Baru' WHERE id = {}",
            owner.id
        ))
        .await
        .expect("rename pesantren");
    other.close().await.expect("close");
    for page in &pages[..3] {
        let (_, _, html) = app.get(page, &[]).await;
        assert!(
            html.contains("Nama Baru Sekali"),
            "{page} shows the new product name"
        );
    }
    let (_, _, directory) = app.get(&pages[3], &[]).await;
    assert!(
        directory.contains("Pesantren Nama Baru"),
        "directory shows the new name"
    );
    // Unpublished: the product page is gone at once.
    app.db
        .execute_unprepared(&format!(
            "UPDATE products SET listing_state = 'archived' WHERE id = {}",
            p.id
        ))
        .await
        .expect("archive");
    let (status, _, _) = app.get(&pages[0], &[]).await;
    assert_eq!(status, 404);
}

/// The page cache's version reader for SQLite files (`db::catalogue_version`) reads every
/// commit at once, whichever connection made it.
#[tokio::test]
async fn the_local_version_reader_sees_every_commit_to_the_file() {
    use db::catalogue_version::LocalVersion;
    let url = crate::support::TestDb::sqlite().url;
    let db = opop::open_and_migrate(&url).await.expect("migrate");
    let local = LocalVersion::for_database(&db)
        .await
        .expect("an SQLite file");
    let first = local.read().expect("read");
    assert_eq!(
        db::queries::catalogue::version(&db).await.expect("pool"),
        first
    );
    db.execute_unprepared("UPDATE catalogue_version SET version = version + 1 WHERE id = 1")
        .await
        .expect("write through the pool");
    assert_eq!(local.read(), Ok(first + 1));
    // Another pool on the same file, as the CLI or a second server would open.
    let other = db::connect(&url).await.expect("second pool");
    other
        .execute_unprepared("UPDATE catalogue_version SET version = version + 5 WHERE id = 1")
        .await
        .expect("write elsewhere");
    assert_eq!(local.read(), Ok(first + 6));
    other.close().await.expect("close");
    db.close().await.expect("close");
}

#[tokio::test]
async fn an_in_memory_database_is_read_through_its_pool() {
    let db = opop::open_and_migrate("sqlite::memory:")
        .await
        .expect("migrate");
    assert!(
        db::catalogue_version::LocalVersion::for_database(&db)
            .await
            .is_none()
    );
}

async fn the_catalogue_page_survives_hostile_input(url: &str) {
    let app = TestApp::spawn(url, Some(200)).await;
    let (status, _, html) = app.get("/produk", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("produk</p>") && html.contains(r#"data-testid="results-count""#));
    assert_eq!(
        html.matches(r#"class="product-card""#).count(),
        PAGE_SIZE as usize
    );
    assert!(
        html.contains(r#"<form method="GET" action="/produk""#),
        "a GET form works without JavaScript"
    );

    let (status, _, html) = app
        .get(
            "/produk?q=%3Cscript%3Ealert(1)%3C/script%3E&kategori=%27%20OR%201=1",
            &[],
        )
        .await;
    assert_eq!(status, 200);
    assert!(!html.contains("<script>alert(1)"), "output is escaped");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Kategori tidak dikenal"));

    let (status, _, html) = app
        .get("/produk?min=-5&maks=abc&hal=99999&urut=x", &[])
        .await;
    assert_eq!(status, 200);
    for notice in [
        "tidak boleh negatif",
        "tidak bisa dibaca",
        "halaman terakhir",
        "Urutan tidak dikenal",
    ] {
        assert!(html.contains(notice), "notice {notice:?}");
    }
    let (status, _, html) = app.get("/produk?min=90000&maks=10.000", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("ditukar"));
    let long = format!("/produk?q={}", "kopi+".repeat(2_000));
    let (status, _, html) = app.get(&long, &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("Alamat terlalu panjang"));
    let (status, _, html) = app.get("/produk?wilayah=9999&lang=en", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("Unknown regency/city"));
}

/// The catalogue's filters and results are rendered by the server inside one island that
/// carries no data of its own (no props: the browser never renders results, it swaps in the
/// server's HTML), and pages with nothing interactive carry no island at all (their client is
/// the main module only).
async fn the_catalogue_island_wraps_the_server_rendered_results(url: &str) {
    let app = TestApp::spawn(url, Some(60)).await;
    let (status, _, html) = app.get("/produk?urut=termurah&hal=2", &[]).await;
    assert_eq!(status, 200);
    assert_eq!(html.matches("<leptos-island").count(), 1, "one island");
    let island = &html[html.find("<leptos-island").expect("island")..];
    let tag = &island[..island.find('>').expect("tag end")];
    assert!(
        tag.contains("CatalogueBrowser") || tag.contains("catalogue_browser"),
        "{tag}"
    );
    assert!(
        !tag.contains("data-props"),
        "no copy of the page's data: {tag}"
    );
    let end = island.find("</leptos-island>").expect("island end");
    let inside = &island[..end];
    assert!(inside.contains(r#"<form method="GET" action="/produk" class="filter-form""#));
    let cards = inside.matches(r#"class="product-card""#).count();
    assert!(cards > 0 && cards == html.matches(r#"class="product-card""#).count());
    assert!(inside.contains(r#"data-testid="results-count""#));
    assert!(
        inside.contains(r#"aria-current="page""#) && inside.contains(r#"rel="prev""#),
        "the page links are inside"
    );
    let card =
        inside.find(r#"href="/produk/"#).expect("a product link") + r#"href="/produk/"#.len();
    let slug = &inside[card..card + inside[card..].find('"').expect("slug end")];

    let (status, _, html) = app.get(&format!("/produk/{slug}"), &[]).await;
    assert_eq!(status, 200);
    assert!(
        !html.contains("<leptos-island"),
        "a product page has no island"
    );
}

on_both_backends!(
    the_catalogue_island_wraps_the_server_rendered_results,
    catalogue_agrees_with_a_plain_filter,
    the_cache_never_serves_stale_results,
    the_catalogue_page_survives_hostile_input,
    cached_pages_are_never_stale,
);
