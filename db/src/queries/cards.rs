//! Product cards: the one query shape behind every product list (home shelf, catalogue,
//! related products, pesantren profile).

use crate::entity::{pesantren, product, product_photo, region};
use domain::{
    HalalStatus, ProductCard, Rupiah,
    media::{PHOTO_WIDTHS, photo_url},
};
use sea_orm::{
    ConnectionTrait, DbErr, FromQueryResult,
    sea_query::{Alias, Expr, ExprTrait, JoinType, Query, SelectStatement},
};

#[derive(FromQueryResult)]
struct CardRow {
    slug: String,
    name: String,
    price: i64,
    halal_status: String,
    pesantren_name: String,
    region_kind: String,
    region_name: String,
    cover_key: Option<String>,
}

impl CardRow {
    fn into_card(self) -> ProductCard {
        ProductCard {
            slug: self.slug,
            name: self.name,
            price: Rupiah(self.price),
            pesantren_name: self.pesantren_name,
            region_name: region_display_name(&self.region_kind, &self.region_name),
            photo_url: self.cover_key.map(|k| photo_url(&k, PHOTO_WIDTHS[0])),
            halal_certified: self.halal_status == HalalStatus::Certified.code(),
        }
    }
}

/// `Kab. Jombang` / `Kota Malang`: how regions are written on cards.
pub fn region_display_name(kind: &str, name: &str) -> String {
    if kind == "kota" {
        format!("Kota {name}")
    } else {
        format!("Kab. {name}")
    }
}

/// `SELECT <card columns> FROM products JOIN pesantren JOIN regions LEFT JOIN cover photo`;
/// callers add conditions, order and limit.
pub fn card_select() -> SelectStatement {
    let cover = Alias::new("cover");
    let mut q = Query::select();
    q.column((product::Entity, product::Column::Slug))
        .column((product::Entity, product::Column::Name))
        .column((product::Entity, product::Column::Price))
        .column((product::Entity, product::Column::HalalStatus))
        .expr_as(
            Expr::col((pesantren::Entity, pesantren::Column::Name)),
            Alias::new("pesantren_name"),
        )
        .expr_as(
            Expr::col((region::Entity, region::Column::Kind)),
            Alias::new("region_kind"),
        )
        .expr_as(
            Expr::col((region::Entity, region::Column::Name)),
            Alias::new("region_name"),
        )
        .expr_as(
            Expr::col((cover.clone(), product_photo::Column::StorageKey)),
            Alias::new("cover_key"),
        )
        .from(product::Entity)
        .inner_join(
            pesantren::Entity,
            Expr::col((pesantren::Entity, pesantren::Column::Id))
                .equals((product::Entity, product::Column::PesantrenId)),
        )
        .inner_join(
            region::Entity,
            Expr::col((region::Entity, region::Column::Code))
                .equals((product::Entity, product::Column::RegionCode)),
        )
        .join_as(
            JoinType::LeftJoin,
            product_photo::Entity,
            cover.clone(),
            Expr::col((cover.clone(), product_photo::Column::ProductId))
                .equals((product::Entity, product::Column::Id))
                .and(Expr::col((cover, product_photo::Column::Position)).eq(0)),
        );
    q
}

/// Runs a [`card_select`] statement.
pub async fn load(
    db: &impl ConnectionTrait,
    q: &SelectStatement,
) -> Result<Vec<ProductCard>, DbErr> {
    let rows = CardRow::find_by_statement(db.get_database_backend().build(q))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(CardRow::into_card).collect())
}
