/*
 * amzpay glue: \Amazon\Pay\API\Constants\EvidenceType, the official SDK's class of constants for
 * the kinds of dispute evidence (values of the dispute API).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "amzpay_private.h"

#include "stubs/v2_evidence_type_arginfo.h"

void php_amzpay_v2_evidence_type_init(void)
{
	register_class_Amazon_Pay_API_Constants_EvidenceType();
}
