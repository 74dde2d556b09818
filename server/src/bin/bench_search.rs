//! In-process catalogue benchmark: runs random filter combinations straight against the
//! database (no HTTP, no cache) and prints p50 / p99 / max of search + facet counts.
//!
//! Usage: bench_search <database-url> [queries]

use db::queries::catalogue::Catalogue;
use domain::CatalogueQuery;
use rand::{Rng, SeedableRng, seq::IndexedRandom};
use rand_chacha::ChaCha8Rng;
use std::process::ExitCode;
use std::time::Instant;

/// A random catalogue query string, like the load test's Lua script makes.
fn random_query(rng: &mut ChaCha8Rng) -> String {
    let mut parts = Vec::new();
    if rng.random_bool(0.4) {
        let words = [
            "kopi", "madu", "tas", "sarung", "beras", "jamu", "sabun", "keripik", "batik", "teh",
        ];
        parts.push(format!("q={}", words.choose(rng).unwrap_or(&"kopi")));
    }
    if rng.random_bool(0.5) {
        let cats = [
            "makanan-minuman",
            "fesyen-muslim",
            "kerajinan",
            "pertanian-peternakan",
            "herbal-kesehatan",
            "kosmetik",
        ];
        parts.push(format!(
            "kategori={}",
            cats.choose(rng).unwrap_or(&"kerajinan")
        ));
    }
    if rng.random_bool(0.5) {
        parts.push(format!("wilayah={}", 3501 + rng.random_range(0..29)));
    }
    if rng.random_bool(0.3) {
        parts.push(format!(
            "pilar={}",
            ["santripreneur", "pesantrenpreneur", "sosiopreneur"]
                .choose(rng)
                .unwrap_or(&"santripreneur")
        ));
    }
    if rng.random_bool(0.4) {
        parts.push(format!("min={}", rng.random_range(1..50) * 1000));
    }
    if rng.random_bool(0.3) {
        parts.push("halal=1".into());
    }
    if rng.random_bool(0.5) {
        parts.push(format!(
            "urut={}",
            ["terbaru", "termurah", "termahal", "nama"]
                .choose(rng)
                .unwrap_or(&"terbaru")
        ));
    }
    if rng.random_bool(0.3) {
        parts.push(format!("hal={}", rng.random_range(1..6)));
    }
    parts.join("&")
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let Some(url) = args.get(1) else {
        eprintln!("usage: bench_search <database-url> [queries]");
        return ExitCode::from(2);
    };
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(500);
    let db = match db::connect(url).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let catalogue = match Catalogue::new(&db).await {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut rng = ChaCha8Rng::seed_from_u64(42);
    let mut times = Vec::with_capacity(n);
    let mut slowest: Vec<(f64, String)> = Vec::new();
    for _ in 0..n {
        let raw = random_query(&mut rng);
        let (query, notices) = CatalogueQuery::parse(&raw);
        let started = Instant::now();
        if let Err(e) = catalogue.search_uncached(&db, query, notices).await {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        times.push(ms);
        slowest.push((ms, raw));
    }
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "in-process search + facets, {n} random filter sets, no cache: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        at(0.5),
        at(0.99),
        at(1.0)
    );
    for (ms, raw) in slowest.iter().take(3) {
        println!("  slowest: {ms:.1} ms  ?{raw}");
    }
    ExitCode::SUCCESS
}
