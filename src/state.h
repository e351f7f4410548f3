/*
 * amzpay core: v2 payment state machines, v2 -> legacy (MWS v1) state
 * mapping, currencies and money.
 *
 * Everything here is data: the state machines (which v2 operation is allowed
 * in which state), the v2 -> legacy status tables and the currency table are static arrays in state.c, so a rule is
 * changed by editing one row. Nothing here allocates; every returned string
 * is static.
 *
 * Money is handled as integer minor units (cents; yen for JPY) so no amount
 * ever goes through a double on its way between PHP and the wire.
 */
#ifndef AMZPAY_STATE_H
#define AMZPAY_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------ */
/* Currencies and money                                                 */
/* ------------------------------------------------------------------ */

typedef struct {
	const char *code;        /* ISO 4217, upper case */
	unsigned decimals;       /* 2, or 0 for JPY */
	int64_t max_minor;       /* largest single charge/capture/refund, minor units */
	int64_t overage_minor;   /* refund overage cap: refunds may exceed the capture by
	                          * min(15 %, this) (75.00 USD/EUR/GBP..., 8400 JPY) */
} amzpay_currency;

/*
 * The currencies the v2 API accepts (ledger currencies USD, EUR, GBP, JPY and
 * the EU/UK multi-currency list). `code` must already be upper case (the legacy
 * SDK upper-cases currency codes before sending them). NULL when unknown.
 */
const amzpay_currency *amzpay_currency_find(const char *code);

/* Longest text amzpay_money_format() can produce, NUL included. */
#define AMZPAY_MONEY_BUF 32

typedef enum {
	AMZPAY_MONEY_OK = 0,
	AMZPAY_MONEY_EMPTY,     /* "" */
	AMZPAY_MONEY_SYNTAX,    /* not [0-9]+(.[0-9]+)?: "1,00", "-1", "1e3", "+1", ".5", "1.", "abc" */
	AMZPAY_MONEY_PRECISION, /* more fractional digits than the currency has ("1.001", JPY "1.5") */
	AMZPAY_MONEY_ZERO,      /* amount is 0 (unless AMZPAY_MONEY_ALLOW_ZERO) */
	AMZPAY_MONEY_TOO_LARGE  /* above the currency's max_minor (unless AMZPAY_MONEY_NO_MAX) */
} amzpay_money_status;

#define AMZPAY_MONEY_ALLOW_ZERO 0x01u /* accept 0 (amounts read back from v2)      */
#define AMZPAY_MONEY_NO_MAX     0x02u /* skip the per-transaction maximum           */
#define AMZPAY_MONEY_LENIENT    0x04u /* extra fractional digits allowed when they are
                                       * all zero ("14.000", JPY "500.00"): for amounts
                                       * read back from v2, never for caller input     */

/*
 * Parses a plain decimal string (no sign, no exponent, no separators, no
 * whitespace) into minor units of `cur`. `s` need not be NUL-terminated.
 */
amzpay_money_status amzpay_money_parse(const char *s, size_t len, const amzpay_currency *cur, unsigned flags,
                                       int64_t *minor);
/* Human-readable reason for a parse failure ("" for AMZPAY_MONEY_OK). */
const char *amzpay_money_status_text(amzpay_money_status st);
/* minor units -> "1234.50" (JPY: "1234"); `out` must hold AMZPAY_MONEY_BUF bytes. */
void amzpay_money_format(int64_t minor, const amzpay_currency *cur, char *out, size_t size);

/* ------------------------------------------------------------------ */
/* v2 state machines                                                    */
/* ------------------------------------------------------------------ */

typedef enum {
	AMZPAY_OBJ_CHARGE_PERMISSION,
	AMZPAY_OBJ_CHARGE,
	AMZPAY_OBJ_REFUND
} amzpay_v2_object;

/* v2 operations, as bits so one table row can allow several. */
typedef enum {
	AMZPAY_V2_GET = 1u << 0,
	AMZPAY_V2_UPDATE = 1u << 1,        /* Update Charge Permission                       */
	AMZPAY_V2_CLOSE = 1u << 2,         /* Close Charge Permission                        */
	AMZPAY_V2_CREATE_CHARGE = 1u << 3, /* Create Charge on a Charge Permission           */
	AMZPAY_V2_CAPTURE = 1u << 4,       /* Capture Charge                                 */
	AMZPAY_V2_CANCEL = 1u << 5,        /* Cancel Charge                                  */
	AMZPAY_V2_CREATE_REFUND = 1u << 6  /* Create Refund on a Charge                      */
} amzpay_v2_op_bit;

/* true when `state` (exact v2 spelling, e.g. "Authorized") is a state of `obj`. */
bool amzpay_state_known(amzpay_v2_object obj, const char *state);
/* true when the state is final (no further transition can happen). */
bool amzpay_state_final(amzpay_v2_object obj, const char *state);
/* true when `op` (one AMZPAY_V2_* bit) is allowed on `obj` in `state`; false for unknown states. */
bool amzpay_state_allows(amzpay_v2_object obj, const char *state, unsigned op);

/* Shorthands for the optional verify-before-act checks of the bridge. */
bool amzpay_charge_can_capture(const char *state);
bool amzpay_charge_can_cancel(const char *state);
bool amzpay_charge_can_refund(const char *state);
bool amzpay_charge_permission_can_charge(const char *state);
bool amzpay_charge_permission_can_close(const char *state);

/* ------------------------------------------------------------------ */
/* v2 -> legacy status mapping                                                 */
/* ------------------------------------------------------------------ */

/* Facts the mapping may depend on (beyond state and reason code). */
#define AMZPAY_MAP_CAPTURE_ISSUED    0x01u /* a capture was requested on the charge (captureAmount > 0,
                                            * or the bridge is answering the capture call itself) */
#define AMZPAY_MAP_REFUND_LIMIT      0x02u /* refundedAmount reached captured + min(15 %, overage)  */
#define AMZPAY_MAP_NOTHING_CAPTURED  0x04u /* charge permission: nothing was ever captured         */

typedef struct {
	const char *state;  /* legacy State, e.g. "Closed"                         */
	const char *reason; /* legacy ReasonCode or NULL when the state has none     */
	int soft_decline;   /* Authorization only: 1 "true", 0 "false", -1 no element */
	bool mapped;        /* false: unknown v2 state, state/reason passed through  */
} amzpay_legacy_status;

/*
 * Legacy views of one v2 object. `reason` is the v2 reasonCode (NULL or ""
 * when none; for a charge permission pass the first of statusDetails.reasons).
 * An unknown v2 state is passed through unchanged with mapped = false, so a
 * new v2 state shows up instead of being hidden.
 */
void amzpay_map_authorization(const char *state, const char *reason, unsigned facts, amzpay_legacy_status *out);
/* Returns false when the charge has no capture in legacy terms (getCaptureDetails -> InvalidCaptureId). */
bool amzpay_map_capture(const char *state, const char *reason, unsigned facts, amzpay_legacy_status *out);
void amzpay_map_refund(const char *state, const char *reason, unsigned facts, amzpay_legacy_status *out);
void amzpay_map_order_reference(const char *state, const char *reason, unsigned facts, amzpay_legacy_status *out);

#endif
