/*
 * amzpay glue: helpers shared by the PHP classes (no class of its own):
 * php.ini fallbacks for the transport, header arrays, the result array of
 * the official SDK, and cleansing of key material held in zend_strings.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"


#include "amzpay_common.h"

void php_amzpay_zstr_cleanse(zend_string *s)
{
	if (s && !ZSTR_IS_INTERNED(s)) {
		amzpay_cleanse(ZSTR_VAL(s), ZSTR_LEN(s));
	}
}

static void cleanse_zval(zval *zv)
{
	if (Z_TYPE_P(zv) == IS_STRING && GC_REFCOUNT(Z_STR_P(zv)) == 1) {
		php_amzpay_zstr_cleanse(Z_STR_P(zv));
	}
	zval_ptr_dtor(zv);
	ZVAL_UNDEF(zv);
}

void php_amzpay_secrets_release(php_amzpay_secrets *s)
{
	cleanse_zval(&s->private_key);
	cleanse_zval(&s->passphrase);
	if (s->proxy) {
		zend_string_release(s->proxy);
		s->proxy = NULL;
	}
	if (s->proxy_userpwd) {
		php_amzpay_zstr_cleanse(s->proxy_userpwd);
		zend_string_release(s->proxy_userpwd);
		s->proxy_userpwd = NULL;
	}
}

static zval *proxy_field(HashTable *ht, const char *name, zend_ulong index)
{
	zval *zv = zend_hash_str_find_deref(ht, name, strlen(name));

	return zv ? zv : zend_hash_index_find_deref(ht, index);
}

static bool proxy_string(zval *zv, const char *what, const char *field, zend_string **out)
{
	*out = NULL;
	if (!zv || Z_TYPE_P(zv) == IS_NULL || Z_TYPE_P(zv) == IS_FALSE) {
		return true;
	}
	if (Z_TYPE_P(zv) != IS_STRING && Z_TYPE_P(zv) != IS_LONG) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0, "%s['%s'] must be a string", what, field);
		return false;
	}
	*out = zval_get_string(zv);
	if (memchr(ZSTR_VAL(*out), '\0', ZSTR_LEN(*out))) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0, "%s['%s'] must not contain NUL bytes", what,
		                        field);
		zend_string_release(*out);
		*out = NULL;
		return false;
	}
	return true;
}

zend_result php_amzpay_proxy_config(zval *proxy, const char *what, php_amzpay_secrets *secrets,
                                    amzpay_http_config *http)
{
	zend_string *host = NULL, *port = NULL, *user = NULL, *pass = NULL;
	zend_result rc = FAILURE;

	if (!proxy || Z_TYPE_P(proxy) == IS_NULL) {
		return SUCCESS;
	}
	if (Z_TYPE_P(proxy) != IS_ARRAY) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0,
		                        "%s must be an array of ['host' => ..., 'port' => ..., 'username' => ..., "
		                        "'password' => ...]",
		                        what);
		return FAILURE;
	}
	if (!proxy_string(proxy_field(Z_ARRVAL_P(proxy), "host", 0), what, "host", &host) ||
	    !proxy_string(proxy_field(Z_ARRVAL_P(proxy), "port", 1), what, "port", &port) ||
	    !proxy_string(proxy_field(Z_ARRVAL_P(proxy), "username", 2), what, "username", &user) ||
	    !proxy_string(proxy_field(Z_ARRVAL_P(proxy), "password", 3), what, "password", &pass)) {
		goto out;
	}
	if (!host || !ZSTR_LEN(host)) {
		rc = SUCCESS; /* no host: no proxy, as the official SDK */
		goto out;
	}
	if (!port || !ZSTR_LEN(port)) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0, "%s['port'] must be set", what);
		goto out;
	}
	secrets->proxy = zend_strpprintf(0, "%s:%s", ZSTR_VAL(host), ZSTR_VAL(port));
	http->proxy = ZSTR_VAL(secrets->proxy);
	if (user && ZSTR_LEN(user)) {
		secrets->proxy_userpwd = zend_strpprintf(0, "%s:%s", ZSTR_VAL(user), pass ? ZSTR_VAL(pass) : "");
		http->proxy_userpwd = ZSTR_VAL(secrets->proxy_userpwd);
	}
	rc = SUCCESS;
out:
	zend_string *all[] = {host, port, user, pass};
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		if (all[i]) {
			if (all[i] == pass && GC_REFCOUNT(pass) == 1) {
				php_amzpay_zstr_cleanse(pass);
			}
			zend_string_release(all[i]);
		}
	}
	return rc;
}

static void mask_key(HashTable *ht, const char *key, bool always)
{
	zval hidden;

	if (always || zend_hash_str_exists(ht, key, strlen(key))) {
		ZVAL_STRING(&hidden, "(hidden)");
		zend_hash_str_update(ht, key, strlen(key), &hidden);
	}
}

HashTable *php_amzpay_config_masked(HashTable *config, const char *proxy_key)
{
	HashTable *copy = zend_array_dup(config);
	zval *proxy = zend_hash_str_find_deref(copy, proxy_key, strlen(proxy_key));

	/* the Client's view always shows the key as hidden, also when it came from php.ini */
	mask_key(copy, "private_key", strcmp(proxy_key, "proxy") == 0);
	mask_key(copy, "private_key_passphrase", false);
	if (proxy && Z_TYPE_P(proxy) == IS_ARRAY) {
		zval masked;
		zval hidden;
		ZVAL_ARR(&masked, zend_array_dup(Z_ARRVAL_P(proxy)));
		mask_key(Z_ARRVAL(masked), "password", false);
		if (zend_hash_index_exists(Z_ARRVAL(masked), 3)) {
			ZVAL_STRING(&hidden, "(hidden)");
			zend_hash_index_update(Z_ARRVAL(masked), 3, &hidden);
		}
		zend_hash_str_update(copy, proxy_key, strlen(proxy_key), &masked);
	}
	return copy;
}

static const char *ini_value(const char *value)
{
	return (value && *value) ? value : NULL;
}

/* A base URL from a URL or a bare host: the official SDK forces https on a bare host. */
static zend_string *base_url_of(const char *url_or_host)
{
	return strstr(url_or_host, "://") ? zend_string_init(url_or_host, strlen(url_or_host), 0)
	                                  : zend_strpprintf(0, "https://%s", url_or_host);
}

void php_amzpay_resolve_options(const php_amzpay_config *cfg, amzpay_client_options *o, zend_string **owned)
{
	*owned = NULL;
	o->public_key_id = cfg->public_key_id ? cfg->public_key_id : ini_value(AMZPAY_G(public_key_id));
	if (cfg->private_key) {
		o->private_key = cfg->private_key;
		o->private_key_len = cfg->private_key_len;
	} else if ((o->private_key = ini_value(AMZPAY_G(private_key))) != NULL) {
		o->private_key_len = strlen(o->private_key);
	}
	if (cfg->passphrase) {
		o->private_key_passphrase = cfg->passphrase;
		o->private_key_passphrase_len = cfg->passphrase_len;
	} else if ((o->private_key_passphrase = ini_value(AMZPAY_G(private_key_passphrase))) != NULL) {
		o->private_key_passphrase_len = strlen(o->private_key_passphrase);
	}
	o->algorithm = cfg->algorithm ? cfg->algorithm : ini_value(AMZPAY_G(algorithm));
	if (cfg->endpoint) {
		o->endpoint = cfg->endpoint;
	} else if (cfg->override_service_url) {
		*owned = base_url_of(cfg->override_service_url);
		o->endpoint = ZSTR_VAL(*owned);
	} else {
		o->endpoint = ini_value(AMZPAY_G(endpoint));
	}
	o->user_agent_suffix = php_amzpay_platform_string();
	o->language_version = PHP_VERSION;
}

void php_amzpay_http_defaults(amzpay_http_config *http)
{
	amzpay_http_config_defaults(http);
	http->timeout_ms = (long)AMZPAY_G(timeout_ms);
	http->connect_timeout_ms = (long)AMZPAY_G(connect_timeout_ms);
	http->max_retries = (int)AMZPAY_G(max_retries);
	http->retry_base_ms = (long)AMZPAY_G(retry_base_ms);
	http->persistent = AMZPAY_G(persistent);
	http->cabundle = (AMZPAY_G(cabundle) && *AMZPAY_G(cabundle)) ? AMZPAY_G(cabundle) : NULL;
}

const char *php_amzpay_platform_string(void)
{
	static char platform[256];

	if (!platform[0]) {
		zend_string *s = php_get_uname('s'), *m = php_get_uname('m'), *r = php_get_uname('r');

		snprintf(platform, sizeof(platform), "PHP/%s; %s/%s/%s", PHP_VERSION, ZSTR_VAL(s), ZSTR_VAL(m),
		         ZSTR_VAL(r));
		zend_string_release(s);
		zend_string_release(m);
		zend_string_release(r);
	}
	return platform;
}

zend_result php_amzpay_headers_from_array(HashTable *ht, amzpay_header **out, size_t *count, uint32_t arg_num)
{
	zend_string *name, *str;
	zend_ulong idx;
	zval *value;
	size_t n = 0;
	amzpay_header *list;

	(void)arg_num;
	*out = NULL;
	*count = 0;
	if (!ht || zend_hash_num_elements(ht) == 0) {
		return SUCCESS;
	}
	list = ecalloc(zend_hash_num_elements(ht), sizeof(*list));
	ZEND_HASH_FOREACH_KEY_VAL(ht, idx, name, value) {
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) == IS_NULL) {
			continue; /* dropped, as the official SDK drops empty values */
		}
		/* other scalars are sent as PHP prints them, like the official "$key:$value" */
		if (Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_OBJECT || Z_TYPE_P(value) == IS_RESOURCE) {
			zend_throw_exception_ex(php_amzpay_invalid_argument_exception_ce, 0,
			                        "Header values must be strings, %s given", zend_zval_type_name(value));
			goto fail;
		}
		str = zval_get_string(value);
		/* a NUL inside a name or value would silently cut it short in C: refuse it like CR/LF */
		if ((name && memchr(ZSTR_VAL(name), '\0', ZSTR_LEN(name))) || memchr(ZSTR_VAL(str), '\0', ZSTR_LEN(str))) {
			zend_throw_exception_ex(php_amzpay_invalid_argument_exception_ce, 0,
			                        "Header \"%s\" must not contain CR, LF or NUL characters",
			                        name ? ZSTR_VAL(name) : "");
			zend_string_release(str);
			goto fail;
		}
		if (name) {
			list[n].name = estrndup(ZSTR_VAL(name), ZSTR_LEN(name));
		} else {
			char buf[32];
			snprintf(buf, sizeof(buf), ZEND_ULONG_FMT, idx);
			list[n].name = estrdup(buf);
		}
		list[n].value = estrndup(ZSTR_VAL(str), ZSTR_LEN(str));
		zend_string_release(str);
		n++;
	}
	ZEND_HASH_FOREACH_END();
	*out = list;
	*count = n;
	return SUCCESS;

fail:
	php_amzpay_headers_free(list, n);
	return FAILURE;
}

void php_amzpay_headers_free(amzpay_header *headers, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		efree((char *)headers[i].name);
		efree((char *)headers[i].value);
	}
	if (headers) {
		efree(headers);
	}
}

void php_amzpay_result_to_array(zval *return_value, const char *method, const char *body, size_t body_len,
                                const amzpay_call_result *res)
{
	zval headers;
	const struct curl_slist *l;

	array_init_size(return_value, 10);
	add_assoc_long(return_value, "status", res->http.status);
	add_assoc_string(return_value, "method", method);
	if (res->http.location.len) {
		add_assoc_stringl(return_value, "location", res->http.location.data, res->http.location.len);
	} else {
		add_assoc_null(return_value, "location");
	}
	add_assoc_stringl(return_value, "url", res->url.data, res->url.len);
	array_init(&headers);
	for (l = res->http.sent_headers; l; l = l->next) {
		if (!l->next && strcmp(l->data, "Expect:") == 0) {
			break; /* the transport's own line; the official result lists only the request's headers */
		}
		add_next_index_string(&headers, l->data);
	}
	add_assoc_zval(return_value, "headers", &headers);
	if (body) {
		add_assoc_stringl(return_value, "request", body, body_len);
	} else {
		add_assoc_null(return_value, "request");
	}
	add_assoc_stringl(return_value, "response", amzpay_buf_cstr(&res->http.body), res->http.body.len);
	if (res->http.request_id.len) {
		add_assoc_stringl(return_value, "request_id", res->http.request_id.data, res->http.request_id.len);
	} else {
		add_assoc_null(return_value, "request_id");
	}
	add_assoc_long(return_value, "retries", res->http.retries);
	add_assoc_long(return_value, "duration", (zend_long)res->http.duration_ms);
}

const char *php_amzpay_gettype(const zval *zv)
{
	switch (Z_TYPE_P(zv)) {
		case IS_NULL:
			return "NULL";
		case IS_FALSE:
		case IS_TRUE:
			return "boolean";
		case IS_LONG:
			return "integer";
		case IS_DOUBLE:
			return "double";
		case IS_STRING:
			return "string";
		case IS_ARRAY:
			return "array";
		case IS_OBJECT:
			return "object";
		default:
			return "resource";
	}
}

void php_amzpay_throw_sandbox_not_bool(zend_class_entry *ce, zval *value)
{
	/* an array prints as "Array" without PHP's conversion warning, as in the SDKs' string concatenation */
	zend_string *str = Z_TYPE_P(value) == IS_ARRAY ? zend_string_init("Array", 5, 0) : zval_try_get_string(value);

	zend_throw_exception_ex(ce, 0, "sandbox value %s is of type %s and should be a boolean value",
	                        str ? ZSTR_VAL(str) : "", php_amzpay_gettype(value));
	if (str) {
		zend_string_release(str);
	}
}
