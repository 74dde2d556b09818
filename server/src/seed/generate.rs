//! Builds the demo data set from a fixed random seed and inserts it in one transaction.

use super::images::{self, NEWS_COVER_KEY, VARIANTS_PER_CATEGORY};
use super::words::{self, KINDS, ProductKind};
use crate::CommandError;
use db::entity::{category, news_post, pesantren, product, product_photo, region, target, user};
use domain::{CurationLevel, HalalStatus, ListingState, Pillar};
use indicatif::{ProgressBar, ProgressStyle};
use rand::{Rng, SeedableRng, seq::IndexedRandom};
use rand_chacha::ChaCha8Rng;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait,
    QueryOrder, TransactionTrait,
};
use std::path::Path;
use time::{Duration, macros::datetime};

/// How many pesantren the demo has.
pub const PESANTREN_COUNT: usize = 120;
/// Rows per multi-row INSERT (well under SQLite's and PostgreSQL's parameter limits).
const BATCH: usize = 1_000;
/// The demo programme admin's email.
pub const PROGRAMME_ADMIN_EMAIL: &str = "admin@opop.example.org";

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

/// A seller as the generator knows them.
struct Seller {
    id: i32,
    pesantren: usize,
    pillar: Pillar,
}

/// Lower-case ASCII words joined by `-`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if ch != '\'' && !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

fn to_i32(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Loads the demo data into an empty database: everything or nothing.
pub async fn load_demo(
    db: &DatabaseConnection,
    media_dir: &Path,
    product_count: u32,
    show_progress: bool,
) -> Result<DemoSummary, CommandError> {
    if pesantren::Entity::find().one(db).await?.is_some() {
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
    let epoch = datetime!(2021-01-04 08:00 UTC);
    let txn = db.begin().await?;
    let mut summary = DemoSummary::default();

    // Pesantren, spread over all 38 regions.
    let mut pesantren_rows = Vec::with_capacity(PESANTREN_COUNT);
    let mut pesantren_meta = Vec::with_capacity(PESANTREN_COUNT);
    let mut used_slugs = std::collections::HashSet::new();
    for i in 0..PESANTREN_COUNT {
        let region = &regions[i % regions.len()];
        let first = words::PESANTREN_FIRST[rng.random_range(0..words::PESANTREN_FIRST.len())];
        let second = words::PESANTREN_SECOND[rng.random_range(0..words::PESANTREN_SECOND.len())];
        let short = format!("{first} {second}");
        let name = format!("Pondok Pesantren {short}");
        let mut slug = slugify(&short);
        if !used_slugs.insert(slug.clone()) {
            slug = format!("{slug}-{}", slugify(&region.name));
            if !used_slugs.insert(slug.clone()) {
                slug = format!("{slug}-{i}");
                used_slugs.insert(slug.clone());
            }
        }
        let verified = i % 10 != 9;
        let created = epoch + Duration::days(rng.random_range(0..900));
        let kind = if region.kind == "kota" {
            "Kota"
        } else {
            "Kabupaten"
        };
        pesantren_rows.push(pesantren::ActiveModel {
            id: Set(to_i32(i + 1)),
            slug: Set(slug),
            name: Set(name.clone()),
            nsp: Set(Some(format!("5100{}{:04}", region.code, i + 1))),
            region_code: Set(region.code.clone()),
            address: Set(format!(
                "{} No. {}, {kind} {}",
                words::STREETS[rng.random_range(0..words::STREETS.len())],
                rng.random_range(1..200),
                region.name
            )),
            description: Set(format!(
                "{name} di {kind} {} membina santri di bidang ilmu agama dan kewirausahaan. \
                 Melalui program OPOP, pesantren ini mengembangkan produk unggulan bersama koperasi, \
                 santri dan alumninya.",
                region.name
            )),
            cooperative_name: Set(Some(format!("Kopontren {short}"))),
            whatsapp: Set(format!("628{}", rng.random_range(1_100_000_000u64..1_999_999_999))),
            verification: Set(if verified { "verified" } else { "pending" }.to_owned()),
            verified_at: Set(verified.then(|| created + Duration::days(14))),
            created_at: Set(created),
        });
        pesantren_meta.push((verified, short));
    }
    insert_batches::<pesantren::Entity>(&txn, pesantren_rows).await?;
    summary.pesantren = PESANTREN_COUNT;

    // Accounts: one programme admin; per pesantren an admin, the cooperative and santri/alumni sellers.
    let mut users = Vec::new();
    let mut sellers = Vec::new();
    let mut next_user_id = 1;
    let mut push_user = |users: &mut Vec<user::ActiveModel>,
                         email: String,
                         name: String,
                         role: &str,
                         pillar: Option<Pillar>,
                         pesantren: Option<usize>| {
        let id = next_user_id;
        next_user_id += 1;
        users.push(user::ActiveModel {
            id: Set(id),
            email: Set(email),
            password_hash: Set(None),
            display_name: Set(name),
            role: Set(role.to_owned()),
            pillar: Set(pillar.map(|p| p.code().to_owned())),
            pesantren_id: Set(pesantren.map(|p| to_i32(p + 1))),
            created_at: Set(epoch),
        });
        id
    };
    push_user(
        &mut users,
        PROGRAMME_ADMIN_EMAIL.into(),
        "Admin Program OPOP".into(),
        "programme_admin",
        None,
        None,
    );
    for (p, (_, short)) in pesantren_meta.iter().enumerate() {
        let tag = slugify(short);
        let person = |rng: &mut ChaCha8Rng| {
            format!(
                "{} {}",
                words::GIVEN_NAMES[rng.random_range(0..words::GIVEN_NAMES.len())],
                words::FAMILY_NAMES[rng.random_range(0..words::FAMILY_NAMES.len())]
            )
        };
        let admin_name = person(&mut rng);
        push_user(
            &mut users,
            format!("pengelola.{p}.{tag}@demo.example.org"),
            admin_name,
            "pesantren_admin",
            None,
            Some(p),
        );
        let coop = push_user(
            &mut users,
            format!("kopontren.{p}.{tag}@demo.example.org"),
            format!("Kopontren {short}"),
            "seller",
            Some(Pillar::Pesantrenpreneur),
            Some(p),
        );
        sellers.push(Seller {
            id: coop,
            pesantren: p,
            pillar: Pillar::Pesantrenpreneur,
        });
        let santri = rng.random_range(2..=4);
        let alumni = rng.random_range(0..=2);
        for (n, pillar) in (0..santri)
            .map(|_| Pillar::Santripreneur)
            .chain((0..alumni).map(|_| Pillar::Sosiopreneur))
            .enumerate()
        {
            let name = person(&mut rng);
            let email = format!(
                "{}.{p}.{n}@demo.example.org",
                slugify(&name).replace('-', ".")
            );
            let id = push_user(&mut users, email, name, "seller", Some(pillar), Some(p));
            sellers.push(Seller {
                id,
                pesantren: p,
                pillar,
            });
        }
    }
    insert_batches::<user::Entity>(&txn, users).await?;
    summary.sellers = sellers.len();

    // Products (and their photos) by sellers of verified pesantren.
    let active: Vec<&Seller> = sellers
        .iter()
        .filter(|s| pesantren_meta[s.pesantren].0)
        .collect();
    let category_weights = [30u32, 12, 12, 12, 10, 8, 8, 8];
    let weight_total: u32 = category_weights.iter().sum();
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
    let mut photos = Vec::with_capacity(BATCH * 2);
    let mut photo_id = 1;
    for i in 0..product_count as usize {
        let id = to_i32(i + 1);
        let Some(seller) = active.choose(&mut rng) else {
            break;
        };
        let mut pick = rng.random_range(0..weight_total);
        let mut cat = 0;
        while pick >= category_weights[cat] {
            pick -= category_weights[cat];
            cat += 1;
        }
        let kind: &ProductKind = &KINDS[cat][rng.random_range(0..KINDS[cat].len())];
        let variants: &[&str] = if kind.food {
            &words::FOOD_VARIANTS
        } else {
            &words::OTHER_VARIANTS
        };
        let variant = variants[rng.random_range(0..variants.len())];
        let brand = &pesantren_meta[seller.pesantren].1;
        let name = format!("{} {variant} {brand}", kind.name);
        let price = rng.random_range(kind.price.0 / 500..=kind.price.1 / 500) * 500;
        let halal = if kind.food || cat == 4 || cat == 5 {
            match rng.random_range(0..10) {
                0..=5 => HalalStatus::Certified,
                6..=7 => HalalStatus::InProcess,
                _ => HalalStatus::None,
            }
        } else {
            HalalStatus::None
        };
        let state = match rng.random_range(0..100) {
            0..=84 => ListingState::Published,
            85..=89 => ListingState::Submitted,
            90..=94 => ListingState::Draft,
            95..=97 => ListingState::Rejected,
            _ => ListingState::Archived,
        };
        let flagship = state == ListingState::Published && rng.random_bool(0.06);
        let curation = if flagship {
            *[CurationLevel::MarketReady, CurationLevel::ExportReady]
                .choose(&mut rng)
                .unwrap_or(&CurationLevel::MarketReady)
        } else if rng.random_bool(0.2) {
            CurationLevel::Curated
        } else {
            CurationLevel::Registered
        };
        let created = epoch + Duration::minutes(rng.random_range(0..(60 * 24 * 365 * 5)));
        let region_code = &regions[seller.pesantren % regions.len()].code;
        let description = format!(
            "{} {} {}.\n\n{}",
            words::DESCRIPTION_OPENERS[rng.random_range(0..words::DESCRIPTION_OPENERS.len())],
            kind.name,
            if kind.weight > 0 {
                format!("dikemas per {} ({} gram)", kind.unit, kind.weight)
            } else {
                format!("dijual per {}", kind.unit)
            },
            words::DESCRIPTION_CLOSERS[rng.random_range(0..words::DESCRIPTION_CLOSERS.len())],
        );
        products.push(product::ActiveModel {
            id: Set(id),
            pesantren_id: Set(to_i32(seller.pesantren + 1)),
            seller_id: Set(seller.id),
            category_id: Set(categories[cat].id),
            pillar: Set(seller.pillar.code().to_owned()),
            slug: Set(format!("{}-{id}", slugify(&name))),
            name: Set(name),
            description: Set(description),
            price: Set(price),
            stock: Set(if rng.random_bool(0.05) {
                0
            } else {
                rng.random_range(1..=500)
            }),
            unit: Set(kind.unit.to_owned()),
            weight_grams: Set(kind.weight),
            halal_status: Set(halal.code().to_owned()),
            halal_certificate_no: Set((halal == HalalStatus::Certified).then(|| {
                format!(
                    "ID{region_code}{:010}",
                    rng.random_range(0..10_000_000_000u64)
                )
            })),
            pirt_no: Set((kind.food && rng.random_bool(0.7))
                .then(|| format!("2{region_code}{:09}", rng.random_range(0..1_000_000_000u64)))),
            bpom_no: Set(
                (cat == 5).then(|| format!("NA182{:08}", rng.random_range(0..100_000_000u64)))
            ),
            listing_state: Set(state.code().to_owned()),
            rejection_reason: Set((state == ListingState::Rejected).then(|| {
                "Foto produk kurang jelas; mohon unggah foto dengan cahaya yang lebih terang."
                    .to_owned()
            })),
            curation_level: Set(curation.code().to_owned()),
            is_flagship: Set(flagship),
            published_at: Set(
                (state == ListingState::Published).then(|| created + Duration::days(3))
            ),
            created_at: Set(created),
            updated_at: Set(created + Duration::days(3)),
        });
        let first_variant = rng.random_range(0..VARIANTS_PER_CATEGORY);
        for position in 0..(1 + i % 3) {
            photos.push(product_photo::ActiveModel {
                id: Set(photo_id),
                product_id: Set(id),
                storage_key: Set(images::photo_key(
                    &categories[cat].slug,
                    (first_variant + position) % VARIANTS_PER_CATEGORY,
                )),
                width: Set(640),
                height: Set(640),
                position: Set(to_i32(position)),
            });
            photo_id += 1;
        }
        if products.len() == BATCH {
            summary.products += products.len();
            summary.photos += photos.len();
            insert_batches::<product::Entity>(&txn, std::mem::take(&mut products)).await?;
            insert_batches::<product_photo::Entity>(&txn, std::mem::take(&mut photos)).await?;
            progress.inc(BATCH as u64);
        }
    }
    summary.products += products.len();
    summary.photos += photos.len();
    progress.inc(products.len() as u64);
    insert_batches::<product::Entity>(&txn, products).await?;
    insert_batches::<product_photo::Entity>(&txn, photos).await?;
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
            created_at: Set(epoch),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
    }

    if txn.get_database_backend() == DatabaseBackend::Postgres {
        // Ids were given explicitly; move each sequence past them so later inserts do not collide.
        for table in ["pesantren", "users", "products", "product_photos"] {
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
