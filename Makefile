# govkg — the README's commands. `make help` lists them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help demo test lint install clean bench

help:  ## list the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install govkg with its test tools

demo: $(STAMP)  ## build the bundled sample into output/, run a query, say where the HTML is
	$(BIN)/kg build -o output
	$(BIN)/kg query honors -g output
	@echo
	@echo "Open the network: file://$(CURDIR)/output/graph.html"

test: $(STAMP)  ## run the test suite
	$(BIN)/python -m pytest -q

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check kg tests

bench: $(STAMP)  ## benchmarks: build throughput and scale (bench/build.py), queries store vs rdflib (bench/queries.py), kg serve under load (bench/load.py)
	$(BIN)/python bench/build.py
	$(BIN)/python bench/queries.py
	$(BIN)/python bench/load.py

clean:  ## remove generated output (keeps .venv)
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
