/*
 * amzpay core: regions, hosts and base URLs of the v2 API.
 */
#ifndef AMZPAY_ENDPOINT_H
#define AMZPAY_ENDPOINT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

/* Case-insensitive: us/na -> "na"; eu/de/uk -> "eu"; jp -> "jp". Returns a static string or NULL. */
const char *amzpay_region_map(const char *region);
/* "na" -> "pay-api.amazon.com", "eu" -> "pay-api.amazon.eu", "jp" -> "pay-api.amazon.jp" */
const char *amzpay_region_host(const char *mapped_region);
/* strtoupper(id) starts with "LIVE" or "SANDBOX" */
bool amzpay_key_id_is_env_specific(const char *public_key_id);

/*
 * Validates an endpoint override ("https://host[:port][/prefix]"): https for
 * any host, http only for loopback hosts (127.0.0.0/8, ::1, localhost). No
 * user-info, query, fragment, CR/LF/space. AMZPAY_ERR_CONFIG on failure.
 */
int amzpay_endpoint_check(const char *url, amzpay_error *err);

/*
 * Base URL every operation path ("v2/charges"...) is appended to, always ending in '/':
 *   https://<region host>/<sandbox|live>/   or, for env-specific key ids, https://<host>/
 * With `override` (validated as above) the scheme/host/port/prefix come from it (host lower-cased,
 * trailing slashes of the prefix dropped) and `mapped_region` may be NULL. Appended to `out`.
 */
int amzpay_endpoint_base(const char *mapped_region, bool sandbox, const char *public_key_id, const char *override,
                         amzpay_buf *out, amzpay_error *err);

/*
 * A request URL as the transport connects to it, from the same parser as
 * amzpay_endpoint_check() (so the pool key, the scheme check and the signed
 * host agree): http or https, no user-info, no fragment, ASCII without
 * spaces or control characters; the host a name, a dotted quad or a
 * bracketed IPv6 literal; a port 1-65535; then a path and an optional query.
 * The http-only-for-loopback rule is the endpoint policy's, not applied here.
 * Pointers point into `url`. AMZPAY_ERR_ARGUMENT ("Invalid URL: ...") on failure.
 */
typedef struct {
	bool https;
	const char *host; /* as written; an IPv6 literal keeps its brackets */
	size_t host_len;
	bool ipv6;
	unsigned char v6[16];
	unsigned port;    /* as written, else 443 / 80 */
	const char *path; /* from the first '/' up to the query; path_len 0 when none */
	size_t path_len;
} amzpay_url;

int amzpay_url_parse(const char *url, amzpay_url *out, amzpay_error *err);
/* "<scheme>://<host>:<port>", host lower-cased, IPv6 in its one RFC 5952 spelling: the connection's identity. */
void amzpay_url_append_origin(const amzpay_url *u, amzpay_buf *out);

/* Splits an absolute URL: host (no port, brackets kept off for IPv6) and path ("/" when empty, no query).
 * Both are appended to the given buffers. This is PHP parse_url() for the x-amz-pay-host the official SDK
 * signs; it never decides where to connect: every request sent is first checked by amzpay_url_parse(). */
int amzpay_url_parts(const char *url, amzpay_buf *host, amzpay_buf *path, amzpay_error *err);

/* true when `s` (len bytes) contains CR, LF or NUL */
bool amzpay_has_ctl(const char *s, size_t len);

/*
 * Validates an id to be placed in a URL path: 1..128 chars of [A-Za-z0-9._~-]
 * (plus ':' '@' '=' '+'), never "." and never containing "..". `what` names it in the
 * message, e.g. "chargeId must not contain '/'" (AMZPAY_ERR_ARGUMENT).
 */
int amzpay_path_id_check(const char *id, size_t len, const char *what, amzpay_error *err);

#endif
