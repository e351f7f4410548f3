/*
 * Endpoint overrides, base URLs, URL splitting and path ids (endpoint.h).
 *
 * Input: line 1 flags (s sandbox, l live key id "LIVE-...", e/j region eu/jp),
 *        rest: an endpoint override URL; the whole input is also tried as a path id.
 * Invariants:
 *   - an accepted override is a URL libcurl parses, https for every host and
 *     http only when the host libcurl connects to is loopback;
 *   - the host that is signed (x-amz-pay-host, from amzpay_url_parts of the
 *     request URL) is the host libcurl connects to;
 *   - base URLs end in '/'; an accepted path id is 1..128 bytes of the id
 *     alphabet, never ".", never with "..".
 */
#include <curl/curl.h>
#include <strings.h>

#include "buf.h"
#include "endpoint.h"
#include "error.h"
#include "fuzz.h"

static bool is_loopback(const char *host)
{
	size_t n = strlen(host);
	unsigned a, b, c, d;
	char tail;

	if (!strcasecmp(host, "localhost") || !strcasecmp(host, "localhost.") || !strcmp(host, "[::1]") ||
	    !strcasecmp(host, "[0:0:0:0:0:0:0:1]")) {
		return true;
	}
	return n <= 15 && sscanf(host, "%3u.%3u.%3u.%3u%c", &a, &b, &c, &d, &tail) == 4 && a == 127 && b < 256 &&
	       c < 256 && d < 256;
}

/* The host libcurl connects to, without IPv6 brackets. NULL when libcurl refuses the URL. */
static char *curl_host(const char *url, char **scheme)
{
	CURLU *u = curl_url();
	char *host = NULL;

	*scheme = NULL;
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK || curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, scheme, 0) != CURLUE_OK) {
		curl_free(host);
		curl_free(*scheme);
		host = *scheme = NULL;
	}
	curl_url_cleanup(u);
	return host;
}

static void check_signed_host(const char *base)
{
	amzpay_buf url = AMZPAY_BUF_INIT, host = AMZPAY_BUF_INIT, path = AMZPAY_BUF_INIT;
	amzpay_error err;
	char *connected, *scheme;
	size_t n;

	amzpay_buf_appendf(&url, "%sv2/charges/S01-1234567-1234567-C000001", base);
	amzpay_error_clear(&err);
	FUZZ_ASSERT(amzpay_url_parts(amzpay_buf_cstr(&url), &host, &path, &err) == 0, "request URL does not split: %s",
	            err.message);
	connected = curl_host(amzpay_buf_cstr(&url), &scheme);
	FUZZ_ASSERT(connected != NULL, "libcurl refuses the request URL %s", amzpay_buf_cstr(&url));
	FUZZ_ASSERT(!strcmp(scheme, "https") || is_loopback(connected), "%s to a non-loopback host %s", scheme, connected);
	n = strlen(connected);
	if (n >= 2 && connected[0] == '[') {
		connected[n - 1] = '\0';
		memmove(connected, connected + 1, n - 1);
	}
	FUZZ_ASSERT(!strcasecmp(amzpay_buf_cstr(&host), connected), "signed host '%s' but connected host '%s' (%s)",
	            amzpay_buf_cstr(&host), connected, amzpay_buf_cstr(&url));
	curl_free(connected);
	curl_free(scheme);
	amzpay_buf_free(&url);
	amzpay_buf_free(&host);
	amzpay_buf_free(&path);
}

static void check_base(const char *region, bool sandbox, const char *key_id, const char *override)
{
	amzpay_buf base = AMZPAY_BUF_INIT;
	amzpay_error err;

	amzpay_error_clear(&err);
	if (amzpay_endpoint_base(region, sandbox, key_id, override, &base, &err) == 0) {
		FUZZ_ASSERT(base.len > 0 && base.data[base.len - 1] == '/', "base URL without '/': %s", amzpay_buf_cstr(&base));
		check_signed_host(amzpay_buf_cstr(&base));
	} else {
		FUZZ_ASSERT(!override || amzpay_endpoint_check(override, NULL) != 0, "accepted override %s has no base: %s",
		            override, err.message);
		FUZZ_ASSERT(err.message[0] != '\0', "refused without a message");
	}
	amzpay_buf_free(&base);
}

static void check_path_id(const uint8_t *data, size_t size)
{
	amzpay_error err;
	size_t i;

	amzpay_error_clear(&err);
	if (amzpay_path_id_check((const char *)data, size, "chargeId", &err) != 0) {
		FUZZ_ASSERT(err.message[0] != '\0', "id refused without a message");
		return;
	}
	FUZZ_ASSERT(size >= 1 && size <= 128, "id of %zu bytes accepted", size);
	FUZZ_ASSERT(!(size == 1 && data[0] == '.') && !memmem(data, size, "..", 2), "dot id accepted");
	for (i = 0; i < size; i++) {
		FUZZ_ASSERT(data[i] > 0x20 && data[i] < 0x7f && !strchr("/?#%\\", data[i]), "id byte 0x%02x accepted",
		            data[i]);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *rest;
	size_t rest_len, n = fuzz_line(data, size, &rest, &rest_len);
	const char *region = memchr(data, 'e', n) ? "eu" : memchr(data, 'j', n) ? "jp" : "na";
	const char *key_id = memchr(data, 'l', n) ? "LIVE-AMZPAYFUZZKEY0001" : "AMZPAYFUZZKEY0001";
	bool sandbox = memchr(data, 's', n) != NULL;
	char *url = fuzz_cstr(rest, rest_len);

	check_base(region, sandbox, key_id, NULL);
	check_base(region, sandbox, key_id, url);
	check_base(NULL, !sandbox, "SANDBOX-AMZPAYFUZZKEY0001", url);
	check_path_id(data, size);
	free(url);
	return 0;
}
