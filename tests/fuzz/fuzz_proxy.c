/*
 * Proxy strings and the connection registry key derived from them (http_pool.c statics).
 *
 * Input: line 1 the request URL, line 2 the proxy ("host:port" or a URL, with or
 * without "user:password@"), line 3 separate proxy credentials ("user:password").
 * Invariants:
 *   - the registry key never holds proxy credentials: its readable part is the
 *     same whatever the separate credentials are, and the user name or password
 *     libcurl itself reads from the proxy string never appears in it;
 *   - different credentials give different keys (no connection shared across them).
 */
#include "../../src/http_pool.c"

#include "fuzz.h"

static char *key_for(const char *url, const char *proxy, const char *userpwd)
{
	amzpay_http_config cfg;
	amzpay_error err;
	amzpay_url u;

	amzpay_http_config_defaults(&cfg);
	cfg.proxy = proxy;
	cfg.proxy_userpwd = userpwd;
	amzpay_error_clear(&err);
	if (http_parse_url(url, &u, &err) != 0) {
		return NULL;
	}
	return http_registry_key(&cfg, &u, &err);
}

/* Length of the key up to "|auth=" (the readable part). */
static size_t readable_len(const char *key)
{
	const char *auth = strstr(key, "|auth=");

	FUZZ_ASSERT(auth != NULL, "key without |auth=: %s", key);
	return (size_t)(auth - key);
}

static int occurrences(const char *s, const char *what)
{
	int n = 0;

	for (; (s = strstr(s, what)) != NULL; s++) {
		n++;
	}
	return n;
}

static void check_not_in_key(const char *key, const char *proxy, CURLUPart part)
{
	CURLU *u = curl_url();
	char *secret = NULL, *scheme = NULL, *host = NULL, *port = NULL, endpoint[1024];

	if (curl_url_set(u, CURLUPART_URL, proxy, CURLU_GUESS_SCHEME | CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
	    curl_url_get(u, part, &secret, CURLU_URLENCODE) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK && secret && scheme && host && port &&
	    strlen(secret) >= 6 && occurrences(proxy, secret) == 1) {
		/* the key may name the proxy endpoint; a secret that happens to be part of it is no leak */
		snprintf(endpoint, sizeof(endpoint), "%s://%s:%s", scheme, host, port);
		if (!strstr(endpoint, secret)) {
			char *readable = strndup(key, readable_len(key));
			/* the request URL's part of the key is not the proxy's: look only at proxy=... */
			const char *p = strstr(readable, "|proxy=");
			FUZZ_ASSERT(!p || !strstr(p, secret), "proxy credential '%s' in the key %s", secret, readable);
			free(readable);
		}
	}
	curl_free(secret);
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *rest, *l2, *l3;
	size_t rest_len, n1, n2, n3;
	char *url, *proxy, *userpwd, *k1, *k2, *k3;

	n1 = fuzz_line(data, size, &rest, &rest_len);
	l2 = rest;
	n2 = fuzz_line(l2, rest_len, &rest, &rest_len);
	l3 = rest;
	n3 = fuzz_line(l3, rest_len, &rest, &rest_len);
	url = fuzz_cstr(data, n1);
	proxy = fuzz_cstr(l2, n2);
	userpwd = fuzz_cstr(l3, n3);

	k1 = key_for(url, proxy, userpwd);
	if (k1) {
		k2 = key_for(url, proxy, "someone-else:other-password");
		k3 = key_for(url, proxy, userpwd);
		FUZZ_ASSERT(k2 && k3, "key fails for other credentials");
		FUZZ_ASSERT(readable_len(k1) == readable_len(k2) && !memcmp(k1, k2, readable_len(k1)),
		            "separate credentials change the readable key: %s vs %s", k1, k2);
		FUZZ_ASSERT(!strcmp(k1, k3), "the same settings give two keys");
		FUZZ_ASSERT(strcmp(userpwd, "someone-else:other-password") == 0 || strcmp(k1, k2) != 0,
		            "different credentials share a key");
		if (*proxy) {
			check_not_in_key(k1, proxy, CURLUPART_USER);
			check_not_in_key(k1, proxy, CURLUPART_PASSWORD);
		}
		free(k2);
		free(k3);
	}
	free(k1);
	free(url);
	free(proxy);
	free(userpwd);
	return 0;
}
