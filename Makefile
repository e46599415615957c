# Innspill: the two commands a new machine needs are `make run` and `make test`.
# Both install the Debian packages the project uses when they are missing.

SHELL        := /bin/bash
SWIFT        ?= swift
DEB_PACKAGES := zlib1g-dev libedit-dev libstemmer-dev libhunspell-dev hunspell-no snowball-data \
                librsvg2-dev librsvg2-bin libpcre2-dev libzstd-dev libxml2-dev pkg-config tmux tzdata
DEMO         := Corpora/demo/dialogseminar-2024.txt

# install_missing: installs the Debian packages named in $(1) that are not installed yet
# (as root, else through sudo, else prints the command and stops).
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "Please run: apt-get install$$missing"; exit 1; fi; \
	fi
endef

.PHONY: run test build deps bench fuzz clean

## run: install what is missing, build in release mode, start the shell on the demo corpus
run: deps
	$(SWIFT) build -c release --product innspill
	.build/release/innspill -i -c "load $(DEMO) as demo"

## test: install what is missing, build, and run every test (unit, end-to-end, terminal)
test: deps
	$(SWIFT) build --product innspill
	@set -o pipefail; INNSPILL_BIN=$(CURDIR)/.build/debug/innspill $(SWIFT) test 2>&1 | tee .build/test.log || \
	  { echo; echo "== failed tests (whole log: .build/test.log) =="; grep -E ": error: |' failed \(" .build/test.log; exit 1; }

## build: release build only
build: deps
	$(SWIFT) build -c release --product innspill

## deps: install the Debian packages the project uses (as root, else through sudo, else say how)
deps:
	$(call install_missing,$(DEB_PACKAGES))

## bench: build in release mode, generate corpora, time every step against pandas/scikit-learn/sqlite3,
## write BENCHMARKS.md (about 15 minutes on 2 cores; BENCH_LARGE=1 adds 1,000,000 posts, about 30 more)
BENCH_DEB   := time sqlite3 hyperfine python3-venv
BENCH_VENV  := .venv-bench
bench: deps
	$(call install_missing,$(BENCH_DEB))
	@test -x $(BENCH_VENV)/bin/python || python3 -m venv $(BENCH_VENV)
	@$(BENCH_VENV)/bin/python -c 'import pandas, sklearn, snowballstemmer, importlib.metadata as m; assert m.version("snowballstemmer") == "2.2.0"' 2>/dev/null || \
	  $(BENCH_VENV)/bin/pip install -q pandas scikit-learn snowballstemmer==2.2.0
	$(SWIFT) build -c release --scratch-path .build-bench --product innspill
	python3 bench/run.py --bin $(CURDIR)/.build-bench/release/innspill --python $(CURDIR)/$(BENCH_VENV)/bin/python

## fuzz: build the libFuzzer targets in Fuzz/ (Padlet text, CSV, JSON, web pages, e-mails, commands) with swiftc and run each
## for FUZZ_SECONDS (default 120); FUZZ_TARGETS picks some. Not part of make test. Inputs that crash or hang
## land in fuzz-out/TARGET/; Fuzz/run.sh --repro TARGET FILE replays one.
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?=
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh $(FUZZ_TARGETS)

clean:
	rm -rf .build
