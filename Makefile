# opop — the two commands a newcomer needs: `make run` and `make test`.
#
# Build tools are installed once into $(TOOLS) (outside the checkout, so every clone and CI
# run reuses them) and skipped when the right version is already there. Nothing here downloads
# from GitHub: cargo-leptos finds wasm-bindgen and wasm-opt on PATH and does not fetch them.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TOOLS ?= $(HOME)/.cache/opop-tools
export PATH := $(TOOLS)/bin:$(TOOLS)/npm/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

CARGO_LEPTOS_VERSION := 0.3.10
# The wasm-bindgen CLI must be exactly the version in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
# wasm-opt from npm's binaryen (Debian's older binaryen breaks hydration).
BINARYEN_VERSION := 132.0.0
TRUNK_VERSION := 0.21.14
# moto's S3-compatible server, for the test of the S3 photo store (PyPI, installed once).
MOTO_VERSION := 5.2.5
# Brotli for Python, to compress the built client once at build time (PyPI, installed once).
BROTLI_PY_VERSION := 1.1.0

DATABASE_URL ?= sqlite://data/opop.sqlite?mode=rwc
OPOP_ADDR ?= 127.0.0.1:3000
export DATABASE_URL OPOP_ADDR
# Leptos reads this at compile time; the same value everywhere keeps one build cache.
export LEPTOS_OUTPUT_NAME := opop

# PostgreSQL integration tests run when a server answers; .ci/run makes them mandatory.
PG_URL := postgres://postgres@127.0.0.1:5432/test
OPOP_TEST_POSTGRES_URL ?= $(shell (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && echo $(PG_URL))
export OPOP_TEST_POSTGRES_URL

.PHONY: help tools run build test unit e2e lint fmt clean-data chromium e2e-deps maintenance-page nextest bench bench-deps

help:
	@echo "make run    build the release site, load the demo data once, serve on http://$(OPOP_ADDR)"
	@echo "make test   unit, integration (SQLite, PostgreSQL when reachable) and browser tests"
	@echo "make lint   cargo fmt --check and clippy -D warnings"
	@echo "make bench  load test of the catalogue at 100,000 products (see bench/README.md)"

## Tools ---------------------------------------------------------------------------------------

tools: $(TOOLS)/.wasm-target $(TOOLS)/bin/cargo-leptos $(TOOLS)/bin/wasm-bindgen-$(WASM_BINDGEN_VERSION) $(TOOLS)/npm/binaryen-$(BINARYEN_VERSION)

$(TOOLS)/.wasm-target:
	@mkdir -p $(TOOLS)
	@if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$$'; then \
	  echo ">> installing the wasm32-unknown-unknown Rust target"; \
	  rustup target add wasm32-unknown-unknown; fi
	@touch $@

$(TOOLS)/bin/cargo-leptos:
	@echo ">> installing cargo-leptos $(CARGO_LEPTOS_VERSION) into $(TOOLS) (once; about 15 minutes)"
	cargo install cargo-leptos --version $(CARGO_LEPTOS_VERSION) --locked --root $(TOOLS)

# Versioned marker: a new wasm-bindgen in Cargo.lock installs the matching CLI.
$(TOOLS)/bin/wasm-bindgen-$(WASM_BINDGEN_VERSION):
	@if ! wasm-bindgen --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)$$'; then \
	  echo ">> installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) into $(TOOLS) (once; about 5 minutes)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --root $(TOOLS); fi
	@touch $@

$(TOOLS)/npm/binaryen-$(BINARYEN_VERSION):
	@echo ">> installing wasm-opt (npm binaryen $(BINARYEN_VERSION)) into $(TOOLS)/npm"
	@mkdir -p $(TOOLS)/npm
	npm install --prefix $(TOOLS)/npm --no-audit --no-fund --silent binaryen@$(BINARYEN_VERSION)
	@touch $@

$(TOOLS)/bin/trunk:
	@echo ">> installing trunk $(TRUNK_VERSION) into $(TOOLS) (once; about 10 minutes)"
	cargo install trunk --version $(TRUNK_VERSION) --locked --root $(TOOLS)

$(TOOLS)/py/moto-$(MOTO_VERSION):
	@echo ">> installing moto $(MOTO_VERSION) (an S3-compatible test server) into $(TOOLS)/py"
	@rm -rf $(TOOLS)/py
	python3 -m pip install --quiet --disable-pip-version-check --target $(TOOLS)/py 'moto[server]==$(MOTO_VERSION)'
	@touch $@

$(TOOLS)/py-brotli/brotli-$(BROTLI_PY_VERSION):
	@echo ">> installing brotli $(BROTLI_PY_VERSION) for Python into $(TOOLS)/py-brotli"
	@rm -rf $(TOOLS)/py-brotli
	python3 -m pip install --quiet --disable-pip-version-check --target $(TOOLS)/py-brotli 'brotli==$(BROTLI_PY_VERSION)'
	@touch $@

nextest:
	@if ! command -v cargo-nextest >/dev/null; then \
	  echo ">> installing cargo-nextest into $(TOOLS)"; \
	  cargo install cargo-nextest --locked --root $(TOOLS); fi

chromium:
	@if ! command -v chromium >/dev/null; then \
	  echo ">> installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi

end2end/node_modules/.installed: end2end/package-lock.json
	@echo ">> installing the Playwright test runner (no browser download)"
	cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent
	@touch $@

e2e-deps: chromium end2end/node_modules/.installed

## Run -----------------------------------------------------------------------------------------

# Rebuilt only when a source changed: cargo-leptos always re-runs wasm-bindgen and wasm-opt
# (about 15 s), which a second `make run` should not wait for.
SITE_SOURCES := $(shell find app domain db frontend server style public -type f -not -path '*/tests/*') Cargo.toml Cargo.lock

build: tools target/site/.built

target/site/.built: $(SITE_SOURCES) scripts/precompress.py | tools $(TOOLS)/py-brotli/brotli-$(BROTLI_PY_VERSION)
	@echo ">> building the release site (server + WASM client)"
	cargo leptos build --release --split
	PYTHONPATH=$(TOOLS)/py-brotli python3 scripts/precompress.py target/site/pkg
	@touch $@

run: build
	@mkdir -p data
	target/release/opop seed --demo
	@echo ">> serving on http://$(OPOP_ADDR) (ctrl-c stops)"
	target/release/opop serve

## Test ----------------------------------------------------------------------------------------

test: lint unit e2e

unit: nextest $(TOOLS)/py/moto-$(MOTO_VERSION)
	@if [ -n "$(OPOP_TEST_POSTGRES_URL)" ]; then echo ">> PostgreSQL reachable: its integration tests run too"; \
	  else echo ">> PostgreSQL not reachable: its integration tests are skipped"; fi
	OPOP_TEST_MOTO=$(TOOLS)/py cargo nextest run --workspace --exclude frontend --no-fail-fast

e2e: build maintenance-page e2e-deps
	cd end2end && npx playwright test

# The static page a reverse proxy shows while opop is down (see Trunk.toml).
maintenance-page: $(TOOLS)/bin/trunk
	@echo ">> building the maintenance page with trunk"
	trunk build --release --offline

lint: $(TOOLS)/.wasm-target
	cargo fmt --all --check
	cargo clippy --workspace --exclude frontend --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

## Benchmark (not part of make test) -------------------------------------------------------

bench-deps:
	@if ! command -v wrk >/dev/null || ! command -v brotli >/dev/null; then \
	  echo ">> installing Debian's wrk and brotli for the benchmark"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk brotli >/dev/null; fi

bench: build bench-deps
	cargo build --release -p opop --bins
	bash bench/run.sh

fmt:
	cargo fmt --all

clean-data:
	rm -rf data
