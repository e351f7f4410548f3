/*
 * amzpay core: Amazon Pay API v2 request signing (RSASSA-PSS, OpenSSL EVP).
 *
 * Canonical request, string to sign, signature and Authorization header are
 * byte-identical to the official SDK (see tests/unit/test_sign.c and the
 * request vectors). Keys come from key.h.
 */
#ifndef AMZPAY_SIGN_H
#define AMZPAY_SIGN_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "error.h"
#include "key.h"

/*
 * The one spelling of the idempotency header name: the signer signs it,
 * client.h (which includes this file) and both PHP classes send and read it.
 */
#define AMZPAY_HEADER_IDEMPOTENCY_KEY "x-amz-pay-idempotency-key"

typedef enum {
	AMZPAY_ALG_PSS = 0, /* "AMZN-PAY-RSASSA-PSS", salt length 20 (default) */
	AMZPAY_ALG_PSS_V2   /* "AMZN-PAY-RSASSA-PSS-V2", salt length 32        */
} amzpay_alg;

/* NULL or "" selects the default. Unknown names: -1 with AMZPAY_ERR_CONFIG
 * "<name> is not a valid algorithm". */
int amzpay_alg_from_name(const char *name, amzpay_alg *out, amzpay_error *err);
const char *amzpay_alg_name(amzpay_alg alg);
int amzpay_alg_salt_len(amzpay_alg alg);

/* One query parameter, already flattened (k.1, k.2...) and filtered by the caller. */
typedef struct {
	const char *key;
	size_t key_len;
	const char *value;
	size_t value_len;
} amzpay_kv;

/* Sorts the pairs by key (byte order, stable) and appends key=rawurlencode(value) joined by '&' to `out`.
 * Keys are not encoded, so they must be non-empty and made of A-Za-z0-9-_.~ (else AMZPAY_ERR_ARGUMENT). */
int amzpay_canonical_query(const amzpay_kv *params, size_t count, amzpay_buf *out, amzpay_error *err);
/* RFC 3986 encoding as PHP rawurlencode(): A-Za-z0-9-_.~ kept, others %XX upper-case. Appends. */
void amzpay_rawurlencode(amzpay_buf *out, const char *s, size_t len);

typedef struct {
	const char *method;          /* as passed, e.g. "POST"                     */
	const char *canonical_uri;   /* URL path, verbatim; "" becomes "/"          */
	const char *canonical_query; /* from amzpay_canonical_query(), "" for none  */
	const char *host;            /* URL host without port                      */
	const char *region;          /* mapped: "na", "eu" or "jp"                  */
	const char *date;            /* "YYYYMMDDTHHMMSSZ"                          */
	const char *idempotency_key; /* NULL or "" = not signed                     */
	const char *body;            /* NULL = empty body                           */
	size_t body_len;
	const char *public_key_id;
	amzpay_alg alg;
} amzpay_sign_input;

typedef struct {
	amzpay_buf canonical_request;
	amzpay_buf string_to_sign;
	amzpay_buf signed_headers; /* "accept;content-type;..." */
	amzpay_buf signature;      /* base64, no line breaks    */
	amzpay_buf authorization;  /* full header value          */
} amzpay_signature;

void amzpay_signature_init(amzpay_signature *sig);
void amzpay_signature_free(amzpay_signature *sig);

/* Resets and fills every buffer of `out` (an initialised amzpay_signature can be reused). Values with CR or LF
 * are refused (AMZPAY_ERR_ARGUMENT). The key's signing contexts are shared: NTS only (see sign.c). */
int amzpay_sign(const amzpay_key *key, const amzpay_sign_input *in, amzpay_signature *out, amzpay_error *err);

/*
 * The official createSignature(): signs caller-chosen headers instead of the fixed set of amzpay_sign().
 * Names are lower-cased, headers with a NULL or empty value are dropped, the rest is sorted by name (byte
 * order) and, for names that repeat, the last value wins (PHP's $a[strtolower($k)] = $v). Names must not
 * contain ':', whitespace or control characters, values no CR/LF/NUL (AMZPAY_ERR_ARGUMENT). Fills
 * canonical_request, string_to_sign, signed_headers and signature of `out`; authorization stays empty
 * because there is no public key id here.
 */
int amzpay_sign_headers(const amzpay_key *key, amzpay_alg alg, const char *method, const char *canonical_uri,
                        const char *canonical_query, const amzpay_kv *headers, size_t count, const char *body,
                        size_t body_len, amzpay_signature *out, amzpay_error *err);

/* Lower-case hex of SHA-256(data) into `out` (65 bytes with the NUL); -1 when the digest fails. */
int amzpay_sha256_hex(const void *data, size_t len, char out[65]);

/* Button signature: ALG "\n" hex(sha256(stripcslashes(payload))), base64 appended to `out`. */
int amzpay_sign_button(const amzpay_key *key, amzpay_alg alg, const char *payload, size_t len, amzpay_buf *out,
                       amzpay_error *err);
/* The button string to sign (ALG "\n" hex(sha256(stripcslashes(payload)))), appended to `out`. */
int amzpay_button_string_to_sign(amzpay_alg alg, const char *payload, size_t len, amzpay_buf *out, amzpay_error *err);
/* PHP stripcslashes(): \n \r \a \t \v \b \f \\, \xH[H], octal \N[N[N]]; other escapes drop the backslash.
 * Appends to `out`. */
void amzpay_stripcslashes(amzpay_buf *out, const char *s, size_t len);

/* The legacy MWS getSignature(): base64(HMAC-SHA256(secret, data)), appended to `out`. */
int amzpay_mws_signature(const char *data, size_t len, const char *secret, size_t secret_len, amzpay_buf *out,
                         amzpay_error *err);

/* gmdate("Ymd\THis\Z", t) into out[17]. */
void amzpay_format_date(time_t t, char out[17]);

#endif
