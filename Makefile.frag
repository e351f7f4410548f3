# amzpay developer targets (appended to the phpize Makefile).
#
#   make stubs          regenerate stubs/*_arginfo.h from stubs/*.stub.php
#   make stubs-check    fail when a committed arginfo differs from its stub
#   make unit           C unit tests of src/ under ASAN + UBSan
#   make test-valgrind  the phpt suite under valgrind
#   make format / format-check
#   make fuzz [FUZZ_SECONDS=300] [FUZZ_TARGETS="fuzz_xml ..."]   libFuzzer targets of tests/fuzz, each for FUZZ_SECONDS
#   make fuzz-regress   every fuzz target once over its corpus
#   make soak [ROUNDS=1000] [SOAK_SEED=N]   fault soak of both clients against the sandbox, then an audit

AMZPAY_STUBS = $(wildcard $(srcdir)/stubs/*.stub.php)
AMZPAY_PHP_PARSER_SHIM = $(top_srcdir)/build/PHP-Parser-4.15.1/lib/PhpParser

# gen_stub.php downloads PHP-Parser on first use; point it at Debian's php-parser instead.
amzpay-php-parser-shim:
	@if [ ! -e "$(AMZPAY_PHP_PARSER_SHIM)" ]; then \
		if [ ! -d /usr/share/php/PhpParser ]; then \
			echo "stubs: Debian's php-parser package is required (apt-get install php-parser)"; exit 1; \
		fi; \
		mkdir -p "$(top_srcdir)/build/PHP-Parser-4.15.1/lib"; \
		ln -s /usr/share/php/PhpParser "$(AMZPAY_PHP_PARSER_SHIM)"; \
	fi

stubs: amzpay-php-parser-shim
	$(PHP_EXECUTABLE) $(top_srcdir)/build/gen_stub.php --force-regeneration $(srcdir)/stubs

stubs-check: amzpay-php-parser-shim
	@tmp=$$(mktemp -d); cp -r $(srcdir)/stubs "$$tmp/"; \
	$(PHP_EXECUTABLE) $(top_srcdir)/build/gen_stub.php --force-regeneration "$$tmp/stubs" >/dev/null || exit 1; \
	status=0; for f in $(srcdir)/stubs/*_arginfo.h; do \
		if ! cmp -s "$$f" "$$tmp/stubs/$$(basename $$f)"; then echo "stubs-check: $$f is stale (run make stubs)"; status=1; fi; \
	done; rm -rf "$$tmp"; \
	if [ $$status -eq 0 ]; then echo "stubs-check: arginfo matches the stubs"; fi; exit $$status

unit:
	$(MAKE) -j$$(nproc) -C $(srcdir)/tests/unit

test-valgrind: all
	VALGRIND_OPTS="--leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite" \
		TEST_PHP_ARGS="-q --show-diff -d pcre.jit=0 -m $(AMZPAY_TEST_ARGS)" $(MAKE) test

AMZPAY_FORMAT_FILES = $(filter-out %_arginfo.h,$(wildcard $(srcdir)/*.c $(srcdir)/*.h $(srcdir)/src/*.c $(srcdir)/src/*.h $(srcdir)/tests/unit/*.c $(srcdir)/tests/unit/*.h))

format:
	clang-format -i $(AMZPAY_FORMAT_FILES)

format-check:
	clang-format --dry-run --Werror $(AMZPAY_FORMAT_FILES)

FUZZ_SECONDS ?= 300
ROUNDS ?= 1000

fuzz:
	$(MAKE) -C $(srcdir)/tests/fuzz fuzz FUZZ_SECONDS=$(FUZZ_SECONDS) $(if $(FUZZ_TARGETS),TARGETS="$(FUZZ_TARGETS)")

fuzz-regress:
	$(MAKE) -C $(srcdir)/tests/fuzz regress

soak: all
	$(PHP_EXECUTABLE) -n -d extension=$(phplibdir)/amzpay.so $(srcdir)/tests/soak/soak.php $(ROUNDS) $(SOAK_SEED)

.PHONY: amzpay-php-parser-shim stubs stubs-check unit test-valgrind format format-check fuzz fuzz-regress soak
