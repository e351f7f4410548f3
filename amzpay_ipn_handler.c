/*
 * amzpay glue: \AmazonPay\IpnHandler, the legacy SDK's IPN handler.
 *
 * The constructor does everything, as in the legacy SDK: config keys,
 * header, JSON, mandatory fields, certificate URL, certificate chain and
 * subject, signature (src/ipn.h). A failure throws with the legacy message;
 * the checks the legacy SDK lacked throw with a clear one. No constructor
 * key turns a check off; only the PHP_INI_SYSTEM setting amzpay.ipn_test_ca
 * adds a test CA (and loopback certificate hosts) for test suites.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_string.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"


#include "amzpay_common.h"
#include "amzpay_private.h"
#include "src/buf.h"
#include "src/ipn.h"
#include "src/xml.h"

#include "stubs/ipn_handler_arginfo.h"

static zend_class_entry *php_amzpay_ipn_handler_ce;
static zend_class_entry *php_amzpay_ipn_handler_interface_ce;
static zend_object_handlers php_amzpay_ipn_handler_handlers;

typedef struct {
	amzpay_ipn ipn;
	zval config; /* the legacy ipnConfig array: cabundle_file, proxy_* */
	zval client; /* optional AmazonPay\Client for v2 notifications, or UNDEF */
	zval logger; /* optional PSR-3 logger, or UNDEF */
	zval legacy; /* cached toArray() tree as JSON text (string), or UNDEF */
	bool verified;
	bool duplicate;
	zend_object std;
} php_amzpay_ipn_handler;

static inline php_amzpay_ipn_handler *ipn_from_obj(zend_object *obj)
{
	return (php_amzpay_ipn_handler *)((char *)obj - XtOffsetOf(php_amzpay_ipn_handler, std));
}

#define Z_IPN_P(zv) ipn_from_obj(Z_OBJ_P(zv))

static zend_object *ipn_create(zend_class_entry *ce)
{
	php_amzpay_ipn_handler *intern = zend_object_alloc(sizeof(php_amzpay_ipn_handler), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &php_amzpay_ipn_handler_handlers;
	amzpay_ipn_init(&intern->ipn);
	ZVAL_UNDEF(&intern->config);
	ZVAL_UNDEF(&intern->client);
	ZVAL_UNDEF(&intern->logger);
	ZVAL_UNDEF(&intern->legacy);
	return &intern->std;
}

static void ipn_free_obj(zend_object *obj)
{
	php_amzpay_ipn_handler *intern = ipn_from_obj(obj);

	amzpay_ipn_free(&intern->ipn);
	zval_ptr_dtor(&intern->config);
	zval_ptr_dtor(&intern->client);
	zval_ptr_dtor(&intern->logger);
	zval_ptr_dtor(&intern->legacy);
	zend_object_std_dtor(obj);
}

static HashTable *ipn_get_gc(zend_object *obj, zval **table, int *n)
{
	php_amzpay_ipn_handler *intern = ipn_from_obj(obj);

	/* client and logger are contiguous zvals in the struct */
	*table = &intern->client;
	*n = 2;
	return zend_std_get_properties(obj);
}

/* {{{ exceptions */

/* Legacy messages carry no codes: the failure kind picks the class, the code stays 0. */
static void ipn_throw(const amzpay_error *err)
{
	amzpay_error e = *err;

	e.code = 0;
	php_amzpay_throw_error(&e);
}

/* The legacy message for a signature that does not match quotes the certificate and the signature. */
static void ipn_throw_mismatch(php_amzpay_ipn_handler *intern)
{
	zend_throw_exception_ex(php_amzpay_tls_exception_ce, 0,
	                        "Unable to match signature from remote server: signature of %s , SigningCertURL of %s , "
	                        "SignatureOf %s",
	                        amzpay_buf_cstr(&intern->ipn.cert_pem), intern->ipn.cert_url, intern->ipn.signature_b64);
}
/* }}} */

/* {{{ ipnConfig */
static const char *const ipn_config_keys[] = {"cabundle_file", "proxy_host", "proxy_port", "proxy_username",
                                              "proxy_password"};

static bool ipn_config_key_known(const char *key, size_t len)
{
	for (size_t i = 0; i < sizeof(ipn_config_keys) / sizeof(ipn_config_keys[0]); i++) {
		if (strlen(ipn_config_keys[i]) == len && memcmp(ipn_config_keys[i], key, len) == 0) {
			return true;
		}
	}
	return false;
}

static void ipn_config_defaults(zval *config)
{
	array_init(config);
	add_assoc_null(config, "cabundle_file");
	add_assoc_null(config, "proxy_host");
	add_assoc_long(config, "proxy_port", -1);
	add_assoc_null(config, "proxy_username");
	add_assoc_null(config, "proxy_password");
}

/* checkConfigKeys(): keys lower-cased, values trimmed, an unknown key throws (code 1). */
static zend_result ipn_config_apply(zval *config, HashTable *given)
{
	zend_string *key;
	zend_ulong idx;
	zval *value;

	ZEND_HASH_FOREACH_KEY_VAL(given, idx, key, value)
		{
			zend_string *lower = key ? zend_string_tolower(key) : zend_long_to_str((zend_long)idx);
			if (!key || !ipn_config_key_known(ZSTR_VAL(lower), ZSTR_LEN(lower))) {
				zend_throw_exception_ex(zend_ce_exception, 1,
				                        "Key %s is either not part of the configuration or has incorrect Key name.\n"
				                        "                check the ipnConfig array key names to match your key names "
				                        "of your config array ",
				                        ZSTR_VAL(lower));
				zend_string_release(lower);
				return FAILURE;
			} else {
				zend_string *s = zval_try_get_string(value);
				zval trimmed;
				if (!s) {
					zend_string_release(lower);
					return FAILURE;
				}
				ZVAL_STR(&trimmed, php_trim(s, NULL, 0, 3));
				zend_string_release(s);
				zend_symtable_update(Z_ARRVAL_P(config), lower, &trimmed);
			}
			zend_string_release(lower);
		}
		ZEND_HASH_FOREACH_END()
			;
			return SUCCESS;
}

static const char *ipn_config_str(zval *config, const char *name)
{
	zval *v = zend_hash_str_find(Z_ARRVAL_P(config), name, strlen(name));

	return (v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0) ? Z_STRVAL_P(v) : NULL;
}

/* Transport settings from ipnConfig; `proxy` and `userpwd` are owned by the caller. */
static void ipn_config_to_core(zval *config, amzpay_ipn_config *cfg, zend_string **proxy, zend_string **userpwd)
{
	const char *host = ipn_config_str(config, "proxy_host");
	const char *port = ipn_config_str(config, "proxy_port");
	const char *user = ipn_config_str(config, "proxy_username");
	const char *pass = ipn_config_str(config, "proxy_password");

	memset(cfg, 0, sizeof(*cfg));
	*proxy = *userpwd = NULL;
	/* the handler's cabundle_file, else amzpay.cabundle, else the system store */
	cfg->cabundle_file = ipn_config_str(config, "cabundle_file");
	if (!cfg->cabundle_file && AMZPAY_G(cabundle) && *AMZPAY_G(cabundle)) {
		cfg->cabundle_file = AMZPAY_G(cabundle);
	}
	cfg->test_ca_file = AMZPAY_G(ipn_test_ca);
	/* the certificate download: at most 10 s, less when amzpay.timeout_ms says so */
	cfg->timeout_ms = AMZPAY_G(timeout_ms) > 0 && AMZPAY_G(timeout_ms) < 10000 ? (long)AMZPAY_G(timeout_ms) : 10000;
	if (host) {
		*proxy = (port && strcmp(port, "-1") != 0) ? zend_strpprintf(0, "%s:%s", host, port)
		                                           : zend_string_init(host, strlen(host), 0);
		cfg->proxy = ZSTR_VAL(*proxy);
	}
	if (user) {
		*userpwd = zend_strpprintf(0, "%s:%s", user, pass ? pass : "");
		cfg->proxy_userpwd = ZSTR_VAL(*userpwd);
	}
}
/* }}} */

/* array_change_key_case($headers)['x-amz-sns-message-type']: the last spelling wins. */
static zend_string *ipn_message_type_header(HashTable *headers)
{
	zend_string *key, *found = NULL;
	zval *value;

	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, key, value)
		{
			if (key && zend_string_equals_literal_ci(key, "x-amz-sns-message-type")) {
				if (found) {
					zend_string_release(found);
				}
				found = Z_TYPE_P(value) == IS_STRING ? zend_string_copy(Z_STR_P(value))
				                                     : zend_string_init("", 0, 0); /* never === 'Notification' */
			}
		}
		ZEND_HASH_FOREACH_END()
			;
			return found;
}

static void ipn_log(php_amzpay_ipn_handler *intern, const char *fmt, const char *arg)
{
	zval line;

	if (Z_TYPE(intern->logger) != IS_OBJECT) {
		return;
	}
	ZVAL_STR(&line, zend_strpprintf(0, fmt, arg));
	zend_call_method_with_1_params(Z_OBJ(intern->logger), Z_OBJCE(intern->logger), NULL, "debug", NULL, &line);
	zval_ptr_dtor(&line);
}

static bool ipn_is_legacy_client(zval *zv)
{
	zend_class_entry *ce = zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("amazonpay\\client"));

	return ce && instanceof_function(Z_OBJCE_P(zv), ce);
}

/* With amzpay.ledger set, redeliveries are recognised across workers, hosts and restarts; when the ledger
 * cannot be used, the per-process answer stands and one warning goes to PHP's error log. */
static void ipn_check_ledger(php_amzpay_ipn_handler *intern)
{
	char warning[AMZPAY_ERROR_MESSAGE_MAX + 64];
	int seen;

	if (!AMZPAY_G(ledger) || !*AMZPAY_G(ledger)) {
		return;
	}
	seen = amzpay_ipn_seen_in_ledger(&intern->ipn, AMZPAY_G(ledger), AMZPAY_G(ledger_password), warning,
	                                 sizeof(warning));
	if (seen < 0) {
		php_log_err_with_severity(warning, LOG_WARNING);
		return;
	}
	intern->duplicate = seen == 1;
}

/* {{{ proto AmazonPay\IpnHandler::__construct(array $headers, string $body, ?array $ipnConfig = null,
 *                                             ?AmazonPay\Client $client = null) */
PHP_METHOD(AmazonPay_IpnHandler, __construct)
{
	HashTable *headers, *given = NULL;
	zend_string *body, *type, *proxy, *userpwd;
	zval *client = NULL;
	php_amzpay_ipn_handler *intern = Z_IPN_P(ZEND_THIS);
	amzpay_ipn_config cfg;
	amzpay_error err;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_ARRAY_HT(headers)
		Z_PARAM_STR(body)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(given)
		Z_PARAM_OBJECT_OR_NULL(client)
	ZEND_PARSE_PARAMETERS_END();

	if (client && !ipn_is_legacy_client(client)) {
		zend_argument_type_error(4, "must be of type ?AmazonPay\\Client, %s given", zend_zval_type_name(client));
		RETURN_THROWS();
	}

	if (intern->verified || Z_TYPE(intern->config) != IS_UNDEF) {
		zend_throw_error(NULL, "AmazonPay\\IpnHandler cannot be constructed twice");
		RETURN_THROWS();
	}
	ipn_config_defaults(&intern->config);
	if (client) {
		ZVAL_COPY(&intern->client, client);
	}
	if (given && ipn_config_apply(&intern->config, given) != SUCCESS) {
		RETURN_THROWS();
	}
	amzpay_error_clear(&err);
	type = ipn_message_type_header(headers);
	rc = amzpay_ipn_parse(&intern->ipn, type ? ZSTR_VAL(type) : NULL, ZSTR_VAL(body), ZSTR_LEN(body), &err);
	if (type) {
		zend_string_release(type);
	}
	if (rc != 0) {
		ipn_throw(&err);
		RETURN_THROWS();
	}
	ipn_config_to_core(&intern->config, &cfg, &proxy, &userpwd);
	rc = amzpay_ipn_verify(&intern->ipn, &cfg, &err);
	if (proxy) {
		zend_string_release(proxy);
	}
	if (userpwd) {
		php_amzpay_zstr_cleanse(userpwd);
		zend_string_release(userpwd);
	}
	if (rc != 0) {
		if (err.code == AMZPAY_IPN_FAIL_SIGNATURE) {
			ipn_throw_mismatch(intern);
		} else {
			ipn_throw(&err);
		}
		RETURN_THROWS();
	}
	intern->verified = true;
	intern->duplicate = amzpay_ipn_remember(&intern->ipn);
	ipn_check_ledger(intern);
}
/* }}} */

static php_amzpay_ipn_handler *ipn_verified_this(zval *this_zv)
{
	php_amzpay_ipn_handler *intern = Z_IPN_P(this_zv);

	if (!intern->verified) {
		zend_throw_error(NULL, "AmazonPay\\IpnHandler was not constructed");
		return NULL;
	}
	return intern;
}

/* {{{ proto mixed AmazonPay\IpnHandler::returnMessage() */
PHP_METHOD(AmazonPay_IpnHandler, returnMessage)
{
	php_amzpay_ipn_handler *intern;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(intern = ipn_verified_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	php_json_decode_ex(return_value, intern->ipn.message, strlen(intern->ipn.message), PHP_JSON_OBJECT_AS_ARRAY,
	                   PHP_JSON_PARSER_DEFAULT_DEPTH);
}
/* }}} */

/* {{{ v2 notifications: the object is read through the legacy bridge (an AmazonPay\Client) */

/* The client given as 4th argument, or one built from php.ini credentials for the notification's region. */
static zend_result ipn_bridge_client(zval *client, const amzpay_ipn_v2 *v2)
{
	zend_class_entry *ce;
	zval config;

	if (Z_TYPE_P(client) == IS_OBJECT) {
		return SUCCESS;
	}
	ce = zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("amazonpay\\client"));
	if (!ce || object_init_ex(client, ce) != SUCCESS) {
		return FAILURE;
	}
	array_init(&config);
	add_assoc_string(&config, "region", (char *)v2->region);
	add_assoc_bool(&config, "sandbox", strcmp(v2->release_environment, "Sandbox") == 0);
	if (v2->merchant_id) {
		add_assoc_string(&config, "merchant_id", (char *)v2->merchant_id);
	}
	zend_call_known_instance_method_with_1_params(ce->constructor, Z_OBJ_P(client), NULL, &config);
	zval_ptr_dtor(&config);
	if (EG(exception)) {
		zval_ptr_dtor(client);
		ZVAL_UNDEF(client);
		return FAILURE;
	}
	return SUCCESS;
}

/*
 * $client->$method([$key => $id]); on success *status and *xml hold the legacy
 * response (Status, ResponseBody). The caller releases *xml.
 */
static zend_result ipn_bridge_read(zval *client, const char *method, const char *key, const char *id, long *status,
                                   zend_string **xml)
{
	zval params, retval, *response, *st, *body;
	zend_result rc = FAILURE;

	*xml = NULL;
	array_init(&params);
	add_assoc_string(&params, key, (char *)id);
	ZVAL_UNDEF(&retval);
	zend_call_method(Z_OBJ_P(client), Z_OBJCE_P(client), NULL, method, strlen(method), &retval, 1, &params, NULL);
	zval_ptr_dtor(&params);
	if (!EG(exception) && Z_TYPE(retval) == IS_OBJECT) {
		zval rv;
		response = zend_read_property(Z_OBJCE(retval), Z_OBJ(retval), ZEND_STRL("response"), 1, &rv);
		if (Z_TYPE_P(response) == IS_ARRAY && (st = zend_hash_str_find(Z_ARRVAL_P(response), ZEND_STRL("Status"))) &&
		    (body = zend_hash_str_find(Z_ARRVAL_P(response), ZEND_STRL("ResponseBody"))) &&
		    Z_TYPE_P(body) == IS_STRING) {
			*status = (long)zval_get_long(st);
			*xml = zend_string_copy(Z_STR_P(body));
			rc = SUCCESS;
		}
	}
	zval_ptr_dtor(&retval);
	return rc;
}

/* An MWS error answer as "Code: Message" (for the exception). */
static void ipn_bridge_error_text(const zend_string *xml, char *out, size_t size)
{
	cJSON *tree = NULL, *e;
	amzpay_error ignored;

	snprintf(out, size, "no details");
	if (amzpay_xml_to_tree(ZSTR_VAL(xml), ZSTR_LEN(xml), NULL, &tree, &ignored) == 0 &&
	    cJSON_IsObject(e = cJSON_GetObjectItemCaseSensitive(tree, "Error"))) {
		cJSON *code = cJSON_GetObjectItemCaseSensitive(e, "Code"),
		      *msg = cJSON_GetObjectItemCaseSensitive(e, "Message");
		snprintf(out, size, "%s: %s", cJSON_IsString(code) ? code->valuestring : "?",
		         cJSON_IsString(msg) ? msg->valuestring : "");
	}
	cJSON_Delete(tree);
}

static bool ipn_bridge_is_error_code(const zend_string *xml, const char *code)
{
	char text[256];
	size_t n = strlen(code);

	ipn_bridge_error_text(xml, text, sizeof(text));
	return strncmp(text, code, n) == 0 && text[n] == ':';
}

/*
 * v2 notifications carry no state: read the object and answer the legacy shape with its current (final)
 * state. A CHARGE is a PaymentCapture when the bridge knows a capture for it, else a PaymentAuthorize.
 */
static int php_amzpay_ipn_bridge_tree(const amzpay_ipn *ipn, const cJSON *message, zval *client, cJSON **out,
                                      amzpay_error *err)
{
	const amzpay_ipn_v2_shape *shape = NULL;
	amzpay_ipn_v2 v2;
	zend_string *xml = NULL;
	char auth_id[128], why[300];
	long status = 0;
	int rc = -1;

	*out = NULL;
	if (amzpay_ipn_v2_read(ipn, message, &v2, err) != 0 || ipn_bridge_client(client, &v2) != SUCCESS) {
		return -1;
	}
	if (strcmp(v2.object_type, "CHARGE") == 0) {
		shape = &amzpay_ipn_shape_capture;
		if (ipn_bridge_read(client, "getcapturedetails", "amazon_capture_id", v2.object_id, &status, &xml) == SUCCESS &&
		    status != 200 && ipn_bridge_is_error_code(xml, "InvalidCaptureId")) {
			zend_string_release(xml);
			xml = NULL;
			shape = &amzpay_ipn_shape_authorize;
			amzpay_ipn_authorization_id(v2.object_id, auth_id, sizeof(auth_id));
			ipn_bridge_read(client, "getauthorizationdetails", "amazon_authorization_id", auth_id, &status, &xml);
		}
	} else if (strcmp(v2.object_type, "REFUND") == 0) {
		shape = &amzpay_ipn_shape_refund;
		ipn_bridge_read(client, "getrefunddetails", "amazon_refund_id", v2.object_id, &status, &xml);
	} else if (strcmp(v2.object_type, "CHARGE_PERMISSION") == 0) {
		shape = &amzpay_ipn_shape_order_reference;
		ipn_bridge_read(client, "getorderreferencedetails", "amazon_order_reference_id", v2.object_id, &status, &xml);
	} else {
		return amzpay_error_set(err, AMZPAY_ERR_PARSE,
		                        "v2 %.40s notifications have no legacy shape: use returnMessage() and read the "
		                        "object with the v2 API",
		                        v2.object_type);
	}
	if (EG(exception)) {
		/* the client threw (configuration, transport): that exception stands */
	} else if (!xml) {
		amzpay_error_set(err, AMZPAY_ERR_PARSE, "Unable to read %.40s %.64s for the legacy notification",
		                 v2.object_type, v2.object_id);
	} else if (status != 200) {
		ipn_bridge_error_text(xml, why, sizeof(why));
		amzpay_error_set(err, AMZPAY_ERR_PARSE, "Unable to read %.40s %.64s for the legacy notification: HTTP %ld %s",
		                 v2.object_type, v2.object_id, status, why);
	} else {
		rc = amzpay_ipn_v2_legacy_tree(ipn, &v2, shape, ZSTR_VAL(xml), ZSTR_LEN(xml), out, err);
	}
	if (xml) {
		zend_string_release(xml);
	}
	return rc;
}
/* }}} */

/*
 * The legacy answer as PHP json_encode() text (cached): the v1 NotificationData
 * tree, or for a v2 notification the state read through the bridge.
 */
static const char *ipn_legacy_json(php_amzpay_ipn_handler *intern)
{
	cJSON *message, *tree = NULL;
	amzpay_error err;
	amzpay_buf json = AMZPAY_BUF_INIT;
	const cJSON *seller;
	int rc;

	if (Z_TYPE(intern->legacy) == IS_STRING) {
		return Z_STRVAL(intern->legacy);
	}
	amzpay_error_clear(&err);
	if (!(message = amzpay_ipn_message(&intern->ipn, &err))) {
		ipn_throw(&err);
		return NULL;
	}
	seller = cJSON_GetObjectItemCaseSensitive(message, amzpay_ipn_message_is_v2(message) ? "MerchantID" : "SellerId");
	ipn_log(intern, "IPN received for merchant account: %s", cJSON_IsString(seller) ? seller->valuestring : "");
	if (amzpay_ipn_message_is_v2(message)) {
		rc = php_amzpay_ipn_bridge_tree(&intern->ipn, message, &intern->client, &tree, &err);
	} else {
		rc = amzpay_ipn_legacy_tree(&intern->ipn, message, &tree, &err);
	}
	cJSON_Delete(message);
	if (rc != 0) {
		if (!EG(exception)) {
			ipn_throw(&err);
		}
		return NULL;
	}
	rc = amzpay_tree_to_php_json(tree, &json, &err);
	cJSON_Delete(tree);
	if (rc != 0) {
		amzpay_buf_free(&json);
		ipn_throw(&err);
		return NULL;
	}
	ZVAL_STRINGL(&intern->legacy, amzpay_buf_cstr(&json), json.len);
	amzpay_buf_free(&json);
	return Z_STRVAL(intern->legacy);
}

/* {{{ proto string AmazonPay\IpnHandler::toJson() */
PHP_METHOD(AmazonPay_IpnHandler, toJson)
{
	php_amzpay_ipn_handler *intern;
	const char *json;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(intern = ipn_verified_this(ZEND_THIS)) || !(json = ipn_legacy_json(intern))) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(Z_STR(intern->legacy));
}
/* }}} */

/* {{{ proto array AmazonPay\IpnHandler::toArray() */
PHP_METHOD(AmazonPay_IpnHandler, toArray)
{
	php_amzpay_ipn_handler *intern;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(intern = ipn_verified_this(ZEND_THIS)) || !ipn_legacy_json(intern)) {
		RETURN_THROWS();
	}
	/* json_decode(json_encode($xml), true), exactly as the legacy toArray() */
	php_json_decode_ex(return_value, Z_STRVAL(intern->legacy), Z_STRLEN(intern->legacy), PHP_JSON_OBJECT_AS_ARRAY,
	                   PHP_JSON_PARSER_DEFAULT_DEPTH);
}
/* }}} */

/* {{{ proto bool AmazonPay\IpnHandler::verifySignatureIsCorrectFromCertificate(mixed $signature) */
PHP_METHOD(AmazonPay_IpnHandler, verifySignatureIsCorrectFromCertificate)
{
	php_amzpay_ipn_handler *intern;
	zend_string *sig;
	amzpay_error err;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(sig)
	ZEND_PARSE_PARAMETERS_END();
	if (!(intern = ipn_verified_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	amzpay_error_clear(&err);
	rc = amzpay_ipn_signature_matches(&intern->ipn, (const unsigned char *)ZSTR_VAL(sig), ZSTR_LEN(sig), &err);
	if (rc < 0) {
		ipn_throw(&err);
		RETURN_THROWS();
	}
	RETURN_BOOL(rc == 1);
}
/* }}} */

/* {{{ proto bool AmazonPay\IpnHandler::isDuplicate() */
PHP_METHOD(AmazonPay_IpnHandler, isDuplicate)
{
	php_amzpay_ipn_handler *intern;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(intern = ipn_verified_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_BOOL(intern->duplicate);
}
/* }}} */

static zval *ipn_config_find(php_amzpay_ipn_handler *intern, zend_string *name, zend_string **lower)
{
	*lower = zend_string_tolower(name);
	return Z_TYPE(intern->config) == IS_ARRAY ? zend_hash_find(Z_ARRVAL(intern->config), *lower) : NULL;
}

/* {{{ proto mixed AmazonPay\IpnHandler::__get(mixed $name) */
PHP_METHOD(AmazonPay_IpnHandler, __get)
{
	zend_string *name, *lower;
	zval *v;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	v = ipn_config_find(Z_IPN_P(ZEND_THIS), name, &lower);
	zend_string_release(lower);
	if (!v) {
		zend_throw_exception_ex(zend_ce_exception, 1, "Key %s was not found in the configuration", ZSTR_VAL(name));
		RETURN_THROWS();
	}
	RETURN_COPY(v);
}
/* }}} */

/* {{{ proto void AmazonPay\IpnHandler::__set(mixed $name, mixed $value) */
PHP_METHOD(AmazonPay_IpnHandler, __set)
{
	zend_string *name, *lower;
	zval *value, *v;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	v = ipn_config_find(Z_IPN_P(ZEND_THIS), name, &lower);
	if (!v) {
		zend_string_release(lower);
		zend_throw_exception_ex(zend_ce_exception, 1, "Key %s is not part of the configuration", ZSTR_VAL(name));
		RETURN_THROWS();
	}
	Z_TRY_ADDREF_P(value);
	zend_hash_update(Z_ARRVAL(Z_IPN_P(ZEND_THIS)->config), lower, value);
	zend_string_release(lower);
}
/* }}} */

/* {{{ proto void AmazonPay\IpnHandler::setLogger(?object $logger = null) */
PHP_METHOD(AmazonPay_IpnHandler, setLogger)
{
	php_amzpay_ipn_handler *intern = Z_IPN_P(ZEND_THIS);
	zend_object *logger = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJ_OR_NULL(logger)
	ZEND_PARSE_PARAMETERS_END();
	zval_ptr_dtor(&intern->logger);
	ZVAL_UNDEF(&intern->logger);
	if (logger) {
		ZVAL_OBJ_COPY(&intern->logger, logger);
	}
}
/* }}} */

/* {{{ proto array AmazonPay\IpnHandler::__debugInfo(): what was verified, never the proxy password */
PHP_METHOD(AmazonPay_IpnHandler, __debugInfo)
{
	php_amzpay_ipn_handler *intern = Z_IPN_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_assoc_bool(return_value, "verified", intern->verified);
	if (intern->verified) {
		add_assoc_string(return_value, "MessageId", (char *)intern->ipn.message_id);
		add_assoc_string(return_value, "TopicArn", (char *)intern->ipn.topic_arn);
		add_assoc_string(return_value, "SigningCertURL", (char *)intern->ipn.cert_url);
		add_assoc_long(return_value, "SignatureVersion", intern->ipn.signature_version);
		add_assoc_bool(return_value, "duplicate", intern->duplicate);
	}
}
/* }}} */

void php_amzpay_ipn_handler_init(void)
{
	php_amzpay_ipn_handler_interface_ce = register_class_AmazonPay_IpnHandlerInterface();
	php_amzpay_ipn_handler_ce = register_class_AmazonPay_IpnHandler(php_amzpay_ipn_handler_interface_ce);
	php_amzpay_ipn_handler_ce->create_object = ipn_create;

	memcpy(&php_amzpay_ipn_handler_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_amzpay_ipn_handler_handlers.offset = XtOffsetOf(php_amzpay_ipn_handler, std);
	php_amzpay_ipn_handler_handlers.free_obj = ipn_free_obj;
	php_amzpay_ipn_handler_handlers.get_gc = ipn_get_gc;
	php_amzpay_ipn_handler_handlers.clone_obj = NULL;

	zend_register_class_alias("PayWithAmazon\\IpnHandler", php_amzpay_ipn_handler_ce);
	zend_register_class_alias("PayWithAmazon\\IpnHandlerInterface", php_amzpay_ipn_handler_interface_ce);
}
