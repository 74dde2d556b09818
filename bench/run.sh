#!/usr/bin/env bash
# `make bench`: seed 100,000 products into a throw-away SQLite database, serve them with the
# release build, load each page with wrk (64 connections, from a second process on loopback)
# and compare with a plain axum server returning the same catalogue bytes from memory.
# Prints a markdown table; paste it into bench/README.md with the date and machine.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10s}
PRODUCTS=${BENCH_PRODUCTS:-100000}
CONNECTIONS=64
PORT=3200
CEILING_PORT=3201
work=target/bench
rm -rf "$work"
mkdir -p "$work"
export DATABASE_URL="sqlite://$work/bench.sqlite?mode=rwc"
export OPOP_MEDIA_DIR="$work/media"
export RUST_LOG=warn

echo ">> seeding $PRODUCTS products"
target/release/opop seed --demo --products "$PRODUCTS"

target/release/opop serve --addr "127.0.0.1:$PORT" --site-root target/site >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server ${ceiling:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

base="http://127.0.0.1:$PORT"
curl -fs "$base/produk" -o "$work/catalogue.html"
product=$(grep -o 'href="/produk/[^"?]*"' "$work/catalogue.html" | head -1 | cut -d'"' -f2)
target/release/bench_ceiling "$work/catalogue.html" "127.0.0.1:$CEILING_PORT" &
ceiling=$!
sleep 0.5

# Downloads of the whole curation list (every published product) as CSV and Excel, by a
# signed-in programme admin, before the load test: time, size, rows, and the server's peak
# memory before and after (streaming keeps it flat).
hwm() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$server/status"; }
jar="$work/cookies"
curl -fs -c "$jar" -o /dev/null --data-urlencode "email=admin@opop.example.org" \
  --data-urlencode "password=opop-demo-2026" --data-urlencode "next=/" "$base/api/login"
exports=()
for ext in csv xlsx; do
  before=$(hwm)
  start=$(date +%s.%N)
  curl -fs -b "$jar" -o "$work/export.$ext" "$base/program/produk/unduh.$ext"
  secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  bytes=$(stat -c %s "$work/export.$ext")
  exports+=("$ext|$secs s|$(( bytes / 1024 )) KB|${before} MB|$(hwm) MB")
done
csv_rows=$(( $(wc -l <"$work/export.csv") - 1 ))

run() { # name url [script] [header]
  local name=$1 url=$2 script=${3:-} header=${4:-}
  curl -fs "$url" >/dev/null || true   # warm the cache for fixed URLs
  local out args=(-t2 -c"$CONNECTIONS" -d"$DURATION" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  [ -n "$header" ] && args+=(-H "$header")
  out=$(wrk "${args[@]}" "$url")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
  echo "$name|$rps|$p50|$p99|$errors"
}

echo ">> loading for $DURATION per page at $CONNECTIONS connections"
results=()
results+=("$(run "ceiling: plain axum, same bytes" "http://127.0.0.1:$CEILING_PORT/produk")")
results+=("$(run "catalogue, no filter" "$base/produk")")
results+=("$(run "catalogue, no filter, brotli (as browsers ask)" "$base/produk" "" "Accept-Encoding: gzip, deflate, br")")
results+=("$(run "catalogue, text search" "$base/produk?q=kopi")")
results+=("$(run "catalogue, region + category + price + sort" "$base/produk?wilayah=3517&kategori=makanan-minuman&min=10000&maks=200000&urut=termurah")")
results+=("$(run "catalogue, page 50" "$base/produk?hal=50")")
results+=("$(run "product page" "$base$product")")
results+=("$(run "catalogue, random filters (no cache hits)" "$base/produk" bench/random.lua)")

ceiling_rps=$(cut -d'|' -f2 <<<"${results[0]}")
echo
echo "| page | req/s | share of ceiling | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
for row in "${results[@]}"; do
  IFS='|' read -r name rps p50 p99 errors <<<"$row"
  share=$(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  echo "| $name | $rps | $share | $p50 | $p99 | $errors |"
done

echo
echo "curation list download, $csv_rows rows:"
echo "| format | time | size | server peak RSS before | after |"
echo "|---|---|---|---|---|"
for row in "${exports[@]}"; do
  IFS='|' read -r ext secs size before after <<<"$row"
  echo "| $ext | $secs | $size | $before | $after |"
done

rss=$(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$server/status")
# RSS counts the memory-mapped SQLite file once per pooled connection that mapped it; PSS
# counts every page once: the server's own memory (anonymous) and the database file's pages
# (shared with the OS page cache, given back under memory pressure).
pss=$(awk '/^Pss_Anon/ {a = $2} /^Pss_File/ {f = $2} END {printf "%.0f MB anonymous + %.0f MB of mapped files", a / 1024, f / 1024}' "/proc/$server/smaps_rollup")
echo
echo "server peak RSS: $rss; at the end, PSS: $pss"
kill "$server" "$ceiling" 2>/dev/null || true
wait "$server" 2>/dev/null || true
target/release/bench_search "$DATABASE_URL" 500

python3 bench/client_size.py target/site/pkg
