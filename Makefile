# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo.db

.PHONY: venv demo test lint check clean train-ner

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Annals needs Python 3.11; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-virtualenv -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

demo: venv
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/annals ingest samples/corpus --db $(DEMO_DB)
	@echo
	$(BIN)/annals timeline --db $(DEMO_DB)

test: venv
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

check: lint test

# Rebuild the packaged NER pipelines from ../shared/data/ner (see each MODEL_CARD.md).
NER_LANGS ?= it:18 de:11 es:11 nl:9 pt:9 pl:9 ru:9
train-ner: venv
	scripts/train_ner.sh $(NER_LANGS)

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .mypy_cache .ruff_cache
