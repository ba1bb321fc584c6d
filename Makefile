# vendorkit: every target creates .venv first when it is missing (pinned deps from pyproject.toml).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
VENDORKIT := $(BIN)/vendorkit
VENDOR ?=
PORT ?= 8000
BASE_URL ?=
GENERATED_PACKAGES = $(wildcard generated/*/*_client)
DIST_DIR ?= dist
REPOSITORY_URL ?=
SITE_DIR ?= site
# The generated clients, installed in .venv in editable mode (a path entry each: regenerating needs no
# reinstall), so that the README's examples run as written with .venv/bin/python.
CLIENTS_STAMP := $(VENV)/.clients-installed
CLIENT_PROJECTS = $(wildcard generated/*/pyproject.toml)

SPECLINT := tools/speclint/node_modules/.installed

.PHONY: setup generate check-generated test lint lint-tool lint-clients mock fuzz dist publish docs bench clean mocks-dist image

# Packages are installed by uv (pinned in pyproject.toml's dev extra, bootstrapped into .venv by pip):
# the same packages and versions as pip, byte-compiled as pip does, in about a quarter of the time.
UV := $(BIN)/uv
UV_PIN := $(shell sed -n 's/^ *"\(uv==[^"]*\)",.*/\1/p' pyproject.toml)
UV_VERSION := $(patsubst uv==%,%,$(UV_PIN))
UV_INSTALL := $(UV) pip install --python $(BIN)/python --quiet --compile-bytecode
JOBS := $(shell nproc 2>/dev/null || echo 2)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	@test "$$($(UV) --version 2>/dev/null | cut -d' ' -f2)" = "$(UV_VERSION)" \
		|| $(BIN)/python -m pip install -qq --disable-pip-version-check '$(UV_PIN)'
	@# compat editable mode: a plain path entry instead of setuptools' import finder, which cost
	@# every command (and so the no-op `vendorkit generate`) about 15 ms of interpreter start-up.
	$(UV_INSTALL) -e '.[dev]' -C editable_mode=compat
	@touch $(STAMP)

$(CLIENTS_STAMP): $(STAMP) $(CLIENT_PROJECTS)
	$(UV_INSTALL) --no-deps $(foreach project,$(CLIENT_PROJECTS),-e $(dir $(project))) -C editable_mode=compat
	@touch $@

setup: $(STAMP) $(CLIENTS_STAMP)

# The spec linters (Stoplight Spectral, Redocly CLI) that tests/unit/test_spec_lint.py runs over every
# merged spec, from the npm registry at the versions tools/speclint/package-lock.json pins.
$(SPECLINT): tools/speclint/package.json tools/speclint/package-lock.json
	cd tools/speclint && npm ci --no-audit --no-fund --silent --loglevel=error
	@touch $@

generate: $(STAMP)
	$(VENDORKIT) generate $(VENDOR)
	@$(MAKE) --no-print-directory $(CLIENTS_STAMP)

check-generated: $(STAMP)
	$(VENDORKIT) check $(VENDOR)

# ruff and mypy --strict over the tool, and over the generated clients: ruff in each client's folder
# (its own settings), mypy over all the packages in one run (each package's folder on MYPYPATH:
# the same check as one run per folder, which read the standard library's and httpx's stubs once per
# client). The two parts run side by side.
EMPTY :=
SPACE := $(EMPTY) $(EMPTY)
CLIENT_FOLDERS = $(patsubst %/,%,$(dir $(GENERATED_PACKAGES)))
LINT_PARTS = lint-tool lint-clients

lint: $(STAMP)
	@$(MAKE) --no-print-directory -j $(JOBS) --output-sync=target $(LINT_PARTS)

lint-tool: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy --strict generator tests/support

lint-clients: $(STAMP)
	@for folder in $(CLIENT_FOLDERS); do \
		(cd $$folder && ../../$(BIN)/ruff check --quiet . && ../../$(BIN)/ruff format --check --quiet .) || exit 1; \
	done
	MYPYPATH=$(subst $(SPACE),:,$(CLIENT_FOLDERS)) $(BIN)/mypy --strict --no-incremental \
		$(foreach package,$(GENERATED_PACKAGES),-p $(notdir $(package)))

# The checks before pytest (spec linters' install, generated/ current, lint) run side by side too.
test: $(STAMP) $(CLIENTS_STAMP)
	@$(MAKE) --no-print-directory -j $(JOBS) --output-sync=target $(SPECLINT) check-generated $(LINT_PARTS)
	$(BIN)/python -m pytest -n 2 -q

mock: $(STAMP)
	@test -n "$(VENDOR)" || { echo "usage: make mock VENDOR=name [PORT=n]" >&2; exit 2; }
	$(VENDORKIT) mock $(VENDOR) --port $(PORT)

fuzz: $(STAMP)
	@test -n "$(VENDOR)" || { echo "usage: make fuzz VENDOR=name [BASE_URL=url]" >&2; exit 2; }
	$(VENDORKIT) fuzz $(VENDOR) $(if $(BASE_URL),--base-url $(BASE_URL))

# An sdist and a wheel of every client into $(DIST_DIR), then `twine check --strict` over them.
dist: $(STAMP)
	$(BIN)/python -m generator.distbuild --outdir $(DIST_DIR)

# Upload what `make dist` built to a package index with twine (credentials: TWINE_USERNAME and
# TWINE_PASSWORD, or a ~/.pypirc). After publishing, `vendorkit release VENDOR...` records the release.
publish: $(STAMP)
	@test -n "$(REPOSITORY_URL)" || { echo "usage: make publish REPOSITORY_URL=url" >&2; exit 2; }
	$(BIN)/python -m generator.distbuild --outdir $(DIST_DIR)
	$(BIN)/python -m twine upload --non-interactive --disable-progress-bar \
		--repository-url $(REPOSITORY_URL) $(DIST_DIR)/*.whl $(DIST_DIR)/*.tar.gz

# The API reference site of every client (mkdocs-material + mkdocstrings) into $(SITE_DIR), offline.
docs: $(STAMP)
	$(BIN)/python -m generator.docsite --site-dir $(SITE_DIR)

# The vendorkit-mocks wheel (the mocks without the tool, generator/mockpkg.py) into dist/.
mocks-dist: $(STAMP)
	$(BIN)/python -m generator.mockpkg --out dist

# The mocks' container image (Dockerfile); VENDOR=name sets the vendor it serves by default.
IMAGE ?= vendorkit-mocks
image:
	docker build -t $(IMAGE)$(if $(VENDOR),:$(VENDOR)) $(if $(VENDOR),--build-arg VENDOR=$(VENDOR)) .

bench: $(STAMP)
	@# wrk (load generator) from Debian's packages and Stoplight Prism 5.16.x (the baseline mock) from
	@# the npm registry into .bench/ (git-ignored), each only when missing.
	@command -v wrk >/dev/null 2>&1 || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null \
		|| { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }; }
	@test -x .bench/node_modules/.bin/prism || { mkdir -p .bench && npm install --prefix .bench \
		--no-audit --no-fund --silent --loglevel=error @stoplight/prism-cli@~5.16.0; }
	$(BIN)/python -m benchmarks $(if $(VENDOR),--vendor $(VENDOR))

clean:
	rm -rf dist build site .docs-build .pytest_cache .mypy_cache .ruff_cache
