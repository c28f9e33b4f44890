# Every entry point of the project. Each target sets up what it needs (idempotently) first.
PORT ?= 8080
.PHONY: setup build serve test eval eval-pages bench fuzz package clean

setup:
	@bash scripts/setup.sh

build: setup
	@bash scripts/build.sh

serve: build
	@node scripts/serve.mjs www $(PORT)

test: build
	@bash scripts/test.sh

eval:
	@bash scripts/eval.sh

eval-pages:
	@bash scripts/eval-pages.sh

bench: build
	@bash scripts/bench.sh

fuzz:
	@bash scripts/fuzz.sh

package: build
	@bash scripts/package.sh

clean:
	cargo clean
	rm -rf www/pkg www/vendor extension/pkg extension/vendor dist
