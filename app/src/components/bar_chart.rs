//! Horizontal bar charts drawn on the server as SVG: readable with JavaScript off, each bar
//! titled (the browser shows the title as a tooltip, screen readers read it), and always next
//! to a table with the same figures.

use leptos::prelude::*;

/// One bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// Label on the left.
    pub label: String,
    /// Length, in percent of the axis (capped at the axis end).
    pub percent: u32,
    /// Text at the end of the bar, e.g. `75 %`.
    pub value: String,
    /// CSS class (colour by band).
    pub class: String,
    /// Full description, the bar's tooltip.
    pub title: String,
}

const ROW: u32 = 22;
const LABEL_WIDTH: u32 = 150;
const BAR_WIDTH: u32 = 300;
const VALUE_WIDTH: u32 = 70;
/// The axis ends at 100 %; longer bars stop there (their value says how far they went).
const AXIS_PERCENT: u32 = 100;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The chart's SVG markup. `title_id` names the element holding its title, for
/// `aria-labelledby`.
pub fn svg(bars: &[Bar], title: &str, title_id: &str) -> String {
    let width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
    let height = ROW * u32::try_from(bars.len()).unwrap_or(0) + 8;
    let mut out = format!(
        r#"<svg class="bar-chart" viewBox="0 0 {width} {height}" width="100%" role="img" aria-labelledby="{title_id}" xmlns="http://www.w3.org/2000/svg"><title id="{title_id}">{}</title>"#,
        escape(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = ROW * u32::try_from(i).unwrap_or(0) + 4;
        let length = BAR_WIDTH * bar.percent.min(AXIS_PERCENT) / AXIS_PERCENT;
        out.push_str(&format!(
            r#"<g class="{class}"><title>{tooltip}</title><text x="{lx}" y="{ty}" text-anchor="end">{label}</text><rect x="{LABEL_WIDTH}" y="{y}" width="{length}" height="{h}" rx="3"></rect><text x="{vx}" y="{ty}">{value}</text></g>"#,
            class = bar.class,
            tooltip = escape(&bar.title),
            lx = LABEL_WIDTH - 6,
            ty = y + 13,
            label = escape(&bar.label),
            h = ROW - 6,
            vx = LABEL_WIDTH + length + 4,
            value = escape(&bar.value),
        ));
    }
    out.push_str("</svg>");
    out
}

/// A bar chart with its title as a figure caption.
#[component]
pub fn BarChart(
    /// The bars, top to bottom.
    bars: Vec<Bar>,
    /// The chart's title.
    title: String,
    /// A unique id for the title.
    id: &'static str,
) -> impl IntoView {
    let markup = svg(&bars, &title, id);
    view! { <figure class="chart" inner_html=markup></figure> }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compares the SVG of a fixed chart with the stored snapshot; `UPDATE_SNAPSHOTS=1`
    /// rewrites the snapshot after a deliberate change.
    #[test]
    fn the_chart_matches_its_snapshot() {
        let bars = vec![
            Bar {
                label: "Kab. Jombang".into(),
                percent: 75,
                value: "75 %".into(),
                class: "band-cukup".into(),
                title: "Kab. Jombang: 3 dari 4 (75 %, Cukup)".into(),
            },
            Bar {
                label: "Kota <Batu> & co".into(),
                percent: 150,
                value: "150 %".into(),
                class: "band-sangat_baik".into(),
                title: "Kota Batu: 30 dari 20".into(),
            },
            Bar {
                label: "Kab. Sampang".into(),
                percent: 0,
                value: "—".into(),
                class: "band-none".into(),
                title: "Kab. Sampang: belum ada target".into(),
            },
        ];
        let got = svg(&bars, "Produk unggulan per wilayah", "chart-test");
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/components/snapshots/bar_chart.svg"
        );
        if std::env::var("UPDATE_SNAPSHOTS").is_ok() {
            std::fs::write(path, &got).expect("write snapshot");
        }
        let want = std::fs::read_to_string(path).expect("snapshot exists (UPDATE_SNAPSHOTS=1)");
        assert_eq!(got, want.trim_end());
        // What the snapshot must hold, whoever updates it: escaped text, the bar capped at
        // the axis end, a title per bar.
        assert!(got.contains("Kota &lt;Batu&gt; &amp; co"));
        assert!(got.contains(r#"width="300" height="16""#));
        assert_eq!(got.matches("<title>").count(), 3);
    }
}
