//! The strings of a pesantren's statistics page.

use domain::Locale;

/// Every user-facing string of the statistics page.
pub struct StatsStrings {
    /// Title and navigation.
    pub title: &'static str,
    /// Figure: sales this month.
    pub this_month: &'static str,
    /// Figure: sales over twelve months.
    pub twelve_months: &'static str,
    /// "n pesanan selesai".
    pub completed_orders: fn(u64) -> String,
    /// Chart title.
    pub sales_chart: &'static str,
    /// A bar's tooltip: month, orders, revenue.
    pub month_bar: fn(&str, u64, &str) -> String,
    /// Column.
    pub month: &'static str,
    /// Column.
    pub orders: &'static str,
    /// Column.
    pub revenue: &'static str,
    /// Heading.
    pub orders_by_status: &'static str,
    /// Heading.
    pub top_products: &'static str,
    /// Column.
    pub product: &'static str,
    /// Column.
    pub units: &'static str,
    /// No completed orders yet.
    pub no_sales: &'static str,
    /// Heading.
    pub listings_by_state: &'static str,
    /// Heading.
    pub sellers_by_pillar: &'static str,
    /// Short month names.
    pub months: [&'static str; 12],
}

/// Indonesian.
pub const STATS_ID: StatsStrings = StatsStrings {
    title: "Statistik pesantren",
    this_month: "Penjualan bulan ini",
    twelve_months: "Penjualan 12 bulan",
    completed_orders: |n| format!("{n} pesanan selesai"),
    sales_chart: "Penjualan per bulan (pesanan selesai)",
    month_bar: |month, orders, revenue| format!("{month}: {orders} pesanan selesai, {revenue}"),
    month: "Bulan",
    orders: "Pesanan",
    revenue: "Penjualan",
    orders_by_status: "Pesanan menurut status",
    top_products: "Produk terlaris",
    product: "Produk",
    units: "Terjual",
    no_sales: "Belum ada pesanan selesai.",
    listings_by_state: "Produk menurut status",
    sellers_by_pillar: "Penjual menurut pilar",
    months: [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ],
};

/// English.
pub const STATS_EN: StatsStrings = StatsStrings {
    title: "Pesantren statistics",
    this_month: "Sales this month",
    twelve_months: "Sales over 12 months",
    completed_orders: |n| format!("{n} completed {}", if n == 1 { "order" } else { "orders" }),
    sales_chart: "Sales per month (completed orders)",
    month_bar: |month, orders, revenue| format!("{month}: {orders} completed orders, {revenue}"),
    month: "Month",
    orders: "Orders",
    revenue: "Sales",
    orders_by_status: "Orders by status",
    top_products: "Best sellers",
    product: "Product",
    units: "Sold",
    no_sales: "No completed orders yet.",
    listings_by_state: "Listings by state",
    sellers_by_pillar: "Sellers by pillar",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
};

/// The strings of a language.
pub fn stats_strings(locale: Locale) -> &'static StatsStrings {
    match locale {
        Locale::Id => &STATS_ID,
        Locale::En => &STATS_EN,
    }
}

/// `2026-11` as `Nov 2026`.
pub fn month_label(locale: Locale, month: &str) -> String {
    match month.split_once('-').map(|(y, m)| (y, m.parse::<usize>())) {
        Some((year, Ok(m @ 1..=12))) => format!("{} {year}", stats_strings(locale).months[m - 1]),
        _ => month.to_owned(),
    }
}
