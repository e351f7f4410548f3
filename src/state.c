/*
 * amzpay core: v2 state machines, v2 -> legacy status tables, money.
 * See state.h. Every rule is a row of a static table; the functions only
 * look rows up.
 */
#include "state.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Currencies                                                           */
/* ------------------------------------------------------------------ */

/*
 * Maximum per transaction: 150,000 USD/EUR/GBP and 10,000,000 JPY are from
 * the v2 charge and refund documentation. The other
 * multi-currency presentment currencies have no published limit; they get
 * the EUR limit, or ten times it for the currencies whose unit is worth
 * roughly a tenth (the same 1:10 split Amazon uses in its saved-wallet
 * monthly limits). The refund overage cap follows the same pattern.
 */
static const amzpay_currency currencies[] = {
	{"AUD", 2, 15000000, 7500},
	{"CHF", 2, 15000000, 7500},
	{"DKK", 2, 150000000, 75000},
	{"EUR", 2, 15000000, 7500},
	{"GBP", 2, 15000000, 7500},
	{"HKD", 2, 150000000, 75000},
	{"JPY", 0, 10000000, 8400},
	{"NOK", 2, 150000000, 75000},
	{"NZD", 2, 15000000, 7500},
	{"SEK", 2, 150000000, 75000},
	{"USD", 2, 15000000, 7500},
	{"ZAR", 2, 150000000, 75000},
};

const amzpay_currency *amzpay_currency_find(const char *code)
{
	size_t i;

	if (!code) {
		return NULL;
	}
	for (i = 0; i < sizeof(currencies) / sizeof(currencies[0]); i++) {
		if (strcmp(currencies[i].code, code) == 0) {
			return &currencies[i];
		}
	}
	return NULL;
}

/* 15 integer digits keep every value far inside int64_t even in minor units. */
#define MONEY_MAX_INT_DIGITS 15

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool all_zero(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] != '0') {
			return false;
		}
	}
	return true;
}

/* Splits "123.45" into integer and fraction digit runs; false on any other syntax. */
static bool money_split(const char *s, size_t len, size_t *int_len, const char **frac, size_t *frac_len)
{
	size_t i = 0;

	while (i < len && is_digit(s[i])) {
		i++;
	}
	*int_len = i;
	*frac = NULL;
	*frac_len = 0;
	if (i == 0) {
		return false;
	}
	if (i == len) {
		return true;
	}
	if (s[i] != '.' || i + 1 == len) {
		return false;
	}
	*frac = s + i + 1;
	for (i = i + 1; i < len; i++) {
		if (!is_digit(s[i])) {
			return false;
		}
	}
	*frac_len = len - (size_t)(*frac - s);
	return true;
}

amzpay_money_status amzpay_money_parse(const char *s, size_t len, const amzpay_currency *cur, unsigned flags,
                                       int64_t *minor)
{
	size_t int_len, frac_len, i, lead = 0;
	const char *frac;
	int64_t v = 0;

	if (!s || len == 0) {
		return AMZPAY_MONEY_EMPTY;
	}
	if (!money_split(s, len, &int_len, &frac, &frac_len)) {
		return AMZPAY_MONEY_SYNTAX;
	}
	if (frac_len > cur->decimals &&
	    (!(flags & AMZPAY_MONEY_LENIENT) || !all_zero(frac + cur->decimals, frac_len - cur->decimals))) {
		return AMZPAY_MONEY_PRECISION;
	}
	while (lead + 1 < int_len && s[lead] == '0') {
		lead++; /* leading zeros carry no value; don't let them count as digits */
	}
	if (int_len - lead > MONEY_MAX_INT_DIGITS) {
		return AMZPAY_MONEY_TOO_LARGE;
	}
	for (i = lead; i < int_len; i++) {
		v = v * 10 + (s[i] - '0');
	}
	for (i = 0; i < cur->decimals; i++) {
		v = v * 10 + (i < frac_len ? frac[i] - '0' : 0);
	}
	if (v == 0 && !(flags & AMZPAY_MONEY_ALLOW_ZERO)) {
		return AMZPAY_MONEY_ZERO;
	}
	if (v > cur->max_minor && !(flags & AMZPAY_MONEY_NO_MAX)) {
		return AMZPAY_MONEY_TOO_LARGE;
	}
	*minor = v;
	return AMZPAY_MONEY_OK;
}

const char *amzpay_money_status_text(amzpay_money_status st)
{
	static const char *const texts[] = {
		[AMZPAY_MONEY_OK] = "",
		[AMZPAY_MONEY_EMPTY] = "the amount is empty",
		[AMZPAY_MONEY_SYNTAX] = "the amount must be a plain decimal number such as 10.50 (no sign, exponent, "
		                        "thousands separator or decimal comma)",
		[AMZPAY_MONEY_PRECISION] = "the amount has more decimal places than the currency allows",
		[AMZPAY_MONEY_ZERO] = "the amount must be greater than 0",
		[AMZPAY_MONEY_TOO_LARGE] = "the amount is above the maximum allowed for one transaction in this currency",
	};

	if ((unsigned)st >= sizeof(texts) / sizeof(texts[0])) {
		return "invalid amount";
	}
	return texts[st];
}

void amzpay_money_format(int64_t minor, const amzpay_currency *cur, char *out, size_t size)
{
	const char *sign = "";
	uint64_t v = (uint64_t)minor;
	uint64_t scale = 1;
	unsigned i;

	if (minor < 0) {
		sign = "-";
		v = (uint64_t)0 - v;
	}
	for (i = 0; i < cur->decimals; i++) {
		scale *= 10;
	}
	if (cur->decimals == 0) {
		snprintf(out, size, "%s%llu", sign, (unsigned long long)v);
	} else {
		snprintf(out, size, "%s%llu.%0*llu", sign, (unsigned long long)(v / scale), (int)cur->decimals,
		         (unsigned long long)(v % scale));
	}
}

/* ------------------------------------------------------------------ */
/* State machines: which v2 operation each v2 state allows                     */
/* ------------------------------------------------------------------ */

typedef struct {
	amzpay_v2_object obj;
	const char *state;
	unsigned allowed; /* AMZPAY_V2_* bits */
	bool final;
} state_row;

static const state_row state_rows[] = {
	{AMZPAY_OBJ_CHARGE_PERMISSION, "Chargeable",
	 AMZPAY_V2_GET | AMZPAY_V2_UPDATE | AMZPAY_V2_CLOSE | AMZPAY_V2_CREATE_CHARGE, false},
	{AMZPAY_OBJ_CHARGE_PERMISSION, "NonChargeable", AMZPAY_V2_GET | AMZPAY_V2_UPDATE | AMZPAY_V2_CLOSE, false},
	{AMZPAY_OBJ_CHARGE_PERMISSION, "Closed", AMZPAY_V2_GET, true},

	{AMZPAY_OBJ_CHARGE, "AuthorizationInitiated", AMZPAY_V2_GET | AMZPAY_V2_CANCEL, false},
	{AMZPAY_OBJ_CHARGE, "Authorized", AMZPAY_V2_GET | AMZPAY_V2_CAPTURE | AMZPAY_V2_CANCEL, false},
	{AMZPAY_OBJ_CHARGE, "CaptureInitiated", AMZPAY_V2_GET, false},
	/* Captured never changes state again; refunds are separate objects. */
	{AMZPAY_OBJ_CHARGE, "Captured", AMZPAY_V2_GET | AMZPAY_V2_CREATE_REFUND, true},
	{AMZPAY_OBJ_CHARGE, "Canceled", AMZPAY_V2_GET, true},
	{AMZPAY_OBJ_CHARGE, "Declined", AMZPAY_V2_GET, true},

	{AMZPAY_OBJ_REFUND, "RefundInitiated", AMZPAY_V2_GET, false},
	{AMZPAY_OBJ_REFUND, "Refunded", AMZPAY_V2_GET, true},
	{AMZPAY_OBJ_REFUND, "Declined", AMZPAY_V2_GET, true},
};

static const state_row *state_find(amzpay_v2_object obj, const char *state)
{
	size_t i;

	if (!state) {
		return NULL;
	}
	for (i = 0; i < sizeof(state_rows) / sizeof(state_rows[0]); i++) {
		if (state_rows[i].obj == obj && strcmp(state_rows[i].state, state) == 0) {
			return &state_rows[i];
		}
	}
	return NULL;
}

bool amzpay_state_known(amzpay_v2_object obj, const char *state)
{
	return state_find(obj, state) != NULL;
}

bool amzpay_state_final(amzpay_v2_object obj, const char *state)
{
	const state_row *row = state_find(obj, state);

	return row && row->final;
}

bool amzpay_state_allows(amzpay_v2_object obj, const char *state, unsigned op)
{
	const state_row *row = state_find(obj, state);

	return row && (row->allowed & op) == op && op != 0;
}

bool amzpay_charge_can_capture(const char *state)
{
	return amzpay_state_allows(AMZPAY_OBJ_CHARGE, state, AMZPAY_V2_CAPTURE);
}

bool amzpay_charge_can_cancel(const char *state)
{
	return amzpay_state_allows(AMZPAY_OBJ_CHARGE, state, AMZPAY_V2_CANCEL);
}

bool amzpay_charge_can_refund(const char *state)
{
	return amzpay_state_allows(AMZPAY_OBJ_CHARGE, state, AMZPAY_V2_CREATE_REFUND);
}

bool amzpay_charge_permission_can_charge(const char *state)
{
	return amzpay_state_allows(AMZPAY_OBJ_CHARGE_PERMISSION, state, AMZPAY_V2_CREATE_CHARGE);
}

bool amzpay_charge_permission_can_close(const char *state)
{
	return amzpay_state_allows(AMZPAY_OBJ_CHARGE_PERMISSION, state, AMZPAY_V2_CLOSE);
}

/* ------------------------------------------------------------------ */
/* v2 -> legacy status tables: one row per v2 state (and reason)              */
/* ------------------------------------------------------------------ */

/* legacy_reason sentinel: "use the v2 reason code unchanged" */
static const char same_reason[] = "(same)";
#define SAME same_reason

typedef struct {
	const char *state;  /* v2 state                                   */
	const char *reason; /* v2 reason code, NULL matches any           */
	unsigned when;      /* AMZPAY_MAP_* facts that must all hold        */
	const char *legacy_state;  /* NULL (capture view): no legacy capture */
	const char *legacy_reason; /* NULL: none; SAME: the v2 reason         */
	int soft_decline;
} map_row;

/* Rows are tried top to bottom; the first match wins. */
static const map_row authorization_rows[] = {
	{"AuthorizationInitiated", NULL, 0, "Pending", NULL, -1},
	{"Authorized", NULL, 0, "Open", NULL, -1},
	/* v1 closes the authorization only once the capture went through */
	{"CaptureInitiated", NULL, 0, "Open", NULL, -1},
	{"Captured", NULL, 0, "Closed", "MaxCapturesProcessed", -1},
	{"Canceled", "ExpiredUnused", 0, "Closed", "ExpiredUnused", -1},
	{"Canceled", "MerchantCanceled", 0, "Closed", "SellerClosed", -1},
	{"Canceled", "ChargePermissionCanceled", 0, "Closed", "OrderReferenceCanceled", -1},
	{"Canceled", "AmazonCanceled", 0, "Closed", "AmazonClosed", -1},
	{"Canceled", "BuyerCanceled", 0, "Closed", "AmazonClosed", -1},
	{"Canceled", NULL, 0, "Closed", "AmazonClosed", -1},
	/* declined while capturing: the authorization can't be captured again */
	{"Declined", NULL, AMZPAY_MAP_CAPTURE_ISSUED, "Closed", "AmazonClosed", -1},
	{"Declined", "SoftDeclined", 0, "Declined", "InvalidPaymentMethod", 1},
	{"Declined", "HardDeclined", 0, "Declined", "InvalidPaymentMethod", 0},
	{"Declined", "PaymentMethodNotAllowed", 0, "Declined", "InvalidPaymentMethod", 0},
	{"Declined", "MFANotCompleted", 0, "Declined", "InvalidPaymentMethod", 1},
	{"Declined", NULL, 0, "Declined", SAME, -1}, /* AmazonRejected, ProcessingFailure, TransactionTimedOut */
};

static const map_row capture_rows[] = {
	{"CaptureInitiated", NULL, 0, "Pending", NULL, -1},
	{"Captured", NULL, AMZPAY_MAP_REFUND_LIMIT, "Closed", "MaxAmountRefunded", -1},
	{"Captured", NULL, 0, "Completed", NULL, -1},
	{"Declined", NULL, AMZPAY_MAP_CAPTURE_ISSUED, "Declined", SAME, -1},
	/* every other charge state has no capture in legacy terms */
	{"AuthorizationInitiated", NULL, 0, NULL, NULL, -1},
	{"Authorized", NULL, 0, NULL, NULL, -1},
	{"Canceled", NULL, 0, NULL, NULL, -1},
	{"Declined", NULL, 0, NULL, NULL, -1},
};

static const map_row refund_rows[] = {
	{"RefundInitiated", NULL, 0, "Pending", NULL, -1},
	{"Refunded", NULL, 0, "Completed", NULL, -1},
	{"Declined", NULL, 0, "Declined", SAME, -1},
};

static const map_row order_reference_rows[] = {
	{"Chargeable", NULL, 0, "Open", NULL, -1},
	/* v1 stays Open while an authorization is pending */
	{"NonChargeable", "ChargeInProgress", 0, "Open", NULL, -1},
	{"NonChargeable", NULL, 0, "Suspended", "InvalidPaymentMethod", -1},
	{"Closed", "MerchantClosed", 0, "Closed", "SellerClosed", -1},
	{"Closed", "MerchantCanceled", AMZPAY_MAP_NOTHING_CAPTURED, "Canceled", "SellerCanceled", -1},
	{"Closed", "MerchantCanceled", 0, "Closed", "SellerClosed", -1},
	{"Closed", "AmazonCanceled", 0, "Canceled", "AmazonCanceled", -1},
	{"Closed", "BuyerCanceled", 0, "Canceled", "AmazonCanceled", -1},
	{"Closed", "BuyerClosed", 0, "Canceled", "AmazonCanceled", -1},
	{"Closed", "AmazonClosed", 0, "Closed", "AmazonClosed", -1},
	{"Closed", "Expired", 0, "Closed", "Expired", -1},
	{"Closed", NULL, 0, "Closed", "AmazonClosed", -1},
};

static const map_row *map_find(const map_row *rows, size_t n, const char *state, const char *reason, unsigned facts)
{
	size_t i;

	if (!state) {
		return NULL;
	}
	for (i = 0; i < n; i++) {
		if (strcmp(rows[i].state, state) != 0) {
			continue;
		}
		if (rows[i].reason && (!reason || strcmp(rows[i].reason, reason) != 0)) {
			continue;
		}
		if ((rows[i].when & facts) != rows[i].when) {
			continue;
		}
		return &rows[i];
	}
	return NULL;
}

static const char *nonempty(const char *s)
{
	return s && *s ? s : NULL;
}

/* Fills `out` from a row, or passes an unknown v2 state through. Returns false for "no legacy object". */
static bool map_apply(const map_row *rows, size_t n, const char *state, const char *reason, unsigned facts,
                      amzpay_legacy_status *out)
{
	const map_row *row;

	reason = nonempty(reason);
	row = map_find(rows, n, state, reason, facts);
	if (!row) {
		out->state = state ? state : "";
		out->reason = reason;
		out->soft_decline = -1;
		out->mapped = false;
		return true;
	}
	out->mapped = true;
	out->soft_decline = row->soft_decline;
	out->state = row->legacy_state;
	out->reason = row->legacy_reason == SAME ? reason : row->legacy_reason;
	return row->legacy_state != NULL;
}

#define MAP(rows, state, reason, facts, out) map_apply(rows, sizeof(rows) / sizeof(rows[0]), state, reason, facts, out)

void amzpay_map_authorization(const char *state, const char *reason, unsigned facts, amzpay_legacy_status *out)
{
	MAP(authorization_rows, state, reason, facts, out);
}

bool amzpay_map_capture(const char *state, const char *reason, unsigned facts, amzpay_legacy_status *out)
{
	return MAP(capture_rows, state, reason, facts, out);
}

void amzpay_map_refund(const char *state, const char *reason, unsigned facts, amzpay_legacy_status *out)
{
	MAP(refund_rows, state, reason, facts, out);
}

void amzpay_map_order_reference(const char *state, const char *reason, unsigned facts, amzpay_legacy_status *out)
{
	MAP(order_reference_rows, state, reason, facts, out);
}
