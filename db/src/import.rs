//! Bulk import of a pesantren's products: checked rows wait in `import_batches` until the
//! admin confirms, then go in together, in one transaction, exactly once per file.

use crate::entity::{category, import_batch, pesantren, user};
use domain::import::{ImportPreview, MAX_LISTED_PROBLEMS, RowProblem, StagedRow};
use domain::search::slugify;
use domain::{ListingState, Pillar, Role};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use time::OffsetDateTime;

/// The pesantren's sellers by email (lower case): id and pillar.
pub async fn sellers(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
) -> Result<HashMap<String, (i32, Pillar)>, DbErr> {
    Ok(user::Entity::find()
        .filter(user::Column::PesantrenId.eq(pesantren_id))
        .filter(user::Column::Role.eq(Role::Seller.code()))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|u| {
            let pillar = Pillar::from_code(u.pillar.as_deref().unwrap_or_default())?;
            Some((u.email.to_lowercase(), (u.id, pillar)))
        })
        .collect())
}

/// Categories by their Indonesian or English name or slug (lower case): id.
pub async fn category_names(db: &impl ConnectionTrait) -> Result<HashMap<String, i32>, DbErr> {
    let mut names = HashMap::new();
    for c in category::Entity::find().all(db).await? {
        for key in [&c.slug, &c.name_id, &c.name_en] {
            names.insert(key.trim().to_lowercase(), c.id);
        }
        names.insert(slugify(&c.name_id), c.id);
    }
    Ok(names)
}

/// A checked file to keep for the admin's go-ahead.
pub struct NewBatch<'a> {
    /// The pesantren.
    pub pesantren_id: i32,
    /// The admin uploading.
    pub user_id: i32,
    /// The file's name.
    pub file_name: &'a str,
    /// SHA-256 of its bytes, hex.
    pub file_hash: &'a str,
    /// Product rows in it.
    pub rows: usize,
    /// The rows that passed.
    pub staged: &'a [StagedRow],
    /// Every problem.
    pub problems: &'a [RowProblem],
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, DbErr> {
    serde_json::to_string(value).map_err(|e| DbErr::Custom(format!("encoding an import: {e}")))
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, DbErr> {
    serde_json::from_str(text).map_err(|e| DbErr::Custom(format!("decoding an import: {e}")))
}

/// Keeps a checked file; returns its batch id. The same file (same bytes) again answers the
/// batch it already has: checked afresh while not yet imported, unchanged once imported.
pub async fn stage(db: &DatabaseConnection, batch: NewBatch<'_>) -> Result<i32, DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    let existing = import_batch::Entity::find()
        .filter(import_batch::Column::PesantrenId.eq(batch.pesantren_id))
        .filter(import_batch::Column::FileHash.eq(batch.file_hash))
        .one(&txn)
        .await?;
    let now = OffsetDateTime::now_utc();
    let id = match existing {
        Some(b) if b.imported_at.is_some() => b.id,
        Some(b) => {
            let mut row: import_batch::ActiveModel = b.clone().into();
            row.user_id = Set(batch.user_id);
            row.file_name = Set(batch.file_name.to_owned());
            row.row_count = Set(i32::try_from(batch.rows).unwrap_or(i32::MAX));
            row.staged_json = Set(to_json(&batch.staged)?);
            row.problems_json = Set(to_json(&batch.problems)?);
            row.created_at = Set(now);
            row.update(&txn).await?;
            b.id
        }
        None => {
            import_batch::ActiveModel {
                pesantren_id: Set(batch.pesantren_id),
                user_id: Set(batch.user_id),
                file_name: Set(batch.file_name.to_owned()),
                file_hash: Set(batch.file_hash.to_owned()),
                row_count: Set(i32::try_from(batch.rows).unwrap_or(i32::MAX)),
                staged_json: Set(to_json(&batch.staged)?),
                problems_json: Set(to_json(&batch.problems)?),
                created_at: Set(now),
                imported_at: Set(None),
                ..Default::default()
            }
            .insert(&txn)
            .await?
            .id
        }
    };
    txn.commit().await?;
    Ok(id)
}

/// The preview of a batch of this pesantren.
pub async fn preview(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
    id: i32,
) -> Result<Option<ImportPreview>, DbErr> {
    let Some(b) = import_batch::Entity::find_by_id(id)
        .filter(import_batch::Column::PesantrenId.eq(pesantren_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let staged: Vec<StagedRow> = from_json(&b.staged_json)?;
    let mut problems: Vec<RowProblem> = from_json(&b.problems_json)?;
    let problem_count = problems.len();
    problems.truncate(MAX_LISTED_PROBLEMS);
    let emails: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(staged.iter().map(|r| r.seller_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    let publishes = crate::curation::is_verified(db, pesantren_id).await?;
    Ok(Some(ImportPreview {
        id: b.id,
        file_name: b.file_name,
        rows: usize::try_from(b.row_count).unwrap_or(0),
        valid: staged.len(),
        problems,
        problem_count,
        sample: staged
            .iter()
            .take(20)
            .map(|r| {
                (
                    r.line,
                    r.input.name.clone(),
                    r.input.price.clone(),
                    emails.get(&r.seller_id).cloned().unwrap_or_default(),
                )
            })
            .collect(),
        imported_at: b.imported_at.map(crate::wib::minutes),
        publishes,
    }))
}

/// What confirming a batch did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commit {
    /// This many products were created (rows whose seller has left meanwhile are skipped).
    Imported(usize),
    /// The batch was imported before; nothing was done.
    AlreadyImported,
    /// No such batch of this pesantren.
    NotFound,
}

/// Imports a batch's rows in one transaction: published at once when the pesantren is
/// verified, otherwise waiting for review. The batch is marked first, by a conditional
/// update, so two confirmations of one batch import it once.
pub async fn commit(db: &DatabaseConnection, pesantren_id: i32, id: i32) -> Result<Commit, DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    let now = OffsetDateTime::now_utc();
    let marked = import_batch::Entity::update_many()
        .col_expr(import_batch::Column::ImportedAt, Expr::value(Some(now)))
        .filter(import_batch::Column::Id.eq(id))
        .filter(import_batch::Column::PesantrenId.eq(pesantren_id))
        .filter(import_batch::Column::ImportedAt.is_null())
        .exec(&txn)
        .await?;
    if marked.rows_affected != 1 {
        let exists = import_batch::Entity::find_by_id(id)
            .filter(import_batch::Column::PesantrenId.eq(pesantren_id))
            .select_only()
            .column(import_batch::Column::Id)
            .into_tuple::<i32>()
            .one(&txn)
            .await?
            .is_some();
        txn.rollback().await?;
        return Ok(if exists {
            Commit::AlreadyImported
        } else {
            Commit::NotFound
        });
    }
    let Some(b) = import_batch::Entity::find_by_id(id).one(&txn).await? else {
        txn.rollback().await?;
        return Ok(Commit::NotFound);
    };
    let Some(owner) = pesantren::Entity::find_by_id(pesantren_id)
        .one(&txn)
        .await?
    else {
        txn.rollback().await?;
        return Ok(Commit::NotFound);
    };
    let state = if owner.verification == domain::curation::Verification::Verified.code() {
        ListingState::Published
    } else {
        ListingState::Submitted
    };
    let sellers: HashMap<i32, Pillar> = sellers(&txn, pesantren_id).await?.into_values().collect();
    let staged: Vec<StagedRow> = from_json(&b.staged_json)?;
    let mut created = 0;
    for row in staged {
        let (Some(&pillar), Ok(listing)) = (sellers.get(&row.seller_id), row.input.validate())
        else {
            continue;
        };
        crate::listings::insert(&txn, &owner, row.seller_id, pillar, &listing, state, now).await?;
        created += 1;
    }
    txn.commit().await?;
    Ok(Commit::Imported(created))
}

/// The pesantren's latest uploads: id, file name, upload time (WIB), rows, imported.
pub async fn recent(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
) -> Result<Vec<(i32, String, String, i32, bool)>, DbErr> {
    Ok(import_batch::Entity::find()
        .filter(import_batch::Column::PesantrenId.eq(pesantren_id))
        .order_by_desc(import_batch::Column::CreatedAt)
        .limit(10)
        .all(db)
        .await?
        .into_iter()
        .map(|b| {
            (
                b.id,
                b.file_name,
                crate::wib::minutes(b.created_at),
                b.row_count,
                b.imported_at.is_some(),
            )
        })
        .collect())
}
