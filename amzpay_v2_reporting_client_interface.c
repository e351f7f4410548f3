/*
 * amzpay glue: \Amazon\Pay\API\ReportingClientInterface, the official SDK's interface of
 * the reporting and disbursement methods
 * (implemented by \Amazon\Pay\API\Client; shops type-hint and mock it).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "amzpay_private.h"

#include "stubs/v2_reporting_client_interface_arginfo.h"

zend_class_entry *php_amzpay_v2_reporting_client_interface_ce;

void php_amzpay_v2_reporting_client_interface_init(void)
{
	php_amzpay_v2_reporting_client_interface_ce = register_class_Amazon_Pay_API_ReportingClientInterface();
}
