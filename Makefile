# Clearcare: `make run` to try the site, `make test` to run every test.
PYTHON ?= python3.12
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Browser tests drive Debian's Chromium; never `playwright install` (it downloads a browser).
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
# axe-core, vnu-jar and lighthouse, pinned in package.json and package-lock.json.
NODE_TOOLS := node_modules/.installed
# `make run` is for a developer's machine: debug on, with a local key made once.
DEV_ENV = DJANGO_DEBUG=true DJANGO_SECRET_KEY="$$(cat .secret-key)"

.PHONY: install run test lint browser audit screenshots

install: $(INSTALLED)

$(INSTALLED): pyproject.toml
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null \
		|| { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

browser: $(CHROMIUM) $(NODE_TOOLS)

$(NODE_TOOLS): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

.secret-key:
	@umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

run: install .secret-key
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py seed
	$(DEV_ENV) $(BIN)/python manage.py admin_access
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:8000

test: install browser
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

# Lighthouse scores for home, an article, the checker and a result (a script, not a test).
audit: install browser
	$(BIN)/python scripts/audit.py

# Desktop and mobile screenshots into docs/, shown in the README.
screenshots: install browser
	$(BIN)/python scripts/screenshots.py
