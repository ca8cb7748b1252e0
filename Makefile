# fwaeval — see README.md. Targets: build, run, test, bench, sample, lint.
GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
BIN     := bin/fwaeval
DB      ?= fwaeval.duckdb

.PHONY: build run test bench sample lint echarts echarts-check

# ECharts 5 (npm package `echarts`, pinned in package-lock.json) is
# committed in reports/assets/ with its licence, so a fresh clone builds
# with plain `go build ./...`. `make echarts` copies it again after the
# lockfile changes; `make test` checks the committed file is the one npm
# installs from the lockfile (npm ci verifies the package's integrity hash).
ECHARTS := reports/assets/echarts.min.js
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

echarts: node_modules/.package-lock.json
	cp node_modules/echarts/dist/echarts.min.js $(ECHARTS)
	cp node_modules/echarts/LICENSE reports/assets/LICENSE-echarts
	cp node_modules/echarts/NOTICE reports/assets/NOTICE-echarts

echarts-check: node_modules/.package-lock.json
	@cmp node_modules/echarts/dist/echarts.min.js $(ECHARTS) && cmp node_modules/echarts/LICENSE reports/assets/LICENSE-echarts \
	  || { echo "$(ECHARTS) is not the echarts of package-lock.json: run make echarts"; exit 1; }

build:
	CGO_ENABLED=1 $(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/fwaeval

# The monthly batch on the committed sample data, for its latest month (the
# month of the newest attendance date): out/YYYY-MM/ gets indicators.csv,
# flags.csv, report.html, report.pdf and manifest.json.
MONTH ?= $(shell tail -n +2 sample-data/presensi.csv | cut -d, -f2 | sort | tail -1 | cut -c1-7)
run: build
	$(BIN) run --data sample-data --month $(MONTH) --db $(DB) --out out

# Unit, SQL (real DuckDB) and CLI tests; fuzz targets run their seed corpora.
# go test's default limit is 10 minutes per package: on a busy 2-core
# machine cmd/fwaeval (about 7.5 minutes alone) came near it, so the limit is
# explicit, with headroom.
TEST_TIMEOUT ?= 40m
test: echarts-check lint
	CGO_ENABLED=1 $(GO) test -count=1 -timeout $(TEST_TIMEOUT) ./...

# Regenerate the committed small data set (make test fails when it is stale).
sample: build
	$(BIN) sample --scale small --seed 1 --out sample-data --quiet

# Benchmarks: computing month 13 with 12 months of history against a month
# alone (pemda scale; the ratio should stay near 1); the PDF of a report with
# 1 000 paused or reviewed units (pages/s); then, for pemda, national
# (Parquet facts) and national-csv (the same month as CSV), the whole batch
# against the floor (DuckDB alone reading the same files): seconds, input
# rows/s and peak RSS per stage, the batch's peak RSS and its ratio to the
# floor; and pemda's thirteen months run one after the other (month 13
# against month 1, with both months' stages). Data sets are generated once
# into .cache/bench/ (gitignored; ~18 GB for both national sets, plus ~20 GB
# while a national warehouse exists); allow about an hour the first time.
# Then `check` against `load` on a 5 M-row presensi.csv with 50 000 bad
# rows (check within 1.5x load). Last, the national rollup of 600 instansi packages (about 30 000 units,
# 12 months; made once by `sample --packages 600` through the real batch):
# seconds and peak RSS.
# FWAEVAL_TRACE=1 adds every step's seconds.
BENCH_DIR ?= .cache/bench
bench: build
	CGO_ENABLED=1 $(GO) test ./pipeline -run '^$$' -bench ComputeMonth13 -benchtime 5x
	CGO_ENABLED=1 $(GO) test ./reports -run '^$$' -bench PDF1000 -benchtime 1x
	@mkdir -p $(BENCH_DIR)
	@for s in pemda national national-csv; do echo "== $$s =="; BENCH_DIR=$(BENCH_DIR) bench/batch.sh $$s; done
	@echo "== pemda, month after month =="; BENCH_DIR=$(BENCH_DIR) bench/months.sh pemda
	@echo "== check before the batch =="; BENCH_DIR=$(BENCH_DIR) bench/check.sh
	@echo "== national rollup =="; BENCH_DIR=$(BENCH_DIR) bench/rollup.sh 600

# gofmt, go vet, and sizes: a Go file of ours over 400 lines or a function
# over 80 fails (tests, generated files and listed data tables excepted).
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt wants to change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run ./tools/sizes
