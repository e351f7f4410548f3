/*
 * amzpay core: libcurl transport (see http.h for the contract).
 *
 * Layout of this file:
 *   - small helpers (clock, random, string checks)
 *   - per-attempt curl options and callbacks
 *   - outcome classification (retryable? sent? which error domain?)
 *   - amzpay_http_send(): the attempt loop with backoff and the overall deadline
 *
 * Nothing in this file ever formats a header value, the proxy credentials or
 * the request body into an error message.
 */
#if !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* clock_gettime, nanosleep, strdup, strncasecmp under -std=c11 */
#endif
#include "http_private.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

/* Do not start a retry with less time left than this: it could only time out. */
#define AMZPAY_HTTP_MIN_ATTEMPT_MS 50
/* Retry-After values above this many seconds are clamped before any arithmetic. */
#define AMZPAY_HTTP_RETRY_AFTER_CLAMP_S 86400L


/* ------------------------------------------------------------------------ */
/* helpers                                                                   */
/* ------------------------------------------------------------------------ */

static double http_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void http_default_sleep(long ms)
{
	struct timespec req, rem;

	if (ms <= 0) {
		return;
	}
	req.tv_sec = ms / 1000;
	req.tv_nsec = (ms % 1000) * 1000000L;
	while (nanosleep(&req, &rem) == -1 && errno == EINTR) {
		req = rem;
	}
}

static amzpay_sleep_fn http_sleep = http_default_sleep;

void amzpay_http_set_sleep(amzpay_sleep_fn fn)
{
	http_sleep = fn ? fn : http_default_sleep;
}

/* Uniform random integer in [0, max]. OpenSSL's DRBG is fork-safe (reseeded in the child). */
static long http_random_upto(long max)
{
	static uint64_t fallback_state;
	uint64_t r;

	if (max <= 0) {
		return 0;
	}
	if (RAND_bytes((unsigned char *)&r, sizeof(r)) != 1) {
		/* Should never happen; jitter quality is not security relevant, so a xorshift will do. */
		if (!fallback_state) {
			fallback_state = ((uint64_t)time(NULL) << 20) ^ (uint64_t)getpid() ^ 0x9e3779b97f4a7c15ULL;
		}
		fallback_state ^= fallback_state << 13;
		fallback_state ^= fallback_state >> 7;
		fallback_state ^= fallback_state << 17;
		r = fallback_state;
	}
	return (long)(r % ((uint64_t)max + 1));
}

char *http_strdup_or_null(const char *s)
{
	return (s && *s) ? strdup(s) : NULL;
}

static bool http_has_crlf(const char *s)
{
	return strpbrk(s, "\r\n") != NULL;
}

static bool http_has_ctl_or_space(const char *s)
{
	for (; *s; s++) {
		if ((unsigned char)*s <= 0x20 || *s == 0x7f) {
			return true;
		}
	}
	return false;
}

static bool http_method_allowed(const char *m)
{
	static const char *const allowed[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};
	size_t i;

	if (!m) {
		return false;
	}
	for (i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++) {
		if (strcmp(m, allowed[i]) == 0) {
			return true;
		}
	}
	return false;
}

/*
 * Parses `url` with the endpoint parser (endpoint.h), the one that decides a
 * URL's scheme, host and port: an absolute http(s) URL without user-info,
 * control characters or spaces. *out points into `url`.
 */
int http_parse_url(const char *url, amzpay_url *out, amzpay_error *err)
{
	if (!url || !*url || http_has_ctl_or_space(url)) {
		memset(out, 0, sizeof(*out));
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Invalid URL: empty or contains control characters");
	}
	return amzpay_url_parse(url, out, err);
}

/* ------------------------------------------------------------------------ */
/* configuration                                                             */
/* ------------------------------------------------------------------------ */

void amzpay_http_config_defaults(amzpay_http_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->connect_timeout_ms = 5000;
	cfg->timeout_ms = 30000;
	cfg->max_retries = 3;
	cfg->retry_base_ms = 100;
	cfg->retry_max_ms = 5000;
	cfg->retry_after_max_ms = 10000;
	cfg->persistent = false;
}

/* Copies the numeric settings of `src` into the handle, clamped to sane ranges. */
void http_handle_apply_numbers(amzpay_http_handle *h, const amzpay_http_config *src)
{
	h->cfg.connect_timeout_ms = src->connect_timeout_ms > 0 ? src->connect_timeout_ms : 0;
	h->cfg.timeout_ms = src->timeout_ms > 0 ? src->timeout_ms : 0;
	h->cfg.max_retries = src->max_retries > 0 ? src->max_retries : 0;
	h->cfg.retry_base_ms = src->retry_base_ms > 0 ? src->retry_base_ms : 0;
	h->cfg.retry_max_ms = src->retry_max_ms > 0 ? src->retry_max_ms : 0;
	h->cfg.retry_after_max_ms = src->retry_after_max_ms > 0 ? src->retry_after_max_ms : 0;
	h->cfg.persistent = src->persistent;
	h->cfg.no_status_retries = src->no_status_retries;
}

/* ------------------------------------------------------------------------ */
/* response                                                                  */
/* ------------------------------------------------------------------------ */

void amzpay_http_response_init(amzpay_http_response *res)
{
	memset(res, 0, sizeof(*res));
}

void amzpay_http_response_free(amzpay_http_response *res)
{
	amzpay_buf_free(&res->body);
	amzpay_buf_free(&res->request_id);
	amzpay_buf_free(&res->location);
	amzpay_buf_free(&res->retry_after);
	curl_slist_free_all(res->sent_headers);
	amzpay_http_response_init(res);
}

/* Clears what one attempt fills in; sent_headers is replaced by the caller. */
static void http_response_reset_attempt(amzpay_http_response *res)
{
	res->status = 0;
	amzpay_buf_reset(&res->body);
	amzpay_buf_reset(&res->request_id);
	amzpay_buf_reset(&res->location);
	amzpay_buf_reset(&res->retry_after);
	res->body.failed = res->request_id.failed = res->location.failed = res->retry_after.failed = false;
}

/*
 * The request id and Location of an earlier attempt stay when a retried answer has none (the official SDK
 * keeps them in its transport object across attempts).
 */
typedef struct {
	amzpay_buf request_id;
	amzpay_buf location;
} http_earlier;

static void http_keep_one(amzpay_buf *kept, const amzpay_buf *value)
{
	if (value->len) {
		amzpay_buf_reset(kept);
		amzpay_buf_append(kept, value->data, value->len);
	}
}

static void http_keep_earlier(http_earlier *e, const amzpay_http_response *res)
{
	http_keep_one(&e->request_id, &res->request_id);
	http_keep_one(&e->location, &res->location);
}

static void http_restore_earlier(const http_earlier *e, amzpay_http_response *res)
{
	if (!res->request_id.len && e->request_id.len) {
		amzpay_buf_append(&res->request_id, e->request_id.data, e->request_id.len);
	}
	if (!res->location.len && e->location.len) {
		amzpay_buf_append(&res->location, e->location.data, e->location.len);
	}
}

bool amzpay_http_status_retryable(long status)
{
	switch (status) {
		case 408:
		case 425:
		case 429:
		case 500:
		case 502:
		case 503:
		case 504:
			return true;
		default:
			return false;
	}
}

/* ------------------------------------------------------------------------ */
/* curl callbacks                                                            */
/* ------------------------------------------------------------------------ */

typedef struct {
	amzpay_http_response *res;
	bool too_large;
	bool out_of_memory;
} http_attempt;

static size_t http_write_cb(char *data, size_t size, size_t nmemb, void *userdata)
{
	http_attempt *at = userdata;
	size_t n = size * nmemb;

	if (at->res->body.len + n > AMZPAY_HTTP_MAX_RESPONSE_BYTES) {
		at->too_large = true;
		return 0; /* CURLE_WRITE_ERROR */
	}
	amzpay_buf_append(&at->res->body, data, n);
	if (at->res->body.failed) {
		at->out_of_memory = true;
		return 0;
	}
	return n;
}

/* Stores the value of "Name: value\r\n" in `out` if the name matches (case-insensitive). */
static bool http_capture_header(const char *line, size_t len, const char *name, amzpay_buf *out)
{
	size_t nlen = strlen(name);
	const char *v, *end = line + len;

	if (len <= nlen || line[nlen] != ':' || strncasecmp(line, name, nlen) != 0) {
		return false;
	}
	v = line + nlen + 1;
	while (v < end && (*v == ' ' || *v == '\t')) {
		v++;
	}
	while (end > v && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t')) {
		end--;
	}
	amzpay_buf_reset(out);
	/* A value with a control byte (NUL, a bare CR...) is not a valid field value: keep none. */
	for (const char *p = v; p < end; p++) {
		if (((unsigned char)*p < 0x20 && *p != '\t') || *p == 0x7f) {
			return true;
		}
	}
	amzpay_buf_append(out, v, (size_t)(end - v));
	return true;
}

static size_t http_header_cb(char *line, size_t size, size_t nitems, void *userdata)
{
	http_attempt *at = userdata;
	amzpay_http_response *res = at->res;
	size_t n = size * nitems;

	if (n >= 5 && strncmp(line, "HTTP/", 5) == 0) {
		/* A new status line (e.g. after a 1xx): only the final response's headers count. */
		amzpay_buf_reset(&res->request_id);
		amzpay_buf_reset(&res->location);
		amzpay_buf_reset(&res->retry_after);
		return n;
	}
	if (!http_capture_header(line, n, "x-amz-pay-request-id", &res->request_id) &&
	    !http_capture_header(line, n, "location", &res->location)) {
		http_capture_header(line, n, "retry-after", &res->retry_after);
	}
	return n;
}

/* ------------------------------------------------------------------------ */
/* per-attempt options                                                       */
/* ------------------------------------------------------------------------ */

/*
 * Refuses header lines that could split the request. (A NUL cannot occur
 * inside a C string line, it would merely truncate it.) Adds "Expect:" so
 * that curl never waits for a 100-continue on larger bodies.
 */
static int http_check_headers(struct curl_slist **headers, amzpay_error *err)
{
	struct curl_slist *l, *added;
	bool has_expect = false;

	for (l = *headers; l; l = l->next) {
		if (!l->data || http_has_crlf(l->data)) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
			                        "Invalid request header: contains CR or LF characters");
		}
		if (strncasecmp(l->data, "expect:", 7) == 0 || strncasecmp(l->data, "expect;", 7) == 0) {
			has_expect = true;
		}
	}
	if (!has_expect) {
		added = curl_slist_append(*headers, "Expect:");
		if (!added) {
			return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
		}
		*headers = added;
	}
	return 0;
}

/*
 * Every method goes out with its body, or an empty one: "Content-Length: 0" on a GET or DELETE without
 * payload, as the official SDK's CURLOPT_POSTFIELDS sends it. The verb is set explicitly except for POST.
 */
static void http_set_method(CURL *c, const amzpay_http_request *req)
{
	curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)(req->body ? req->body_len : 0));
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, req->body ? req->body : "");
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, strcmp(req->method, "POST") == 0 ? NULL : req->method);
}

/* Every option is set on every attempt: a reused handle must not keep the last request's settings. */
static void http_set_options(amzpay_http_handle *h, const amzpay_http_request *req, struct curl_slist *headers,
                             http_attempt *at, long timeout_ms)
{
	CURL *c = h->curl;

	curl_easy_setopt(c, CURLOPT_URL, req->url);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(c, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	http_set_method(c, req);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, h->cfg.connect_timeout_ms);
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, timeout_ms);
	curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	if (h->cabundle) {
		/* Fixed for the handle's life (part of the registry key), so never needs resetting. */
		curl_easy_setopt(c, CURLOPT_CAINFO, h->cabundle);
	}
	if (h->proxy) {
		/* Without a configured proxy libcurl's default applies (the *_proxy environment variables). */
		curl_easy_setopt(c, CURLOPT_PROXY, h->proxy);
		curl_easy_setopt(c, CURLOPT_PROXYUSERPWD, h->proxy_userpwd);
	}
	h->errbuf[0] = '\0';
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, h->errbuf);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, http_write_cb);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, at);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, http_header_cb);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, at);
}

/* ------------------------------------------------------------------------ */
/* outcome classification                                                    */
/* ------------------------------------------------------------------------ */

typedef struct {
	CURLcode code;
	bool connect_timeout; /* CURLE_OPERATION_TIMEDOUT before the request went out */
	bool maybe_sent;      /* some of the request may have reached the server */
} http_failure;

static bool http_is_tls_error(CURLcode code)
{
	switch (code) {
		case CURLE_PEER_FAILED_VERIFICATION: /* == CURLE_SSL_CACERT */
		case CURLE_SSL_CONNECT_ERROR:
		case CURLE_SSL_CACERT_BADFILE:
		case CURLE_SSL_CERTPROBLEM:
		case CURLE_SSL_CIPHER:
		case CURLE_SSL_ENGINE_NOTFOUND:
		case CURLE_SSL_ENGINE_SETFAILED:
		case CURLE_SSL_ENGINE_INITFAILED:
		case CURLE_SSL_CRL_BADFILE:
		case CURLE_SSL_ISSUER_ERROR:
		case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
		case CURLE_SSL_INVALIDCERTSTATUS:
		case CURLE_SSL_SHUTDOWN_FAILED:
		case CURLE_USE_SSL_FAILED:
			return true;
		default:
			return false;
	}
}

/* Failures that happen before any byte of the request can have been written. */
static bool http_is_pre_send_error(CURLcode code)
{
	return code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST ||
	       code == CURLE_COULDNT_RESOLVE_PROXY || http_is_tls_error(code);
}

/*
 * Connection failures worth another attempt of an idempotent request.
 * DNS failures (CURLE_COULDNT_RESOLVE_*) are not retried: the usual cause is
 * a misspelt endpoint or proxy, and the system resolver already retries
 * transient lookups itself. TLS failures are deterministic and not retried.
 */
static bool http_failure_retryable(const http_failure *f)
{
	switch (f->code) {
		case CURLE_COULDNT_CONNECT:
		case CURLE_SEND_ERROR:
		case CURLE_RECV_ERROR:
		case CURLE_GOT_NOTHING:
		case CURLE_PARTIAL_FILE:
		case CURLE_HTTP2:
		case CURLE_HTTP2_STREAM:
			return true;
		case CURLE_OPERATION_TIMEDOUT:
			return f->connect_timeout;
		default:
			return false;
	}
}

static void http_classify_failure(amzpay_http_handle *h, CURLcode code, long attempt_timeout_ms,
                                  http_failure *f)
{
	curl_off_t pretransfer = 0;
	long request_size = 0;

	f->code = code;
	curl_easy_getinfo(h->curl, CURLINFO_PRETRANSFER_TIME_T, &pretransfer);
	curl_easy_getinfo(h->curl, CURLINFO_REQUEST_SIZE, &request_size);
	f->maybe_sent = !http_is_pre_send_error(code) && (pretransfer > 0 || request_size > 0);
	/* Timed out before the request went out, and not because the whole budget ran out. */
	f->connect_timeout = code == CURLE_OPERATION_TIMEDOUT && !f->maybe_sent && h->cfg.connect_timeout_ms > 0 &&
	                     (attempt_timeout_ms == 0 || h->cfg.connect_timeout_ms < attempt_timeout_ms);
}

/* Overwrites every occurrence of `secret` (len bytes, not NUL-terminated) in the message with '*'. */
static void http_mask(char *msg, const char *secret, size_t len)
{
	size_t n = strlen(msg), i;

	if (!secret || len < 3) {
		return; /* too short to mask without mangling ordinary words; also too short to matter */
	}
	for (i = 0; i + len <= n; i++) {
		if (memcmp(msg + i, secret, len) == 0) {
			memset(msg + i, '*', len);
			i += len - 1;
		}
	}
}

/*
 * curl's error texts name hosts and ports, not credentials; mask them anyway
 * in case a future libcurl message quotes a proxy URL with its user-info.
 */
static void http_redact(amzpay_http_handle *h, amzpay_error *err)
{
	const char *ui, *colon;
	size_t ui_len;
	char *bare;

	if (!err) {
		return;
	}
	if (h->proxy_userpwd) {
		http_mask(err->message, h->proxy_userpwd, strlen(h->proxy_userpwd));
		colon = strchr(h->proxy_userpwd, ':');
		if (colon) {
			http_mask(err->message, colon + 1, strlen(colon + 1));
		}
	}
	if (h->proxy && (bare = http_proxy_without_userinfo(h->proxy, &ui, &ui_len)) != NULL) {
		if (ui) {
			http_mask(err->message, ui, ui_len);
			colon = memchr(ui, ':', ui_len);
			if (colon) {
				http_mask(err->message, colon + 1, ui_len - (size_t)(colon + 1 - ui));
			}
		}
		free(bare);
	}
}

/* GET reads; every other method may change state at the server. */
static bool http_changes_state(const amzpay_http_request *req)
{
	return strcmp(req->method, "GET") != 0;
}

/*
 * What the caller may do next, appended to a failure of a state-changing
 * request: a keyed (idempotent) request is retried with its key; one without
 * a key must be checked first. Sets AMZPAY_ERRF_OUTCOME_UNKNOWN.
 */
static void http_report_outcome(const amzpay_http_request *req, const amzpay_http_response *res, amzpay_error *err)
{
	size_t len;

	if (!err || !http_changes_state(req)) {
		return;
	}
	len = strlen(err->message);
	if (!res->maybe_processed) {
		snprintf(err->message + len, sizeof(err->message) - len, "; the request was not sent");
		return;
	}
	err->flags |= AMZPAY_ERRF_OUTCOME_UNKNOWN;
	/* an idempotent POST is so by its key; PUT, PATCH and DELETE by what they do (set or remove a state) */
	snprintf(err->message + len, sizeof(err->message) - len, "%s",
	         !req->idempotent ? "; the request may have been processed, the outcome is unknown: check the state "
	                            "of the resource before retrying"
	         : strcmp(req->method, "POST") == 0
	             ? "; the request may have been processed, the outcome is unknown: retry with the same idempotency key"
	             : "; the request may have been processed, the outcome is unknown: sending it again is safe, it "
	               "sets the same state");
}

/* Formats the final error of a failed call. Never includes header values or credentials. */
static int http_report_failure(amzpay_http_handle *h, const amzpay_http_request *req, const http_failure *f,
                               const http_attempt *at, int retries, amzpay_error *err)
{
	const char *curl_msg = h->errbuf[0] ? h->errbuf : curl_easy_strerror(f->code);
	char suffix[64] = "";
	int rc;

	if (retries > 0) {
		snprintf(suffix, sizeof(suffix), " (after %d %s)", retries, retries == 1 ? "retry" : "retries");
	}
	if (at->out_of_memory) {
		rc = amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while reading the response");
	} else if (at->too_large) {
		rc = amzpay_error_set(err, AMZPAY_ERR_TRANSPORT, "Response body larger than %d bytes refused",
		                      AMZPAY_HTTP_MAX_RESPONSE_BYTES);
	} else if (f->code == CURLE_OPERATION_TIMEDOUT && f->connect_timeout) {
		rc = amzpay_error_set(err, AMZPAY_ERR_TIMEOUT, "Connection timed out after %ld ms (connect timeout)%s: %s",
		                      h->cfg.connect_timeout_ms, suffix, curl_msg);
	} else if (f->code == CURLE_OPERATION_TIMEDOUT) {
		rc = amzpay_error_set(err, AMZPAY_ERR_TIMEOUT, "Request timed out after %ld ms (total timeout)%s: %s",
		                      h->cfg.timeout_ms, suffix, curl_msg);
	} else if (http_is_tls_error(f->code)) {
		rc = amzpay_error_set(err, AMZPAY_ERR_TLS, "TLS error%s: %s", suffix, curl_msg);
	} else if (f->maybe_sent) {
		rc = amzpay_error_set(err, AMZPAY_ERR_TRANSPORT, "Connection failed after the request may have been sent%s: %s",
		                      suffix, curl_msg);
	} else {
		rc = amzpay_error_set(err, AMZPAY_ERR_TRANSPORT, "Connection failed%s: %s", suffix, curl_msg);
	}
	if (err) {
		err->code = (int)f->code;
	}
	http_report_outcome(req, at->res, err);
	http_redact(h, err);
	return rc;
}

/* ------------------------------------------------------------------------ */
/* backoff                                                                   */
/* ------------------------------------------------------------------------ */

/* Retry-After as delta-seconds or HTTP-date, in ms (>= 0); -1 when absent or unparsable. */
static long http_retry_after_ms(const amzpay_buf *value)
{
	const char *s = amzpay_buf_cstr(value);
	time_t when, now;
	long secs = 0;

	if (!*s) {
		return -1;
	}
	if (isdigit((unsigned char)*s)) {
		for (; isdigit((unsigned char)*s); s++) {
			if (secs < AMZPAY_HTTP_RETRY_AFTER_CLAMP_S) {
				secs = secs * 10 + (*s - '0');
			}
		}
		if (*s) {
			return -1;
		}
	} else {
		when = curl_getdate(s, NULL);
		if (when == (time_t)-1) {
			return -1;
		}
		now = time(NULL);
		secs = when > now ? (long)(when - now) : 0;
	}
	if (secs > AMZPAY_HTTP_RETRY_AFTER_CLAMP_S) {
		secs = AMZPAY_HTTP_RETRY_AFTER_CLAMP_S;
	}
	return secs * 1000;
}

/* Full jitter: uniform in [0, min(retry_max_ms, retry_base_ms * 2^retry)], then Retry-After. */
static long http_backoff_ms(const amzpay_http_config *cfg, int retry, long retry_after_ms)
{
	long ceiling = cfg->retry_base_ms;
	long sleep_ms;
	int i;

	/* doubling stops at the maximum, never past LONG_MAX, whatever the configured base */
	for (i = 0; i < retry && ceiling < cfg->retry_max_ms; i++) {
		ceiling = ceiling > cfg->retry_max_ms / 2 ? cfg->retry_max_ms : ceiling * 2;
	}
	if (ceiling > cfg->retry_max_ms) {
		ceiling = cfg->retry_max_ms;
	}
	sleep_ms = http_random_upto(ceiling);
	if (retry_after_ms >= 0) {
		if (retry_after_ms > sleep_ms) {
			sleep_ms = retry_after_ms;
		}
		if (sleep_ms > cfg->retry_after_max_ms) {
			sleep_ms = cfg->retry_after_max_ms;
		}
	}
	return sleep_ms;
}

/* ------------------------------------------------------------------------ */
/* send                                                                      */
/* ------------------------------------------------------------------------ */

static int http_check_request(const amzpay_http_request *req, amzpay_error *err)
{
	amzpay_url u;

	if (!http_method_allowed(req->method)) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Invalid HTTP method: only GET, POST, PUT, PATCH "
		                                                  "and DELETE are supported");
	}
	if (!req->prepare) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "No header callback given");
	}
	return http_parse_url(req->url, &u, err);
}

/* Asks the caller for this attempt's headers and validates them; res takes ownership of the list. */
static int http_prepare_attempt(const amzpay_http_request *req, int attempt, amzpay_http_response *res,
                                amzpay_error *err)
{
	struct curl_slist *headers = NULL;

	if (req->prepare(req->prepare_ctx, attempt, &headers, err) != 0) {
		curl_slist_free_all(headers);
		if (err && err->domain == AMZPAY_OK) {
			amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Building the request headers failed");
		}
		return -1;
	}
	if (http_check_headers(&headers, err) != 0) {
		curl_slist_free_all(headers);
		return -1;
	}
	curl_slist_free_all(res->sent_headers);
	res->sent_headers = headers;
	return 0;
}

static int http_total_timeout(amzpay_http_handle *h, const amzpay_http_request *req, const amzpay_http_response *res,
                              int retries, amzpay_error *err)
{
	amzpay_error_set(err, AMZPAY_ERR_TIMEOUT, "Request timed out after %ld ms (total timeout)%s",
	                 h->cfg.timeout_ms, retries > 0 ? " while retrying" : "");
	if (err) {
		err->code = CURLE_OPERATION_TIMEDOUT;
	}
	http_report_outcome(req, res, err);
	return -1;
}

int amzpay_http_send(amzpay_http_handle *h, const amzpay_http_request *req, amzpay_http_response *res,
                     amzpay_error *err)
{
	double start = http_now_ms(), deadline;
	long last_status = 0;
	int attempt, rc = -1;
	http_earlier earlier = {AMZPAY_BUF_INIT, AMZPAY_BUF_INIT};

	amzpay_error_clear(err);
	if (!h || !req || !res) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "No handle, request or response given");
	}
	deadline = h->cfg.timeout_ms > 0 ? start + (double)h->cfg.timeout_ms : 0;
	curl_slist_free_all(res->sent_headers);
	res->sent_headers = NULL;
	http_response_reset_attempt(res);
	res->retries = 0;
	res->connections_opened = 0;
	res->maybe_processed = false;

	if (http_check_request(req, err) != 0 || http_handle_ensure_own(h, err) != 0) {
		goto done;
	}
	for (attempt = 0;; attempt++) {
		http_attempt at = {res, false, false};
		http_failure failure = {CURLE_OK, false, false};
		long timeout_ms = 0, connects = 0, sleep_ms;
		bool retry;
		CURLcode code;

		if (http_prepare_attempt(req, attempt, res, err) != 0) {
			goto done;
		}
		if (deadline) {
			double left = deadline - http_now_ms();

			if (left < 1) {
				rc = http_total_timeout(h, req, res, attempt, err);
				goto done;
			}
			timeout_ms = (long)left;
		}
		http_keep_earlier(&earlier, res);
		http_response_reset_attempt(res);
		http_set_options(h, req, res->sent_headers, &at, timeout_ms);
		code = curl_easy_perform(h->curl);
		http_restore_earlier(&earlier, res);
		curl_easy_getinfo(h->curl, CURLINFO_NUM_CONNECTS, &connects);
		res->connections_opened += connects;

		if (code == CURLE_OK) {
			curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &res->status);
			last_status = res->status;
			res->maybe_processed |= http_changes_state(req) && res->status != 429;
			retry = req->idempotent && !h->cfg.no_status_retries && attempt < h->cfg.max_retries &&
			        amzpay_http_status_retryable(res->status);
			if (!retry) {
				rc = 0;
				goto done;
			}
		} else {
			http_classify_failure(h, code, timeout_ms, &failure);
			res->maybe_processed |= http_changes_state(req) && failure.maybe_sent;
			retry = req->idempotent && attempt < h->cfg.max_retries && !at.too_large && !at.out_of_memory &&
			        http_failure_retryable(&failure);
			if (!retry) {
				rc = http_report_failure(h, req, &failure, &at, res->retries, err);
				goto done;
			}
		}

		sleep_ms = http_backoff_ms(&h->cfg, attempt, code == CURLE_OK ? http_retry_after_ms(&res->retry_after) : -1);
		if (deadline && http_now_ms() + (double)sleep_ms + AMZPAY_HTTP_MIN_ATTEMPT_MS > deadline) {
			/* No time for another attempt: hand back what we have. */
			rc = code == CURLE_OK ? 0 : http_report_failure(h, req, &failure, &at, res->retries, err);
			goto done;
		}
		http_sleep(sleep_ms);
		res->retries++;
	}
done:
	if (err) {
		err->http_status = last_status;
	}
	/* The list now belongs to res and the body to the caller: curl must not keep pointers to them. */
	curl_easy_setopt(h->curl, CURLOPT_HTTPHEADER, (struct curl_slist *)NULL);
	curl_easy_setopt(h->curl, CURLOPT_POSTFIELDS, (const char *)NULL);
	res->duration_ms = http_now_ms() - start;
	amzpay_buf_free(&earlier.request_id);
	amzpay_buf_free(&earlier.location);
	return rc;
}

