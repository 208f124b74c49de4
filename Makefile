# Two commands for a new user: `make run` and `make test`. Everything installs from scratch.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install model index run test eval bench lint clean browser

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch first and pinned: an unpinned torch pulls gigabytes of CUDA wheels
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev,llm]'
	touch $(STAMP)

# The Sudachi synonym dictionary (Apache-2.0) as JSON, from the npm registry: query expansion (assistant/synonyms.py).
SYNONYMS_PKG := sudachi-synonyms-dictionary-18.0.0.tgz
SYNONYMS := vendor/sudachi-synonyms-dictionary/sudachi-synonyms-dictionary.json
$(SYNONYMS):
	mkdir -p vendor
	cd vendor && npm pack --silent sudachi-synonyms-dictionary@18.0.0 >/dev/null && tar xzf $(SYNONYMS_PKG) \
	  && rm -rf sudachi-synonyms-dictionary && mv package sudachi-synonyms-dictionary && rm $(SYNONYMS_PKG)

# GiNZA's word vectors (ja-ginza 5.3.0, MIT) from PyPI, the package alone (not spaCy): the vector rows and each
# word form's row are kept, for weak query expansion (assistant/word_vectors.py).
WORDVEC := vendor/ja-ginza-vectors/words.txt
$(WORDVEC): $(STAMP)
	rm -rf vendor/.ja-ginza && mkdir -p vendor/.ja-ginza
	$(PY) -m pip download -q --no-deps ja-ginza==5.3.0 -d vendor/.ja-ginza
	$(PY) -m assistant.word_vectors vendor/.ja-ginza/ja_ginza-5.3.0-py3-none-any.whl vendor/ja-ginza-vectors
	rm -rf vendor/.ja-ginza

install: $(STAMP) $(SYNONYMS) $(WORDVEC)

# Chromium (+ Japanese fonts) for the end-to-end browser tests: Debian's packages, no browser download.
browser:
	@command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "noto sans cjk" || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      chromium fonts-noto-cjk fonts-noto-color-emoji >/dev/null) \
	      || echo "WARNING: could not install chromium; browser tests will skip"; \
	  else echo "WARNING: no apt-get: browser tests will skip"; fi; }

model: $(STAMP) $(SYNONYMS) $(WORDVEC)
	$(PY) -m assistant model

index: $(STAMP) $(SYNONYMS) $(WORDVEC)
	$(PY) -m assistant build --if-missing

run: index
	$(PY) -m assistant serve

test: $(STAMP) $(SYNONYMS) $(WORDVEC) browser
	$(PY) -m pytest

eval: index
	$(PY) -m assistant eval

bench: index
	$(PY) scripts/bench_retrieval.py
	$(PY) scripts/bench.py
	$(PY) scripts/bench_scale.py

lint: $(STAMP)
	$(VENV)/bin/ruff check assistant tests scripts

clean:
	rm -rf index models vendor
