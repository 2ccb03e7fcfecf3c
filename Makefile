# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck install bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,html,cluster,language]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@$(BIN)/python -m archiver.demo

lint: $(STAMP)
	$(BIN)/ruff check archiver tests bench
	$(BIN)/ruff format --check archiver tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/package.py
	$(BIN)/python bench/validate.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/capture.py
	$(BIN)/python bench/capture_sites.py
	$(BIN)/python bench/ocfl_validate.py
	$(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV) demo-out demo-repo .mypy_cache .ruff_cache .pytest_cache .hypothesis
