# The two commands a user needs: `make run` and `make test`. Everything else is a step of those.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TARGET ?= mock
export PYTHONDONTWRITEBYTECODE := 1

BENCH_RUNTIME := .venv-bench-runtime
.PHONY: setup run test lint generate generate-check contract doc-check examples bench clean constraints redis-server

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt $(wildcard generated/*/__init__.py)
	@$(MAKE) --no-print-directory redis-server
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

# The fleet tests and bench row start a real redis-server (Debian's package): installed here when we may.
redis-server:
	@command -v redis-server >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && apt-get install -y -qq redis-server; } \
		|| echo "redis-server is missing: the fleet tests need it (Debian/Ubuntu: sudo apt-get install -y redis-server)"

# After a dependency or range changes in pyproject.toml: install it into .venv, then record the versions.
constraints: setup
	{ echo '# The exact versions the tests ran with; `make setup` installs with them. Written by `make constraints`.'; \
	  $(BIN)/pip freeze --exclude-editable; } > constraints.txt

generate: setup
	$(BIN)/python -m generator

generate-check: setup
	$(BIN)/python -m generator --check

lint: setup
	$(BIN)/ruff check src generator tests bench
	$(BIN)/ruff format --check src generator tests bench
	$(BIN)/mypy --strict src generated generator bench

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

# The benchmark (not part of `make test`): bench/results.json and a table. The official SDK comes with the
# `bench` extra. Import and construction are measured in a second interpreter that has the runtime
# dependencies only, as a user installs them (the dev tools in .venv change what httpx imports).
bench: setup $(VENV)/.bench-installed $(BENCH_RUNTIME)/.installed
	$(BIN)/python -m bench --runtime-python $(BENCH_RUNTIME)/bin/python

$(VENV)/.bench-installed: $(VENV)/.installed pyproject.toml
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,bench]'
	touch $@

$(BENCH_RUNTIME)/.installed: pyproject.toml | setup
	$(PYTHON) -m venv $(BENCH_RUNTIME)
	$(BENCH_RUNTIME)/bin/pip install --quiet --upgrade pip
	$(BIN)/python -m bench.requirements > $(BENCH_RUNTIME)/requirements.txt
	$(BENCH_RUNTIME)/bin/pip install --quiet -r $(BENCH_RUNTIME)/requirements.txt
	touch $@

run: setup
	@$(BIN)/python -m generator --check --quiet || $(BIN)/python -m generator
	$(BIN)/digihuman run

clean:
	rm -rf $(VENV) $(BENCH_RUNTIME) build *.egg-info
