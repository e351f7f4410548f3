/*
 * amzpay glue: \Amazon\Pay\API\Client, the drop-in for the official v2 SDK.
 *
 * Every API method is a row of the operations table (src/api_ops.h); the
 * PHP methods only pick their arguments by the row's shape and hand the
 * call to the core client (src/client.c), which signs and sends it.
 *
 * Like the official SDK, every convenience method goes through apiCall(),
 * apiCall() through getPostSignedHeaders(), and the User-Agent comes from
 * constructUserAgentHeader(): a subclass that overrides one of them is
 * called. Which of them a class overrides is looked up once, when an object
 * is created, so the common case never pays for the check.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"
#include "ext/standard/info.h"
#include "ext/standard/php_random.h"
#include "ext/standard/url.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"

#include <fcntl.h>
#include <unistd.h>

#include "amzpay_common.h"
#include "src/api.h"
#include "src/endpoint.h"
#include "src/sign.h"
#include "src/utf8.h"

#include "stubs/v2_client_arginfo.h"

static zend_class_entry *php_amzpay_v2_client_ce;
static zend_object_handlers php_amzpay_v2_client_handlers;

/* Methods of the official SDK that a subclass may override and that amzpay then calls. */
#define V2_OVERRIDES_API_CALL (1u << 0)
#define V2_OVERRIDES_SIGNED_HEADERS (1u << 1)
#define V2_OVERRIDES_USER_AGENT (1u << 2)

typedef struct {
	amzpay_client *core; /* NULL until a constructor succeeded */
	HashTable *config;   /* the config as given (what __get() reads), region mapped and sandbox a bool */
	uint32_t overrides;  /* V2_OVERRIDES_*, from the object's class */
	zend_object std;
} php_amzpay_v2_client;

static inline php_amzpay_v2_client *v2_client_from_obj(zend_object *obj)
{
	return (php_amzpay_v2_client *)((char *)obj - XtOffsetOf(php_amzpay_v2_client, std));
}

#define Z_V2_CLIENT_P(zv) v2_client_from_obj(Z_OBJ_P(zv))

/* Internal methods take surplus arguments and ignore them, as a userland method does. */
#define V2_PARSE_NO_PARAMETERS()                                                                                   \
	ZEND_PARSE_PARAMETERS_START(0, -1)                                                                             \
	ZEND_PARSE_PARAMETERS_END()

static zend_result v2_client_configure(php_amzpay_v2_client *intern, HashTable *config);

/* {{{ object handlers */
static bool v2_user_method(zend_class_entry *ce, const char *lcname, size_t len)
{
	zend_function *fn = zend_hash_str_find_ptr(&ce->function_table, lcname, len);

	return fn && fn->type == ZEND_USER_FUNCTION;
}

static uint32_t v2_class_overrides(zend_class_entry *ce)
{
	uint32_t flags = 0;

	if (ce == php_amzpay_v2_client_ce) {
		return 0;
	}
	flags |= v2_user_method(ce, ZEND_STRL("apicall")) ? V2_OVERRIDES_API_CALL : 0;
	flags |= v2_user_method(ce, ZEND_STRL("getpostsignedheaders")) ? V2_OVERRIDES_SIGNED_HEADERS : 0;
	flags |= v2_user_method(ce, ZEND_STRL("constructuseragentheader")) ? V2_OVERRIDES_USER_AGENT : 0;
	return flags;
}

static zend_object *v2_client_create(zend_class_entry *ce)
{
	php_amzpay_v2_client *intern = zend_object_alloc(sizeof(php_amzpay_v2_client), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &php_amzpay_v2_client_handlers;
	intern->overrides = v2_class_overrides(ce);
	return &intern->std;
}

static void v2_client_reset(php_amzpay_v2_client *intern)
{
	amzpay_client_free(intern->core);
	intern->core = NULL;
	if (intern->config) {
		zend_array_release(intern->config);
		intern->config = NULL;
	}
}

static void v2_client_free(zend_object *obj)
{
	v2_client_reset(v2_client_from_obj(obj));
	zend_object_std_dtor(obj);
}

/* A clone is configured like the original (the official object copies its config array). */
static zend_object *v2_client_clone(zend_object *old_obj)
{
	php_amzpay_v2_client *old = v2_client_from_obj(old_obj);
	zend_object *new_obj = v2_client_create(old_obj->ce);

	zend_objects_clone_members(new_obj, old_obj);
	if (old->config) {
		v2_client_configure(v2_client_from_obj(new_obj), old->config);
	}
	return new_obj;
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
static bool config_has_nul(zval *zv, const char *key)
{
	if (Z_TYPE_P(zv) == IS_STRING && memchr(Z_STRVAL_P(zv), '\0', Z_STRLEN_P(zv))) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0,
		                        "config['%s'] must not contain NUL bytes", key);
		return true;
	}
	return false;
}

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
	if (config_has_nul(zv, key)) {
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

/* The official SDK: "sandbox" must be a bool whenever it is non-empty; an empty one means false. */
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

/*
 * The official constructor lower-cases "region" and maps it (us/na -> na, eu/de/uk -> eu, jp); what maps to
 * nothing leaves no region. No region at all makes a signature-only client; one that is given but maps to
 * nothing is refused here, with the message the official SDK gives at the first call.
 */
static zend_result config_region(HashTable *config, zend_string **region)
{
	zval *zv = zend_hash_str_find_deref(config, ZEND_STRL("region"));
	zend_string *str, *lower;
	const char *mapped;

	*region = NULL;
	if (!zv || Z_TYPE_P(zv) == IS_NULL) {
		return SUCCESS;
	}
	if (Z_TYPE_P(zv) == IS_ARRAY || Z_TYPE_P(zv) == IS_OBJECT) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0,
		                        "strtolower(): Argument #1 ($string) must be of type string, %s given",
		                        zend_zval_type_name(zv));
		return FAILURE;
	}
	if (config_has_nul(zv, "region")) {
		return FAILURE;
	}
	str = zval_get_string(zv);
	if (ZSTR_LEN(str) == 0) {
		zend_string_release(str);
		return SUCCESS;
	}
	lower = zend_string_tolower(str);
	zend_string_release(str);
	mapped = amzpay_region_map(ZSTR_VAL(lower));
	zend_string_release(lower);
	if (!mapped) {
		zend_throw_exception(php_amzpay_configuration_exception_ce,
		                     "config['region'] is a required parameter and is not set", 0);
		return FAILURE;
	}
	*region = zend_string_init(mapped, strlen(mapped), 0);
	return SUCCESS;
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

static zend_result v2_read_strings(HashTable *config, v2_config_strings *s)
{
	zend_result rc = SUCCESS;

	/* php.ini fallbacks: php_amzpay_resolve_options() */
	s->public_key_id = config_string(config, "public_key_id", NULL, &rc);
	s->private_key = config_string(config, "private_key", NULL, &rc);
	s->passphrase = config_string(config, "private_key_passphrase", NULL, &rc);
	s->algorithm = config_string(config, "algorithm", NULL, &rc);
	if (rc == SUCCESS && !EG(exception)) {
		rc = config_region(config, &s->region);
	}
	s->endpoint = config_string(config, "endpoint", NULL, &rc);
	if (!zend_hash_str_exists(config, ZEND_STRL("endpoint"))) {
		s->override_service_url = config_string(config, "override_service_url", NULL, &rc);
	}
	s->cabundle = config_string(config, "cabundle", NULL, &rc);
	s->integrator_id = config_string(config, "integrator_id", NULL, &rc);
	s->integrator_version = config_string(config, "integrator_version", NULL, &rc);
	s->platform_version = config_string(config, "platform_version", NULL, &rc);
	return EG(exception) ? FAILURE : rc;
}

static zend_result v2_read_transport(HashTable *config, php_amzpay_secrets *secrets, amzpay_http_config *http)
{
	zval *persistent = zend_hash_str_find_deref(config, ZEND_STRL("persistent"));
	long retries;

	php_amzpay_http_defaults(http);
	retries = http->max_retries;
	if (config_long(config, "timeout_ms", 1, 600000, &http->timeout_ms) == FAILURE ||
	    config_long(config, "connect_timeout_ms", 1, 600000, &http->connect_timeout_ms) == FAILURE ||
	    config_long(config, "max_retries", 0, 10, &retries) == FAILURE ||
	    php_amzpay_proxy_config(zend_hash_str_find_deref(config, ZEND_STRL("proxy")), "config['proxy']", secrets,
	                            http) == FAILURE) {
		return FAILURE;
	}
	http->max_retries = (int)retries;
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

static bool str_contains_cstr(const char *s, size_t len, const char *needle)
{
	return zend_memnstr(s, needle, strlen(needle), s + len) != NULL;
}

/* Whether a key path names a file holding a public key (read only after the key failed to parse). */
static bool file_has_public_key(const char *path, size_t len)
{
	char buf[16384];
	ssize_t n;
	bool found = false;
	int fd;

	if (str_contains_cstr(path, len, "-----BEGIN") || (fd = open(path, O_RDONLY)) < 0) {
		return false;
	}
	n = read(fd, buf, sizeof(buf));
	close(fd);
	if (n > 0) {
		found = zend_memnstr(buf, "PUBLIC KEY-----", sizeof("PUBLIC KEY-----") - 1, buf + n) != NULL;
	}
	amzpay_cleanse(buf, sizeof(buf));
	return found;
}

/*
 * Key errors in the official SDK's words, where it has some: a key path it cannot read is "Unable to load file:
 * <path>", key text it cannot parse "Unable to read key", a public key "The key that was loaded was not a
 * private key". Passphrase and key-size problems, which the official SDK does not know, keep amzpay's message.
 */
static void v2_throw_key_error(const amzpay_error *err, const char *key, size_t len)
{
	if (err->domain == AMZPAY_ERR_KEY && strncmp(err->message, "Unable to load file: ", 21) == 0 &&
	    !str_contains_cstr(key, len, "-----BEGIN") && len < 256 && !amzpay_has_ctl(key, len)) {
		zend_throw_exception_ex(php_amzpay_key_exception_ce, 0, "Unable to load file: %.*s", (int)len, key);
	} else if (err->domain == AMZPAY_ERR_KEY && strncmp(err->message, "The private key is not a valid PEM", 34) == 0) {
		bool public_key = str_contains_cstr(key, len, "PUBLIC KEY-----") || file_has_public_key(key, len);
		zend_throw_exception(php_amzpay_key_exception_ce,
		                     public_key ? "The key that was loaded was not a private key" : "Unable to read key", 0);
	} else {
		php_amzpay_throw_error(err);
	}
}

static zend_result v2_build_core(php_amzpay_v2_client *intern, HashTable *config, v2_config_strings *s,
                                 php_amzpay_secrets *secrets, bool sandbox)
{
	amzpay_client_options o;
	php_amzpay_config cfg = {0};
	zend_string *endpoint = NULL;
	amzpay_error err;
	zend_result rc = FAILURE;

	memset(&o, 0, sizeof(o));
	amzpay_error_clear(&err);
	if (v2_read_strings(config, s) == FAILURE || v2_read_transport(config, secrets, &o.http) == FAILURE) {
		return FAILURE;
	}
	cfg.public_key_id = OPT_STR(s->public_key_id);
	cfg.private_key = OPT_STR(s->private_key);
	cfg.private_key_len = s->private_key ? ZSTR_LEN(s->private_key) : 0;
	cfg.passphrase = OPT_STR(s->passphrase);
	cfg.passphrase_len = s->passphrase ? ZSTR_LEN(s->passphrase) : 0;
	cfg.algorithm = OPT_STR(s->algorithm);
	cfg.endpoint = OPT_STR(s->endpoint);
	cfg.override_service_url = OPT_STR(s->override_service_url);
	php_amzpay_resolve_options(&cfg, &o, &endpoint);
	if (!o.private_key || !o.private_key_len) {
		/* the official SDK's first API call checks the region before it reads the key (file_get_contents()) */
		if (!s->region) {
			zend_throw_exception(php_amzpay_configuration_exception_ce,
			                     "config['region'] is a required parameter and is not set", 0);
		} else {
			zend_throw_exception(php_amzpay_key_exception_ce, "Path cannot be empty", 0);
		}
		goto out;
	}
	o.sandbox = sandbox;
	o.http.cabundle = s->cabundle ? ZSTR_VAL(s->cabundle) : o.http.cabundle;
	o.region = OPT_STR(s->region);
	o.integrator_id = OPT_STR(s->integrator_id);
	o.integrator_version = OPT_STR(s->integrator_version);
	o.platform_version = OPT_STR(s->platform_version);

	intern->core = amzpay_client_new(&o, &err);
	if (!intern->core) {
		v2_throw_key_error(&err, o.private_key, o.private_key_len);
		goto out;
	}
	rc = SUCCESS;
out:
	if (endpoint) {
		zend_string_release(endpoint);
	}
	return rc;
}

/* Builds the core client from `config` and keeps the config for __get(); on failure the object stays unset. */
static zend_result v2_client_configure(php_amzpay_v2_client *intern, HashTable *config)
{
	v2_config_strings s = {0};
	php_amzpay_secrets secrets;
	zval *sandbox_zv = zend_hash_str_find_deref(config, ZEND_STRL("sandbox")), zv;
	bool sandbox = false;
	zend_result rc = FAILURE;

	memset(&secrets, 0, sizeof(secrets));
	ZVAL_UNDEF(&secrets.private_key);
	ZVAL_UNDEF(&secrets.passphrase);
	v2_client_reset(intern);

	if ((!sandbox_zv || check_sandbox_value(sandbox_zv, &sandbox) == SUCCESS) &&
	    v2_build_core(intern, config, &s, &secrets, sandbox) == SUCCESS) {
		intern->config = zend_array_dup(config);
		if (s.region) {
			ZVAL_STR_COPY(&zv, s.region);
		} else {
			ZVAL_NULL(&zv);
		}
		zend_hash_str_update(intern->config, ZEND_STRL("region"), &zv);
		ZVAL_BOOL(&zv, sandbox);
		zend_hash_str_update(intern->config, ZEND_STRL("sandbox"), &zv);
		rc = SUCCESS;
	}
	v2_config_strings_release(&s);
	php_amzpay_secrets_release(&secrets);
	return rc;
}
/* }}} */

/* {{{ proto Amazon\Pay\API\Client::__construct(array $config)
   A second call reconfigures the object, as the official constructor does. */
PHP_METHOD(Amazon_Pay_API_Client, __construct)
{
	zval *config = NULL;

	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(config)
	ZEND_PARSE_PARAMETERS_END();

	if (!config || Z_TYPE_P(config) == IS_NULL) {
		zend_throw_exception(php_amzpay_configuration_exception_ce,
		                     "Expecting config array{region, sandbox, public_key_id, private_key}", 1);
		RETURN_THROWS();
	}
	if (Z_TYPE_P(config) != IS_ARRAY) {
		zend_throw_exception_ex(php_amzpay_configuration_exception_ce, 0,
		                        "$config is of the incorrect type %s and should be of the type array",
		                        php_amzpay_gettype(config));
		RETURN_THROWS();
	}
	v2_client_configure(Z_V2_CLIENT_P(ZEND_THIS), Z_ARRVAL_P(config));
}
/* }}} */

/* {{{ request building */

/*
 * The official SDK converts non-UTF-8 payload strings with mb_convert_encoding($s, 'UTF-8') before encoding
 * them; from UTF-8 (PHP's default internal encoding) that replaces each maximal ill-formed subsequence
 * (Unicode 15, 3.9) with "?". This does the same without needing mbstring.
 */
static zend_string *utf8_substitute(const unsigned char *s, size_t len)
{
	smart_str out = {0};
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i], lo = 0x80, hi = 0xbf;
		size_t need, got = 1;

		if (c < 0x80) {
			smart_str_appendc(&out, (char)c);
			i++;
			continue;
		}
		need = (c >= 0xc2 && c <= 0xdf) ? 2 : (c >= 0xe0 && c <= 0xef) ? 3 : (c >= 0xf0 && c <= 0xf4) ? 4 : 0;
		if (c == 0xe0) {
			lo = 0xa0;
		} else if (c == 0xed) {
			hi = 0x9f;
		} else if (c == 0xf0) {
			lo = 0x90;
		} else if (c == 0xf4) {
			hi = 0x8f;
		}
		while (need && got < need && i + got < len && s[i + got] >= (got == 1 ? lo : 0x80) &&
		       s[i + got] <= (got == 1 ? hi : 0xbf)) {
			got++;
		}
		if (need && got == need) {
			smart_str_appendl(&out, (const char *)s + i, need);
		} else {
			smart_str_appendc(&out, '?');
		}
		i += got;
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

static void payload_fix_utf8(zval *zv)
{
	zval *item;

	if (Z_TYPE_P(zv) == IS_STRING) {
		if (amzpay_utf8_length(Z_STRVAL_P(zv), Z_STRLEN_P(zv)) == (size_t)-1) {
			zend_string *fixed = utf8_substitute((const unsigned char *)Z_STRVAL_P(zv), Z_STRLEN_P(zv));
			zval_ptr_dtor(zv);
			ZVAL_STR(zv, fixed);
		}
		return;
	}
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		return;
	}
	SEPARATE_ARRAY(zv);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(zv), item) {
		ZVAL_DEREF(item);
		payload_fix_utf8(item);
	}
	ZEND_HASH_FOREACH_END();
}

/* php_json_encode() with default flags; its error code (PHP_JSON_ERROR_NONE on success). */
static int json_encode_error(smart_str *buf, zval *value)
{
	zend_result rc = php_json_encode(buf, value, 0);
	int error = (int)JSON_G(error_code);

	return (rc == FAILURE && error == PHP_JSON_ERROR_NONE) ? PHP_JSON_ERROR_DEPTH : error;
}

/* JSON of a payload array with default flags (escaped slashes, \uXXXX), byte-identical to the SDK. */
static zend_string *payload_encode(zval *payload)
{
	smart_str buf = {0};
	zval copy;
	int error;

	error = json_encode_error(&buf, payload);
	if (error == PHP_JSON_ERROR_UTF8) {
		/* rare: convert the strings like the official SDK, then encode the converted copy */
		smart_str_free(&buf);
		ZVAL_COPY(&copy, payload);
		payload_fix_utf8(&copy);
		error = json_encode_error(&buf, &copy);
		zval_ptr_dtor(&copy);
	}
	/* php_json_encode() writes 0 for NAN/INF and only records the error: check it, never send a 0 amount */
	if (error != PHP_JSON_ERROR_NONE) {
		smart_str_free(&buf);
		zend_throw_exception_ex(php_amzpay_invalid_argument_exception_ce, 0,
		                        "The payload cannot be encoded as JSON: %s; nothing was sent",
		                        error == PHP_JSON_ERROR_INF_OR_NAN
		                            ? "it contains INF or NAN (an amount must be a finite number)"
		                            : "unsupported value or depth");
		return NULL;
	}
	smart_str_0(&buf);
	return buf.s ? buf.s : ZSTR_EMPTY_ALLOC();
}

/* The request body: a JSON-encoded array, a string as given, any other scalar as text, nothing for null. */
static zend_result payload_to_body(zval *payload, zend_string **body)
{
	*body = NULL;
	if (!payload || Z_TYPE_P(payload) == IS_NULL) {
		return SUCCESS;
	}
	if (Z_TYPE_P(payload) == IS_ARRAY) {
		*body = payload_encode(payload);
		return *body ? SUCCESS : FAILURE;
	}
	if (Z_TYPE_P(payload) == IS_OBJECT) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "The payload must be an array, a string or null, object given", 0);
		return FAILURE;
	}
	*body = zval_get_string(payload);
	return SUCCESS;
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
static zend_string *query_scalar(zval *v)
{
	if (Z_TYPE_P(v) == IS_ARRAY || Z_TYPE_P(v) == IS_OBJECT) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "Query parameters must be scalar values or lists of scalar values", 0);
		return NULL;
	}
	return zval_get_string(v);
}

static zend_result query_add_key(query_list *q, zend_string *skey, zend_ulong idx, zval *value)
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
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "Query parameter names must not contain CR, LF or NUL characters", 0);
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
			if (!(str = query_scalar(item))) {
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
	if (!(str = query_scalar(value))) {
		return FAILURE;
	}
	query_add(q, key, key_len, str);
	zend_string_release(str);
	return SUCCESS;
}

/*
 * Canonical query string (sorted, RFC 3986 values) from a PHP array. 0 when built, -1 with an exception
 * thrown, 1 when a parameter name cannot travel in a query (err says why): the call is answered like Amazon
 * answers a bad parameter, without sending it.
 */
static int build_query(HashTable *params, amzpay_buf *out, amzpay_error *err)
{
	query_list q = {0};
	zend_string *key;
	zend_ulong idx;
	zval *value;
	int rc = 0;

	amzpay_error_clear(err);
	if (!params) {
		return 0;
	}
	ZEND_HASH_FOREACH_KEY_VAL(params, idx, key, value) {
		if (query_add_key(&q, key, idx, value) == FAILURE) {
			rc = -1;
			break;
		}
	}
	ZEND_HASH_FOREACH_END();
	if (rc == 0 && q.count && amzpay_canonical_query(q.items, q.count, out, err) != 0) {
		if (err->domain == AMZPAY_ERR_MEMORY) {
			php_amzpay_throw_error(err);
			rc = -1;
		} else {
			rc = 1;
		}
	}
	query_free(&q);
	return rc;
}

/* build_query() for the signing helpers, which have no result array to answer with: a refusal throws. */
static zend_result build_query_or_throw(HashTable *params, amzpay_buf *out)
{
	amzpay_error err;
	int rc = build_query(params, out, &err);

	if (rc == 1) {
		php_amzpay_throw_error(&err);
	}
	return rc == 0 ? SUCCESS : FAILURE;
}

/* A caller's "headers must be an array" check, in the official SDK's words. */
static zend_result check_headers_arg(zval *headers)
{
	if (headers && Z_TYPE_P(headers) != IS_NULL && Z_TYPE_P(headers) != IS_ARRAY) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "headers must be a key-value array; e.g. array('x-amz-pay-authtoken' => "
		                     "'abcd1234xyzIJK')", 0);
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result check_query_arg(zval *query)
{
	if (query && Z_TYPE_P(query) != IS_NULL && Z_TYPE_P(query) != IS_ARRAY) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "queryParameters must be a key-value array; e.g. array('accountId' => "
		                     "'ABCD1234XYZIJK')", 0);
		return FAILURE;
	}
	return SUCCESS;
}

static HashTable *opt_array(zval *zv)
{
	return (zv && Z_TYPE_P(zv) == IS_ARRAY) ? Z_ARRVAL_P(zv) : NULL;
}

/*
 * A call amzpay does not send because it would not reach the intended resource (an id that leaves its path
 * segment, an unknown method...). The official SDK would send it and return Amazon's 400 answer; this is that
 * answer's shape, with request_id null because nothing reached Amazon.
 */
static void v2_refusal(zval *return_value, const char *method, const char *url, zend_string *body,
                       const char *message)
{
	zval response, headers;
	smart_str json = {0};

	array_init(&response);
	add_assoc_string(&response, "reasonCode", "InvalidParameterValue");
	add_assoc_string(&response, "message", (char *)message);
	php_json_encode(&json, &response, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE);
	smart_str_0(&json);
	zval_ptr_dtor(&response);

	array_init_size(return_value, 10);
	add_assoc_long(return_value, "status", 400);
	add_assoc_string(return_value, "method", (char *)method);
	add_assoc_null(return_value, "location");
	add_assoc_string(return_value, "url", (char *)url);
	array_init(&headers);
	add_assoc_zval(return_value, "headers", &headers);
	if (body) {
		add_assoc_str(return_value, "request", zend_string_copy(body));
	} else {
		add_assoc_null(return_value, "request");
	}
	add_assoc_str(return_value, "response", json.s ? json.s : ZSTR_EMPTY_ALLOC());
	add_assoc_null(return_value, "request_id");
	add_assoc_long(return_value, "retries", 0);
	add_assoc_long(return_value, "duration", 0);
}

/* The URL a call goes to (base URL, fragment, then "?" and the query when query parameters were given). */
static zend_string *v2_url(php_amzpay_v2_client *intern, const char *fragment, bool has_query, const char *query)
{
	return zend_strpprintf(0, "%s%s%s%s", amzpay_client_base_url(intern->core), fragment, has_query ? "?" : "",
	                       has_query ? query : "");
}

static bool has_idempotency_key(HashTable *headers)
{
	zend_string *key;
	zval *value;

	if (!headers) {
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, key, value) {
		ZVAL_DEREF(value);
		if (key && zend_string_equals_literal_ci(key, AMZPAY_HEADER_IDEMPOTENCY_KEY) && zend_is_true(value)) {
			return true;
		}
	}
	ZEND_HASH_FOREACH_END();
	return false;
}

/*
 * Every POST carries an idempotency key, so the transport may retry it safely: when the caller gave none, one
 * is generated for this call and added to its headers (`out` is then a new array; otherwise a copy of `in`).
 */
static zend_result ensure_idempotency_key(const amzpay_op *op, const char *method, zval *in, zval *out)
{
	unsigned char raw[16];
	char hex[33];

	if (in && Z_TYPE_P(in) == IS_ARRAY) {
		ZVAL_COPY(out, in);
	} else {
		ZVAL_NULL(out);
	}
	if (!amzpay_op_keyed(op, method) || has_idempotency_key(opt_array(out))) {
		return SUCCESS;
	}
	if (php_random_bytes_throw(raw, sizeof(raw)) == FAILURE) {
		return FAILURE;
	}
	for (size_t i = 0; i < sizeof(raw); i++) {
		snprintf(hex + 2 * i, 3, "%02x", raw[i]);
	}
	if (Z_TYPE_P(out) == IS_ARRAY) {
		SEPARATE_ARRAY(out);
	} else {
		array_init(out);
	}
	add_assoc_string(out, AMZPAY_HEADER_IDEMPOTENCY_KEY, hex);
	return SUCCESS;
}

/* Calls $this->name(...) (an override of a subclass); `name` is the lower-cased method name. */
static zend_result v2_call_self(zval *this_zv, const char *name, size_t len, zval *retval, uint32_t argc, zval *argv)
{
	zend_function *fn = zend_hash_str_find_ptr(&Z_OBJCE_P(this_zv)->function_table, name, len);

	ZVAL_UNDEF(retval);
	if (!fn) {
		return FAILURE;
	}
	zend_call_known_instance_method(fn, Z_OBJ_P(this_zv), retval, argc, argv);
	if (EG(exception)) {
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		return FAILURE;
	}
	return SUCCESS;
}

/* The User-Agent of an overriding constructUserAgentHeader(), handed to the core for this call. */
static zend_result v2_apply_user_agent(php_amzpay_v2_client *intern, zval *this_zv)
{
	zval ua;
	zend_string *str;
	amzpay_error err;
	int rc;

	if (!(intern->overrides & V2_OVERRIDES_USER_AGENT)) {
		return SUCCESS;
	}
	if (v2_call_self(this_zv, ZEND_STRL("constructuseragentheader"), &ua, 0, NULL) == FAILURE) {
		return FAILURE;
	}
	str = zval_try_get_string(&ua);
	zval_ptr_dtor(&ua);
	if (!str) {
		return FAILURE;
	}
	amzpay_error_clear(&err);
	rc = memchr(ZSTR_VAL(str), '\0', ZSTR_LEN(str)) ? -1 : amzpay_client_set_user_agent(intern->core, ZSTR_VAL(str), &err);
	zend_string_release(str);
	if (rc != 0) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "constructUserAgentHeader() must return a string without CR, LF or NUL", 0);
		return FAILURE;
	}
	return SUCCESS;
}

/* The lines of an overriding getPostSignedHeaders(), as a curl list the core sends on every attempt. */
static zend_result v2_overridden_signed_headers(zval *this_zv, const char *method, zend_string *url, zval *params,
                                                zend_string *body, zval *headers, struct curl_slist **lines)
{
	zval argv[5], ret, *line;
	zend_result rc = FAILURE;

	ZVAL_STRING(&argv[0], method);
	ZVAL_STR_COPY(&argv[1], url);
	if (params && Z_TYPE_P(params) == IS_ARRAY) {
		ZVAL_COPY(&argv[2], params);
	} else {
		array_init(&argv[2]);
	}
	if (body) {
		ZVAL_STR_COPY(&argv[3], body);
	} else {
		ZVAL_NULL(&argv[3]);
	}
	ZVAL_COPY(&argv[4], headers);
	if (v2_call_self(this_zv, ZEND_STRL("getpostsignedheaders"), &ret, 5, argv) == FAILURE) {
		goto out;
	}
	if (Z_TYPE(ret) != IS_ARRAY) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "getPostSignedHeaders() must return an array of \"name:value\" lines", 0);
		goto out;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(ret), line) {
		ZVAL_DEREF(line);
		if (Z_TYPE_P(line) != IS_STRING || memchr(Z_STRVAL_P(line), '\0', Z_STRLEN_P(line)) ||
		    amzpay_has_ctl(Z_STRVAL_P(line), Z_STRLEN_P(line))) {
			zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
			                     "getPostSignedHeaders() must return \"name:value\" strings without CR, LF or NUL", 0);
			goto out;
		}
		*lines = curl_slist_append(*lines, Z_STRVAL_P(line));
	}
	ZEND_HASH_FOREACH_END();
	rc = SUCCESS;
out:
	for (int i = 0; i < 5; i++) {
		zval_ptr_dtor(&argv[i]);
	}
	zval_ptr_dtor(&ret);
	return rc;
}

/* Signs, sends and fills return_value with the official result array; throws on transport failure. */
static void v2_send(php_amzpay_v2_client *intern, const amzpay_op *op, const char *method, const char *path,
                    const amzpay_buf *query,
                    bool has_query, zend_string *body, HashTable *headers_ht, const struct curl_slist *presigned,
                    zval *return_value)
{
	amzpay_header *headers = NULL;
	size_t header_count = 0;
	amzpay_call call;
	amzpay_call_result res;
	amzpay_error err;

	if (php_amzpay_headers_from_array(headers_ht, &headers, &header_count, 4) == FAILURE) {
		return;
	}
	memset(&call, 0, sizeof(call));
	call.op = op;
	call.method = method;
	call.path = path;
	call.query = amzpay_buf_cstr(query);
	call.bare_query = has_query;
	call.body = body ? ZSTR_VAL(body) : NULL;
	call.body_len = body ? ZSTR_LEN(body) : 0;
	call.headers = headers;
	call.header_count = header_count;
	call.presigned = presigned;

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

static bool method_known(zend_string *method)
{
	static const char *const methods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};

	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
		if (zend_string_equals_cstr(method, methods[i], strlen(methods[i]))) {
			return true;
		}
	}
	return false;
}

/* A fragment that stays a relative API path: no "..", query, fragment, whitespace or control characters. */
static bool fragment_safe(zend_string *fragment)
{
	const char *f = ZSTR_VAL(fragment);

	for (size_t i = 0; i < ZSTR_LEN(fragment); i++) {
		if ((unsigned char)f[i] <= 0x20 || f[i] == 0x7f) {
			return false;
		}
	}
	return !strstr(f, "..") && !strpbrk(f, "?#") && f[0] != '/';
}

/*
 * The official apiCall(): encodes the payload, builds the URL, takes the signed headers (from an overriding
 * getPostSignedHeaders() if there is one) and sends. `query` NULL means no query parameters were given.
 */
static void v2_api_call(php_amzpay_v2_client *intern, zval *this_zv, const amzpay_op *op, zend_string *method,
                        zend_string *fragment,
                        zval *payload, zval *headers_in, zval *query_zv, zval *return_value)
{
	amzpay_buf query = AMZPAY_BUF_INIT;
	zend_string *body = NULL, *url = NULL;
	zval headers;
	struct curl_slist *presigned = NULL;
	bool has_query = query_zv && Z_TYPE_P(query_zv) != IS_NULL;
	amzpay_error err;
	int qrc;

	ZVAL_NULL(&headers);
	if (check_headers_arg(headers_in) == FAILURE || check_query_arg(query_zv) == FAILURE ||
	    payload_to_body(payload, &body) == FAILURE) {
		goto out;
	}
	qrc = build_query(opt_array(query_zv), &query, &err);
	if (qrc < 0) {
		goto out;
	}
	url = v2_url(intern, ZSTR_VAL(fragment), has_query, amzpay_buf_cstr(&query));
	if (qrc > 0) {
		v2_refusal(return_value, ZSTR_VAL(method), ZSTR_VAL(url), body, err.message);
		goto out;
	}
	if (!method_known(method)) {
		v2_refusal(return_value, ZSTR_VAL(method), ZSTR_VAL(url), body,
		           "The HTTP method must be one of GET, POST, PUT, PATCH or DELETE (upper case)");
		goto out;
	}
	if (!fragment_safe(fragment)) {
		v2_refusal(return_value, ZSTR_VAL(method), ZSTR_VAL(url), body,
		           "The URL fragment must be a relative API path such as \"v2/charges\" (no \"..\", query, "
		           "whitespace or control characters)");
		goto out;
	}
	if (ensure_idempotency_key(op, ZSTR_VAL(method), headers_in, &headers) == FAILURE) {
		goto out;
	}
	if (intern->overrides & V2_OVERRIDES_SIGNED_HEADERS) {
		if (v2_overridden_signed_headers(this_zv, ZSTR_VAL(method), url, query_zv, body, &headers, &presigned) ==
		    FAILURE) {
			goto out;
		}
	} else if (v2_apply_user_agent(intern, this_zv) == FAILURE) {
		goto out;
	}
	v2_send(intern, op, ZSTR_VAL(method), ZSTR_VAL(fragment), &query, has_query, body, opt_array(&headers), presigned,
	        return_value);
out:
	curl_slist_free_all(presigned);
	zval_ptr_dtor(&headers);
	if (url) {
		zend_string_release(url);
	}
	if (body) {
		zend_string_release(body);
	}
	amzpay_buf_free(&query);
}

/* {{{ shippingAddressList: the official SDK decodes each item (a JSON string) and re-encodes the response */
static void v2_shipping_address_list(zval *result)
{
	zval *response, decoded, *list, *item, fixed;
	smart_str json = {0};

	if (Z_TYPE_P(result) != IS_ARRAY ||
	    !(response = zend_hash_str_find_deref(Z_ARRVAL_P(result), ZEND_STRL("response"))) ||
	    Z_TYPE_P(response) != IS_STRING) {
		return;
	}
	if (php_json_decode_ex(&decoded, Z_STRVAL_P(response), Z_STRLEN_P(response), PHP_JSON_OBJECT_AS_ARRAY,
	                       PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
		return;
	}
	if (Z_TYPE(decoded) != IS_ARRAY || !(list = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("shippingAddressList"))) ||
	    Z_TYPE_P(list) != IS_ARRAY) {
		zval_ptr_dtor(&decoded);
		return;
	}
	array_init_size(&fixed, zend_hash_num_elements(Z_ARRVAL_P(list)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), item) {
		zval one;
		zend_string *text = Z_TYPE_P(item) == IS_ARRAY ? NULL : zval_get_string(item);
		if (!text || php_json_decode_ex(&one, ZSTR_VAL(text), ZSTR_LEN(text), PHP_JSON_OBJECT_AS_ARRAY,
		                                PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
			ZVAL_NULL(&one);
		}
		if (text) {
			zend_string_release(text);
		}
		add_next_index_zval(&fixed, &one);
	}
	ZEND_HASH_FOREACH_END();
	zend_hash_str_update(Z_ARRVAL(decoded), ZEND_STRL("shippingAddressList"), &fixed);
	if (php_json_encode(&json, &decoded, PHP_JSON_UNESCAPED_UNICODE) == SUCCESS && json.s) {
		zval encoded;
		smart_str_0(&json);
		ZVAL_STR(&encoded, json.s);
		SEPARATE_ARRAY(result); /* an overriding apiCall() may return an array it still holds */
		zend_hash_str_update(Z_ARRVAL_P(result), ZEND_STRL("response"), &encoded);
	} else {
		smart_str_free(&json);
	}
	zval_ptr_dtor(&decoded);
}
/* }}} */

/* The ops whose answer carries a shippingAddressList the official SDK post-processes. */
static bool op_has_shipping_list(amzpay_op_id id)
{
	return id == AMZPAY_OP_GET_CHECKOUT_SESSION || id == AMZPAY_OP_UPDATE_CHECKOUT_SESSION ||
	       id == AMZPAY_OP_COMPLETE_CHECKOUT_SESSION;
}

/* Positions of an op's arguments by the shape of its row; -1 when the shape has none. */
typedef struct {
	int ids[2], payload, headers, query;
} op_layout;

static op_layout op_layout_of(amzpay_args_shape shape)
{
	switch (shape) {
		case AMZPAY_ARGS_PAYLOAD:
			return (op_layout){{-1, -1}, 0, 1, -1};
		case AMZPAY_ARGS_ID:
			return (op_layout){{0, -1}, -1, 1, -1};
		case AMZPAY_ARGS_ID_PAYLOAD:
			return (op_layout){{0, -1}, 1, 2, -1};
		case AMZPAY_ARGS_ID_ID_PAYLOAD:
			return (op_layout){{0, 1}, 2, 3, -1};
		case AMZPAY_ARGS_QUERY:
		case AMZPAY_ARGS_REPORT_TYPES:
			return (op_layout){{-1, -1}, -1, 1, 0};
		case AMZPAY_ARGS_AUTHORIZATION_TOKEN:
		default:
			return (op_layout){{0, -1}, -1, 2, 1};
	}
}

/* The ids as strings, converted once like PHP's "." would (an array warns and becomes "Array"). */
static zend_result op_ids(zval *args, uint32_t argc, op_layout *l, zend_string *ids[2])
{
	for (int i = 0; i < 2; i++) {
		ids[i] = NULL;
		if (l->ids[i] < 0) {
			continue;
		}
		ids[i] = (uint32_t)l->ids[i] < argc ? zval_try_get_string(&args[l->ids[i]]) : ZSTR_EMPTY_ALLOC();
		if (!ids[i]) {
			return FAILURE;
		}
	}
	return SUCCESS;
}

/* The official fragment: the path template with the ids as given. */
static zend_string *op_fragment(const amzpay_op *op, zend_string *ids[2])
{
	smart_str out = {0};
	const char *p = op->path;

	while (*p) {
		const char *brace = strchr(p, '{');

		if (!brace) {
			smart_str_appends(&out, p);
			break;
		}
		smart_str_appendl(&out, p, (size_t)(brace - p));
		if (ids[brace[1] - '0']) {
			smart_str_append(&out, ids[brace[1] - '0']);
		}
		p = brace + 3;
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* The query parameters an op builds itself (reportTypes, merchantId); `out` stays undef for the others. */
static void op_query_params(const amzpay_op *op, zval *args, uint32_t argc, op_layout *l, zval *out)
{
	zval *arg = (l->query >= 0 && (uint32_t)l->query < argc) ? &args[l->query] : NULL;

	ZVAL_UNDEF(out);
	if (op->shape == AMZPAY_ARGS_QUERY) {
		if (arg) {
			ZVAL_COPY(out, arg);
		}
		return;
	}
	if (op->shape != AMZPAY_ARGS_REPORT_TYPES && op->shape != AMZPAY_ARGS_AUTHORIZATION_TOKEN) {
		return;
	}
	array_init(out);
	if (arg) {
		Z_TRY_ADDREF_P(arg);
		add_assoc_zval(out, op->shape == AMZPAY_ARGS_REPORT_TYPES ? "reportTypes" : "merchantId", arg);
	} else {
		add_assoc_null(out, "reportTypes");
	}
}

/* Ids are checked here (the core's path-segment rules); a bad one is answered with the 400 shape. */
static bool op_ids_refused(php_amzpay_v2_client *intern, const amzpay_op *op, zend_string *ids[2],
                           zend_string *fragment, zval *return_value)
{
	amzpay_buf path = AMZPAY_BUF_INIT;
	const char *cids[2];
	size_t lens[2];
	amzpay_error err;
	bool refused = false;

	for (int i = 0; i < 2; i++) {
		cids[i] = ids[i] ? ZSTR_VAL(ids[i]) : NULL;
		lens[i] = ids[i] ? ZSTR_LEN(ids[i]) : 0;
	}
	amzpay_error_clear(&err);
	if (amzpay_op_path(op, cids, lens, &path, &err) != 0) {
		zend_string *url = v2_url(intern, ZSTR_VAL(fragment), false, NULL);
		v2_refusal(return_value, op->method, ZSTR_VAL(url), NULL, err.message);
		zend_string_release(url);
		refused = true;
	}
	amzpay_buf_free(&path);
	return refused;
}

static void v2_dispatch(INTERNAL_FUNCTION_PARAMETERS, amzpay_op_id id)
{
	const amzpay_op *op = amzpay_op_get(id);
	php_amzpay_v2_client *intern;
	zval *args = NULL, query, *payload, *headers;
	uint32_t argc = 0;
	op_layout l = op_layout_of(op->shape);
	zend_string *fragment, *method, *ids[2] = {NULL, NULL};

	ZEND_PARSE_PARAMETERS_START(EX(func)->common.required_num_args, -1)
		Z_PARAM_VARIADIC('*', args, argc)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (op_ids(args, argc, &l, ids) == FAILURE) {
		goto free_ids;
	}
	fragment = op_fragment(op, ids);
	payload = (l.payload >= 0 && (uint32_t)l.payload < argc) ? &args[l.payload] : NULL;
	headers = (uint32_t)l.headers < argc ? &args[l.headers] : NULL;
	op_query_params(op, args, argc, &l, &query);
	method = zend_string_init(op->method, strlen(op->method), 0);

	if (op_ids_refused(intern, op, ids, fragment, return_value)) {
		/* also before an overriding apiCall(): an id that leaves its path segment is never sent */
	} else if (intern->overrides & V2_OVERRIDES_API_CALL) {
		/* the official convenience methods call $this->apiCall(): an override sees exactly these arguments */
		zval argv[5], ret;
		uint32_t n = Z_TYPE(query) == IS_UNDEF ? 4 : 5;
		ZVAL_STR_COPY(&argv[0], method);
		ZVAL_STR_COPY(&argv[1], fragment);
		ZVAL_COPY(&argv[2], payload ? payload : &EG(uninitialized_zval));
		ZVAL_COPY(&argv[3], headers ? headers : &EG(uninitialized_zval));
		ZVAL_COPY(&argv[4], &query);
		if (v2_call_self(ZEND_THIS, ZEND_STRL("apicall"), &ret, n, argv) == SUCCESS) {
			ZVAL_COPY_VALUE(return_value, &ret);
		}
		for (uint32_t i = 0; i < 5; i++) {
			zval_ptr_dtor(&argv[i]);
		}
	} else {
		v2_api_call(intern, ZEND_THIS, op, method, fragment, payload, headers, Z_TYPE(query) == IS_UNDEF ? NULL : &query,
		            return_value);
	}
	if (op_has_shipping_list(id) && !EG(exception)) {
		v2_shipping_address_list(return_value);
	}
	zval_ptr_dtor(&query);
	zend_string_release(method);
	zend_string_release(fragment);
free_ids:
	for (int i = 0; i < 2; i++) {
		if (ids[i]) {
			zend_string_release(ids[i]);
		}
	}
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

/* {{{ proto array Amazon\Pay\API\Client::apiCall($method, $urlFragment, $payload, $headers = null, $queryParams = null) */
PHP_METHOD(Amazon_Pay_API_Client, apiCall)
{
	zval *method_zv, *fragment_zv, *payload, *headers = NULL, *params = NULL;
	zend_string *method, *fragment;
	php_amzpay_v2_client *intern;

	ZEND_PARSE_PARAMETERS_START(3, -1)
		Z_PARAM_ZVAL(method_zv)
		Z_PARAM_ZVAL(fragment_zv)
		Z_PARAM_ZVAL(payload)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(headers)
		Z_PARAM_ZVAL(params)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (!(method = zval_try_get_string(method_zv))) {
		RETURN_THROWS();
	}
	if (!(fragment = zval_try_get_string(fragment_zv))) {
		zend_string_release(method);
		RETURN_THROWS();
	}
	v2_api_call(intern, ZEND_THIS, NULL, method, fragment, payload, headers, params, return_value);
	zend_string_release(method);
	zend_string_release(fragment);
}
/* }}} */

/* {{{ canonical headers, the official way */
static int compare_keys(Bucket *a, Bucket *b)
{
	return zend_binary_strcmp(ZSTR_VAL(a->key), ZSTR_LEN(a->key), ZSTR_VAL(b->key), ZSTR_LEN(b->key));
}

/*
 * The official SDK's canonical headers: names lower-cased (a later spelling wins), null and "" values dropped,
 * sorted; `block` gets "name:value\n" per scalar value ("\n" when there is none) and `names`, when given, every
 * remaining name joined with ";", array values included (the SDK lists those without a line).
 */
static zend_result canonical_headers(HashTable *headers, smart_str *block, smart_str *names, bool *unsafe)
{
	HashTable *lc = zend_new_array(zend_hash_num_elements(headers));
	zend_string *key;
	zval *value, str;

	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, key, value) {
		ZVAL_DEREF(value);
		if (key && Z_TYPE_P(value) != IS_NULL && !(Z_TYPE_P(value) == IS_STRING && Z_STRLEN_P(value) == 0)) {
			zend_string *lkey = zend_string_tolower(key), *text = NULL;
			if (Z_TYPE_P(value) != IS_ARRAY && !(text = zval_try_get_string(value))) {
				zend_string_release(lkey);
				zend_array_destroy(lc);
				return FAILURE;
			}
			*unsafe = *unsafe || amzpay_has_ctl(ZSTR_VAL(key), ZSTR_LEN(key)) ||
			          (text && amzpay_has_ctl(ZSTR_VAL(text), ZSTR_LEN(text)));
			if (text) {
				ZVAL_STR(&str, text);
			} else {
				ZVAL_NULL(&str);
			}
			zend_hash_update(lc, lkey, &str);
			zend_string_release(lkey);
		}
	}
	ZEND_HASH_FOREACH_END();
	zend_hash_sort(lc, compare_keys, 0);
	ZEND_HASH_FOREACH_STR_KEY_VAL(lc, key, value) {
		if (names) {
			if (names->s) {
				smart_str_appendc(names, ';');
			}
			smart_str_append(names, key);
		}
		if (Z_TYPE_P(value) == IS_STRING) {
			smart_str_append(block, key);
			smart_str_appendc(block, ':');
			smart_str_append(block, Z_STR_P(value));
			smart_str_appendc(block, '\n');
		}
	}
	ZEND_HASH_FOREACH_END();
	zend_array_destroy(lc);
	if (!block->s) {
		smart_str_appendc(block, '\n');
	}
	smart_str_0(block);
	if (names) {
		smart_str_0(names);
	}
	return SUCCESS;
}

static bool has_array_value(HashTable *headers)
{
	zval *value;

	ZEND_HASH_FOREACH_VAL(headers, value) {
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) == IS_ARRAY) {
			return true;
		}
	}
	ZEND_HASH_FOREACH_END();
	return false;
}

/*
 * createSignature() over headers with an array value, which the core's header signer has no form for: the
 * official canonical request is built here and signed through the button signer, whose stripcslashes() is
 * undone by doubling every backslash, so the string to sign is exactly ALG "\n" hex(sha256(canonical)).
 */
static void sign_canonical_request(php_amzpay_v2_client *intern, const char *method, const char *path,
                                   const char *query, HashTable *presigned, const char *timestamp,
                                   const char *host, zend_string *body, zval *return_value)
{
	smart_str block = {0}, names = {0}, canonical = {0}, escaped = {0};
	char hex[65];
	amzpay_buf out = AMZPAY_BUF_INIT;
	amzpay_error err;
	HashTable *all = zend_array_dup(presigned);
	bool unsafe = false;
	zval zv;

	ZVAL_STRING(&zv, timestamp);
	zend_hash_str_update(all, ZEND_STRL("X-Amz-Pay-Date"), &zv);
	ZVAL_STRING(&zv, host);
	zend_hash_str_update(all, ZEND_STRL("X-Amz-Pay-Host"), &zv);
	if (canonical_headers(all, &block, &names, &unsafe) == FAILURE) {
		goto out;
	}
	if (amzpay_sha256_hex(body ? ZSTR_VAL(body) : "", body ? ZSTR_LEN(body) : 0, hex) != 0) {
		zend_throw_exception(php_amzpay_signature_exception_ce, "SHA-256 of the payload failed", 0);
		goto out;
	}
	smart_str_append_printf(&canonical, "%s\n%s\n%s\n%s\n%s\n%s", method, path, query, ZSTR_VAL(block.s),
	                        names.s ? ZSTR_VAL(names.s) : "", hex);
	smart_str_0(&canonical);
	/* every line of the canonical request is one field: a CR, LF or NUL inside one would forge another */
	if (unsafe || amzpay_has_ctl(method, strlen(method)) || amzpay_has_ctl(path, strlen(path)) ||
	    amzpay_has_ctl(timestamp, strlen(timestamp)) || amzpay_has_ctl(host, strlen(host))) {
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce,
		                     "The request to sign must not contain CR, LF or NUL characters", 0);
		goto out;
	}
	for (size_t i = 0; i < ZSTR_LEN(canonical.s); i++) {
		if (ZSTR_VAL(canonical.s)[i] == '\\') {
			smart_str_appendc(&escaped, '\\');
		}
		smart_str_appendc(&escaped, ZSTR_VAL(canonical.s)[i]);
	}
	smart_str_0(&escaped);
	amzpay_error_clear(&err);
	if (amzpay_sign_button(amzpay_client_key(intern->core), amzpay_client_alg(intern->core), ZSTR_VAL(escaped.s),
	                       ZSTR_LEN(escaped.s), &out, &err) != 0) {
		php_amzpay_throw_error(&err);
	} else {
		RETVAL_STRINGL(out.data, out.len);
	}
out:
	amzpay_buf_free(&out);
	smart_str_free(&block);
	smart_str_free(&names);
	smart_str_free(&canonical);
	smart_str_free(&escaped);
	zend_array_destroy(all);
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

/* Host and canonical URI of a request URI as the official SDK reads them with parse_url(): "/" when absent. */
static void uri_parts(zend_string *uri, smart_str *host, smart_str *path)
{
	php_url *url = ZSTR_LEN(uri) ? php_url_parse_ex(ZSTR_VAL(uri), ZSTR_LEN(uri)) : NULL;

	if (url && url->host && ZSTR_LEN(url->host)) {
		smart_str_append(host, url->host);
	} else {
		smart_str_appendc(host, '/');
	}
	if (url && url->path && ZSTR_LEN(url->path)) {
		smart_str_append(path, url->path);
	} else {
		smart_str_appendc(path, '/');
	}
	smart_str_0(host);
	smart_str_0(path);
	if (url) {
		php_url_free(url);
	}
}

static zend_result string_arg(zval *zv, zend_string **out)
{
	*out = zval_try_get_string(zv);
	if (!*out) {
		return FAILURE;
	}
	if (memchr(ZSTR_VAL(*out), '\0', ZSTR_LEN(*out))) {
		zend_string_release(*out);
		*out = NULL;
		zend_throw_exception(php_amzpay_invalid_argument_exception_ce, "Arguments must not contain NUL bytes", 0);
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result params_arg(zval *zv, HashTable **out)
{
	*out = NULL;
	if (!zv || Z_TYPE_P(zv) == IS_NULL) {
		return SUCCESS;
	}
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		zend_throw_exception_ex(php_amzpay_invalid_argument_exception_ce, 0,
		                        "The request parameters must be an array, %s given", zend_zval_type_name(zv));
		return FAILURE;
	}
	*out = Z_ARRVAL_P(zv);
	return SUCCESS;
}

/* {{{ proto array Amazon\Pay\API\Client::getPostSignedHeaders($http_request_method, $request_uri,
       $request_parameters, $request_payload, $other_presigned_headers = null) */
PHP_METHOD(Amazon_Pay_API_Client, getPostSignedHeaders)
{
	zval *method_zv, *uri_zv, *params_zv, *payload, *other = NULL;
	zend_string *method = NULL, *uri = NULL, *body = NULL, *idem;
	HashTable *params;
	php_amzpay_v2_client *intern;
	amzpay_buf query = AMZPAY_BUF_INIT;
	smart_str host = {0}, path = {0};
	struct curl_slist *lines = NULL;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(4, -1)
		Z_PARAM_ZVAL(method_zv)
		Z_PARAM_ZVAL(uri_zv)
		Z_PARAM_ZVAL(params_zv)
		Z_PARAM_ZVAL(payload)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(other)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (string_arg(method_zv, &method) == FAILURE || string_arg(uri_zv, &uri) == FAILURE ||
	    params_arg(params_zv, &params) == FAILURE || check_headers_arg(other) == FAILURE ||
	    build_query_or_throw(params, &query) == FAILURE ||
	    payload_to_body(payload, &body) == FAILURE || v2_apply_user_agent(intern, ZEND_THIS) == FAILURE) {
		goto out;
	}
	uri_parts(uri, &host, &path);
	idem = find_idempotency_key(opt_array(other));
	amzpay_error_clear(&err);
	if (amzpay_client_signed_headers_for(intern->core, ZSTR_VAL(method), ZSTR_VAL(host.s), ZSTR_VAL(path.s),
	                                     amzpay_buf_cstr(&query), body ? ZSTR_VAL(body) : NULL,
	                                     body ? ZSTR_LEN(body) : 0, idem ? ZSTR_VAL(idem) : NULL, time(NULL), &lines,
	                                     &err) != 0) {
		php_amzpay_throw_error(&err);
		goto out;
	}
	array_init(return_value);
	for (struct curl_slist *l = lines; l; l = l->next) {
		add_next_index_string(return_value, l->data);
	}
	curl_slist_free_all(lines);
out:
	smart_str_free(&host);
	smart_str_free(&path);
	if (method) {
		zend_string_release(method);
	}
	if (uri) {
		zend_string_release(uri);
	}
	if (body) {
		zend_string_release(body);
	}
	amzpay_buf_free(&query);
}
/* }}} */

/* The caller's pre-signed headers as core pairs: scalar values as PHP prints them; arrays are left out. */
static amzpay_kv *presigned_pairs(HashTable *presigned, size_t *count, zend_string ***owned, size_t *owned_count)
{
	amzpay_kv *headers = ecalloc(zend_hash_num_elements(presigned) + 2, sizeof(*headers));
	zend_string *key;
	zval *value;

	*count = 0;
	*owned = ecalloc(zend_hash_num_elements(presigned) + 1, sizeof(**owned));
	*owned_count = 0;
	ZEND_HASH_FOREACH_STR_KEY_VAL(presigned, key, value) {
		zend_string *str;
		ZVAL_DEREF(value);
		if (!key || Z_TYPE_P(value) == IS_NULL || Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_OBJECT) {
			continue;
		}
		str = zval_get_string(value);
		(*owned)[(*owned_count)++] = str;
		headers[*count].key = ZSTR_VAL(key);
		headers[*count].key_len = ZSTR_LEN(key);
		headers[*count].value = ZSTR_VAL(str);
		headers[*count].value_len = ZSTR_LEN(str);
		(*count)++;
	}
	ZEND_HASH_FOREACH_END();
	return headers;
}

/* {{{ proto string Amazon\Pay\API\Client::createSignature($http_request_method, $request_uri, $request_parameters,
       $pre_signed_headers, $request_payload, $timeStamp) */
PHP_METHOD(Amazon_Pay_API_Client, createSignature)
{
	zval *method_zv, *uri_zv, *params_zv, *presigned_zv, *payload, *timestamp_zv;
	zend_string *method = NULL, *uri = NULL, *timestamp = NULL, *body = NULL, **owned = NULL;
	HashTable *params;
	php_amzpay_v2_client *intern;
	amzpay_buf query = AMZPAY_BUF_INIT;
	smart_str host = {0}, path = {0};
	amzpay_kv *headers = NULL;
	size_t count = 0, owned_count = 0;
	amzpay_signature sig;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(6, -1)
		Z_PARAM_ZVAL(method_zv)
		Z_PARAM_ZVAL(uri_zv)
		Z_PARAM_ZVAL(params_zv)
		Z_PARAM_ZVAL(presigned_zv)
		Z_PARAM_ZVAL(payload)
		Z_PARAM_ZVAL(timestamp_zv)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	amzpay_signature_init(&sig);
	amzpay_error_clear(&err);
	if (string_arg(method_zv, &method) == FAILURE || string_arg(uri_zv, &uri) == FAILURE ||
	    string_arg(timestamp_zv, &timestamp) == FAILURE || params_arg(params_zv, &params) == FAILURE ||
	    build_query_or_throw(params, &query) == FAILURE || payload_to_body(payload, &body) == FAILURE) {
		goto out;
	}
	if (Z_TYPE_P(presigned_zv) != IS_ARRAY) {
		zend_throw_exception_ex(php_amzpay_invalid_argument_exception_ce, 0,
		                        "The pre-signed headers must be an array, %s given", zend_zval_type_name(presigned_zv));
		goto out;
	}
	uri_parts(uri, &host, &path);
	if (has_array_value(Z_ARRVAL_P(presigned_zv))) {
		sign_canonical_request(intern, ZSTR_VAL(method), ZSTR_VAL(path.s), amzpay_buf_cstr(&query),
		                       Z_ARRVAL_P(presigned_zv), ZSTR_VAL(timestamp), ZSTR_VAL(host.s), body, return_value);
		goto out;
	}
	/* The caller's pre-signed headers, then x-amz-pay-date and x-amz-pay-host, as the official SDK adds them. */
	headers = presigned_pairs(Z_ARRVAL_P(presigned_zv), &count, &owned, &owned_count);
	headers[count++] = (amzpay_kv){"x-amz-pay-date", sizeof("x-amz-pay-date") - 1, ZSTR_VAL(timestamp),
	                               ZSTR_LEN(timestamp)};
	headers[count++] = (amzpay_kv){"x-amz-pay-host", sizeof("x-amz-pay-host") - 1, ZSTR_VAL(host.s),
	                               ZSTR_LEN(host.s)};
	if (amzpay_sign_headers(amzpay_client_key(intern->core), amzpay_client_alg(intern->core), ZSTR_VAL(method),
	                        ZSTR_VAL(path.s), amzpay_buf_cstr(&query), headers, count, body ? ZSTR_VAL(body) : NULL,
	                        body ? ZSTR_LEN(body) : 0, &sig, &err) != 0) {
		php_amzpay_throw_error(&err);
		goto out;
	}
	RETVAL_STRINGL(sig.signature.data, sig.signature.len);
out:
	for (size_t i = 0; i < owned_count; i++) {
		zend_string_release(owned[i]);
	}
	if (owned) {
		efree(owned);
	}
	if (headers) {
		efree(headers);
	}
	smart_str_free(&host);
	smart_str_free(&path);
	if (method) {
		zend_string_release(method);
	}
	if (uri) {
		zend_string_release(uri);
	}
	if (timestamp) {
		zend_string_release(timestamp);
	}
	if (body) {
		zend_string_release(body);
	}
	amzpay_signature_free(&sig);
	amzpay_buf_free(&query);
}
/* }}} */

/* {{{ proto string Amazon\Pay\API\Client::generateButtonSignature($payload) */
PHP_METHOD(Amazon_Pay_API_Client, generateButtonSignature)
{
	zval *payload;
	zend_string *text;
	php_amzpay_v2_client *intern;
	amzpay_buf out = AMZPAY_BUF_INIT;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(payload)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (payload_to_body(payload, &text) == FAILURE) {
		RETURN_THROWS();
	}
	amzpay_error_clear(&err);
	if (amzpay_sign_button(amzpay_client_key(intern->core), amzpay_client_alg(intern->core), text ? ZSTR_VAL(text) : "",
	                       text ? ZSTR_LEN(text) : 0, &out, &err) != 0) {
		php_amzpay_throw_error(&err);
	} else {
		RETVAL_STRINGL(out.data, out.len);
	}
	if (text) {
		zend_string_release(text);
	}
	amzpay_buf_free(&out);
}
/* }}} */

/* {{{ proto bool Amazon\Pay\API\Client::testPrivateKeyIntegrity() */
PHP_METHOD(Amazon_Pay_API_Client, testPrivateKeyIntegrity)
{
	php_amzpay_v2_client *intern;
	amzpay_buf out = AMZPAY_BUF_INIT;
	amzpay_error err;

	V2_PARSE_NO_PARAMETERS();
	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	amzpay_error_clear(&err);
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

/* {{{ proto string Amazon\Pay\API\Client::getHeaderString($headers) */
PHP_METHOD(Amazon_Pay_API_Client, getHeaderString)
{
	zval *headers_zv;
	smart_str out = {0};
	bool unsafe = false; /* a block for display only: nothing is signed or sent */

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(headers_zv)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE_P(headers_zv) != IS_ARRAY) {
		zend_throw_exception_ex(php_amzpay_invalid_argument_exception_ce, 0, "The headers must be an array, %s given",
		                        zend_zval_type_name(headers_zv));
		RETURN_THROWS();
	}
	if (canonical_headers(Z_ARRVAL_P(headers_zv), &out, NULL, &unsafe) == FAILURE) {
		smart_str_free(&out);
		RETURN_THROWS();
	}
	RETURN_STR(out.s);
}
/* }}} */

/* {{{ proto string Amazon\Pay\API\Client::getPhpUname($mode) */
PHP_METHOD(Amazon_Pay_API_Client, getPhpUname)
{
	zval *mode;
	zend_string *m;
	const char *disabled;
	bool off = false;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(mode)
	ZEND_PARSE_PARAMETERS_END();

	/* the official rule: php_uname is "disabled" when it is one of the comma-separated disable_functions */
	disabled = INI_STR("disable_functions");
	if (disabled && *disabled) {
		const char *p = disabled, *end = p + strlen(disabled);
		while (p <= end && !off) {
			const char *comma = memchr(p, ',', (size_t)(end - p));
			size_t len = (size_t)((comma ? comma : end) - p);
			off = len == sizeof("php_uname") - 1 && memcmp(p, "php_uname", len) == 0;
			p += len + 1;
		}
	}
	if (off) {
		RETURN_STRING("(disabled)");
	}
	if (!(m = zval_try_get_string(mode))) {
		RETURN_THROWS();
	}
	RETVAL_STR(php_get_uname(ZSTR_LEN(m) ? ZSTR_VAL(m)[0] : 'a'));
	zend_string_release(m);
}
/* }}} */

/* {{{ proto string Amazon\Pay\API\Client::constructUserAgentHeader()
   amzpay's own User-Agent ("amzpay/<version> (PHP/...; <os>/<machine>/<release>)"). */
PHP_METHOD(Amazon_Pay_API_Client, constructUserAgentHeader)
{
	php_amzpay_v2_client *intern;

	V2_PARSE_NO_PARAMETERS();
	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_STRING(amzpay_client_user_agent(intern->core));
}
/* }}} */

/* {{{ proto void Amazon\Pay\API\Client::setSandbox($value) */
PHP_METHOD(Amazon_Pay_API_Client, setSandbox)
{
	zval *value, stored;
	php_amzpay_v2_client *intern;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(1, -1)
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

/* {{{ proto mixed Amazon\Pay\API\Client::__get($name)
   The configured value under the lower-cased name (config keys themselves are matched exactly). */
PHP_METHOD(Amazon_Pay_API_Client, __get)
{
	zval *name_zv, *value;
	zend_string *name, *lname;
	php_amzpay_v2_client *intern;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(name_zv)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = v2_client_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (!(name = zval_try_get_string(name_zv))) {
		RETURN_THROWS();
	}
	lname = zend_string_tolower(name);
	value = zend_hash_find(intern->config, lname);
	zend_string_release(lname);
	if (!value) {
		zend_throw_exception_ex(zend_ce_exception, 1,
		                        "Key %s is either not a part of the configuration array config or the %s does not match "
		                        "the key name in the config array",
		                        ZSTR_VAL(name), ZSTR_VAL(name));
		zend_string_release(name);
		RETURN_THROWS();
	}
	zend_string_release(name);
	RETURN_COPY_DEREF(value);
}
/* }}} */

/* {{{ proto array Amazon\Pay\API\Client::__debugInfo()
   What var_dump()/print_r() show: the configuration with the key, passphrase and proxy password masked. */
PHP_METHOD(Amazon_Pay_API_Client, __debugInfo)
{
	php_amzpay_v2_client *intern = Z_V2_CLIENT_P(ZEND_THIS);
	zval config;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	if (!intern->core) {
		return;
	}
	ZVAL_ARR(&config, php_amzpay_config_masked(intern->config, "proxy"));
	add_assoc_zval(return_value, "config", &config);
	add_assoc_string(return_value, "base_url", (char *)amzpay_client_base_url(intern->core));
	add_assoc_string(return_value, "algorithm", (char *)amzpay_alg_name(amzpay_client_alg(intern->core)));
}
/* }}} */

void php_amzpay_v2_client_init(void)
{
	php_amzpay_v2_client_interface_init();
	php_amzpay_v2_reporting_client_interface_init();
	php_amzpay_v2_merchant_onboarding_client_interface_init();
	php_amzpay_v2_account_management_client_interface_init();
	php_amzpay_v2_dispute_client_interface_init();
	php_amzpay_v2_client_ce = register_class_Amazon_Pay_API_Client(
		php_amzpay_v2_client_interface_ce, php_amzpay_v2_reporting_client_interface_ce,
		php_amzpay_v2_merchant_onboarding_client_interface_ce, php_amzpay_v2_account_management_client_interface_ce,
		php_amzpay_v2_dispute_client_interface_ce);
	php_amzpay_v2_client_ce->create_object = v2_client_create;

	memcpy(&php_amzpay_v2_client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_amzpay_v2_client_handlers.offset = XtOffsetOf(php_amzpay_v2_client, std);
	php_amzpay_v2_client_handlers.free_obj = v2_client_free;
	php_amzpay_v2_client_handlers.clone_obj = v2_client_clone;
	php_amzpay_v2_client_handlers.compare = zend_objects_not_comparable;

	php_amzpay_v2_http_curl_init();
	php_amzpay_v2_dispute_filing_reason_init();
	php_amzpay_v2_dispute_reason_code_init();
	php_amzpay_v2_dispute_resolution_init();
	php_amzpay_v2_dispute_state_init();
	php_amzpay_v2_evidence_type_init();
}
