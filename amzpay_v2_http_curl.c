/*
 * amzpay glue: \Amazon\Pay\API\HttpCurl, the official SDK's transport class:
 * invokeCurl() sends one request with header lines the caller signed and
 * returns the official result array. It runs on amzpay's libcurl transport
 * (src/http.c): TLS verified, bounded timeouts, the official retry statuses
 * (408, 425, 429, 500, 502, 503, 504), and a POST is retried only when it
 * carries an idempotency key.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include "amzpay_common.h"
#include "src/endpoint.h"

#include "stubs/v2_http_curl_arginfo.h"

static zend_class_entry *php_amzpay_v2_http_curl_ce;
static zend_object_handlers php_amzpay_v2_http_curl_handlers;

typedef struct {
	HashTable *proxy_config;    /* as given, for __debugInfo() (masked there) */
	php_amzpay_secrets secrets; /* owns the proxy strings http points to */
	amzpay_http_config http;
	zend_object std;
} php_amzpay_v2_http_curl;

static inline php_amzpay_v2_http_curl *http_curl_from_obj(zend_object *obj)
{
	return (php_amzpay_v2_http_curl *)((char *)obj - XtOffsetOf(php_amzpay_v2_http_curl, std));
}

static zend_object *http_curl_create(zend_class_entry *ce)
{
	php_amzpay_v2_http_curl *intern = zend_object_alloc(sizeof(php_amzpay_v2_http_curl), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &php_amzpay_v2_http_curl_handlers;
	ZVAL_UNDEF(&intern->secrets.private_key);
	ZVAL_UNDEF(&intern->secrets.passphrase);
	php_amzpay_http_defaults(&intern->http);
	intern->http.max_retries = 3; /* HttpCurl::MAX_ERROR_RETRY */
	return &intern->std;
}

static void http_curl_reset(php_amzpay_v2_http_curl *intern)
{
	php_amzpay_secrets_release(&intern->secrets);
	intern->http.proxy = NULL;
	intern->http.proxy_userpwd = NULL;
	if (intern->proxy_config) {
		zend_array_release(intern->proxy_config);
		intern->proxy_config = NULL;
	}
}

static void http_curl_free(zend_object *obj)
{
	http_curl_reset(http_curl_from_obj(obj));
	zend_object_std_dtor(obj);
}

/* A clone uses the same proxy, with its own copy of the credentials. */
static zend_object *http_curl_clone(zend_object *old_obj)
{
	php_amzpay_v2_http_curl *old = http_curl_from_obj(old_obj);
	zend_object *new_obj = http_curl_create(old_obj->ce);
	php_amzpay_v2_http_curl *intern = http_curl_from_obj(new_obj);

	zend_objects_clone_members(new_obj, old_obj);
	if (old->proxy_config) {
		zval proxy;
		ZVAL_ARR(&proxy, old->proxy_config);
		if (php_amzpay_proxy_config(&proxy, "$proxyConfig", &intern->secrets, &intern->http) == SUCCESS) {
			intern->proxy_config = zend_array_dup(old->proxy_config);
		}
	}
	return new_obj;
}

/* {{{ proto Amazon\Pay\API\HttpCurl::__construct($proxyConfig = []) */
PHP_METHOD(Amazon_Pay_API_HttpCurl, __construct)
{
	php_amzpay_v2_http_curl *intern = http_curl_from_obj(Z_OBJ_P(ZEND_THIS));
	zval *proxy = NULL;

	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(proxy)
	ZEND_PARSE_PARAMETERS_END();

	http_curl_reset(intern);
	if (proxy && Z_TYPE_P(proxy) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(proxy)) == 0) {
		proxy = NULL; /* the default [] means no proxy */
	}
	if (php_amzpay_proxy_config(proxy, "$proxyConfig", &intern->secrets, &intern->http) == FAILURE) {
		RETURN_THROWS();
	}
	if (proxy && Z_TYPE_P(proxy) == IS_ARRAY) {
		intern->proxy_config = zend_array_dup(Z_ARRVAL_P(proxy));
	}
}
/* }}} */

/* The caller's "name:value" lines as core headers, checked like every header amzpay sends. */
static zend_result http_curl_lines(HashTable *lines, amzpay_header **out, size_t *count)
{
	zval *line;
	size_t n = 0;
	amzpay_header *list = ecalloc(zend_hash_num_elements(lines) + 1, sizeof(*list));
	amzpay_error err;

	ZEND_HASH_FOREACH_VAL(lines, line) {
		const char *colon;
		ZVAL_DEREF(line);
		if (Z_TYPE_P(line) != IS_STRING || memchr(Z_STRVAL_P(line), '\0', Z_STRLEN_P(line)) ||
		    !(colon = memchr(Z_STRVAL_P(line), ':', Z_STRLEN_P(line)))) {
			zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
			                     "$postSignedHeaders must be a list of \"name:value\" strings", 0);
			php_amzpay_headers_free(list, n);
			return FAILURE;
		}
		list[n].name = estrndup(Z_STRVAL_P(line), (size_t)(colon - Z_STRVAL_P(line)));
		list[n].value = estrdup(colon + 1);
		n++;
	}
	ZEND_HASH_FOREACH_END();
	amzpay_error_clear(&err);
	if (amzpay_headers_check(list, n, &err) != 0) {
		php_amzpay_headers_free(list, n);
		php_amzpay_throw_error(&err);
		return FAILURE;
	}
	*out = list;
	*count = n;
	return SUCCESS;
}

typedef struct {
	const amzpay_header *headers;
	size_t count;
} http_curl_attempt;

/* Every attempt sends the same lines (the official SDK resends its signature unchanged). */
static int http_curl_prepare(void *ctx, int attempt, struct curl_slist **headers, amzpay_error *err)
{
	http_curl_attempt *a = ctx;
	struct curl_slist *l = NULL, *next;

	(void)attempt;
	for (size_t i = 0; i < a->count; i++) {
		char *line = emalloc(strlen(a->headers[i].name) + strlen(a->headers[i].value) + 2);
		sprintf(line, "%s:%s", a->headers[i].name, a->headers[i].value);
		next = curl_slist_append(l, line);
		efree(line);
		if (!next) {
			curl_slist_free_all(l);
			return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
		}
		l = next;
	}
	*headers = l;
	return 0;
}

/* The URL up to its query must be one amzpay would use as an endpoint: https, or http to loopback only. */
static zend_result http_curl_url_check(zend_string *url)
{
	size_t len = strcspn(ZSTR_VAL(url), "?#");
	char *base = estrndup(ZSTR_VAL(url), len);
	amzpay_error err;
	int rc;

	amzpay_error_clear(&err);
	rc = amzpay_endpoint_check(base, &err);
	efree(base);
	if (rc != 0) {
		php_amzpay_throw_error(&err);
		return FAILURE;
	}
	return SUCCESS;
}

static bool http_curl_method_known(const char *m)
{
	return !strcmp(m, "GET") || !strcmp(m, "POST") || !strcmp(m, "PUT") || !strcmp(m, "PATCH") || !strcmp(m, "DELETE");
}

static void http_curl_result(zval *return_value, const char *method, zend_string *url, zval *lines, zend_string *body,
                             const amzpay_http_response *res)
{
	array_init_size(return_value, 10);
	add_assoc_long(return_value, "status", res->status);
	add_assoc_string(return_value, "method", (char *)method);
	if (res->location.len) {
		add_assoc_stringl(return_value, "location", res->location.data, res->location.len);
	} else {
		add_assoc_null(return_value, "location");
	}
	add_assoc_str(return_value, "url", zend_string_copy(url));
	Z_TRY_ADDREF_P(lines);
	add_assoc_zval(return_value, "headers", lines);
	if (body) {
		add_assoc_str(return_value, "request", zend_string_copy(body));
	} else {
		add_assoc_null(return_value, "request");
	}
	add_assoc_stringl(return_value, "response", amzpay_buf_cstr(&res->body), res->body.len);
	if (res->request_id.len) {
		add_assoc_stringl(return_value, "request_id", res->request_id.data, res->request_id.len);
	} else {
		add_assoc_null(return_value, "request_id");
	}
	add_assoc_long(return_value, "retries", res->retries);
	add_assoc_long(return_value, "duration", (zend_long)res->duration_ms);
}

/* {{{ proto array Amazon\Pay\API\HttpCurl::invokeCurl($method, $url, $payload, $postSignedHeaders) */
PHP_METHOD(Amazon_Pay_API_HttpCurl, invokeCurl)
{
	php_amzpay_v2_http_curl *intern = http_curl_from_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *method, *url, *body = NULL;
	zval *payload, *lines;
	amzpay_header *headers = NULL;
	size_t count = 0;
	amzpay_http_handle *h;
	amzpay_http_request req;
	amzpay_http_response res;
	http_curl_attempt attempt;
	amzpay_error err;
	const char *key;

	ZEND_PARSE_PARAMETERS_START(4, -1)
		Z_PARAM_STR(method)
		Z_PARAM_PATH_STR(url)
		Z_PARAM_ZVAL(payload)
		Z_PARAM_ARRAY(lines)
	ZEND_PARSE_PARAMETERS_END();

	if (!http_curl_method_known(ZSTR_VAL(method))) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "The HTTP method must be one of GET, POST, PUT, PATCH or DELETE", 0);
		RETURN_THROWS();
	}
	if (Z_TYPE_P(payload) == IS_ARRAY || Z_TYPE_P(payload) == IS_OBJECT) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "The payload must be a string (the JSON request body) or null", 0);
		RETURN_THROWS();
	}
	if (http_curl_url_check(url) == FAILURE || http_curl_lines(Z_ARRVAL_P(lines), &headers, &count) == FAILURE) {
		RETURN_THROWS();
	}
	body = Z_TYPE_P(payload) == IS_NULL ? NULL : zval_get_string(payload);
	key = amzpay_header_find(headers, count, "x-amz-pay-idempotency-key");
	attempt.headers = headers;
	attempt.count = count;
	memset(&req, 0, sizeof(req));
	req.method = ZSTR_VAL(method);
	req.url = ZSTR_VAL(url);
	req.body = body ? ZSTR_VAL(body) : NULL;
	req.body_len = body ? ZSTR_LEN(body) : 0;
	req.idempotent = strcmp(req.method, "POST") != 0 || key != NULL;
	req.prepare = http_curl_prepare;
	req.prepare_ctx = &attempt;

	amzpay_error_clear(&err);
	amzpay_http_response_init(&res);
	h = amzpay_http_acquire(&intern->http, req.url, &err);
	if (!h || amzpay_http_send(h, &req, &res, &err) != 0) {
		php_amzpay_throw_transport_error(&err, key);
	} else {
		http_curl_result(return_value, req.method, url, lines, body, &res);
	}
	amzpay_http_release(h);
	amzpay_http_response_free(&res);
	php_amzpay_headers_free(headers, count);
	if (body) {
		zend_string_release(body);
	}
}
/* }}} */

/* {{{ proto array Amazon\Pay\API\HttpCurl::__debugInfo() */
PHP_METHOD(Amazon_Pay_API_HttpCurl, __debugInfo)
{
	php_amzpay_v2_http_curl *intern = http_curl_from_obj(Z_OBJ_P(ZEND_THIS));
	zval wrapped, proxy;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!intern->proxy_config) {
		array_init(return_value);
		return;
	}
	array_init(&wrapped);
	ZVAL_ARR(&proxy, zend_array_dup(intern->proxy_config));
	add_assoc_zval(&wrapped, "proxyConfig", &proxy);
	ZVAL_ARR(return_value, php_amzpay_config_masked(Z_ARRVAL(wrapped), "proxyConfig"));
	zval_ptr_dtor(&wrapped);
}
/* }}} */

void php_amzpay_v2_http_curl_init(void)
{
	php_amzpay_v2_http_curl_ce = register_class_Amazon_Pay_API_HttpCurl();
	php_amzpay_v2_http_curl_ce->create_object = http_curl_create;

	memcpy(&php_amzpay_v2_http_curl_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_amzpay_v2_http_curl_handlers.offset = XtOffsetOf(php_amzpay_v2_http_curl, std);
	php_amzpay_v2_http_curl_handlers.free_obj = http_curl_free;
	php_amzpay_v2_http_curl_handlers.clone_obj = http_curl_clone;
}
