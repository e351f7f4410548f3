#!/usr/bin/env bash
# Load on a real php-fpm: Debian's php8.2-fpm behind nginx (FastCGI), both
# started here on loopback with private config and run directories, N static
# workers; ab sends shop requests that each make one signed v2 createCharge
# to a loopback TLS peer (nginx answering a canned v2 Charge).
#
#   bench/fpm/run.sh [--sdk DIR] [--workers N] [--requests N] [--sdk-requests N] [--concurrency N] [--smoke]
#
# Reports per client: requests/s, p50/p99 latency, failed requests, TLS
# connections the peer accepted (per worker: 1 means connections are reused
# across PHP requests), requests per connection, and each worker's RSS after
# warm-up and at the end. --sdk DIR runs the same for the official SDK
# (a checkout of amzn/amazon-pay-api-sdk-php, kept outside the project; it
# needs php-phpseclib3 and a free port 443 on 127.0.0.37, else it is skipped).
# --smoke: 2 workers, 400 requests, amzpay only; exits non-zero unless there
# were no errors and each worker kept one connection (prints "N passed, N failed").
set -uo pipefail
. "$(dirname "$0")/../../scripts/lib/setup.sh"
cd "$AMZPAY_ROOT" || exit 1

sdk="" workers=4 requests=100000 sdk_requests="" concurrency=8 smoke=0
while [ $# -gt 0 ]; do
	case $1 in
		--sdk) sdk=$(cd "$2" && pwd); shift ;;
		--workers) workers=$2; shift ;;
		--requests) requests=$2; shift ;;
		--sdk-requests) sdk_requests=$2; shift ;;
		--concurrency) concurrency=$2; shift ;;
		--smoke) smoke=1 workers=2 requests=400 concurrency=4 ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
	shift
done

fpm_bin=$(command -v php-fpm8.2 || echo /usr/sbin/php-fpm8.2)
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
extdir=$(php -r 'echo ini_get("extension_dir");')
run=$(mktemp -d "${TMPDIR:-/tmp}/amzpay-fpm.XXXXXX")
nginx_pid="" fpm_pid=""

cleanup() {
	[ -n "$fpm_pid" ] && kill "$fpm_pid" 2>/dev/null
	[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
	sleep 0.3
	rm -rf "$run"
}
trap cleanup EXIT
[ -n "${AMZPAY_FPM_DEBUG:-}" ] && echo "run dir $run"

free_port() {
	php -n -r '$s = stream_socket_server("tcp://" . $argv[1] . ":0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);' "${1:-127.0.0.1}"
}

can_bind() {
	php -n -r 'exit(@stream_socket_server("tcp://" . $argv[1]) ? 0 : 1);' "$1"
}

front=$(free_port) peer=$(free_port)
sdk_host=127.0.0.37
if [ -n "$sdk" ] && ! can_bind "$sdk_host:443"; then
	echo "official SDK skipped: cannot listen on $sdk_host:443 (the SDK always connects to port 443)"
	sdk=""
fi
if [ -n "$sdk" ] && [ ! -f /usr/share/php/phpseclib3/autoload.php ]; then
	echo "official SDK skipped: php-phpseclib3 is not installed"
	sdk=""
fi

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
	-addext "subjectAltName=IP:127.0.0.1,IP:$sdk_host" -keyout "$run/peer.key" -out "$run/peer.crt" 2>/dev/null

charge='{"chargeId":"S01-5105180-3221187-C056351","chargePermissionId":"S01-5105180-3221187","chargeAmount":{"amount":"14.00","currencyCode":"USD"},"captureAmount":{"amount":"14.00","currencyCode":"USD"},"refundedAmount":{"amount":"0.00","currencyCode":"USD"},"softDescriptor":null,"providerMetadata":{"providerReferenceId":null},"convertedAmount":null,"conversionRate":null,"statusDetails":{"state":"Captured","reasonCode":null,"reasonDescription":null,"lastUpdatedTimestamp":"20190714T155300Z"},"creationTimestamp":"20190714T155300Z","expirationTimestamp":"20190715T155300Z","releaseEnvironment":"Sandbox"}'
sdk_listen=""
[ -n "$sdk" ] && sdk_listen="listen $sdk_host:443 ssl;"
mkdir -p "$run/tmp"
nginx_user=""
[ "$(id -u)" -eq 0 ] && nginx_user="user root;" # the workers must reach the private run directory
cat >"$run/nginx.conf" <<CONF
$nginx_user
worker_processes 1;
pid $run/nginx.pid;
error_log $run/nginx-error.log warn;
events { worker_connections 4096; }
http {
	access_log off;
	client_body_temp_path $run/tmp/body;
	fastcgi_temp_path $run/tmp/fastcgi;
	proxy_temp_path $run/tmp/proxy;
	uwsgi_temp_path $run/tmp/uwsgi;
	scgi_temp_path $run/tmp/scgi;
	log_format peer '\$connection \$connection_requests \$ssl_session_reused';
	server {
		listen 127.0.0.1:$front;
		keepalive_requests 1000000;
		location / {
			fastcgi_pass unix:$run/fpm.sock;
			fastcgi_param SCRIPT_FILENAME $AMZPAY_ROOT/bench/fpm/shop.php;
			fastcgi_param QUERY_STRING \$query_string;
			fastcgi_param REQUEST_METHOD \$request_method;
			fastcgi_param REQUEST_URI \$request_uri;
			fastcgi_param SERVER_PROTOCOL \$server_protocol;
			fastcgi_param AMZPAY_BENCH_PEER_PORT $peer;
			fastcgi_param AMZPAY_BENCH_SDK "$sdk";
			fastcgi_param AMZPAY_BENCH_SDK_HOST $sdk_host;
		}
	}
	server {
		listen 127.0.0.1:$peer ssl;
		$sdk_listen
		ssl_certificate $run/peer.crt;
		ssl_certificate_key $run/peer.key;
		keepalive_requests 1000000;
		keepalive_timeout 600s;
		access_log $run/peer.log peer;
		location / {
			default_type application/json;
			return 201 '$charge';
		}
	}
}
CONF
"$nginx_bin" -p "$run" -c "$run/nginx.conf" -e "$run/nginx-error.log" || { cat "$run/nginx-error.log"; exit 1; }
for _ in $(seq 50); do [ -s "$run/nginx.pid" ] && break; sleep 0.1; done
nginx_pid=$(cat "$run/nginx.pid")

# start_fpm EXTENSIONS...: a private php-fpm (no system php.ini, no conf.d scan) with those extensions
start_fpm() {
	local ext
	{
		echo "opcache.enable=1"
		echo "zend_extension=opcache"
		for ext in "$@"; do echo "extension=$ext"; done
		echo "amzpay.persistent=1"
		echo "amzpay.cabundle=$run/peer.crt"
		echo "curl.cainfo=$run/peer.crt"
		echo "memory_limit=256M"
	} >"$run/php.ini"
	cat >"$run/fpm.conf" <<CONF
[global]
pid = $run/fpm.pid
error_log = $run/fpm.log
daemonize = yes
[bench]
user = $(id -un)
listen = $run/fpm.sock
pm = static
pm.max_children = $workers
pm.max_requests = 0
catch_workers_output = yes
CONF
	rm -f "$run/fpm.pid"
	local as_root=()
	[ "$(id -u)" -eq 0 ] && as_root=(--allow-to-run-as-root)
	PHP_INI_SCAN_DIR= "$fpm_bin" -n -c "$run/php.ini" -y "$run/fpm.conf" "${as_root[@]}" || { cat "$run/fpm.log"; return 1; }
	for _ in $(seq 50); do [ -s "$run/fpm.pid" ] && [ -S "$run/fpm.sock" ] && break; sleep 0.1; done
	fpm_pid=$(cat "$run/fpm.pid")
}

stop_fpm() {
	kill "$fpm_pid" 2>/dev/null
	for _ in $(seq 50); do kill -0 "$fpm_pid" 2>/dev/null || break; sleep 0.1; done
	fpm_pid=""
}

# worker RSS in kB, one per line
worker_rss() {
	local p
	for p in $(pgrep -P "$fpm_pid"); do
		awk '/^VmRSS/ { print $2 }' "/proc/$p/status"
	done | sort -n | tr '\n' ' '
}

# measure NAME QUERY: prints one result row; sets smoke_ok
measure() {
	local name=$1 query=$2 warm=$((workers * 50)) out rps p50 p99 failed non2xx conns perconn rss0 rss1 resumed
	[ -n "${AMZPAY_FPM_DEBUG:-}" ] && curl -s -w "%{time_total}s\n" "http://127.0.0.1:$front/shop.php?$query"
	ab -q -n "$warm" -c "$concurrency" "http://127.0.0.1:$front/shop.php?$query" >/dev/null 2>&1
	rss0=$(worker_rss)
	: >"$run/peer.log"
	kill -USR1 "$nginx_pid" # reopen the peer log
	sleep 0.2
	out=$(ab -n "$requests" -c "$concurrency" "http://127.0.0.1:$front/shop.php?$query" 2>&1)
	rss1=$(worker_rss)
	rps=$(awk '/^Requests per second/ { print $4 }' <<<"$out")
	p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
	p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
	failed=$(awk '/^Failed requests/ { print $3 }' <<<"$out")
	non2xx=$(awk '/^Non-2xx responses/ { print $3 }' <<<"$out")
	sleep 0.3
	conns=$(awk '{ print $1 }' "$run/peer.log" | sort -u | wc -l)
	resumed=$(awk '$3 == "r"' "$run/peer.log" | awk '{ print $1 }' | sort -u | wc -l)
	perconn=$(awk -v n="$(wc -l <"$run/peer.log")" -v c="$conns" 'BEGIN { printf "%.0f", c ? n / c : 0 }')
	printf '%-14s %9s %8s %8s %7s %7s %12s %10s %12s\n' "$name" "${rps:-?}" "${p50:-?}" "${p99:-?}" \
		"$((${failed:-1} + ${non2xx:-0}))" "$conns" "$resumed" "$perconn" \
		"$(awk -v c="$conns" -v w="$workers" 'BEGIN { printf "%.2f", c / w }')"
	printf '%-14s RSS kB per worker after warm-up: %s\n%-14s RSS kB per worker after %d calls:  %s\n' "" "$rss0" "" \
		"$requests" "$rss1"
	smoke_ok=1
	if [ "$((${failed:-1} + ${non2xx:-0}))" -ne 0 ] || [ "$conns" -gt "$workers" ] || [ "$conns" -lt 1 ]; then
		smoke_ok=0
	fi
}

echo "php-fpm $($fpm_bin -v | head -n 1 | awk '{ print $2 }'), $workers static workers, ab -c $concurrency, $requests requests (official SDK: ${sdk_requests:-$requests})"
printf '%-14s %9s %8s %8s %7s %7s %12s %10s %12s\n' client 'req/s' 'p50 ms' 'p99 ms' errors 'TLS conn' 'resumed conn' 'req/conn' 'conn/worker'
start_fpm "$AMZPAY_ROOT/modules/amzpay.so" || exit 1
measure amzpay "c=amzpay"
amzpay_ok=$smoke_ok
stop_fpm
if [ -n "$sdk" ] && [ "$smoke" -eq 0 ]; then
	start_fpm curl mbstring gmp || exit 1
	requests=${sdk_requests:-$requests}
	measure "official SDK" "c=sdk"
	stop_fpm
fi
if [ "$smoke" -eq 1 ]; then
	if [ "$amzpay_ok" -eq 1 ]; then echo "1 passed, 0 failed"; else tail -n 20 "$run/fpm.log"; echo "0 passed, 1 failed"; fi
	[ "$amzpay_ok" -eq 1 ]
fi
