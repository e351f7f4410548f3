#include "client.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "endpoint.h"
#include "utf8.h"
#include "version.h"

#include <openssl/crypto.h>

struct amzpay_client {
	char *public_key_id;
	const amzpay_key *key; /* borrowed from the process-wide key cache */
	amzpay_alg alg;
	const char *region; /* static string from amzpay_region_map() */
	char *endpoint;     /* override or NULL */
	amzpay_buf base_url;
	char *integrator_id;
	char *integrator_version;
	char *platform_version;
	char *user_agent;
	char *user_agent_override; /* set by amzpay_client_set_user_agent(), else NULL */
	char *language_version;
	/* http.cabundle/proxy/proxy_userpwd point into the strings below */
	amzpay_http_config http;
	char *cabundle;
	char *proxy;
	char *proxy_userpwd;
	amzpay_http_handle *handle; /* acquired lazily, kept for the client's life */
};

static char *dup_or_null(const char *s)
{
	return (s && *s) ? strdup(s) : NULL;
}

static void free_secret(char *s)
{
	if (s) {
		OPENSSL_cleanse(s, strlen(s));
		free(s);
	}
}

static int rebuild_base_url(amzpay_client *c, bool sandbox, amzpay_error *err)
{
	amzpay_buf_reset(&c->base_url);
	return amzpay_endpoint_base(c->region, sandbox, c->public_key_id, c->endpoint, &c->base_url, err);
}

static int client_check_strings(const amzpay_client_options *o, amzpay_error *err)
{
	const char *checked[] = {o->public_key_id,      o->endpoint,         o->integrator_id,
	                         o->integrator_version, o->platform_version, o->http.cabundle,
	                         o->http.proxy,         o->http.proxy_userpwd};
	const char *names[] = {"public_key_id",      "endpoint",         "integrator_id", "integrator_version",
	                       "platform_version",   "cabundle",         "proxy",         "proxy credentials"};

	for (size_t i = 0; i < sizeof(checked) / sizeof(checked[0]); i++) {
		if (checked[i] && amzpay_has_ctl(checked[i], strlen(checked[i]))) {
			return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "%s must not contain CR, LF or NUL characters",
			                        names[i]);
		}
	}
	if (!o->public_key_id || !*o->public_key_id) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "public_key_id is a required parameter and is not set");
	}
	return 0;
}

static void client_build_user_agent(amzpay_client *c, const amzpay_client_options *o)
{
	amzpay_buf ua = AMZPAY_BUF_INIT;

	amzpay_buf_appends(&ua, "amzpay/" AMZPAY_CORE_VERSION);
	if (o->user_agent_suffix && *o->user_agent_suffix) {
		amzpay_buf_appendf(&ua, " (%s)", o->user_agent_suffix);
	}
	c->user_agent = amzpay_buf_detach(&ua, NULL);
}

amzpay_client *amzpay_client_new(const amzpay_client_options *o, amzpay_error *err)
{
	amzpay_client *c;

	if (client_check_strings(o, err) != 0) {
		return NULL;
	}
	c = calloc(1, sizeof(*c));
	if (!c) {
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
		return NULL;
	}
	/* No region: a signature-only client (button signatures, createSignature()); calls are refused. */
	if (o->region && *o->region) {
		c->region = amzpay_region_map(o->region);
		if (!c->region) {
			amzpay_error_set(err, AMZPAY_ERR_CONFIG, "%s is not a valid region", o->region);
			goto fail;
		}
	}
	if (amzpay_alg_from_name(o->algorithm, &c->alg, err) != 0) {
		goto fail;
	}
	c->public_key_id = strdup(o->public_key_id);
	c->endpoint = dup_or_null(o->endpoint);
	if (c->endpoint && amzpay_endpoint_check(c->endpoint, err) != 0) {
		goto fail;
	}
	if (c->region && rebuild_base_url(c, o->sandbox, err) != 0) {
		goto fail;
	}
	if (!o->private_key || o->private_key_len == 0) {
		amzpay_error_set(err, AMZPAY_ERR_CONFIG, "private_key is a required parameter and is not set");
		goto fail;
	}
	c->key = amzpay_key_get(o->private_key, o->private_key_len, o->private_key_passphrase,
	                        o->private_key_passphrase_len, err);
	if (!c->key) {
		goto fail;
	}
	c->integrator_id = dup_or_null(o->integrator_id);
	c->integrator_version = dup_or_null(o->integrator_version);
	c->platform_version = dup_or_null(o->platform_version);
	c->language_version = dup_or_null(o->language_version);
	client_build_user_agent(c, o);
	c->http = o->http;
	c->cabundle = dup_or_null(o->http.cabundle);
	c->proxy = dup_or_null(o->http.proxy);
	c->proxy_userpwd = dup_or_null(o->http.proxy_userpwd);
	c->http.cabundle = c->cabundle;
	c->http.proxy = c->proxy;
	c->http.proxy_userpwd = c->proxy_userpwd;
	return c;

fail:
	amzpay_client_free(c);
	return NULL;
}

void amzpay_client_free(amzpay_client *c)
{
	if (!c) {
		return;
	}
	amzpay_http_release(c->handle);
	amzpay_key_release(c->key);
	free(c->public_key_id);
	free(c->endpoint);
	amzpay_buf_free(&c->base_url);
	free(c->integrator_id);
	free(c->integrator_version);
	free(c->platform_version);
	free(c->user_agent);
	free(c->user_agent_override);
	free(c->language_version);
	free(c->cabundle);
	free(c->proxy);
	free_secret(c->proxy_userpwd);
	free(c);
}

static int client_region_missing(amzpay_error *err)
{
	return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "config['region'] is a required parameter and is not set");
}

int amzpay_client_set_sandbox(amzpay_client *c, bool sandbox, amzpay_error *err)
{
	return c->region ? rebuild_base_url(c, sandbox, err) : 0;
}

const char *amzpay_client_user_agent(const amzpay_client *c)
{
	return c->user_agent;
}

int amzpay_client_set_user_agent(amzpay_client *c, const char *user_agent, amzpay_error *err)
{
	char *copy;

	if (!user_agent) {
		free(c->user_agent_override);
		c->user_agent_override = NULL;
		return 0;
	}
	if (amzpay_has_ctl(user_agent, strlen(user_agent))) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "The User-Agent must not contain CR, LF or NUL characters");
	}
	if (!(copy = strdup(user_agent))) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
	}
	free(c->user_agent_override);
	c->user_agent_override = copy;
	return 0;
}

const char *amzpay_client_base_url(const amzpay_client *c)
{
	return amzpay_buf_cstr(&c->base_url);
}

const char *amzpay_client_region(const amzpay_client *c)
{
	return c->region;
}

const amzpay_key *amzpay_client_key(const amzpay_client *c)
{
	return c->key;
}

const amzpay_http_config *amzpay_client_http(const amzpay_client *c)
{
	return &c->http;
}

amzpay_alg amzpay_client_alg(const amzpay_client *c)
{
	return c->alg;
}

void amzpay_call_result_init(amzpay_call_result *res)
{
	memset(res, 0, sizeof(*res));
	amzpay_http_response_init(&res->http);
}

void amzpay_call_result_free(amzpay_call_result *res)
{
	amzpay_http_response_free(&res->http);
	amzpay_buf_free(&res->url);
}

const char *amzpay_header_find(const amzpay_header *headers, size_t count, const char *name)
{
	for (size_t i = 0; i < count; i++) {
		if (headers[i].name && strcasecmp(headers[i].name, name) == 0 && headers[i].value &&
		    *headers[i].value) {
			return headers[i].value;
		}
	}
	return NULL;
}

static bool is_token_char(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       strchr("!#$%&'*+-.^_`|~", ch) != NULL;
}

/* A header value: valid UTF-8, no control character but HTAB, not longer than AMZPAY_HEADER_VALUE_MAX. */
static int header_value_check(const char *name, const char *v, amzpay_error *err)
{
	size_t len = strlen(v), i, n;
	uint32_t cp;

	if (len > AMZPAY_HEADER_VALUE_MAX) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Header \"%.64s\" is %zu bytes long, at most %d are allowed",
		                        name, len, AMZPAY_HEADER_VALUE_MAX);
	}
	for (i = 0; i < len; i += n) {
		unsigned char ch = (unsigned char)v[i];

		if (ch == '\r' || ch == '\n') {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
			                        "Header \"%.64s\" must not contain CR, LF or NUL characters", name);
		}
		if ((ch < 0x20 && ch != '\t') || ch == 0x7f) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
			                        "Header \"%.64s\" must not contain control characters (0x%02X found)", name, ch);
		}
		if (!(n = amzpay_utf8_decode((const unsigned char *)v + i, len - i, &cp))) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Header \"%.64s\" must be valid UTF-8", name);
		}
	}
	return 0;
}

/* Amazon's format of an idempotency key: 1 to 64 characters of A-Z, a-z, 0-9, '-' and '_'. */
static int idempotency_key_check(const char *v, amzpay_error *err)
{
	size_t len = strlen(v);

	if (len > AMZPAY_CALL_IDEMPOTENCY_KEY_MAX || strspn(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != len) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
		                        "The idempotency key must be at most %d characters of A-Z, a-z, 0-9, '-' and '_'",
		                        AMZPAY_CALL_IDEMPOTENCY_KEY_MAX);
	}
	return 0;
}

int amzpay_headers_check(const amzpay_header *headers, size_t count, amzpay_error *err)
{
	for (size_t i = 0; i < count; i++) {
		const char *n = headers[i].name, *v = headers[i].value ? headers[i].value : "";

		if (!n || !*n) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Header names must not be empty");
		}
		for (const char *p = n; *p; p++) {
			if (!is_token_char((unsigned char)*p)) {
				return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
				                        "Header name \"%.64s\" contains an invalid character", n);
			}
		}
		if (header_value_check(n, v, err) != 0) {
			return -1;
		}
		if (*v && strcasecmp(n, "x-amz-pay-idempotency-key") == 0 && idempotency_key_check(v, err) != 0) {
			return -1;
		}
		/* two spellings of one name with different values: only one of them would be signed */
		for (size_t j = 0; j < i; j++) {
			const char *w = headers[j].value ? headers[j].value : "";
			if (strcasecmp(headers[j].name, n) == 0 && strcmp(w, v) != 0) {
				return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT,
				                        "Header \"%.64s\" is given twice (\"%.64s\") with different values", n,
				                        headers[j].name);
			}
		}
	}
	return 0;
}

/* Appends "name:value" to *list; false on allocation failure. */
static bool slist_add(struct curl_slist **list, const char *name, const char *value)
{
	amzpay_buf line = AMZPAY_BUF_INIT;
	struct curl_slist *next;

	amzpay_buf_appends(&line, name);
	amzpay_buf_appendc(&line, ':');
	amzpay_buf_appends(&line, value);
	next = line.failed ? NULL : curl_slist_append(*list, line.data);
	amzpay_buf_free(&line);
	if (!next) {
		return false;
	}
	*list = next;
	return true;
}

int amzpay_client_signed_headers(amzpay_client *c, const char *method, const char *url, const char *query,
                                 const char *body, size_t body_len, const char *idempotency_key, time_t t,
                                 struct curl_slist **lines, amzpay_error *err)
{
	amzpay_buf host = AMZPAY_BUF_INIT, path = AMZPAY_BUF_INIT;
	int rc = -1;

	if (amzpay_url_parts(url, &host, &path, err) == 0) {
		rc = amzpay_client_signed_headers_for(c, method, amzpay_buf_cstr(&host), amzpay_buf_cstr(&path), query,
		                                      body, body_len, idempotency_key, t, lines, err);
	}
	amzpay_buf_free(&host);
	amzpay_buf_free(&path);
	return rc;
}

int amzpay_client_signed_headers_for(amzpay_client *c, const char *method, const char *host, const char *path,
                                     const char *query, const char *body, size_t body_len,
                                     const char *idempotency_key, time_t t, struct curl_slist **lines,
                                     amzpay_error *err)
{
	amzpay_signature sig;
	amzpay_sign_input in;
	char date[17];
	struct curl_slist *l = NULL;
	const char *user_agent = c->user_agent_override ? c->user_agent_override : c->user_agent;
	bool ok;
	int rc = -1;

	if (!c->region) {
		return client_region_missing(err);
	}
	amzpay_signature_init(&sig);
	amzpay_format_date(t, date);
	memset(&in, 0, sizeof(in));
	in.method = method;
	in.canonical_uri = path;
	in.canonical_query = query ? query : "";
	in.host = host;
	in.region = c->region;
	in.date = date;
	in.idempotency_key = idempotency_key;
	in.body = body;
	in.body_len = body_len;
	in.public_key_id = c->public_key_id;
	in.alg = c->alg;
	if (amzpay_sign(c->key, &in, &sig, err) != 0) {
		goto out;
	}
	/* The official SDK's own headers, sorted by name (ksort), then "Expect:" from the transport. */
	ok = slist_add(&l, "accept", "application/json") &&
	     slist_add(&l, "authorization", amzpay_buf_cstr(&sig.authorization)) &&
	     slist_add(&l, "content-type", "application/json") && slist_add(&l, "user-agent", user_agent) &&
	     slist_add(&l, "x-amz-pay-date", date) && slist_add(&l, "x-amz-pay-host", in.host) &&
	     (!c->integrator_id || slist_add(&l, "x-amz-pay-integrator-id", c->integrator_id)) &&
	     (!c->integrator_version || slist_add(&l, "x-amz-pay-integrator-version", c->integrator_version)) &&
	     (!c->language_version || slist_add(&l, "x-amz-pay-language-version", c->language_version)) &&
	     (!c->platform_version || slist_add(&l, "x-amz-pay-platform-version", c->platform_version)) &&
	     slist_add(&l, "x-amz-pay-region", c->region) && slist_add(&l, "x-amz-pay-sdk-type", "PHP") &&
	     slist_add(&l, "x-amz-pay-sdk-version", AMZPAY_WIRE_SDK_VERSION);
	if (!ok) {
		curl_slist_free_all(l);
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
		goto out;
	}
	*lines = l;
	rc = 0;
out:
	amzpay_signature_free(&sig);
	return rc;
}

/* Per-attempt state handed to the transport's prepare callback. */
typedef struct {
	amzpay_client *client;
	const amzpay_call *call;
	const char *url;
	const char *idempotency_key;
} call_attempt;

/* Called by the transport before every attempt: a fresh date and signature, the same idempotency key. */
static int prepare_attempt(void *ctx, int attempt, struct curl_slist **headers, amzpay_error *err)
{
	call_attempt *a = ctx;
	const amzpay_call *call = a->call;
	struct curl_slist *lines = NULL;

	(void)attempt;
	if (call->presigned) {
		/* the caller's own signed lines, unchanged on every attempt (as the official SDK resends them) */
		for (const struct curl_slist *l = call->presigned; l; l = l->next) {
			struct curl_slist *next = curl_slist_append(lines, l->data);
			if (!next) {
				curl_slist_free_all(lines);
				return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
			}
			lines = next;
		}
	} else if (amzpay_client_signed_headers(a->client, call->method, a->url, call->query, call->body,
	                                        call->body_len, a->idempotency_key, time(NULL), &lines,
	                                        err) != 0) {
		return -1;
	}
	/* Caller headers follow unchanged, in the caller's spelling (as the official SDK sends them). */
	for (size_t i = 0; i < call->header_count; i++) {
		const char *v = call->headers[i].value ? call->headers[i].value : "";

		if (!*v) {
			continue; /* curl would drop "name:" anyway; an empty idempotency key is neither signed nor sent */
		}
		if (!slist_add(&lines, call->headers[i].name, v)) {
			curl_slist_free_all(lines);
			return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
		}
	}
	*headers = lines;
	return 0;
}

/*
 * Which calls the transport may send again. GET and DELETE are idempotent by HTTP; PUT and PATCH too, and
 * every PUT/PATCH of the v2 API is an update that sets fields to the values sent, so repeating it leaves the
 * same state (the official SDK retries them as well). A POST only with its idempotency key: the server then
 * answers a repeat with the first outcome instead of acting twice.
 */
static bool call_is_idempotent(const amzpay_call *call, const char *idempotency_key)
{
	if (strcmp(call->method, "GET") == 0 || strcmp(call->method, "DELETE") == 0 ||
	    strcmp(call->method, "PUT") == 0 || strcmp(call->method, "PATCH") == 0) {
		return true;
	}
	return idempotency_key != NULL && amzpay_op_keyed(call->op, call->method);
}

static int client_handle(amzpay_client *c, const char *url, amzpay_error *err)
{
	if (c->handle) {
		return 0;
	}
	c->handle = amzpay_http_acquire(&c->http, url, err);
	return c->handle ? 0 : -1;
}

int amzpay_client_call(amzpay_client *c, const amzpay_call *call, amzpay_call_result *res, amzpay_error *err)
{
	amzpay_http_request req;
	call_attempt attempt;
	int rc;

	if (!c->region) {
		return client_region_missing(err);
	}
	if (amzpay_headers_check(call->headers, call->header_count, err) != 0) {
		return -1;
	}
	if (call->path && amzpay_has_ctl(call->path, strlen(call->path))) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "The URL must not contain CR, LF or NUL characters");
	}
	amzpay_buf_appends(&res->url, amzpay_buf_cstr(&c->base_url));
	amzpay_buf_appends(&res->url, call->path ? call->path : "");
	if (call->query && (*call->query || call->bare_query)) {
		amzpay_buf_appendc(&res->url, '?');
		amzpay_buf_appends(&res->url, call->query);
	}
	if (res->url.failed) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
	}
	attempt.client = c;
	attempt.call = call;
	attempt.url = res->url.data;
	attempt.idempotency_key = amzpay_header_find(call->headers, call->header_count, AMZPAY_HEADER_IDEMPOTENCY_KEY);

	memset(&req, 0, sizeof(req));
	req.method = call->method;
	req.url = res->url.data;
	req.body = call->body;
	req.body_len = call->body_len;
	req.idempotent = call_is_idempotent(call, attempt.idempotency_key);
	req.prepare = prepare_attempt;
	req.prepare_ctx = &attempt;

	if (client_handle(c, req.url, err) != 0) {
		return -1;
	}
	rc = amzpay_http_send(c->handle, &req, &res->http, err);
	if (c->http.persistent) {
		/* Give the connection back to the registry between calls so other clients of the process share it. */
		amzpay_http_release(c->handle);
		c->handle = NULL;
	}
	return rc;
}
