//! `opop seed --demo`: a deterministic, realistic demo data set.

pub mod accounts;
mod generate;
mod images;
mod news;
mod pesantren;
mod products;
mod words;

use crate::CommandError;
use crate::cli::SeedArgs;
use std::path::Path;

pub use accounts::PROGRAMME_ADMIN_EMAIL;
pub use generate::{DemoSummary, load_demo};
pub use pesantren::PESANTREN_COUNT;

/// The `app_meta` key that records that the demo data was loaded.
pub const DEMO_MARKER: &str = "demo_data";

/// Runs `opop seed --demo`: migrates, then loads the demo data unless it is already there.
pub async fn run(database_url: &str, media_dir: &Path, args: SeedArgs) -> Result<(), CommandError> {
    let db = crate::open_and_migrate(database_url).await?;
    if let Some(loaded) = db::queries::meta::get(&db, DEMO_MARKER).await? {
        println!("demo data already loaded ({loaded}); nothing to do");
        return Ok(());
    }
    let started = std::time::Instant::now();
    let summary = load_demo(&db, media_dir, args.products, true).await?;
    println!(
        "loaded demo data: {} pesantren, {} sellers, {} products, {} photos, {} news post(s) in {:.1} s",
        summary.pesantren,
        summary.sellers,
        summary.products,
        summary.photos,
        summary.news,
        started.elapsed().as_secs_f64()
    );
    db.close().await?;
    Ok(())
}
