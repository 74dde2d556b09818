//! Targets and achievement: what the programme counts, how far a region has come, and the
//! bands regional performance reports use.

use crate::coded::coded_enum;
use serde::{Deserialize, Serialize};

coded_enum!(
    /// What a target counts, always from live data.
    Metric {
        /// Published flagship ("unggulan") products.
        FlagshipProducts => "flagship_products",
        /// Verified pesantren.
        Pesantren => "pesantren",
        /// Sellers of the Santripreneur pillar.
        SantriSellers => "santri_sellers",
    }
);

coded_enum!(
    /// The bands of regional performance reports, by achievement in whole percent.
    Band {
        /// 91 % and above.
        SangatBaik => "sangat_baik",
        /// 76 – 90 %.
        Baik => "baik",
        /// 66 – 75 %.
        Cukup => "cukup",
        /// 51 – 65 %.
        Kurang => "kurang",
        /// 50 % and below.
        SangatKurang => "sangat_kurang",
    }
);

/// Highest target a form accepts.
pub const TARGET_MAX: i32 = 1_000_000;

/// Achievement in whole percent, rounded down (so 90.9 % is 90 %, "Baik", as reports count);
/// `None` without a target. Above 100 % stays above 100.
pub fn achievement(achieved: u64, target: i32) -> Option<u32> {
    let target = u64::try_from(target).ok().filter(|&t| t > 0)?;
    u32::try_from(achieved.saturating_mul(100) / target).ok()
}

/// The band of an achievement in whole percent.
pub fn band(percent: u32) -> Band {
    match percent {
        91.. => Band::SangatBaik,
        76..=90 => Band::Baik,
        66..=75 => Band::Cukup,
        51..=65 => Band::Kurang,
        _ => Band::SangatKurang,
    }
}

/// A target as typed: a whole number from 1 to [`TARGET_MAX`] (dots and spaces allowed as
/// thousands separators, `1.000`).
pub fn parse_target(text: &str) -> Option<i32> {
    let digits: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, '.' | ' ' | ','))
        .collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 7 {
        return None;
    }
    digits
        .parse::<i32>()
        .ok()
        .filter(|v| (1..=TARGET_MAX).contains(v))
}

/// One row of the progress table: a region (or the province) and each metric's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressRow {
    /// Region code; `None` for the whole province.
    pub region_code: Option<String>,
    /// Name as cards write it (`Kab. Jombang`), or the province's.
    pub name: String,
    /// Per metric (in [`Metric::ALL`] order): achieved and the year's target, if set.
    pub figures: Vec<(u64, Option<i32>)>,
}

impl ProgressRow {
    /// Achieved and target of one metric.
    pub fn figure(&self, metric: Metric) -> (u64, Option<i32>) {
        let index = Metric::ALL.iter().position(|m| *m == metric).unwrap_or(0);
        self.figures.get(index).copied().unwrap_or((0, None))
    }

    /// Achievement of one metric in whole percent, if it has a target.
    pub fn percent(&self, metric: Metric) -> Option<u32> {
        let (achieved, target) = self.figure(metric);
        target.and_then(|t| achievement(achieved, t))
    }
}

/// First year the programme ran.
pub const FIRST_YEAR: i32 = 2019;

/// How the region rows of the progress table are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProgressSort {
    /// Highest achievement first; regions without a target last.
    Percent,
    /// Most achieved first.
    Achieved,
    /// By name.
    Name,
}

impl ProgressSort {
    /// Every order, for the sort links.
    pub const ALL: [ProgressSort; 3] = [
        ProgressSort::Percent,
        ProgressSort::Achieved,
        ProgressSort::Name,
    ];

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            ProgressSort::Percent => "persen",
            ProgressSort::Achieved => "capaian",
            ProgressSort::Name => "nama",
        }
    }

    /// Parses a URL value; anything else is [`ProgressSort::Percent`].
    pub fn parse(code: &str) -> ProgressSort {
        ProgressSort::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .unwrap_or(ProgressSort::Percent)
    }
}

/// Orders the region rows by `sort` for `metric` (ties by name).
pub fn sort_rows(rows: &mut [ProgressRow], metric: Metric, sort: ProgressSort) {
    rows.sort_by(|a, b| {
        let by_name = a.name.cmp(&b.name);
        match sort {
            ProgressSort::Name => by_name,
            ProgressSort::Achieved => b.figure(metric).0.cmp(&a.figure(metric).0).then(by_name),
            // `None` (no target) sorts below every percentage.
            ProgressSort::Percent => b.percent(metric).cmp(&a.percent(metric)).then(by_name),
        }
    });
}

/// What the progress table shows, from its URL: `tahun` (from [`FIRST_YEAR`] to next year,
/// else this year), `ukuran` (a metric code, else flagship products), `urut` (an order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgressQuery {
    /// The year.
    pub year: i32,
    /// The measure the table is ordered by and the chart shows.
    pub metric: Metric,
    /// The order of the regions.
    pub sort: ProgressSort,
}

impl ProgressQuery {
    /// Reads the URL values; anything unknown falls back to the default.
    pub fn parse(tahun: &str, ukuran: &str, urut: &str, this_year: i32) -> ProgressQuery {
        ProgressQuery {
            year: tahun
                .parse::<i32>()
                .ok()
                .filter(|y| (FIRST_YEAR..=this_year + 1).contains(y))
                .unwrap_or(this_year),
            metric: Metric::from_code(ukuran).unwrap_or(Metric::FlagshipProducts),
            sort: ProgressSort::parse(urut),
        }
    }
}

/// Products published in one month (WIB), for the growth chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    /// Products first published that month and still published.
    pub published: u64,
}

/// One pillar or category of the breakdown: its published and flagship products.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreakdownRow {
    /// Indonesian name.
    pub name_id: String,
    /// English name.
    pub name_en: String,
    /// Published products.
    pub published: u64,
    /// Of those, flagship products.
    pub flagship: u64,
}

/// The catalogue by pillar and by category, and its growth month by month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breakdown {
    /// Per pillar, in the programme's order.
    pub pillars: Vec<BreakdownRow>,
    /// Per category, in the catalogue's order.
    pub categories: Vec<BreakdownRow>,
    /// The last twelve months, oldest first.
    pub growth: Vec<MonthCount>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_at_their_boundaries() {
        for (percent, expected) in [
            (150, Band::SangatBaik),
            (91, Band::SangatBaik),
            (90, Band::Baik),
            (76, Band::Baik),
            (75, Band::Cukup),
            (66, Band::Cukup),
            (65, Band::Kurang),
            (51, Band::Kurang),
            (50, Band::SangatKurang),
            (0, Band::SangatKurang),
        ] {
            assert_eq!(band(percent), expected, "{percent}");
        }
    }

    #[test]
    fn achievement_rounds_down_and_needs_a_target() {
        assert_eq!(achievement(909, 1_000), Some(90));
        assert_eq!(achievement(1, 3), Some(33));
        assert_eq!(achievement(30, 20), Some(150));
        assert_eq!(achievement(0, 10), Some(0));
        assert_eq!(achievement(5, 0), None);
        assert_eq!(achievement(5, -3), None);
        assert_eq!(achievement(u64::MAX, 1), None);
    }

    #[test]
    fn targets_as_typed() {
        assert_eq!(parse_target(" 1.000 "), Some(1_000));
        assert_eq!(parse_target("40"), Some(40));
        for bad in ["", "0", "-5", "1e3", "dua", "10000000", "1.000.001"] {
            assert_eq!(parse_target(bad), None, "{bad}");
        }
    }

    #[test]
    fn rows_give_each_metric_its_figures() {
        let row = ProgressRow {
            region_code: Some("3517".into()),
            name: "Kab. Jombang".into(),
            figures: vec![(3, Some(4)), (2, None), (10, Some(10))],
        };
        assert_eq!(row.percent(Metric::FlagshipProducts), Some(75));
        assert_eq!(row.percent(Metric::Pesantren), None);
        assert_eq!(row.percent(Metric::SantriSellers), Some(100));
    }

    fn row(name: &str, achieved: u64, target: Option<i32>) -> ProgressRow {
        ProgressRow {
            region_code: Some(name.to_owned()),
            name: name.to_owned(),
            figures: vec![(achieved, target); 3],
        }
    }

    #[test]
    fn regions_sort_by_percent_achieved_or_name() {
        let mut rows = vec![
            row("Blitar", 9, None),
            row("Jombang", 3, Some(4)),
            row("Batu", 30, Some(20)),
            row("Gresik", 1, Some(4)),
        ];
        let names = |rows: &[ProgressRow]| rows.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
        sort_rows(&mut rows, Metric::FlagshipProducts, ProgressSort::Percent);
        assert_eq!(names(&rows), ["Batu", "Jombang", "Gresik", "Blitar"]);
        sort_rows(&mut rows, Metric::FlagshipProducts, ProgressSort::Achieved);
        assert_eq!(names(&rows), ["Batu", "Blitar", "Jombang", "Gresik"]);
        sort_rows(&mut rows, Metric::FlagshipProducts, ProgressSort::Name);
        assert_eq!(names(&rows), ["Batu", "Blitar", "Gresik", "Jombang"]);
    }

    #[test]
    fn progress_query_falls_back_on_anything_unknown() {
        let q = ProgressQuery::parse("2025", "pesantren", "nama", 2026);
        assert_eq!(
            (q.year, q.metric, q.sort),
            (2025, Metric::Pesantren, ProgressSort::Name)
        );
        assert_eq!(ProgressQuery::parse("2027", "", "", 2026).year, 2027);
        for bad in ["2028", "2018", "dua", "-1", ""] {
            let q = ProgressQuery::parse(bad, "x", "acak", 2026);
            assert_eq!(
                (q.year, q.metric, q.sort),
                (2026, Metric::FlagshipProducts, ProgressSort::Percent),
                "{bad}"
            );
        }
    }
}
