/*
 * amzpay glue: \Amazon\Pay\API\Constants\DisputeState, the official SDK's class of constants for
 * the states of a dispute (values of the dispute API).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "amzpay_private.h"

#include "stubs/v2_dispute_state_arginfo.h"

void php_amzpay_v2_dispute_state_init(void)
{
	register_class_Amazon_Pay_API_Constants_DisputeState();
}
