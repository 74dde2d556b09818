//! Product cards: the one query shape behind every product list (home shelf, catalogue,
//! related products, pesantren profile).

use crate::entity::{pesantren, product, product_photo, region};
use domain::{
    HalalStatus, ProductCard, Rupiah,
    media::{PHOTO_WIDTHS, photo_url},
};
use sea_orm::{
    ConnectionTrait, DbErr, FromQueryResult,
    sea_query::{Alias, Expr, ExprTrait, JoinType, Query, SelectStatement, SimpleExpr},
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

/// The same cards for the products a full-text query matches (SQLite FTS5), the match list
/// driving: `FROM products_fts CROSS JOIN products WHERE products.id = products_fts.rowid AND
/// <matching>`; callers order by `products_fts.rank`. SQLite never reorders a CROSS JOIN:
/// otherwise SQLite 3.51 starts from products (through the category/region index) and runs the
/// full-text match once per product (61 ms for `q=kopi` in one category and region at 100,000
/// products; 4.7 ms this way; seconds before the match list drove at all, bench/README.md).
pub fn card_select_matching(matching: SimpleExpr) -> SelectStatement {
    let fts = Alias::new("products_fts");
    let mut q = Query::select();
    card_columns(&mut q);
    q.from(fts.clone())
        .cross_join(product::Entity)
        .and_where(
            Expr::col((product::Entity, product::Column::Id)).equals((fts, Alias::new("rowid"))),
        )
        .and_where(matching);
    card_joins(&mut q);
    q
}

/// The cards of one page of products: `FROM (<ids>) AS page JOIN products ON products.id =
/// page.id` and the card joins. `ids` selects `products.id`, filtered, ordered and cut to the
/// page, so pesantren, region and cover photo are joined for the page's rows only, not for
/// every match before the sort keeps 24 (a name-sorted category page joined ~5,000 rows).
/// Callers order the cards again as `ids` did: the rows of a subquery have no order.
pub fn card_select_page(ids: SelectStatement) -> SelectStatement {
    let page = Alias::new("page");
    let mut q = Query::select();
    card_columns(&mut q);
    q.from_subquery(ids, page.clone()).inner_join(
        product::Entity,
        Expr::col((product::Entity, product::Column::Id)).equals((page, product::Column::Id)),
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
    fn the_match_list_drives_the_cards_in_a_fixed_join_order() {
        let sql = sea_orm::DatabaseBackend::Sqlite
            .build(&super::card_select_matching(
                sea_orm::sea_query::Expr::cust("products_fts MATCH 'kopi'"),
            ))
            .sql;
        assert!(
            sql.contains(r#"FROM "products_fts" CROSS JOIN "products""#),
            "{sql}"
        );
        assert!(
            sql.contains(
                r#""products"."id" = "products_fts"."rowid" AND (products_fts MATCH 'kopi')"#
            ),
            "{sql}"
        );
    }

    #[test]
    fn a_page_of_ids_is_cut_before_the_card_joins() {
        use crate::entity::product;
        use sea_orm::sea_query::{Order, Query};
        let mut ids = Query::select();
        ids.column((product::Entity, product::Column::Id))
            .from(product::Entity)
            .order_by((product::Entity, product::Column::Name), Order::Asc)
            .limit(24)
            .offset(48);
        let sql = sea_orm::DatabaseBackend::Sqlite
            .build(&super::card_select_page(ids))
            .sql;
        let (page, joins) = sql.split_once(r#") AS "page""#).expect("a page subquery");
        assert!(
            page.contains(r#"FROM (SELECT "products"."id" FROM "products""#),
            "{sql}"
        );
        assert!(
            page.contains("LIMIT ? OFFSET ?"),
            "the cut is inside: {sql}"
        );
        assert!(
            joins.starts_with(r#" INNER JOIN "products" ON "products"."id" = "page"."id""#),
            "{sql}"
        );
        assert!(
            joins.contains(r#"JOIN "pesantren""#) && !joins.contains("LIMIT"),
            "{sql}"
        );
    }
}
