/*
 * amzpay glue: \AmazonPay\Client, the drop-in for the legacy MWS SDK 3.7.1.
 *
 * Every MWS method goes through the legacy core (src/legacy.h) in two steps:
 * amzpay_legacy_prepare() validates the legacy parameters and builds the v2
 * request (or answers locally), amzpay_client_call() signs and sends it and
 * amzpay_legacy_translate() turns the v2 answer into the legacy MWS XML that
 * a ResponseParser (amzpay_legacy_response.c) hands to the shop.
 *
 * The constructor validates the config as eagerly as the legacy SDK did; the
 * core client (key, region, endpoint) is built at the first call that sends,
 * because the legacy SDK reported region problems only there.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_string.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"

#include "amzpay_legacy.h"
#include "src/endpoint.h"
#include "src/legacy_run.h"
#include "main/php_syslog.h"
#include "src/lwa.h"

#include "stubs/legacy_client_arginfo.h"

static zend_class_entry *php_amzpay_legacy_client_ce;
static zend_class_entry *php_amzpay_legacy_client_interface_ce;
static zend_object_handlers php_amzpay_legacy_client_handlers;

typedef struct {
	HashTable *config;   /* every legacy key (defaults included), lower-cased and trimmed, without the secrets */
	zval private_key;    /* config private_key (owned copy), UNDEF when none: never readable back */
	zval passphrase;     /* config private_key_passphrase, same rules */
	amzpay_client *core; /* built at the first call that sends; dropped whenever the config changes */
	zend_string *parameters; /* body of the last v2 request, for getParameters() */
	zval logger;             /* setLogger()'s object, UNDEF when none */
	zend_object std;
} php_amzpay_legacy_client;

static inline php_amzpay_legacy_client *legacy_client_from_obj(zend_object *obj)
{
	return (php_amzpay_legacy_client *)((char *)obj - XtOffsetOf(php_amzpay_legacy_client, std));
}

#define Z_LEGACY_CLIENT_P(zv) legacy_client_from_obj(Z_OBJ_P(zv))

/* The legacy SDK's $config with its defaults, plus the keys amzpay adds for v2 (last five). */
static const struct {
	const char *key;
	zend_uchar type; /* IS_NULL, IS_FALSE, IS_TRUE or IS_LONG (-1) */
} legacy_keys[] = {
	{"merchant_id", IS_NULL},        {"secret_key", IS_NULL},        {"access_key", IS_NULL},
	{"region", IS_NULL},             {"currency_code", IS_NULL},     {"sandbox", IS_FALSE},
	{"platform_id", IS_NULL},        {"cabundle_file", IS_NULL},     {"application_name", IS_NULL},
	{"application_version", IS_NULL}, {"proxy_host", IS_NULL},       {"proxy_port", IS_LONG},
	{"proxy_username", IS_NULL},     {"proxy_password", IS_NULL},    {"client_id", IS_NULL},
	{"app_id", IS_NULL},             {"handle_throttle", IS_TRUE},   {"override_service_url", IS_NULL},
	{"public_key_id", IS_NULL},      {"private_key", IS_NULL},       {"private_key_passphrase", IS_NULL},
	{"algorithm", IS_NULL},          {"endpoint", IS_NULL},
};

static bool is_secret_key(zend_string *key)
{
	return zend_string_equals_literal(key, "private_key") || zend_string_equals_literal(key, "private_key_passphrase");
}

/* Shown masked by __debugInfo() (still readable through __get(), as in the legacy SDK). */
static bool is_masked_key(zend_string *key)
{
	return zend_string_equals_literal(key, "secret_key") || zend_string_equals_literal(key, "proxy_password");
}

/* {{{ object handlers */
static zend_object *legacy_client_create(zend_class_entry *ce)
{
	php_amzpay_legacy_client *intern = zend_object_alloc(sizeof(php_amzpay_legacy_client), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &php_amzpay_legacy_client_handlers;
	ZVAL_UNDEF(&intern->private_key);
	ZVAL_UNDEF(&intern->passphrase);
	ZVAL_UNDEF(&intern->logger);
	return &intern->std;
}

static void legacy_client_drop_core(php_amzpay_legacy_client *intern)
{
	amzpay_client_free(intern->core);
	intern->core = NULL;
}

static void legacy_client_free(zend_object *obj)
{
	php_amzpay_legacy_client *intern = legacy_client_from_obj(obj);
	php_amzpay_secrets secrets = {0};

	legacy_client_drop_core(intern);
	if (intern->config) {
		zend_array_destroy(intern->config);
		intern->config = NULL;
	}
	if (intern->parameters) {
		zend_string_release(intern->parameters);
		intern->parameters = NULL;
	}
	zval_ptr_dtor(&intern->logger);
	ZVAL_UNDEF(&intern->logger);
	/* reuse the shared release: it cleanses the key copies we own */
	ZVAL_COPY_VALUE(&secrets.private_key, &intern->private_key);
	ZVAL_COPY_VALUE(&secrets.passphrase, &intern->passphrase);
	ZVAL_UNDEF(&intern->private_key);
	ZVAL_UNDEF(&intern->passphrase);
	php_amzpay_secrets_release(&secrets);
	zend_object_std_dtor(obj);
}

/* The logger may hold the client (a cycle): the collector must see it. */
static HashTable *legacy_client_gc(zend_object *obj, zval **table, int *n)
{
	php_amzpay_legacy_client *intern = legacy_client_from_obj(obj);

	*table = &intern->logger;
	*n = Z_TYPE(intern->logger) == IS_OBJECT ? 1 : 0;
	return zend_std_get_properties(obj);
}

static php_amzpay_legacy_client *legacy_client_checked(zval *this_zv)
{
	php_amzpay_legacy_client *intern = Z_LEGACY_CLIENT_P(this_zv);

	if (!intern->config) {
		zend_throw_error(NULL, "AmazonPay\\Client object is not initialized");
		return NULL;
	}
	return intern;
}
/* }}} */

/* trim() of a scalar, as the legacy trimArray(): ints, floats and null become strings. */
static zend_result legacy_trim(zval *value, zval *out)
{
	zend_string *s = zval_try_get_string(value);

	if (!s) {
		return FAILURE;
	}
	ZVAL_STR(out, php_trim(s, NULL, 0, 3));
	zend_string_release(s);
	return SUCCESS;
}

/* {{{ constructor config */
static HashTable *config_defaults(void)
{
	HashTable *config = zend_new_array(sizeof(legacy_keys) / sizeof(legacy_keys[0]));

	for (size_t i = 0; i < sizeof(legacy_keys) / sizeof(legacy_keys[0]); i++) {
		zval v;
		if (legacy_keys[i].type == IS_LONG) {
			ZVAL_LONG(&v, -1);
		} else {
			ZVAL_NULL(&v);
			Z_TYPE_INFO(v) = legacy_keys[i].type;
		}
		zend_hash_str_add_new(config, legacy_keys[i].key, strlen(legacy_keys[i].key), &v);
	}
	return config;
}

static void throw_unknown_key(zend_string *key, zend_ulong index)
{
	if (key) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 1,
		                        "Key %s is either not part of the configuration or has incorrect Key name.\n"
		                        "                check the config array key names to match your key names of your "
		                        "config array",
		                        ZSTR_VAL(key));
	} else {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 1,
		                        "Key " ZEND_ULONG_FMT " is either not part of the configuration or has incorrect Key "
		                        "name.\n                check the config array key names to match your key names of "
		                        "your config array",
		                        index);
	}
}

/* The legacy check: "sandbox" must be a bool whenever it is non-empty. */
static zend_result check_sandbox(zval *value)
{
	if (Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE || !zend_is_true(value)) {
		return SUCCESS;
	}
	php_amzpay_throw_sandbox_not_bool(php_amzpay_configuration_exception_ce, value);
	return FAILURE;
}

/* Stores one user value into the config (or the secret slots), after the legacy trim. */
static zend_result config_store(php_amzpay_legacy_client *intern, HashTable *config, zend_string *key, zval *value)
{
	zval v;

	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE ||
	    zend_string_equals_literal(key, "proxy_password")) {
		ZVAL_COPY(&v, value);
	} else if (legacy_trim(value, &v) == FAILURE) {
		return FAILURE;
	}
	/* a NUL would cut the value short in C: the value used would not be the value given */
	if (Z_TYPE(v) == IS_STRING && zend_str_has_nul_byte(Z_STR(v))) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0, "config['%s'] must not contain NUL bytes",
		                        ZSTR_VAL(key));
		zval_ptr_dtor(&v);
		return FAILURE;
	}
	if (is_secret_key(key)) {
		zval *slot = zend_string_equals_literal(key, "private_key") ? &intern->private_key : &intern->passphrase;
		zval_ptr_dtor(slot);
		ZVAL_COPY_VALUE(slot, &v);
		return SUCCESS;
	}
	zend_hash_update(config, key, &v);
	return SUCCESS;
}

static zend_result legacy_configure(php_amzpay_legacy_client *intern, HashTable *user)
{
	HashTable *config = config_defaults();
	zend_string *key;
	zend_ulong index;
	zval *value;

	ZEND_HASH_FOREACH_KEY_VAL(user, index, key, value) {
		zend_string *lkey;
		zend_result rc;

		if (!key) {
			throw_unknown_key(NULL, index);
			goto fail;
		}
		lkey = zend_string_tolower(key);
		if (!zend_hash_exists(config, lkey) && !is_secret_key(lkey)) {
			throw_unknown_key(lkey, 0);
			zend_string_release(lkey);
			goto fail;
		}
		rc = config_store(intern, config, lkey, value);
		zend_string_release(lkey);
		if (rc == FAILURE) {
			goto fail;
		}
	}
	ZEND_HASH_FOREACH_END();

	if (check_sandbox(zend_hash_str_find(config, ZEND_STRL("sandbox"))) == FAILURE) {
		goto fail;
	}
	intern->config = config;
	return SUCCESS;

fail:
	zend_array_destroy(config);
	return FAILURE;
}

static const char *json_error_reason(int code)
{
	switch (code) {
		case PHP_JSON_ERROR_DEPTH:
			return " - maximum stack depth exceeded.";
		case PHP_JSON_ERROR_STATE_MISMATCH:
			return " - invalid or malformed JSON.";
		case PHP_JSON_ERROR_CTRL_CHAR:
			return " - control character error.";
		case PHP_JSON_ERROR_SYNTAX:
			return " - syntax error.";
		default:
			return ".";
	}
}

/* A JSON file path, as the legacy constructor accepted. */
static zend_result legacy_configure_file(php_amzpay_legacy_client *intern, zend_string *path)
{
	php_stream *stream;
	zend_string *json;
	zval decoded;
	zend_result rc = FAILURE;

	stream = php_stream_open_wrapper_ex(ZSTR_VAL(path), "rb", 0, NULL, NULL);
	if (!stream) {
		zend_throw_exception(php_amzpay_configuration_exception_ce,
		                     "$config is not a Json File path or the Json File was not found in the path provided", 0);
		return FAILURE;
	}
	json = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(stream);
	if (!json) {
		json = ZSTR_EMPTY_ALLOC();
	}
	ZVAL_NULL(&decoded);
	php_json_decode_ex(&decoded, ZSTR_VAL(json), ZSTR_LEN(json), PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH);
	/* the key material may be in this text: wipe our copy */
	php_amzpay_zstr_cleanse(json);
	zend_string_release(json);

	if (Z_TYPE(decoded) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL(decoded))) {
		rc = legacy_configure(intern, Z_ARRVAL(decoded));
	} else if (!zend_is_true(&decoded)) {
		zend_string *shown = Z_TYPE(decoded) == IS_ARRAY ? zend_string_init("Array", 5, 0) : zval_get_string(&decoded);
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0,
		                        "Error with message - content is not in json format%s %s",
		                        json_error_reason(JSON_G(error_code)), ZSTR_VAL(shown));
		zend_string_release(shown);
	} else {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0,
		                        "$config is of the incorrect type %s and should be of the type array",
		                        php_amzpay_gettype(&decoded));
	}
	zval_ptr_dtor(&decoded);
	return rc;
}
/* }}} */

/* {{{ proto AmazonPay\Client::__construct(mixed $config = null) */
PHP_METHOD(AmazonPay_Client, __construct)
{
	zval *config = NULL;
	php_amzpay_legacy_client *intern = Z_LEGACY_CLIENT_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(config)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->config) {
		zend_throw_error(NULL, "AmazonPay\\Client::__construct() cannot be called twice");
		RETURN_THROWS();
	}
	if (!config || Z_TYPE_P(config) == IS_NULL) {
		zend_throw_exception(php_amzpay_configuration_exception_ce, "$config cannot be null.", 0);
		RETURN_THROWS();
	}
	if (Z_TYPE_P(config) == IS_ARRAY) {
		legacy_configure(intern, Z_ARRVAL_P(config));
		return;
	}
	if (Z_TYPE_P(config) == IS_STRING && !zend_str_has_nul_byte(Z_STR_P(config)) && Z_STRLEN_P(config) &&
	    VCWD_ACCESS(Z_STRVAL_P(config), F_OK) == 0) {
		legacy_configure_file(intern, Z_STR_P(config));
		return;
	}
	zend_throw_exception(php_amzpay_configuration_exception_ce,
	                     "$config is not a Json File path or the Json File was not found in the path provided", 0);
}
/* }}} */

/* {{{ the core client, built at the first call that sends */
static const char *config_cstr(php_amzpay_legacy_client *intern, const char *key)
{
	zval *zv = zend_hash_str_find_deref(intern->config, key, strlen(key));

	return (zv && Z_TYPE_P(zv) == IS_STRING && Z_STRLEN_P(zv)) ? Z_STRVAL_P(zv) : NULL;
}

static const char *ini_cstr(const char *value)
{
	return (value && *value) ? value : NULL;
}

static bool config_sandbox(php_amzpay_legacy_client *intern)
{
	zval *zv = zend_hash_str_find_deref(intern->config, ZEND_STRL("sandbox"));

	return zv && zend_is_true(zv);
}

/* handle_throttle: the legacy test was strtolower($value) being truthy, so only false, null, "" and "0" switch it off */
static bool config_handle_throttle(php_amzpay_legacy_client *intern)
{
	zval *zv = zend_hash_str_find_deref(intern->config, ZEND_STRL("handle_throttle"));

	return !zv || zend_is_true(zv);
}

/* Region: the legacy messages and moment (the first call); us/de/uk/jp and also eu/na, case-insensitive. */
static zend_result legacy_region(php_amzpay_legacy_client *intern, char *out, size_t size)
{
	const char *region = config_cstr(intern, "region");

	if (!region) {
		zend_throw_exception(php_amzpay_configuration_exception_ce,
		                     "config['region'] is a required parameter and is not set", 0);
		return FAILURE;
	}
	snprintf(out, size, "%s", region);
	zend_str_tolower(out, strlen(out));
	if (!amzpay_region_map(out)) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0, "%s is not a valid region", region);
		return FAILURE;
	}
	return SUCCESS;
}

/* proxy_host + proxy_port (legacy: only when the port is not -1) */
static void legacy_proxy(php_amzpay_legacy_client *intern, php_amzpay_secrets *secrets, amzpay_http_config *http)
{
	const char *host = config_cstr(intern, "proxy_host");
	zval *port = zend_hash_str_find_deref(intern->config, ZEND_STRL("proxy_port"));
	const char *user = config_cstr(intern, "proxy_username");
	zval *pass = zend_hash_str_find_deref(intern->config, ZEND_STRL("proxy_password"));
	zend_string *port_str;

	if (!host || !port || Z_TYPE_P(port) == IS_NULL) {
		return;
	}
	port_str = zval_get_string(port);
	if (!zend_string_equals_literal(port_str, "-1") && ZSTR_LEN(port_str)) {
		secrets->proxy = zend_strpprintf(0, "%s:%s", host, ZSTR_VAL(port_str));
		http->proxy = ZSTR_VAL(secrets->proxy);
		if (user) {
			zend_string *p = (pass && Z_TYPE_P(pass) != IS_NULL) ? zval_get_string(pass) : ZSTR_EMPTY_ALLOC();
			secrets->proxy_userpwd = zend_strpprintf(0, "%s:%s", user, ZSTR_VAL(p));
			http->proxy_userpwd = ZSTR_VAL(secrets->proxy_userpwd);
			zend_string_release(p);
		}
	}
	zend_string_release(port_str);
}

static amzpay_client *legacy_core(php_amzpay_legacy_client *intern)
{
	amzpay_client_options o;
	php_amzpay_config cfg = {0};
	php_amzpay_secrets secrets;
	amzpay_error err;
	char region[16];
	zend_string *endpoint = NULL;

	if (intern->core) {
		return intern->core;
	}
	if (legacy_region(intern, region, sizeof(region)) == FAILURE) {
		return NULL;
	}
	memset(&o, 0, sizeof(o));
	memset(&secrets, 0, sizeof(secrets));
	ZVAL_UNDEF(&secrets.private_key);
	ZVAL_UNDEF(&secrets.passphrase);
	amzpay_error_clear(&err);

	o.region = region;
	o.sandbox = config_sandbox(intern);
	cfg.public_key_id = config_cstr(intern, "public_key_id");
	if (Z_TYPE(intern->private_key) == IS_STRING && Z_STRLEN(intern->private_key)) {
		cfg.private_key = Z_STRVAL(intern->private_key);
		cfg.private_key_len = Z_STRLEN(intern->private_key);
	}
	if (Z_TYPE(intern->passphrase) == IS_STRING && Z_STRLEN(intern->passphrase)) {
		cfg.passphrase = Z_STRVAL(intern->passphrase);
		cfg.passphrase_len = Z_STRLEN(intern->passphrase);
	}
	cfg.algorithm = config_cstr(intern, "algorithm");
	cfg.endpoint = config_cstr(intern, "endpoint");
	cfg.override_service_url = config_cstr(intern, "override_service_url");
	php_amzpay_resolve_options(&cfg, &o, &endpoint);
	php_amzpay_http_defaults(&o.http);
	if (config_cstr(intern, "cabundle_file")) {
		o.http.cabundle = config_cstr(intern, "cabundle_file");
	}
	legacy_proxy(intern, &secrets, &o.http);
	o.http.no_status_retries = !config_handle_throttle(intern);

	intern->core = amzpay_client_new(&o, &err);
	if (!intern->core) {
		php_amzpay_throw_error(&err);
	}
	if (endpoint) {
		zend_string_release(endpoint);
	}
	php_amzpay_secrets_release(&secrets);
	return intern->core;
}
/* }}} */

/* {{{ legacy parameters -> core params */
typedef struct {
	HashTable *normalized; /* lower-cased keys, trimmed values: owns the strings the params point to */
	amzpay_param *items;
	size_t count;
} legacy_params;

static void legacy_params_free(legacy_params *p)
{
	if (p->items) {
		efree(p->items);
	}
	if (p->normalized) {
		zend_array_destroy(p->normalized);
	}
	memset(p, 0, sizeof(*p));
}

/* array_change_key_case() + the legacy trim, then one core param per key, in array order. */
static zend_result legacy_params_build(HashTable *in, legacy_params *p)
{
	zend_string *key;
	zend_ulong index;
	zval *value;
	size_t n = 0;

	memset(p, 0, sizeof(*p));
	p->normalized = zend_new_array(in ? zend_hash_num_elements(in) : 0);
	if (in) {
		ZEND_HASH_FOREACH_KEY_VAL(in, index, key, value) {
			zend_string *lkey = key ? zend_string_tolower(key) : zend_long_to_str((zend_long)index);
			zval v;

			ZVAL_DEREF(value);
			if (Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE ||
			    Z_TYPE_P(value) == IS_OBJECT || Z_TYPE_P(value) == IS_RESOURCE) {
				/* objects are refused by the core (stricter than legacy, which trim()med them) */
				ZVAL_COPY(&v, value);
			} else if (legacy_trim(value, &v) == FAILURE) {
				zend_string_release(lkey);
				return FAILURE;
			}
			zend_hash_update(p->normalized, lkey, &v);
			zend_string_release(lkey);
		}
		ZEND_HASH_FOREACH_END();
	}
	p->items = ecalloc(zend_hash_num_elements(p->normalized) + 1, sizeof(amzpay_param));
	ZEND_HASH_FOREACH_STR_KEY_VAL(p->normalized, key, value) {
		amzpay_param *it = &p->items[n++];

		it->key = ZSTR_VAL(key);
		switch (Z_TYPE_P(value)) {
			case IS_STRING:
				it->type = AMZPAY_PARAM_STRING;
				it->str = Z_STRVAL_P(value);
				it->len = Z_STRLEN_P(value);
				break;
			case IS_TRUE:
			case IS_FALSE:
				it->type = AMZPAY_PARAM_BOOL;
				it->b = Z_TYPE_P(value) == IS_TRUE;
				break;
			case IS_ARRAY:
				it->type = AMZPAY_PARAM_ARRAY;
				it->count = zend_hash_num_elements(Z_ARRVAL_P(value));
				break;
			default:
				it->type = AMZPAY_PARAM_OTHER;
				it->type_name = php_amzpay_gettype(value);
				break;
		}
	}
	ZEND_HASH_FOREACH_END();
	p->count = n;
	return SUCCESS;
}
/* }}} */

/* {{{ logging: setLogger()'s PSR-3-style object (no psr/log needed: any object with the level's method or log()) */

/* Calls $logger->LEVEL($message), else $logger->log(LEVEL, $message). Without a logger, warnings go to
 * PHP's error log (never to the output, and never as an E_WARNING a shop's error handler could turn into
 * an exception that fails a call that succeeded). */
static void legacy_log(php_amzpay_legacy_client *intern, const char *level, const char *message)
{
	zend_object *obj;
	zend_function *fn;
	zval args[2], ret;

	if (Z_TYPE(intern->logger) != IS_OBJECT) {
		if (strcmp(level, "warning") == 0) {
			php_log_err_with_severity((char *)message, LOG_WARNING);
		}
		return;
	}
	obj = Z_OBJ(intern->logger);
	ZVAL_UNDEF(&ret);
	ZVAL_STRING(&args[0], level);
	ZVAL_STRING(&args[1], message);
	if ((fn = zend_hash_str_find_ptr_lc(&obj->ce->function_table, level, strlen(level))) != NULL) {
		zend_call_known_instance_method(fn, obj, &ret, 1, &args[1]);
	} else if ((fn = zend_hash_str_find_ptr_lc(&obj->ce->function_table, "log", 3)) != NULL) {
		zend_call_known_instance_method(fn, obj, &ret, 2, args);
	}
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
}

/* The core's log callback (legacy_run.h) */
static void legacy_run_log(void *ctx, const char *level, const char *message)
{
	legacy_log(ctx, level, message);
}

static void legacy_ledger_config(amzpay_legacy_ledger_config *cfg)
{
	cfg->dsn = AMZPAY_G(ledger);
	cfg->password = AMZPAY_G(ledger_password);
	cfg->timeout_ms = 0;
}
/* }}} */

/* {{{ sending */

/* Runs one prepared call through the core (src/legacy_run.h); return_value gets the ResponseParser. */
static void legacy_execute(php_amzpay_legacy_client *intern, zval *this_zv, amzpay_legacy_call *call,
                           zval *return_value, char *state, size_t state_size)
{
	amzpay_legacy_run_options opts;
	amzpay_legacy_result result;
	amzpay_error err;
	bool sent = false;
	int rc;

	if (!legacy_core(intern)) {
		return;
	}
	opts.verify_before_capture = AMZPAY_G(verify_state_before_capture);
	opts.sandbox = config_sandbox(intern);
	opts.region = config_cstr(intern, "region");
	legacy_ledger_config(&opts.ledger);
	/* debug lines only with a logger (no work without one); ledger warnings always (PHP's error log) */
	opts.log = legacy_run_log;
	opts.log_ctx = intern;
	opts.log_debug = Z_TYPE(intern->logger) == IS_OBJECT;
	amzpay_legacy_result_init(&result);
	amzpay_error_clear(&err);
	rc = amzpay_legacy_run(intern->core, call, &opts, &result, &sent, &err);
	if (sent) {
		if (intern->parameters) {
			zend_string_release(intern->parameters);
		}
		intern->parameters = call->body ? zend_string_init(call->body, call->body_len, 0) : NULL;
	}
	if (rc == AMZPAY_LEGACY_RUN_NO_ANSWER) {
		php_amzpay_throw_transport_error(&err, sent && call->idempotency_key[0] ? call->idempotency_key : NULL);
	} else if (rc != AMZPAY_LEGACY_RUN_ANSWERED) {
		/* e.g. retries exhausted: the key to retry with, and whether the outcome is unknown (err->flags) */
		php_amzpay_throw_transport_error(&err, call->idempotency_key[0] ? call->idempotency_key : NULL);
	} else {
		zend_update_property_bool(php_amzpay_legacy_client_ce, Z_OBJ_P(this_zv), ZEND_STRL("success"),
		                          result.success);
		php_amzpay_response_from_result(return_value, &result);
		if (state) {
			snprintf(state, state_size, "%s", result.state);
		}
	}
	amzpay_legacy_result_free(&result);
}

/* One legacy API call: normalise, prepare, then answer locally or send and translate. */
static void legacy_call(php_amzpay_legacy_client *intern, zval *this_zv, amzpay_legacy_op op, HashTable *in,
                        zval *return_value, char *state, size_t state_size)
{
	legacy_params p;
	amzpay_params params;
	amzpay_legacy_config cfg;
	amzpay_legacy_call call;
	amzpay_error err;
	int rc;

	/* reset first, as the legacy SDK did, so a throwing call leaves false behind */
	zend_update_property_bool(php_amzpay_legacy_client_ce, Z_OBJ_P(this_zv), ZEND_STRL("success"), 0);
	if (legacy_params_build(in, &p) == FAILURE) {
		legacy_params_free(&p);
		return;
	}
	params.items = p.items;
	params.count = p.count;
	cfg.currency_code = config_cstr(intern, "currency_code");
	cfg.sandbox = config_sandbox(intern);
	cfg.no_handle_throttle = !config_handle_throttle(intern);
	amzpay_legacy_call_init(&call);
	amzpay_error_clear(&err);
	rc = amzpay_legacy_prepare(op, &params, &cfg, &call, &err);
	if (rc < 0) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce, err.message, 0);
	} else if (rc == AMZPAY_LEGACY_ANSWERED) {
		php_amzpay_response_from_result(return_value, &call.answer);
	} else {
		legacy_execute(intern, this_zv, &call, return_value, state, state_size);
	}
	amzpay_legacy_call_free(&call);
	legacy_params_free(&p);
}

static void legacy_method(INTERNAL_FUNCTION_PARAMETERS, amzpay_legacy_op op)
{
	HashTable *in = NULL;
	php_amzpay_legacy_client *intern;

	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(in)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = legacy_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	legacy_call(intern, ZEND_THIS, op, in, return_value, NULL, 0);
}
/* }}} */

#define LEGACY_METHOD(name, op)                                                                                        \
	PHP_METHOD(AmazonPay_Client, name)                                                                                 \
	{                                                                                                                  \
		legacy_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, op);                                                           \
	}

LEGACY_METHOD(authorize, AMZPAY_LEGACY_AUTHORIZE)
LEGACY_METHOD(getAuthorizationDetails, AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS)
LEGACY_METHOD(capture, AMZPAY_LEGACY_CAPTURE)
LEGACY_METHOD(getCaptureDetails, AMZPAY_LEGACY_GET_CAPTURE_DETAILS)
LEGACY_METHOD(refund, AMZPAY_LEGACY_REFUND)
LEGACY_METHOD(getRefundDetails, AMZPAY_LEGACY_GET_REFUND_DETAILS)
LEGACY_METHOD(closeAuthorization, AMZPAY_LEGACY_CLOSE_AUTHORIZATION)
LEGACY_METHOD(getOrderReferenceDetails, AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS)
LEGACY_METHOD(cancelOrderReference, AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE)
LEGACY_METHOD(closeOrderReference, AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE)
LEGACY_METHOD(setOrderAttributes, AMZPAY_LEGACY_SET_ORDER_ATTRIBUTES)
LEGACY_METHOD(setOrderReferenceDetails, AMZPAY_LEGACY_SET_ORDER_REFERENCE_DETAILS)
LEGACY_METHOD(confirmOrderReference, AMZPAY_LEGACY_CONFIRM_ORDER_REFERENCE)
LEGACY_METHOD(createOrderReferenceForId, AMZPAY_LEGACY_CREATE_ORDER_REFERENCE_FOR_ID)
LEGACY_METHOD(listOrderReference, AMZPAY_LEGACY_LIST_ORDER_REFERENCE)
LEGACY_METHOD(listOrderReferenceByNextToken, AMZPAY_LEGACY_LIST_ORDER_REFERENCE_BY_NEXT_TOKEN)
LEGACY_METHOD(getBillingAgreementDetails, AMZPAY_LEGACY_GET_BILLING_AGREEMENT_DETAILS)
LEGACY_METHOD(setBillingAgreementDetails, AMZPAY_LEGACY_SET_BILLING_AGREEMENT_DETAILS)
LEGACY_METHOD(confirmBillingAgreement, AMZPAY_LEGACY_CONFIRM_BILLING_AGREEMENT)
LEGACY_METHOD(validateBillingAgreement, AMZPAY_LEGACY_VALIDATE_BILLING_AGREEMENT)
LEGACY_METHOD(authorizeOnBillingAgreement, AMZPAY_LEGACY_AUTHORIZE_ON_BILLING_AGREEMENT)
LEGACY_METHOD(closeBillingAgreement, AMZPAY_LEGACY_CLOSE_BILLING_AGREEMENT)
LEGACY_METHOD(getServiceStatus, AMZPAY_LEGACY_GET_SERVICE_STATUS)
LEGACY_METHOD(getMerchantAccountStatus, AMZPAY_LEGACY_GET_MERCHANT_ACCOUNT_STATUS)
LEGACY_METHOD(getMerchantNotificationConfiguration, AMZPAY_LEGACY_GET_MERCHANT_NOTIFICATION_CONFIGURATION)
LEGACY_METHOD(setMerchantNotificationConfiguration, AMZPAY_LEGACY_SET_MERCHANT_NOTIFICATION_CONFIGURATION)
LEGACY_METHOD(getProviderCreditDetails, AMZPAY_LEGACY_GET_PROVIDER_CREDIT_DETAILS)
LEGACY_METHOD(getProviderCreditReversalDetails, AMZPAY_LEGACY_GET_PROVIDER_CREDIT_REVERSAL_DETAILS)
LEGACY_METHOD(reverseProviderCredit, AMZPAY_LEGACY_REVERSE_PROVIDER_CREDIT)

/* {{{ charge(): the legacy orchestration (details, then authorize when the order is Open), on v2 */

/* A string parameter of the charge() array (after the legacy lower-casing), or NULL. */
static zval *charge_param(HashTable *lc, const char *key)
{
	zval *zv = zend_hash_str_find_deref(lc, key, strlen(key));

	return (zv && Z_TYPE_P(zv) != IS_NULL && !(Z_TYPE_P(zv) == IS_STRING && !Z_STRLEN_P(zv))) ? zv : NULL;
}

static void charge_copy(HashTable *from, const char *from_key, HashTable *to, const char *to_key)
{
	zval *zv = charge_param(from, from_key);

	if (zv) {
		Z_TRY_ADDREF_P(zv);
		zend_hash_str_update(to, to_key, strlen(to_key), zv);
	}
}

static void charge_order_reference(php_amzpay_legacy_client *intern, zval *this_zv, HashTable *lc, zval *id,
                                   zval *return_value)
{
	HashTable *details = zend_new_array(4), *auth = zend_new_array(12);
	zval parser;
	char state[32];

	Z_TRY_ADDREF_P(id);
	zend_hash_str_update(details, ZEND_STRL("amazon_order_reference_id"), id);
	charge_copy(lc, "merchant_id", details, "merchant_id");
	charge_copy(lc, "mws_auth_token", details, "mws_auth_token");
	ZVAL_UNDEF(&parser);
	state[0] = '\0';
	legacy_call(intern, this_zv, AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, details, &parser, state, sizeof(state));
	if (EG(exception)) {
		goto out;
	}
	if (strcmp(state, "Open") != 0) {
		if (state[0] && strcmp(state, "Draft") != 0) {
			zend_throw_exception_ex(zend_ce_exception, 0,
			                        "The Order Reference is in the %s State. It should be in the Draft or Open State",
			                        state);
		} else {
			/* an error answer (unknown id...) or Draft, which v2 cannot produce: hand it back as is */
			ZVAL_COPY(return_value, &parser);
		}
		goto out;
	}
	Z_TRY_ADDREF_P(id);
	zend_hash_str_update(auth, ZEND_STRL("amazon_order_reference_id"), id);
	charge_copy(lc, "charge_amount", auth, "authorization_amount");
	charge_copy(lc, "currency_code", auth, "currency_code");
	charge_copy(lc, "authorization_reference_id", auth, "authorization_reference_id");
	charge_copy(lc, "charge_note", auth, "seller_authorization_note");
	charge_copy(lc, "transaction_timeout", auth, "transaction_timeout");
	charge_copy(lc, "soft_descriptor", auth, "soft_descriptor");
	charge_copy(lc, "merchant_id", auth, "merchant_id");
	charge_copy(lc, "mws_auth_token", auth, "mws_auth_token");
	{
		zval *capture_now = zend_hash_str_find_deref(lc, ZEND_STRL("capture_now"));
		zval def;
		/* 2.x/3.x: no capture unless asked; amzpay.legacy_charge_capture_now=1 restores the always-capturing
		 * charge() of the modified 1.x SDKs some plugins bundle (an explicit capture_now still wins) */
		ZVAL_BOOL(&def, AMZPAY_G(legacy_charge_capture_now));
		if (!capture_now) {
			capture_now = &def;
		}
		Z_TRY_ADDREF_P(capture_now);
		zend_hash_str_update(auth, ZEND_STRL("capture_now"), capture_now);
	}
	legacy_call(intern, this_zv, AMZPAY_LEGACY_AUTHORIZE, auth, return_value, NULL, 0);
out:
	zval_ptr_dtor(&parser);
	zend_array_destroy(details);
	zend_array_destroy(auth);
}

/* {{{ proto AmazonPay\ResponseParser AmazonPay\Client::charge(array $requestParameters = []) */
PHP_METHOD(AmazonPay_Client, charge)
{
	HashTable *in = NULL, *lc;
	php_amzpay_legacy_client *intern;
	zval *order, *agreement, *any;
	zend_string *key;
	zval *value;

	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(in)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = legacy_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	lc = zend_new_array(in ? zend_hash_num_elements(in) : 0);
	if (in) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(in, key, value) {
			if (key) {
				zend_string *lkey = zend_string_tolower(key);
				Z_TRY_ADDREF_P(value);
				zend_hash_update(lc, lkey, value);
				zend_string_release(lkey);
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	order = charge_param(lc, "amazon_order_reference_id");
	agreement = charge_param(lc, "amazon_billing_agreement_id");
	any = charge_param(lc, "amazon_reference_id");
	if (!order && !agreement && any) {
		zend_string *s = zval_get_string(any);
		char first = ZSTR_LEN(s) ? ZSTR_VAL(s)[0] : '\0';
		zend_string_release(s);
		if (first == 'P' || first == 'S') {
			order = any;
		} else if (first == 'B' || first == 'C') {
			agreement = any;
		} else {
			zend_throw_exception(zend_ce_exception, "Invalid Amazon Reference ID", 0);
			goto out;
		}
	}
	if (order) {
		charge_order_reference(intern, ZEND_THIS, lc, order, return_value);
	} else if (agreement) {
		/* billing agreements have no v2 counterpart here: the details call answers UnsupportedOperation */
		HashTable *details = zend_new_array(1);
		Z_TRY_ADDREF_P(agreement);
		zend_hash_str_update(details, ZEND_STRL("amazon_billing_agreement_id"), agreement);
		legacy_call(intern, ZEND_THIS, AMZPAY_LEGACY_GET_BILLING_AGREEMENT_DETAILS, details, return_value, NULL, 0);
		zend_array_destroy(details);
	} else {
		zend_throw_exception(zend_ce_exception,
		                     "key amazon_order_reference_id or amazon_billing_agreement_id is null and is a required "
		                     "parameter",
		                     0);
	}
out:
	zend_array_destroy(lc);
}
/* }}} */
/* }}} */

/* {{{ proto mixed AmazonPay\Client::__get($name) */
PHP_METHOD(AmazonPay_Client, __get)
{
	zend_string *name, *lname;
	php_amzpay_legacy_client *intern;
	zval *value;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = legacy_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	lname = zend_string_tolower(name);
	if (is_secret_key(lname)) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 1, "Key %s cannot be read back",
		                        ZSTR_VAL(lname));
	} else if ((value = zend_hash_find(intern->config, lname))) {
		RETVAL_COPY_DEREF(value);
	} else {
		zend_throw_exception_ex(zend_ce_exception, 1,
		                        "Key %s is either not a part of the configuration array config or the %s does not "
		                        "match the key name in the config array",
		                        ZSTR_VAL(name), ZSTR_VAL(name));
	}
	zend_string_release(lname);
}
/* }}} */

static void config_set(php_amzpay_legacy_client *intern, const char *key, zval *value)
{
	Z_TRY_ADDREF_P(value);
	zend_hash_str_update(intern->config, key, strlen(key), value);
	legacy_client_drop_core(intern); /* rebuilt with the new setting at the next call */
}

/* {{{ proto void AmazonPay\Client::setSandbox($value) */
PHP_METHOD(AmazonPay_Client, setSandbox)
{
	zval *value;
	php_amzpay_legacy_client *intern;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = legacy_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(value) != IS_TRUE && Z_TYPE_P(value) != IS_FALSE) {
		php_amzpay_throw_sandbox_not_bool(zend_ce_exception, value);
		RETURN_THROWS();
	}
	config_set(intern, "sandbox", value);
}
/* }}} */

static void set_nonempty(INTERNAL_FUNCTION_PARAMETERS, const char *key, const char *what)
{
	zval *value;
	php_amzpay_legacy_client *intern;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = legacy_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (!zend_is_true(value)) {
		zend_throw_exception_ex(zend_ce_exception, 0, "setter value for %s provided is empty", what);
		RETURN_THROWS();
	}
	config_set(intern, key, value);
}

/* {{{ proto void AmazonPay\Client::setClientId($value) */
PHP_METHOD(AmazonPay_Client, setClientId)
{
	set_nonempty(INTERNAL_FUNCTION_PARAM_PASSTHRU, "client_id", "client ID");
}
/* }}} */

/* {{{ proto void AmazonPay\Client::setAppId($value) */
PHP_METHOD(AmazonPay_Client, setAppId)
{
	set_nonempty(INTERNAL_FUNCTION_PARAM_PASSTHRU, "app_id", "app ID");
}
/* }}} */

/* {{{ proto void AmazonPay\Client::setProxy($proxy): the legacy proxy_user_* keys */
PHP_METHOD(AmazonPay_Client, setProxy)
{
	zval *proxy, *v;
	php_amzpay_legacy_client *intern;
	static const char *from[] = {"proxy_user_host", "proxy_user_port", "proxy_user_name", "proxy_user_password"};
	static const char *to[] = {"proxy_host", "proxy_port", "proxy_username", "proxy_password"};

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(proxy)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = legacy_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(proxy) != IS_ARRAY) {
		return;
	}
	for (size_t i = 0; i < 4; i++) {
		if ((v = zend_hash_str_find_deref(Z_ARRVAL_P(proxy), from[i], strlen(from[i]))) && zend_is_true(v)) {
			config_set(intern, to[i], v);
		}
	}
}
/* }}} */

/* {{{ proto void AmazonPay\Client::setMwsServiceUrl($url): a v2 base URL here (tests, local sandboxes) */
PHP_METHOD(AmazonPay_Client, setMwsServiceUrl)
{
	zval *url;
	php_amzpay_legacy_client *intern;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(url)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = legacy_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	config_set(intern, "override_service_url", url);
}
/* }}} */

/* {{{ proto ?string AmazonPay\Client::getParameters() */
PHP_METHOD(AmazonPay_Client, getParameters)
{
	php_amzpay_legacy_client *intern;

	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END(); /* surplus arguments are ignored, as by a userland method */

	if (!(intern = legacy_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (intern->parameters) {
		RETURN_STR_COPY(intern->parameters);
	}
	RETURN_NULL();
}
/* }}} */

/* {{{ proto array AmazonPay\Client::getUserInfo($accessToken)
   Login with Amazon (unchanged by v2): tokeninfo, then profile, through the core transport (src/lwa.h);
   the legacy checks in the legacy order: region first, then the token. */
PHP_METHOD(AmazonPay_Client, getUserInfo)
{
	zval *token;
	php_amzpay_legacy_client *intern;
	php_amzpay_secrets secrets;
	amzpay_http_config http;
	amzpay_buf base = AMZPAY_BUF_INIT, profile = AMZPAY_BUF_INIT;
	amzpay_error err;
	zend_string *text = NULL;
	char region[16];
	const char *endpoint;
	long status = 0;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(token)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = legacy_client_checked(ZEND_THIS)) || legacy_region(intern, region, sizeof(region)) == FAILURE) {
		RETURN_THROWS();
	}
	amzpay_error_clear(&err);
	endpoint = config_cstr(intern, "endpoint") ? config_cstr(intern, "endpoint") : ini_cstr(AMZPAY_G(endpoint));
	if (amzpay_lwa_base(region, config_sandbox(intern), endpoint, &base, &err) != 0) {
		php_amzpay_throw_error(&err);
		goto out;
	}
	if (!zend_is_true(token)) {
		zend_throw_exception(spl_ce_InvalidArgumentException, "Access Token is a required parameter and is not set", 0);
		goto out;
	}
	text = zval_try_get_string(token);
	if (!text) {
		goto out;
	}
	memset(&secrets, 0, sizeof(secrets));
	ZVAL_UNDEF(&secrets.private_key);
	ZVAL_UNDEF(&secrets.passphrase);
	php_amzpay_http_defaults(&http);
	if (config_cstr(intern, "cabundle_file")) {
		http.cabundle = config_cstr(intern, "cabundle_file");
	}
	legacy_proxy(intern, &secrets, &http);
	if (amzpay_lwa_user_info(&http, amzpay_buf_cstr(&base), ZSTR_VAL(text), config_cstr(intern, "client_id"),
	                         config_cstr(intern, "app_id"), &profile, &status, &err) != 0) {
		if (err.domain == AMZPAY_ERR_ARGUMENT) {
			zend_throw_exception(spl_ce_InvalidArgumentException, err.message, 0);
		} else if (err.domain == AMZPAY_ERR_STATE) {
			zend_throw_exception(zend_ce_exception, err.message, 0); /* the legacy SDK's plain \Exception */
		} else {
			/* the legacy wording of a failed request, as for the MWS calls (legacy_run.c) */
			amzpay_error wrapped = err;
			if (err.domain == AMZPAY_ERR_TRANSPORT || err.domain == AMZPAY_ERR_TIMEOUT || err.domain == AMZPAY_ERR_TLS) {
				snprintf(wrapped.message, sizeof(wrapped.message), "Unable to post request, underlying exception of %.*s",
				         (int)(sizeof(wrapped.message) - 60), err.message);
			}
			php_amzpay_throw_transport_error(&wrapped, NULL);
		}
	} else if (php_json_decode_ex(return_value, amzpay_buf_cstr(&profile), profile.len, PHP_JSON_OBJECT_AS_ARRAY,
	                              PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
		RETVAL_NULL(); /* json_decode() of a body that is not JSON, as the legacy SDK returned */
	}
	php_amzpay_secrets_release(&secrets);
out:
	if (text) {
		zend_string_release(text);
	}
	amzpay_buf_free(&base);
	amzpay_buf_free(&profile);
}
/* }}} */

/* {{{ proto void AmazonPay\Client::setLogger(?object $logger = null) */
PHP_METHOD(AmazonPay_Client, setLogger)
{
	zend_object *logger = NULL;

	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJ_OR_NULL(logger)
	ZEND_PARSE_PARAMETERS_END();

	php_amzpay_legacy_client *intern = legacy_client_checked(ZEND_THIS);

	if (!intern) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&intern->logger);
	if (logger) {
		ZVAL_OBJ_COPY(&intern->logger, logger);
	} else {
		ZVAL_UNDEF(&intern->logger);
	}
}
/* }}} */

/* {{{ proto string AmazonPay\Client::getSignature($stringToSign, $secretKey) */
PHP_METHOD(AmazonPay_Client, getSignature)
{
	zend_string *data, *secret;
	amzpay_buf b64 = AMZPAY_BUF_INIT;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(2, -1)
		Z_PARAM_STR(data)
		Z_PARAM_STR(secret)
	ZEND_PARSE_PARAMETERS_END();

	amzpay_error_clear(&err);
	if (amzpay_mws_signature(ZSTR_VAL(data), ZSTR_LEN(data), ZSTR_VAL(secret), ZSTR_LEN(secret), &b64, &err) != 0) {
		amzpay_buf_free(&b64);
		php_amzpay_throw_error(&err);
		RETURN_THROWS();
	}
	RETVAL_STRINGL(amzpay_buf_cstr(&b64), b64.len);
	amzpay_buf_free(&b64);
}
/* }}} */

/* {{{ proto array AmazonPay\Client::__debugInfo(): the config with secrets masked, never the private key */
PHP_METHOD(AmazonPay_Client, __debugInfo)
{
	php_amzpay_legacy_client *intern = Z_LEGACY_CLIENT_P(ZEND_THIS);
	zval config, *success, rv;
	zend_string *key;
	zval *value;

	ZEND_PARSE_PARAMETERS_NONE();

	array_init(return_value);
	success = zend_read_property(php_amzpay_legacy_client_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("success"), 1, &rv);
	Z_TRY_ADDREF_P(success);
	add_assoc_zval(return_value, "success", success);
	array_init(&config);
	if (intern->config) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(intern->config, key, value) {
			if (is_masked_key(key) && zend_is_true(value)) {
				add_assoc_string(&config, ZSTR_VAL(key), "********");
			} else {
				Z_TRY_ADDREF_P(value);
				zend_hash_update(Z_ARRVAL(config), key, value);
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	add_assoc_string(&config, "private_key",
	                 Z_TYPE(intern->private_key) == IS_STRING ? "[set in the config, hidden]"
	                 : ini_cstr(AMZPAY_G(private_key)) ? "[amzpay.private_key, hidden]"
	                                                   : "[not set]");
	add_assoc_zval(return_value, "config", &config);
}
/* }}} */

void php_amzpay_legacy_client_init(void)
{
	php_amzpay_legacy_client_interface_ce = register_class_AmazonPay_ClientInterface();
	php_amzpay_legacy_client_ce = register_class_AmazonPay_Client(php_amzpay_legacy_client_interface_ce);
	php_amzpay_legacy_client_ce->create_object = legacy_client_create;

	memcpy(&php_amzpay_legacy_client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_amzpay_legacy_client_handlers.offset = XtOffsetOf(php_amzpay_legacy_client, std);
	php_amzpay_legacy_client_handlers.free_obj = legacy_client_free;
	php_amzpay_legacy_client_handlers.get_gc = legacy_client_gc;
	php_amzpay_legacy_client_handlers.clone_obj = NULL;

	zend_register_class_alias("PayWithAmazon\\Client", php_amzpay_legacy_client_ce);
	zend_register_class_alias("PayWithAmazon\\ClientInterface", php_amzpay_legacy_client_interface_ce);
}
