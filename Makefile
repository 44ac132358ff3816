# Every target that needs the virtual environment creates it first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SPEC ?= swagger/swagger.json
BENCH_VENV ?= .venv-bench

.PHONY: install generate check-generated fetch-spec test lint typecheck demo simulator bench mutation clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,simulator]'
	touch $@

generate: install
	$(PY) -m codegen generate --spec $(SPEC)

check-generated: install
	$(PY) -m codegen check --spec $(SPEC)

fetch-spec: install
	$(PY) -m codegen fetch-spec --from '$(SPEC_FROM)' --spec $(SPEC)

# Coverage gate: line-coverage floors per package (scripts/coverage_gate.py), branch coverage reported.
test: install
	$(PY) -m pytest --cov=ofsc_overlay --cov=codegen --cov-branch --cov-report=
	$(PY) scripts/coverage_gate.py

lint: install
	$(PY) -m ruff check codegen ofsc_overlay tests bench examples scripts
	$(PY) -m ruff format --check codegen ofsc_overlay tests bench examples scripts

typecheck: install
	$(PY) -m mypy --strict codegen ofsc_overlay

demo: install
	$(PY) examples/demo.py

simulator: install
	$(PY) -m ofsc_overlay.testing --port 8765

# Benchmarks run in their own environment: pyOFSC (the peer we measure against) is installed there only.
$(BENCH_VENV)/.installed: pyproject.toml bench/requirements.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install -q --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install -q -e '.[simulator]' -r bench/requirements.txt
	touch $@

bench: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python -m bench

# Mutation testing (not CI: minutes, not seconds). Modules and tests: [tool.mutmut] in pyproject.toml.
mutation: install
	$(PY) -m pip install -q -e '.[dev,simulator,mutation]'
	rm -rf mutants
	SPEC=$(abspath $(SPEC)) nice -n 10 $(PY) -m mutmut run --max-children 2
	$(PY) scripts/mutation_report.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) mutants .pytest_cache .mypy_cache .ruff_cache
