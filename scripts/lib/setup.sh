# Shared set-up for scripts/demo, scripts/test and scripts/bench (sourced, not run).
#
# amzpay_install_deps   installs the Debian packages that are missing (no prompt)
# amzpay_build          phpize + configure + make, in the project root
# amzpay_php            runs PHP with only the freshly built module loaded
# amzpay_sandbox_start DIR   starts sandbox/serve (state in DIR), sets AMZPAY_SANDBOX_URL / _PID
# amzpay_sandbox_stop        stops it
# amzpay_sandbox_order JSON  creates a charge permission (a completed checkout), prints its id

AMZPAY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

AMZPAY_PACKAGES=(
	php-pear composer
	php8.2-dev php8.2-cli php8.2-cgi php8.2-xml php8.2-sqlite3
	libcurl4-openssl-dev libssl-dev libcjson-dev libxml2-dev pkg-config
	php-parser gcc make autoconf openssl valgrind
	libsqlite3-dev libmariadb-dev mariadb-server
	clang libclang-rt-14-dev llvm
	php8.2-fpm nginx wrk apache2-utils php8.2-gmp php-phpseclib3
)

# Progress line on stderr, with the seconds since the script started.
amzpay_log() {
	printf '==> [%4ds] %s\n' "$SECONDS" "$*" >&2
}

amzpay_missing_packages() {
	local pkg missing=()
	for pkg in "${AMZPAY_PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
	done
	printf '%s\n' "${missing[@]}"
}

amzpay_install_deps() {
	local missing sudo=""
	mapfile -t missing < <(amzpay_missing_packages)
	if [ "${#missing[@]}" -eq 0 ] || [ -z "${missing[0]}" ]; then
		return 0
	fi
	if [ "$(id -u)" -ne 0 ]; then
		sudo="sudo"
	fi
	amzpay_log "installing: ${missing[*]}"
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

# Every amzpay*.c and src/*.c must be named in the explicit source lists of config.m4 and config.w32.
amzpay_check_source_lists() {
	local f missing=0
	for f in amzpay*.c src/*.c; do
		if ! tr ' "' '\n\n' <config.m4 | grep -qxF "$f"; then
			amzpay_log "$f is missing from the source list in config.m4"
			missing=1
		fi
		if ! tr ' "' '\n\n' <config.w32 | grep -qxF "${f#src/}"; then
			amzpay_log "$f is missing from the source list in config.w32"
			missing=1
		fi
	done
	return "$missing"
}

# Builds modules/amzpay.so; reconfigures only when config.m4 (which holds the source list) changed.
amzpay_build() {
	cd "$AMZPAY_ROOT" || return 1
	local stamp
	amzpay_check_source_lists || return 1
	stamp=$(sha256sum config.m4 | cut -c1-16)
	if [ ! -f Makefile ] || [ "$(cat .amzpay-configured 2>/dev/null)" != "$stamp" ]; then
		amzpay_log "phpize + configure"
		phpize >/dev/null 2>&1 || { phpize; return 1; }
		./configure --enable-amzpay --enable-amzpay-developer-flags >/dev/null || return 1
		printf '%s' "$stamp" >.amzpay-configured
	fi
	amzpay_log "make"
	make -j"$(nproc)" >/dev/null || { make 2>&1 | tail -n 40; return 1; }
}

amzpay_php() {
	php -n -d extension="$AMZPAY_ROOT/modules/amzpay.so" "$@"
}

amzpay_sandbox_start() {
	local dir=$1
	"$AMZPAY_ROOT/sandbox/serve" --state "$dir/sandbox.sqlite" >"$dir/serve.out" 2>"$dir/serve.err" &
	AMZPAY_SANDBOX_PID=$!
	AMZPAY_SANDBOX_URL=""
	for _ in $(seq 1 100); do
		AMZPAY_SANDBOX_URL=$(head -n 1 "$dir/serve.out" 2>/dev/null || true)
		[ -n "$AMZPAY_SANDBOX_URL" ] && return 0
		sleep 0.1
	done
	cat "$dir/serve.err" >&2
	echo "the sandbox did not start" >&2
	return 1
}

amzpay_sandbox_stop() {
	if [ -n "${AMZPAY_SANDBOX_PID:-}" ]; then
		kill "$AMZPAY_SANDBOX_PID" 2>/dev/null || true
		wait "$AMZPAY_SANDBOX_PID" 2>/dev/null || true
		AMZPAY_SANDBOX_PID=""
	fi
}

amzpay_sandbox_order() {
	php -n -r '
		$ctx = stream_context_create(["http" => ["method" => "POST", "header" => "Content-Type: application/json",
			"content" => $argv[2], "ignore_errors" => true]]);
		$cp = json_decode(file_get_contents($argv[1] . "/__sandbox/chargePermissions", false, $ctx), true);
		echo $cp["chargePermissionId"] ?? exit(1);' "$AMZPAY_SANDBOX_URL" "$1"
}
