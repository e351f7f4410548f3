#!/usr/bin/env bash
# Runs the fuzz targets (see Makefile).
#
#   run.sh regress TARGET...   every input of build/corpus/TARGET and regress/TARGET once;
#                              prints "N passed, N failed" (one test per target)
#   run.sh fuzz TARGET...      FUZZ_SECONDS per target (niced); prints execs, coverage and crashes
#
# regress/<target>/ holds inputs that once broke an invariant (kept after the fix).
set -uo pipefail
cd "$(dirname "$0")" || exit 1

mode=$1
shift
passed=0
failed=0

inputs() {
	local t=$1 d
	for d in build/corpus/$t regress/$t; do
		[ -d "$d" ] && printf '%s\n' "$d"
	done
}

regress() {
	local t=$1 log=build/$t.regress.log n
	mapfile -t dirs < <(inputs "$t")
	n=$(find "${dirs[@]}" -type f | wc -l)
	if ASAN_OPTIONS=detect_leaks=1 build/"$t" -runs=0 -timeout=25 "${dirs[@]}" >"$log" 2>&1; then
		printf '%-22s ok   %5d inputs\n' "$t" "$n"
		passed=$((passed + 1))
	else
		printf '%-22s FAIL %5d inputs\n' "$t" "$n"
		grep -E 'invariant broken|ERROR: |SUMMARY|runtime error|Test unit written' "$log" | head -n 8
		failed=$((failed + 1))
	fi
}

fuzz() {
	local t=$1 secs=${FUZZ_SECONDS:-300} log=build/$t.fuzz.log last execs cov ft corp crashes
	mkdir -p build/crashes/"$t" build/corpus/"$t"
	mapfile -t dirs < <(inputs "$t")
	nice -n 10 build/"$t" -max_total_time="$secs" -timeout=25 -print_final_stats=1 \
		-artifact_prefix=build/crashes/"$t"/ \
		"${dirs[@]}" >"$log" 2>&1
	last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
	execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1)
	cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+')
	ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+')
	corp=$(grep -oE 'corp: [0-9]+' <<<"$last" | grep -oE '[0-9]+')
	crashes=$(find build/crashes/"$t" -type f | wc -l)
	printf '%-22s %6ss  execs %10s  cov %5s  ft %6s  corpus %5s  crashes %d\n' "$t" "$secs" "${execs:-?}" \
		"${cov:-?}" "${ft:-?}" "${corp:-?}" "$crashes"
	if [ "$crashes" -gt 0 ]; then
		grep -E 'invariant broken|ERROR: |runtime error' "$log" | head -n 3
		failed=$((failed + 1))
	else
		passed=$((passed + 1))
	fi
}

for t in "$@"; do
	"$mode" "$t"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
