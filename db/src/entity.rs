//! sea-orm entities, one file per table.

pub mod app_meta;
pub mod cart_line;
pub mod category;
pub mod curation_log;
pub mod import_batch;
pub mod news_post;
pub mod news_product;
pub mod order;
pub mod order_item;
pub mod pesantren;
pub mod product;
pub mod product_photo;
pub mod region;
pub mod seller_invite;
pub mod session;
pub mod target;
pub mod user;
