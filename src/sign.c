/*
 * amzpay core: Amazon Pay API v2 request signing (RSASSA-PSS, OpenSSL EVP).
 *
 * Layout of this file:
 *   - algorithms (name <-> salt length)
 *   - query canonicalisation and rawurlencode()
 *   - canonical request / string to sign / Authorization header
 *   - button signature (PHP stripcslashes() semantics)
 *
 * OpenSSL hygiene: every OpenSSL call sequence runs between ERR_set_mark()
 * and ERR_pop_to_mark(), so nothing we cause is left in the thread's error
 * queue for ext/openssl or other code in the process to trip over, while
 * errors that were already queued by someone else are left alone.
 *
 * Threading: nothing here is shared between calls; keys and their cache are
 * key.c's, and every signature runs on its own context (amzpay_key_pss_ctx).
 */
#include "sign.h"

#include "endpoint.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#define SHA256_LEN 32


/* {{{ algorithms */
static const struct {
	const char *name;
	int salt_len;
} algorithms[] = {
	[AMZPAY_ALG_PSS] = {"AMZN-PAY-RSASSA-PSS", 20},
	[AMZPAY_ALG_PSS_V2] = {"AMZN-PAY-RSASSA-PSS-V2", 32},
};

#define ALG_COUNT (sizeof(algorithms) / sizeof(algorithms[0]))

static bool alg_is_valid(amzpay_alg alg)
{
	return (unsigned)alg < ALG_COUNT;
}

int amzpay_alg_from_name(const char *name, amzpay_alg *out, amzpay_error *err)
{
	size_t i;

	if (!name || !*name) {
		*out = AMZPAY_ALG_PSS;
		return 0;
	}
	for (i = 0; i < ALG_COUNT; i++) {
		if (strcmp(name, algorithms[i].name) == 0) {
			*out = (amzpay_alg)i;
			return 0;
		}
	}
	return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "%.200s is not a valid algorithm", name);
}

const char *amzpay_alg_name(amzpay_alg alg)
{
	return alg_is_valid(alg) ? algorithms[alg].name : algorithms[AMZPAY_ALG_PSS].name;
}

int amzpay_alg_salt_len(amzpay_alg alg)
{
	return alg_is_valid(alg) ? algorithms[alg].salt_len : algorithms[AMZPAY_ALG_PSS].salt_len;
}
/* }}} */

/* {{{ small crypto helpers */
static int sha256(const void *data, size_t len, unsigned char out[SHA256_LEN])
{
	return EVP_Digest(data, len, out, NULL, EVP_sha256(), NULL) == 1 ? 0 : -1;
}

int amzpay_sha256_hex(const void *data, size_t len, char out[65])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char digest[SHA256_LEN];
	size_t i;

	out[0] = '\0';
	if (sha256(data, len, digest) != 0) {
		return -1;
	}
	for (i = 0; i < SHA256_LEN; i++) {
		out[2 * i] = digits[digest[i] >> 4];
		out[2 * i + 1] = digits[digest[i] & 0xf];
	}
	out[2 * SHA256_LEN] = '\0';
	return 0;
}

/* Standard base64 with padding and no line breaks, appended to `out`. */
static void append_base64(amzpay_buf *out, const unsigned char *bytes, size_t len)
{
	size_t encoded_len = 4 * ((len + 2) / 3);

	/* reserve() keeps room for the terminating NUL that EVP_EncodeBlock() writes */
	if (len > INT_MAX || !amzpay_buf_reserve(out, encoded_len)) {
		out->failed = true;
		return;
	}
	EVP_EncodeBlock((unsigned char *)out->data + out->len, bytes, (int)len);
	out->len += encoded_len;
}

/* The reason of the newest OpenSSL error since the mark, for messages that help an operator. */
static const char *openssl_reason(void)
{
	const char *reason = ERR_reason_error_string(ERR_peek_last_error());

	return reason ? reason : "unknown error";
}
/* }}} */

/* {{{ query */
void amzpay_rawurlencode(amzpay_buf *out, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;
	char *p;

	if (len > ((size_t)-1) / 4 || !amzpay_buf_reserve(out, len * 3)) {
		out->failed = true;
		return;
	}
	p = out->data + out->len;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.' || c == '~') {
			*p++ = (char)c;
		} else {
			*p++ = '%';
			*p++ = hex[c >> 4];
			*p++ = hex[c & 0x0f];
		}
	}
	out->len = (size_t)(p - out->data);
	out->data[out->len] = '\0';
}

typedef struct {
	const amzpay_kv *kv;
	size_t index; /* position in the caller's array: makes qsort() stable */
} query_entry;

static int query_entry_cmp(const void *a, const void *b)
{
	const query_entry *x = a, *y = b;
	size_t n = x->kv->key_len < y->kv->key_len ? x->kv->key_len : y->kv->key_len;
	int c = n ? memcmp(x->kv->key, y->kv->key, n) : 0;

	if (c != 0) {
		return c;
	}
	if (x->kv->key_len != y->kv->key_len) {
		return x->kv->key_len < y->kv->key_len ? -1 : 1;
	}
	return x->index < y->index ? -1 : (x->index > y->index);
}

/*
 * Keys are written verbatim (the SDK does not encode them), so they must be made of characters that
 * rawurlencode() leaves alone; otherwise the signed query would differ from what the server sees.
 */
static bool query_key_is_valid(const amzpay_kv *kv)
{
	size_t i;

	if (!kv->key || kv->key_len == 0) {
		return false;
	}
	for (i = 0; i < kv->key_len; i++) {
		char c = kv->key[i];

		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		      c == '.' || c == '~')) {
			return false;
		}
	}
	return true;
}

int amzpay_canonical_query(const amzpay_kv *params, size_t count, amzpay_buf *out, amzpay_error *err)
{
	query_entry *entries;
	size_t i;

	if (count == 0) {
		amzpay_buf_append(out, "", 0); /* makes out->data a valid "" */
		return out->failed ? amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory") : 0;
	}
	for (i = 0; i < count; i++) {
		if (!query_key_is_valid(&params[i])) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
			                        "Query parameter names must be non-empty and contain only letters, digits, "
			                        "'-', '_', '.' and '~'");
		}
	}
	if (count > ((size_t)-1) / sizeof(*entries) || !(entries = malloc(count * sizeof(*entries)))) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while building the query string");
	}
	for (i = 0; i < count; i++) {
		entries[i].kv = &params[i];
		entries[i].index = i;
	}
	qsort(entries, count, sizeof(*entries), query_entry_cmp);
	for (i = 0; i < count; i++) {
		const amzpay_kv *kv = entries[i].kv;

		if (i) {
			amzpay_buf_appendc(out, '&');
		}
		amzpay_buf_append(out, kv->key, kv->key_len);
		amzpay_buf_appendc(out, '=');
		amzpay_rawurlencode(out, kv->value ? kv->value : "", kv->value ? kv->value_len : 0);
	}
	free(entries);
	return out->failed ? amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while building the query string")
	                   : 0;
}
/* }}} */

/* {{{ request signature */
void amzpay_signature_init(amzpay_signature *sig)
{
	amzpay_buf empty = AMZPAY_BUF_INIT;

	sig->canonical_request = empty;
	sig->string_to_sign = empty;
	sig->signed_headers = empty;
	sig->signature = empty;
	sig->authorization = empty;
}

void amzpay_signature_free(amzpay_signature *sig)
{
	amzpay_buf_free(&sig->canonical_request);
	amzpay_buf_free(&sig->string_to_sign);
	amzpay_buf_free(&sig->signed_headers);
	amzpay_buf_free(&sig->signature);
	amzpay_buf_free(&sig->authorization);
}

static void signature_reset(amzpay_signature *sig)
{
	/* reset, not free: a signature struct reused across retries or requests keeps its memory */
	amzpay_buf_reset(&sig->canonical_request);
	amzpay_buf_reset(&sig->string_to_sign);
	amzpay_buf_reset(&sig->signed_headers);
	amzpay_buf_reset(&sig->signature);
	amzpay_buf_reset(&sig->authorization);
	sig->canonical_request.failed = sig->string_to_sign.failed = sig->signed_headers.failed = false;
	sig->signature.failed = sig->authorization.failed = false;
}

/* A header to sign: name already lower-case, value verbatim. Lines are passed sorted by name. */
typedef struct {
	const char *name;
	size_t name_len;
	const char *value;
	size_t value_len;
} header_line;

#define HEADER_LINE(name, value) ((header_line){(name), sizeof(name) - 1, (value), strlen(value)})

/*
 * The signed headers of amzpay_sign(), already in the byte order of their names (the SDK ksort()s them
 * and the set is fixed): accept < content-type < x-amz-pay-date < x-amz-pay-host <
 * x-amz-pay-idempotency-key < x-amz-pay-region. The idempotency key is signed only when non-empty.
 */
static size_t request_header_lines(const amzpay_sign_input *in, header_line lines[6])
{
	size_t n = 0;

	lines[n++] = HEADER_LINE("accept", "application/json");
	lines[n++] = HEADER_LINE("content-type", "application/json");
	lines[n++] = HEADER_LINE("x-amz-pay-date", in->date);
	lines[n++] = HEADER_LINE("x-amz-pay-host", in->host);
	if (in->idempotency_key && *in->idempotency_key) {
		lines[n++] = HEADER_LINE(AMZPAY_HEADER_IDEMPOTENCY_KEY, in->idempotency_key);
	}
	lines[n++] = HEADER_LINE("x-amz-pay-region", in->region);
	return n;
}

static int check_field(const char *value, const char *what, bool required, amzpay_error *err)
{
	if (!value) {
		return required ? amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s is required for signing", what) : 0;
	}
	if (required && !*value) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s must not be empty", what);
	}
	/* A line break would forge extra canonical lines (and extra HTTP headers when sent). */
	if (strpbrk(value, "\r\n")) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s must not contain CR or LF", what);
	}
	return 0;
}

/* What amzpay_sign() and amzpay_sign_headers() both need. */
static int check_common_input(const amzpay_key *key, amzpay_alg alg, const char *method, const char *uri,
                              const char *query, const char *body, size_t body_len, amzpay_error *err)
{
	if (!key) {
		return amzpay_error_set(err, AMZPAY_ERR_KEY, "No private key was loaded");
	}
	if (!alg_is_valid(alg)) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "Unknown signing algorithm");
	}
	if (check_field(method, "The HTTP method", true, err) || check_field(uri, "The URL path", false, err) ||
	    check_field(query, "The query string", false, err)) {
		return -1;
	}
	if (!body && body_len) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "The request body is NULL but has a length");
	}
	return 0;
}

static int sign_input_check(const amzpay_key *key, const amzpay_sign_input *in, amzpay_error *err)
{
	if (check_common_input(key, in->alg, in->method, in->canonical_uri, in->canonical_query, in->body, in->body_len,
	                       err) != 0) {
		return -1;
	}
	if (check_field(in->host, "x-amz-pay-host", true, err) || check_field(in->region, "x-amz-pay-region", true, err) ||
	    check_field(in->date, "x-amz-pay-date", true, err) ||
	    check_field(in->idempotency_key, AMZPAY_HEADER_IDEMPOTENCY_KEY, false, err) ||
	    check_field(in->public_key_id, "public_key_id", true, err)) {
		return -1;
	}
	return 0;
}

/*
 * METHOD \n URI \n QUERY \n name:value\n... \n SIGNED_HEADERS \n hex(sha256(body)), into
 * out->canonical_request, and the names joined by ';' into out->signed_headers.
 */
static int build_canonical_request(const char *method, const char *uri, const char *query, const header_line *lines,
                                   size_t n, const char *body, size_t body_len, amzpay_signature *out)
{
	unsigned char body_hash[SHA256_LEN];
	amzpay_buf *cr = &out->canonical_request;
	size_t i;

	if (sha256(body ? body : "", body ? body_len : 0, body_hash) != 0) {
		return -1;
	}
	uri = uri && *uri ? uri : "/";
	query = query ? query : "";
	for (i = 0; i < n; i++) {
		if (i) {
			amzpay_buf_appendc(&out->signed_headers, ';');
		}
		amzpay_buf_append(&out->signed_headers, lines[i].name, lines[i].name_len);
	}
	amzpay_buf_reserve(cr, 256 + strlen(method) + strlen(uri) + strlen(query) + 2 * out->signed_headers.len);
	amzpay_buf_appends(cr, method);
	amzpay_buf_appendc(cr, '\n');
	amzpay_buf_appends(cr, uri);
	amzpay_buf_appendc(cr, '\n');
	amzpay_buf_appends(cr, query);
	amzpay_buf_appendc(cr, '\n');
	for (i = 0; i < n; i++) {
		amzpay_buf_append(cr, lines[i].name, lines[i].name_len);
		amzpay_buf_appendc(cr, ':');
		amzpay_buf_append(cr, lines[i].value, lines[i].value_len);
		amzpay_buf_appendc(cr, '\n');
	}
	amzpay_buf_appendc(cr, '\n');
	amzpay_buf_append(cr, out->signed_headers.data, out->signed_headers.len);
	amzpay_buf_appendc(cr, '\n');
	amzpay_buf_append_hex(cr, body_hash, SHA256_LEN);
	return 0;
}

/* ALG \n hex(sha256(text)), appended to `out` */
static int build_string_to_sign(amzpay_alg alg, const char *text, size_t len, amzpay_buf *out)
{
	unsigned char hash[SHA256_LEN];

	if (sha256(text, len, hash) != 0) {
		return -1;
	}
	amzpay_buf_appends(out, algorithms[alg].name);
	amzpay_buf_appendc(out, '\n');
	amzpay_buf_append_hex(out, hash, SHA256_LEN);
	return 0;
}

/* RSASSA-PSS over `sts` on a context of its own; base64 appended to `out`. */
static int sign_string(const amzpay_key *key, amzpay_alg alg, const amzpay_buf *sts, amzpay_buf *out,
                       amzpay_error *err)
{
	unsigned char digest[SHA256_LEN];
	unsigned char sig[AMZPAY_KEY_MAX_BITS / 8];
	size_t sig_len = sizeof(sig);
	EVP_PKEY_CTX *ctx;
	int ok;

	if (sts->failed) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while signing");
	}
	ERR_set_mark();
	ctx = amzpay_key_pss_ctx(key, amzpay_alg_salt_len(alg));
	ok = ctx && sha256(sts->data, sts->len, digest) == 0 && EVP_PKEY_sign(ctx, sig, &sig_len, digest, SHA256_LEN) > 0;
	EVP_PKEY_CTX_free(ctx);
	if (!ok) {
		amzpay_error_set(err, AMZPAY_ERR_SIGN, "Unable to sign request, is your RSA private key valid? (%s)",
		                 openssl_reason());
	}
	ERR_pop_to_mark();
	if (!ok) {
		return -1;
	}
	append_base64(out, sig, sig_len);
	return out->failed ? amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while signing") : 0;
}

static bool signature_failed(const amzpay_signature *sig)
{
	return sig->canonical_request.failed || sig->string_to_sign.failed || sig->signed_headers.failed ||
	       sig->signature.failed || sig->authorization.failed;
}

/* canonical request -> string to sign -> signature, for headers already sorted */
static int sign_canonical(const amzpay_key *key, amzpay_alg alg, const char *method, const char *uri,
                          const char *query, const header_line *lines, size_t n, const char *body, size_t body_len,
                          amzpay_signature *out, amzpay_error *err)
{
	if (build_canonical_request(method, uri, query, lines, n, body, body_len, out) != 0 ||
	    build_string_to_sign(alg, out->canonical_request.data, out->canonical_request.len, &out->string_to_sign) != 0) {
		return amzpay_error_set(err, AMZPAY_ERR_SIGN, "Unable to hash the canonical request");
	}
	return sign_string(key, alg, &out->string_to_sign, &out->signature, err);
}

int amzpay_sign(const amzpay_key *key, const amzpay_sign_input *in, amzpay_signature *out, amzpay_error *err)
{
	amzpay_buf *auth = &out->authorization;
	header_line lines[6];
	size_t n;

	signature_reset(out);
	if (sign_input_check(key, in, err) != 0) {
		return -1;
	}
	n = request_header_lines(in, lines);
	if (sign_canonical(key, in->alg, in->method, in->canonical_uri, in->canonical_query, lines, n, in->body,
	                   in->body_len, out, err) != 0) {
		return -1;
	}
	/* ALG PublicKeyId=<id>, SignedHeaders=<list>, Signature=<base64> */
	amzpay_buf_reserve(auth, 64 + strlen(in->public_key_id) + out->signed_headers.len + out->signature.len);
	amzpay_buf_appends(auth, algorithms[in->alg].name);
	amzpay_buf_appends(auth, " PublicKeyId=");
	amzpay_buf_appends(auth, in->public_key_id);
	amzpay_buf_appends(auth, ", SignedHeaders=");
	amzpay_buf_append(auth, out->signed_headers.data, out->signed_headers.len);
	amzpay_buf_appends(auth, ", Signature=");
	amzpay_buf_append(auth, out->signature.data, out->signature.len);
	if (signature_failed(out)) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while signing");
	}
	return 0;
}

/* {{{ caller-chosen headers (createSignature) */
typedef struct {
	size_t name_off;  /* into the lower-cased names buffer, which may move while it grows... */
	const char *name; /* ...so this is set once collection is over (resolve_names()) */
	size_t name_len;
	const char *value;
	size_t value_len;
	size_t index; /* caller's position: stable sort, and the last duplicate wins */
} named_header;

static int named_header_cmp(const void *a, const void *b)
{
	const named_header *x = a, *y = b;
	size_t n = x->name_len < y->name_len ? x->name_len : y->name_len;
	int c = memcmp(x->name, y->name, n);

	if (c != 0) {
		return c;
	}
	if (x->name_len != y->name_len) {
		return x->name_len < y->name_len ? -1 : 1;
	}
	return x->index < y->index ? -1 : (x->index > y->index);
}

static void resolve_names(named_header *h, size_t n, const amzpay_buf *names)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h[i].name = names->data + h[i].name_off;
	}
}

static bool header_name_is_valid(const char *name, size_t len)
{
	size_t i;

	if (!name || len == 0) {
		return false;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];

		if (c <= 0x20 || c == 0x7f || c == ':') {
			return false;
		}
	}
	return true;
}

/* Lower-cases the names into `names` and keeps the headers with a non-empty value. */
static int collect_named_headers(const amzpay_kv *headers, size_t count, amzpay_buf *names, named_header *out,
                                 size_t *n_out, amzpay_error *err)
{
	size_t i, j, n = 0;

	for (i = 0; i < count; i++) {
		const amzpay_kv *h = &headers[i];

		if (!header_name_is_valid(h->key, h->key_len)) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
			                        "Header names must be non-empty and must not contain ':', whitespace or "
			                        "control characters");
		}
		if (h->value && amzpay_has_ctl(h->value, h->value_len)) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Header values must not contain CR, LF or NUL");
		}
		if (!h->value || h->value_len == 0) {
			continue; /* the SDK drops null and '' values before it signs */
		}
		out[n] = (named_header){names->len, NULL, h->key_len, h->value, h->value_len, i};
		for (j = 0; j < h->key_len; j++) {
			char c = h->key[j];

			amzpay_buf_appendc(names, (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c);
		}
		n++;
	}
	*n_out = n;
	return names->failed ? amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while signing") : 0;
}

/* After a stable sort, keeps the last of each run of equal names (PHP: $a[strtolower($k)] = $v). */
static size_t drop_overridden_headers(named_header *h, size_t n)
{
	size_t i, kept = 0;

	for (i = 0; i < n; i++) {
		bool same_as_next =
			i + 1 < n && h[i].name_len == h[i + 1].name_len && memcmp(h[i].name, h[i + 1].name, h[i].name_len) == 0;

		if (!same_as_next) {
			h[kept++] = h[i];
		}
	}
	return kept;
}

int amzpay_sign_headers(const amzpay_key *key, amzpay_alg alg, const char *method, const char *canonical_uri,
                        const char *canonical_query, const amzpay_kv *headers, size_t count, const char *body,
                        size_t body_len, amzpay_signature *out, amzpay_error *err)
{
	amzpay_buf names = AMZPAY_BUF_INIT;
	named_header *sorted = NULL;
	header_line *lines = NULL;
	size_t n = 0, i;
	int rc = -1;

	signature_reset(out);
	if (check_common_input(key, alg, method, canonical_uri, canonical_query, body, body_len, err) != 0) {
		return -1;
	}
	if (count && !headers) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "The headers to sign are NULL");
	}
	if (count > ((size_t)-1) / sizeof(named_header) ||
	    (count && (!(sorted = malloc(count * sizeof(*sorted))) || !(lines = malloc(count * sizeof(*lines)))))) {
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while signing");
		goto out;
	}
	if (collect_named_headers(headers, count, &names, sorted, &n, err) != 0) {
		goto out;
	}
	resolve_names(sorted, n, &names);
	if (n > 1) {
		qsort(sorted, n, sizeof(*sorted), named_header_cmp);
	}
	n = drop_overridden_headers(sorted, n);
	for (i = 0; i < n; i++) {
		lines[i] = (header_line){sorted[i].name, sorted[i].name_len, sorted[i].value, sorted[i].value_len};
	}
	rc = sign_canonical(key, alg, method, canonical_uri, canonical_query, lines, n, body, body_len, out, err);
	if (rc == 0 && signature_failed(out)) {
		rc = amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while signing");
	}
out:
	free(sorted);
	free(lines);
	amzpay_buf_free(&names);
	return rc;
}
/* }}} */
/* }}} */

/* {{{ button signature */
static bool is_octal_digit(char c)
{
	return c >= '0' && c <= '7';
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

/*
 * Decodes the escape that starts after a backslash at s[*i] (s[*i] is the byte after '\'), exactly as
 * php_stripcslashes(): \n \r \a \t \v \b \f \\, \xH or \xHH, \N..\NNN octal (truncated to a byte),
 * and any other byte stands for itself (the backslash is dropped). Advances *i past the escape.
 */
static char decode_c_escape(const char *s, size_t len, size_t *i)
{
	char c = s[*i];
	int value = 0, digits = 0;

	switch (c) {
		case 'n': (*i)++; return '\n';
		case 'r': (*i)++; return '\r';
		case 'a': (*i)++; return '\a';
		case 't': (*i)++; return '\t';
		case 'v': (*i)++; return '\v';
		case 'b': (*i)++; return '\b';
		case 'f': (*i)++; return '\f';
		case '\\': (*i)++; return '\\';
		case 'x':
			if (*i + 1 < len && hex_value(s[*i + 1]) >= 0) {
				(*i)++;
				while (digits < 2 && *i < len && hex_value(s[*i]) >= 0) {
					value = value * 16 + hex_value(s[*i]);
					digits++;
					(*i)++;
				}
				return (char)value;
			}
			break; /* "\x" without a hex digit: 'x' stands for itself */
		default:
			break;
	}
	while (digits < 3 && *i < len && is_octal_digit(s[*i])) {
		value = value * 8 + (s[*i] - '0');
		digits++;
		(*i)++;
	}
	if (digits) {
		return (char)(unsigned char)(value & 0xff); /* PHP: (char)strtol(), so "\777" is 0xff */
	}
	(*i)++;
	return c;
}

void amzpay_stripcslashes(amzpay_buf *out, const char *s, size_t len)
{
	size_t i = 0;

	if (!amzpay_buf_reserve(out, len)) {
		return;
	}
	while (i < len) {
		if (s[i] == '\\' && i + 1 < len) {
			i++;
			amzpay_buf_appendc(out, decode_c_escape(s, len, &i));
		} else {
			amzpay_buf_appendc(out, s[i++]); /* includes a lone trailing backslash */
		}
	}
	amzpay_buf_append(out, "", 0);
}

int amzpay_button_string_to_sign(amzpay_alg alg, const char *payload, size_t len, amzpay_buf *out, amzpay_error *err)
{
	amzpay_buf text = AMZPAY_BUF_INIT;
	int rc;

	if (!alg_is_valid(alg)) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "Unknown signing algorithm");
	}
	if (!payload && len) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "The button payload is NULL but has a length");
	}
	amzpay_stripcslashes(&text, payload ? payload : "", payload ? len : 0);
	rc = text.failed ? -1 : build_string_to_sign(alg, amzpay_buf_cstr(&text), text.len, out);
	amzpay_buf_free(&text);
	if (rc != 0 || out->failed) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while hashing the button payload");
	}
	return 0;
}

int amzpay_sign_button(const amzpay_key *key, amzpay_alg alg, const char *payload, size_t len, amzpay_buf *out,
                       amzpay_error *err)
{
	amzpay_buf sts = AMZPAY_BUF_INIT;
	int rc;

	if (!key) {
		return amzpay_error_set(err, AMZPAY_ERR_KEY, "No private key was loaded");
	}
	rc = amzpay_button_string_to_sign(alg, payload, len, &sts, err);
	if (rc == 0) {
		rc = sign_string(key, alg, &sts, out, err);
	}
	amzpay_buf_free(&sts);
	return rc;
}
/* }}} */

void amzpay_format_date(time_t t, char out[17])
{
	struct tm tm;
	int fields[6], widths[6] = {4, 2, 2, 2, 2, 2};
	size_t pos = 0, f;
	int w;

#ifdef _WIN32
	bool ok = gmtime_s(&tm, &t) == 0;
#else
	bool ok = gmtime_r(&t, &tm) != NULL;
#endif
	if (!ok || tm.tm_year < -1900 || tm.tm_year > 9999 - 1900) {
		/* gmdate() would print a 5-digit or negative year here; no real clock gets there */
		memcpy(out, "19700101T000000Z", 17);
		return;
	}
	fields[0] = tm.tm_year + 1900;
	fields[1] = tm.tm_mon + 1;
	fields[2] = tm.tm_mday;
	fields[3] = tm.tm_hour;
	fields[4] = tm.tm_min;
	fields[5] = tm.tm_sec;
	for (f = 0; f < 6; f++) {
		for (w = widths[f] - 1; w >= 0; w--) {
			out[pos + (size_t)w] = (char)('0' + fields[f] % 10);
			fields[f] /= 10;
		}
		pos += (size_t)widths[f];
		if (f == 2) {
			out[pos++] = 'T';
		}
	}
	out[pos++] = 'Z';
	out[pos] = '\0';
}

int amzpay_mws_signature(const char *data, size_t len, const char *secret, size_t secret_len, amzpay_buf *out,
                         amzpay_error *err)
{
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int mac_len = 0;

	if (secret_len > INT_MAX ||
	    !HMAC(EVP_sha256(), secret, (int)secret_len, (const unsigned char *)data, len, mac, &mac_len)) {
		return amzpay_error_set(err, AMZPAY_ERR_SIGN, "HMAC-SHA256 failed");
	}
	append_base64(out, mac, mac_len);
	OPENSSL_cleanse(mac, sizeof(mac));
	return out->failed ? amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory") : 0;
}
