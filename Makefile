# Every install step lives here or in pyproject.toml. Needs only Python 3.11 and Debian packages.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001

.PHONY: install chromium demo test run bench reader clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Debian's Chromium, for the JavaScript listing and the browser tests (root, or sudo).
chromium:
	@command -v chromium >/dev/null || { apt-get update && apt-get install -y chromium; }

## The whole main job on the bundled offline model, then serve the result.
demo: install
	$(BIN)/doemee demo --port $(PORT)

## The test suite (offline, deterministic).
test: install
	$(BIN)/pytest -q

## Crawl the live ikdoemee.be into data/catalogue.db.
run: install
	$(BIN)/doemee refresh

## Retrain the second reader (data/second_reader/) on the labelled development sets.
reader: install
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m enrich.train_reader

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf data/*.db data/*.db-* data/site data/httpcache data/jobs .pytest_cache
