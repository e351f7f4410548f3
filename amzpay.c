/*
 * amzpay: module entry, php.ini settings, start-up and shut-down.
 *
 * Process-wide state lives in the core (src/): the parsed-key cache and the
 * persistent connection registry. MINIT initialises libcurl once and
 * registers the classes; MSHUTDOWN frees (and cleanses) both caches.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "php_ini.h"
#include "SAPI.h"

#include <curl/curl.h>

#include "amzpay_private.h"
#include "src/endpoint.h"
#include "src/http.h"
#include "src/ledger.h"
#include "src/ipn.h"
#include "src/sign.h"
#include "src/version.h"

ZEND_DECLARE_MODULE_GLOBALS(amzpay)

/* {{{ INI validators: a bad value is refused (the previous one stays) instead of surfacing at the first call. */
static ZEND_INI_MH(OnUpdateAmzpayAlgorithm)
{
	amzpay_alg alg;
	amzpay_error err;

	if (ZSTR_LEN(new_value) && amzpay_alg_from_name(ZSTR_VAL(new_value), &alg, &err) != 0) {
		php_error_docref(NULL, E_WARNING, "amzpay.algorithm: %s", err.message);
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static ZEND_INI_MH(OnUpdateAmzpayEndpoint)
{
	amzpay_error err;

	if (ZSTR_LEN(new_value) && amzpay_endpoint_check(ZSTR_VAL(new_value), &err) != 0) {
		php_error_docref(NULL, E_WARNING, "amzpay.endpoint: %s", err.message);
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* A malformed ledger DSN is refused at once; whether the store opens is only known at the first call. */
static ZEND_INI_MH(OnUpdateAmzpayLedger)
{
	amzpay_error err;

	if (ZSTR_LEN(new_value) && amzpay_ledger_check_dsn(ZSTR_VAL(new_value), &err) != 0) {
		php_error_docref(NULL, E_WARNING, "%s", err.message);
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* Integer settings with a range: out-of-range or non-numeric values are refused with a warning. */
static bool ini_long_in_range(zend_ini_entry *entry, zend_string *value, zend_long min, zend_long max)
{
	char *end;
	zend_long v = ZEND_STRTOL(ZSTR_VAL(value), &end, 10);

	if (end == ZSTR_VAL(value) || *end != '\0' || v < min || v > max) {
		php_error_docref(NULL, E_WARNING, "%s must be an integer between " ZEND_LONG_FMT " and " ZEND_LONG_FMT,
		                 ZSTR_VAL(entry->name), min, max);
		return false;
	}
	return true;
}

/* Milliseconds in [1, 600000]. */
static ZEND_INI_MH(OnUpdateAmzpayTimeout)
{
	if (!ini_long_in_range(entry, new_value, 1, 600000)) {
		return FAILURE;
	}
	return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static ZEND_INI_MH(OnUpdateAmzpayRetries)
{
	if (!ini_long_in_range(entry, new_value, 0, 10)) {
		return FAILURE;
	}
	return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static ZEND_INI_MH(OnUpdateAmzpayRetryBase)
{
	if (!ini_long_in_range(entry, new_value, 0, 60000)) {
		return FAILURE;
	}
	return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* Secrets are shown as "(set)" / "no value" in phpinfo(), never as their content. */
static ZEND_INI_DISP(display_secret)
{
	zend_string *value = (type == ZEND_INI_DISPLAY_ORIG && ini_entry->modified) ? ini_entry->orig_value
	                                                                            : ini_entry->value;

	if (value && ZSTR_LEN(value)) {
		PUTS("(set)");
	} else {
		PUTS(sapi_module.phpinfo_as_text ? "no value" : "<i>no value</i>");
	}
}
/* }}} */

/* clang-format off */
PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("amzpay.public_key_id", "", PHP_INI_ALL, OnUpdateString, public_key_id, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_ENTRY_EX("amzpay.private_key", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateString, private_key, zend_amzpay_globals, amzpay_globals, display_secret)
	STD_PHP_INI_ENTRY_EX("amzpay.private_key_passphrase", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateString, private_key_passphrase, zend_amzpay_globals, amzpay_globals, display_secret)
	STD_PHP_INI_ENTRY("amzpay.algorithm", "", PHP_INI_ALL, OnUpdateAmzpayAlgorithm, algorithm, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_ENTRY("amzpay.endpoint", "", PHP_INI_ALL, OnUpdateAmzpayEndpoint, endpoint, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_ENTRY("amzpay.cabundle", "", PHP_INI_ALL, OnUpdateString, cabundle, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_ENTRY("amzpay.timeout_ms", "30000", PHP_INI_ALL, OnUpdateAmzpayTimeout, timeout_ms, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_ENTRY("amzpay.connect_timeout_ms", "5000", PHP_INI_ALL, OnUpdateAmzpayTimeout, connect_timeout_ms, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_ENTRY("amzpay.max_retries", "3", PHP_INI_ALL, OnUpdateAmzpayRetries, max_retries, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_ENTRY("amzpay.retry_base_ms", "100", PHP_INI_ALL, OnUpdateAmzpayRetryBase, retry_base_ms, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_BOOLEAN("amzpay.persistent", "1", PHP_INI_ALL, OnUpdateBool, persistent, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_BOOLEAN("amzpay.legacy_classes", "1", PHP_INI_SYSTEM, OnUpdateBool, legacy_classes, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_BOOLEAN("amzpay.v2_sdk_classes", "1", PHP_INI_SYSTEM, OnUpdateBool, v2_sdk_classes, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_BOOLEAN("amzpay.verify_state_before_capture", "0", PHP_INI_ALL, OnUpdateBool, verify_state_before_capture, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_BOOLEAN("amzpay.legacy_charge_capture_now", "0", PHP_INI_ALL, OnUpdateBool, legacy_charge_capture_now, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_ENTRY("amzpay.ledger", "", PHP_INI_ALL, OnUpdateAmzpayLedger, ledger, zend_amzpay_globals, amzpay_globals)
	STD_PHP_INI_ENTRY_EX("amzpay.ledger_password", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateString, ledger_password, zend_amzpay_globals, amzpay_globals, display_secret)
	STD_PHP_INI_ENTRY("amzpay.ipn_test_ca", "", PHP_INI_SYSTEM, OnUpdateString, ipn_test_ca, zend_amzpay_globals, amzpay_globals)
PHP_INI_END()
/* clang-format on */

static PHP_GINIT_FUNCTION(amzpay)
{
#if defined(COMPILE_DL_AMZPAY) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(amzpay_globals, 0, sizeof(*amzpay_globals));
}

static PHP_MINIT_FUNCTION(amzpay)
{
	REGISTER_INI_ENTRIES();

	/* Once per process, before any handle exists; ext/curl does the same and curl counts the calls. */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}

	/* exceptions, then responses, then clients */
	php_amzpay_exceptions_init();
	if (AMZPAY_G(legacy_classes)) {
		php_amzpay_legacy_response_init();
	}
	if (AMZPAY_G(v2_sdk_classes)) {
		php_amzpay_v2_client_init();
	}
	if (AMZPAY_G(legacy_classes)) {
		php_amzpay_legacy_client_init();
		php_amzpay_ipn_handler_init();
	}
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(amzpay)
{
	/* Connections first (they were made by this pid only), then the keys, cleansed. */
	amzpay_http_registry_shutdown();
	amzpay_ledger_registry_shutdown();
	amzpay_key_cache_shutdown();
	amzpay_ipn_cache_clear();
	amzpay_ipn_seen_clear();
	curl_global_cleanup();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

/* The ledger's backend and state, and what IpnHandler trusts. Neither shows a password: the ledger's DSN
 * carries none (amzpay.ledger_password is separate and shown as "(set)"). */
static void php_amzpay_minfo_ledger_and_ipn(void)
{
	char state[AMZPAY_ERROR_MESSAGE_MAX + 96];
	const char *dsn = AMZPAY_G(ledger);
	const char *test_ca = AMZPAY_G(ipn_test_ca);

	if (!dsn || !*dsn) {
		php_info_print_table_row(2, "Ledger", "off (amzpay.ledger is empty)");
	} else {
		php_info_print_table_row(2, "Ledger", strncmp(dsn, "mysql:", 6) == 0 ? "MySQL/MariaDB" : "SQLite");
		amzpay_ledger_registry_state(state, sizeof(state));
		php_info_print_table_row(2, "Ledger state", state);
	}
	if (test_ca && *test_ca) {
		snprintf(state, sizeof(state), "system CA store (or cabundle_file) and the test CA %s, loopback certificate hosts (test setting)",
		         test_ca);
		php_info_print_table_row(2, "IPN trust", state);
	} else {
		php_info_print_table_row(2, "IPN trust", "system CA store (or cabundle_file); certificates on sns.*.amazonaws.com only");
	}
}

static PHP_MINFO_FUNCTION(amzpay)
{
	amzpay_library_versions v;
	char buf[64];

	amzpay_library_versions_get(&v);
	php_info_print_table_start();
	php_info_print_table_row(2, "amzpay support", "enabled");
	php_info_print_table_row(2, "Version", PHP_AMZPAY_VERSION);
	php_info_print_table_row(2, "API v2 wire format", "official SDK " AMZPAY_WIRE_SDK_VERSION);
#ifdef ZTS
	php_info_print_table_row(2, "Thread safety", "ZTS (thread-safe build)");
#else
	php_info_print_table_row(2, "Thread safety", "NTS");
#endif
	php_info_print_table_row(2, "Legacy \\AmazonPay classes", AMZPAY_G(legacy_classes) ? "registered" : "disabled");
	php_info_print_table_row(2, "\\Amazon\\Pay\\API classes", AMZPAY_G(v2_sdk_classes) ? "registered" : "disabled");
	php_info_print_table_row(2, "libcurl (compiled)", v.curl_compiled);
	php_info_print_table_row(2, "libcurl (runtime)", v.curl_runtime);
	php_info_print_table_row(2, "TLS backend", v.tls_backend);
	php_info_print_table_row(2, "OpenSSL (compiled)", v.openssl_compiled);
	php_info_print_table_row(2, "OpenSSL (runtime)", v.openssl_runtime);
	php_info_print_table_row(2, "cJSON", v.cjson);
	php_info_print_table_row(2, "libxml2", v.libxml2);
	snprintf(buf, sizeof(buf), "%zu", amzpay_key_cache_size());
	php_info_print_table_row(2, "Cached private keys", buf);
	snprintf(buf, sizeof(buf), "%zu", amzpay_http_registry_size());
	php_info_print_table_row(2, "Persistent connections", buf);
	snprintf(buf, sizeof(buf), "%zu", amzpay_ipn_cache_size());
	php_info_print_table_row(2, "Cached IPN signing certificates", buf);
	php_amzpay_minfo_ledger_and_ipn();
	php_info_print_table_end();

	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep amzpay_deps[] = {
	ZEND_MOD_REQUIRED("json")
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry amzpay_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	amzpay_deps,
	"amzpay",
	NULL, /* functions */
	PHP_MINIT(amzpay),
	PHP_MSHUTDOWN(amzpay),
	NULL, /* RINIT */
	NULL, /* RSHUTDOWN */
	PHP_MINFO(amzpay),
	PHP_AMZPAY_VERSION,
	PHP_MODULE_GLOBALS(amzpay),
	PHP_GINIT(amzpay),
	NULL, /* GSHUTDOWN */
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_AMZPAY
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(amzpay)
#endif
