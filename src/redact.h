/*
 * amzpay core: what may be written to a shop's log.
 *
 * The legacy SDK logged each request and response at debug level with the
 * seller notes, addresses and buyer data replaced by "REMOVED"; the bridge
 * logs the v2 requests and answers the same way. Keys and signatures never
 * reach a log line at all (the caller logs no header but the idempotency
 * key).
 *
 * amzpay_redact_json() appends `body` to `out` with the value of every
 * member named in the list below replaced by "REMOVED", at any depth:
 *   buyer, shippingAddress, billingAddress, name, email, phoneNumber,
 *   addressLine1..3, postalCode, noteToBuyer, sellerNote,
 *   paymentPreferences, paymentDescriptor, customInformation, buyerId
 * A body that is not JSON is not copied: "(N bytes, not JSON)" instead.
 */
#ifndef AMZPAY_REDACT_H
#define AMZPAY_REDACT_H

#include <stddef.h>

#include "buf.h"

void amzpay_redact_json(const char *body, size_t len, amzpay_buf *out);

#endif
