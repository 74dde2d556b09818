//! Builds the demo data set from a fixed random seed and inserts it in one transaction.

use super::accounts::{self, Seller};
use super::images::{self, NEWS_COVER_KEY};
use super::pesantren;
use super::products::{self, Catalogue};
use crate::CommandError;
use db::entity::{
    category, news_post, pesantren as pesantren_entity, product, product_photo, region, target,
    user,
};
use indicatif::{ProgressBar, ProgressStyle};
use rand::{SeedableRng, seq::IndexedRandom};
use rand_chacha::ChaCha8Rng;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryOrder,
};
use std::path::Path;
use time::macros::datetime;

/// Rows per multi-row INSERT (well under SQLite's and PostgreSQL's parameter limits).
const BATCH: usize = 1_000;
/// When the demo story starts: the first pesantren join in January 2021.
pub const EPOCH: time::OffsetDateTime = datetime!(2021-01-04 08:00 UTC);

/// What was loaded.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DemoSummary {
    /// Pesantren.
    pub pesantren: usize,
    /// Seller accounts.
    pub sellers: usize,
    /// Products.
    pub products: usize,
    /// Product photos.
    pub photos: usize,
    /// News posts.
    pub news: usize,
}

pub use domain::search::slugify;

/// A count as a database id (ids stay far below `i32::MAX` here).
pub fn to_i32(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Loads the demo data into an empty database: everything or nothing.
pub async fn load_demo(
    db: &DatabaseConnection,
    media_dir: &Path,
    product_count: u32,
    show_progress: bool,
) -> Result<DemoSummary, CommandError> {
    if pesantren_entity::Entity::find().one(db).await?.is_some() {
        return Err(CommandError::Refused(
            "the database already holds pesantren; demo data only goes into an empty database"
                .into(),
        ));
    }
    let regions = region::Entity::find()
        .order_by_asc(region::Column::Code)
        .all(db)
        .await?;
    let categories = category::Entity::find()
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?;
    let slugs: Vec<&str> = categories.iter().map(|c| c.slug.as_str()).collect();
    images::ensure_pool(media_dir, &slugs).map_err(|source| CommandError::Io {
        context: format!("writing demo photos to {}", media_dir.display()),
        source,
    })?;

    let mut rng = ChaCha8Rng::seed_from_u64(2019);
    let txn = db::connect::begin_write(db).await?;
    let mut summary = DemoSummary::default();

    let (pesantren_rows, pesantren) = pesantren::build(&mut rng, &regions);
    summary.pesantren = pesantren_rows.len();
    insert_batches::<pesantren_entity::Entity>(&txn, pesantren_rows).await?;

    // One Argon2 hash for every demo account: they share the documented demo password.
    let demo_hash = auth::password::hash(accounts::DEMO_PASSWORD.to_owned())
        .await
        .map_err(|e| CommandError::Refused(format!("hashing the demo password: {e}")))?;
    let (users, sellers) = accounts::build(&mut rng, &pesantren, &demo_hash);
    summary.sellers = sellers.len();
    insert_batches::<user::Entity>(&txn, users).await?;

    let active: Vec<&Seller> = sellers
        .iter()
        .filter(|s| pesantren[s.pesantren].verified)
        .collect();
    let catalogue = Catalogue {
        categories: &categories,
        regions: &regions,
        pesantren: &pesantren,
    };
    let progress = if show_progress {
        ProgressBar::new(u64::from(product_count))
    } else {
        ProgressBar::hidden()
    };
    progress.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({per_sec}, {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    progress.set_message("products");
    let mut products = Vec::with_capacity(BATCH);
    let mut photos = Vec::with_capacity(BATCH * 3);
    for id in 1..=i32::try_from(product_count).unwrap_or(i32::MAX) {
        let Some(seller) = active.choose(&mut rng) else {
            break;
        };
        let (row, row_photos) = products::build(&mut rng, id, seller, &catalogue);
        products.push(row);
        photos.extend(row_photos);
        if products.len() == BATCH || id == i32::try_from(product_count).unwrap_or(i32::MAX) {
            summary.products += products.len();
            summary.photos += photos.len();
            progress.inc(products.len() as u64);
            insert_batches::<product::Entity>(&txn, std::mem::take(&mut products)).await?;
            insert_batches::<product_photo::Entity>(&txn, std::mem::take(&mut photos)).await?;
        }
    }
    progress.finish_and_clear();

    news_post::Entity::insert(super::news::talkshow_post(NEWS_COVER_KEY))
        .exec(&txn)
        .await?;
    summary.news = 1;

    let targets = [
        ("flagship_products", domain::FLAGSHIP_TARGET as i32),
        ("pesantren", 150),
        ("santri_sellers", 500),
    ];
    for (metric, value) in targets {
        target::Entity::insert(target::ActiveModel {
            year: Set(2026),
            metric: Set(metric.to_owned()),
            region_code: Set(None),
            value: Set(value),
            created_at: Set(EPOCH),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
    }

    if txn.get_database_backend() == DatabaseBackend::Postgres {
        // Ids were given explicitly; move each sequence past them so later inserts do not collide.
        for table in ["pesantren", "users", "products"] {
            txn.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            ))
            .await?;
        }
    }
    db::queries::meta::set(
        &txn,
        super::DEMO_MARKER,
        &format!("{} products", summary.products),
    )
    .await?;
    txn.commit().await?;
    // Fresh statistics, so the query planner picks the covering indexes.
    db.execute_unprepared("ANALYZE").await?;
    Ok(summary)
}

/// Inserts rows in multi-row statements of at most [`BATCH`] rows.
async fn insert_batches<E: EntityTrait>(
    db: &impl ConnectionTrait,
    rows: Vec<E::ActiveModel>,
) -> Result<(), CommandError> {
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<E::ActiveModel> = rows.by_ref().take(BATCH).collect();
        E::insert_many(chunk).exec(db).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_are_lowercase_ascii_words() {
        assert_eq!(slugify("Mathla'ul Anwar"), "mathlaul-anwar");
        assert_eq!(slugify("Kopi Rempah  Premium!"), "kopi-rempah-premium");
        assert_eq!(slugify("  Qur'an "), "quran");
    }
}
