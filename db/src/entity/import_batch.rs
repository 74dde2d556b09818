//! An uploaded product file of a pesantren and its checked rows.

use sea_orm::entity::prelude::*;

/// An import batch row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "import_batches")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The pesantren the products are for.
    pub pesantren_id: i32,
    /// The admin who uploaded it.
    pub user_id: i32,
    /// The file's name as uploaded.
    pub file_name: String,
    /// SHA-256 of the file's bytes, hex.
    pub file_hash: String,
    /// Product rows in the file.
    pub row_count: i32,
    /// The rows that passed, JSON `[StagedRow]`.
    pub staged_json: String,
    /// Every problem found, JSON `[RowProblem]`.
    pub problems_json: String,
    /// Upload time.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When its rows were imported.
    pub imported_at: Option<TimeDateTimeWithTimeZone>,
}

/// Relations of an import batch.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
