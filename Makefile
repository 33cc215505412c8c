# pyston-rt / pystonc build entry points. `make run` and `make test` are the
# two commands a newcomer needs (see README.md).

SHELL := /bin/bash
CARGO ?= cargo
RELEASE := target/release
PYSTON := $(RELEASE)/pyston-rt
PYSTONC := $(RELEASE)/pystonc
APT_PACKAGES := llvm-19-dev libpolly-19-dev libzstd-dev
EXAMPLE ?= examples/wordfreq.py
STDLIB := $(shell python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])' 2>/dev/null)

export LLVM_SYS_191_PREFIX ?= /usr/lib/llvm-19

.PHONY: all deps build run test unit-test diff-test check-stdlib census cpython-tests bench clean

all: build

# Install the system packages the build needs, only those that are missing.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	else \
	  echo "make deps: all system packages present"; \
	fi

build: deps
	$(CARGO) build --release

# Build everything, then run a real program.
run: build
	$(PYSTON) $(EXAMPLE)

# Unit tests, then every differential case under every tier.
test: build
	$(CARGO) test --release --workspace

unit-test: build
	$(CARGO) test --release --workspace --lib --bins

diff-test: build
	$(CARGO) test --release -p pyston-rt --test differential

# Compile the host CPython standard library with pystonc.
check-stdlib: build
	$(PYSTONC) check $(STDLIB)

# Which stdlib modules import (tests/stdlib_census.txt; make test checks it).
census: build
	scripts/stdlib-census

# CPython's own Lib/test files under python3 and pyston-rt (tests/cpython_tests.txt).
cpython-tests: build
	scripts/cpython-tests --write

bench: build
	python3 scripts/bench.py --bin $(PYSTON)

clean:
	$(CARGO) clean
