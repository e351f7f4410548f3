/*
 * amzpay core: regions, hosts and base URLs of the v2 API.
 *
 * Everything here is pure string work on caller-owned input: no allocation
 * except through the caller's amzpay_buf, no global state. Comparisons are
 * ASCII-only on purpose (never strcasecmp/tolower), so a PHP script that
 * calls setlocale() cannot change how "US" or "LOCALHOST" are recognised.
 */
#include "endpoint.h"

#include <arpa/inet.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define AMZPAY_ENDPOINT_MAX_LEN 2048
#define AMZPAY_PATH_ID_MAX_LEN  128

/* {{{ ASCII helpers */
static char ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static bool ascii_is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool ascii_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool ascii_is_hex(char c)
{
	return ascii_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Case-insensitive equality of s[0..len) and the lower-case literal `lit`. */
static bool ascii_ieq(const char *s, size_t len, const char *lit)
{
	size_t i;

	if (strlen(lit) != len) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (ascii_lower(s[i]) != lit[i]) {
			return false;
		}
	}
	return true;
}

/* Case-insensitive "s starts with the upper-case literal `prefix`" (PHP strtoupper is ASCII-only too). */
static bool ascii_starts_with_upper(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++) {
		char c = *s;

		if (c >= 'a' && c <= 'z') {
			c = (char)(c - 'a' + 'A');
		}
		if (c != *prefix) {
			return false;
		}
	}
	return true;
}
/* }}} */

/* {{{ regions and hosts */
const char *amzpay_region_map(const char *region)
{
	static const struct {
		const char *given;
		const char *mapped;
	} map[] = {
		{"us", "na"}, {"na", "na"}, {"eu", "eu"}, {"de", "eu"}, {"uk", "eu"}, {"jp", "jp"},
	};
	size_t i, len;

	if (!region) {
		return NULL;
	}
	len = strlen(region);
	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		if (ascii_ieq(region, len, map[i].given)) {
			return map[i].mapped;
		}
	}
	return NULL;
}

const char *amzpay_region_host(const char *mapped_region)
{
	if (!mapped_region) {
		return NULL;
	}
	if (strcmp(mapped_region, "na") == 0) {
		return "pay-api.amazon.com";
	}
	if (strcmp(mapped_region, "eu") == 0) {
		return "pay-api.amazon.eu";
	}
	if (strcmp(mapped_region, "jp") == 0) {
		return "pay-api.amazon.jp";
	}
	return NULL;
}

bool amzpay_key_id_is_env_specific(const char *public_key_id)
{
	if (!public_key_id) {
		return false;
	}
	/* The SDK only looks at the prefix: "LIVE-X", "live-x" and "LIVEX" all count. */
	return ascii_starts_with_upper(public_key_id, "LIVE") || ascii_starts_with_upper(public_key_id, "SANDBOX");
}
/* }}} */

/* {{{ endpoint override parsing */

/* Views into the override string; nothing is copied. */
typedef struct {
	bool https;
	const char *host; /* as written: "[::1]" keeps its brackets here */
	size_t host_len;
	bool ipv6;            /* host is an IPv6 literal: written canonically from v6 */
	unsigned char v6[16];
	const char *port; /* digits only, port_len == 0 when absent */
	size_t port_len;
	const char *path; /* prefix without trailing '/', path_len == 0 when none */
	size_t path_len;
} endpoint_parts;

#define ENDPOINT_ERROR_PREFIX "The endpoint override "

static int endpoint_error(amzpay_error *err, const char *what)
{
	/* Never quote the URL itself: it may carry a password in user-info. */
	return amzpay_error_set(err, AMZPAY_ERR_CONFIG, ENDPOINT_ERROR_PREFIX "%s", what);
}

/* RFC 3986 unreserved / sub-delims / ':' '@' '/', plus '%' followed by two hex digits. */
static bool is_path_char(const char *p, const char *end)
{
	char c = *p;

	if (ascii_is_alpha(c) || ascii_is_digit(c)) {
		return true;
	}
	if (c == '%') {
		return end - p >= 3 && ascii_is_hex(p[1]) && ascii_is_hex(p[2]);
	}
	return strchr("-._~!$&'()*+,;=:@/", c) != NULL && c != '\0';
}

/* Dotted-quad IPv4 literal: exactly four decimal octets 0..255, no leading zeros (so no octal surprises). */
static bool parse_ipv4(const char *s, size_t len, unsigned char out[4])
{
	size_t i = 0;
	int octet;

	for (octet = 0; octet < 4; octet++) {
		unsigned value = 0;
		size_t digits = 0;

		if (octet > 0) {
			if (i >= len || s[i] != '.') {
				return false;
			}
			i++;
		}
		while (i < len && ascii_is_digit(s[i]) && digits < 4) {
			value = value * 10 + (unsigned)(s[i] - '0');
			digits++;
			i++;
		}
		if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && s[i - digits] == '0')) {
			return false;
		}
		out[octet] = (unsigned char)value;
	}
	return i == len;
}

/*
 * IPv6 literal (without brackets) into 16 bytes: hex groups separated by ':',
 * at most one "::", optionally ending in a dotted quad. Zone ids ("%eth0") are refused.
 */
static bool parse_ipv6(const char *s, size_t len, unsigned char out[16])
{
	uint16_t groups[8];
	size_t ngroups = 0, i = 0;
	int gap = -1; /* index in groups[] where "::" stands */

	if (len >= 2 && s[0] == ':' && s[1] == ':') {
		gap = 0;
		i = 2;
	} else if (len >= 1 && s[0] == ':') {
		return false;
	}
	while (i < len) {
		size_t start = i;
		unsigned value = 0;

		if (ngroups == 8) {
			return false;
		}
		while (i < len && ascii_is_hex(s[i]) && i - start < 4) {
			char c = ascii_lower(s[i]);
			value = value * 16 + (unsigned)(ascii_is_digit(c) ? c - '0' : c - 'a' + 10);
			i++;
		}
		if (i < len && s[i] == '.') {
			/* trailing embedded IPv4: takes two groups */
			unsigned char v4[4];

			if (ngroups > 6 || !parse_ipv4(s + start, len - start, v4)) {
				return false;
			}
			groups[ngroups++] = (uint16_t)(v4[0] << 8 | v4[1]);
			groups[ngroups++] = (uint16_t)(v4[2] << 8 | v4[3]);
			i = len;
			break;
		}
		if (i == start) {
			return false;
		}
		groups[ngroups++] = (uint16_t)value;
		if (i == len) {
			break;
		}
		if (s[i] != ':') {
			return false;
		}
		i++;
		if (i < len && s[i] == ':') {
			if (gap >= 0) {
				return false;
			}
			gap = (int)ngroups;
			i++;
		} else if (i == len) {
			return false; /* trailing single ':' */
		}
	}
	if (gap < 0 ? ngroups != 8 : ngroups > 7) {
		return false;
	}
	memset(out, 0, 16);
	{
		size_t head = gap < 0 ? ngroups : (size_t)gap, tail = ngroups - head, g;

		for (g = 0; g < head; g++) {
			out[2 * g] = (unsigned char)(groups[g] >> 8);
			out[2 * g + 1] = (unsigned char)(groups[g] & 0xff);
		}
		for (g = 0; g < tail; g++) {
			size_t at = 8 - tail + g;

			out[2 * at] = (unsigned char)(groups[head + g] >> 8);
			out[2 * at + 1] = (unsigned char)(groups[head + g] & 0xff);
		}
	}
	return true;
}

/* Registered name: letters, digits, '-' and '.', labels not empty (a single trailing dot is allowed). */
static bool is_reg_name(const char *s, size_t len)
{
	size_t i, label = 0;

	if (len == 0 || len > 253 + 1) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (label == 0) {
				return false;
			}
			label = 0;
		} else if (ascii_is_alpha(s[i]) || ascii_is_digit(s[i]) || s[i] == '-') {
			if (++label > 63) {
				return false;
			}
		} else {
			return false;
		}
	}
	return true;
}

/*
 * libcurl reads a host whose last label is a number as an IPv4 address in
 * any of its spellings ("200" is 0.0.0.200, "127.1" and "0x7f.0.0.1" are
 * 127.0.0.1). The signed x-amz-pay-host must be the host libcurl connects
 * to, so such a host must already be a dotted quad (a.b.c.d, no leading
 * zeros) or it is refused.
 */
static bool numeric_host_ok(const char *s, size_t len)
{
	const char *last;
	unsigned char v4[4];

	if (len > 0 && s[len - 1] == '.') {
		len--; /* one trailing dot: same host */
	}
	last = s + len;
	while (last > s && last[-1] != '.') {
		last--;
	}
	if (last == s + len || !ascii_is_digit(*last)) {
		return true; /* a name: its last label is not a number */
	}
	return parse_ipv4(s, len, v4);
}

static bool host_is_loopback(const char *host, size_t len)
{
	unsigned char v4[4], v6[16];
	static const unsigned char v6_loopback[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

	if (ascii_ieq(host, len, "localhost") || ascii_ieq(host, len, "localhost.")) {
		return true;
	}
	if (len >= 2 && host[0] == '[') {
		return parse_ipv6(host + 1, len - 2, v6) && memcmp(v6, v6_loopback, 16) == 0;
	}
	return parse_ipv4(host, len, v4) && v4[0] == 127;
}

static int parse_scheme(const char *url, size_t len, endpoint_parts *p, size_t *pos, amzpay_error *err)
{
	if (len >= 8 && ascii_ieq(url, 8, "https://")) {
		p->https = true;
		*pos = 8;
		return 0;
	}
	if (len >= 7 && ascii_ieq(url, 7, "http://")) {
		p->https = false;
		*pos = 7;
		return 0;
	}
	return endpoint_error(err, "must start with https:// (or http:// for a loopback test server)");
}

/* authority = host [":" port]; the caller already refused '@', '?', '#' and whitespace. */
static int parse_authority(const char *a, size_t len, endpoint_parts *p, amzpay_error *err)
{
	size_t host_len = len;

	if (len > 0 && a[0] == '[') {
		const char *close = memchr(a, ']', len);

		if (!close) {
			return endpoint_error(err, "has an IPv6 address without a closing ']'");
		}
		host_len = (size_t)(close - a) + 1;
		if (!parse_ipv6(a + 1, host_len - 2, p->v6)) {
			return endpoint_error(err, "has an invalid IPv6 address");
		}
		p->ipv6 = true;
		if (host_len < len && a[host_len] != ':') {
			return endpoint_error(err, "has unexpected characters after the IPv6 address");
		}
	} else {
		const char *colon = memchr(a, ':', len);

		if (colon) {
			host_len = (size_t)(colon - a);
		}
		if (host_len == 0) {
			return endpoint_error(err, "has no host name");
		}
		if (!is_reg_name(a, host_len)) {
			return endpoint_error(err, "has an invalid host name");
		}

	}
	p->host = a;
	p->host_len = host_len;
	if (host_len < len) {
		const char *port = a + host_len + 1;
		size_t port_len = len - host_len - 1, i;
		unsigned long value = 0;

		if (port_len == 0 || port_len > 5) {
			return endpoint_error(err, "has an invalid port");
		}
		for (i = 0; i < port_len; i++) {
			if (!ascii_is_digit(port[i])) {
				return endpoint_error(err, "has an invalid port");
			}
			value = value * 10 + (unsigned long)(port[i] - '0');
		}
		if (value == 0 || value > 65535) {
			return endpoint_error(err, "has an invalid port (1-65535)");
		}
		p->port = port;
		p->port_len = port_len;
	}
	return 0;
}

static int parse_path_prefix(const char *path, size_t len, endpoint_parts *p, amzpay_error *err)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (!is_path_char(path + i, path + len)) {
			return endpoint_error(err, "has an invalid character in its path");
		}
	}
	/* "https://h/", "https://h/prefix/" and "https://h/prefix//" all end without '/' here. */
	while (len > 0 && path[len - 1] == '/') {
		len--;
	}
	p->path = path;
	p->path_len = len;
	return 0;
}

/* Refuses what must never reach curl or a signed header, before any structural parsing. */
static int check_forbidden_chars(const char *url, size_t len, amzpay_error *err)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)url[i];

		if (c == '\r' || c == '\n') {
			return endpoint_error(err, "must not contain CR or LF");
		}
		if (c == ' ' || c == '\t') {
			return endpoint_error(err, "must not contain whitespace");
		}
		if (c < 0x20 || c == 0x7f) {
			return endpoint_error(err, "must not contain control characters");
		}
		if (c >= 0x80) {
			return endpoint_error(err, "must be ASCII (use punycode and percent-encoding)");
		}
		if (c == '?') {
			return endpoint_error(err, "must not contain a query string ('?')");
		}
		if (c == '#') {
			return endpoint_error(err, "must not contain a fragment ('#')");
		}
		if (c == '\\') {
			return endpoint_error(err, "must not contain '\\'");
		}
	}
	return 0;
}

/*
 * The one URL parser: scheme (http/https), authority (no user-info; a name,
 * a dotted quad or a bracketed IPv6 literal; port 1-65535) and path of
 * url[0..len), which must hold no query or fragment.
 */
static int parse_url(const char *url, size_t len, endpoint_parts *p, amzpay_error *err)
{
	size_t pos = 0, auth_len;
	const char *auth, *slash;

	memset(p, 0, sizeof(*p));
	if (check_forbidden_chars(url, len, err) != 0 || parse_scheme(url, len, p, &pos, err) != 0) {
		return -1;
	}
	auth = url + pos;
	slash = memchr(auth, '/', len - pos);
	auth_len = slash ? (size_t)(slash - auth) : len - pos;
	if (memchr(auth, '@', auth_len)) {
		return endpoint_error(err, "must not contain user info (user:password@)");
	}
	if (auth_len == 0) {
		return endpoint_error(err, "has no host name");
	}
	if (parse_authority(auth, auth_len, p, err) != 0) {
		return -1;
	}
	if (slash && parse_path_prefix(slash, len - pos - auth_len, p, err) != 0) {
		return -1;
	}
	return 0;
}

static int parse_endpoint(const char *url, endpoint_parts *p, amzpay_error *err)
{
	if (!url || !*url) {
		memset(p, 0, sizeof(*p));
		return endpoint_error(err, "must not be empty");
	}
	if (strlen(url) > AMZPAY_ENDPOINT_MAX_LEN) {
		memset(p, 0, sizeof(*p));
		return endpoint_error(err, "is too long");
	}
	if (parse_url(url, strlen(url), p, err) != 0) {
		return -1;
	}
	if (!p->https && !host_is_loopback(p->host, p->host_len)) {
		return endpoint_error(err, "may use http:// only for a loopback host (127.0.0.0/8, [::1], localhost); use https://");
	}
	if (!p->ipv6 && !numeric_host_ok(p->host, p->host_len)) {
		return endpoint_error(err, "has a numeric host that is not a dotted-quad IPv4 address (a.b.c.d)");
	}
	return 0;
}
/* }}} */

int amzpay_endpoint_check(const char *url, amzpay_error *err)
{
	endpoint_parts parts;

	return parse_endpoint(url, &parts, err);
}

static void append_canonical_host(amzpay_buf *out, bool ipv6, const unsigned char *v6, const char *host,
                                  size_t host_len)
{
	char text[INET6_ADDRSTRLEN];
	size_t i;

	if (ipv6 && inet_ntop(AF_INET6, v6, text, sizeof(text))) {
		/* one spelling per address (RFC 5952, as libcurl normalises it): x-amz-pay-host is stable */
		amzpay_buf_appendc(out, '[');
		amzpay_buf_appends(out, text);
		amzpay_buf_appendc(out, ']');
	} else {
		/* Host names are case-insensitive; lower-casing keeps x-amz-pay-host stable. */
		for (i = 0; i < host_len; i++) {
			amzpay_buf_appendc(out, ascii_lower(host[i]));
		}
	}
}

static void append_override_root(amzpay_buf *out, const endpoint_parts *p)
{
	amzpay_buf_appends(out, p->https ? "https://" : "http://");
	append_canonical_host(out, p->ipv6, p->v6, p->host, p->host_len);
	if (p->port_len) {
		amzpay_buf_appendc(out, ':');
		amzpay_buf_append(out, p->port, p->port_len);
	}
	amzpay_buf_append(out, p->path, p->path_len);
	amzpay_buf_appendc(out, '/');
}

int amzpay_endpoint_base(const char *mapped_region, bool sandbox, const char *public_key_id, const char *override,
                         amzpay_buf *out, amzpay_error *err)
{
	if (override && *override) {
		endpoint_parts parts;

		if (parse_endpoint(override, &parts, err) != 0) {
			return -1;
		}
		append_override_root(out, &parts);
	} else {
		const char *host = amzpay_region_host(mapped_region);

		if (!host) {
			return amzpay_error_set(err, AMZPAY_ERR_CONFIG,
			                        "config['region'] is a required parameter and is not set to a valid value "
			                        "(us, na, eu, de, uk or jp)");
		}
		amzpay_buf_appends(out, "https://");
		amzpay_buf_appends(out, host);
		amzpay_buf_appendc(out, '/');
	}
	/* Environment-specific key ids ("LIVE-...", "SANDBOX-...") carry the mode themselves. */
	if (!amzpay_key_id_is_env_specific(public_key_id)) {
		amzpay_buf_appends(out, sandbox ? "sandbox/" : "live/");
	}
	if (out->failed) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while building the endpoint URL");
	}
	return 0;
}

/* {{{ request URLs (the transport's check and pool key) */
static bool query_ok(const char *q)
{
	for (; *q; q++) {
		unsigned char c = (unsigned char)*q;

		if (c <= 0x20 || c >= 0x7f || c == '#' || c == '\\') {
			return false;
		}
	}
	return true;
}

/* The endpoint policy's message, re-worded for a request URL (an argument, not the configuration). */
static int request_url_error(amzpay_error *err, const amzpay_error *why)
{
	static const char prefix[] = ENDPOINT_ERROR_PREFIX;
	const char *what = why->message;

	if (strncmp(what, prefix, sizeof(prefix) - 1) == 0) {
		what += sizeof(prefix) - 1;
	}
	return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Invalid URL: the URL %s", what);
}

int amzpay_url_parse(const char *url, amzpay_url *out, amzpay_error *err)
{
	endpoint_parts p;
	amzpay_error why;
	const char *query;
	size_t len;

	memset(out, 0, sizeof(*out));
	if (!url || !*url) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Invalid URL: empty");
	}
	query = strchr(url, '?');
	len = query ? (size_t)(query - url) : strlen(url);
	amzpay_error_clear(&why);
	if (parse_url(url, len, &p, &why) != 0) {
		return request_url_error(err, &why);
	}
	if (!p.ipv6 && !numeric_host_ok(p.host, p.host_len)) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
		                        "Invalid URL: a numeric host must be a dotted-quad IPv4 address (a.b.c.d)");
	}
	if (query && !query_ok(query + 1)) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
		                        "Invalid URL: the query has a space, control, non-ASCII, '#' or '\\' character");
	}
	out->https = p.https;
	out->host = p.host;
	out->host_len = p.host_len;
	out->ipv6 = p.ipv6;
	memcpy(out->v6, p.v6, sizeof(out->v6));
	out->port = p.https ? 443 : 80;
	if (p.port_len) {
		out->port = (unsigned)strtoul(p.port, NULL, 10);
	}
	if (p.path) {
		out->path = p.path;
		out->path_len = (size_t)(url + len - p.path);
	}
	return 0;
}

void amzpay_url_append_origin(const amzpay_url *u, amzpay_buf *out)
{
	amzpay_buf_appends(out, u->https ? "https://" : "http://");
	append_canonical_host(out, u->ipv6, u->v6, u->host, u->host_len);
	amzpay_buf_appendf(out, ":%u", u->port);
}
/* }}} */

int amzpay_url_parts(const char *url, amzpay_buf *host, amzpay_buf *path, amzpay_error *err)
{
	const char *sep, *auth, *auth_end, *at, *host_start, *host_end, *path_end;

	if (!url || !(sep = strstr(url, "://"))) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "The URL must be absolute (scheme://host/path)");
	}
	auth = sep + 3;
	auth_end = auth + strcspn(auth, "/?#");
	/* like parse_url(): user-info, if any, ends at the last '@' of the authority */
	host_start = auth;
	for (at = auth; at < auth_end; at++) {
		if (*at == '@') {
			host_start = at + 1;
		}
	}
	if (host_start < auth_end && *host_start == '[') {
		host_end = memchr(host_start, ']', (size_t)(auth_end - host_start));
		if (!host_end) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "The URL has an IPv6 host without ']'");
		}
		host_start++;
	} else {
		host_end = memchr(host_start, ':', (size_t)(auth_end - host_start));
		if (!host_end) {
			host_end = auth_end;
		}
	}
	if (host_end == host_start) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "The URL has no host");
	}
	amzpay_buf_append(host, host_start, (size_t)(host_end - host_start));
	path_end = auth_end + strcspn(auth_end, "?#");
	if (path_end == auth_end) {
		amzpay_buf_appendc(path, '/');
	} else {
		amzpay_buf_append(path, auth_end, (size_t)(path_end - auth_end));
	}
	if (host->failed || path->failed) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while splitting a URL");
	}
	return 0;
}

bool amzpay_has_ctl(const char *s, size_t len)
{
	size_t i;

	if (!s) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '\r' || s[i] == '\n' || s[i] == '\0') {
			return true;
		}
	}
	return false;
}

/* {{{ path ids */
static bool is_path_id_char(char c)
{
	return ascii_is_alpha(c) || ascii_is_digit(c) || (c != '\0' && strchr("-._~:@=+", c) != NULL);
}

/* The specific message for a byte that is not allowed, so a PHP user sees what to fix. */
static int path_id_char_error(const char *what, unsigned char c, amzpay_error *err)
{
	if (c == '/' || c == '%' || c == '?' || c == '#' || c == '\\') {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s must not contain '%c'", what, c);
	}
	if (c == ' ' || c == '\t') {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s must not contain whitespace", what);
	}
	if (c < 0x20 || c == 0x7f) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s must not contain control characters", what);
	}
	return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
	                        "%s must contain only letters, digits and the characters - . _ ~ : @ = +", what);
}

int amzpay_path_id_check(const char *id, size_t len, const char *what, amzpay_error *err)
{
	size_t i;

	if (!what) {
		what = "The id";
	}
	if (!id || len == 0) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s must not be empty", what);
	}
	if (len > AMZPAY_PATH_ID_MAX_LEN) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s must be at most %d characters long", what,
		                        AMZPAY_PATH_ID_MAX_LEN);
	}
	for (i = 0; i < len; i++) {
		if (!is_path_id_char(id[i])) {
			return path_id_char_error(what, (unsigned char)id[i], err);
		}
	}
	if (len == 1 && id[0] == '.') {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s must not be '.'", what);
	}
	for (i = 0; i + 1 < len; i++) {
		if (id[i] == '.' && id[i + 1] == '.') {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s must not contain '..'", what);
		}
	}
	return 0;
}
/* }}} */
