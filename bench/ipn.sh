#!/usr/bin/env bash
# IPN verification cost per notification (bench/ipn_verify.php), this build and, with
# AMZPAY_BENCH_BASELINE=OTHER/amzpay.so, another build in the same run.
#
#   bench/ipn.sh [NOTIFICATIONS]      default 200
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
ca=$(mktemp "${TMPDIR:-/tmp}/amzpay-bench-ipn.XXXXXX")
trap 'rm -f "$ca"' EXIT
run() {
	php -n -d extension="$1" -d amzpay.ipn_test_ca="$ca" bench/ipn_verify.php "$ca" "$n" |
		sed -n 's/^ipn_us_per_notification=//p'
}
echo "this build: $(run "$PWD/modules/amzpay.so") us per notification ($n notifications)"
if [ -n "${AMZPAY_BENCH_BASELINE:-}" ]; then
	echo "baseline:   $(run "$(realpath "$AMZPAY_BENCH_BASELINE")") us per notification"
fi
