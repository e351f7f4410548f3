/*
 * amzpay core, legacy bridge: v2 refusals in legacy terms. Declines that v1
 * answered as a Declined object, the v2 error rows, and the legacy exception
 * when retries ran out. Every function gets the op row from its caller.
 */
#include "legacy_private.h"

#include "http.h" /* amzpay_http_status_retryable: one list of retryable statuses */
#include "legacy_ledger.h"

#include <stdio.h>
#include <string.h>

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
	legacy_add_authorization(legacy_add_result(root, spec, "AuthorizationDetails"), &a);
	legacy_record_authorization_as(call, out, &a, amzpay_json_str(body, "chargeId"), call->echo.id, code);
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
	legacy_add_capture(legacy_add_result(root, spec, "CaptureDetails"), call, &c);
	legacy_record_capture(call, out, &c);
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
	legacy_add_refund(legacy_add_result(root, spec, "RefundDetails"), &r);
	legacy_record_refund(call, out, &r);
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

