/*
 * amzpay glue: declarations shared by the PHP class files. Nothing under
 * src/ includes this header (the core stays free of PHP headers).
 */
#ifndef AMZPAY_PRIVATE_H
#define AMZPAY_PRIVATE_H

#include "php.h"
#include "php_amzpay.h"

#include "src/client.h"
#include "src/error.h"
#include "src/legacy.h"

/* Class entries, set by each class file's init function. */
extern zend_class_entry *php_amzpay_exception_ce;           /* the marker interface */
extern zend_class_entry *php_amzpay_configuration_exception_ce;
extern zend_class_entry *php_amzpay_invalid_argument_exception_ce;
extern zend_class_entry *php_amzpay_key_exception_ce;
extern zend_class_entry *php_amzpay_signature_exception_ce;
extern zend_class_entry *php_amzpay_transport_exception_ce;
extern zend_class_entry *php_amzpay_timeout_exception_ce;
extern zend_class_entry *php_amzpay_tls_exception_ce;
extern zend_class_entry *php_amzpay_response_exception_ce;
extern zend_class_entry *php_amzpay_response_parser_ce;     /* AmazonPay\ResponseParser */

/* MINIT helpers, called in dependency order from amzpay.c */
void php_amzpay_exceptions_init(void);
void php_amzpay_v2_client_init(void);
void php_amzpay_legacy_init(void);
void php_amzpay_response_init(void); /* called by php_amzpay_legacy_init() */
void php_amzpay_ipn_handler_init(void);

/* Throws the exception class matching err->domain with err->message. */
void php_amzpay_throw_error(const amzpay_error *err);
/* Same, for transport failures: records the idempotency key and whether the outcome is unknown. */
void php_amzpay_throw_transport_error(const amzpay_error *err, const char *idempotency_key);

/*
 * Settings shared by both client classes: fills `opts` from the constructor
 * config array (already lower-cased keys) with php.ini fallbacks. Strings
 * point into `config` or INI storage and live as long as they do.
 */
typedef struct {
	zval private_key; /* owned copy, cleansed on release */
	zval passphrase;  /* owned copy, cleansed on release */
	zend_string *proxy;
	zend_string *proxy_userpwd;
} php_amzpay_secrets;

void php_amzpay_secrets_release(php_amzpay_secrets *s);
void php_amzpay_http_defaults(amzpay_http_config *http);
/* User-Agent details "PHP/x.y.z; Linux/x86_64/release" (or "(disabled)" parts when php_uname is disabled). */
const char *php_amzpay_platform_string(void);

/* Overwrites a string's bytes with zeros (for key material) before it is released. */
void php_amzpay_zstr_cleanse(zend_string *s);

/* PHP's gettype() name of a value ("integer", "boolean"...), which the SDKs' messages use. */
const char *php_amzpay_gettype(const zval *zv);
/* "sandbox value X is of type T and should be a boolean value", the message of both SDKs. */
void php_amzpay_throw_sandbox_not_bool(zend_class_entry *ce, zval *value);

/* Converts a PHP array of headers (name => value) into a core header list (emalloc'd). */
zend_result php_amzpay_headers_from_array(HashTable *ht, amzpay_header **out, size_t *count, uint32_t arg_num);
void php_amzpay_headers_free(amzpay_header *headers, size_t count);

/* The official SDK's result array from a core call result. */
void php_amzpay_result_to_array(zval *return_value, const char *method, const char *body, size_t body_len,
                                const amzpay_call_result *res);

/* A new AmazonPay\ResponseParser holding a legacy result (['Status', 'ResponseBody'] + the v2 diagnostics). */
void php_amzpay_response_from_result(zval *out, const amzpay_legacy_result *res);

#endif
