"""Compresses the built client once, so the server never compresses it per request.

Writes `NAME.br` (brotli, quality 11) and `NAME.gz` (gzip, level 9) beside every client file
in the folder given (the release site's `pkg/`); `opop serve` sends them to browsers that
accept them (tower-http's ServeDir, `precompressed_br` / `precompressed_gzip`). Files whose
compressed forms are newer than themselves are skipped.

Usage: PYTHONPATH=<where brotli is installed> python3 scripts/precompress.py target/site/pkg
"""

import gzip
import os
import sys

import brotli

SUFFIXES = (".wasm", ".js", ".css", ".json", ".svg", ".html")


def fresh(source: str, target: str) -> bool:
    return os.path.exists(target) and os.path.getmtime(target) >= os.path.getmtime(source)


def main(folder: str) -> int:
    if not os.path.isdir(folder):
        print(f"precompress: {folder} is not a folder", file=sys.stderr)
        return 2
    written = raw = packed = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if not name.endswith(SUFFIXES):
                continue
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                data = f.read()
            for target, compress in (
                (path + ".br", lambda d: brotli.compress(d, quality=11)),
                (path + ".gz", lambda d: gzip.compress(d, compresslevel=9, mtime=0)),
            ):
                if fresh(path, target):
                    continue
                out = compress(data)
                with open(target + ".tmp", "wb") as f:
                    f.write(out)
                os.replace(target + ".tmp", target)
                written += 1
                if target.endswith(".br"):
                    raw += len(data)
                    packed += len(out)
    print(f"precompress: {written} files written ({raw} B -> {packed} B brotli)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: precompress.py FOLDER", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
