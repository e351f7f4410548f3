#!/usr/bin/env bash
# Runs each unit-test binary and sums their "N passed, N failed" lines.
set -u
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
passed=0
failed=0
for t in "$@"; do
	out=$("$t" 2>&1)
	rc=$?
	line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
	if [ -z "$line" ] || [ $rc -ne 0 ]; then
		printf '%s\n' "$out" | sed 's/^/  /'
	fi
	if [ -n "$line" ]; then
		p=${line%% passed*}
		f=${line#*, }
		f=${f%% failed*}
		passed=$((passed + p))
		failed=$((failed + f))
		if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then
			failed=$((failed + 1)) # crashed or leaked after reporting
		fi
	else
		failed=$((failed + 1)) # crashed before reporting
	fi
	printf '%-28s %s (exit %d)\n' "$(basename "$t")" "${line:-no result}" "$rc"
done
echo "unit: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
