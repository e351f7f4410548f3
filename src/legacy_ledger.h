/*
 * amzpay core: the legacy bridge's use of the ledger (ledger.h).
 *
 * Before a get*Details call is translated, the bridge reads what the ledger
 * knows about the object (amzpay_legacy_ledger_read(): its row and its
 * children for IdList); after a v2 answer of authorize, capture, refund,
 * close or cancel it writes the rows the translation produced. The facts
 * only fill what v2 does not return: reference ids, seller notes, IdList
 * members, declined authorizations, whether the seller closed or cancelled
 * an order. States and amounts stay v2's.
 *
 * Which reads an op makes (by the legacy id the shop passed):
 *   GetOrderReferenceDetails   its row, its authorizations (IdList)
 *   GetAuthorizationDetails    its row
 *   GetCaptureDetails          its row, its refunds (IdList)
 *   GetRefundDetails           its row
 * Other ops read nothing.
 *
 * What rows hold: the legacy state and ReasonCode the shop was answered
 * (Declined/AmazonRejected, Canceled/SellerCanceled...), except for an
 * authorization v2 declined outright (no v2 id): its reason_code is v2's
 * (SoftDeclined, HardDeclined...), from which the legacy ReasonCode and
 * SoftDecline are rebuilt, and reason_description v2's message.
 */
#ifndef AMZPAY_LEGACY_LEDGER_H
#define AMZPAY_LEGACY_LEDGER_H

#include <stdbool.h>

#include "ledger.h"
#include "legacy.h"

typedef struct amzpay_legacy_facts {
	bool found; /* the ledger has a row for the call's id */
	amzpay_ledger_row row;
	amzpay_ledger_rows children; /* IdList members, oldest first */
} amzpay_legacy_facts;

void amzpay_legacy_facts_init(amzpay_legacy_facts *f);
void amzpay_legacy_facts_free(amzpay_legacy_facts *f);

/* True when `op` reads facts. */
bool amzpay_legacy_ledger_reads(amzpay_legacy_op op);

/* Fills `out` (initialised) for `op` on `id`; -1 with err set when the ledger failed (out stays empty). */
int amzpay_legacy_ledger_read(amzpay_ledger *l, const char *environment, amzpay_legacy_op op, const char *id,
                              amzpay_legacy_facts *out, amzpay_error *err);

/*
 * The bridge's two steps around one legacy call, on the process-wide handle (ledger.h). Neither fails the
 * call: when the ledger cannot be used, `warning` (size `n`) gets one sentence for the shop's log and the
 * answer is what v2 alone gives. `warning` is left "" otherwise.
 *   before: reads the facts of the call (call->facts = facts when there are any to use);
 *   after:  writes result->records.
 */
typedef struct {
	const char *dsn;      /* amzpay.ledger; NULL or "" = no ledger, nothing happens */
	const char *password; /* amzpay.ledger_password */
	long timeout_ms;      /* <= 0: the ledger's default */
} amzpay_legacy_ledger_config;

void amzpay_legacy_ledger_before(const amzpay_legacy_ledger_config *cfg, amzpay_legacy_call *call,
                                 amzpay_legacy_facts *facts, char *warning, size_t n);
void amzpay_legacy_ledger_after(const amzpay_legacy_ledger_config *cfg, const amzpay_legacy_result *result,
                                char *warning, size_t n);

/* "Sandbox" or "Live": the ledger's environment of a legacy call. */
const char *amzpay_legacy_ledger_environment(bool sandbox);

/*
 * The AmazonAuthorizationId of an authorization that v2 refused outright
 * (no v2 charge exists): the order reference id + "-A9" + 6 digits of
 * SHA-256(order id, reference id). Deterministic, so a retried authorize
 * answers the same id; v1-shaped and accepted by getAuthorizationDetails;
 * never the id of a real charge (v2 charge counters have 6 digits, this one
 * 7). -1 when `order_id` is not an order reference id.
 */
int amzpay_legacy_declined_authorization_id(const char *order_id, const char *reference_id,
                                            char out[AMZPAY_LEGACY_ID_MAX]);
/* True for ids made by amzpay_legacy_declined_authorization_id(). */
bool amzpay_legacy_is_declined_authorization_id(const char *id);

#endif
