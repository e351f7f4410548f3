/*
 * amzpay core: SNS notification verification and the legacy IPN tree.
 * See ipn.h for the rules; this file owns the certificate and trust store caches.
 */
#include "ipn_private.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include <curl/curl.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "http.h"
#include "xml.h"

#define IPN_EXPECTED_CN "sns.amazonaws.com"

int amzpay_ipn_fail(amzpay_error *err, amzpay_ipn_failure why, amzpay_domain domain, const char *fmt, const char *arg)
{
	amzpay_error_set(err, domain, fmt, arg);
	if (err) {
		err->code = (int)why;
	}
	return -1;
}

void amzpay_ipn_init(amzpay_ipn *ipn)
{
	memset(ipn, 0, sizeof(*ipn));
}

void amzpay_ipn_free(amzpay_ipn *ipn)
{
	cJSON_Delete(ipn->envelope);
	amzpay_buf_free(&ipn->string_to_sign);
	amzpay_buf_free(&ipn->cert_pem);
	memset(ipn, 0, sizeof(*ipn));
}

/* {{{ parsing (steps 1-3) */

/* A field of the envelope: NULL when absent; -1 when present but not a string. */
static int ipn_field(const amzpay_ipn *ipn, const char *name, const char **out, amzpay_error *err)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(ipn->envelope, name);

	*out = NULL;
	if (!v || cJSON_IsNull(v)) {
		return 0;
	}
	if (!cJSON_IsString(v)) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_FIELD, AMZPAY_ERR_PARSE,
		                "Error with json message - field %s is not a string", name);
	}
	*out = v->valuestring;
	return 0;
}

static int ipn_mandatory(const amzpay_ipn *ipn, const char *name, const char **out, amzpay_error *err)
{
	if (ipn_field(ipn, name, out, err) != 0) {
		return -1;
	}
	if (!*out) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_FIELD, AMZPAY_ERR_PARSE,
		                "Error with json message - mandatory field %s cannot be found", name);
	}
	return 0;
}

static int ipn_parse_body(amzpay_ipn *ipn, const char *body, size_t len, amzpay_error *err)
{
	const char *end = NULL;

	if (len > AMZPAY_IPN_MAX_BODY) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_BODY, AMZPAY_ERR_PARSE,
		                "Error with message - content is larger than %s bytes", "524288");
	}
	ipn->envelope = cJSON_ParseWithLengthOpts(body, len, &end, 0);
	if (ipn->envelope) {
		while (end < body + len && (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n')) {
			end++;
		}
	}
	if (!ipn->envelope || end != body + len) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_BODY, AMZPAY_ERR_PARSE,
		                "Error with message - content is not in json format - syntax error.%s", " ");
	}
	if (!cJSON_IsObject(ipn->envelope)) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_BODY, AMZPAY_ERR_PARSE,
		                "Error with message - content is not in json format - not a JSON object%s", ".");
	}
	return 0;
}

static int ipn_check_type(amzpay_ipn *ipn, amzpay_error *err)
{
	if (ipn_mandatory(ipn, "Type", &ipn->type, err) != 0) {
		return -1;
	}
	if (strcasecmp(ipn->type, "Notification") != 0) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_TYPE, AMZPAY_ERR_PARSE,
		                "Error with SNS Notification - unexpected message with Type of %.200s", ipn->type);
	}
	if (strcmp(ipn->type, "Notification") != 0) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_TYPE, AMZPAY_ERR_PARSE,
		                "Error with signature verification - unable to verify %.200s message", ipn->type);
	}
	return 0;
}

static void ipn_sign_pair(amzpay_buf *b, const char *key, const char *value)
{
	if (value) {
		amzpay_buf_appendf(b, "%s\n", key);
		amzpay_buf_appends(b, value);
		amzpay_buf_appendc(b, '\n');
	}
}

/* The SNS string to sign of a Notification, in byte order of the keys. */
static int ipn_build_string_to_sign(amzpay_ipn *ipn, amzpay_error *err)
{
	amzpay_buf *b = &ipn->string_to_sign;

	if (ipn_mandatory(ipn, "Message", &ipn->message, err) != 0 ||
	    ipn_mandatory(ipn, "MessageId", &ipn->message_id, err) != 0 ||
	    ipn_field(ipn, "Subject", &ipn->subject, err) != 0 ||
	    ipn_mandatory(ipn, "Timestamp", &ipn->timestamp, err) != 0 ||
	    ipn_mandatory(ipn, "TopicArn", &ipn->topic_arn, err) != 0) {
		return -1;
	}
	amzpay_buf_reset(b);
	ipn_sign_pair(b, "Message", ipn->message);
	ipn_sign_pair(b, "MessageId", ipn->message_id);
	ipn_sign_pair(b, "Subject", ipn->subject);
	ipn_sign_pair(b, "Timestamp", ipn->timestamp);
	ipn_sign_pair(b, "TopicArn", ipn->topic_arn);
	ipn_sign_pair(b, "Type", ipn->type);
	if (b->failed) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
	}
	return 0;
}

static int ipn_signature_version(amzpay_ipn *ipn, amzpay_error *err)
{
	const char *v;

	if (ipn_field(ipn, "SignatureVersion", &v, err) != 0) {
		return -1;
	}
	if (!v || strcmp(v, "1") == 0) {
		ipn->signature_version = 1;
	} else if (strcmp(v, "2") == 0) {
		ipn->signature_version = 2;
	} else {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_VERSION, AMZPAY_ERR_PARSE,
		                "Error with SNS Notification - unsupported SignatureVersion %.40s (only 1 and 2 are "
		                "supported)",
		                v);
	}
	return 0;
}

int amzpay_ipn_parse(amzpay_ipn *ipn, const char *message_type, const char *body, size_t len, amzpay_error *err)
{
	if (!message_type) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_HEADER, AMZPAY_ERR_ARGUMENT,
		                "Error with message - header does not contain x-amz-sns-message-type header%s", "");
	}
	if (strcmp(message_type, "Notification") != 0) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_HEADER, AMZPAY_ERR_ARGUMENT,
		                "Error with message - header x-amz-sns-message-type is not Notification, is %.200s",
		                message_type);
	}
	if (ipn_parse_body(ipn, body, len, err) != 0 || ipn_check_type(ipn, err) != 0 ||
	    ipn_build_string_to_sign(ipn, err) != 0 || ipn_mandatory(ipn, "Signature", &ipn->signature_b64, err) != 0 ||
	    ipn_mandatory(ipn, "SigningCertURL", &ipn->cert_url, err) != 0 || ipn_signature_version(ipn, err) != 0) {
		return -1;
	}
	return 0;
}
/* }}} */

/* {{{ certificate URL (step 4) */

/* sns.<at least 3 of [A-Za-z0-9-]>.amazonaws.com, optionally followed by .cn */
static bool ipn_is_sns_host(const char *host)
{
	const char *p, *rest;
	size_t n = 0;

	if (strncmp(host, "sns.", 4) != 0) {
		return false;
	}
	for (p = host + 4; *p && (isalnum((unsigned char)*p) || *p == '-'); p++) {
		n++;
	}
	if (n < 3) {
		return false;
	}
	rest = p;
	return strcmp(rest, ".amazonaws.com") == 0 || strcmp(rest, ".amazonaws.com.cn") == 0;
}

static bool ipn_is_loopback_host(const char *host)
{
	int a, b, c, d;
	char tail;

	if (strcasecmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0 || strcmp(host, "::1") == 0) {
		return true;
	}
	return sscanf(host, "%d.%d.%d.%d%c", &a, &b, &c, &d, &tail) == 4 && a == 127 && b >= 0 && b <= 255 && c >= 0 &&
	       c <= 255 && d >= 0 && d <= 255;
}

static int ipn_url_parts(const char *url, char **scheme, char **host)
{
	CURLU *u = curl_url();
	int rc = -1;

	*scheme = *host = NULL;
	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_SCHEME, scheme, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, host, 0) == CURLUE_OK) {
		rc = 0;
	}
	curl_url_cleanup(u);
	return rc;
}

/*
 * The URL as written starts with "<scheme>://" and names no user. libcurl also reads shorter or
 * decorated spellings (https:/host, https://user@host) as the same host; SNS never sends them, so they
 * are refused rather than interpreted.
 */
static bool ipn_url_plain(const char *url, const char *scheme)
{
	size_t n = strlen(scheme);
	const char *authority;

	if (strncasecmp(url, scheme, n) != 0 || strncmp(url + n, "://", 3) != 0) {
		return false;
	}
	authority = url + n + 3;
	return memchr(authority, '@', strcspn(authority, "/?#")) == NULL;
}

int amzpay_ipn_check_cert_url(const char *url, bool test_trust, amzpay_error *err)
{
	char *scheme = NULL, *host = NULL;
	size_t len = strlen(url);
	bool ok = false;

	if (len > 4 && strcmp(url + len - 4, ".pem") == 0 && ipn_url_parts(url, &scheme, &host) == 0 &&
	    ipn_url_plain(url, scheme)) {
		bool https = strcmp(scheme, "https") == 0;
		if (https && ipn_is_sns_host(host)) {
			ok = true;
		} else if (test_trust && (https || strcmp(scheme, "http") == 0) && ipn_is_loopback_host(host)) {
			ok = true;
		}
	}
	curl_free(scheme);
	curl_free(host);
	if (!ok) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_URL, AMZPAY_ERR_ARGUMENT,
		                "The certificate is located on an invalid domain.%s", "");
	}
	return 0;
}
/* }}} */

/* {{{ certificate cache (per process, by URL) */
typedef struct {
	char *url;
	char *pem;
	size_t len;
	time_t fetched;
} ipn_cache_slot;

static ipn_cache_slot ipn_cache[AMZPAY_IPN_CACHE_SLOTS];
static pthread_mutex_t ipn_cache_lock = PTHREAD_MUTEX_INITIALIZER;

static void ipn_slot_clear(ipn_cache_slot *s)
{
	free(s->url);
	free(s->pem);
	memset(s, 0, sizeof(*s));
}

/* Copies a fresh cached certificate into `out`; false when there is none. */
static bool ipn_cache_get(const char *url, amzpay_buf *out)
{
	time_t now = time(NULL);
	bool hit = false;

	pthread_mutex_lock(&ipn_cache_lock);
	for (size_t i = 0; i < AMZPAY_IPN_CACHE_SLOTS; i++) {
		ipn_cache_slot *s = &ipn_cache[i];
		if (s->url && strcmp(s->url, url) == 0) {
			if (now - s->fetched >= 0 && now - s->fetched < AMZPAY_IPN_CERT_TTL) {
				amzpay_buf_reset(out);
				amzpay_buf_append(out, s->pem, s->len);
				hit = !out->failed;
			} else {
				ipn_slot_clear(s);
			}
			break;
		}
	}
	pthread_mutex_unlock(&ipn_cache_lock);
	return hit;
}

/* Stores a verified certificate; the oldest entry makes room. */
static void ipn_cache_put(const char *url, const char *pem, size_t len)
{
	ipn_cache_slot *victim = &ipn_cache[0];
	char *u = strdup(url), *p = malloc(len + 1);

	if (!u || !p) {
		free(u);
		free(p);
		return;
	}
	memcpy(p, pem, len);
	p[len] = '\0';
	pthread_mutex_lock(&ipn_cache_lock);
	for (size_t i = 0; i < AMZPAY_IPN_CACHE_SLOTS; i++) {
		ipn_cache_slot *s = &ipn_cache[i];
		if (!s->url || strcmp(s->url, url) == 0) {
			victim = s;
			break;
		}
		if (s->fetched < victim->fetched) {
			victim = s;
		}
	}
	ipn_slot_clear(victim);
	victim->url = u;
	victim->pem = p;
	victim->len = len;
	victim->fetched = time(NULL);
	pthread_mutex_unlock(&ipn_cache_lock);
}

static void ipn_trust_cache_clear(void);

void amzpay_ipn_cache_clear(void)
{
	pthread_mutex_lock(&ipn_cache_lock);
	for (size_t i = 0; i < AMZPAY_IPN_CACHE_SLOTS; i++) {
		ipn_slot_clear(&ipn_cache[i]);
	}
	pthread_mutex_unlock(&ipn_cache_lock);
	ipn_trust_cache_clear();
}

size_t amzpay_ipn_cache_size(void)
{
	size_t n = 0;

	pthread_mutex_lock(&ipn_cache_lock);
	for (size_t i = 0; i < AMZPAY_IPN_CACHE_SLOTS; i++) {
		n += ipn_cache[i].url != NULL;
	}
	pthread_mutex_unlock(&ipn_cache_lock);
	return n;
}
/* }}} */

/* {{{ certificate download (step 5) */
static int ipn_fetch(const char *url, const amzpay_ipn_config *cfg, amzpay_buf *out, amzpay_error *err)
{
	amzpay_http_config http;
	amzpay_http_request req = {
	    "GET", url, NULL, 0, true, amzpay_http_prepare_line, (void *)"Accept: application/x-pem-file, */*"};
	amzpay_http_response res;
	amzpay_http_handle *h;
	int rc = -1;

	amzpay_http_config_defaults(&http);
	http.timeout_ms = cfg->timeout_ms > 0 ? cfg->timeout_ms : 10000;
	http.connect_timeout_ms = http.timeout_ms < 5000 ? http.timeout_ms : 5000;
	http.max_retries = 2;
	http.cabundle = cfg->cabundle_file && *cfg->cabundle_file ? cfg->cabundle_file : NULL;
	http.proxy = cfg->proxy;
	http.proxy_userpwd = cfg->proxy_userpwd;
	h = amzpay_http_acquire(&http, url, err);
	if (!h) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_FETCH, AMZPAY_ERR_TRANSPORT,
		                "Unable to download the certificate from %.300s", url);
	}
	amzpay_http_response_init(&res);
	if (amzpay_http_send(h, &req, &res, err) != 0) {
		char why[AMZPAY_ERROR_MESSAGE_MAX];
		amzpay_domain domain = err ? err->domain : AMZPAY_ERR_TRANSPORT;
		snprintf(why, sizeof(why), "%.300s: %.200s", url, err ? err->message : "");
		amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_FETCH, domain, "Unable to download the certificate from %s", why);
	} else if (res.status != 200) {
		char why[400];
		snprintf(why, sizeof(why), "%.300s: HTTP %ld", url, res.status);
		amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_FETCH, AMZPAY_ERR_TRANSPORT, "Unable to download the certificate from %s", why);
	} else if (res.body.len > AMZPAY_IPN_MAX_CERT) {
		amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_FETCH, AMZPAY_ERR_TRANSPORT,
		         "Unable to download the certificate: larger than %s bytes", "65536");
	} else {
		amzpay_buf_reset(out);
		amzpay_buf_append(out, res.body.data ? res.body.data : "", res.body.len);
		rc = out->failed ? amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory") : 0;
	}
	amzpay_http_response_free(&res);
	amzpay_http_release(h);
	return rc;
}
/* }}} */

/* {{{ certificate checks (step 6) */
static bool ipn_test_trust(const amzpay_ipn_config *cfg)
{
	return cfg->test_ca_file && *cfg->test_ca_file;
}

static X509_STORE *ipn_trust_store_load(const amzpay_ipn_config *cfg, amzpay_error *err)
{
	X509_STORE *store = X509_STORE_new();
	bool ok;

	if (!store) {
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
		return NULL;
	}
	if (cfg->cabundle_file && *cfg->cabundle_file) {
		ok = X509_STORE_load_file(store, cfg->cabundle_file) == 1;
	} else {
		ok = X509_STORE_set_default_paths(store) == 1;
	}
	if (ok && ipn_test_trust(cfg)) {
		ok = X509_STORE_load_file(store, cfg->test_ca_file) == 1;
	}
	ERR_clear_error();
	if (!ok) {
		X509_STORE_free(store);
		amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_CHAIN, AMZPAY_ERR_CONFIG,
		         "Unable to verify certificate issued by Amazon - the CA bundle cannot be read%s", "");
		return NULL;
	}
	return store;
}

/*
 * {{{ trust store cache (per process, by bundle and test CA)
 * Loading a store parses the whole CA bundle (tens of milliseconds), so a loaded store is shared by the
 * verifications that follow. It is loaded again after AMZPAY_IPN_TRUST_TTL or as soon as a file it was
 * read from changes (a ca-certificates update, a new test CA). Verifying with a shared store is
 * thread-safe; each user holds a reference.
 */
typedef struct {
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
	bool present;
} ipn_file_stamp;

typedef struct {
	char *key;
	X509_STORE *store;
	time_t loaded;
	ipn_file_stamp bundle, test_ca;
} ipn_trust_slot;

static ipn_trust_slot ipn_trust[AMZPAY_IPN_TRUST_SLOTS];
static pthread_mutex_t ipn_trust_lock = PTHREAD_MUTEX_INITIALIZER;

static ipn_file_stamp ipn_stamp(const char *path)
{
	ipn_file_stamp st = {0};
	struct stat sb;

	if (path && *path && stat(path, &sb) == 0) {
		st.dev = sb.st_dev;
		st.ino = sb.st_ino;
		st.size = sb.st_size;
		st.mtime = sb.st_mtim;
		st.present = true;
	}
	return st;
}

static bool ipn_stamp_same(const ipn_file_stamp *a, const ipn_file_stamp *b)
{
	return a->present == b->present && a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	       a->mtime.tv_sec == b->mtime.tv_sec && a->mtime.tv_nsec == b->mtime.tv_nsec;
}

/* The file the store's certificates are read from: the configured bundle, else OpenSSL's default file. */
static const char *ipn_bundle_path(const amzpay_ipn_config *cfg)
{
	return cfg->cabundle_file && *cfg->cabundle_file ? cfg->cabundle_file : X509_get_default_cert_file();
}

static void ipn_trust_slot_clear(ipn_trust_slot *s)
{
	free(s->key);
	X509_STORE_free(s->store);
	memset(s, 0, sizeof(*s));
}

static void ipn_trust_cache_clear(void)
{
	pthread_mutex_lock(&ipn_trust_lock);
	for (size_t i = 0; i < AMZPAY_IPN_TRUST_SLOTS; i++) {
		ipn_trust_slot_clear(&ipn_trust[i]);
	}
	pthread_mutex_unlock(&ipn_trust_lock);
}

/* A cached store for `key` whose files still carry the stamps; NULL otherwise. The caller owns a reference. */
static X509_STORE *ipn_trust_cache_get(const char *key, const ipn_file_stamp *bundle, const ipn_file_stamp *test_ca)
{
	time_t now = time(NULL);
	X509_STORE *store = NULL;

	pthread_mutex_lock(&ipn_trust_lock);
	for (size_t i = 0; i < AMZPAY_IPN_TRUST_SLOTS; i++) {
		ipn_trust_slot *s = &ipn_trust[i];
		if (s->key && strcmp(s->key, key) == 0) {
			if (now - s->loaded >= 0 && now - s->loaded < AMZPAY_IPN_TRUST_TTL &&
			    ipn_stamp_same(&s->bundle, bundle) && ipn_stamp_same(&s->test_ca, test_ca) &&
			    X509_STORE_up_ref(s->store) == 1) {
				store = s->store;
			} else {
				ipn_trust_slot_clear(s);
			}
			break;
		}
	}
	pthread_mutex_unlock(&ipn_trust_lock);
	return store;
}

/* Keeps a reference to `store` for `key`; the oldest entry makes room. */
static void ipn_trust_cache_put(const char *key, X509_STORE *store, const ipn_file_stamp *bundle,
                                const ipn_file_stamp *test_ca)
{
	ipn_trust_slot *victim = &ipn_trust[0];
	char *k = strdup(key);

	if (!k || X509_STORE_up_ref(store) != 1) {
		free(k);
		return;
	}
	pthread_mutex_lock(&ipn_trust_lock);
	for (size_t i = 0; i < AMZPAY_IPN_TRUST_SLOTS; i++) {
		ipn_trust_slot *s = &ipn_trust[i];
		if (!s->key || strcmp(s->key, key) == 0) {
			victim = s;
			break;
		}
		if (s->loaded < victim->loaded) {
			victim = s;
		}
	}
	ipn_trust_slot_clear(victim);
	victim->key = k;
	victim->store = store;
	victim->loaded = time(NULL);
	victim->bundle = *bundle;
	victim->test_ca = *test_ca;
	pthread_mutex_unlock(&ipn_trust_lock);
}

/* The trust store for cfg, from the cache or loaded now; the caller frees its reference. */
static X509_STORE *ipn_trust_store(const amzpay_ipn_config *cfg, amzpay_error *err)
{
	const char *bundle_path = ipn_bundle_path(cfg);
	ipn_file_stamp bundle = ipn_stamp(bundle_path), test_ca = ipn_stamp(ipn_test_trust(cfg) ? cfg->test_ca_file : NULL);
	amzpay_buf key = AMZPAY_BUF_INIT;
	X509_STORE *store = NULL;

	/* the key names both files: the bundle's length, the bundle, the test CA */
	amzpay_buf_appendf(&key, "%zu:%s%s", cfg->cabundle_file ? strlen(cfg->cabundle_file) : 0,
	                   cfg->cabundle_file ? cfg->cabundle_file : "", ipn_test_trust(cfg) ? cfg->test_ca_file : "");
	if (!key.failed) {
		store = ipn_trust_cache_get(key.data, &bundle, &test_ca);
	}
	if (!store && (store = ipn_trust_store_load(cfg, err)) != NULL && !key.failed) {
		ipn_trust_cache_put(key.data, store, &bundle, &test_ca);
	}
	amzpay_buf_free(&key);
	return store;
}
/* }}} */

static int ipn_verify_chain(X509 *leaf, STACK_OF(X509) * extra, const amzpay_ipn_config *cfg, int *x509_error,
                            amzpay_error *err)
{
	X509_STORE *store = ipn_trust_store(cfg, err);
	X509_STORE_CTX *ctx;
	int rc = -1;

	if (!store) {
		return -1;
	}
	ctx = X509_STORE_CTX_new();
	if (ctx && X509_STORE_CTX_init(ctx, store, leaf, extra) == 1) {
		if (X509_verify_cert(ctx) == 1) {
			rc = 0;
		} else {
			*x509_error = X509_STORE_CTX_get_error(ctx);
			amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_CHAIN, AMZPAY_ERR_TLS,
			         "Unable to verify certificate issued by Amazon - certificate chain: %s",
			         X509_verify_cert_error_string(*x509_error));
		}
	} else {
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
	}
	ERR_clear_error();
	X509_STORE_CTX_free(ctx);
	X509_STORE_free(store);
	return rc;
}

/* CN=sns.amazonaws.com (the legacy rule), or a certificate name matching the download host. */
static bool ipn_subject_ok(X509 *leaf, const char *url_host)
{
	X509_NAME *name = X509_get_subject_name(leaf);
	int idx = name ? X509_NAME_get_index_by_NID(name, NID_commonName, -1) : -1;
	bool ok = false;

	if (idx >= 0) {
		unsigned char *cn = NULL;
		int n = ASN1_STRING_to_UTF8(&cn, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx)));
		ok = n == (int)strlen(IPN_EXPECTED_CN) && memcmp(cn, IPN_EXPECTED_CN, (size_t)n) == 0;
		OPENSSL_free(cn);
	}
	if (!ok && url_host && ipn_is_sns_host(url_host)) {
		ok = X509_check_host(leaf, url_host, 0, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, NULL) == 1;
	}
	ERR_clear_error();
	return ok;
}

/* The first caIssuers URI of the certificate's Authority Information Access, appended to `out`. */
static void ipn_ca_issuers_uri(X509 *x, amzpay_buf *out)
{
	AUTHORITY_INFO_ACCESS *aia = X509_get_ext_d2i(x, NID_info_access, NULL, NULL);

	for (int i = 0; aia && i < sk_ACCESS_DESCRIPTION_num(aia); i++) {
		ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia, i);
		if (OBJ_obj2nid(ad->method) == NID_ad_ca_issuers && ad->location->type == GEN_URI) {
			const ASN1_IA5STRING *uri = ad->location->d.uniformResourceIdentifier;
			amzpay_buf_append(out, ASN1_STRING_get0_data(uri), (size_t)ASN1_STRING_length(uri));
			break;
		}
	}
	AUTHORITY_INFO_ACCESS_free(aia);
}

/*
 * Step 6. When the chain misses an intermediate (SNS serves the leaf alone) and `aia` is not NULL, the
 * leaf's caIssuers URI is appended to it for the caller to fetch.
 */
static int ipn_verify_certificate_aia(const char *pem, size_t len, const char *url_host, const amzpay_ipn_config *cfg,
                                      amzpay_buf *aia, amzpay_error *err)
{
	BIO *bio = BIO_new_mem_buf(pem, (int)len);
	STACK_OF(X509) *extra = sk_X509_new_null();
	X509 *leaf = NULL, *x;
	EVP_PKEY *key = NULL;
	int rc = -1, x509_error = 0;

	if (bio && extra && (leaf = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
		while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
			if (!sk_X509_push(extra, x)) {
				X509_free(x);
			}
		}
		key = X509_get_pubkey(leaf);
	}
	ERR_clear_error();
	if (!key) {
		amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_CERT, AMZPAY_ERR_TLS, "Unable to extract public key from cert%s", "");
	} else if (ipn_verify_chain(leaf, extra, cfg, &x509_error, err) != 0) {
		if (aia && x509_error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY && sk_X509_num(extra) == 0) {
			ipn_ca_issuers_uri(leaf, aia);
		}
	} else if (!ipn_subject_ok(leaf, url_host)) {
		amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_SUBJECT, AMZPAY_ERR_TLS,
		         "Unable to verify certificate issued by Amazon - error with certificate subject%s", "");
	} else {
		rc = 0;
	}
	EVP_PKEY_free(key);
	X509_free(leaf);
	sk_X509_pop_free(extra, X509_free);
	BIO_free(bio);
	return rc;
}

int amzpay_ipn_verify_certificate(const char *pem, size_t len, const char *url_host, const amzpay_ipn_config *cfg,
                                  amzpay_error *err)
{
	return ipn_verify_certificate_aia(pem, len, url_host, cfg, NULL, err);
}

/* Intermediates are fetched from Amazon Trust Services only (or loopback under test trust). */
static bool ipn_aia_url_allowed(const char *url, bool test_trust)
{
	char *scheme = NULL, *host = NULL;
	bool ok = false;

	if (ipn_url_parts(url, &scheme, &host) == 0 && (strcmp(scheme, "http") == 0 || strcmp(scheme, "https") == 0)) {
		size_t n = strlen(host);
		ok = (n > 16 && strcmp(host + n - 16, ".amazontrust.com") == 0) || (test_trust && ipn_is_loopback_host(host));
	}
	curl_free(scheme);
	curl_free(host);
	return ok;
}

/* A downloaded issuer certificate (DER, as AIA serves it, or PEM) appended to `pem` as PEM. */
static bool ipn_append_issuer(const amzpay_buf *raw, amzpay_buf *pem)
{
	const unsigned char *p = (const unsigned char *)amzpay_buf_cstr(raw);
	BIO *in = BIO_new_mem_buf(p, (int)raw->len), *out = BIO_new(BIO_s_mem());
	X509 *x = in ? PEM_read_bio_X509(in, NULL, NULL, NULL) : NULL;
	char *text;
	long n = 0;

	if (!x) {
		x = d2i_X509(NULL, &p, (long)raw->len);
	}
	if (x && out && PEM_write_bio_X509(out, x) == 1 && (n = BIO_get_mem_data(out, &text)) > 0) {
		if (pem->len && pem->data[pem->len - 1] != '\n') {
			amzpay_buf_appendc(pem, '\n');
		}
		amzpay_buf_append(pem, text, (size_t)n);
	}
	ERR_clear_error();
	X509_free(x);
	BIO_free(in);
	BIO_free(out);
	return n > 0 && !pem->failed;
}

/* Step 6 with at most one missing intermediate fetched from the leaf's caIssuers URI. */
static int ipn_verify_with_issuer(amzpay_ipn *ipn, const char *host, const amzpay_ipn_config *cfg, amzpay_error *err)
{
	amzpay_buf aia = AMZPAY_BUF_INIT, raw = AMZPAY_BUF_INIT;
	amzpay_error first;
	int rc;

	rc = ipn_verify_certificate_aia(amzpay_buf_cstr(&ipn->cert_pem), ipn->cert_pem.len, host, cfg, &aia, err);
	if (rc != 0 && aia.len && ipn_aia_url_allowed(amzpay_buf_cstr(&aia), ipn_test_trust(cfg))) {
		first = *err;
		if (ipn_fetch(amzpay_buf_cstr(&aia), cfg, &raw, err) == 0 && ipn_append_issuer(&raw, &ipn->cert_pem)) {
			rc = amzpay_ipn_verify_certificate(amzpay_buf_cstr(&ipn->cert_pem), ipn->cert_pem.len, host, cfg, err);
		} else {
			*err = first; /* the chain error says more than the failed download */
		}
	}
	amzpay_buf_free(&aia);
	amzpay_buf_free(&raw);
	return rc;
}
/* }}} */

/* {{{ signature (step 7) */

/* Lenient base64 as PHP's base64_decode(): whitespace skipped, stops at '='; false on other bytes. */
static bool ipn_base64_decode(const char *in, amzpay_buf *out)
{
	unsigned int acc = 0;
	int bits = 0;

	for (const char *p = in; *p && *p != '='; p++) {
		int v;
		char c = *p;
		if (c >= 'A' && c <= 'Z') {
			v = c - 'A';
		} else if (c >= 'a' && c <= 'z') {
			v = c - 'a' + 26;
		} else if (c >= '0' && c <= '9') {
			v = c - '0' + 52;
		} else if (c == '+') {
			v = 62;
		} else if (c == '/') {
			v = 63;
		} else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
			continue;
		} else {
			return false;
		}
		acc = (acc << 6) | (unsigned int)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			amzpay_buf_appendc(out, (char)((acc >> bits) & 0xff));
		}
	}
	return !out->failed;
}

int amzpay_ipn_signature_matches(const amzpay_ipn *ipn, const unsigned char *sig, size_t sig_len, amzpay_error *err)
{
	BIO *bio = BIO_new_mem_buf(ipn->cert_pem.data ? ipn->cert_pem.data : "", (int)ipn->cert_pem.len);
	X509 *leaf = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;
	EVP_PKEY *key = leaf ? X509_get_pubkey(leaf) : NULL;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	int rc = 0;

	if (!key || !md) {
		rc = amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_CERT, AMZPAY_ERR_TLS, "Unable to extract public key from cert%s", "");
	} else if (EVP_DigestVerifyInit(md, NULL, ipn->signature_version == 2 ? EVP_sha256() : EVP_sha1(), NULL, key) ==
	               1 &&
	           EVP_DigestVerify(md, sig, sig_len, (const unsigned char *)amzpay_buf_cstr(&ipn->string_to_sign),
	                            ipn->string_to_sign.len) == 1) {
		rc = 1;
	}
	ERR_clear_error();
	EVP_MD_CTX_free(md);
	EVP_PKEY_free(key);
	X509_free(leaf);
	BIO_free(bio);
	return rc;
}
/* }}} */

int amzpay_ipn_verify(amzpay_ipn *ipn, const amzpay_ipn_config *cfg, amzpay_error *err)
{
	amzpay_buf sig = AMZPAY_BUF_INIT;
	char *scheme = NULL, *host = NULL;
	bool cached;
	int rc = -1, match;

	if (amzpay_ipn_check_cert_url(ipn->cert_url, ipn_test_trust(cfg), err) != 0) {
		return -1;
	}
	cached = ipn_cache_get(ipn->cert_url, &ipn->cert_pem);
	if (!cached && ipn_fetch(ipn->cert_url, cfg, &ipn->cert_pem, err) != 0) {
		return -1;
	}
	if (ipn_url_parts(ipn->cert_url, &scheme, &host) != 0 || ipn_verify_with_issuer(ipn, host, cfg, err) != 0) {
		goto done;
	}
	if (!cached) {
		ipn_cache_put(ipn->cert_url, ipn->cert_pem.data, ipn->cert_pem.len);
	}
	if (!ipn_base64_decode(ipn->signature_b64, &sig)) {
		amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_SIGNATURE, AMZPAY_ERR_TLS, "Unable to match signature%s", "");
		goto done;
	}
	match = amzpay_ipn_signature_matches(ipn, (const unsigned char *)amzpay_buf_cstr(&sig), sig.len, err);
	if (match == 1) {
		rc = 0;
	} else if (match == 0) {
		amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_SIGNATURE, AMZPAY_ERR_TLS, "Unable to match signature%s", "");
	}
done:
	curl_free(scheme);
	curl_free(host);
	amzpay_buf_free(&sig);
	return rc;
}
