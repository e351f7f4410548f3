/*
 * amzpay glue: \Amazon\Pay\API\Constants\DisputeReasonCode, the official SDK's class of constants for
 * the reason codes of a dispute's state (values of the dispute API).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "amzpay_private.h"

#include "stubs/v2_dispute_reason_code_arginfo.h"

void php_amzpay_v2_dispute_reason_code_init(void)
{
	register_class_Amazon_Pay_API_Constants_DisputeReasonCode();
}
