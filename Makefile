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

SPECLINT := tools/speclint/node_modules/.installed

.PHONY: setup generate check-generated test lint mock fuzz dist bench clean mocks-dist image

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	@# compat editable mode: a plain path entry instead of setuptools' import finder, which cost
	@# every command (and so the no-op `vendorkit generate`) about 15 ms of interpreter start-up.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]' --config-settings editable_mode=compat
	@touch $(STAMP)

setup: $(STAMP)

# The spec linters (Stoplight Spectral, Redocly CLI) that tests/unit/test_spec_lint.py runs over every
# merged spec, from the npm registry at the versions tools/speclint/package-lock.json pins.
$(SPECLINT): tools/speclint/package.json tools/speclint/package-lock.json
	cd tools/speclint && npm ci --no-audit --no-fund --silent --loglevel=error
	@touch $@

generate: $(STAMP)
	$(VENDORKIT) generate $(VENDOR)

check-generated: $(STAMP)
	$(VENDORKIT) check $(VENDOR)

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	@for pkg in $(GENERATED_PACKAGES); do \
		(cd $$(dirname $$pkg) && ../../$(BIN)/ruff check . && ../../$(BIN)/ruff format --check .) || exit 1; \
	done
	$(BIN)/mypy --strict generator tests/support
	@for pkg in $(GENERATED_PACKAGES); do \
		echo "mypy --strict $$pkg"; \
		(cd $$(dirname $$pkg) && ../../$(BIN)/mypy --strict --no-incremental $$(basename $$pkg)) || exit 1; \
	done

test: $(STAMP) $(SPECLINT) check-generated lint
	$(BIN)/python -m pytest -n 2 -q

mock: $(STAMP)
	@test -n "$(VENDOR)" || { echo "usage: make mock VENDOR=name [PORT=n]" >&2; exit 2; }
	$(VENDORKIT) mock $(VENDOR) --port $(PORT)

fuzz: $(STAMP)
	@test -n "$(VENDOR)" || { echo "usage: make fuzz VENDOR=name [BASE_URL=url]" >&2; exit 2; }
	$(VENDORKIT) fuzz $(VENDOR) $(if $(BASE_URL),--base-url $(BASE_URL))

dist: $(STAMP)
	@for pkg in $(GENERATED_PACKAGES); do \
		$(BIN)/python -m pip wheel --quiet --no-deps -w dist $$(dirname $$pkg) || exit 1; \
	done
	@ls dist

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
	rm -rf dist build .pytest_cache .mypy_cache .ruff_cache
