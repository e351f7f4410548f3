/*
 * amzpay glue: helpers shared by the PHP class files (amzpay_common.c,
 * amzpay_exceptions.c). No class entries here (amzpay_private.h).
 */
#ifndef AMZPAY_COMMON_H
#define AMZPAY_COMMON_H

#include "amzpay_private.h"
#include "src/client.h"
#include "src/error.h"

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
/* The official proxy config ['host', 'port', 'username', 'password'] (or the same as a list) into `http`; `what`
 * names it in messages. No host: no proxy. Strings land in `secrets`. */
zend_result php_amzpay_proxy_config(zval *proxy, const char *what, php_amzpay_secrets *secrets,
                                    amzpay_http_config *http);
/* A copy of a config array for var_dump()/print_r(): private key, passphrase and the proxy password masked. */
HashTable *php_amzpay_config_masked(HashTable *config, const char *proxy_key);

/* The settings both clients take from their config, NULL when the config does not set them. */
typedef struct {
	const char *public_key_id;
	const char *private_key;
	size_t private_key_len;
	const char *passphrase;
	size_t passphrase_len;
	const char *algorithm;
	const char *endpoint;             /* a base URL */
	const char *override_service_url; /* a base URL or a bare host (which means https://host) */
} php_amzpay_config;

/*
 * The one "config, then php.ini" rule of both clients: a value the config
 * sets wins, else the amzpay.* INI value when non-empty. The endpoint is
 * config endpoint, else override_service_url, else amzpay.endpoint. Fills
 * those fields of `o` plus the User-Agent platform and language version;
 * *owned gets a string built for `o->endpoint` (release it after
 * amzpay_client_new(); NULL when none was built).
 */
void php_amzpay_resolve_options(const php_amzpay_config *cfg, amzpay_client_options *o, zend_string **owned);
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

#endif
