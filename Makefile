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

# The Spanish interface: locale/es/LC_MESSAGES/django.po, compiled by gettext's msgfmt.
MSGFMT := /usr/bin/msgfmt
CATALOGUES := locale/es/LC_MESSAGES/django.mo

.PHONY: install run test unit lint browser audit screenshots checker-length serve bench backup restore messages

install: $(INSTALLED) $(CATALOGUES)

$(INSTALLED): pyproject.toml
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null \
		|| { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

%.mo: %.po | $(MSGFMT)
	$(MSGFMT) --check -o $@ $<

$(MSGFMT):
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext

# After changing the interface's words: add new strings to the catalogue, then translate them there.
messages: install
	DJANGO_DEBUG=true $(BIN)/python manage.py makemessages -l es --no-location \
		--ignore=node_modules --ignore=staticfiles --ignore=tests --ignore=scripts --ignore=docs

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

# Every test: the unit and view tests (below), then the browser tests, which share one
# live server, one at a time.
test: install browser
	@$(MAKE) --no-print-directory unit
	$(BIN)/python -m pytest tests/e2e

# Every test but the browser tests, on every core (pytest-xdist; a module's tests stay
# together), naming the slowest.
unit: install browser
	$(BIN)/python -m pytest -n auto --dist loadfile --ignore=tests/e2e --durations=15

lint: install
	$(BIN)/ruff check .

# Lighthouse scores for home, an article, the checker and a result (a script, not a test).
audit: install browser
	$(BIN)/python scripts/audit.py

# Desktop and mobile screenshots into docs/, shown in the README.
screenshots: install browser
	$(BIN)/python scripts/screenshots.py

# How long the checker is on a phone: choices and screens of scrolling a step.
checker-length: install browser
	$(BIN)/python scripts/checker_length.py

# Production settings on loopback: debug off, DJANGO_SECRET_KEY required,
# PostgreSQL and Redis (defaults below), gunicorn. Plain HTTP on 127.0.0.1,
# so the HTTPS-only settings are off (DJANGO_HTTPS=false); behind a TLS proxy
# leave them on.
SERVE_ENV = DJANGO_DEBUG=false DJANGO_HTTPS=$${DJANGO_HTTPS:-false} \
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/clearcare} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} \
	DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}
serve: install
	@test -n "$$DJANGO_SECRET_KEY" || { echo "Set DJANGO_SECRET_KEY (production settings need one)."; exit 1; }
	$(SERVE_ENV) $(BIN)/python scripts/createdb.py
	$(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	$(SERVE_ENV) $(BIN)/python manage.py seed
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	$(SERVE_ENV) $(BIN)/gunicorn config.wsgi -c config/gunicorn.py

# Load test on loopback (a benchmark, not a test): gunicorn with 2 workers,
# PostgreSQL and Redis, 500 generated articles, wrk for 20 s a page.
bench: install
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
	$(BIN)/python scripts/bench.py

# A copy of the database in DATABASE_URL (PostgreSQL: pg_dump; SQLite: file copy) into backups/.
backup: install
	$(BIN)/python scripts/backup.py backup

# Replace the database's contents with a backup: make restore FILE=backups/clearcare-....dump
restore: install
	@test -n "$(FILE)" || { echo "Say which backup: make restore FILE=backups/..."; exit 1; }
	$(BIN)/python scripts/backup.py restore "$(FILE)"
