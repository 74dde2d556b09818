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
    id: i32,
    slug: String,
    name: String,
    price: i64,
    halal_status: String,
    pesantren_name: String,
    region_kind: String,
    region_name: String,
    cover_key: Option<String>,
    stock: i32,
}

impl CardRow {
    fn into_card(self) -> ProductCard {
        ProductCard {
            id: self.id,
            slug: self.slug,
            name: self.name,
            price: Rupiah(self.price),
            pesantren_name: self.pesantren_name,
            region_name: region_display_name(&self.region_kind, &self.region_name),
            photo_url: self.cover_key.map(|k| photo_url(&k, PHOTO_WIDTHS[0])),
            halal_certified: self.halal_status == HalalStatus::Certified.code(),
            in_stock: self.stock > 0,
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
    let mut q = Query::select();
    card_columns(&mut q);
    q.from(product::Entity);
    card_joins(&mut q);
    q
}

/// The same cards, driven by a ranked id list (`ranked` selects `fts_id`, `fts_rank`):
/// `FROM (ranked) AS fts JOIN products`. Starting from the match list keeps SQLite 3.51 from
/// scanning products first and re-running the full-text match for every row (seconds at
/// 100,000 products, see bench/README.md).
pub fn card_select_ranked(ranked: SelectStatement) -> SelectStatement {
    let fts = Alias::new("fts");
    let mut q = Query::select();
    card_columns(&mut q);
    q.from_subquery(ranked, fts.clone()).join(
        JoinType::InnerJoin,
        product::Entity,
        Expr::col((product::Entity, product::Column::Id)).equals((fts, Alias::new("fts_id"))),
    );
    card_joins(&mut q);
    q
}

fn card_columns(q: &mut SelectStatement) {
    let cover = Alias::new("cover");
    q.column((product::Entity, product::Column::Id))
        .column((product::Entity, product::Column::Stock))
        .column((product::Entity, product::Column::Slug))
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
            Expr::col((cover, product_photo::Column::StorageKey)),
            Alias::new("cover_key"),
        );
}

fn card_joins(q: &mut SelectStatement) {
    let cover = Alias::new("cover");
    // The unary `+` stops SQLite from starting at the 120 pesantren and sorting every product
    // (it did: 190 ms at 100,000 products); products stay the outer loop, read in index order.
    q.inner_join(
        pesantren::Entity,
        Expr::cust(r#""pesantren"."id" = +"products"."pesantren_id""#),
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
#[cfg(test)]
mod tests {
    #[test]
    fn ranked_cards_join_products_on_the_match() {
        let ranked = sea_orm::sea_query::Query::select()
            .expr_as(
                sea_orm::sea_query::Expr::cust("rowid"),
                sea_orm::sea_query::Alias::new("fts_id"),
            )
            .from(sea_orm::sea_query::Alias::new("products_fts"))
            .to_owned();
        let sql = sea_orm::DatabaseBackend::Sqlite
            .build(&super::card_select_ranked(ranked))
            .sql;
        assert!(sql.contains(r#"FROM (SELECT rowid AS "fts_id" FROM "products_fts") AS "fts" INNER JOIN "products" ON "products"."id" = "fts"."fts_id""#), "{sql}");
    }
}
