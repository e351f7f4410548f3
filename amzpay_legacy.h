/*
 * amzpay glue: what the two legacy class files share (amzpay_legacy_client.c,
 * amzpay_legacy_response.c). Only they see the legacy bridge header.
 */
#ifndef AMZPAY_LEGACY_GLUE_H
#define AMZPAY_LEGACY_GLUE_H

#include "amzpay_common.h"
#include "src/legacy.h"

/* A new AmazonPay\ResponseParser holding a legacy result (['Status', 'ResponseBody'] + the v2 diagnostics). */
void php_amzpay_response_from_result(zval *out, const amzpay_legacy_result *res);

#endif
