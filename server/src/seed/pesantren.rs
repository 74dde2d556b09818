//! The demo pesantren, spread over all 38 regions.

use super::generate::{EPOCH, slugify, to_i32};
use super::words;
use db::entity::{pesantren, region};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use sea_orm::ActiveValue::Set;
use time::Duration;

/// How many pesantren the demo has.
pub const PESANTREN_COUNT: usize = 120;

/// What the other generators need to know of a pesantren (its index is its id minus one).
pub struct DemoPesantren {
    /// Verified pesantren may publish; the others wait in the programme's queue.
    pub verified: bool,
    /// The name without "Pondok Pesantren", e.g. `Darul Ulum`.
    pub short: String,
}

/// Builds the pesantren rows.
pub fn build(
    rng: &mut ChaCha8Rng,
    regions: &[region::Model],
) -> (Vec<pesantren::ActiveModel>, Vec<DemoPesantren>) {
    let mut rows = Vec::with_capacity(PESANTREN_COUNT);
    let mut demo = Vec::with_capacity(PESANTREN_COUNT);
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
        let created = EPOCH + Duration::days(rng.random_range(0..900));
        let kind = if region.kind == "kota" {
            "Kota"
        } else {
            "Kabupaten"
        };
        rows.push(pesantren::ActiveModel {
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
            photo_key: Set(None),
            verification_note: Set(None),
        });
        demo.push(DemoPesantren { verified, short });
    }
    (rows, demo)
}
