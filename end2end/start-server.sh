#!/usr/bin/env bash
# Starts the release server for the browser tests on a fresh SQLite database with demo data.
set -euo pipefail
port=${1:-3100}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work="$root/target/e2e"
rm -rf "$work"
mkdir -p "$work"
opop="$root/target/release/opop"
export DATABASE_URL="sqlite://$work/opop.sqlite?mode=rwc"
export OPOP_MEDIA_DIR="$work/media"
export RUST_LOG=warn
"$opop" seed --demo --products 300 >/dev/null
# A pesantren of the tests' own, made with the CLI as programme staff would.
OPOP_NEW_PASSWORD="kelola pesantren uji" "$opop" admin create-pesantren \
  --name "Pondok Pesantren Uji Coba" --region 3517 --whatsapp 081234567890 \
  --admin-email pengelola@uji.example.org --admin-name "Pengelola Uji" >/dev/null
# A second one for the order tests, so their admin's logins stay within the per-account limit.
OPOP_NEW_PASSWORD="kelola pesanan uji" "$opop" admin create-pesantren \
  --name "Pondok Pesantren Uji Pesanan" --region 3517 --whatsapp 081298765432 \
  --admin-email pesanan@uji.example.org --admin-name "Pengelola Pesanan" >/dev/null
# And a third for the programme tests, in Kabupaten Jombang.
OPOP_NEW_PASSWORD="kelola program uji" "$opop" admin create-pesantren \
  --name "Pondok Pesantren Uji Program" --region 3517 --whatsapp 081211112222 \
  --admin-email program@uji.example.org --admin-name "Pengelola Program" >/dev/null
exec "$opop" serve --addr "127.0.0.1:$port" --site-root "$root/target/site"
