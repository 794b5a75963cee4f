# The two commands: `make run` and `make test`. Both do all set-up and are idempotent.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test coverage lint format stack-up stack-down clean bench bench-live
COVERAGE_MIN := 90

# A virtualenv with the project and its dev tools, rebuilt when pyproject.toml changes.
$(INSTALLED): pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq python3-venv)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

# Bring up PostgreSQL, Redis and memcached (or use running ones), migrate, serve on :8080;
# beside it the taskiq worker and scheduler, the task dashboard on :8090 and a mail sink on
# :8025 that keeps mails in var/mail/ (unless a real SMTP server is configured). Ctrl-C stops all.
run: $(INSTALLED)
	$(BIN)/messenger run

# Lint, types, then the whole suite on real services under coverage (fails under
# COVERAGE_MIN %); stops the services it started when done.
test: lint coverage

# The suite under branch coverage: text report in coverage/report.txt, HTML in coverage/html.
coverage: $(INSTALLED)
	@mkdir -p coverage && rm -f coverage/.coverage coverage/.coverage.*
	$(BIN)/messenger stack exec -- $(BIN)/coverage run -m pytest -q
	@$(BIN)/coverage combine -q
	@$(BIN)/coverage html -q
	@$(BIN)/coverage report > coverage/report.txt; tail -n 1 coverage/report.txt
	$(BIN)/coverage report --fail-under=$(COVERAGE_MIN) > /dev/null

# Benchmark: seed messenger_bench with fake data (1.5M messages, 1M in one chat), then load
# the API, a cache-cold API and a bare INSERT floor at 16 and 64 clients; prints targets.
# BENCH_ARGS="--baseline ../other-checkout" alternates send and history with that version.
BENCH_ARGS ?=
bench: $(INSTALLED)
	$(BIN)/messenger stack exec -- $(BIN)/python -m messenger.dev.bench --json var/loadtest/bench.json $(BENCH_ARGS)

# Typing and presence: 1,000 sockets on two API processes typing for a minute; prints
# typing latency, the API processes' CPU and the PostgreSQL rows written meanwhile.
bench-live: $(INSTALLED)
	$(BIN)/messenger stack exec -- $(BIN)/python -m messenger.dev.presence_bench $(BENCH_ARGS)

lint: $(INSTALLED)
	$(BIN)/ruff check messenger tests
	$(BIN)/ruff format --check messenger tests
	$(BIN)/mypy

format: $(INSTALLED)
	$(BIN)/ruff format messenger tests
	$(BIN)/ruff check --fix messenger tests

stack-up: $(INSTALLED)
	$(BIN)/messenger stack up

stack-down: $(INSTALLED)
	$(BIN)/messenger stack down

clean:
	rm -rf $(VENV) var coverage .coverage .coverage.* .pytest_cache .mypy_cache .ruff_cache
