/*
 * amzpay core: libcurl transport.
 *
 * One amzpay_http_handle wraps one CURL easy handle and therefore one
 * keep-alive connection cache. Handles come from amzpay_http_acquire():
 * with `persistent` set they live in a per-process registry keyed by
 * (pid, scheme/host/port, TLS and proxy settings) and survive across PHP
 * requests; otherwise the caller owns the handle and reuses it for the
 * life of its client object.
 *
 * Retries: 408, 425, 429, 500, 502, 503, 504 and connection failures are
 * retried for idempotent requests only (GET, DELETE, and POSTs carrying an
 * idempotency key), at most `max_retries` times, with exponential backoff
 * and full jitter, honouring Retry-After up to `retry_after_max_ms`. Before
 * every attempt the request's prepare callback builds fresh header lines
 * (so each attempt is re-signed with a new date and the same idempotency
 * key). `timeout_ms` bounds the whole call, sleeps and retries included.
 *
 * Details of the implementation (http.c):
 *  - Retried connection failures: CURLE_COULDNT_CONNECT, _SEND_ERROR,
 *    _RECV_ERROR, _GOT_NOTHING, _PARTIAL_FILE, _HTTP2, _HTTP2_STREAM and a
 *    connect timeout. Not retried: DNS failures (CURLE_COULDNT_RESOLVE_*; a
 *    misspelt host is the usual cause and the resolver retries transient
 *    lookups itself), TLS failures (deterministic), the total timeout.
 *  - Backoff before retry n (0-based): uniform in
 *    [0, min(retry_max_ms, retry_base_ms * 2^n)] (OpenSSL RAND_bytes); with a
 *    Retry-After (delta-seconds or HTTP-date) max(that, Retry-After), capped at
 *    retry_after_max_ms. If the sleep plus 50 ms would pass the deadline, no
 *    retry happens and the last response (or error) is returned.
 *  - timeout_ms <= 0 means no overall limit (libcurl's default).
 *  - Without `proxy`, libcurl's default applies: the http_proxy/https_proxy/
 *    no_proxy environment variables are honoured, as by the official SDK.
 *  - libcurl itself transparently re-sends a request once when a reused
 *    keep-alive connection turns out to have been closed by the server before
 *    any response byte arrived (the idle-close race); this also applies to
 *    non-idempotent requests and cannot be switched off per request.
 *  - fork(): handles created by another pid are never used or cleaned up (the
 *    child would share the parent's sockets and TLS state): the registry drops
 *    them, a private handle used in the child gets a new CURL handle, and the
 *    inherited ones are leaked on purpose.
 *  - At most 64 handles are registered per process; beyond that a persistent
 *    acquire returns a handle that release destroys.
 */
#ifndef AMZPAY_HTTP_H
#define AMZPAY_HTTP_H

#include <curl/curl.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

typedef struct {
	long connect_timeout_ms; /* default 5000  */
	long timeout_ms;         /* default 30000 */
	int max_retries;         /* default 3     */
	long retry_base_ms;      /* first backoff ceiling, default 100 */
	long retry_max_ms;       /* ceiling of one backoff sleep, default 5000 */
	long retry_after_max_ms; /* largest Retry-After honoured, default 10000 */
	const char *cabundle;    /* NULL: libcurl's default bundle */
	const char *proxy;       /* "host:port" or NULL */
	const char *proxy_userpwd; /* "user:password" or NULL; never logged */
	bool persistent;
	bool no_status_retries;  /* retry connection failures only, never an HTTP status (legacy handle_throttle=false) */
} amzpay_http_config;

void amzpay_http_config_defaults(amzpay_http_config *cfg);

typedef struct amzpay_http_handle amzpay_http_handle;

/* Larger response bodies fail with AMZPAY_ERR_TRANSPORT. */
#define AMZPAY_HTTP_MAX_RESPONSE_BYTES (16 * 1024 * 1024)

/* Registry key is derived from `url`'s scheme/host/port plus cfg's TLS and proxy settings. */
amzpay_http_handle *amzpay_http_acquire(const amzpay_http_config *cfg, const char *url, amzpay_error *err);
/* Returns a persistent handle to the registry, or destroys a private one. NULL is allowed. */
void amzpay_http_release(amzpay_http_handle *h);
/* Idle persistent handles beyond this count are not kept (released = destroyed). */
#define AMZPAY_HTTP_REGISTRY_MAX 64

/* Destroys every registered handle created by this pid (module shutdown). Handles still checked out
 * are only unregistered: their release destroys them. Other pids' handles are forgotten, not cleaned up. */
void amzpay_http_registry_shutdown(void);
/* Registered persistent handles of this pid, idle or checked out. */
size_t amzpay_http_registry_size(void);
/* Registry key of a persistent handle ("" for private ones), for diagnostics and tests. It never
 * contains proxy credentials, only their SHA-256. */
const char *amzpay_http_handle_key(const amzpay_http_handle *h);

/*
 * Builds the complete header list for one attempt (attempt 0 is the first).
 * Ownership of *headers passes to the transport. Return -1 + err to abort.
 */
typedef int (*amzpay_http_prepare_fn)(void *ctx, int attempt, struct curl_slist **headers, amzpay_error *err);

typedef struct {
	const char *method;
	const char *url;
	const char *body; /* NULL for none */
	size_t body_len;
	bool idempotent;
	amzpay_http_prepare_fn prepare;
	void *prepare_ctx;
} amzpay_http_request;

typedef struct {
	long status;
	amzpay_buf body;
	amzpay_buf request_id; /* x-amz-pay-request-id */
	amzpay_buf location;   /* Location header */
	amzpay_buf retry_after; /* Retry-After header of the last response, verbatim */
	struct curl_slist *sent_headers; /* header lines of the last attempt (owned) */
	int retries;
	double duration_ms;
	long connections_opened; /* new TCP connections over all attempts (CURLINFO_NUM_CONNECTS) */
	/* Some attempt of a non-GET request may have reached the server and been processed: it was
	 * answered (429 excepted: a throttled request is refused unprocessed) or failed after bytes
	 * may have been sent. */
	bool maybe_processed;
} amzpay_http_response;

void amzpay_http_response_init(amzpay_http_response *res);
void amzpay_http_response_free(amzpay_http_response *res);

/* Sleep hook for tests; default nanosleep. NULL restores the default. Process-wide. */
typedef void (*amzpay_sleep_fn)(long ms);
void amzpay_http_set_sleep(amzpay_sleep_fn fn);

/*
 * Performs the request. Returns 0 when an HTTP response was received (any
 * status, after retries); -1 with AMZPAY_ERR_TRANSPORT / _TIMEOUT / _TLS
 * when none was. When a non-GET request may have been processed by an
 * attempt (res->maybe_processed), err->flags has AMZPAY_ERRF_OUTCOME_UNKNOWN
 * and the message says the outcome is unknown.
 *
 * `res` must have been initialised; its previous content is replaced. err->code
 * is the CURLcode of a transport failure, err->http_status the last status seen.
 * Refused before anything is sent (AMZPAY_ERR_ARGUMENT): a method other than
 * GET/POST/PUT/PATCH/DELETE (upper case), a GET with a body, a URL that is not
 * absolute http(s) or contains control characters or spaces, and any header line
 * from `prepare` containing CR or LF. A prepare failure is returned as set by the
 * callback. "Expect:" is appended to the header list unless it has an Expect line.
 * Bodies larger than AMZPAY_HTTP_MAX_RESPONSE_BYTES fail (AMZPAY_ERR_TRANSPORT).
 */
int amzpay_http_send(amzpay_http_handle *h, const amzpay_http_request *req, amzpay_http_response *res,
                     amzpay_error *err);

bool amzpay_http_status_retryable(long status);

#endif
