# Two entry points: `make demo` and `make test`. Both install everything first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install system services demo test test-fast bench lock clean

$(STAMP): requirements-dev.lock setup.cfg
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: system $(STAMP)
	$(PY) -m compileall -q pacts_farm tasks > /dev/null  # bytecode ahead: a CLI run under PYTHONDONTWRITEBYTECODE would compile every module anew

system:
	bash scripts/ensure-system.sh

services:
	bash scripts/ensure-services.sh

demo: install
	$(VENV)/bin/pacts-farm demo

test: install services
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

bench: install services
	$(PY) bench/bench_pipeline.py
	$(PY) bench/bench_memory.py

# requirements.lock: what runs (the Docker images install only this); requirements-dev.lock: that plus tests and builds
lock:
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --extra dev --strip-extras \
		--no-emit-index-url --no-emit-find-links -o requirements-dev.lock setup.cfg
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links -o requirements.lock setup.cfg

clean:
	rm -rf $(VENV) .pacts build *.egg-info
