//! The product page: one published product with its photos, pesantren and related products.

use super::{cards, catalogue::ReferenceData};
use crate::entity::{pesantren, product, product_photo};
use domain::{
    HalalStatus, ListingState, Photo, Pillar, ProductDetail, Rupiah,
    media::{PHOTO_WIDTHS, photo_url},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait, Order},
};

/// How many related products the page shows.
pub const RELATED: u64 = 4;

/// Loads a published product by slug; `None` when there is no such published product.
/// `origin` (`https://opop.example`) makes the page's absolute URL.
pub async fn load(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    slug: &str,
    origin: &str,
) -> Result<Option<ProductDetail>, DbErr> {
    let Some(p) = product::Entity::find()
        .filter(product::Column::Slug.eq(slug))
        .filter(product::Column::ListingState.eq(ListingState::Published.code()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let (Some(owner), Some(cat), Some(reg)) = (
        pesantren::Entity::find_by_id(p.pesantren_id)
            .one(db)
            .await?,
        refs.category(p.category_id),
        refs.region(&p.region_code),
    ) else {
        return Ok(None);
    };
    let photos = product_photo::Entity::find()
        .filter(product_photo::Column::ProductId.eq(p.id))
        .order_by_asc(product_photo::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|ph| Photo {
            small: photo_url(&ph.storage_key, PHOTO_WIDTHS[0]),
            large: photo_url(&ph.storage_key, PHOTO_WIDTHS[1]),
            width: u32::try_from(ph.width).unwrap_or(0),
            height: u32::try_from(ph.height).unwrap_or(0),
        })
        .collect();
    let mut related = cards::card_select();
    related
        .and_where(Expr::col((product::Entity, product::Column::PesantrenId)).eq(p.pesantren_id))
        .and_where(
            Expr::col((product::Entity, product::Column::ListingState))
                .eq(ListingState::Published.code()),
        )
        .and_where(Expr::col((product::Entity, product::Column::Id)).ne(p.id))
        .order_by((product::Entity, product::Column::PublishedAt), Order::Desc)
        .order_by((product::Entity, product::Column::Id), Order::Desc)
        .limit(RELATED);
    Ok(Some(ProductDetail {
        id: p.id,
        url: format!("{origin}/produk/{}", p.slug),
        slug: p.slug,
        name: p.name,
        description: p.description,
        price: Rupiah(p.price),
        stock: p.stock,
        unit: p.unit,
        weight_grams: p.weight_grams,
        category_slug: cat.slug.clone(),
        category_id: cat.name_id.clone(),
        category_en: cat.name_en.clone(),
        pillar: Pillar::from_code(&p.pillar).unwrap_or(Pillar::Santripreneur),
        halal: HalalStatus::from_code(&p.halal_status).unwrap_or(HalalStatus::None),
        halal_certificate_no: p.halal_certificate_no,
        pirt_no: p.pirt_no,
        bpom_no: p.bpom_no,
        is_flagship: p.is_flagship,
        pesantren_name: owner.name,
        pesantren_slug: owner.slug,
        region_name: cards::region_display_name(&reg.kind, &reg.name),
        region_code: reg.code.clone(),
        whatsapp: owner.whatsapp,
        photos,
        related: cards::load(db, &related).await?,
    }))
}
