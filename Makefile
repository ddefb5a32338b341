# section55 — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml package-lock.json | cksum | cut -d' ' -f1)
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install demo test test-postgres test-all lint format check-migrations lock serve clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(INSTALLED): requirements.lock pyproject.toml package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	npm ci --no-audit --no-fund --loglevel=error
	rm -f $(VENV)/.installed-* && touch $@

install: $(INSTALLED) ## Install Python packages (exact versions from requirements.lock) and front-end assets

demo: $(INSTALLED) ## Start with demo data on SQLite at http://127.0.0.1:8000 (PORT=N to change)
	$(BIN)/section55 demo --port $(PORT)

test: $(INSTALLED) ## Run the tests (SQLite; DATABASE_URL=postgresql://... for PostgreSQL)
	$(BIN)/pytest

test-postgres: $(INSTALLED) ## Run the tests against a throwaway PostgreSQL 15 cluster
	scripts/with-postgres $(BIN)/pytest

lint: $(INSTALLED) ## Check style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(INSTALLED) ## Format and fix with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check-migrations: $(INSTALLED) ## Fail if a model change has no migration
	SECTION55_ENV=test $(BIN)/section55 makemigrations --check --dry-run

serve: $(INSTALLED) ## Run the production server (needs SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL)
	$(BIN)/section55 serve --port $(PORT)

lock: ## Regenerate requirements.lock from pyproject.toml (needs network)
	$(BIN)/pip install --quiet uv
	UV_PYTHON_DOWNLOADS=never $(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes \
		--python $(BIN)/python --python-version 3.11 --quiet -o requirements.lock

clean: ## Remove the virtual environment, node_modules and demo data
	rm -rf $(VENV) node_modules data
