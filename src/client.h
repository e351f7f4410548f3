/*
 * amzpay core: a configured v2 API client that signs and sends one call.
 *
 * This is where a request is signed (amzpay_sign, once per attempt, with a
 * fresh x-amz-pay-date and the caller's idempotency key) and sent (the
 * libcurl transport in http.c). Both PHP classes (the official-v2 drop-in
 * and the legacy bridge) go through amzpay_client_call().
 */
#ifndef AMZPAY_CLIENT_H
#define AMZPAY_CLIENT_H

#include <curl/curl.h>
#include <stdbool.h>
#include <time.h>

#include "api.h"
#include "buf.h"
#include "error.h"
#include "http.h"
#include "sign.h"

typedef struct {
	const char *name; /* as the caller wrote it; sent unchanged */
	const char *value;
} amzpay_header;

/* Everything needed to build a client; strings are copied. */
typedef struct {
	const char *public_key_id;
	const char *private_key; /* PEM text or path */
	size_t private_key_len;
	const char *private_key_passphrase;
	size_t private_key_passphrase_len;
	const char *algorithm; /* NULL/"" = default */
	const char *region;    /* us/na/eu/de/uk/jp; NULL: a signature-only client that sends nothing */
	bool sandbox;
	const char *endpoint; /* base URL override or NULL */
	const char *integrator_id;
	const char *integrator_version;
	const char *platform_version;
	const char *user_agent_suffix; /* "PHP/8.2.x; Linux/x86_64/6.x", NULL = none */
	const char *language_version;  /* PHP_VERSION */
	amzpay_http_config http;       /* its strings are copied too */
} amzpay_client_options;

typedef struct amzpay_client amzpay_client;

/* Validates everything (region, algorithm, endpoint, key) up front: a bad config never reaches the first call. */
amzpay_client *amzpay_client_new(const amzpay_client_options *opts, amzpay_error *err);
void amzpay_client_free(amzpay_client *c);

/* Switches sandbox/live (the official setSandbox()); rebuilds the base URL. */
int amzpay_client_set_sandbox(amzpay_client *c, bool sandbox, amzpay_error *err);

const char *amzpay_client_base_url(const amzpay_client *c);
const char *amzpay_client_region(const amzpay_client *c); /* NULL for a signature-only client */
const char *amzpay_client_user_agent(const amzpay_client *c);
/* Replaces the User-Agent sent from now on (a PHP subclass may construct its own); NULL restores amzpay's. */
int amzpay_client_set_user_agent(amzpay_client *c, const char *user_agent, amzpay_error *err);
const amzpay_key *amzpay_client_key(const amzpay_client *c);
amzpay_alg amzpay_client_alg(const amzpay_client *c);
/* The client's transport settings (timeouts, TLS, proxy), for calls outside the v2 API (lwa.h). */
const amzpay_http_config *amzpay_client_http(const amzpay_client *c);

typedef struct {
	const char *method;
	const char *path;  /* relative to the base URL, e.g. "v2/charges" */
	const char *query; /* canonical query string, NULL or "" for none */
	bool bare_query;   /* send "?" even when query is empty (the official SDK does when given parameters) */
	const char *body;  /* NULL: no body */
	size_t body_len;
	const amzpay_header *headers; /* caller headers, sent after the client's own */
	size_t header_count;
	/* Signed header lines built by the caller (a PHP override of getPostSignedHeaders()): sent as they are on
	 * every attempt, before the caller headers, instead of the client's own signature. NULL: sign here. */
	const struct curl_slist *presigned;
	const amzpay_op *op; /* its row in the operations table, NULL for a generic call */
} amzpay_call;

typedef struct {
	amzpay_http_response http;
	amzpay_buf url;
} amzpay_call_result;

void amzpay_call_result_init(amzpay_call_result *res);
void amzpay_call_result_free(amzpay_call_result *res);

/*
 * Signs and sends. 0 when a response was received (any HTTP status), -1
 * when none was (transport, TLS, timeout) or the call was refused before
 * anything was sent (bad header, bad path).
 */
int amzpay_client_call(amzpay_client *c, const amzpay_call *call, amzpay_call_result *res, amzpay_error *err);

/*
 * The header lines the client sends for one request at time `t` (the
 * official getPostSignedHeaders()): its own headers sorted by name, signed.
 * Caller headers are not included. `*lines` is a new curl_slist.
 */
int amzpay_client_signed_headers(amzpay_client *c, const char *method, const char *url, const char *query,
                                 const char *body, size_t body_len, const char *idempotency_key, time_t t,
                                 struct curl_slist **lines, amzpay_error *err);
/* The same for an already split URL: `host` goes into x-amz-pay-host, `path` is the canonical URI. */
int amzpay_client_signed_headers_for(amzpay_client *c, const char *method, const char *host, const char *path,
                                     const char *query, const char *body, size_t body_len,
                                     const char *idempotency_key, time_t t, struct curl_slist **lines,
                                     amzpay_error *err);

/* Returns the first non-empty value of `name` (case-insensitive) among the headers, or NULL. */
const char *amzpay_header_find(const amzpay_header *headers, size_t count, const char *name);
/*
 * Header names must be RFC 7230 tokens, unique case-insensitively; values valid UTF-8 without control
 * characters (HTAB allowed) and at most AMZPAY_HEADER_VALUE_MAX bytes; an idempotency key only
 * A-Z, a-z, 0-9, "-" and "_". Anything else is refused before a byte is sent.
 */
#define AMZPAY_HEADER_VALUE_MAX 8192
#define AMZPAY_CALL_IDEMPOTENCY_KEY_MAX 64
int amzpay_headers_check(const amzpay_header *headers, size_t count, amzpay_error *err);


#endif
