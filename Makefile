# The single entry point for working on the portal: `make help` lists the targets.

PYTHON ?= $(shell command -v python3.11 >/dev/null 2>&1 && echo python3.11 || echo python3)
VENV = .venv
PORT ?= 8000
# runserver listens on this machine only: the demo accounts' password is public. HOST=0.0.0.0 exposes it.
HOST ?= 127.0.0.1
PYTEST_ARGS ?=
# Test processes: one per core. Modules stay together (a module's shared data is built once) and are
# handed out in collection order: the demo's module first, as it takes longest, browser tests last.
TEST_WORKERS ?= auto
# make bench: full (the portal's size, about 10 minutes) or tiny (a minute, to see that it works);
# BENCH_DATABASE_URL=postgres://… measures on a PostgreSQL database only the benchmark uses.
BENCH_SCALE ?= full
BENCH_DATABASE_URL ?=

BIN = $(VENV)/bin
PY = $(BIN)/python
STAMP = $(VENV)/.installed
# manage.py defaults to the production settings; every target names the settings it works with.
DEV_SETTINGS = DJANGO_SETTINGS_MODULE=cms.settings.dev
# lint and test check the project as the tests and CI see it.
CHECK_SETTINGS = DJANGO_SETTINGS_MODULE=cms.settings.test

.DEFAULT_GOAL := help
.PHONY: help venv run demo test lint format messages bench clean

help: ## Show this list
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo ""
	@echo "  Variables: PORT=$(PORT) (runserver and site port), HOST=$(HOST) (0.0.0.0: reachable from the network),"
	@echo "             TEST_WORKERS=$(TEST_WORKERS) (0: one process),"
	@echo "             BENCH_SCALE=$(BENCH_SCALE) (tiny: a quick run), BENCH_DATABASE_URL (PostgreSQL for make bench),"
	@echo "             PYTEST_ARGS (e.g. PYTEST_ARGS='-k menu' or PYTEST_ARGS='--randomly-seed=1234')"

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when a requirements file is newer than the last install. Development machines and CI
# get the runtime packages and the test and lint tools; production installs requirements.txt alone.
$(STAMP): requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

venv: $(STAMP) ## Create .venv and install requirements-dev.txt (again only when it changed)

# The sites' port must match the one runserver listens on, or page links point elsewhere.
run demo: export PORTAL_PORT = $(PORT)

run: venv ## Set up the database and the demo, then serve the portal on HOST:PORT (127.0.0.1:8000)
	@echo "Datenbank einrichten (Migrationen) …"
	@$(DEV_SETTINGS) $(PY) manage.py migrate --noinput --verbosity 0
	@echo "Demo-Inhalte anlegen (beim ersten Start einige Minuten) …"
	@$(DEV_SETTINGS) $(PY) manage.py load_demo
	@echo "Portal: http://localhost:$(PORT)/ – Verwaltung: http://localhost:$(PORT)/admin/ (Strg+C beendet)"
	@$(DEV_SETTINGS) $(PY) manage.py runserver $(HOST):$(PORT)

demo: venv ## Load (or refresh) the demo sites, pages and users
	@echo "Datenbank einrichten (Migrationen) …"
	@$(DEV_SETTINGS) $(PY) manage.py migrate --noinput --verbosity 0
	@echo "Demo-Inhalte anlegen (beim ersten Start einige Minuten) …"
	@$(DEV_SETTINGS) $(PY) manage.py load_demo

test: venv ## Run the tests in random order, one process per core (SQLite, or the database in DATABASE_URL)
	$(CHECK_SETTINGS) $(PY) -m pytest -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder $(PYTEST_ARGS)

lint: venv ## Lint and format check, Django system checks, missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(CHECK_SETTINGS) $(PY) manage.py check --fail-level WARNING
	$(CHECK_SETTINGS) $(PY) manage.py makemigrations --check --dry-run

format: venv ## Format the code and apply ruff's safe fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The compiled .mo files are committed, so running the portal needs no gettext; only this target does
# (Debian package gettext).
messages: venv ## Update and compile the translation files (en, tr, ar); needs GNU gettext
	$(DEV_SETTINGS) $(PY) manage.py makemessages -l en -l tr -l ar --ignore=.venv
	$(DEV_SETTINGS) $(PY) manage.py compilemessages --ignore=.venv

# Needs wrk (Debian package wrk); the seeded database stays in .bench/ for the next run.
bench: venv ## Benchmark: seed a portal of the real size, serve it with gunicorn, measure with wrk (docs/benchmarks.md)
	BENCH_SCALE="$(BENCH_SCALE)" BENCH_DATABASE_URL="$(BENCH_DATABASE_URL)" $(PY) -m bench

clean: ## Remove caches (keeps the database, media and .venv)
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +
	rm -rf .pytest_cache .ruff_cache
