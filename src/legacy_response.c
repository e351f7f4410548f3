/*
 * amzpay core, legacy bridge: the answer side. v2 JSON -> legacy trees ->
 * MWS XML; declines and v2 error rows. Every function gets the op row from
 * its caller (legacy.c), never from the table.
 */
#include "legacy_private.h"

#include "http.h"
#include "legacy_ledger.h" /* amzpay_http_status_retryable: one list of retryable statuses */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *legacy_first_of(const char *a, const char *b)
{
	return a && *a ? a : b;
}

/* A v2 price, normalised: amount text with the currency's decimals (raw text when unparsable). */
typedef struct {
	char currency[8];
	char amount[AMZPAY_MONEY_BUF];
	int64_t minor;
	bool present;
	bool parsed;
} price;

static void read_price(const cJSON *p, price *out)
{
	const cJSON *a = amzpay_json_get(p, "amount");
	const amzpay_currency *cur;
	char raw[AMZPAY_MONEY_BUF] = "";

	memset(out, 0, sizeof(*out));
	legacy_copy_text(out->currency, sizeof(out->currency), amzpay_json_str(p, "currencyCode"));
	if (cJSON_IsString(a) && a->valuestring) {
		legacy_copy_text(raw, sizeof(raw), a->valuestring);
	} else if (cJSON_IsNumber(a)) {
		snprintf(raw, sizeof(raw), "%.*f", 6, a->valuedouble);
	} else {
		return;
	}
	out->present = true;
	legacy_copy_text(out->amount, sizeof(out->amount), raw);
	cur = amzpay_currency_find(out->currency);
	if (cur && amzpay_money_parse(raw, strlen(raw), cur,
	                              AMZPAY_MONEY_ALLOW_ZERO | AMZPAY_MONEY_NO_MAX | AMZPAY_MONEY_LENIENT,
	                              &out->minor) == AMZPAY_MONEY_OK) {
		amzpay_money_format(out->minor, cur, out->amount, sizeof(out->amount));
		out->parsed = true;
	}
}

/* "0.00" (or "0" for JPY) in `currency` */

/* --- ledger facts and records (legacy_ledger.h) -------------------- */

/* The ledger's row for the call's object, or NULL. */
static const amzpay_ledger_row *fact_row(const amzpay_legacy_call *call)
{
	return call->facts && call->facts->found ? &call->facts->row : NULL;
}

/* A non-empty field of the call's ledger row, else NULL. */
#define FACT(call, field) (fact_row(call) && fact_row(call)->field[0] ? fact_row(call)->field : NULL)

/* Ops whose v2 answer the ledger remembers. */
static bool records_answer(amzpay_legacy_op op)
{
	return op == AMZPAY_LEGACY_AUTHORIZE || op == AMZPAY_LEGACY_CAPTURE || op == AMZPAY_LEGACY_REFUND ||
	       op == AMZPAY_LEGACY_CLOSE_AUTHORIZATION || op == AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE ||
	       op == AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE;
}

/* A new row of out->records for `legacy_id`, or NULL (op not recorded, no id, list full). Fields that do
 * not fit stay empty: the ledger keeps what it had (ledger.h). */
static amzpay_ledger_row *record(const amzpay_legacy_call *call, amzpay_legacy_result *out, amzpay_ledger_kind kind,
                                 const char *legacy_id)
{
	amzpay_ledger_row *r;

	if (!records_answer(call->op) || !legacy_id || !*legacy_id ||
	    out->record_count >= sizeof(out->records) / sizeof(out->records[0])) {
		return NULL;
	}
	r = &out->records[out->record_count++];
	memset(r, 0, sizeof(*r));
	AMZPAY_LEDGER_SET(r->environment, amzpay_legacy_ledger_environment(call->sandbox));
	r->kind = kind;
	AMZPAY_LEDGER_SET(r->legacy_id, legacy_id);
	return r;
}

static void record_text(char *field, size_t size, const char *value)
{
	if (value && amzpay_ledger_set(field, size, value) != 0) {
		field[0] = '\0';
	}
}
#define RECORD(row, field, value) record_text((row)->field, sizeof((row)->field), (value))

/* Reference ids: the shop's own, else the ledger's; MWS always had one, so none is left out, never empty. */
static void add_reference_id(cJSON *d, const char *name, const char *value)
{
	if (value && *value) {
		legacy_add_text(d, name, value);
	}
}

/* IdList: `known` (what v2 tells, may be NULL) and the ledger's children, each once, oldest first. */
static void add_id_list(cJSON *d, const amzpay_legacy_call *call, const char *known)
{
	cJSON *ids = cJSON_AddObjectToObject(d, "IdList");
	bool known_listed = false;

	for (size_t i = 0; call->facts && i < call->facts->children.count; i++) {
		const char *id = call->facts->children.rows[i].legacy_id;

		legacy_add_text(ids, "member", id);
		known_listed = known_listed || (known && strcmp(known, id) == 0);
	}
	if (known && *known && !known_listed) {
		legacy_add_text(ids, "member", known);
	}
}

/* --- charge facts -------------------------------------------------- */

typedef struct {
	const cJSON *charge;
	const char *state;
	const char *reason;
	const char *updated; /* statusDetails.lastUpdatedTimestamp (v2 form) */
	price amount, captured, refunded;
	unsigned facts;
} charge_view;

static void read_charge(const amzpay_legacy_call *call, const cJSON *charge, charge_view *cv)
{
	const cJSON *sd = amzpay_json_get(charge, "statusDetails");
	const amzpay_currency *cur;

	memset(cv, 0, sizeof(*cv));
	cv->charge = charge;
	cv->state = amzpay_json_str(sd, "state");
	cv->reason = amzpay_json_str(sd, "reasonCode");
	cv->updated = amzpay_json_str(sd, "lastUpdatedTimestamp");
	read_price(amzpay_json_get(charge, "chargeAmount"), &cv->amount);
	read_price(amzpay_json_get(charge, "captureAmount"), &cv->captured);
	read_price(amzpay_json_get(charge, "refundedAmount"), &cv->refunded);
	/*
	 * Was a separate capture requested? Then a Declined charge declined at
	 * capture. With captureNow the authorization and capture are one step,
	 * and a decline is the authorization's (as in v1 with CaptureNow).
	 */
	if (!cJSON_IsTrue(amzpay_json_get(charge, "captureNow")) &&
	    (call->op == AMZPAY_LEGACY_CAPTURE || call->echo.capture_issued ||
	     (cv->captured.parsed && cv->captured.minor > 0))) {
		cv->facts |= AMZPAY_MAP_CAPTURE_ISSUED;
	}
	cur = amzpay_currency_find(cv->captured.currency);
	if (cur && cv->captured.parsed && cv->refunded.parsed && cv->captured.minor > 0) {
		int64_t overage = cv->captured.minor * 15 / 100;

		if (overage > cur->overage_minor) {
			overage = cur->overage_minor;
		}
		if (cv->refunded.minor >= cv->captured.minor + overage) {
			cv->facts |= AMZPAY_MAP_REFUND_LIMIT;
		}
	}
}

/* --- Authorization ------------------------------------------------- */

/* Everything an AuthorizationDetails needs; built from a Charge or, for declines, from the request. */
typedef struct {
	const char *currency, *amount, *captured;
	const char *descriptor, *expiration, *creation, *updated; /* legacy timestamps */
	const char *capture_id;                                    /* IdList member or NULL */
	amzpay_legacy_status status;
	const char *description;
	const char *capture_now, *note, *authorization_id, *reference_id;
} authorization_doc;

/* Element order as in the MWS Authorize / GetAuthorizationDetails samples. */
static void add_authorization(cJSON *d, const authorization_doc *a)
{
	cJSON *ids;

	legacy_add_amount(d, "AuthorizationAmount", a->currency, a->amount);
	legacy_add_amount(d, "CapturedAmount", a->currency, a->captured);
	legacy_add_text(d, "SoftDescriptor", a->descriptor);
	legacy_add_text(d, "ExpirationTimestamp", a->expiration);
	ids = cJSON_AddObjectToObject(d, "IdList");
	if (a->capture_id) {
		legacy_add_text(ids, "member", a->capture_id);
	}
	legacy_add_status(d, "AuthorizationStatus", a->updated, &a->status, a->description);
	if (a->status.soft_decline >= 0) {
		legacy_add_text(d, "SoftDecline", a->status.soft_decline ? "true" : "false");
	}
	legacy_add_zero_amount(d, "AuthorizationFee", a->currency);
	legacy_add_text(d, "CaptureNow", a->capture_now);
	legacy_add_text(d, "SellerAuthorizationNote", a->note);
	legacy_add_text(d, "CreationTimestamp", a->creation);
	legacy_add_text(d, "AmazonAuthorizationId", a->authorization_id);
	add_reference_id(d, "AuthorizationReferenceId", a->reference_id);
}

static void add_address(cJSON *obj, const char *name, const cJSON *addr);
static const char *charge_permission_reason(const cJSON *sd);

/* AuthorizationBillingAddress (EU/UK), from the charge permission the caller read (legacy.h). */
static void add_billing_address(cJSON *d, const amzpay_legacy_call *call)
{
	cJSON *addr = call->billing_address ? cJSON_Parse(call->billing_address) : NULL;

	if (cJSON_IsObject(addr)) {
		add_address(d, "AuthorizationBillingAddress", addr);
	}
	cJSON_Delete(addr);
}

bool amzpay_legacy_wants_billing_address(const amzpay_legacy_call *call, const char *region)
{
	return (call->op == AMZPAY_LEGACY_AUTHORIZE || call->op == AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS) && region &&
	       (strcasecmp(region, "de") == 0 || strcasecmp(region, "uk") == 0 || strcasecmp(region, "eu") == 0);
}

bool amzpay_legacy_take_billing_address(amzpay_legacy_call *call, const char *body, size_t len)
{
	cJSON *cp = cJSON_ParseWithLength(body, len);
	const cJSON *addr = amzpay_json_get(cp, "billingAddress");

	free(call->billing_address);
	call->billing_address = cJSON_IsObject(addr) ? cJSON_PrintUnformatted(addr) : NULL;
	cJSON_Delete(cp);
	return call->billing_address != NULL;
}

int amzpay_legacy_order_of(const char *id, char out[AMZPAY_LEGACY_ID_MAX])
{
	size_t n = id ? strlen(id) : 0;

	if (n < 19 || !amzpay_legacy_id_valid(AMZPAY_ID_ORDER_REFERENCE, id, 19)) {
		return -1;
	}
	memcpy(out, id, 19);
	out[19] = '\0';
	return 0;
}

/* The authorization's ledger row; `reason` overrides the legacy ReasonCode (outright declines keep v2's). */
static void record_authorization_as(const amzpay_legacy_call *call, amzpay_legacy_result *out,
                                    const authorization_doc *a, const char *v2_id, const char *order_id,
                                    const char *reason)
{
	amzpay_ledger_row *r = record(call, out, AMZPAY_LEDGER_AUTHORIZATION, a->authorization_id);

	if (!r) {
		return;
	}
	RECORD(r, v2_id, v2_id);
	RECORD(r, parent_id, order_id);
	RECORD(r, reference_id, a->reference_id);
	RECORD(r, note, a->note);
	RECORD(r, amount, a->amount);
	RECORD(r, currency, a->currency);
	RECORD(r, state, a->status.state);
	RECORD(r, reason_code, reason);
	RECORD(r, reason_description, a->description);
}

static void record_authorization(const amzpay_legacy_call *call, amzpay_legacy_result *out, const authorization_doc *a,
                                 const char *v2_id, const char *order_id)
{
	record_authorization_as(call, out, a, v2_id, order_id, a->status.reason);
}

int legacy_answer_authorization(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *charge, cJSON *root,
                                amzpay_legacy_result *out, amzpay_error *err)
{
	charge_view cv;
	authorization_doc a;
	char zero[AMZPAY_MONEY_BUF], expiration[64], creation[64], updated[64], auth_id[AMZPAY_LEGACY_ID_MAX];
	const cJSON *meta = amzpay_json_get(charge, "merchantMetadata"), *now = amzpay_json_get(charge, "captureNow");
	const char *charge_id = amzpay_json_str(charge, "chargeId");
	cJSON *d;

	(void)err;
	read_charge(call, charge, &cv);
	memset(&a, 0, sizeof(a));
	amzpay_map_authorization(cv.state, cv.reason, cv.facts, &a.status);
	legacy_copy_text(out->state, sizeof(out->state), a.status.state);
	a.currency = legacy_first_of(cv.amount.currency, call->echo.currency);
	a.amount = legacy_first_of(cv.amount.amount, call->echo.amount);
	legacy_zero_amount(a.currency, zero, sizeof(zero));
	/* v1 counts the capture only once it went through */
	a.captured = cv.state && strcmp(cv.state, "Captured") == 0 && cv.captured.present ? cv.captured.amount : zero;
	a.capture_id = cv.state && strcmp(cv.state, "Captured") == 0 ? charge_id : NULL;
	a.descriptor = legacy_first_of(amzpay_json_str(charge, "softDescriptor"), call->echo.soft_descriptor);
	amzpay_legacy_timestamp(amzpay_json_str(charge, "expirationTimestamp"), expiration, sizeof(expiration));
	amzpay_legacy_timestamp(amzpay_json_str(charge, "creationTimestamp"), creation, sizeof(creation));
	amzpay_legacy_timestamp(cv.updated, updated, sizeof(updated));
	a.expiration = expiration;
	a.creation = creation;
	a.updated = updated;
	a.capture_now = cJSON_IsBool(now) ? (cJSON_IsTrue(now) ? "true" : "false")
	                                  : (call->echo.capture_now ? "true" : "false");
	a.note = legacy_first_of(call->echo.note, legacy_first_of(FACT(call, note), amzpay_json_str(meta, "noteToBuyer")));
	a.reference_id = legacy_first_of(call->echo.reference_id,
	                                 legacy_first_of(FACT(call, reference_id), amzpay_json_str(meta, "merchantReferenceId")));
	a.authorization_id = amzpay_legacy_authorization_id(charge_id, auth_id) == 0 ? auth_id
	                                                                             : legacy_first_of(charge_id, call->echo.id);
	legacy_copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), cv.reason);
	d = legacy_add_result(root, spec, "AuthorizationDetails");
	add_authorization(d, &a);
	add_billing_address(d, call);
	record_authorization(call, out, &a, charge_id,
	                     legacy_first_of(amzpay_json_str(charge, "chargePermissionId"), call->echo.id));
	if (a.capture_id) {
		/* capture_now: the authorization's capture, under the authorization's reference id (as v1 kept it) */
		amzpay_legacy_status cs;
		amzpay_ledger_row *r = record(call, out, AMZPAY_LEDGER_CAPTURE, a.capture_id);

		amzpay_map_capture(cv.state, cv.reason, cv.facts | AMZPAY_MAP_CAPTURE_ISSUED, &cs);
		if (r) {
			RECORD(r, v2_id, a.capture_id);
			RECORD(r, parent_id, a.authorization_id);
			RECORD(r, reference_id, a.reference_id);
			RECORD(r, amount, a.captured);
			RECORD(r, currency, a.currency);
			RECORD(r, state, cs.state);
			RECORD(r, reason_code, cs.reason);
		}
	}
	return 0;
}

/* --- Capture --------------------------------------------------------- */

typedef struct {
	const char *reference_id, *capture_id, *creation, *updated, *descriptor, *note;
	const char *currency, *amount, *refunded;
	amzpay_legacy_status status;
	const char *description;
	const cJSON *converted;      /* v2 convertedAmount or NULL */
	const char *conversion_rate; /* or NULL */
} capture_doc;

/* Element order as in the MWS Capture / GetCaptureDetails samples. */
static void add_capture(cJSON *d, const amzpay_legacy_call *call, const capture_doc *c)
{
	add_reference_id(d, "CaptureReferenceId", c->reference_id);
	legacy_add_zero_amount(d, "CaptureFee", c->currency);
	legacy_add_text(d, "AmazonCaptureId", c->capture_id);
	legacy_add_text(d, "CreationTimestamp", c->creation);
	legacy_add_text(d, "SoftDescriptor", c->descriptor);
	add_id_list(d, call, NULL); /* refund ids: v2 does not list them, the ledger does */
	legacy_add_status(d, "CaptureStatus", c->updated, &c->status, c->description);
	legacy_add_text(d, "SellerCaptureNote", c->note);
	legacy_add_amount(d, "RefundedAmount", c->currency, c->refunded);
	legacy_add_amount(d, "CaptureAmount", c->currency, c->amount);
	if (c->converted) {
		price p;

		read_price(c->converted, &p);
		legacy_add_amount(d, "ConvertedAmount", p.currency, p.amount);
	}
	if (c->conversion_rate) {
		legacy_add_text(d, "ConversionRate", c->conversion_rate);
	}
}

static void record_capture(const amzpay_legacy_call *call, amzpay_legacy_result *out, const capture_doc *c)
{
	char auth_id[AMZPAY_LEGACY_ID_MAX];
	amzpay_ledger_row *r = record(call, out, AMZPAY_LEDGER_CAPTURE, c->capture_id);

	if (!r) {
		return;
	}
	RECORD(r, v2_id, c->capture_id);
	RECORD(r, parent_id, amzpay_legacy_authorization_id(c->capture_id, auth_id) == 0 ? auth_id : call->echo.id);
	RECORD(r, reference_id, c->reference_id);
	RECORD(r, note, c->note);
	RECORD(r, amount, c->amount);
	RECORD(r, currency, c->currency);
	RECORD(r, state, c->status.state);
	RECORD(r, reason_code, c->status.reason);
	RECORD(r, reason_description, c->description);
}

static int answer_not_found(const op_spec *spec, const amzpay_legacy_call *call, amzpay_legacy_result *out, const char *what,
                            amzpay_error *err)
{
	char message[256];

	snprintf(message, sizeof(message), "%s %s does not exist.", what, call->echo.id ? call->echo.id : "");
	return legacy_error_document(out, 404, spec->not_found, message, err);
}

int legacy_answer_capture(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *charge, cJSON *root, amzpay_legacy_result *out,
                          amzpay_error *err)
{
	charge_view cv;
	capture_doc c;
	char zero[AMZPAY_MONEY_BUF], updated[64], rate[64];
	const cJSON *r = amzpay_json_get(charge, "conversionRate");

	read_charge(call, charge, &cv);
	memset(&c, 0, sizeof(c));
	legacy_copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), cv.reason);
	if (!amzpay_map_capture(cv.state, cv.reason, cv.facts, &c.status)) {
		if (call->op != AMZPAY_LEGACY_CAPTURE) {
			/* an authorization that was never captured has no legacy capture */
			return answer_not_found(spec, call, out, "Capture", err) < 0 ? -1 : 1;
		}
		c.status.state = "Pending";
		c.status.reason = NULL;
	}
	legacy_copy_text(out->state, sizeof(out->state), c.status.state);
	c.currency = legacy_first_of(cv.captured.currency, legacy_first_of(cv.amount.currency, call->echo.currency));
	legacy_zero_amount(c.currency, zero, sizeof(zero));
	c.amount = legacy_first_of(cv.captured.amount, call->echo.amount);
	c.refunded = legacy_first_of(cv.refunded.amount, zero);
	amzpay_legacy_timestamp(cv.updated, updated, sizeof(updated));
	/* v2 has no capture timestamp: the charge's last state change is taken as the capture's */
	c.creation = updated;
	c.updated = updated;
	c.capture_id = legacy_first_of(amzpay_json_str(charge, "chargeId"), call->echo.id);
	c.reference_id = legacy_first_of(call->echo.reference_id, FACT(call, reference_id));
	c.note = legacy_first_of(call->echo.note, FACT(call, note));
	c.descriptor = legacy_first_of(amzpay_json_str(charge, "softDescriptor"), call->echo.soft_descriptor);
	c.converted = cJSON_IsObject(amzpay_json_get(charge, "convertedAmount")) ? amzpay_json_get(charge, "convertedAmount") : NULL;
	if (cJSON_IsString(r) && r->valuestring && *r->valuestring) {
		c.conversion_rate = r->valuestring;
	} else if (cJSON_IsNumber(r)) {
		snprintf(rate, sizeof(rate), "%.10g", r->valuedouble);
		c.conversion_rate = rate;
	}
	add_capture(legacy_add_result(root, spec, "CaptureDetails"), call, &c);
	record_capture(call, out, &c);
	return 0;
}

/* --- Refund ---------------------------------------------------------- */

typedef struct {
	const char *reference_id, *note, *creation, *descriptor, *updated, *currency, *amount, *refund_id;
	amzpay_legacy_status status;
	const char *description;
} refund_doc;

/* Element order as in the MWS Refund / GetRefundDetails samples. */
static void add_refund(cJSON *d, const refund_doc *r)
{
	add_reference_id(d, "RefundReferenceId", r->reference_id);
	legacy_add_text(d, "RefundType", "SellerInitiated");
	legacy_add_text(d, "SellerRefundNote", r->note);
	legacy_add_text(d, "CreationTimestamp", r->creation);
	legacy_add_text(d, "SoftDescriptor", r->descriptor);
	legacy_add_status(d, "RefundStatus", r->updated, &r->status, r->description);
	legacy_add_zero_amount(d, "FeeRefunded", r->currency);
	legacy_add_amount(d, "RefundAmount", r->currency, r->amount);
	legacy_add_text(d, "AmazonRefundId", r->refund_id);
}

/* A refund's parent is the capture the shop refunded (the call's id). */
static void record_refund(const amzpay_legacy_call *call, amzpay_legacy_result *out, const refund_doc *d)
{
	amzpay_ledger_row *r = record(call, out, AMZPAY_LEDGER_REFUND, d->refund_id);

	if (!r) {
		return;
	}
	RECORD(r, v2_id, d->refund_id);
	RECORD(r, parent_id, call->echo.id);
	RECORD(r, reference_id, d->reference_id);
	RECORD(r, note, d->note);
	RECORD(r, amount, d->amount);
	RECORD(r, currency, d->currency);
	RECORD(r, state, d->status.state);
	RECORD(r, reason_code, d->status.reason);
	RECORD(r, reason_description, d->description);
}

int legacy_answer_refund(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *refund, cJSON *root, amzpay_legacy_result *out,
                         amzpay_error *err)
{
	const cJSON *sd = amzpay_json_get(refund, "statusDetails");
	refund_doc r;
	price amount;
	char creation[64], updated[64];

	(void)err;
	memset(&r, 0, sizeof(r));
	read_price(amzpay_json_get(refund, "refundAmount"), &amount);
	amzpay_map_refund(amzpay_json_str(sd, "state"), amzpay_json_str(sd, "reasonCode"), 0, &r.status);
	legacy_copy_text(out->state, sizeof(out->state), r.status.state);
	legacy_copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), amzpay_json_str(sd, "reasonCode"));
	amzpay_legacy_timestamp(amzpay_json_str(refund, "creationTimestamp"), creation, sizeof(creation));
	amzpay_legacy_timestamp(amzpay_json_str(sd, "lastUpdatedTimestamp"), updated, sizeof(updated));
	r.creation = creation;
	r.updated = updated;
	r.reference_id = legacy_first_of(call->echo.reference_id, FACT(call, reference_id));
	r.note = legacy_first_of(call->echo.note, FACT(call, note));
	r.descriptor = legacy_first_of(amzpay_json_str(refund, "softDescriptor"), call->echo.soft_descriptor);
	r.currency = legacy_first_of(amount.currency, call->echo.currency);
	r.amount = legacy_first_of(amount.amount, call->echo.amount);
	r.refund_id = legacy_first_of(amzpay_json_str(refund, "refundId"), call->op == AMZPAY_LEGACY_GET_REFUND_DETAILS ? call->echo.id : NULL);
	add_refund(legacy_add_result(root, spec, "RefundDetails"), &r);
	record_refund(call, out, &r);
	return 0;
}

/* --- Order reference ------------------------------------------------- */

/* v2 address -> legacy PhysicalDestination / PhysicalAddress (only the fields present). */
static void add_address(cJSON *obj, const char *name, const cJSON *addr)
{
	static const char *const map[][2] = {
		{"name", "Name"},
		{"addressLine1", "AddressLine1"},
		{"addressLine2", "AddressLine2"},
		{"addressLine3", "AddressLine3"},
		{"city", "City"},
		{"county", "County"},
		{"district", "District"},
		{"stateOrRegion", "StateOrRegion"},
		{"postalCode", "PostalCode"},
		{"countryCode", "CountryCode"},
		{"phoneNumber", "Phone"},
	};
	cJSON *a = cJSON_AddObjectToObject(obj, name);
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		const char *v = amzpay_json_str(addr, map[i][0]);

		if (v) {
			legacy_add_text(a, map[i][1], v);
		}
	}
}

static void add_buyer(cJSON *d, const cJSON *buyer)
{
	cJSON *b;

	if (!cJSON_IsObject(buyer)) {
		return;
	}
	b = cJSON_AddObjectToObject(d, "Buyer");
	if (amzpay_json_str(buyer, "name")) {
		legacy_add_text(b, "Name", amzpay_json_str(buyer, "name"));
	}
	if (amzpay_json_str(buyer, "email")) {
		legacy_add_text(b, "Email", amzpay_json_str(buyer, "email"));
	}
	if (amzpay_json_str(buyer, "phoneNumber")) {
		legacy_add_text(b, "Phone", amzpay_json_str(buyer, "phoneNumber"));
	}
}

static void add_seller_attributes(cJSON *d, const cJSON *meta)
{
	cJSON *s;

	if (!amzpay_json_str(meta, "merchantReferenceId") && !amzpay_json_str(meta, "merchantStoreName") && !amzpay_json_str(meta, "customInformation")) {
		return;
	}
	s = cJSON_AddObjectToObject(d, "SellerOrderAttributes");
	if (amzpay_json_str(meta, "merchantReferenceId")) {
		legacy_add_text(s, "SellerOrderId", amzpay_json_str(meta, "merchantReferenceId"));
	}
	if (amzpay_json_str(meta, "merchantStoreName")) {
		legacy_add_text(s, "StoreName", amzpay_json_str(meta, "merchantStoreName"));
	}
	if (amzpay_json_str(meta, "customInformation")) {
		legacy_add_text(s, "CustomInformation", amzpay_json_str(meta, "customInformation"));
	}
}

static const char *charge_permission_reason(const cJSON *sd)
{
	const cJSON *reasons = amzpay_json_get(sd, "reasons");

	if (cJSON_IsArray(reasons) && reasons->child) {
		return amzpay_json_str(reasons->child, "reasonCode");
	}
	return amzpay_json_str(sd, "reasonCode");
}

static void add_payment_descriptor(cJSON *d, const cJSON *cp)
{
	const cJSON *prefs = amzpay_json_get(cp, "paymentPreferences");
	const char *text = NULL;

	if (cJSON_IsArray(prefs) && prefs->child) {
		text = amzpay_json_str(prefs->child, "paymentDescriptor");
	}
	if (text) {
		legacy_add_text(cJSON_AddObjectToObject(d, "PaymentDescriptor"), "FullDescriptor", text);
	}
}

/*
 * v2 closes a permission the same way whether the seller closed or cancelled it, and closes it itself once
 * it is fully charged (AmazonClosed); the ledger remembers what the seller did: a cancelled order with
 * nothing captured reads Canceled/SellerCanceled, otherwise a seller's close or cancel reads
 * Closed/SellerClosed (as MWS answered).
 */
static void seller_closed_or_canceled(const amzpay_legacy_call *call, const char *v2_state, unsigned facts,
                                      amzpay_legacy_status *st)
{
	const char *seller = FACT(call, state);

	if (!seller || !v2_state || strcmp(v2_state, "Closed") != 0) {
		return;
	}
	if (strcmp(seller, "Canceled") == 0 && (facts & AMZPAY_MAP_NOTHING_CAPTURED)) {
		st->state = "Canceled";
		st->reason = "SellerCanceled";
	} else if (strcmp(seller, "Canceled") == 0 || strcmp(seller, "Closed") == 0) {
		st->state = "Closed";
		st->reason = "SellerClosed";
	}
}

int legacy_answer_order_reference(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *cp, cJSON *root,
                                  amzpay_legacy_result *out, amzpay_error *err)
{
	const cJSON *sd = amzpay_json_get(cp, "statusDetails"), *limits = amzpay_json_get(cp, "limits"), *meta = amzpay_json_get(cp, "merchantMetadata");
	cJSON *d = legacy_add_result(root, spec, "OrderReferenceDetails");
	amzpay_legacy_status st;
	price limit, balance;
	unsigned facts = 0;
	char updated[64];

	(void)err;
	read_price(amzpay_json_get(limits, "amountLimit"), &limit);
	read_price(amzpay_json_get(limits, "amountBalance"), &balance);
	if (limit.parsed && balance.parsed && limit.minor == balance.minor) {
		facts |= AMZPAY_MAP_NOTHING_CAPTURED;
	}
	amzpay_map_order_reference(amzpay_json_str(sd, "state"), charge_permission_reason(sd), facts, &st);
	/* without limits (v2 may send them null) nothing tells a capture happened: the seller's cancel stands */
	seller_closed_or_canceled(call, amzpay_json_str(sd, "state"),
	                          limit.parsed && balance.parsed ? facts : facts | AMZPAY_MAP_NOTHING_CAPTURED, &st);
	legacy_copy_text(out->state, sizeof(out->state), st.state);
	legacy_copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), charge_permission_reason(sd));
	legacy_add_text(d, "AmazonOrderReferenceId", legacy_first_of(amzpay_json_str(cp, "chargePermissionId"), call->echo.id));
	add_buyer(d, amzpay_json_get(cp, "buyer"));
	if (limit.present) {
		legacy_add_amount(d, "OrderTotal", limit.currency, limit.amount);
	}
	if (amzpay_json_str(meta, "noteToBuyer")) {
		legacy_add_text(d, "SellerNote", amzpay_json_str(meta, "noteToBuyer"));
	}
	if (amzpay_json_str(cp, "platformId")) {
		legacy_add_text(d, "PlatformId", amzpay_json_str(cp, "platformId"));
	}
	if (cJSON_IsObject(amzpay_json_get(cp, "shippingAddress"))) {
		cJSON *dest = cJSON_AddObjectToObject(d, "Destination");

		legacy_add_text(dest, "DestinationType", "Physical");
		add_address(dest, "PhysicalDestination", amzpay_json_get(cp, "shippingAddress"));
	}
	if (cJSON_IsObject(amzpay_json_get(cp, "billingAddress"))) {
		cJSON *bill = cJSON_AddObjectToObject(d, "BillingAddress");

		legacy_add_text(bill, "AddressType", "Physical");
		add_address(bill, "PhysicalAddress", amzpay_json_get(cp, "billingAddress"));
	}
	legacy_add_text(d, "ReleaseEnvironment", amzpay_json_str(cp, "releaseEnvironment"));
	add_seller_attributes(d, meta);
	amzpay_legacy_timestamp(amzpay_json_str(sd, "lastUpdatedTimestamp"), updated, sizeof(updated));
	legacy_add_status(d, "OrderReferenceStatus", updated, &st, NULL);
	legacy_add_timestamp(d, "CreationTimestamp", amzpay_json_str(cp, "creationTimestamp"));
	legacy_add_timestamp(d, "ExpirationTimestamp", amzpay_json_str(cp, "expirationTimestamp"));
	/* its authorizations: v2 does not list them, the ledger does (MWS left the element out while empty) */
	if (call->facts && call->facts->children.count) {
		add_id_list(d, call, NULL);
	}
	add_payment_descriptor(d, cp);
	legacy_add_text(d, "RequestPaymentAuthorization", "false");
	return 0;
}

/* What the seller closed or cancelled: v2 does not tell a cancel from a close (seller_closed_or_canceled()). */
static void record_seller_close(const amzpay_legacy_call *call, amzpay_legacy_result *out)
{
	bool order = call->op != AMZPAY_LEGACY_CLOSE_AUTHORIZATION;
	bool cancel = call->op == AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE;
	char charge[AMZPAY_LEGACY_ID_MAX], order_id[AMZPAY_LEGACY_ID_MAX];
	amzpay_ledger_row *r =
		record(call, out, order ? AMZPAY_LEDGER_ORDER : AMZPAY_LEDGER_AUTHORIZATION, call->echo.id);

	if (!r) {
		return;
	}
	if (order) {
		RECORD(r, v2_id, call->echo.id);
	} else if (amzpay_legacy_charge_id(call->echo.id, charge) == 0) {
		RECORD(r, v2_id, charge);
		if (amzpay_legacy_order_of(charge, order_id) == 0) {
			RECORD(r, parent_id, order_id);
		}
	}
	RECORD(r, state, cancel ? "Canceled" : "Closed");
	RECORD(r, reason_code, cancel ? "SellerCanceled" : "SellerClosed");
}

/* CloseAuthorization / CancelOrderReference: an empty <...Result/>, as in the MWS samples. */
int legacy_answer_empty_result(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *obj, cJSON *root,
                               amzpay_legacy_result *out, amzpay_error *err)
{
	char name[96];
	const cJSON *sd = amzpay_json_get(obj, "statusDetails");

	(void)err;
	legacy_copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), amzpay_json_str(sd, "reasonCode"));
	snprintf(name, sizeof(name), "%sResult", spec->action);
	cJSON_AddObjectToObject(root, name);
	record_seller_close(call, out);
	return 0;
}

/* CloseOrderReference: the MWS sample has no Result element at all. */
int legacy_answer_no_result(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *obj, cJSON *root, amzpay_legacy_result *out,
                            amzpay_error *err)
{
	(void)spec, (void)obj, (void)root, (void)err;
	record_seller_close(call, out);
	return 0;
}

/*
 * ConfirmOrderReference: v2 has no Draft order reference; a charge permission is Chargeable once the
 * buyer completed checkout (or updated the payment method after a soft decline), which is what confirming
 * did in MWS: success, nothing sent but the read. NonChargeable: the buyer has not updated the payment
 * method (MWS PaymentMethodNotUpdated); Closed: InvalidOrderReferenceStatus.
 */
int legacy_answer_confirm(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *cp, cJSON *root,
                          amzpay_legacy_result *out, amzpay_error *err)
{
	const cJSON *sd = amzpay_json_get(cp, "statusDetails");
	const char *state = amzpay_json_str(sd, "state"), *reason = charge_permission_reason(sd);
	char message[256];

	(void)spec, (void)root;
	legacy_copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), reason);
	if (state && strcmp(state, "Chargeable") == 0) {
		legacy_copy_text(out->state, sizeof(out->state), "Open");
		return 0; /* the MWS answer has no Result element */
	}
	snprintf(message, sizeof(message),
	         "The order reference %s cannot be confirmed: Amazon Pay API v2 reports it %s%s%s.", call->echo.id,
	         state ? state : "in an unknown state", reason ? "/" : "", reason ? reason : "");
	if (state && strcmp(state, "NonChargeable") == 0) {
		return legacy_error_document(out, 400, "PaymentMethodNotUpdated", message, err) < 0 ? -1 : 1;
	}
	return legacy_error_document(out, 400, "InvalidOrderReferenceStatus", message, err) < 0 ? -1 : 1;
}

/*
 * MWS kept a fully captured order Open until the seller closed it; v2 closes the charge permission itself
 * (AmazonClosed) and refuses a later close. So closeOrderReference refused with
 * InvalidChargePermissionStatus is checked: when the permission (read by the caller) is Closed because it
 * was fully charged, the close has nothing left to do and succeeds.
 */
bool amzpay_legacy_close_needs_check(const amzpay_legacy_call *call, const amzpay_v2_reply *reply)
{
	cJSON *body;
	bool refused;

	if (call->op != AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE || reply->status != 422 || !reply->body) {
		return false;
	}
	body = cJSON_ParseWithLength(reply->body, reply->body_len);
	refused = amzpay_json_str(body, "reasonCode") &&
	          strcmp(amzpay_json_str(body, "reasonCode"), "InvalidChargePermissionStatus") == 0;
	cJSON_Delete(body);
	return refused;
}

bool amzpay_legacy_permission_fully_charged(const char *body, size_t len)
{
	cJSON *cp = cJSON_ParseWithLength(body, len);
	const cJSON *sd = amzpay_json_get(cp, "statusDetails");
	const char *reason = charge_permission_reason(sd);
	bool done = amzpay_json_str(sd, "state") && strcmp(amzpay_json_str(sd, "state"), "Closed") == 0 && reason &&
	            strcmp(reason, "AmazonClosed") == 0;

	cJSON_Delete(cp);
	return done;
}

/*
 * getAuthorizationDetails on an authorization v2 declined outright: there is no v2 object to read, the
 * ledger's row is the whole answer (Declined, its reason and SoftDecline rebuilt from v2's reasonCode).
 */
int legacy_answer_from_ledger(const op_spec *spec, const amzpay_legacy_call *call, amzpay_legacy_result *out,
                              amzpay_error *err)
{
	const amzpay_ledger_row *row = fact_row(call);
	char zero[AMZPAY_MONEY_BUF], when[64], name[96];
	authorization_doc a;
	cJSON *root;

	if (call->op != AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS || !row || row->v2_id[0] ||
	    row->kind != AMZPAY_LEDGER_AUTHORIZATION || strcmp(row->state, "Declined") != 0) {
		return 0;
	}
	amzpay_legacy_result_free(out);
	root = cJSON_CreateObject();
	if (!root) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	memset(&a, 0, sizeof(a));
	amzpay_map_authorization("Declined", row->reason_code, 0, &a.status);
	legacy_zero_amount(row->currency, zero, sizeof(zero));
	legacy_format_time((time_t)(row->created_at / 1000), when, sizeof(when));
	a.currency = row->currency;
	a.amount = row->amount;
	a.captured = zero;
	a.expiration = a.creation = a.updated = when;
	a.description = row->reason_description;
	a.capture_now = "false";
	a.note = row->note;
	a.authorization_id = row->legacy_id;
	a.reference_id = row->reference_id;
	legacy_copy_text(out->state, sizeof(out->state), "Declined");
	legacy_copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), row->reason_code);
	add_authorization(legacy_add_result(root, spec, "AuthorizationDetails"), &a);
	legacy_add_metadata(root, out);
	snprintf(name, sizeof(name), "%sResponse", spec->action);
	return legacy_finish_xml(name, root, 200, out, err) == 0 ? 1 : -1;
}

/* --- v2 errors ------------------------------------------------------- */

/*
 * v2 error reasonCode -> legacy Error Code (first matching row wins).
 * legacy NULL: the op's "not found" code. status 0: keep v2's (422 -> 400).
 */
typedef struct {
	const char *v2;
	unsigned ops; /* 0: any op */
	const char *legacy;
	long status;
} error_row;

static const error_row error_rows[] = {
	{"ResourceNotFound", 0, NULL, 404},
	{"InvalidChargeStatus", OPBIT(AMZPAY_LEGACY_REFUND), "CaptureNotRefundable", 405},
	{"InvalidChargeStatus", 0, "InvalidAuthorizationStatus", 405},
	{"InvalidChargePermissionStatus", 0, "InvalidOrderReferenceStatus", 405},
	{"ChargePermissionNotModifiable", 0, "OrderReferenceNotModifiable", 400},
	{"DuplicateIdempotencyKey", 0, "DuplicateRequest", 400},
	{"MissingParameterValue", 0, "MissingParameter", 400},
	{"MissingHeader", 0, "MissingParameter", 400},
	{"MissingHeaderValue", 0, "MissingParameter", 400},
	{"InvalidRequestFormat", 0, "InvalidParameterValue", 400},
	{"InvalidRequest", 0, "InvalidParameterValue", 400},
	{"UnrecognizedField", 0, "InvalidParameterValue", 400},
	{"InvalidHeaderValue", 0, "InvalidParameterValue", 400},
	{"InvalidParameterCombination", 0, "InvalidParameterValue", 400},
	{"InvalidRequestSignature", 0, "SignatureDoesNotMatch", 403},
};

/* v2 refusals that v1 reported as a Declined object in a 200 response. */
typedef struct {
	unsigned ops;
	const char *v2;
} decline_row;

#define AUTHORIZE_BIT OPBIT(AMZPAY_LEGACY_AUTHORIZE)
#define CAPTURE_REFUND_BITS (OPBIT(AMZPAY_LEGACY_CAPTURE) | OPBIT(AMZPAY_LEGACY_REFUND))

static const decline_row decline_rows[] = {
	{AUTHORIZE_BIT, "SoftDeclined"},
	{AUTHORIZE_BIT, "HardDeclined"},
	{AUTHORIZE_BIT, "TransactionTimedOut"},
	{AUTHORIZE_BIT, "PaymentMethodNotAllowed"},
	{AUTHORIZE_BIT, "MFANotCompleted"},
	{AUTHORIZE_BIT | CAPTURE_REFUND_BITS, "AmazonRejected"},
	{AUTHORIZE_BIT | CAPTURE_REFUND_BITS, "ProcessingFailure"},
};

static bool is_decline(amzpay_legacy_op op, const char *code)
{
	size_t i;

	for (i = 0; code && i < sizeof(decline_rows) / sizeof(decline_rows[0]); i++) {
		if ((decline_rows[i].ops & OPBIT(op)) && strcmp(decline_rows[i].v2, code) == 0) {
			return true;
		}
	}
	return false;
}

/*
 * Declines refused by v2, answered the v1 way: 200 + a Declined object
 * built from the request. No v2 object exists to read times from: the
 * decline is dated "now".
 */
static void decline_authorization(const op_spec *spec, const amzpay_legacy_call *call, const char *code, const char *message, cJSON *root,
                                  const cJSON *body, const char *now, amzpay_legacy_result *out)
{
	char zero[AMZPAY_MONEY_BUF], auth_id[AMZPAY_LEGACY_ID_MAX];
	authorization_doc a;

	memset(&a, 0, sizeof(a));
	legacy_zero_amount(call->echo.currency, zero, sizeof(zero));
	amzpay_map_authorization("Declined", code, 0, &a.status);
	a.currency = call->echo.currency;
	a.amount = call->echo.amount;
	a.captured = zero;
	a.descriptor = call->echo.soft_descriptor;
	a.expiration = a.creation = a.updated = now;
	a.description = message;
	a.capture_now = call->echo.capture_now ? "true" : "false";
	a.note = call->echo.note;
	a.reference_id = call->echo.reference_id;
	/* v2 creates no charge for a refusal: the error body's charge id if it names one, else a deterministic
	 * v1-shaped id (legacy_ledger.h), so the shop can store it and read the decline back */
	if (amzpay_legacy_authorization_id(amzpay_json_str(body, "chargeId"), auth_id) < 0 &&
	    amzpay_legacy_declined_authorization_id(call->echo.id, call->echo.reference_id, auth_id) < 0) {
		auth_id[0] = '\0';
	}
	a.authorization_id = auth_id;
	add_authorization(legacy_add_result(root, spec, "AuthorizationDetails"), &a);
	record_authorization_as(call, out, &a, amzpay_json_str(body, "chargeId"), call->echo.id, code);
}

static void decline_capture(const op_spec *spec, const amzpay_legacy_call *call, const char *code, const char *message, cJSON *root,
                            const char *now, amzpay_legacy_result *out)
{
	char zero[AMZPAY_MONEY_BUF], charge[AMZPAY_LEGACY_ID_MAX];
	capture_doc c;

	memset(&c, 0, sizeof(c));
	legacy_zero_amount(call->echo.currency, zero, sizeof(zero));
	if (amzpay_legacy_charge_id(call->echo.id, charge) < 0) {
		legacy_copy_text(charge, sizeof(charge), call->echo.id);
	}
	c.status.state = "Declined";
	c.status.reason = code;
	c.description = message;
	c.reference_id = call->echo.reference_id;
	c.capture_id = charge;
	c.creation = c.updated = now;
	c.descriptor = call->echo.soft_descriptor;
	c.note = call->echo.note;
	c.currency = call->echo.currency;
	c.amount = call->echo.amount;
	c.refunded = zero;
	add_capture(legacy_add_result(root, spec, "CaptureDetails"), call, &c);
	record_capture(call, out, &c);
}

static void decline_refund(const op_spec *spec, const amzpay_legacy_call *call, const char *code, const char *message, cJSON *root,
                           const cJSON *body, const char *now, amzpay_legacy_result *out)
{
	refund_doc r;

	memset(&r, 0, sizeof(r));
	r.status.state = "Declined";
	r.status.reason = code;
	r.description = message;
	r.reference_id = call->echo.reference_id;
	r.note = call->echo.note;
	r.creation = r.updated = now;
	r.descriptor = call->echo.soft_descriptor;
	r.currency = call->echo.currency;
	r.amount = call->echo.amount;
	r.refund_id = amzpay_json_str(body, "refundId");
	add_refund(legacy_add_result(root, spec, "RefundDetails"), &r);
	record_refund(call, out, &r);
}

static void answer_decline(const op_spec *spec, const amzpay_legacy_call *call, const char *code, const char *message, cJSON *root,
                           const cJSON *body, amzpay_legacy_result *out)
{
	char now[64];

	legacy_now_text(now, sizeof(now));
	if (call->op == AMZPAY_LEGACY_AUTHORIZE) {
		decline_authorization(spec, call, code, message, root, body, now, out);
	} else if (call->op == AMZPAY_LEGACY_CAPTURE) {
		decline_capture(spec, call, code, message, root, now, out);
	} else {
		decline_refund(spec, call, code, message, root, body, now, out);
	}
}

static const error_row *error_find(amzpay_legacy_op op, const char *code)
{
	size_t i;

	for (i = 0; code && i < sizeof(error_rows) / sizeof(error_rows[0]); i++) {
		if (strcmp(error_rows[i].v2, code) == 0 && (!error_rows[i].ops || (error_rows[i].ops & OPBIT(op)))) {
			return &error_rows[i];
		}
	}
	return NULL;
}

static int answer_v2_error(const op_spec *spec, const amzpay_legacy_call *call, long v2_status, const char *code, const char *message,
                           amzpay_legacy_result *out, amzpay_error *err)
{
	const error_row *row = error_find(call->op, code);
	const char *legacy = code ? code : "UnexpectedResponse";
	long status = v2_status == 422 ? 400 : v2_status;
	char fallback[160];

	if (row) {
		legacy = row->legacy ? row->legacy : spec->not_found;
		status = row->status ? row->status : status;
	}
	if (status < 400 || status > 599) {
		status = 400; /* 1xx/3xx from v2: refused all the same */
	}
	if (!message || !*message) {
		snprintf(fallback, sizeof(fallback), "Amazon Pay API v2 answered HTTP %ld%s%s.", v2_status,
		         code ? " with " : " without an error body", code ? code : "");
		message = fallback;
	}
	return legacy_error_document(out, status, legacy, message, err);
}

/*
 * The legacy SDK threw once 500/503 survived its retries; v2 throttling (429) was MWS 503.
 * The outcome is unknown when any attempt may have been processed.
 */
static int throw_exhausted(const amzpay_v2_reply *reply, amzpay_error *err)
{
	long v2_status = reply->status;
	int retries = reply->retries;
	long status = v2_status == 429 ? 503 : v2_status;

	amzpay_error_set(err, AMZPAY_ERR_HTTP, "Error Code: %ld\nMaximum number of retry attempts - %d reached", status,
	                 retries + 1);
	if (err) {
		err->http_status = status;
		err->code = (int)v2_status;
		err->flags = reply->maybe_processed ? AMZPAY_ERRF_OUTCOME_UNKNOWN : 0;
	}
	return -1;
}

int legacy_translate_error(const op_spec *spec, const amzpay_legacy_call *call, const amzpay_v2_reply *reply,
                           const cJSON *body, amzpay_legacy_result *out, amzpay_error *err)
{
	const char *code = amzpay_json_str(body, "reasonCode");
	const char *message = amzpay_json_str(body, "message");
	char name[96];
	cJSON *root;

	legacy_copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), code);
	if (is_decline(call->op, code)) {
		root = cJSON_CreateObject();
		answer_decline(spec, call, code, message, root, body, out);
		legacy_copy_text(out->state, sizeof(out->state), "Declined");
		legacy_add_metadata(root, out);
		snprintf(name, sizeof(name), "%sResponse", spec->action);
		return legacy_finish_xml(name, root, 200, out, err);
	}
	if (amzpay_http_status_retryable(reply->status) && call->handle_throttle) {
		return throw_exhausted(reply, err);
	}
	if ((reply->status == 429 || reply->status == 503) && !call->handle_throttle) {
		/* handle_throttle false: MWS's own throttled answer, once (the legacy endless retry is not kept) */
		return legacy_error_document(out, 503, "RequestThrottled",
		                             message && *message ? message : "Request is throttled", err);
	}
	return answer_v2_error(spec, call, reply->status, code, message, out, err);
}

int legacy_translate_success(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *body,
                             amzpay_legacy_result *out, amzpay_error *err)
{
	cJSON *root = cJSON_CreateObject();
	char name[96];
	int rc;

	if (!root) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	rc = spec->answer(spec, call, body, root, out, err);
	if (rc != 0) {
		cJSON_Delete(root);
		return rc < 0 ? -1 : 0; /* > 0: an error document was produced instead */
	}
	legacy_add_metadata(root, out);
	snprintf(name, sizeof(name), "%sResponse", spec->action);
	return legacy_finish_xml(name, root, 200, out, err);
}

