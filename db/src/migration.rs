//! The schema, one migration per table, each with `up` and `down`.

mod m20261128_000001_create_regions;
mod m20261128_000002_create_pesantren;
mod m20261128_000003_create_users;
mod m20261128_000004_create_categories;
mod m20261128_000005_create_products;
mod m20261128_000006_create_product_photos;
mod m20261128_000007_create_news_posts;
mod m20261128_000008_create_targets;
mod m20261128_000009_create_app_meta;
mod m20261128_000010_create_product_search;
mod m20261128_000011_create_catalogue_version;
mod m20261128_000012_create_sessions;
mod m20261128_000013_create_seller_invites;
mod m20261128_000014_add_pesantren_photo;
mod m20261128_000015_create_orders;
mod m20261128_000016_add_pesantren_verification_note;
mod m20261128_000017_create_curation_log;
mod m20261128_000018_create_news_products;
mod m20261128_000019_create_import_batches;
mod m20261129_000020_cover_catalogue_sorts;
mod m20261129_000021_create_catalogue_facet_counts;

use sea_orm_migration::prelude::*;

/// Every migration of opop, oldest first.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_create_regions::Migration),
            Box::new(m20261128_000002_create_pesantren::Migration),
            Box::new(m20261128_000003_create_users::Migration),
            Box::new(m20261128_000004_create_categories::Migration),
            Box::new(m20261128_000005_create_products::Migration),
            Box::new(m20261128_000006_create_product_photos::Migration),
            Box::new(m20261128_000007_create_news_posts::Migration),
            Box::new(m20261128_000008_create_targets::Migration),
            Box::new(m20261128_000009_create_app_meta::Migration),
            Box::new(m20261128_000010_create_product_search::Migration),
            Box::new(m20261128_000011_create_catalogue_version::Migration),
            Box::new(m20261128_000012_create_sessions::Migration),
            Box::new(m20261128_000013_create_seller_invites::Migration),
            Box::new(m20261128_000014_add_pesantren_photo::Migration),
            Box::new(m20261128_000015_create_orders::Migration),
            Box::new(m20261128_000016_add_pesantren_verification_note::Migration),
            Box::new(m20261128_000017_create_curation_log::Migration),
            Box::new(m20261128_000018_create_news_products::Migration),
            Box::new(m20261128_000019_create_import_batches::Migration),
            Box::new(m20261129_000020_cover_catalogue_sorts::Migration),
            Box::new(m20261129_000021_create_catalogue_facet_counts::Migration),
        ]
    }
}

/// Applies pending migrations (all, or `steps` of them).
pub async fn up(db: &sea_orm::DatabaseConnection, steps: Option<u32>) -> Result<(), DbErr> {
    Migrator::up(db, steps).await
}

/// Rolls back applied migrations (`steps` of them, default one).
pub async fn down(db: &sea_orm::DatabaseConnection, steps: Option<u32>) -> Result<(), DbErr> {
    Migrator::down(db, Some(steps.unwrap_or(1))).await
}

/// Every migration's name and whether it is applied, oldest first.
pub async fn status(db: &sea_orm::DatabaseConnection) -> Result<Vec<(String, bool)>, DbErr> {
    let applied: Vec<String> = Migrator::get_applied_migrations(db)
        .await?
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    Ok(Migrator::migrations()
        .iter()
        .map(|m| {
            let name = m.name().to_owned();
            let is_applied = applied.contains(&name);
            (name, is_applied)
        })
        .collect())
}
