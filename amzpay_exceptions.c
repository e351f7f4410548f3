/*
 * amzpay glue: the AmazonPay\Exception\* classes and the one place where a
 * core error (amzpay_error.domain) becomes a PHP exception.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

#include "amzpay_common.h"
#include "stubs/exceptions_arginfo.h"

zend_class_entry *php_amzpay_exception_ce;
zend_class_entry *php_amzpay_configuration_exception_ce;
zend_class_entry *php_amzpay_invalid_argument_exception_ce;
zend_class_entry *php_amzpay_key_exception_ce;
zend_class_entry *php_amzpay_signature_exception_ce;
zend_class_entry *php_amzpay_transport_exception_ce;
zend_class_entry *php_amzpay_timeout_exception_ce;
zend_class_entry *php_amzpay_tls_exception_ce;
zend_class_entry *php_amzpay_response_exception_ce;

void php_amzpay_exceptions_init(void)
{
	zend_class_entry *marker;

	php_amzpay_exception_ce = marker = register_class_AmazonPay_Exception_AmazonPayException(zend_ce_throwable);
	php_amzpay_configuration_exception_ce =
		register_class_AmazonPay_Exception_ConfigurationException(spl_ce_InvalidArgumentException, marker);
	php_amzpay_invalid_argument_exception_ce =
		register_class_AmazonPay_Exception_InvalidArgumentException(spl_ce_InvalidArgumentException, marker);
	php_amzpay_key_exception_ce = register_class_AmazonPay_Exception_KeyException(spl_ce_RuntimeException, marker);
	php_amzpay_signature_exception_ce =
		register_class_AmazonPay_Exception_SignatureException(spl_ce_RuntimeException, marker);
	php_amzpay_transport_exception_ce =
		register_class_AmazonPay_Exception_TransportException(spl_ce_RuntimeException, marker);
	php_amzpay_timeout_exception_ce =
		register_class_AmazonPay_Exception_TimeoutException(php_amzpay_transport_exception_ce);
	php_amzpay_tls_exception_ce = register_class_AmazonPay_Exception_TlsException(php_amzpay_transport_exception_ce);
	php_amzpay_response_exception_ce =
		register_class_AmazonPay_Exception_ResponseException(spl_ce_UnexpectedValueException, marker);
}

static zend_class_entry *exception_class_for(amzpay_domain domain)
{
	switch (domain) {
		case AMZPAY_ERR_CONFIG:
			return php_amzpay_configuration_exception_ce;
		case AMZPAY_ERR_ARGUMENT:
		case AMZPAY_ERR_STATE:
			return php_amzpay_invalid_argument_exception_ce;
		case AMZPAY_ERR_KEY:
			return php_amzpay_key_exception_ce;
		case AMZPAY_ERR_SIGN:
			return php_amzpay_signature_exception_ce;
		case AMZPAY_ERR_TIMEOUT:
			return php_amzpay_timeout_exception_ce;
		case AMZPAY_ERR_TLS:
			return php_amzpay_tls_exception_ce;
		case AMZPAY_ERR_TRANSPORT:
		case AMZPAY_ERR_HTTP:
			return php_amzpay_transport_exception_ce;
		case AMZPAY_ERR_PARSE:
			return php_amzpay_response_exception_ce;
		default:
			return zend_ce_exception;
	}
}

static bool is_transport_class(zend_class_entry *ce)
{
	return instanceof_function(ce, php_amzpay_transport_exception_ce);
}

void php_amzpay_throw_transport_error(const amzpay_error *err, const char *idempotency_key)
{
	zend_class_entry *ce;
	zend_object *ex;

	if (err->domain == AMZPAY_ERR_MEMORY) {
		zend_throw_error(NULL, "%s", err->message);
		return;
	}
	ce = exception_class_for(err->domain);
	ex = zend_throw_exception(ce, err->message, err->code);

	if (!is_transport_class(ce)) {
		return;
	}
	/* readonly properties are initialised from the scope of the class that declares them */
	ce = php_amzpay_transport_exception_ce;
	if (idempotency_key) {
		zend_update_property_string(ce, ex, ZEND_STRL("idempotencyKey"), idempotency_key);
	} else {
		zend_update_property_null(ce, ex, ZEND_STRL("idempotencyKey"));
	}
	zend_update_property_bool(ce, ex, ZEND_STRL("outcomeUnknown"), (err->flags & AMZPAY_ERRF_OUTCOME_UNKNOWN) != 0);
}

void php_amzpay_throw_error(const amzpay_error *err)
{
	php_amzpay_throw_transport_error(err, NULL);
}
