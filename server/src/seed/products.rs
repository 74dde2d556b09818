//! The demo products and their photos, by sellers of verified pesantren.

use super::accounts::Seller;
use super::generate::{EPOCH, slugify, to_i32};
use super::images::{self, VARIANTS_PER_CATEGORY};
use super::pesantren::DemoPesantren;
use super::words::{self, KINDS, ProductKind};
use db::entity::{category, product, product_photo, region};
use domain::{CurationLevel, HalalStatus, ListingState};
use rand::{Rng, seq::IndexedRandom};
use rand_chacha::ChaCha8Rng;
use sea_orm::ActiveValue::Set;
use time::Duration;

/// How often each category occurs, in the order of the categories migration (food most).
const CATEGORY_WEIGHTS: [u32; 8] = [30, 12, 12, 12, 10, 8, 8, 8];

/// What a product is made from.
pub struct Catalogue<'a> {
    /// Categories in display order.
    pub categories: &'a [category::Model],
    /// Regions in code order.
    pub regions: &'a [region::Model],
    /// The demo pesantren.
    pub pesantren: &'a [DemoPesantren],
}

/// One product (with the given id) by the given seller, and its photos.
pub fn build(
    rng: &mut ChaCha8Rng,
    id: i32,
    seller: &Seller,
    catalogue: &Catalogue<'_>,
) -> (product::ActiveModel, Vec<product_photo::ActiveModel>) {
    let mut photos = Vec::with_capacity(3);
    let mut pick = rng.random_range(0..CATEGORY_WEIGHTS.iter().sum::<u32>());
    let mut cat = 0;
    while pick >= CATEGORY_WEIGHTS[cat] {
        pick -= CATEGORY_WEIGHTS[cat];
        cat += 1;
    }
    let kind: &ProductKind = &KINDS[cat][rng.random_range(0..KINDS[cat].len())];
    let variants: &[&str] = if kind.food {
        &words::FOOD_VARIANTS
    } else {
        &words::OTHER_VARIANTS
    };
    let variant = variants[rng.random_range(0..variants.len())];
    let brand = &catalogue.pesantren[seller.pesantren].short;
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
            .choose(rng)
            .unwrap_or(&CurationLevel::MarketReady)
    } else if rng.random_bool(0.2) {
        CurationLevel::Curated
    } else {
        CurationLevel::Registered
    };
    let created = EPOCH + Duration::minutes(rng.random_range(0..(60 * 24 * 365 * 5)));
    let region_code = &catalogue.regions[seller.pesantren % catalogue.regions.len()].code;
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
    let product = product::ActiveModel {
        id: Set(id),
        pesantren_id: Set(to_i32(seller.pesantren + 1)),
        region_code: Set(region_code.clone()),
        seller_id: Set(seller.id),
        category_id: Set(catalogue.categories[cat].id),
        pillar: Set(seller.pillar.code().to_owned()),
        slug: Set(format!("{}-{id}", slugify(&name))),
        search_text: Set(domain::search::product_search_text(
            &name,
            &description,
            &format!("Pondok Pesantren {brand}"),
        )),
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
        bpom_no: Set((cat == 5).then(|| format!("NA182{:08}", rng.random_range(0..100_000_000u64)))),
        listing_state: Set(state.code().to_owned()),
        rejection_reason: Set((state == ListingState::Rejected).then(|| {
            "Foto produk kurang jelas; mohon unggah foto dengan cahaya yang lebih terang."
                .to_owned()
        })),
        curation_level: Set(curation.code().to_owned()),
        is_flagship: Set(flagship),
        published_at: Set((state == ListingState::Published).then(|| created + Duration::days(3))),
        created_at: Set(created),
        updated_at: Set(created + Duration::days(3)),
    };
    let first_variant = rng.random_range(0..VARIANTS_PER_CATEGORY);
    for position in 0..(1 + id.unsigned_abs() as usize % 3) {
        photos.push(product_photo::ActiveModel {
            product_id: Set(id),
            storage_key: Set(images::photo_key(
                &catalogue.categories[cat].slug,
                (first_variant + position) % VARIANTS_PER_CATEGORY,
            )),
            width: Set(640),
            height: Set(640),
            position: Set(to_i32(position)),
            ..Default::default()
        });
    }
    (product, photos)
}
