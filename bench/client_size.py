#!/usr/bin/env python3
"""What the browser downloads of the client, page by page, from a release build.

Every page loads the main module (`opop.wasm`), its JavaScript glue and the split loader.
A page with an island also loads that island's chunks, listed in `__wasm_split_manifest.json`
(`cargo leptos build --split`). Sizes are of the files as the server sends them: the `.br`
files `scripts/precompress.py` wrote beside each one (brotli 11).

Usage: bench/client_size.py [target/site/pkg]
"""

import json
import os
import sys


def sizes(pkg, name):
    path = os.path.join(pkg, name)
    raw = os.path.getsize(path)
    br_path = path + ".br"
    if not os.path.exists(br_path):
        sys.exit(f"client_size: {br_path} is missing (run `make build`)")
    return raw, os.path.getsize(br_path)


def main():
    pkg = sys.argv[1] if len(sys.argv) > 1 else "target/site/pkg"
    files = os.listdir(pkg)
    split_js = sorted(f for f in files if f.startswith("__wasm_split") and f.endswith(".js"))
    first = ["opop.wasm", "opop.js"] + split_js
    raw = br = 0
    for name in first:
        r, b = sizes(pkg, name)
        raw += r
        br += b
    print(f"client, every page (main module + JS glue + split loader): {raw} B raw, {br} B brotli")
    manifests = [f for f in files if f.startswith("__wasm_split_manifest") and f.endswith(".json")]
    if not manifests:
        return
    with open(os.path.join(pkg, manifests[0])) as f:
        manifest = json.load(f)
    for split, chunks in sorted(manifest.items()):
        if "_loader" not in split:
            continue
        island = split.split("_loader")[0]
        extra_raw = extra_br = 0
        for name in chunks:
            r, b = sizes(pkg, name if name.endswith(".wasm") else name + ".wasm")
            extra_raw += r
            extra_br += b
        print(
            f"  first load of a page with the island {island}: {raw + extra_raw} B raw, "
            f"{br + extra_br} B brotli ({len(chunks)} chunk files, {extra_br} B brotli)"
        )


if __name__ == "__main__":
    main()
