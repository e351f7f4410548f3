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
	zend_string *name;
	zval *value;
	size_t n = 0;
	amzpay_header *list;

	*out = NULL;
	*count = 0;
	if (!ht || zend_hash_num_elements(ht) == 0) {
		return SUCCESS;
	}
	list = ecalloc(zend_hash_num_elements(ht), sizeof(*list));
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, name, value) {
		ZVAL_DEREF(value);
		if (!name) {
			zend_argument_value_error(arg_num, "must be an array of header names to string values");
			goto fail;
		}
		if (Z_TYPE_P(value) == IS_NULL) {
			continue; /* dropped, as the official SDK drops empty values */
		}
		if (Z_TYPE_P(value) != IS_STRING && Z_TYPE_P(value) != IS_LONG) {
			zend_argument_type_error(arg_num, "must contain only string header values, %s given for \"%s\"",
			                         zend_zval_type_name(value), ZSTR_VAL(name));
			goto fail;
		}
		/* a NUL inside a name or value would silently cut it short in C: refuse it like CR/LF */
		if (memchr(ZSTR_VAL(name), '\0', ZSTR_LEN(name)) ||
		    (Z_TYPE_P(value) == IS_STRING && memchr(Z_STRVAL_P(value), '\0', Z_STRLEN_P(value)))) {
			zend_throw_exception_ex(php_amzpay_invalid_argument_exception_ce, 0,
			                        "Header \"%s\" must not contain CR, LF or NUL characters", ZSTR_VAL(name));
			goto fail;
		}
		list[n].name = estrndup(ZSTR_VAL(name), ZSTR_LEN(name));
		if (Z_TYPE_P(value) == IS_LONG) {
			char buf[32];
			snprintf(buf, sizeof(buf), ZEND_LONG_FMT, Z_LVAL_P(value));
			list[n].value = estrdup(buf);
		} else {
			list[n].value = estrndup(Z_STRVAL_P(value), Z_STRLEN_P(value));
		}
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
