# Every install step lives here or in pyproject.toml. Needs only Python 3.11 and Debian packages.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001

.PHONY: install chromium demo test run bench reader clean

MODEL := data/second_reader/model.json

install: $(VENV)/.installed $(MODEL)

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The tagger's second reader, trained from the labelled sets and the rules' reading of them
# (derived data, not kept in git; deterministic: the same sets and rules write the same bytes).
# ~1 min.
$(MODEL): $(VENV)/.installed $(wildcard tests/eval/*.jsonl) tests/eval/held_out.txt \
		enrich/train_reader.py enrich/second_reader.py enrich/text.py enrich/tagger.py \
		enrich/engine.py $(wildcard enrich/rules/*.py)
	$(BIN)/python -m enrich.train_reader

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

## Retrain the second reader (data/second_reader/) now, even when no labelled set changed.
reader: install
	$(BIN)/python -m enrich.train_reader

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf data/*.db data/*.db-* data/site data/httpcache data/jobs .pytest_cache
