# The only entry points a newcomer needs: make run, make test (also make bench, make help).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
WORKERS ?= 3
export VAR_DIR ?= $(CURDIR)/var
export SITE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: help run test lint bench lock messages clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	@touch $@

$(VAR_DIR)/secret_key:
	@mkdir -p $(VAR_DIR)
	@$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	@chmod 600 $@

run: $(VENV)/.installed $(VAR_DIR)/secret_key ## Install, migrate, seed the demo and serve on http://127.0.0.1:$(PORT)
	$(PY) manage.py migrate --no-input
	$(PY) manage.py seed_demo $(if $(DEMO_PASSWORD),--password "$(DEMO_PASSWORD)") $(if $(DEMO_RESIDENTS),--residents $(DEMO_RESIDENTS))
	DEBUG=0 SECRET_KEY_FILE=$(VAR_DIR)/secret_key $(PY) manage.py collectstatic --no-input --verbosity 0
	@echo; echo "Demo logins (username, password, role):"; cat $(VAR_DIR)/demo_logins.txt 2>/dev/null || true
	@echo; echo "Serving on http://127.0.0.1:$(PORT)  (sign in: /tai-khoan/dang-nhap/, managers: /quan-ly/, admin: /admin/; Ctrl+C stops)"
	DEBUG=0 SECRET_KEY_FILE=$(VAR_DIR)/secret_key \
		$(VENV)/bin/gunicorn config.wsgi --config config/gunicorn.py --bind 127.0.0.1:$(PORT) --workers $(WORKERS)

lint: $(VENV)/.installed ## Lint, type-check, import contracts and migration check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=config.settings_test $(PY) manage.py makemigrations --check --dry-run
	DEBUG=0 HTTPS=1 SECRET_KEY=check-deploy-$$($(PY) -c "import secrets; print(secrets.token_urlsafe(50))") \
		ALLOWED_HOSTS=portal.example.vn SITE_URL=https://portal.example.vn \
		$(PY) manage.py check --deploy --fail-level WARNING

test: lint ## Everything CI runs: lint, types, import contracts, migrations, the whole pytest suite
	@mkdir -p $(VAR_DIR)
	$(PY) -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

bench: $(VENV)/.installed $(VAR_DIR)/secret_key ## Serve like make run and measure pages against a bare view
	$(PY) tools/bench.py $(BENCH_ARGS)

messages: $(VENV)/.installed ## Refresh and compile the translation catalogues
	$(PY) manage.py makemessages --locale vi --locale en --ignore '.venv/*' --ignore 'var/*' --no-obsolete --no-wrap
	$(PY) manage.py compilemessages --ignore '.venv/*'

lock: ## Re-pin the whole dependency tree after changing pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev]' && $(PY) -m pip freeze --exclude-editable > requirements.lock

clean: ## Remove the virtualenv and runtime data
	rm -rf $(VENV) $(VAR_DIR)
