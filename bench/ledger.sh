#!/usr/bin/env bash
# A legacy capture with the ledger off, on SQLite and on MariaDB, interleaved rounds against the local
# sandbox (so its noise hits all three alike); prints the medians. The ledger write happens after the v2
# answer, never on the signing path.
#
#   bench/ledger.sh [ROUNDS] [CAPTURES_PER_ROUND]      defaults 5 40
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5} n=${2:-40}
work=$(mktemp -d "${TMPDIR:-/tmp}/amzpay-bench-ledger.XXXXXX")
serve_pid=""
# Runs under set -e: every step tolerates failure, so the MariaDB server is always stopped.
cleanup() {
	if [ -n "$serve_pid" ]; then
		kill "$serve_pid" 2>/dev/null || true
		wait "$serve_pid" 2>/dev/null || true
	fi
	scripts/lib/mariadb stop "$work/mariadb" || true
	rm -rf "$work"
}
trap cleanup EXIT

sandbox/serve --state "$work/state.sqlite" --tick-ms 0 >"$work/serve.out" 2>"$work/serve.err" &
serve_pid=$!
for _ in $(seq 1 100); do url=$(head -n1 "$work/serve.out" 2>/dev/null || true); [ -n "$url" ] && break; sleep 0.1; done
scripts/lib/mariadb start "$work/mariadb" >/dev/null
mysql_dsn=$(scripts/lib/mariadb dsn "$work/mariadb")
mysql_pw=$(cat "$work/mariadb/password")
key=$(realpath sandbox/keys/demo-private.pem)

run() { # run NAME [php -d settings...]
	php -n -d extension="$PWD/modules/amzpay.so" "${@:2}" bench/legacy_capture.php "$url" "$key" "$n" |
		sed -n 's/^capture_us=\([0-9.]*\).*/\1/p'
}
off=() sqlite=() mysql=()
for ((r = 1; r <= rounds; r++)); do
	off+=("$(run off)")
	sqlite+=("$(run sqlite -d amzpay.ledger="sqlite:$work/ledger.db")")
	mysql+=("$(run mysql -d amzpay.ledger="$mysql_dsn" -d amzpay.ledger_password="$mysql_pw")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo "legacy capture() against the local sandbox, $rounds rounds x $n captures (median us per capture)"
echo "ledger off:      $(median "${off[@]}")   runs: ${off[*]}"
echo "ledger SQLite:   $(median "${sqlite[@]}")   runs: ${sqlite[*]}"
echo "ledger MariaDB:  $(median "${mysql[@]}")   runs: ${mysql[*]}"
make -s -C bench build/ledger_put >/dev/null
echo "the ledger alone (bench/ledger_put, 500 rows):"
echo "  SQLite:  $(bench/build/ledger_put "sqlite:$work/put.db" "" 500)"
echo "  MariaDB: $(bench/build/ledger_put "$mysql_dsn" "$mysql_pw" 500)"
