//! A pesantren's figures for its admin: sales by month, orders by status, top products,
//! listings by state, sellers by pillar.

use crate::{ListingState, OrderStatus, Pillar, Rupiah};
use serde::{Deserialize, Serialize};

/// Months the sales chart covers, this one included.
pub const SALES_MONTHS: usize = 12;
/// Products in the top list.
pub const TOP_PRODUCTS: usize = 5;

/// Sales of one month: completed orders, by the month they were completed (WIB).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthSales {
    /// `YYYY-MM`.
    pub month: String,
    /// Completed orders.
    pub orders: u64,
    /// Their total.
    pub revenue: Rupiah,
}

/// A product among the best sellers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopProduct {
    /// Name (as ordered).
    pub name: String,
    /// Units in completed orders.
    pub units: i64,
    /// Their revenue.
    pub revenue: Rupiah,
}

/// Everything the statistics page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PesantrenStats {
    /// Pesantren name.
    pub pesantren_name: String,
    /// The last [`SALES_MONTHS`] months, oldest first; the last is this month.
    pub months: Vec<MonthSales>,
    /// Orders per status (all time).
    pub orders_by_status: Vec<(OrderStatus, u64)>,
    /// Best sellers in completed orders (all time), most units first.
    pub top_products: Vec<TopProduct>,
    /// Listings per state.
    pub listings_by_state: Vec<(ListingState, u64)>,
    /// Sellers per pillar (the cooperative's account counts as Pesantrenpreneur).
    pub sellers_by_pillar: Vec<(Pillar, u64)>,
}

/// `YYYY-MM` of the month `back` months before `(year, month)`.
pub fn month_before(year: i32, month: u8, back: u32) -> String {
    let index = i64::from(year) * 12 + i64::from(month) - 1 - i64::from(back);
    format!(
        "{:04}-{:02}",
        index.div_euclid(12),
        index.rem_euclid(12) + 1
    )
}

/// The [`SALES_MONTHS`] months ending with `(year, month)`, oldest first.
pub fn last_months(year: i32, month: u8) -> Vec<String> {
    (0..SALES_MONTHS)
        .rev()
        .map(|back| month_before(year, month, u32::try_from(back).unwrap_or(0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_months_cross_the_year() {
        let months = last_months(2026, 2);
        assert_eq!(months.len(), 12);
        assert_eq!(months.first().map(String::as_str), Some("2025-03"));
        assert_eq!(months.last().map(String::as_str), Some("2026-02"));
        assert_eq!(month_before(2026, 1, 1), "2025-12");
        assert_eq!(month_before(2026, 12, 0), "2026-12");
    }
}
