# The two commands a user needs: `make run` and `make test`. Everything else is a step of those.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TARGET ?= mock
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup run test lint generate generate-check contract doc-check examples bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml $(wildcard generated/*/__init__.py)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

generate: setup
	$(BIN)/python -m generator

generate-check: setup
	$(BIN)/python -m generator --check

lint: setup
	$(BIN)/ruff check src generator tests
	$(BIN)/ruff format --check src generator tests
	$(BIN)/mypy --strict src generated generator

# Every table of spec/sources' MetaStudio documents against spec/metastudio.yaml; errata explain differences.
doc-check: setup
	$(BIN)/python -m generator.doc_check

# Re-extract the documents' examples into tests/data/metastudio_examples.json (tests/test_metastudio_examples.py)
# and those of the message contracts into tests/data/metastudio_message_examples.json
# (tests/test_metastudio_message_examples.py).
examples: setup
	$(BIN)/python -m generator.doc_check --write-examples --write-message-examples

test: setup generate-check doc-check lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

contract: setup
	DIGIHUMAN_TARGET=$(TARGET) ALLOW_WRITES=$(ALLOW_WRITES) $(BIN)/python -m pytest -q -s -rs -p no:cacheprovider -m contract tests/contract

run: setup
	@$(BIN)/python -m generator --check --quiet || $(BIN)/python -m generator
	$(BIN)/digihuman run

clean:
	rm -rf $(VENV) build *.egg-info
