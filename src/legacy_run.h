/*
 * amzpay core: one legacy call, end to end - the single call the legacy
 * glue makes once amzpay_legacy_prepare() answered AMZPAY_LEGACY_SEND.
 *
 *   1. optional pre-flight read (capture with verify_before_capture): the
 *      charge is read and state.c's state machine decides whether a capture
 *      is allowed; a refusal is answered as v2 would (InvalidChargeStatus ->
 *      legacy InvalidAuthorizationStatus) and the capture is never sent;
 *   2. send the prepared v2 request with its idempotency key and, in the
 *      sandbox, its simulation code;
 *   3. translate the v2 answer into the legacy response (legacy.h), with what
 *      the ledger knows (read before step 1) and, where MWS answered more
 *      than the v2 object holds, a second read of the charge permission
 *      (AuthorizationBillingAddress in de/uk; a closeOrderReference refused
 *      on an order v2 closed itself because it was fully charged);
 *   4. record the answer in the ledger (authorize, capture, refund, close,
 *      cancel). Ledger problems never fail the call: one warning is logged.
 * A getAuthorizationDetails on an authorization v2 declined outright is
 * answered from the ledger alone (nothing sent).
 *
 * Returns AMZPAY_LEGACY_RUN_ANSWERED (0, `out` holds the legacy response,
 * out->state the legacy state of the object it describes),
 * AMZPAY_LEGACY_RUN_NO_ANSWER (-1: no HTTP answer arrived - transport, TLS,
 * timeout - err carries the legacy "Unable to post request" wording; retry
 * with call->idempotency_key when *request_sent) or AMZPAY_LEGACY_RUN_FAILED
 * (-2: an answer legacy code saw as an exception, e.g. retries exhausted).
 * *request_sent tells whether the call's own request was attempted (false
 * when the pre-flight read failed or refused).
 */
#ifndef AMZPAY_LEGACY_RUN_H
#define AMZPAY_LEGACY_RUN_H

#include <stdbool.h>

#include "client.h"
#include "error.h"
#include "legacy.h"
#include "legacy_ledger.h"

typedef struct {
	bool verify_before_capture; /* amzpay.verify_state_before_capture */
	bool sandbox;               /* config sandbox: send the call's simulation code */
	const char *region;         /* legacy config region: AuthorizationBillingAddress in de/uk */
	amzpay_legacy_ledger_config ledger; /* the ledger (legacy_ledger.h); dsn NULL or "" = none */
	/* where log lines go, NULL = nowhere: "debug" each v2 request and answer (redacted, redact.h),
	 * "warning" a ledger that could not be read or written */
	void (*log)(void *ctx, const char *level, const char *message);
	void *log_ctx;
	bool log_debug; /* false: no debug lines (nothing is redacted or built for them) */
} amzpay_legacy_run_options;

enum {
	AMZPAY_LEGACY_RUN_ANSWERED = 0,
	AMZPAY_LEGACY_RUN_NO_ANSWER = -1,
	AMZPAY_LEGACY_RUN_FAILED = -2
};

int amzpay_legacy_run(amzpay_client *client, amzpay_legacy_call *call, const amzpay_legacy_run_options *opts,
                      amzpay_legacy_result *out, bool *request_sent, amzpay_error *err);

#endif
