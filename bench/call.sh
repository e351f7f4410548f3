#!/usr/bin/env bash
# Per-call overhead: a keep-alive signed createCharge through the extension
# (bench/php_call.php) against the floor of raw EVP_PKEY_sign + a raw libcurl
# keep-alive POST (bench/call_floor.c), both to the same loopback TLS peer
# (nginx answering a canned v2 Charge), interleaved in one run. Prints CPU
# microseconds per call (client process only) and the ratio.
#
#   bench/call.sh [ROUNDS] [SECONDS] [SALT]     defaults 5 2 32
#
# Profiling instead of measuring (one run of each side, then exit):
#   AMZPAY_CALL_PERF=FILE bench/call.sh 1 4     perf record of the floor (FILE.floor) and of the PHP call (FILE, -g)
#   AMZPAY_CALL_STRACE=FILE bench/call.sh 1 2   strace -c of the PHP call (syscalls per call)
#   AMZPAY_CALL_PERF_MODE=new                   profile a new client object per call instead
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/setup.sh"
cd "$AMZPAY_ROOT"

rounds=${1:-5} secs=${2:-2} salt=${3:-32}
key=sandbox/keys/demo-private.pem
make -s -C bench build/call_floor >/dev/null

run=$(mktemp -d "${TMPDIR:-/tmp}/amzpay-call.XXXXXX")
nginx_pid=""
cleanup() {
	[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
	sleep 0.2
	rm -rf "$run"
}
trap cleanup EXIT
port=$(php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);')
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext "subjectAltName=IP:127.0.0.1" \
	-keyout "$run/peer.key" -out "$run/peer.crt" 2>/dev/null
user=""
[ "$(id -u)" -eq 0 ] && user="user root;"
mkdir -p "$run/tmp"
cat >"$run/nginx.conf" <<CONF
$user
worker_processes 1;
pid $run/nginx.pid;
error_log $run/error.log warn;
events { worker_connections 64; }
http {
	access_log off;
	client_body_temp_path $run/tmp;
	server {
		listen 127.0.0.1:$port ssl;
		ssl_certificate $run/peer.crt;
		ssl_certificate_key $run/peer.key;
		keepalive_requests 10000000;
		keepalive_timeout 600s;
		location / {
			default_type application/json;
			return 201 '{"chargeId":"S01-5105180-3221187-C056351","statusDetails":{"state":"Captured"}}';
		}
	}
}
CONF
nginx -p "$run" -c "$run/nginx.conf" -e "$run/error.log"
for _ in $(seq 50); do [ -s "$run/nginx.pid" ] && break; sleep 0.1; done
nginx_pid=$(cat "$run/nginx.pid")

[ -n "${AMZPAY_CALL_STRACE:-}" ] && { strace -f -c -o "$AMZPAY_CALL_STRACE" php -n -d extension="$AMZPAY_ROOT/modules/amzpay.so" -d amzpay.cabundle="$run/peer.crt" bench/php_call.php "https://127.0.0.1:$port" "$secs" "$salt" ${AMZPAY_CALL_PERF_MODE:-reuse}; exit 0; }
[ -n "${AMZPAY_CALL_PERF:-}" ] && { perf record -F 2000 -o "$AMZPAY_CALL_PERF.floor" -- bench/build/call_floor -s "$secs" "$key" "$salt" "https://127.0.0.1:$port/sandbox/v2/charges" "$run/peer.crt"; perf record -F 2000 -g -o "$AMZPAY_CALL_PERF" -- php -n -d extension="$AMZPAY_ROOT/modules/amzpay.so" -d amzpay.cabundle="$run/peer.crt" bench/php_call.php "https://127.0.0.1:$port" "$secs" "$salt" ${AMZPAY_CALL_PERF_MODE:-reuse}; exit 0; }
value() { sed -n "s/^$1=\([0-9.]*\)$/\1/p"; }
floor=() ext=() floor_wall=() ext_wall=() fresh=()
for ((r = 1; r <= rounds; r++)); do
	out=$(bench/build/call_floor -s "$secs" "$key" "$salt" "https://127.0.0.1:$port/sandbox/v2/charges" "$run/peer.crt" 2>/dev/null)
	floor+=("$(value floor_us_per_call <<<"$out")")
	floor_wall+=("$(value floor_wall_us_per_call <<<"$out")")
	out=$(amzpay_php -d amzpay.cabundle="$run/peer.crt" bench/php_call.php "https://127.0.0.1:$port" "$secs" "$salt")
	ext+=("$(value php_us_per_call <<<"$out")")
	ext_wall+=("$(value php_wall_us_per_call <<<"$out")")
	out=$(amzpay_php -d amzpay.cabundle="$run/peer.crt" -d amzpay.persistent=1 bench/php_call.php "https://127.0.0.1:$port" "$secs" "$salt" new)
	fresh+=("$(value php_us_per_call <<<"$out")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
f=$(median "${floor[@]}") e=$(median "${ext[@]}")
echo "salt $salt, $rounds interleaved rounds of ${secs}s, keep-alive TLS on loopback (client CPU per call, medians)"
echo "floor (EVP_PKEY_sign + raw libcurl POST): $f us   (runs: ${floor[*]}; wall $(median "${floor_wall[@]}") us)"
echo "amzpay createCharge from PHP:             $e us   (runs: ${ext[*]}; wall $(median "${ext_wall[@]}") us)"
n=$(median "${fresh[@]}")
echo "the same, a new client object per call:  $n us   (runs: ${fresh[*]}; persistent connections)"
awk -v e="$e" -v f="$f" -v n="$n" 'BEGIN { printf "ratio: %.3f (target <= 1.15); new client per call: %.3f\n", e / f, n / f }'
