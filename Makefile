# Innspill: the two commands a new machine needs are `make run` and `make test`.
# Both install the Debian packages the project uses when they are missing.

SWIFT        ?= swift
DEB_PACKAGES := libedit-dev libstemmer-dev libhunspell-dev hunspell-no snowball-data \
                librsvg2-dev librsvg2-bin libpcre2-dev pkg-config tmux tzdata
DEMO         := Corpora/demo/dialogseminar-2024.txt

.PHONY: run test build deps bench fuzz clean

## run: install what is missing, build in release mode, start the shell on the demo corpus
run: deps
	$(SWIFT) build -c release --product innspill
	.build/release/innspill -i -c "load $(DEMO) as demo"

## test: install what is missing, build, and run every test (unit, end-to-end, terminal)
test: deps
	$(SWIFT) build --product innspill
	INNSPILL_BIN=$(CURDIR)/.build/debug/innspill $(SWIFT) test

## build: release build only
build: deps
	$(SWIFT) build -c release --product innspill

## deps: install the Debian packages the project uses (as root, else through sudo, else say how)
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "Please run: apt-get install$$missing"; exit 1; fi; \
	fi

clean:
	rm -rf .build
