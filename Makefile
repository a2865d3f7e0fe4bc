# The portal's commands. `make` alone lists them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
SITE_BASE_URL ?= http://127.0.0.1:$(PORT)
export SITE_BASE_URL
# manage.py and Celery default to the production settings; the development commands say so.
DEV := DJANGO_SETTINGS_MODULE=portal.settings.dev

.DEFAULT_GOAL := help
.PHONY: help install run test worker beat migrate demo messages translations lint format bench check

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-13s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

.make-install: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

.make-install-dev: .make-install requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

install: .make-install-dev ## Create .venv and install the portal with its test tools

translations: .make-install ## Compile locale/*.po into .mo files
	$(DEV) $(PY) manage.py compile_translations

migrate: .make-install ## Apply database migrations
	$(DEV) $(PY) manage.py migrate --noinput

demo: migrate ## Load the demo content (safe to run twice)
	$(DEV) $(PY) manage.py load_demo_content

run: translations migrate ## Set up and serve the portal on http://127.0.0.1:$(PORT)/ (SQLite unless DATABASE_URL)
	$(DEV) $(PY) manage.py load_demo_content --if-empty --admin
	$(DEV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

worker: .make-install ## Run a Celery worker (needs REDIS_URL)
	$(DEV) $(VENV)/bin/celery -A portal worker --loglevel=info

beat: .make-install ## Run Celery beat, the scheduler of periodic jobs (needs REDIS_URL)
	$(DEV) $(VENV)/bin/celery -A portal beat --loglevel=info

check: .make-install-dev translations ## Django's checks, migrations up to date, ruff
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test DATABASE_URL=sqlite:///:memory: $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: check ## Run the checks and the whole test suite (PostgreSQL and Redis with DATABASE_URL and REDIS_URL)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: .make-install-dev ## Lint with ruff
	$(VENV)/bin/ruff check .

format: .make-install-dev ## Format with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: .make-install ## Extract interface strings into locale/ (needs GNU gettext); list Wagtail strings the admin's Kazakh lacks
	$(DEV) $(PY) manage.py makemessages -l kk -l ru --ignore=.venv --ignore=tests --ignore=bench
	$(DEV) $(PY) manage.py admin_catalogue --update

bench: .make-install-dev ## Run the benchmarks in bench/ and print their figures
	@for script in bench/*.py; do echo "== $$script"; $(PY) $$script || exit 1; done
