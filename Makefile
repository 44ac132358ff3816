# Every target that needs the virtual environment creates it first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# SPEC unset: codegen and the tests find the spec by one rule (codegen/speclocation.py).
SPEC ?=
export SPEC
SPEC_ARG = $(if $(SPEC),--spec '$(SPEC)')
BENCH_VENV ?= .venv-bench
# The newest Python the project supports, for `make test-py313` (empty: none on this machine).
PY313 ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python) $(shell command -v python3.13))
VENV313 ?= .venv313

.PHONY: install generate check-generated fetch-spec upgrade-spec spec-diff test test-upgrade lint typecheck demo \
	simulator bench mutation clean docs docs-serve release-check test-py313

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# Development tools are PEP 735 dependency groups (unpublished); `--group` needs the pip upgraded above.
	$(PY) -m pip install -q -e '.[simulator,fast]' --group dev
	touch $@

generate: install
	$(PY) -m codegen generate $(SPEC_ARG) $(if $(UPDATE_LOCK),--update-lock)

check-generated: install
	$(PY) -m codegen check $(SPEC_ARG)

fetch-spec: install
	$(PY) -m codegen fetch-spec --from '$(SPEC_FROM)' $(if $(PROFILE),--profile '$(PROFILE)')

# The one command for a new Oracle release: fetch, changelog, names, regenerate, public API listing.
upgrade-spec: install
	$(PY) -m codegen upgrade --from '$(SPEC_FROM)' $(if $(ACCEPT_NAMES),--accept-names) \
		$(if $(PROFILE),--profile '$(PROFILE)')

# The API changelog of a new spec (SPEC_FROM, default the located spec) against the committed generated/.
spec-diff: install
	$(PY) -m codegen diff $(if $(SPEC_FROM),--spec '$(SPEC_FROM)',$(SPEC_ARG))

# Coverage gate: line-coverage floors per package (scripts/coverage_gate.py), branch coverage reported.
# coverage.py starts before pytest, so modules that pytest plugins import early (the simulator's pytest11
# plugin, the live check) are measured from their first line; Python subprocesses the tests start (the `ofsc`
# entry point, the live check's own pytest run) are measured too and combined ([tool.coverage.run]).
test: install
	$(PY) -m coverage erase
	$(PY) -m coverage run -m pytest
	$(PY) -m coverage combine -q
	$(if $(filter 0,$(COVERAGE_GATE)),@echo "coverage gate skipped (COVERAGE_GATE=0)",$(PY) scripts/coverage_gate.py)

# A read-only check against your own tenant (settings: OFSC_* variables, a config.toml profile, or
# BASE_URL=...); prints one line and exits 0 when nothing is configured. See README, "Checking your tenant".
.PHONY: test-live
test-live: install
	$(PY) -m pytest -m live tests/live $(if $(BASE_URL),--base-url '$(BASE_URL)')

# The slow end-to-end upgrade of a throwaway clone (excluded from `make test`).
test-upgrade: install
	$(PY) -m pytest -m upgrade_e2e -p no:cacheprovider

# The unit tests on Python 3.13, in an environment of their own. A machine without 3.13 says so and passes:
# the project's floor, 3.11, is what `make test` runs on.
$(VENV313)/.installed: pyproject.toml
	$(PY313) -m venv $(VENV313)
	$(VENV313)/bin/python -m pip install -q --upgrade pip
	$(VENV313)/bin/python -m pip install -q -e '.[simulator,fast]' --group dev
	touch $@

test-py313:
ifeq ($(PY313),)
	@echo "test-py313: no Python 3.13 on this machine (set PY313=/path/to/python3.13); skipped"
else
	$(MAKE) $(VENV313)/.installed
	$(VENV313)/bin/python -m pytest -p no:cacheprovider tests/unit
endif

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
	$(BENCH_VENV)/bin/python -m pip install -q -e '.[simulator,cli,fast]' -r bench/requirements.txt
	touch $@

bench: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python -m bench

# Mutation testing (not CI: minutes, not seconds). Modules and tests: [tool.mutmut] in pyproject.toml.
mutation: install
	$(PY) -m pip install -q --group mutation
	rm -rf mutants
	@# The report states the whole run's wall time and the load average at its end.
	start=$$(date +%s); $(if $(SPEC),SPEC=$(abspath $(SPEC))) nice -n 10 $(PY) -m mutmut run --max-children 2 \
	  && echo "$$(( $$(date +%s) - start )) $$(cut -d' ' -f1-3 /proc/loadavg)" > mutants/wall-time
	$(PY) scripts/mutation_report.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(VENV313) mutants .pytest_cache .mypy_cache .ruff_cache site dist
