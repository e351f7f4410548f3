/*
 * amzpay glue: \Amazon\Pay\API\Constants\DisputeFilingReason, the official SDK's class of constants for
 * the reasons a buyer files a dispute for (values of the dispute API).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "amzpay_private.h"

#include "stubs/v2_dispute_filing_reason_arginfo.h"

void php_amzpay_v2_dispute_filing_reason_init(void)
{
	register_class_Amazon_Pay_API_Constants_DisputeFilingReason();
}
