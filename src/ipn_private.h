/*
 * amzpay core: what ipn.c (verification) and ipn_legacy.c (the legacy
 * notification tree, the seen-notification memory) share; no one else
 * includes it.
 */
#ifndef AMZPAY_IPN_PRIVATE_H
#define AMZPAY_IPN_PRIVATE_H

#include "ipn.h"

/* Sets err (domain, message from fmt with one %s argument) and err->code = why; returns -1. */
int amzpay_ipn_fail(amzpay_error *err, amzpay_ipn_failure why, amzpay_domain domain, const char *fmt, const char *arg);

#endif
