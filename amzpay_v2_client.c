/*
 * amzpay glue: \Amazon\Pay\API\Client, the drop-in for the official v2 SDK.
 *
 * Every API method is a row of the operations table (src/api_ops.h); the
 * PHP methods only parse their arguments by the row's shape and hand the
 * call to the core client (src/client.c), which signs and sends it.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_random.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"

#include "amzpay_common.h"
#include "src/api.h"
#include "src/endpoint.h"
#include "src/sign.h"

#include "stubs/v2_client_arginfo.h"

static zend_class_entry *php_amzpay_v2_client_ce;
static zend_class_entry *php_amzpay_v2_client_interface_ce;
static zend_object_handlers php_amzpay_v2_client_handlers;

typedef struct {
	amzpay_client *core; /* NULL until the constructor succeeded */
	HashTable *config;   /* lower-cased copy of the config, without the private key and passphrase */
	zend_object std;
} php_amzpay_v2_client;

static inline php_amzpay_v2_client *v2_client_from_obj(zend_object *obj)
{
	return (php_amzpay_v2_client *)((char *)obj - XtOffsetOf(php_amzpay_v2_client, std));
}

#define Z_V2_CLIENT_P(zv) v2_client_from_obj(Z_OBJ_P(zv))

/* Keys whose value is never kept nor shown. */
static bool is_secret_key(zend_string *key)
{
	return zend_string_equals_literal(key, "private_key") ||
	       zend_string_equals_literal(key, "private_key_passphrase");
}

/* {{{ object handlers */
static zend_object *v2_client_create(zend_class_entry *ce)
{
	php_amzpay_v2_client *intern = zend_object_alloc(sizeof(php_amzpay_v2_client), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &php_amzpay_v2_client_handlers;
	return &intern->std;
}

static void v2_client_free(zend_object *obj)
{
	php_amzpay_v2_client *intern = v2_client_from_obj(obj);

	amzpay_client_free(intern->core);
	intern->core = NULL;
	if (intern->config) {
		zend_array_destroy(intern->config);
		intern->config = NULL;
	}
	zend_object_std_dtor(obj);
}

static php_amzpay_v2_client *v2_client_checked(zval *this_zv)
{
	php_amzpay_v2_client *intern = Z_V2_CLIENT_P(this_zv);

	if (!intern->core) {
		zend_throw_error(NULL, "Amazon\\Pay\\API\\Client object is not initialized");
		return NULL;
	}
	return intern;
}
/* }}} */

/* {{{ constructor config */
static zend_string *config_string(HashTable *config, const char *key, const char *ini_value, zend_result *rc)
{
	zval *zv = zend_hash_str_find_deref(config, key, strlen(key));

	if (!zv || Z_TYPE_P(zv) == IS_NULL) {
		return (ini_value && *ini_value) ? zend_string_init(ini_value, strlen(ini_value), 0) : NULL;
	}
	if (Z_TYPE_P(zv) != IS_STRING) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0, "config['%s'] must be of type string, %s given",
		                        key, zend_zval_type_name(zv));
		*rc = FAILURE;
		return NULL;
	}
	return zend_string_copy(Z_STR_P(zv));
}

static zend_result config_long(HashTable *config, const char *key, zend_long min, zend_long max, long *out)
{
	zval *zv = zend_hash_str_find_deref(config, key, strlen(key));

	if (!zv || Z_TYPE_P(zv) == IS_NULL) {
		return SUCCESS;
	}
	if (Z_TYPE_P(zv) != IS_LONG || Z_LVAL_P(zv) < min || Z_LVAL_P(zv) > max) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0,
		                        "config['%s'] must be an integer between " ZEND_LONG_FMT " and " ZEND_LONG_FMT, key,
		                        min, max);
		return FAILURE;
	}
	*out = (long)Z_LVAL_P(zv);
	return SUCCESS;
}

/* The official SDK: "sandbox" must be a bool whenever it is non-empty. */
static zend_result check_sandbox_value(zval *value, bool *out)
{
	if (Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE) {
		*out = Z_TYPE_P(value) == IS_TRUE;
		return SUCCESS;
	}
	if (!zend_is_true(value)) {
		*out = false;
		return SUCCESS;
	}
	php_amzpay_throw_sandbox_not_bool(php_amzpay_configuration_exception_ce, value);
	return FAILURE;
}

/* proxy: [host, port, username, password] (official order); credentials optional. */
static zend_result config_proxy(HashTable *config, php_amzpay_secrets *secrets, amzpay_http_config *http)
{
	zval *zv = zend_hash_str_find_deref(config, ZEND_STRL("proxy")), *host, *port, *user, *pass;

	if (!zv || Z_TYPE_P(zv) == IS_NULL) {
		return SUCCESS;
	}
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		zend_throw_exception(php_amzpay_configuration_exception_ce,
		                     "config['proxy'] must be an array of [host, port, username, password]", 0);
		return FAILURE;
	}
	host = zend_hash_index_find_deref(Z_ARRVAL_P(zv), 0);
	port = zend_hash_index_find_deref(Z_ARRVAL_P(zv), 1);
	user = zend_hash_index_find_deref(Z_ARRVAL_P(zv), 2);
	pass = zend_hash_index_find_deref(Z_ARRVAL_P(zv), 3);
	if (!host || Z_TYPE_P(host) != IS_STRING || !Z_STRLEN_P(host)) {
		return SUCCESS; /* no host: no proxy, as the official SDK */
	}
	if (!port || (Z_TYPE_P(port) != IS_LONG && Z_TYPE_P(port) != IS_STRING)) {
		zend_throw_exception(php_amzpay_configuration_exception_ce, "config['proxy'][1] (port) must be set", 0);
		return FAILURE;
	}
	secrets->proxy = zend_strpprintf(0, "%s:%s", Z_STRVAL_P(host), ZSTR_VAL(zval_get_string(port)));
	http->proxy = ZSTR_VAL(secrets->proxy);
	if (user && Z_TYPE_P(user) == IS_STRING && Z_STRLEN_P(user)) {
		zend_string *p = (pass && Z_TYPE_P(pass) == IS_STRING) ? Z_STR_P(pass) : ZSTR_EMPTY_ALLOC();
		secrets->proxy_userpwd = zend_strpprintf(0, "%s:%s", Z_STRVAL_P(user), ZSTR_VAL(p));
		http->proxy_userpwd = ZSTR_VAL(secrets->proxy_userpwd);
	}
	return SUCCESS;
}

/* Copies the config with lower-cased keys (the official __get is case-insensitive), minus the secrets. */
static HashTable *config_public_copy(HashTable *config)
{
	HashTable *copy = zend_new_array(zend_hash_num_elements(config));
	zend_string *key;
	zval *value;

	ZEND_HASH_FOREACH_STR_KEY_VAL(config, key, value) {
		if (key && !is_secret_key(key)) {
			Z_TRY_ADDREF_P(value);
			zend_hash_update(copy, key, value);
		}
	}
	ZEND_HASH_FOREACH_END();
	return copy;
}

static HashTable *config_lowercased(HashTable *config)
{
	HashTable *lc = zend_new_array(zend_hash_num_elements(config));
	zend_string *key;
	zval *value;

	ZEND_HASH_FOREACH_STR_KEY_VAL(config, key, value) {
		if (key) {
			zend_string *lkey = zend_string_tolower(key);
			Z_TRY_ADDREF_P(value);
			zend_hash_update(lc, lkey, value);
			zend_string_release(lkey);
		}
	}
	ZEND_HASH_FOREACH_END();
	return lc;
}

typedef struct {
	zend_string *public_key_id, *private_key, *passphrase, *algorithm, *region, *endpoint, *cabundle;
	zend_string *integrator_id, *integrator_version, *platform_version, *override_service_url;
} v2_config_strings;

static void v2_config_strings_release(v2_config_strings *s)
{
	zend_string **all[] = {&s->public_key_id, &s->private_key,     &s->passphrase,       &s->algorithm,
	                       &s->region,        &s->endpoint,        &s->cabundle,         &s->integrator_id,
	                       &s->integrator_version, &s->platform_version, &s->override_service_url};

	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		if (*all[i]) {
			if (all[i] == &s->private_key || all[i] == &s->passphrase) {
				/* only our own copies (INI fallbacks) are ours to wipe; user strings are shared */
				if (GC_REFCOUNT(*all[i]) == 1) {
					php_amzpay_zstr_cleanse(*all[i]);
				}
			}
			zend_string_release(*all[i]);
			*all[i] = NULL;
		}
	}
}

#define OPT_STR(zs) ((zs) ? ZSTR_VAL(zs) : NULL)

static zend_result v2_read_strings(HashTable *lc, v2_config_strings *s)
{
	zend_result rc = SUCCESS;

	/* php.ini fallbacks: php_amzpay_resolve_options() */
	s->public_key_id = config_string(lc, "public_key_id", NULL, &rc);
	s->private_key = config_string(lc, "private_key", NULL, &rc);
	s->passphrase = config_string(lc, "private_key_passphrase", NULL, &rc);
	s->algorithm = config_string(lc, "algorithm", NULL, &rc);
	s->region = config_string(lc, "region", NULL, &rc);
	s->endpoint = config_string(lc, "endpoint", NULL, &rc);
	if (!zend_hash_str_exists(lc, ZEND_STRL("endpoint"))) {
		s->override_service_url = config_string(lc, "override_service_url", NULL, &rc);
	}
	s->cabundle = config_string(lc, "cabundle", NULL, &rc);
	s->integrator_id = config_string(lc, "integrator_id", NULL, &rc);
	s->integrator_version = config_string(lc, "integrator_version", NULL, &rc);
	s->platform_version = config_string(lc, "platform_version", NULL, &rc);
	return EG(exception) ? FAILURE : rc;
}

static zend_result v2_read_transport(HashTable *lc, php_amzpay_secrets *secrets, amzpay_http_config *http)
{
	zval *persistent = zend_hash_str_find_deref(lc, ZEND_STRL("persistent"));

	php_amzpay_http_defaults(http);
	if (config_long(lc, "timeout_ms", 1, 600000, &http->timeout_ms) == FAILURE ||
	    config_long(lc, "connect_timeout_ms", 1, 600000, &http->connect_timeout_ms) == FAILURE ||
	    config_proxy(lc, secrets, http) == FAILURE) {
		return FAILURE;
	}
	{
		long retries = http->max_retries;
		if (config_long(lc, "max_retries", 0, 10, &retries) == FAILURE) {
			return FAILURE;
		}
		http->max_retries = (int)retries;
	}
	if (persistent && Z_TYPE_P(persistent) != IS_NULL) {
		if (Z_TYPE_P(persistent) != IS_TRUE && Z_TYPE_P(persistent) != IS_FALSE) {
			zend_throw_exception(php_amzpay_configuration_exception_ce, "config['persistent'] must be of type bool",
			                     0);
			return FAILURE;
		}
		http->persistent = Z_TYPE_P(persistent) == IS_TRUE;
	}
	return SUCCESS;
}

static zend_result v2_client_configure(php_amzpay_v2_client *intern, HashTable *lc)
{
	v2_config_strings s = {0};
	php_amzpay_config cfg = {0};
	zend_string *endpoint = NULL;
	php_amzpay_secrets secrets;
	amzpay_client_options o;
	amzpay_error err;
	zval *sandbox = zend_hash_str_find_deref(lc, ZEND_STRL("sandbox"));
	zend_result rc = FAILURE;

	memset(&secrets, 0, sizeof(secrets));
	ZVAL_UNDEF(&secrets.private_key);
	ZVAL_UNDEF(&secrets.passphrase);
	memset(&o, 0, sizeof(o));
	amzpay_error_clear(&err);

	if (sandbox && check_sandbox_value(sandbox, &o.sandbox) == FAILURE) {
		goto out;
	}
	if (v2_read_strings(lc, &s) == FAILURE || v2_read_transport(lc, &secrets, &o.http) == FAILURE) {
		goto out;
	}
	if (s.cabundle) {
		o.http.cabundle = ZSTR_VAL(s.cabundle);
	}
	cfg.public_key_id = OPT_STR(s.public_key_id);
	cfg.private_key = OPT_STR(s.private_key);
	cfg.private_key_len = s.private_key ? ZSTR_LEN(s.private_key) : 0;
	cfg.passphrase = OPT_STR(s.passphrase);
	cfg.passphrase_len = s.passphrase ? ZSTR_LEN(s.passphrase) : 0;
	cfg.algorithm = OPT_STR(s.algorithm);
	cfg.endpoint = OPT_STR(s.endpoint);
	cfg.override_service_url = OPT_STR(s.override_service_url);
	php_amzpay_resolve_options(&cfg, &o, &endpoint);
	o.region = OPT_STR(s.region);
	o.integrator_id = OPT_STR(s.integrator_id);
	o.integrator_version = OPT_STR(s.integrator_version);
	o.platform_version = OPT_STR(s.platform_version);

	intern->core = amzpay_client_new(&o, &err);
	if (!intern->core) {
		php_amzpay_throw_error(&err);
		goto out;
	}
	rc = SUCCESS;
out:
	if (endpoint) {
		zend_string_release(endpoint);
	}
	v2_config_strings_release(&s);
	php_amzpay_secrets_release(&secrets);
	return rc;
}
/* }}} */

/* {{{ proto Amazon\Pay\API\Client::__construct(array $config) */
PHP_METHOD(Amazon_Pay_API_Client, __construct)
{
	zval *config = NULL;
	php_amzpay_v2_client *intern = Z_V2_CLIENT_P(ZEND_THIS);
	HashTable *lc;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(config)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->core) {
		zend_throw_error(NULL, "Amazon\\Pay\\API\\Client::__construct() cannot be called twice");
		RETURN_THROWS();
	}
	if (!config || Z_TYPE_P(config) == IS_NULL) {
		zend_throw_exception(php_amzpay_configuration_exception_ce,
		                     "Expecting config array{region, sandbox, public_key_id, private_key}", 1);
		RETURN_THROWS();
	}
	if (Z_TYPE_P(config) != IS_ARRAY) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0,
		                        "$config is of the incorrect type %s and should be of the type array",
		                        zend_zval_type_name(config));
		RETURN_THROWS();
	}
	lc = config_lowercased(Z_ARRVAL_P(config));
	if (v2_client_configure(intern, lc) == SUCCESS) {
		intern->config = config_public_copy(lc);
		if (intern->core) {
			/* __get('region') answers the mapped region, as the official constructor rewrites it */
			zval region;
			ZVAL_STRING(&region, amzpay_client_region(intern->core));
			zend_hash_str_update(intern->config, ZEND_STRL("region"), &region);
		}
	}
	zend_array_destroy(lc);
}
/* }}} */

/* {{{ request building */

/* A payload array is JSON-encoded with default flags (escaped slashes, \uXXXX), byte-identical to the SDK. */
static zend_string *payload_to_body(zval *payload, uint32_t arg_num)
{
	smart_str buf = {0};

	if (!payload || Z_TYPE_P(payload) == IS_NULL) {
		return NULL;
	}
	if (Z_TYPE_P(payload) == IS_STRING) {
		return zend_string_copy(Z_STR_P(payload));
	}
	if (php_json_encode(&buf, payload, 0) == FAILURE) {
		smart_str_free(&buf);
		zend_argument_value_error(arg_num, "could not be encoded as JSON (%s)",
		                          JSON_G(error_code) == PHP_JSON_ERROR_UTF8 ? "malformed UTF-8 characters"
		                                                                    : "unsupported value or depth");
		return NULL;
	}
	smart_str_0(&buf);
	return buf.s ? buf.s : ZSTR_EMPTY_ALLOC();
}

/* One flattened query parameter; strings are owned (efree). */
typedef struct {
	amzpay_kv *items;
	size_t count, cap;
} query_list;

static void query_add(query_list *q, const char *key, size_t key_len, zend_string *value)
{
	if (q->count == q->cap) {
		q->cap = q->cap ? q->cap * 2 : 8;
		q->items = erealloc(q->items, q->cap * sizeof(*q->items));
	}
	q->items[q->count].key = estrndup(key, key_len);
	q->items[q->count].key_len = key_len;
	q->items[q->count].value = estrndup(ZSTR_VAL(value), ZSTR_LEN(value));
	q->items[q->count].value_len = ZSTR_LEN(value);
	q->count++;
}

static void query_free(query_list *q)
{
	for (size_t i = 0; i < q->count; i++) {
		efree((char *)q->items[i].key);
		efree((char *)q->items[i].value);
	}
	if (q->items) {
		efree(q->items);
	}
	memset(q, 0, sizeof(*q));
}

/* Scalar -> query string value the way PHP's rawurlencode() sees it: false is "", true is "1". */
static zend_string *query_scalar(zval *v, uint32_t arg_num)
{
	if (Z_TYPE_P(v) == IS_ARRAY || Z_TYPE_P(v) == IS_OBJECT) {
		zend_argument_type_error(arg_num, "must contain only scalar values or lists of scalar values");
		return NULL;
	}
	return zval_get_string(v);
}

static zend_result query_add_key(query_list *q, zend_string *skey, zend_ulong idx, zval *value, uint32_t arg_num)
{
	char numbuf[32];
	const char *key = skey ? ZSTR_VAL(skey) : numbuf;
	size_t key_len;
	zend_string *str;

	if (!skey) {
		snprintf(numbuf, sizeof(numbuf), ZEND_ULONG_FMT, idx);
	}
	key_len = skey ? ZSTR_LEN(skey) : strlen(numbuf);
	if (amzpay_has_ctl(key, key_len)) {
		zend_argument_value_error(arg_num, "must not contain CR, LF or NUL characters in its keys");
		return FAILURE;
	}
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_ARRAY) {
		/* k => [a, b] becomes k.1=a&k.2=b; empty list items are kept */
		zend_ulong n = 0;
		zval *item;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
			char sub[300];
			ZVAL_DEREF(item);
			if (!(str = query_scalar(item, arg_num))) {
				return FAILURE;
			}
			snprintf(sub, sizeof(sub), "%.*s." ZEND_ULONG_FMT, (int)MIN(key_len, 256), key, ++n);
			query_add(q, sub, strlen(sub), str);
			zend_string_release(str);
		}
		ZEND_HASH_FOREACH_END();
		return SUCCESS;
	}
	if (Z_TYPE_P(value) == IS_NULL || (Z_TYPE_P(value) == IS_STRING && Z_STRLEN_P(value) == 0)) {
		return SUCCESS; /* dropped at the top level */
	}
	if (!(str = query_scalar(value, arg_num))) {
		return FAILURE;
	}
	query_add(q, key, key_len, str);
	zend_string_release(str);
	return SUCCESS;
}

/* Canonical query string (sorted, RFC 3986 values) from a PHP array; NULL when there is none. */
static zend_result build_query(HashTable *params, uint32_t arg_num, amzpay_buf *out)
{
	query_list q = {0};
	zend_string *key;
	zend_ulong idx;
	zval *value;
	amzpay_error err;
	zend_result rc = SUCCESS;

	if (!params) {
		return SUCCESS;
	}
	ZEND_HASH_FOREACH_KEY_VAL(params, idx, key, value) {
		if (query_add_key(&q, key, idx, value, arg_num) == FAILURE) {
			rc = FAILURE;
			break;
		}
	}
	ZEND_HASH_FOREACH_END();
	if (rc == SUCCESS && q.count && amzpay_canonical_query(q.items, q.count, out, &err) != 0) {
		php_amzpay_throw_error(&err);
		rc = FAILURE;
	}
	query_free(&q);
	return rc;
}

/*
 * Every POST carries an idempotency key, so the transport may retry it safely: when the caller
 * gave none, one is generated for this call (and shown in the result's headers).
 */
static zend_result ensure_idempotency_key(const amzpay_op *op, const char *method, amzpay_header **headers,
                                          size_t *count)
{
	unsigned char raw[16];
	char hex[33];

	if (!amzpay_op_keyed(op, method) || amzpay_header_find(*headers, *count, AMZPAY_HEADER_IDEMPOTENCY_KEY)) {
		return SUCCESS;
	}
	if (php_random_bytes_throw(raw, sizeof(raw)) == FAILURE) {
		return FAILURE;
	}
	for (size_t i = 0; i < sizeof(raw); i++) {
		snprintf(hex + 2 * i, 3, "%02x", raw[i]);
	}
	*headers = erealloc(*headers, (*count + 1) * sizeof(**headers));
	(*headers)[*count].name = estrdup(AMZPAY_HEADER_IDEMPOTENCY_KEY);
	(*headers)[*count].value = estrdup(hex);
	(*count)++;
	return SUCCESS;
}

/* Signs, sends and fills return_value with the official result array; throws on transport failure. */
static void v2_send(php_amzpay_v2_client *intern, const amzpay_op *op, const char *method, const char *path,
                    const amzpay_buf *query, zend_string *body, HashTable *headers_ht, uint32_t headers_arg,
                    zval *return_value)
{
	amzpay_header *headers = NULL;
	size_t header_count = 0;
	amzpay_call call;
	amzpay_call_result res;
	amzpay_error err;

	if (php_amzpay_headers_from_array(headers_ht, &headers, &header_count, headers_arg) == FAILURE ||
	    ensure_idempotency_key(op, method, &headers, &header_count) == FAILURE) {
		php_amzpay_headers_free(headers, header_count);
		return;
	}
	memset(&call, 0, sizeof(call));
	call.op = op;
	call.method = method;
	call.path = path;
	call.query = amzpay_buf_cstr(query);
	call.body = body ? ZSTR_VAL(body) : NULL;
	call.body_len = body ? ZSTR_LEN(body) : 0;
	call.headers = headers;
	call.header_count = header_count;

	amzpay_error_clear(&err);
	amzpay_call_result_init(&res);
	if (amzpay_client_call(intern->core, &call, &res, &err) != 0) {
		php_amzpay_throw_transport_error(&err, amzpay_header_find(headers, header_count, AMZPAY_HEADER_IDEMPOTENCY_KEY));
	} else {
		php_amzpay_result_to_array(return_value, method, call.body, call.body_len, &res);
	}
	amzpay_call_result_free(&res);
	php_amzpay_headers_free(headers, header_count);
}

/* Arguments of one operation after parsing, by the shape of its row. */
typedef struct {
	zend_string *ids[2];
	zval *payload;
	HashTable *headers;
	HashTable *query;
	zval *report_types;
	zend_string *merchant_id;
	uint32_t payload_arg, headers_arg, query_arg;
} op_args;

static zend_result parse_op_args(INTERNAL_FUNCTION_PARAMETERS, const amzpay_op *op, op_args *a)
{
	memset(a, 0, sizeof(*a));
	switch (op->shape) {
		case AMZPAY_ARGS_PAYLOAD:
			a->payload_arg = 1, a->headers_arg = 2;
			ZEND_PARSE_PARAMETERS_START(1, 2)
				Z_PARAM_ZVAL(a->payload)
				Z_PARAM_OPTIONAL
				Z_PARAM_ARRAY_HT_OR_NULL(a->headers)
			ZEND_PARSE_PARAMETERS_END_EX(return FAILURE);
			break;
		case AMZPAY_ARGS_ID:
			a->headers_arg = 2;
			ZEND_PARSE_PARAMETERS_START(1, 2)
				Z_PARAM_STR(a->ids[0])
				Z_PARAM_OPTIONAL
				Z_PARAM_ARRAY_HT_OR_NULL(a->headers)
			ZEND_PARSE_PARAMETERS_END_EX(return FAILURE);
			break;
		case AMZPAY_ARGS_ID_PAYLOAD:
			a->payload_arg = 2, a->headers_arg = 3;
			ZEND_PARSE_PARAMETERS_START(2, 3)
				Z_PARAM_STR(a->ids[0])
				Z_PARAM_ZVAL(a->payload)
				Z_PARAM_OPTIONAL
				Z_PARAM_ARRAY_HT_OR_NULL(a->headers)
			ZEND_PARSE_PARAMETERS_END_EX(return FAILURE);
			break;
		case AMZPAY_ARGS_ID_ID_PAYLOAD:
			a->payload_arg = 3, a->headers_arg = 4;
			ZEND_PARSE_PARAMETERS_START(3, 4)
				Z_PARAM_STR(a->ids[0])
				Z_PARAM_STR(a->ids[1])
				Z_PARAM_ZVAL(a->payload)
				Z_PARAM_OPTIONAL
				Z_PARAM_ARRAY_HT_OR_NULL(a->headers)
			ZEND_PARSE_PARAMETERS_END_EX(return FAILURE);
			break;
		case AMZPAY_ARGS_QUERY:
			a->query_arg = 1, a->headers_arg = 2;
			ZEND_PARSE_PARAMETERS_START(0, 2)
				Z_PARAM_OPTIONAL
				Z_PARAM_ARRAY_HT_OR_NULL(a->query)
				Z_PARAM_ARRAY_HT_OR_NULL(a->headers)
			ZEND_PARSE_PARAMETERS_END_EX(return FAILURE);
			break;
		case AMZPAY_ARGS_REPORT_TYPES:
			a->query_arg = 1, a->headers_arg = 2;
			ZEND_PARSE_PARAMETERS_START(0, 2)
				Z_PARAM_OPTIONAL
				Z_PARAM_ZVAL(a->report_types)
				Z_PARAM_ARRAY_HT_OR_NULL(a->headers)
			ZEND_PARSE_PARAMETERS_END_EX(return FAILURE);
			break;
		case AMZPAY_ARGS_AUTHORIZATION_TOKEN:
			a->headers_arg = 3;
			ZEND_PARSE_PARAMETERS_START(2, 3)
				Z_PARAM_STR(a->ids[0])
				Z_PARAM_STR(a->merchant_id)
				Z_PARAM_OPTIONAL
				Z_PARAM_ARRAY_HT_OR_NULL(a->headers)
			ZEND_PARSE_PARAMETERS_END_EX(return FAILURE);
			break;
	}
	if (a->payload && Z_TYPE_P(a->payload) != IS_NULL && Z_TYPE_P(a->payload) != IS_STRING &&
	    Z_TYPE_P(a->payload) != IS_ARRAY) {
		zend_argument_type_error(a->payload_arg, "must be of type array|string|null, %s given",
		                         zend_zval_type_name(a->payload));
		return FAILURE;
	}
	return SUCCESS;
}

/* Query parameters of the shapes that have them. */
static zend_result op_query(const amzpay_op *op, op_args *a, amzpay_buf *query)
{
	zend_result rc;
	HashTable *ht;
	zval zv;

	switch (op->shape) {
		case AMZPAY_ARGS_QUERY:
			return build_query(a->query, a->query_arg, query);
		case AMZPAY_ARGS_REPORT_TYPES:
		case AMZPAY_ARGS_AUTHORIZATION_TOKEN:
			ht = zend_new_array(1);
			if (op->shape == AMZPAY_ARGS_REPORT_TYPES) {
				if (a->report_types) {
					ZVAL_COPY(&zv, a->report_types);
					zend_hash_str_update(ht, ZEND_STRL("reportTypes"), &zv);
				}
			} else {
				ZVAL_STR_COPY(&zv, a->merchant_id);
				zend_hash_str_update(ht, ZEND_STRL("merchantId"), &zv);
			}
			rc = build_query(ht, op->shape == AMZPAY_ARGS_REPORT_TYPES ? 1 : 2, query);
			zend_array_destroy(ht);
			return rc;
		default:
			return SUCCESS;
	}
}

static void v2_dispatch(INTERNAL_FUNCTION_PARAMETERS, amzpay_op_id id)
{
	const amzpay_op *op = amzpay_op_get(id);
	php_amzpay_v2_client *intern;
	amzpay_buf path = AMZPAY_BUF_INIT, query = AMZPAY_BUF_INIT;
	zend_string *body = NULL;
	op_args a;
	amzpay_error err;
	const char *ids[2];
	size_t id_lens[2];

	if (parse_op_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, op, &a) == FAILURE) {
		RETURN_THROWS();
	}
	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	for (int i = 0; i < 2; i++) {
		ids[i] = a.ids[i] ? ZSTR_VAL(a.ids[i]) : NULL;
		id_lens[i] = a.ids[i] ? ZSTR_LEN(a.ids[i]) : 0;
	}
	amzpay_error_clear(&err);
	if (amzpay_op_path(op, ids, id_lens, &path, &err) != 0) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce, err.message, 0);
		goto out;
	}
	if (op_query(op, &a, &query) == FAILURE) {
		goto out;
	}
	body = payload_to_body(a.payload, a.payload_arg);
	if (EG(exception)) {
		goto out;
	}
	v2_send(intern, op, op->method, path.data, &query, body, a.headers, a.headers_arg, return_value);
out:
	if (body) {
		zend_string_release(body);
	}
	amzpay_buf_free(&path);
	amzpay_buf_free(&query);
}

/* One PHP method per row of the operations table. */
#define AMZPAY_OP(sym, name, method, path, shape, idem, id0, id1)                                                   \
	PHP_METHOD(Amazon_Pay_API_Client, name)                                                                         \
	{                                                                                                               \
		v2_dispatch(INTERNAL_FUNCTION_PARAM_PASSTHRU, sym);                                                         \
	}
#include "src/api_ops.h"
#undef AMZPAY_OP
/* }}} */

/* {{{ proto array Amazon\Pay\API\Client::apiCall(string $method, string $urlFragment, array|string|null $payload,
                                                   ?array $headers = null, ?array $queryParams = null) */
PHP_METHOD(Amazon_Pay_API_Client, apiCall)
{
	zend_string *method, *fragment, *body = NULL;
	zval *payload;
	HashTable *headers = NULL, *params = NULL;
	php_amzpay_v2_client *intern;
	amzpay_buf query = AMZPAY_BUF_INIT;
	static const char *const methods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};
	bool known = false;

	ZEND_PARSE_PARAMETERS_START(3, 5)
		Z_PARAM_STR(method)
		Z_PARAM_STR(fragment)
		Z_PARAM_ZVAL(payload)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(headers)
		Z_PARAM_ARRAY_HT_OR_NULL(params)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
		known = known || zend_string_equals_cstr(method, methods[i], strlen(methods[i]));
	}
	if (!known) {
		zend_argument_value_error(1, "must be one of \"GET\", \"POST\", \"PUT\", \"PATCH\" or \"DELETE\"");
		RETURN_THROWS();
	}
	if (amzpay_has_ctl(ZSTR_VAL(fragment), ZSTR_LEN(fragment)) || strstr(ZSTR_VAL(fragment), "..") ||
	    strpbrk(ZSTR_VAL(fragment), "?# ") || ZSTR_VAL(fragment)[0] == '/') {
		zend_argument_value_error(2, "must be a relative API path such as \"v2/charges\" (no \"..\", query, "
		                             "whitespace or control characters)");
		RETURN_THROWS();
	}
	if (Z_TYPE_P(payload) != IS_NULL && Z_TYPE_P(payload) != IS_STRING && Z_TYPE_P(payload) != IS_ARRAY) {
		zend_argument_type_error(3, "must be of type array|string|null, %s given", zend_zval_type_name(payload));
		RETURN_THROWS();
	}
	if (build_query(params, 5, &query) == FAILURE) {
		amzpay_buf_free(&query);
		RETURN_THROWS();
	}
	body = payload_to_body(payload, 3);
	if (!EG(exception)) {
		v2_send(intern, NULL, ZSTR_VAL(method), ZSTR_VAL(fragment), &query, body, headers, 4, return_value);
	}
	if (body) {
		zend_string_release(body);
	}
	amzpay_buf_free(&query);
}
/* }}} */

/* {{{ signing helpers */

/* Idempotency key among the caller's pre-signed headers (case-insensitive, non-empty). */
static zend_string *find_idempotency_key(HashTable *headers)
{
	zend_string *key;
	zval *value;

	if (!headers) {
		return NULL;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, key, value) {
		ZVAL_DEREF(value);
		if (key && zend_string_equals_literal_ci(key, AMZPAY_HEADER_IDEMPOTENCY_KEY) && Z_TYPE_P(value) == IS_STRING &&
		    Z_STRLEN_P(value)) {
			return Z_STR_P(value);
		}
	}
	ZEND_HASH_FOREACH_END();
	return NULL;
}

/* {{{ proto array Amazon\Pay\API\Client::getPostSignedHeaders(string $http_request_method, string $request_uri,
       ?array $request_parameters, array|string|null $request_payload, ?array $other_presigned_headers = null) */
PHP_METHOD(Amazon_Pay_API_Client, getPostSignedHeaders)
{
	zend_string *method, *uri, *body = NULL, *idem;
	HashTable *params = NULL, *other = NULL;
	zval *payload;
	php_amzpay_v2_client *intern;
	amzpay_buf query = AMZPAY_BUF_INIT;
	struct curl_slist *lines = NULL;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_STR(method)
		Z_PARAM_STR(uri)
		Z_PARAM_ARRAY_HT_OR_NULL(params)
		Z_PARAM_ZVAL(payload)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(other)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (build_query(params, 3, &query) == FAILURE) {
		goto out;
	}
	body = payload_to_body(payload, 4);
	if (EG(exception)) {
		goto out;
	}
	idem = find_idempotency_key(other);
	amzpay_error_clear(&err);
	if (amzpay_client_signed_headers(intern->core, ZSTR_VAL(method), ZSTR_VAL(uri), amzpay_buf_cstr(&query),
	                                 body ? ZSTR_VAL(body) : NULL, body ? ZSTR_LEN(body) : 0,
	                                 idem ? ZSTR_VAL(idem) : NULL, time(NULL), &lines, &err) != 0) {
		php_amzpay_throw_error(&err);
		goto out;
	}
	array_init(return_value);
	for (struct curl_slist *l = lines; l; l = l->next) {
		add_next_index_string(return_value, l->data);
	}
	curl_slist_free_all(lines);
out:
	if (body) {
		zend_string_release(body);
	}
	amzpay_buf_free(&query);
}
/* }}} */

/* {{{ proto string Amazon\Pay\API\Client::createSignature(string $http_request_method, string $request_uri,
       ?array $request_parameters, array $pre_signed_headers, array|string|null $request_payload, string $timeStamp) */
PHP_METHOD(Amazon_Pay_API_Client, createSignature)
{
	zend_string *method, *uri, *timestamp, *body = NULL;
	HashTable *params = NULL, *presigned;
	zval *payload;
	php_amzpay_v2_client *intern;
	amzpay_buf query = AMZPAY_BUF_INIT, host = AMZPAY_BUF_INIT, path = AMZPAY_BUF_INIT;
	amzpay_kv *headers = NULL;
	size_t count = 0;
	zend_string *key;
	zval *value;
	amzpay_signature sig;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(6, 6)
		Z_PARAM_STR(method)
		Z_PARAM_STR(uri)
		Z_PARAM_ARRAY_HT_OR_NULL(params)
		Z_PARAM_ARRAY_HT(presigned)
		Z_PARAM_ZVAL(payload)
		Z_PARAM_STR(timestamp)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	amzpay_signature_init(&sig);
	amzpay_error_clear(&err);
	if (build_query(params, 3, &query) == FAILURE) {
		goto out;
	}
	body = payload_to_body(payload, 5);
	if (EG(exception)) {
		goto out;
	}
	if (amzpay_url_parts(ZSTR_VAL(uri), &host, &path, &err) != 0) {
		php_amzpay_throw_error(&err);
		goto out;
	}
	/* The caller's pre-signed headers, then x-amz-pay-date and x-amz-pay-host, as the official SDK adds them. */
	headers = ecalloc(zend_hash_num_elements(presigned) + 2, sizeof(*headers));
	ZEND_HASH_FOREACH_STR_KEY_VAL(presigned, key, value) {
		ZVAL_DEREF(value);
		if (!key || Z_TYPE_P(value) != IS_STRING) {
			continue;
		}
		headers[count].key = ZSTR_VAL(key);
		headers[count].key_len = ZSTR_LEN(key);
		headers[count].value = Z_STRVAL_P(value);
		headers[count].value_len = Z_STRLEN_P(value);
		count++;
	}
	ZEND_HASH_FOREACH_END();
	headers[count++] = (amzpay_kv){"x-amz-pay-date", sizeof("x-amz-pay-date") - 1, ZSTR_VAL(timestamp),
	                               ZSTR_LEN(timestamp)};
	headers[count++] = (amzpay_kv){"x-amz-pay-host", sizeof("x-amz-pay-host") - 1, host.data ? host.data : "",
	                               host.len};
	if (amzpay_sign_headers(amzpay_client_key(intern->core), amzpay_client_alg(intern->core), ZSTR_VAL(method),
	                        amzpay_buf_cstr(&path), amzpay_buf_cstr(&query), headers, count,
	                        body ? ZSTR_VAL(body) : NULL, body ? ZSTR_LEN(body) : 0, &sig, &err) != 0) {
		php_amzpay_throw_error(&err);
		goto out;
	}
	RETVAL_STRINGL(sig.signature.data, sig.signature.len);
out:
	if (headers) {
		efree(headers);
	}
	if (body) {
		zend_string_release(body);
	}
	amzpay_signature_free(&sig);
	amzpay_buf_free(&query);
	amzpay_buf_free(&host);
	amzpay_buf_free(&path);
}
/* }}} */

/* {{{ proto string Amazon\Pay\API\Client::generateButtonSignature(array|string $payload) */
PHP_METHOD(Amazon_Pay_API_Client, generateButtonSignature)
{
	zval *payload;
	zend_string *text;
	php_amzpay_v2_client *intern;
	amzpay_buf out = AMZPAY_BUF_INIT;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(payload)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(payload) != IS_STRING && Z_TYPE_P(payload) != IS_ARRAY) {
		zend_argument_type_error(1, "must be of type array|string, %s given", zend_zval_type_name(payload));
		RETURN_THROWS();
	}
	text = payload_to_body(payload, 1);
	if (!text) {
		RETURN_THROWS();
	}
	amzpay_error_clear(&err);
	if (amzpay_sign_button(amzpay_client_key(intern->core), amzpay_client_alg(intern->core), ZSTR_VAL(text),
	                       ZSTR_LEN(text), &out, &err) != 0) {
		php_amzpay_throw_error(&err);
	} else {
		RETVAL_STRINGL(out.data, out.len);
	}
	zend_string_release(text);
	amzpay_buf_free(&out);
}
/* }}} */

/* {{{ proto bool Amazon\Pay\API\Client::testPrivateKeyIntegrity() */
PHP_METHOD(Amazon_Pay_API_Client, testPrivateKeyIntegrity)
{
	php_amzpay_v2_client *intern;
	amzpay_buf out = AMZPAY_BUF_INIT;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	php_printf("Testing private key: ");
	for (int i = 0; i < 100; i++) {
		php_printf("%d ", i + 1);
		amzpay_buf_reset(&out);
		if (amzpay_sign_button(amzpay_client_key(intern->core), amzpay_client_alg(intern->core),
		                       "TESTING PRIVATE KEY", sizeof("TESTING PRIVATE KEY") - 1, &out, &err) != 0) {
			amzpay_buf_free(&out);
			php_amzpay_throw_error(&err);
			RETURN_THROWS();
		}
	}
	php_printf("[Passed]\n");
	amzpay_buf_free(&out);
	RETURN_TRUE;
}
/* }}} */
/* }}} */

/* {{{ proto string Amazon\Pay\API\Client::getHeaderString(array $headers)
   The canonical header block: lower-cased names, empty values dropped, sorted, "name:value\n" each. */
static int compare_keys(Bucket *a, Bucket *b)
{
	return zend_binary_strcmp(ZSTR_VAL(a->key), ZSTR_LEN(a->key), ZSTR_VAL(b->key), ZSTR_LEN(b->key));
}

PHP_METHOD(Amazon_Pay_API_Client, getHeaderString)
{
	HashTable *headers, *lc;
	zend_string *key;
	zval *value;
	smart_str out = {0};

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(headers)
	ZEND_PARSE_PARAMETERS_END();

	lc = zend_new_array(zend_hash_num_elements(headers));
	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, key, value) {
		ZVAL_DEREF(value);
		if (key && Z_TYPE_P(value) != IS_NULL && Z_TYPE_P(value) != IS_ARRAY &&
		    !(Z_TYPE_P(value) == IS_STRING && Z_STRLEN_P(value) == 0)) {
			zend_string *lkey = zend_string_tolower(key);
			zval str;
			ZVAL_STR(&str, zval_get_string(value));
			zend_hash_update(lc, lkey, &str);
			zend_string_release(lkey);
		}
	}
	ZEND_HASH_FOREACH_END();
	zend_hash_sort(lc, compare_keys, 0);
	ZEND_HASH_FOREACH_STR_KEY_VAL(lc, key, value) {
		smart_str_append(&out, key);
		smart_str_appendc(&out, ':');
		smart_str_append(&out, Z_STR_P(value));
		smart_str_appendc(&out, '\n');
	}
	ZEND_HASH_FOREACH_END();
	zend_array_destroy(lc);
	if (!out.s) {
		RETURN_STRING("\n");
	}
	smart_str_0(&out);
	RETURN_STR(out.s);
}
/* }}} */

/* {{{ proto void Amazon\Pay\API\Client::setSandbox(mixed $value) */
PHP_METHOD(Amazon_Pay_API_Client, setSandbox)
{
	zval *value, stored;
	php_amzpay_v2_client *intern;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(value) != IS_TRUE && Z_TYPE_P(value) != IS_FALSE) {
		php_amzpay_throw_sandbox_not_bool(php_amzpay_configuration_exception_ce, value);
		RETURN_THROWS();
	}
	amzpay_error_clear(&err);
	if (amzpay_client_set_sandbox(intern->core, Z_TYPE_P(value) == IS_TRUE, &err) != 0) {
		php_amzpay_throw_error(&err);
		RETURN_THROWS();
	}
	ZVAL_BOOL(&stored, Z_TYPE_P(value) == IS_TRUE);
	zend_hash_str_update(intern->config, ZEND_STRL("sandbox"), &stored);
}
/* }}} */

/* {{{ proto mixed Amazon\Pay\API\Client::__get(string $name) */
PHP_METHOD(Amazon_Pay_API_Client, __get)
{
	zend_string *name, *lname;
	php_amzpay_v2_client *intern;
	zval *value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	lname = zend_string_tolower(name);
	if (is_secret_key(lname)) {
		zend_string_release(lname);
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 1,
		                        "Key %s cannot be read back: amzpay keeps the private key only in parsed form",
		                        ZSTR_VAL(name));
		RETURN_THROWS();
	}
	value = zend_hash_find(intern->config, lname);
	zend_string_release(lname);
	if (!value) {
		zend_throw_exception_ex(zend_ce_exception, 1,
		                        "Key %s is either not a part of the configuration array config or the %s does not match "
		                        "the key name in the config array",
		                        ZSTR_VAL(name), ZSTR_VAL(name));
		RETURN_THROWS();
	}
	RETURN_COPY_DEREF(value);
}
/* }}} */

/* {{{ proto array Amazon\Pay\API\Client::__debugInfo()
   What var_dump()/print_r() show: the configuration with the secrets masked. */
PHP_METHOD(Amazon_Pay_API_Client, __debugInfo)
{
	php_amzpay_v2_client *intern = Z_V2_CLIENT_P(ZEND_THIS);
	zval config;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	if (!intern->core) {
		return;
	}
	ZVAL_ARR(&config, zend_array_dup(intern->config));
	add_assoc_string(&config, "private_key", "(hidden)");
	add_assoc_zval(return_value, "config", &config);
	add_assoc_string(return_value, "base_url", (char *)amzpay_client_base_url(intern->core));
	add_assoc_string(return_value, "algorithm", (char *)amzpay_alg_name(amzpay_client_alg(intern->core)));
}
/* }}} */

void php_amzpay_v2_client_init(void)
{
	php_amzpay_v2_client_interface_ce = register_class_Amazon_Pay_API_ClientInterface();
	php_amzpay_v2_client_ce = register_class_Amazon_Pay_API_Client(php_amzpay_v2_client_interface_ce);
	php_amzpay_v2_client_ce->create_object = v2_client_create;

	memcpy(&php_amzpay_v2_client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_amzpay_v2_client_handlers.offset = XtOffsetOf(php_amzpay_v2_client, std);
	php_amzpay_v2_client_handlers.free_obj = v2_client_free;
	php_amzpay_v2_client_handlers.clone_obj = NULL;
	php_amzpay_v2_client_handlers.compare = zend_objects_not_comparable;
}
