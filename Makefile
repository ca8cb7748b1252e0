# fwaeval — see README.md. Targets: build, run, test, sample, lint.
GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
BIN     := bin/fwaeval
DB      ?= fwaeval.duckdb

.PHONY: build run test sample lint

build:
	CGO_ENABLED=1 $(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/fwaeval

# The monthly batch on the committed sample data.
run: build
	$(BIN) load --data sample-data --db $(DB)

# Unit, SQL (real DuckDB) and CLI tests; fuzz targets run their seed corpora.
test: lint
	CGO_ENABLED=1 $(GO) test -count=1 ./...

# Regenerate the committed small data set (make test fails when it is stale).
sample: build
	$(BIN) sample --scale small --seed 1 --out sample-data --quiet

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt wants to change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
