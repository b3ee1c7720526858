# Every target runs inside the project's virtual environment, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv generate check-generated validate-spec lint typecheck test demo check clean

venv: $(STAMP)

$(STAMP): pyproject.toml requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

generate: $(STAMP)
	tools/generate.sh generated/mgbi_api

check-generated: $(STAMP)
	tools/check-generated.sh

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml

lint: $(STAMP)
	$(BIN)/ruff check overrides tests tools bench
	$(BIN)/ruff format --check overrides tests tools bench

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP)
	$(BIN)/python -m pytest

demo: $(STAMP)
	$(BIN)/python -m mgbi.demo

check: validate-spec check-generated lint typecheck test

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache

# Targets that lint the spec with tools from the npm registry and render its docs.
-include spec.mk
-include bench.mk
