# Every target that needs the virtual environment creates it first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SPEC ?= swagger/swagger.json
BENCH_VENV ?= .venv-bench

.PHONY: install generate check-generated fetch-spec test lint typecheck demo simulator bench clean \
	docs docs-serve release-check

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# Development tools are PEP 735 dependency groups (unpublished); `--group` needs the pip upgraded above.
	$(PY) -m pip install -q -e '.[simulator]' --group dev
	touch $@

generate: install
	$(PY) -m codegen generate --spec $(SPEC)

check-generated: install
	$(PY) -m codegen check --spec $(SPEC)

fetch-spec: install
	$(PY) -m codegen fetch-spec --from '$(SPEC_FROM)' --spec $(SPEC)

test: install
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check codegen ofsc_overlay docsgen scripts tests bench examples
	$(PY) -m ruff format --check codegen ofsc_overlay docsgen scripts tests bench examples

typecheck: install
	$(PY) -m mypy --strict codegen ofsc_overlay docsgen scripts

demo: install
	$(PY) examples/demo.py

simulator: install
	$(PY) -m ofsc_overlay.testing --port 8765

# The documentation site (mkdocs + Material); --strict: any warning fails the build. The API reference is
# rendered from the generated package on every build (docsgen/). NO_MKDOCS_2_WARNING: Material's banner
# about MkDocs 2 is noise here.
docs: install
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --site-dir site

docs-serve: install
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs serve

# Everything a release needs short of publishing: changelog entry, sdist and wheel, twine check, contents,
# and a smoke test of the wheel installed in a fresh virtual environment (scripts/release_check.py).
release-check: install
	$(PY) scripts/release_check.py

# Benchmarks run in their own environment: pyOFSC (the peer we measure against) is installed there only.
$(BENCH_VENV)/.installed: pyproject.toml bench/requirements.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install -q --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install -q -e '.[simulator]' -r bench/requirements.txt
	touch $@

bench: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python -m bench

clean:
	rm -rf $(VENV) $(BENCH_VENV) .pytest_cache .mypy_cache .ruff_cache site dist
