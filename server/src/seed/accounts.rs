//! The demo accounts: the programme admin, and per pesantren its admin, its cooperative and
//! its santri and alumni sellers.

use super::generate::{EPOCH, slugify, to_i32};
use super::pesantren::DemoPesantren;
use super::words;
use db::entity::user;
use domain::Pillar;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use sea_orm::ActiveValue::Set;

/// The password of every demo account (documented in the README; demo data only).
pub const DEMO_PASSWORD: &str = "opop-demo-2026";

/// The demo programme admin's email.
pub const PROGRAMME_ADMIN_EMAIL: &str = "admin@opop.example.org";

/// A seller as the product generator knows them.
pub struct Seller {
    /// User id.
    pub id: i32,
    /// Index of their pesantren.
    pub pesantren: usize,
    /// The pillar they sell under.
    pub pillar: Pillar,
}

/// Builds the user rows and the list of sellers.
pub fn build(
    rng: &mut ChaCha8Rng,
    pesantren: &[DemoPesantren],
    demo_hash: &str,
) -> (Vec<user::ActiveModel>, Vec<Seller>) {
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
            password_hash: Set(Some(demo_hash.to_owned())),
            display_name: Set(name),
            role: Set(role.to_owned()),
            pillar: Set(pillar.map(|p| p.code().to_owned())),
            pesantren_id: Set(pesantren.map(|p| to_i32(p + 1))),
            created_at: Set(EPOCH),
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
    for (p, DemoPesantren { short, .. }) in pesantren.iter().enumerate() {
        let tag = slugify(short);
        let person = |rng: &mut ChaCha8Rng| {
            format!(
                "{} {}",
                words::GIVEN_NAMES[rng.random_range(0..words::GIVEN_NAMES.len())],
                words::FAMILY_NAMES[rng.random_range(0..words::FAMILY_NAMES.len())]
            )
        };
        let admin_name = person(rng);
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
            let name = person(rng);
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
    (users, sellers)
}
