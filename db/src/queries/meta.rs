//! Facts about the installation kept in `app_meta`.

use crate::entity::app_meta;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, sea_query::OnConflict};

/// Reads a fact.
pub async fn get(db: &impl ConnectionTrait, key: &str) -> Result<Option<String>, DbErr> {
    Ok(app_meta::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?
        .map(|m| m.value))
}

/// Writes a fact, replacing any earlier value.
pub async fn set(db: &impl ConnectionTrait, key: &str, value: &str) -> Result<(), DbErr> {
    let row = app_meta::ActiveModel {
        key: Set(key.to_owned()),
        value: Set(value.to_owned()),
    };
    app_meta::Entity::insert(row)
        .on_conflict(
            OnConflict::column(app_meta::Column::Key)
                .update_column(app_meta::Column::Value)
                .to_owned(),
        )
        .exec(db)
        .await?;
    Ok(())
}
