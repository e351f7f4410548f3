/*
 * amzpay: Amazon Pay API v2 for PHP, with a drop-in for the legacy
 * \AmazonPay\Client SDK and for the official v2 SDK class.
 */
#ifndef PHP_AMZPAY_H
#define PHP_AMZPAY_H

extern zend_module_entry amzpay_module_entry;
#define phpext_amzpay_ptr &amzpay_module_entry

#include "src/version.h"

#define PHP_AMZPAY_VERSION AMZPAY_CORE_VERSION


#ifdef ZTS
#include "TSRM.h"
#endif

/* Settings bound to php.ini entries (see amzpay.c). Strings are owned by the INI layer. */
ZEND_BEGIN_MODULE_GLOBALS(amzpay)
	char *public_key_id;
	char *private_key;            /* PEM path or PEM text; never displayed */
	char *private_key_passphrase; /* never displayed */
	char *algorithm;
	char *endpoint;
	char *cabundle;
	zend_long timeout_ms;
	zend_long connect_timeout_ms;
	zend_long max_retries;
	zend_long retry_base_ms;
	bool persistent;
	bool legacy_classes;
	bool v2_sdk_classes;
	bool verify_state_before_capture;
	bool legacy_charge_capture_now; /* charge() default for capture_now */
	char *ledger;          /* DSN of the ledger (src/ledger.h); "" = off */
	char *ledger_password; /* MySQL password of the ledger; never displayed */
ZEND_END_MODULE_GLOBALS(amzpay)

ZEND_EXTERN_MODULE_GLOBALS(amzpay)
#define AMZPAY_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(amzpay, v)

#if defined(ZTS) && defined(COMPILE_DL_AMZPAY)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
