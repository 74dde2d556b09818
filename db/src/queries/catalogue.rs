//! The catalogue in the database: filters, full-text search (FTS5 / tsvector), facet counts,
//! sort and pages. Results are cached per canonical filter set and used only while the
//! database's catalogue version (moved by triggers on every write) is unchanged.

use super::cards;
use crate::entity::{category, pesantren, product, region};
use domain::{
    CataloguePage, CatalogueQuery, CatalogueSort, FacetOption, Facets, ListingState, Notice,
    Pillar, catalogue::PAGE_SIZE, search::query_words,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Alias, Condition, Expr, ExprTrait, Order, Query, SelectStatement, SimpleExpr},
};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Cached pages kept at most; past this the cache starts afresh.
const CACHE_ENTRIES: usize = 4_096;

/// Categories and regions: reference data, read once at start.
pub struct ReferenceData {
    categories: Vec<category::Model>,
    regions: Vec<region::Model>,
}

impl ReferenceData {
    /// Reads the categories and regions.
    pub async fn load(db: &impl ConnectionTrait) -> Result<ReferenceData, DbErr> {
        Ok(ReferenceData {
            categories: category::Entity::find()
                .order_by_asc(category::Column::Position)
                .all(db)
                .await?,
            regions: region::Entity::find()
                .order_by_asc(region::Column::Name)
                .all(db)
                .await?,
        })
    }

    /// The regions, by name.
    pub fn regions(&self) -> &[region::Model] {
        &self.regions
    }

    /// A region by its code.
    pub fn region(&self, code: &str) -> Option<&region::Model> {
        self.regions.iter().find(|r| r.code == code)
    }

    /// The categories, in the catalogue's order.
    pub fn categories(&self) -> &[category::Model] {
        &self.categories
    }

    /// A category by its slug.
    pub fn category_by_slug(&self, slug: &str) -> Option<&category::Model> {
        self.categories.iter().find(|c| c.slug == slug)
    }

    /// A category by its id.
    pub fn category(&self, id: i32) -> Option<&category::Model> {
        self.categories.iter().find(|c| c.id == id)
    }
}

/// The catalogue service: reference data plus the result cache; one per server process.
pub struct Catalogue {
    refs: ReferenceData,
    cache: Mutex<HashMap<String, (i64, Arc<CataloguePage>)>>,
}

/// A facet dimension; a filter on it is left out when counting its own options.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dim {
    Category,
    Region,
    Pillar,
    /// All three: the filters that are not facets.
    Facets,
}

/// The filter set with names turned into ids.
#[derive(Clone)]
struct Resolved {
    category_id: Option<i32>,
    pesantren: Option<(i32, String)>,
    text_words: Vec<String>,
}

/// The current catalogue version (moved by triggers on every write).
pub async fn version(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let stmt = Query::select()
        .column(Alias::new("version"))
        .from(Alias::new("catalogue_version"))
        .and_where(Expr::col(Alias::new("id")).eq(1))
        .to_owned();
    let row = db.query_one(&stmt).await?;
    Ok(row
        .and_then(|r| r.try_get::<i64>("", "version").ok())
        .unwrap_or_default())
}

impl Catalogue {
    /// Loads the reference data; the cache starts empty.
    pub async fn new(db: &impl ConnectionTrait) -> Result<Catalogue, DbErr> {
        Ok(Catalogue {
            refs: ReferenceData::load(db).await?,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// The reference data the catalogue was built with.
    pub fn refs(&self) -> &ReferenceData {
        &self.refs
    }

    /// Reads a URL query string and returns that page of results, from the cache when the
    /// catalogue has not changed since it was computed.
    pub async fn search(
        &self,
        db: &impl ConnectionTrait,
        raw_query: &str,
    ) -> Result<Arc<CataloguePage>, DbErr> {
        let (query, notices) = CatalogueQuery::parse(raw_query);
        let key = format!("{}#{}", query.to_query_string(), notice_key(&notices));
        let current = version(db).await?;
        if let Ok(cache) = self.cache.lock()
            && let Some((v, page)) = cache.get(&key)
            && *v == current
        {
            return Ok(page.clone());
        }
        let page = Arc::new(self.search_uncached(db, query, notices).await?);
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= CACHE_ENTRIES {
                cache.clear();
            }
            cache.insert(key, (current, page.clone()));
        }
        Ok(page)
    }

    /// Runs the queries for a filter set, without the cache.
    pub async fn search_uncached(
        &self,
        db: &impl ConnectionTrait,
        mut query: CatalogueQuery,
        mut notices: Vec<Notice>,
    ) -> Result<CataloguePage, DbErr> {
        let backend = db.get_database_backend();
        let resolved = self.resolve(db, &mut query, &mut notices).await?;
        let groups = if counted_ahead(&query, &resolved) {
            counted_facet_groups(db, &query).await?
        } else {
            facet_groups(db, &filters(&query, &resolved, backend, Some(Dim::Facets))).await?
        };
        let tally = Tally::new(&query, &resolved, &groups);
        let total = tally.total;
        let pages = Ord::max(
            u32::try_from(total.div_ceil(u64::from(PAGE_SIZE))).unwrap_or(u32::MAX),
            1,
        );
        if query.page > pages {
            query.page = pages;
            notices.push(Notice::PageTooHigh);
        }
        let products = self.page(db, &query, &resolved, backend).await?;
        let facets = Facets {
            categories: self.category_facet(&tally),
            regions: self.region_facet(&query, &tally),
            pillars: pillar_facet(&tally),
        };
        Ok(CataloguePage {
            pesantren_name: resolved.pesantren.map(|(_, name)| name),
            query,
            notices,
            total,
            pages,
            products,
            facets,
        })
    }

    async fn resolve(
        &self,
        db: &impl ConnectionTrait,
        query: &mut CatalogueQuery,
        notices: &mut Vec<Notice>,
    ) -> Result<Resolved, DbErr> {
        let category_id = match &query.category {
            Some(slug) => match self.refs.categories.iter().find(|c| &c.slug == slug) {
                Some(c) => Some(c.id),
                None => {
                    query.category = None;
                    notices.push(Notice::UnknownCategory);
                    None
                }
            },
            None => None,
        };
        if let Some(code) = &query.region
            && !self.refs.regions.iter().any(|r| &r.code == code)
        {
            query.region = None;
            notices.push(Notice::UnknownRegion);
        }
        let pesantren = match &query.pesantren {
            Some(slug) => {
                let found = pesantren::Entity::find()
                    .filter(pesantren::Column::Slug.eq(slug.as_str()))
                    .one(db)
                    .await?;
                if found.is_none() {
                    query.pesantren = None;
                    notices.push(Notice::UnknownPesantren);
                }
                found.map(|p| (p.id, p.name))
            }
            None => None,
        };
        let text_words = query.text.as_deref().map(query_words).unwrap_or_default();
        if query.text.is_some() && text_words.is_empty() {
            // Only punctuation: nothing to search for.
            query.text = None;
            if query.sort == Some(CatalogueSort::Relevance) {
                query.sort = None;
            }
        }
        Ok(Resolved {
            category_id,
            pesantren,
            text_words,
        })
    }

    async fn page(
        &self,
        db: &impl ConnectionTrait,
        query: &CatalogueQuery,
        resolved: &Resolved,
        backend: DatabaseBackend,
    ) -> Result<Vec<domain::ProductCard>, DbErr> {
        let sort = query.effective_sort();
        let sqlite_relevance =
            sort == CatalogueSort::Relevance && backend != DatabaseBackend::Postgres;
        let order = |q: &mut SelectStatement| {
            order_cards(q, sort, backend, &resolved.text_words);
        };
        let limit = u64::from(PAGE_SIZE);
        let offset = u64::from(query.page.saturating_sub(1)) * limit;
        let q = if sqlite_relevance {
            // The match list drives the query and already is the text filter.
            let mut q = cards::card_select_matching(Expr::cust_with_values(
                "products_fts MATCH ?",
                [fts_match(&resolved.text_words)],
            ));
            let without_text = Resolved {
                text_words: Vec::new(),
                ..resolved.clone()
            };
            q.cond_where(filters(query, &without_text, backend, None));
            order(&mut q);
            q.limit(limit).offset(offset);
            q
        } else {
            // The page's ids first, then the card columns for those rows only.
            let mut ids = Query::select();
            ids.column((product::Entity, product::Column::Id));
            if backend == DatabaseBackend::Postgres && !resolved.text_words.is_empty() {
                // Matches first, then their sort: left to itself PostgreSQL walks the sort's
                // index and tests the text on every row it passes (`?q=keripik&urut=termahal`:
                // 62,593 rows, 109 ms at 100,000 products), because it expects matches to be
                // spread evenly. `OFFSET 0` keeps the match set a query of its own, answered
                // from the GIN index; the sort then orders a few thousand rows.
                let mut matches = Query::select();
                matches
                    .columns(
                        [
                            product::Column::Id,
                            product::Column::Price,
                            product::Column::PublishedAt,
                            product::Column::Name,
                        ]
                        .map(|c| (product::Entity, c)),
                    )
                    // The relevance sort ranks by it.
                    .column((product::Entity, Alias::new("search_vector")))
                    .from(product::Entity)
                    .cond_where(filters(query, resolved, backend, None))
                    .offset(0);
                ids.from_subquery(matches, Alias::new("products"));
            } else {
                ids.from(product::Entity)
                    .cond_where(filters(query, resolved, backend, None));
            }
            order(&mut ids);
            ids.limit(limit).offset(offset);
            let mut q = cards::card_select_page(ids);
            order(&mut q);
            q
        };
        cards::load(db, &q).await
    }

    fn category_facet(&self, tally: &Tally) -> Vec<FacetOption> {
        self.refs
            .categories
            .iter()
            .map(|c| FacetOption {
                value: c.slug.clone(),
                label_id: c.name_id.clone(),
                label_en: c.name_en.clone(),
                count: tally.categories.get(&c.id).copied().unwrap_or(0),
            })
            .collect()
    }

    fn region_facet(&self, query: &CatalogueQuery, tally: &Tally) -> Vec<FacetOption> {
        self.refs
            .regions
            .iter()
            .map(|r| {
                let label = cards::region_display_name(&r.kind, &r.name);
                FacetOption {
                    value: r.code.clone(),
                    label_en: label
                        .replace("Kab. ", "Regency ")
                        .replace("Kota ", "City of "),
                    label_id: label,
                    count: tally.regions.get(&r.code).copied().unwrap_or(0),
                }
            })
            .filter(|o| o.count > 0 || query.region.as_deref() == Some(o.value.as_str()))
            .collect()
    }
}

/// Orders product rows (or their cards) by the catalogue's sort, the id breaking ties.
fn order_cards(
    q: &mut SelectStatement,
    sort: CatalogueSort,
    backend: DatabaseBackend,
    text_words: &[String],
) {
    let id = (product::Entity, product::Column::Id);
    match sort {
        CatalogueSort::Relevance => match backend {
            DatabaseBackend::Postgres => {
                q.order_by_expr(
                    Expr::cust_with_values(
                        "ts_rank(products.search_vector, to_tsquery('simple', $1))",
                        [ts_query(text_words)],
                    ),
                    Order::Desc,
                );
            }
            _ => {
                q.order_by((Alias::new("products_fts"), Alias::new("rank")), Order::Asc);
            }
        },
        CatalogueSort::Newest => {
            q.order_by((product::Entity, product::Column::PublishedAt), Order::Desc);
        }
        CatalogueSort::PriceLow => {
            q.order_by((product::Entity, product::Column::Price), Order::Asc);
        }
        CatalogueSort::PriceHigh => {
            q.order_by((product::Entity, product::Column::Price), Order::Desc);
        }
        CatalogueSort::Name => {
            let by_name = match backend {
                // Byte order on both backends, so the order never depends on the server locale.
                DatabaseBackend::Postgres => Expr::cust("products.name COLLATE \"C\""),
                _ => Expr::cust("products.name"),
            };
            q.order_by_expr(by_name, Order::Asc);
        }
    }
    let tie = match sort {
        CatalogueSort::PriceLow | CatalogueSort::Name => Order::Asc,
        _ => Order::Desc,
    };
    q.order_by(id, tie);
}

fn pillar_facet(tally: &Tally) -> Vec<FacetOption> {
    Pillar::ALL
        .into_iter()
        .map(|p| FacetOption {
            value: p.code().to_owned(),
            label_id: p.name().to_owned(),
            label_en: p.name().to_owned(),
            count: tally.pillars.get(p.code()).copied().unwrap_or(0),
        })
        .collect()
}

/// Result counts per (category, region, pillar) under every filter that is not a facet.
struct Group {
    category_id: i32,
    region_code: String,
    pillar: String,
    count: u64,
}

/// The total and the three facets, computed from the groups: each facet counts the rows that
/// pass the other two facets' filters (what picking that option would give).
struct Tally {
    total: u64,
    categories: HashMap<i32, u64>,
    regions: HashMap<String, u64>,
    pillars: HashMap<String, u64>,
}

impl Tally {
    fn new(query: &CatalogueQuery, resolved: &Resolved, groups: &[Group]) -> Tally {
        let mut tally = Tally {
            total: 0,
            categories: HashMap::new(),
            regions: HashMap::new(),
            pillars: HashMap::new(),
        };
        for g in groups {
            let category = resolved.category_id.is_none_or(|c| c == g.category_id);
            let region = query.region.as_deref().is_none_or(|r| r == g.region_code);
            let pillar = query.pillar.is_none_or(|p| p.code() == g.pillar);
            if category && region && pillar {
                tally.total += g.count;
            }
            if region && pillar {
                *tally.categories.entry(g.category_id).or_default() += g.count;
            }
            if category && pillar {
                *tally.regions.entry(g.region_code.clone()).or_default() += g.count;
            }
            if category && region {
                *tally.pillars.entry(g.pillar.clone()).or_default() += g.count;
            }
        }
        tally
    }
}

/// One grouped scan (of a covering index) gives the total and every facet count.
async fn facet_groups(db: &impl ConnectionTrait, cond: &Condition) -> Result<Vec<Group>, DbErr> {
    let col = |c: product::Column| (product::Entity, c);
    let stmt = Query::select()
        .column(col(product::Column::CategoryId))
        .column(col(product::Column::RegionCode))
        .column(col(product::Column::Pillar))
        .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
        .from(product::Entity)
        .cond_where(cond.clone())
        .group_by_col(col(product::Column::CategoryId))
        .group_by_col(col(product::Column::RegionCode))
        .group_by_col(col(product::Column::Pillar))
        .to_owned();
    rows_to_groups(db.query_all(&stmt).await?)
}

/// Whether every filter besides the facets is one `catalogue_facet_counts` is keyed by (halal
/// certified, in stock): then the counts are kept ahead by triggers and need no scan.
fn counted_ahead(query: &CatalogueQuery, resolved: &Resolved) -> bool {
    // Every field named: a new filter does not compile until it is sorted in or out here.
    let CatalogueQuery {
        text: _,
        category: _,
        region: _,
        pillar: _,
        halal_only: _,
        in_stock_only: _,
        sort: _,
        page: _,
        pesantren: _,
        min_price,
        max_price,
    } = query;
    resolved.text_words.is_empty()
        && resolved.pesantren.is_none()
        && min_price.is_none()
        && max_price.is_none()
}

/// The groups of [`facet_groups`] read from the counts the triggers keep.
async fn counted_facet_groups(
    db: &impl ConnectionTrait,
    query: &CatalogueQuery,
) -> Result<Vec<Group>, DbErr> {
    let col = |c: &str| Expr::col(Alias::new(c));
    let mut stmt = Query::select();
    stmt.column(Alias::new("category_id"))
        .column(Alias::new("region_code"))
        .column(Alias::new("pillar"))
        .expr_as(Expr::cust("CAST(SUM(n) AS BIGINT)"), Alias::new("n"))
        .from(Alias::new("catalogue_facet_counts"))
        .group_by_col(Alias::new("category_id"))
        .group_by_col(Alias::new("region_code"))
        .group_by_col(Alias::new("pillar"))
        .and_having(Expr::cust("SUM(n) > 0"));
    if query.halal_only {
        stmt.and_where(col("halal").eq(1));
    }
    if query.in_stock_only {
        stmt.and_where(col("in_stock").eq(1));
    }
    rows_to_groups(db.query_all(&stmt).await?)
}

fn rows_to_groups(rows: Vec<sea_orm::QueryResult>) -> Result<Vec<Group>, DbErr> {
    rows.into_iter()
        .map(|row| {
            Ok(Group {
                category_id: row.try_get("", "category_id")?,
                region_code: row.try_get("", "region_code")?,
                pillar: row.try_get("", "pillar")?,
                count: u64::try_from(row.try_get::<i64>("", "n")?).unwrap_or(0),
            })
        })
        .collect()
}

fn notice_key(notices: &[Notice]) -> String {
    notices
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// FTS5 match string: every word as a prefix, all required.
fn fts_match(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// PostgreSQL tsquery: every word as a prefix, all required.
fn ts_query(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("{w}:*"))
        .collect::<Vec<_>>()
        .join(" & ")
}

/// The WHERE clause of a filter set; `except` leaves out one facet's own filter.
fn filters(
    query: &CatalogueQuery,
    resolved: &Resolved,
    backend: DatabaseBackend,
    except: Option<Dim>,
) -> Condition {
    let col = |c: product::Column| Expr::col((product::Entity, c));
    let mut cond =
        Condition::all().add(col(product::Column::ListingState).eq(ListingState::Published.code()));
    if !resolved.text_words.is_empty() {
        let text: SimpleExpr = match backend {
            DatabaseBackend::Postgres => Expr::cust_with_values(
                "products.search_vector @@ to_tsquery('simple', $1)",
                [ts_query(&resolved.text_words)],
            ),
            _ => col(product::Column::Id).in_subquery(
                Query::select()
                    .expr(Expr::cust("rowid"))
                    .from(Alias::new("products_fts"))
                    .and_where(Expr::cust_with_values(
                        "products_fts MATCH ?",
                        [fts_match(&resolved.text_words)],
                    ))
                    .to_owned(),
            ),
        };
        cond = cond.add(text);
    }
    let skip = |dim: Dim| except == Some(dim) || except == Some(Dim::Facets);
    if !skip(Dim::Category)
        && let Some(id) = resolved.category_id
    {
        cond = cond.add(col(product::Column::CategoryId).eq(id));
    }
    if !skip(Dim::Region)
        && let Some(code) = &query.region
    {
        cond = cond.add(col(product::Column::RegionCode).eq(code.as_str()));
    }
    if !skip(Dim::Pillar)
        && let Some(p) = query.pillar
    {
        cond = cond.add(col(product::Column::Pillar).eq(p.code()));
    }
    if let Some((id, _)) = &resolved.pesantren {
        cond = cond.add(col(product::Column::PesantrenId).eq(*id));
    }
    if let Some(min) = query.min_price {
        cond = cond.add(col(product::Column::Price).gte(min.0));
    }
    if let Some(max) = query.max_price {
        cond = cond.add(col(product::Column::Price).lte(max.0));
    }
    if query.halal_only {
        cond =
            cond.add(col(product::Column::HalalStatus).eq(domain::HalalStatus::Certified.code()));
    }
    if query.in_stock_only {
        cond = cond.add(col(product::Column::Stock).gt(0));
    }
    cond
}
