/*
 * amzpay core: the legacy bridge (see legacy.h for the contract).
 *
 * Layout of this file:
 *   1. small helpers (UTF-8, clock, strings)
 *   2. parameters
 *   3. identifiers, idempotency keys, sandbox simulations
 *   4. the operation table: one row per legacy method (fields, v2 request)
 *   5. request side: validation + v2 request builders
 *   6. response side: v2 JSON -> legacy trees -> MWS XML
 * Rules are table rows wherever possible: field specs per op, simulation
 * codes, decline codes and error-code mappings.
 */
#include "legacy.h"

#include <cjson/cJSON.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "state.h"
#include "xml.h"

/* ------------------------------------------------------------------ */
/* 1. Helpers                                                           */
/* ------------------------------------------------------------------ */

#define OPBIT(op) (1u << (unsigned)(op))

static time_t (*legacy_clock)(void);

void amzpay_legacy_set_clock(time_t (*clock_fn)(void))
{
	legacy_clock = clock_fn;
}

static time_t legacy_now(void)
{
	return legacy_clock ? legacy_clock() : time(NULL);
}

/* "2019-07-14T15:53:00.000Z" for `t` */
static void format_time(time_t t, char *out, size_t size)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, size, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
}

static bool all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
	}
	return true;
}

void amzpay_legacy_timestamp(const char *v2, char *out, size_t size)
{
	size_t len = v2 ? strlen(v2) : 0;
	const char *frac = "000";
	char ms[4] = "000";

	if (size == 0) {
		return;
	}
	/* 20190714T155300Z, optionally 20190714T155300.123Z */
	if (len >= 16 && all_digits(v2, 8) && v2[8] == 'T' && all_digits(v2 + 9, 6) && v2[len - 1] == 'Z' &&
	    (len == 16 || (v2[15] == '.' && len > 17 && all_digits(v2 + 16, len - 17)))) {
		if (len > 16) {
			size_t n = len - 17 < 3 ? len - 17 : 3;

			memcpy(ms, v2 + 16, n);
			frac = ms;
		}
		snprintf(out, size, "%.4s-%.2s-%.2sT%.2s:%.2s:%.2s.%.3sZ", v2, v2 + 4, v2 + 6, v2 + 9, v2 + 11, v2 + 13,
		         frac);
		return;
	}
	snprintf(out, size, "%s", v2 ? v2 : "");
}

static char *dupn(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

static void copy_text(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

/* Number of UTF-8 code points, or (size_t)-1 when `s` is not valid UTF-8. */
static size_t utf8_length(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, count = 0, n, k;
	uint32_t c, min;

	while (i < len) {
		if (p[i] < 0x80) {
			n = 1, c = p[i], min = 0;
		} else if ((p[i] & 0xe0) == 0xc0) {
			n = 2, c = p[i] & 0x1f, min = 0x80;
		} else if ((p[i] & 0xf0) == 0xe0) {
			n = 3, c = p[i] & 0x0f, min = 0x800;
		} else if ((p[i] & 0xf8) == 0xf0) {
			n = 4, c = p[i] & 0x07, min = 0x10000;
		} else {
			return (size_t)-1;
		}
		if (i + n > len) {
			return (size_t)-1;
		}
		for (k = 1; k < n; k++) {
			if ((p[i + k] & 0xc0) != 0x80) {
				return (size_t)-1;
			}
			c = (c << 6) | (p[i + k] & 0x3f);
		}
		if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
			return (size_t)-1;
		}
		i += n;
		count++;
	}
	return count;
}

/* ------------------------------------------------------------------ */
/* 2. Parameters                                                        */
/* ------------------------------------------------------------------ */

const amzpay_param *amzpay_params_find(const amzpay_params *p, const char *key)
{
	size_t i;

	if (!p || !key) {
		return NULL;
	}
	for (i = 0; i < p->count; i++) {
		if (p->items[i].key && strcmp(p->items[i].key, key) == 0) {
			return &p->items[i];
		}
	}
	return NULL;
}

const char *amzpay_params_string(const amzpay_params *p, const char *key, size_t *len)
{
	const amzpay_param *it = amzpay_params_find(p, key);

	if (!it || it->type != AMZPAY_PARAM_STRING || !it->str || it->len == 0) {
		return NULL;
	}
	if (len) {
		*len = it->len;
	}
	return it->str;
}

/* PHP's rendering of a value in `'... value ' . $value`, and its gettype() after the legacy trim(). */
static void param_render(const amzpay_param *it, const char **value, const char **type)
{
	switch (it->type) {
		case AMZPAY_PARAM_STRING:
			*value = it->str ? it->str : "";
			*type = "string";
			break;
		case AMZPAY_PARAM_NULL: /* trim(null) === '' */
			*value = "";
			*type = "string";
			break;
		case AMZPAY_PARAM_BOOL:
			*value = it->b ? "1" : "";
			*type = "boolean";
			break;
		case AMZPAY_PARAM_ARRAY:
			*value = "Array";
			*type = "array";
			break;
		default:
			*value = it->str ? it->str : "";
			*type = it->type_name ? it->type_name : "object";
			break;
	}
}

/* The keys the legacy SDK type-checks on every method, before any I/O. */
static const char *const legacy_bool_keys[] = {
	"capture_now", "confirm_now", "inherit_shipping_address", "request_payment_authorization",
	"expect_immediate_authorization",
};
static const char *const legacy_array_keys[] = {
	"provider_credit_details", "provider_credit_reversal_details", "order_item_categories",
	"notification_configuration_list",
};

static bool key_in(const char *key, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(key, list[i]) == 0) {
			return true;
		}
	}
	return false;
}

#define KEY_IN(key, list) key_in(key, list, sizeof(list) / sizeof(list[0]))

/* The legacy setParametersAndPost() loop: the first badly typed key throws. */
static int legacy_type_checks(const amzpay_params *params, amzpay_error *err)
{
	const char *value, *type;
	size_t i;

	for (i = 0; params && i < params->count; i++) {
		const amzpay_param *it = &params->items[i];

		if (!it->key) {
			continue;
		}
		param_render(it, &value, &type);
		if (KEY_IN(it->key, legacy_bool_keys) && it->type != AMZPAY_PARAM_BOOL) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s value %s is of type %s and should be a boolean value",
			                        it->key, value, type);
		}
		if (KEY_IN(it->key, legacy_array_keys) && it->type != AMZPAY_PARAM_ARRAY) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s value %s is of type %s and should be an array value",
			                        it->key, value, type);
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* 3. Identifiers, idempotency keys, sandbox simulations                */
/* ------------------------------------------------------------------ */

/* ^[SP]\d{2}-\d{7}-\d{7} */
static bool oro_prefix_valid(const char *id)
{
	return (id[0] == 'S' || id[0] == 'P') && all_digits(id + 1, 2) && id[3] == '-' && all_digits(id + 4, 7) &&
	       id[11] == '-' && all_digits(id + 12, 7);
}

bool amzpay_legacy_id_valid(amzpay_id_kind kind, const char *id, size_t len)
{
	static const char letters[] = {'\0', 'A', 'C', 'R'};

	if (!id || len < 19 || memchr(id, '\0', len) || !oro_prefix_valid(id)) {
		return false;
	}
	if (kind == AMZPAY_ID_ORDER_REFERENCE) {
		return len == 19;
	}
	/* ...-X + 6 or 7 digits; index 20 is the letter */
	return (len == 27 || len == 28) && id[19] == '-' && id[20] == letters[kind] && all_digits(id + 21, len - 21);
}

static int swap_id_letter(const char *in, amzpay_id_kind from, char to, char out[AMZPAY_LEGACY_ID_MAX])
{
	size_t len = in ? strlen(in) : 0;

	if (!amzpay_legacy_id_valid(from, in, len)) {
		return -1;
	}
	memcpy(out, in, len + 1);
	out[20] = to;
	return 0;
}

int amzpay_legacy_charge_id(const char *auth_id, char out[AMZPAY_LEGACY_ID_MAX])
{
	return swap_id_letter(auth_id, AMZPAY_ID_AUTHORIZATION, 'C', out);
}

int amzpay_legacy_authorization_id(const char *charge_id, char out[AMZPAY_LEGACY_ID_MAX])
{
	return swap_id_letter(charge_id, AMZPAY_ID_CAPTURE, 'A', out);
}

static bool key_char_ok(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

void amzpay_legacy_idempotency_key(const char *ref, size_t len, char out[AMZPAY_IDEMPOTENCY_KEY_MAX + 1])
{
	static const char b32[] = "abcdefghijklmnopqrstuvwxyz234567";
	static const char prefix[] = "amzpay-";
	unsigned char md[32];
	unsigned int mdlen = 0;
	size_t i, bit;
	bool as_is = len > 0 && len <= AMZPAY_IDEMPOTENCY_KEY_MAX;

	for (i = 0; as_is && i < len; i++) {
		as_is = key_char_ok(ref[i]);
	}
	if (as_is) {
		memcpy(out, ref, len);
		out[len] = '\0';
		return;
	}
	EVP_Digest(ref, len, md, &mdlen, EVP_sha256(), NULL);
	memcpy(out, prefix, sizeof(prefix) - 1);
	for (i = 0; i < AMZPAY_IDEMPOTENCY_KEY_MAX - (sizeof(prefix) - 1); i++) {
		unsigned v = 0, k;

		bit = i * 5;
		for (k = 0; k < 5; k++, bit++) {
			v = (v << 1) | ((md[bit / 8] >> (7 - bit % 8)) & 1u);
		}
		out[sizeof(prefix) - 1 + i] = b32[v];
	}
	out[AMZPAY_IDEMPOTENCY_KEY_MAX] = '\0';
}

/*
 * v1 sandbox simulations (a JSON note) -> v2 x-amz-pay-simulation-code,
 * in the names the sandbox accepts (sandbox/lib/Simulation.php): Create
 * Charge SoftDeclined, HardDeclined, AmazonRejected, TransactionTimedOut,
 * PaymentMethodNotAllowed, MFANotCompleted, ProcessingFailure,
 * AuthorizationInitiated, Pending{Soft,Hard}Declined, PendingAmazonRejected,
 * PendingTransactionTimedOut; Capture CaptureInitiated, AmazonRejected;
 * Refund AmazonRejected (alias RefundDeclined), ProcessingFailure; Close
 * Charge Permission AmazonClosed.
 */
typedef struct {
	unsigned ops;       /* OPBIT()s */
	const char *state;  /* SandboxSimulation.State */
	const char *reason; /* SandboxSimulation.ReasonCode; NULL: any or none */
	int soft;           /* SoftDecline: -1 any, 0 must be false */
	const char *code;   /* synchronous call */
	const char *async;  /* asynchronous authorization (TransactionTimeout > 0): v1 answered
	                     * Pending and declined later, as v2's Pending* codes do */
} simulation_row;

#define AUTH_OP OPBIT(AMZPAY_LEGACY_AUTHORIZE)

static const simulation_row simulation_rows[] = {
	{AUTH_OP, "Declined", "InvalidPaymentMethod", 0, "HardDeclined", "PendingHardDeclined"},
	{AUTH_OP, "Declined", "InvalidPaymentMethod", -1, "SoftDeclined", "PendingSoftDeclined"},
	{AUTH_OP, "Declined", "AmazonRejected", -1, "AmazonRejected", "PendingAmazonRejected"},
	{AUTH_OP, "Declined", "TransactionTimedOut", -1, "TransactionTimedOut", "PendingTransactionTimedOut"},
	{AUTH_OP, "Declined", "ProcessingFailure", -1, "ProcessingFailure", "ProcessingFailure"},
	{AUTH_OP, "Declined", "PaymentMethodNotAllowed", -1, "PaymentMethodNotAllowed", "PaymentMethodNotAllowed"},
	{AUTH_OP, "Pending", NULL, -1, "AuthorizationInitiated", "AuthorizationInitiated"},
	{OPBIT(AMZPAY_LEGACY_CAPTURE), "Pending", NULL, -1, "CaptureInitiated", "CaptureInitiated"},
	{OPBIT(AMZPAY_LEGACY_CAPTURE), "Declined", "AmazonRejected", -1, "AmazonRejected", "AmazonRejected"},
	{OPBIT(AMZPAY_LEGACY_REFUND), "Declined", "AmazonRejected", -1, "AmazonRejected", "AmazonRejected"},
	{OPBIT(AMZPAY_LEGACY_REFUND), "Declined", "ProcessingFailure", -1, "ProcessingFailure", "ProcessingFailure"},
	{OPBIT(AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE) | OPBIT(AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE), "Closed",
	 "AmazonClosed", -1, "AmazonClosed", "AmazonClosed"},
};

/* SoftDecline given as JSON bool or "true"/"false": 1, 0, or -1 when absent/other. */
static int json_softness(const cJSON *v)
{
	if (cJSON_IsBool(v)) {
		return cJSON_IsTrue(v) ? 1 : 0;
	}
	if (cJSON_IsString(v) && v->valuestring) {
		if (strcasecmp(v->valuestring, "true") == 0) {
			return 1;
		}
		if (strcasecmp(v->valuestring, "false") == 0) {
			return 0;
		}
	}
	return -1;
}

int amzpay_legacy_simulation_code(amzpay_legacy_op op, const char *note, size_t len, bool async, const char **code)
{
	cJSON *doc, *sim;
	const char *state, *reason;
	int soft, rc = -1;
	size_t i;

	*code = NULL;
	if (!note || len == 0 || memchr(note, '\0', len) || !memchr(note, '{', len)) {
		return 0;
	}
	doc = cJSON_ParseWithLength(note, len);
	sim = doc ? cJSON_GetObjectItemCaseSensitive(doc, "SandboxSimulation") : NULL;
	if (!cJSON_IsObject(sim)) {
		cJSON_Delete(doc);
		return 0;
	}
	state = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(sim, "State"));
	reason = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(sim, "ReasonCode"));
	soft = json_softness(cJSON_GetObjectItemCaseSensitive(sim, "SoftDecline"));
	for (i = 0; state && i < sizeof(simulation_rows) / sizeof(simulation_rows[0]); i++) {
		const simulation_row *row = &simulation_rows[i];

		if (!(row->ops & OPBIT(op)) || strcmp(row->state, state) != 0 ||
		    (row->reason && (!reason || strcmp(row->reason, reason) != 0)) || (row->soft == 0 && soft != 0)) {
			continue;
		}
		*code = async ? row->async : row->code;
		rc = 1;
		break;
	}
	cJSON_Delete(doc);
	return rc;
}

/* ------------------------------------------------------------------ */
/* 4. The operation table                                               */
/* ------------------------------------------------------------------ */

/* Validated values, by slot; pointers borrow the caller's params. */
typedef enum {
	S_ID,
	S_CURRENCY,
	S_AMOUNT,
	S_REFERENCE,
	S_CAPTURE_NOW,
	S_TIMEOUT,
	S_NOTE,
	S_DESCRIPTOR,
	S_REASON,
	S_SELLER_NOTE,
	S_SELLER_ORDER_ID,
	S_STORE_NAME,
	S_CUSTOM_INFO,
	S_CREDITS,
	S_COUNT
} slot;

typedef enum {
	K_ID,         /* id of `idk` kind                                     */
	K_CURRENCY,   /* 3 letters, upper-cased, known; default config currency */
	K_AMOUNT,     /* decimal > 0, currency precision and maximum           */
	K_REFERENCE,  /* single line, <= max characters                        */
	K_LINE,       /* single-line text, <= max characters                   */
	K_TEXT,       /* free text (TAB/CR/LF allowed), <= max characters       */
	K_DESCRIPTOR, /* single line, <= 16 bytes                              */
	K_TIMEOUT,    /* 0..1440 minutes                                       */
	K_BOOL,       /* already type-checked by the legacy loop               */
	K_CREDITS     /* provider credit array: v2 has no provider credits     */
} field_kind;

typedef struct {
	const char *key; /* legacy parameter */
	const char *mws; /* MWS field, for messages */
	field_kind kind;
	slot slot;
	bool required;   /* v2 needs it */
	size_t max;      /* K_LINE/K_TEXT/K_REFERENCE: characters */
	amzpay_id_kind idk;
} field_spec;

#define F_ID(key, mws, idk) {key, mws, K_ID, S_ID, true, 0, idk}
#define F_CUR(mws) {"currency_code", mws, K_CURRENCY, S_CURRENCY, true, 0, AMZPAY_ID_ORDER_REFERENCE}
#define F_AMT(key, mws) {key, mws, K_AMOUNT, S_AMOUNT, true, 0, AMZPAY_ID_ORDER_REFERENCE}
#define F_REF(key, mws) {key, mws, K_REFERENCE, S_REFERENCE, true, 256, AMZPAY_ID_ORDER_REFERENCE}
#define F(key, mws, kind, slot, max) {key, mws, kind, slot, false, max, AMZPAY_ID_ORDER_REFERENCE}

/* Field order is check order: the first problem found is the one reported. */
static const field_spec authorize_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F_CUR("AuthorizationAmount.CurrencyCode"),
	F_AMT("authorization_amount", "AuthorizationAmount.Amount"),
	F_REF("authorization_reference_id", "AuthorizationReferenceId"),
	F("capture_now", "CaptureNow", K_BOOL, S_CAPTURE_NOW, 0),
	F("transaction_timeout", "TransactionTimeout", K_TIMEOUT, S_TIMEOUT, 0),
	F("seller_authorization_note", "SellerAuthorizationNote", K_TEXT, S_NOTE, 255),
	F("soft_descriptor", "SoftDescriptor", K_DESCRIPTOR, S_DESCRIPTOR, 0),
	F("provider_credit_details", "ProviderCreditList", K_CREDITS, S_CREDITS, 0),
};
static const field_spec get_authorization_fields[] = {
	F_ID("amazon_authorization_id", "AmazonAuthorizationId", AMZPAY_ID_AUTHORIZATION),
};
static const field_spec capture_fields[] = {
	F_ID("amazon_authorization_id", "AmazonAuthorizationId", AMZPAY_ID_AUTHORIZATION),
	F_CUR("CaptureAmount.CurrencyCode"),
	F_AMT("capture_amount", "CaptureAmount.Amount"),
	F_REF("capture_reference_id", "CaptureReferenceId"),
	F("seller_capture_note", "SellerCaptureNote", K_TEXT, S_NOTE, 255),
	F("soft_descriptor", "SoftDescriptor", K_DESCRIPTOR, S_DESCRIPTOR, 0),
	F("provider_credit_details", "ProviderCreditList", K_CREDITS, S_CREDITS, 0),
};
static const field_spec get_capture_fields[] = {
	F_ID("amazon_capture_id", "AmazonCaptureId", AMZPAY_ID_CAPTURE),
};
static const field_spec refund_fields[] = {
	F_ID("amazon_capture_id", "AmazonCaptureId", AMZPAY_ID_CAPTURE),
	F_CUR("RefundAmount.CurrencyCode"),
	F_AMT("refund_amount", "RefundAmount.Amount"),
	F_REF("refund_reference_id", "RefundReferenceId"),
	F("seller_refund_note", "SellerRefundNote", K_TEXT, S_NOTE, 255),
	F("soft_descriptor", "SoftDescriptor", K_DESCRIPTOR, S_DESCRIPTOR, 0),
	F("provider_credit_reversal_details", "ProviderCreditReversalList", K_CREDITS, S_CREDITS, 0),
};
static const field_spec get_refund_fields[] = {
	F_ID("amazon_refund_id", "AmazonRefundId", AMZPAY_ID_REFUND),
};
static const field_spec close_authorization_fields[] = {
	F_ID("amazon_authorization_id", "AmazonAuthorizationId", AMZPAY_ID_AUTHORIZATION),
	F("closure_reason", "ClosureReason", K_TEXT, S_REASON, 255),
};
static const field_spec get_order_reference_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
};
static const field_spec cancel_order_reference_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F("cancelation_reason", "CancelationReason", K_TEXT, S_REASON, 255),
};
static const field_spec close_order_reference_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F("closure_reason", "ClosureReason", K_TEXT, S_REASON, 255),
};
/* v2 merchantMetadata limits: merchantReferenceId 256, merchantStoreName 50, noteToBuyer 255, customInformation 4096 */
static const field_spec set_order_attributes_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F("seller_note", "OrderAttributes.SellerNote", K_TEXT, S_SELLER_NOTE, 255),
	F("seller_order_id", "OrderAttributes.SellerOrderAttributes.SellerOrderId", K_LINE, S_SELLER_ORDER_ID, 256),
	F("store_name", "OrderAttributes.SellerOrderAttributes.StoreName", K_LINE, S_STORE_NAME, 50),
	F("custom_information", "OrderAttributes.SellerOrderAttributes.CustomInformation", K_TEXT, S_CUSTOM_INFO,
	  4096),
};
static const field_spec set_order_reference_details_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F("seller_note", "OrderReferenceAttributes.SellerNote", K_TEXT, S_SELLER_NOTE, 255),
	F("seller_order_id", "OrderReferenceAttributes.SellerOrderAttributes.SellerOrderId", K_LINE, S_SELLER_ORDER_ID,
	  256),
	F("store_name", "OrderReferenceAttributes.SellerOrderAttributes.StoreName", K_LINE, S_STORE_NAME, 50),
	F("custom_information", "OrderReferenceAttributes.SellerOrderAttributes.CustomInformation", K_TEXT,
	  S_CUSTOM_INFO, 4096),
};

typedef struct {
	const char *s[S_COUNT];
	size_t len[S_COUNT];
	bool b[S_COUNT];
	const amzpay_currency *cur;
	char currency[4];
	int64_t amount_minor;
	long timeout;
} values;

typedef int (*request_builder)(amzpay_legacy_call *call, const values *v, amzpay_error *err);
typedef int (*response_builder)(const amzpay_legacy_call *call, const cJSON *obj, cJSON *root, amzpay_legacy_result *out,
                                amzpay_error *err);

typedef struct {
	const char *method; /* legacy PHP method */
	const char *action; /* MWS Action = XML root without "Response" */
	const field_spec *fields;
	size_t nfields;
	request_builder build;
	response_builder answer;
	const char *not_found;   /* legacy code for v2 ResourceNotFound */
	const char *unsupported; /* why v2 cannot do it (unsupported ops) */
} op_spec;

static int build_authorize(amzpay_legacy_call *, const values *, amzpay_error *);
static int build_get_charge(amzpay_legacy_call *, const values *, amzpay_error *);
static int build_capture(amzpay_legacy_call *, const values *, amzpay_error *);
static int build_refund(amzpay_legacy_call *, const values *, amzpay_error *);
static int build_get_refund(amzpay_legacy_call *, const values *, amzpay_error *);
static int build_cancel_charge(amzpay_legacy_call *, const values *, amzpay_error *);
static int build_get_charge_permission(amzpay_legacy_call *, const values *, amzpay_error *);
static int build_close_charge_permission(amzpay_legacy_call *, const values *, amzpay_error *);
static int build_update_charge_permission(amzpay_legacy_call *, const values *, amzpay_error *);

static int answer_authorization(const amzpay_legacy_call *, const cJSON *, cJSON *, amzpay_legacy_result *,
                                amzpay_error *);
static int answer_capture(const amzpay_legacy_call *, const cJSON *, cJSON *, amzpay_legacy_result *, amzpay_error *);
static int answer_refund(const amzpay_legacy_call *, const cJSON *, cJSON *, amzpay_legacy_result *, amzpay_error *);
static int answer_order_reference(const amzpay_legacy_call *, const cJSON *, cJSON *, amzpay_legacy_result *,
                                  amzpay_error *);
static int answer_empty_result(const amzpay_legacy_call *, const cJSON *, cJSON *, amzpay_legacy_result *,
                               amzpay_error *);
static int answer_no_result(const amzpay_legacy_call *, const cJSON *, cJSON *, amzpay_legacy_result *, amzpay_error *);

#define FIELDS(a) a, sizeof(a) / sizeof(a[0])
#define NO_FIELDS NULL, 0
#define UNSUPPORTED(m, method, action, why) [AMZPAY_LEGACY_##m] = {#method, #action, NO_FIELDS, NULL, NULL, NULL, why}

static const char why_billing_agreement[] =
	"billing agreements have no counterpart here (v2 recurring charge permissions are created through a v2 "
	"checkout session)";
static const char why_provider_credit[] = "provider credits do not exist in Amazon Pay API v2";
static const char why_notification[] =
	"v2 notification endpoints are configured in Seller Central only; there is no API for them";
static const char why_list[] = "Amazon Pay API v2 has no search or list operation for charge permissions";

static const op_spec op_specs[AMZPAY_LEGACY_OP_COUNT] = {
	[AMZPAY_LEGACY_AUTHORIZE] = {"authorize", "Authorize", FIELDS(authorize_fields), build_authorize,
	                             answer_authorization, "InvalidOrderReferenceId", NULL},
	[AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS] = {"getAuthorizationDetails", "GetAuthorizationDetails",
	                                             FIELDS(get_authorization_fields), build_get_charge,
	                                             answer_authorization, "InvalidAuthorizationId", NULL},
	[AMZPAY_LEGACY_CAPTURE] = {"capture", "Capture", FIELDS(capture_fields), build_capture, answer_capture,
	                           "InvalidAuthorizationId", NULL},
	[AMZPAY_LEGACY_GET_CAPTURE_DETAILS] = {"getCaptureDetails", "GetCaptureDetails", FIELDS(get_capture_fields),
	                                       build_get_charge, answer_capture, "InvalidCaptureId", NULL},
	[AMZPAY_LEGACY_REFUND] = {"refund", "Refund", FIELDS(refund_fields), build_refund, answer_refund,
	                          "InvalidCaptureId", NULL},
	[AMZPAY_LEGACY_GET_REFUND_DETAILS] = {"getRefundDetails", "GetRefundDetails", FIELDS(get_refund_fields),
	                                      build_get_refund, answer_refund, "InvalidRefundId", NULL},
	[AMZPAY_LEGACY_CLOSE_AUTHORIZATION] = {"closeAuthorization", "CloseAuthorization",
	                                       FIELDS(close_authorization_fields), build_cancel_charge,
	                                       answer_empty_result, "InvalidAuthorizationId", NULL},
	[AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS] = {"getOrderReferenceDetails", "GetOrderReferenceDetails",
	                                               FIELDS(get_order_reference_fields), build_get_charge_permission,
	                                               answer_order_reference, "InvalidOrderReferenceId", NULL},
	[AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE] = {"cancelOrderReference", "CancelOrderReference",
	                                          FIELDS(cancel_order_reference_fields), build_close_charge_permission,
	                                          answer_empty_result, "InvalidOrderReferenceId", NULL},
	[AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE] = {"closeOrderReference", "CloseOrderReference",
	                                         FIELDS(close_order_reference_fields), build_close_charge_permission,
	                                         answer_no_result, "InvalidOrderReferenceId", NULL},
	[AMZPAY_LEGACY_SET_ORDER_ATTRIBUTES] = {"setOrderAttributes", "SetOrderAttributes",
	                                        FIELDS(set_order_attributes_fields), build_update_charge_permission,
	                                        answer_order_reference, "InvalidOrderReferenceId", NULL},
	[AMZPAY_LEGACY_SET_ORDER_REFERENCE_DETAILS] = {"setOrderReferenceDetails", "SetOrderReferenceDetails",
	                                               FIELDS(set_order_reference_details_fields),
	                                               build_update_charge_permission, answer_order_reference,
	                                               "InvalidOrderReferenceId", NULL},
	UNSUPPORTED(CONFIRM_ORDER_REFERENCE, confirmOrderReference, ConfirmOrderReference,
	            "Amazon Pay API v2 has no Draft order reference to confirm; v2 checkouts are completed through a "
	            "checkout session"),
	UNSUPPORTED(CREATE_ORDER_REFERENCE_FOR_ID, createOrderReferenceForId, CreateOrderReferenceForId,
	            "Amazon Pay API v2 creates charge permissions only through a checkout session"),
	UNSUPPORTED(LIST_ORDER_REFERENCE, listOrderReference, ListOrderReference, why_list),
	UNSUPPORTED(LIST_ORDER_REFERENCE_BY_NEXT_TOKEN, listOrderReferenceByNextToken, ListOrderReferenceByNextToken, why_list),
	UNSUPPORTED(GET_BILLING_AGREEMENT_DETAILS, getBillingAgreementDetails, GetBillingAgreementDetails, why_billing_agreement),
	UNSUPPORTED(SET_BILLING_AGREEMENT_DETAILS, setBillingAgreementDetails, SetBillingAgreementDetails, why_billing_agreement),
	UNSUPPORTED(CONFIRM_BILLING_AGREEMENT, confirmBillingAgreement, ConfirmBillingAgreement, why_billing_agreement),
	UNSUPPORTED(VALIDATE_BILLING_AGREEMENT, validateBillingAgreement, ValidateBillingAgreement, why_billing_agreement),
	UNSUPPORTED(AUTHORIZE_ON_BILLING_AGREEMENT, authorizeOnBillingAgreement, AuthorizeOnBillingAgreement, why_billing_agreement),
	UNSUPPORTED(CLOSE_BILLING_AGREEMENT, closeBillingAgreement, CloseBillingAgreement, why_billing_agreement),
	UNSUPPORTED(GET_SERVICE_STATUS, getServiceStatus, GetServiceStatus, "Amazon Pay API v2 has no service status operation"),
	UNSUPPORTED(GET_MERCHANT_ACCOUNT_STATUS, getMerchantAccountStatus, GetMerchantAccountStatus,
	            "Amazon Pay API v2 has no merchant account status operation"),
	UNSUPPORTED(GET_MERCHANT_NOTIFICATION_CONFIGURATION, getMerchantNotificationConfiguration, GetMerchantNotificationConfiguration, why_notification),
	UNSUPPORTED(SET_MERCHANT_NOTIFICATION_CONFIGURATION, setMerchantNotificationConfiguration, SetMerchantNotificationConfiguration, why_notification),
	UNSUPPORTED(GET_PROVIDER_CREDIT_DETAILS, getProviderCreditDetails, GetProviderCreditDetails, why_provider_credit),
	UNSUPPORTED(GET_PROVIDER_CREDIT_REVERSAL_DETAILS, getProviderCreditReversalDetails, GetProviderCreditReversalDetails, why_provider_credit),
	UNSUPPORTED(REVERSE_PROVIDER_CREDIT, reverseProviderCredit, ReverseProviderCredit, why_provider_credit),
};

static bool op_valid(int op)
{
	return op >= 0 && op < AMZPAY_LEGACY_OP_COUNT;
}

int amzpay_legacy_op_find(const char *method)
{
	int i;

	for (i = 0; method && i < AMZPAY_LEGACY_OP_COUNT; i++) {
		if (strcasecmp(op_specs[i].method, method) == 0) {
			return i;
		}
	}
	return -1;
}

const char *amzpay_legacy_op_method(amzpay_legacy_op op)
{
	return op_valid((int)op) ? op_specs[op].method : "";
}

const char *amzpay_legacy_op_action(amzpay_legacy_op op)
{
	return op_valid((int)op) ? op_specs[op].action : "";
}

bool amzpay_legacy_op_supported(amzpay_legacy_op op)
{
	return op_valid((int)op) && op_specs[op].build != NULL;
}

/* ------------------------------------------------------------------ */
/* Results and MWS error documents                                      */
/* ------------------------------------------------------------------ */

void amzpay_legacy_result_init(amzpay_legacy_result *r)
{
	memset(r, 0, sizeof(*r));
}

void amzpay_legacy_result_free(amzpay_legacy_result *r)
{
	free(r->xml);
	amzpay_legacy_result_init(r);
}

void amzpay_legacy_call_init(amzpay_legacy_call *call)
{
	memset(call, 0, sizeof(*call));
	amzpay_legacy_result_init(&call->answer);
}

void amzpay_legacy_call_free(amzpay_legacy_call *call)
{
	free(call->path);
	free(call->body);
	free(call->echo.id);
	free(call->echo.reference_id);
	free(call->echo.note);
	free(call->echo.amount);
	free(call->echo.soft_descriptor);
	amzpay_legacy_result_free(&call->answer);
	amzpay_legacy_call_init(call);
}

/* A random UUIDv4 for RequestId when no v2 request id exists (local answers). */
static void make_request_id(char *out, size_t size)
{
	unsigned char r[16];

	if (RAND_bytes(r, sizeof(r)) != 1) {
		memset(r, 0, sizeof(r));
	}
	r[6] = (unsigned char)((r[6] & 0x0f) | 0x40);
	r[8] = (unsigned char)((r[8] & 0x3f) | 0x80);
	snprintf(out, size, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", r[0], r[1], r[2],
	         r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13], r[14], r[15]);
}

/* The RequestId to show: v2's x-amz-pay-request-id, or a fresh UUID (never stored as v2's). */
static const char *request_id_of(const amzpay_legacy_result *out, char *buf, size_t size)
{
	if (out->v2_request_id[0]) {
		return out->v2_request_id;
	}
	make_request_id(buf, size);
	return buf;
}

/* Serialises `tree` as <root_name> in the MWS namespace into out->xml; takes ownership of `tree`. */
static int finish_xml(const char *root_name, cJSON *tree, long status, amzpay_legacy_result *out, amzpay_error *err)
{
	amzpay_buf b = AMZPAY_BUF_INIT;
	int rc;

	if (!tree) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building the legacy response");
	}
	rc = amzpay_xml_from_tree(root_name, AMZPAY_MWS_NAMESPACE, tree, &b, err);
	cJSON_Delete(tree);
	if (rc < 0) {
		amzpay_buf_free(&b);
		return -1;
	}
	free(out->xml);
	out->xml = amzpay_buf_detach(&b, &out->xml_len);
	if (!out->xml) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building the legacy response");
	}
	out->status = status;
	out->success = status == 200;
	return 0;
}

/* <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse> */
static int error_document(amzpay_legacy_result *out, long status, const char *code, const char *message,
                          amzpay_error *err)
{
	cJSON *tree = cJSON_CreateObject();
	cJSON *e = cJSON_AddObjectToObject(tree, "Error");
	char rid[40];

	cJSON_AddStringToObject(e, "Type", status >= 500 ? "Receiver" : "Sender");
	cJSON_AddStringToObject(e, "Code", code);
	cJSON_AddStringToObject(e, "Message", message);
	cJSON_AddStringToObject(tree, "RequestId", request_id_of(out, rid, sizeof(rid)));
	copy_text(out->code, sizeof(out->code), code);
	return finish_xml("ErrorResponse", tree, status, out, err);
}

/* A value as it may appear inside an error message: printable, at most 64 bytes. */
static void printable(const char *s, size_t len, char *out, size_t size)
{
	size_t i, j = 0;

	for (i = 0; i < len && j + 4 < size && i < 64; i++) {
		unsigned char c = (unsigned char)s[i];

		out[j++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
	}
	if (i < len && j + 4 < size) {
		out[j++] = '.', out[j++] = '.', out[j++] = '.';
	}
	out[j] = '\0';
}

/* Local MWS answer: nothing is sent. Always returns AMZPAY_LEGACY_ANSWERED (or -1 on allocation failure). */
static int answer_locally(amzpay_legacy_call *call, const char *code, amzpay_error *err, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int answer_locally(amzpay_legacy_call *call, const char *code, amzpay_error *err, const char *fmt, ...)
{
	char message[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	if (error_document(&call->answer, 400, code, message, err) < 0) {
		return -1;
	}
	return AMZPAY_LEGACY_ANSWERED;
}

/* ------------------------------------------------------------------ */
/* 5. Request side                                                      */
/* ------------------------------------------------------------------ */

/* Any C0 control or DEL (single-line values), or only NUL/other C0 except TAB/CR/LF (free text). */
static bool has_control(const char *s, size_t len, bool multiline)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == 0x7f || (c < 0x20 && !(multiline && (c == '\t' || c == '\n' || c == '\r')))) {
			return true;
		}
	}
	return false;
}

typedef struct {
	amzpay_legacy_call *call;
	const amzpay_legacy_config *cfg;
	const field_spec *f;
	const char *s;
	size_t len;
	values *v;
	amzpay_error *err;
} check_ctx;

static int invalid(const check_ctx *c, const char *why)
{
	char shown[80];

	printable(c->s, c->len, shown, sizeof(shown));
	return answer_locally(c->call, "InvalidParameterValue", c->err,
	                      "The value '%s' for parameter %s (%s) is invalid: %s.", shown, c->f->mws, c->f->key, why);
}

static int check_id(const check_ctx *c)
{
	static const char *const expected[] = {
		[AMZPAY_ID_ORDER_REFERENCE] = "an order reference id like S01-1234567-1234567",
		[AMZPAY_ID_AUTHORIZATION] = "an authorization id like S01-1234567-1234567-A123456",
		[AMZPAY_ID_CAPTURE] = "a capture id like S01-1234567-1234567-C123456",
		[AMZPAY_ID_REFUND] = "a refund id like S01-1234567-1234567-R123456",
	};
	char why[128];

	if (!amzpay_legacy_id_valid(c->f->idk, c->s, c->len)) {
		snprintf(why, sizeof(why), "expected %s", expected[c->f->idk]);
		return invalid(c, why);
	}
	return 0;
}

static int check_currency(const check_ctx *c, const char *s, size_t len)
{
	char code[4];
	size_t i;

	if (len != 3 || has_control(s, len, false)) {
		return invalid(c, "expected a three-letter ISO 4217 currency code");
	}
	for (i = 0; i < 3; i++) {
		char ch = s[i];

		/* the legacy SDK strtoupper()s currency codes */
		code[i] = (ch >= 'a' && ch <= 'z') ? (char)(ch - 'a' + 'A') : ch;
	}
	code[3] = '\0';
	c->v->cur = amzpay_currency_find(code);
	if (!c->v->cur) {
		return invalid(c, "not a currency Amazon Pay accepts (AUD, CHF, DKK, EUR, GBP, HKD, JPY, NOK, NZD, SEK, "
		                  "USD, ZAR)");
	}
	memcpy(c->v->currency, code, sizeof(code));
	return 0;
}

static int check_amount(const check_ctx *c)
{
	amzpay_money_status st;
	char why[256];

	if (!c->v->cur) {
		return invalid(c, "no currency");
	}
	st = amzpay_money_parse(c->s, c->len, c->v->cur, 0, &c->v->amount_minor);
	if (st != AMZPAY_MONEY_OK) {
		if (st == AMZPAY_MONEY_TOO_LARGE || st == AMZPAY_MONEY_PRECISION) {
			char max[AMZPAY_MONEY_BUF];

			amzpay_money_format(c->v->cur->max_minor, c->v->cur, max, sizeof(max));
			snprintf(why, sizeof(why), "%s (%s: %u decimal places, at most %s)", amzpay_money_status_text(st),
			         c->v->cur->code, c->v->cur->decimals, max);
			return invalid(c, why);
		}
		return invalid(c, amzpay_money_status_text(st));
	}
	return 0;
}

static int check_text(const check_ctx *c, bool multiline)
{
	size_t chars = utf8_length(c->s, c->len);
	char why[128];

	if (memchr(c->s, '\0', c->len) || has_control(c->s, c->len, multiline)) {
		return invalid(c, multiline ? "it contains NUL or control characters"
		                            : "it contains line breaks or other control characters");
	}
	if (chars == (size_t)-1) {
		return invalid(c, "it is not valid UTF-8");
	}
	if (c->f->max && chars > c->f->max) {
		snprintf(why, sizeof(why), "it is longer than %zu characters", c->f->max);
		return invalid(c, why);
	}
	return 0;
}

static int check_descriptor(const check_ctx *c)
{
	if (has_control(c->s, c->len, false) || utf8_length(c->s, c->len) == (size_t)-1) {
		return invalid(c, "it contains control characters or invalid UTF-8");
	}
	if (c->len > 16) {
		return invalid(c, "the soft descriptor is limited to 16 bytes");
	}
	return 0;
}

static int check_timeout(const check_ctx *c)
{
	long t = 0;
	size_t i;

	if (c->len == 0 || c->len > 4 || !all_digits(c->s, c->len)) {
		return invalid(c, "expected whole minutes from 0 to 1440");
	}
	for (i = 0; i < c->len; i++) {
		t = t * 10 + (c->s[i] - '0');
	}
	if (t > 1440) {
		return invalid(c, "expected whole minutes from 0 to 1440");
	}
	c->v->timeout = t;
	return 0;
}

static int check_value(const check_ctx *c)
{
	switch (c->f->kind) {
		case K_ID: return check_id(c);
		case K_AMOUNT: return check_amount(c);
		case K_REFERENCE: return check_text(c, false);
		case K_LINE: return check_text(c, false);
		case K_TEXT: return check_text(c, true);
		case K_DESCRIPTOR: return check_descriptor(c);
		case K_TIMEOUT: return check_timeout(c);
		default: return 0;
	}
}

static int type_error(const amzpay_param *it, amzpay_error *err)
{
	const char *value, *type;

	param_render(it, &value, &type);
	return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s value %s is of type %s and should be a string value",
	                        it->key, value, type);
}

/* Missing currency falls back to the config currency, as the legacy setDefaultValues(). */
static int check_currency_field(check_ctx *c, const amzpay_param *it)
{
	const char *def = c->cfg ? c->cfg->currency_code : NULL;

	if (it && it->type == AMZPAY_PARAM_STRING && it->len > 0) {
		c->s = it->str;
		c->len = it->len;
		return check_currency(c, it->str, it->len);
	}
	if (def && *def) {
		c->s = def;
		c->len = strlen(def);
		return check_currency(c, def, c->len);
	}
	return answer_locally(c->call, "MissingParameter", c->err,
	                      "The request must contain the parameter %s (%s, or config currency_code).", c->f->mws,
	                      c->f->key);
}

static int check_credits(check_ctx *c, const amzpay_param *it)
{
	if (it && it->type == AMZPAY_PARAM_ARRAY && it->count > 0) {
		return answer_locally(c->call, "InvalidParameterValue", c->err,
		                      "Parameter %s (%s) is not supported: provider credits do not exist in Amazon Pay API v2.",
		                      c->f->mws, c->f->key);
	}
	return 0;
}

/* One field: type, presence, value. 0 ok, -1 throw, AMZPAY_LEGACY_ANSWERED refused. */
static int validate_field(check_ctx *c, const amzpay_params *params)
{
	const field_spec *f = c->f;
	const amzpay_param *it = amzpay_params_find(params, f->key);
	int rc;

	if (f->kind == K_BOOL) {
		c->v->b[f->slot] = it && it->type == AMZPAY_PARAM_BOOL && it->b;
		c->v->s[f->slot] = it ? "" : NULL;
		return 0;
	}
	if (f->kind == K_CREDITS) {
		return check_credits(c, it);
	}
	if (it && (it->type == AMZPAY_PARAM_BOOL || it->type == AMZPAY_PARAM_ARRAY || it->type == AMZPAY_PARAM_OTHER)) {
		return type_error(it, c->err);
	}
	if (f->kind == K_CURRENCY) {
		return check_currency_field(c, it);
	}
	if (!it || it->type != AMZPAY_PARAM_STRING || !it->str || it->len == 0) {
		if (f->required) {
			return answer_locally(c->call, "MissingParameter", c->err,
			                      "The request must contain the parameter %s (%s).", f->mws, f->key);
		}
		return 0;
	}
	c->s = it->str;
	c->len = it->len;
	rc = check_value(c);
	if (rc == 0) {
		c->v->s[f->slot] = it->str;
		c->v->len[f->slot] = it->len;
	}
	return rc;
}

static int validate_fields(amzpay_legacy_call *call, const op_spec *spec, const amzpay_params *params,
                           const amzpay_legacy_config *cfg, values *v, amzpay_error *err)
{
	size_t i;
	int rc;

	for (i = 0; i < spec->nfields; i++) {
		check_ctx c = {call, cfg, &spec->fields[i], NULL, 0, v, err};

		rc = validate_field(&c, params);
		if (rc != 0) {
			return rc;
		}
	}
	return 0;
}

/* Sandbox: the op's note may carry a v1 SandboxSimulation. */
static int apply_simulation(amzpay_legacy_call *call, const values *v, const amzpay_legacy_config *cfg,
                            amzpay_error *err)
{
	slot s = (call->op == AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE || call->op == AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE)
	             ? S_REASON
	             : S_NOTE;
	const char *code = NULL;
	bool async;
	int rc;

	if (!cfg || !cfg->sandbox || !v->s[s]) {
		return 0;
	}
	/* only an authorization can be asynchronous: TransactionTimeout absent (1440) or > 0 */
	async = call->op == AMZPAY_LEGACY_AUTHORIZE && (!v->s[S_TIMEOUT] || v->timeout > 0);
	rc = amzpay_legacy_simulation_code(call->op, v->s[s], v->len[s], async, &code);
	if (rc < 0) {
		return answer_locally(call, "InvalidSandboxSimulationSpecified", err,
		                      "The SandboxSimulation in this request has no Amazon Pay API v2 simulation equivalent for %s.",
		                      amzpay_legacy_op_action(call->op));
	}
	call->simulation_code = code;
	return 0;
}

static bool set_path(amzpay_legacy_call *call, const char *fmt, const char *id)
{
	char path[128];

	snprintf(path, sizeof(path), fmt, id);
	call->path = dupn(path, strlen(path));
	return call->path != NULL;
}

/* Prints `body` into call->body and takes ownership of it. */
static int set_body(amzpay_legacy_call *call, cJSON *body, amzpay_error *err)
{
	char *text = body ? cJSON_PrintUnformatted(body) : NULL;

	cJSON_Delete(body);
	if (!text) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building the request body");
	}
	call->body = dupn(text, strlen(text));
	call->body_len = strlen(text);
	cJSON_free(text);
	return call->body ? 0 : amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building the request body");
}

static cJSON *add_price(cJSON *obj, const char *name, const values *v)
{
	char amount[AMZPAY_MONEY_BUF];
	cJSON *p = cJSON_AddObjectToObject(obj, name);

	amzpay_money_format(v->amount_minor, v->cur, amount, sizeof(amount));
	cJSON_AddStringToObject(p, "amount", amount);
	cJSON_AddStringToObject(p, "currencyCode", v->currency);
	return p;
}

static void add_slot(cJSON *obj, const char *name, const values *v, slot s)
{
	char *text;

	if (!v->s[s] || v->len[s] == 0) {
		return;
	}
	text = dupn(v->s[s], v->len[s]);
	if (text) {
		cJSON_AddStringToObject(obj, name, text);
		free(text);
	}
}

static char *slot_dup(const values *v, slot s)
{
	return v->s[s] && v->len[s] ? dupn(v->s[s], v->len[s]) : NULL;
}

/* The request values every legacy answer may repeat. */
static int fill_echo(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	amzpay_legacy_echo *e = &call->echo;
	char amount[AMZPAY_MONEY_BUF];

	e->id = slot_dup(v, S_ID);
	e->reference_id = slot_dup(v, S_REFERENCE);
	e->note = slot_dup(v, S_NOTE);
	e->soft_descriptor = slot_dup(v, S_DESCRIPTOR);
	e->capture_now = v->b[S_CAPTURE_NOW] ? 1 : 0;
	if (v->cur) {
		memcpy(e->currency, v->currency, sizeof(e->currency));
		amzpay_money_format(v->amount_minor, v->cur, amount, sizeof(amount));
		e->amount = dupn(amount, strlen(amount));
	}
	if (!e->id) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	return 0;
}

static int build_authorize(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject(), *meta;
	char id[AMZPAY_LEGACY_ID_MAX];
	bool capture_now = v->b[S_CAPTURE_NOW];

	copy_text(id, sizeof(id), call->echo.id);
	call->method = "POST";
	amzpay_legacy_idempotency_key(v->s[S_REFERENCE], v->len[S_REFERENCE], call->idempotency_key);
	cJSON_AddStringToObject(body, "chargePermissionId", id);
	add_price(body, "chargeAmount", v);
	cJSON_AddBoolToObject(body, "captureNow", capture_now);
	/* v1 TransactionTimeout: 0 = synchronous; absent = 1440 = asynchronous */
	cJSON_AddBoolToObject(body, "canHandlePendingAuthorization", !v->s[S_TIMEOUT] || v->timeout > 0);
	if (capture_now) {
		add_slot(body, "softDescriptor", v, S_DESCRIPTOR);
	}
	/* carried so getAuthorizationDetails can echo AuthorizationReferenceId / SellerAuthorizationNote */
	meta = cJSON_AddObjectToObject(body, "merchantMetadata");
	add_slot(meta, "merchantReferenceId", v, S_REFERENCE);
	if (!call->simulation_code) {
		add_slot(meta, "noteToBuyer", v, S_NOTE);
	}
	if (!set_path(call, "%s", "v2/charges")) {
		cJSON_Delete(body);
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	return set_body(call, body, err);
}

static int charge_path(amzpay_legacy_call *call, const char *fmt, amzpay_error *err)
{
	char charge[AMZPAY_LEGACY_ID_MAX];

	/* authorization ids become charge ids; capture ids already are */
	if (amzpay_legacy_charge_id(call->echo.id, charge) < 0) {
		copy_text(charge, sizeof(charge), call->echo.id);
	}
	if (!set_path(call, fmt, charge)) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	return 0;
}

static int build_get_charge(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	(void)v;
	call->method = "GET";
	return charge_path(call, "v2/charges/%s", err);
}

static int build_capture(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject();

	call->method = "POST";
	amzpay_legacy_idempotency_key(v->s[S_REFERENCE], v->len[S_REFERENCE], call->idempotency_key);
	add_price(body, "captureAmount", v);
	add_slot(body, "softDescriptor", v, S_DESCRIPTOR);
	if (charge_path(call, "v2/charges/%s/capture", err) < 0) {
		cJSON_Delete(body);
		return -1;
	}
	return set_body(call, body, err);
}

static int build_refund(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject();

	call->method = "POST";
	amzpay_legacy_idempotency_key(v->s[S_REFERENCE], v->len[S_REFERENCE], call->idempotency_key);
	cJSON_AddStringToObject(body, "chargeId", call->echo.id);
	add_price(body, "refundAmount", v);
	add_slot(body, "softDescriptor", v, S_DESCRIPTOR);
	if (!set_path(call, "%s", "v2/refunds")) {
		cJSON_Delete(body);
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	return set_body(call, body, err);
}

static int build_get_refund(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	(void)v;
	call->method = "GET";
	if (!set_path(call, "v2/refunds/%s", call->echo.id)) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	return 0;
}

/* v2 requires a reason where the legacy one was optional. */
static void add_reason(cJSON *body, const char *name, const values *v, const char *fallback)
{
	if (v->s[S_REASON]) {
		add_slot(body, name, v, S_REASON);
	} else {
		cJSON_AddStringToObject(body, name, fallback);
	}
}

static int build_cancel_charge(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject();

	call->method = "DELETE";
	add_reason(body, "cancellationReason", v, "Closed by the merchant");
	if (charge_path(call, "v2/charges/%s/cancel", err) < 0) {
		cJSON_Delete(body);
		return -1;
	}
	return set_body(call, body, err);
}

static int build_get_charge_permission(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	(void)v;
	call->method = "GET";
	if (!set_path(call, "v2/chargePermissions/%s", call->echo.id)) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	return 0;
}

static int build_close_charge_permission(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject();
	bool cancel = call->op == AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE;

	call->method = "DELETE";
	add_reason(body, "closureReason", v, cancel ? "Canceled by the merchant" : "Closed by the merchant");
	cJSON_AddBoolToObject(body, "cancelPendingCharges", cancel);
	if (!set_path(call, "v2/chargePermissions/%s/close", call->echo.id)) {
		cJSON_Delete(body);
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	return set_body(call, body, err);
}

/* setOrderAttributes / setOrderReferenceDetails: merchantMetadata only; nothing to change -> a plain GET. */
static int build_update_charge_permission(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body, *meta;

	if (!v->s[S_SELLER_NOTE] && !v->s[S_SELLER_ORDER_ID] && !v->s[S_STORE_NAME] && !v->s[S_CUSTOM_INFO]) {
		return build_get_charge_permission(call, v, err);
	}
	body = cJSON_CreateObject();
	meta = cJSON_AddObjectToObject(body, "merchantMetadata");
	add_slot(meta, "merchantReferenceId", v, S_SELLER_ORDER_ID);
	add_slot(meta, "merchantStoreName", v, S_STORE_NAME);
	add_slot(meta, "noteToBuyer", v, S_SELLER_NOTE);
	add_slot(meta, "customInformation", v, S_CUSTOM_INFO);
	call->method = "PATCH";
	if (!set_path(call, "v2/chargePermissions/%s", call->echo.id)) {
		cJSON_Delete(body);
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	return set_body(call, body, err);
}

int amzpay_legacy_prepare(amzpay_legacy_op op, const amzpay_params *params, const amzpay_legacy_config *cfg,
                          amzpay_legacy_call *call, amzpay_error *err)
{
	const op_spec *spec;
	values v;
	int rc;

	amzpay_legacy_call_free(call);
	if (!op_valid((int)op)) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "unknown legacy operation %d", (int)op);
	}
	call->op = op;
	spec = &op_specs[op];
	if (legacy_type_checks(params, err) < 0) {
		return -1;
	}
	if (!spec->build) {
		return answer_locally(call, "UnsupportedOperation", err, "%s is not available through amzpay: %s.",
		                      spec->method, spec->unsupported);
	}
	memset(&v, 0, sizeof(v));
	rc = validate_fields(call, spec, params, cfg, &v, err);
	if (rc == 0) {
		rc = apply_simulation(call, &v, cfg, err);
	}
	if (rc != 0) {
		return rc;
	}
	if (fill_echo(call, &v, err) < 0 || spec->build(call, &v, err) < 0) {
		return -1;
	}
	return AMZPAY_LEGACY_SEND;
}

/* ------------------------------------------------------------------ */
/* 6. Response side                                                     */
/* ------------------------------------------------------------------ */

static const cJSON *jget(const cJSON *obj, const char *key)
{
	return cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
}

/* A non-empty string member, else NULL. */
static const char *jstr(const cJSON *obj, const char *key)
{
	const cJSON *v = jget(obj, key);

	return cJSON_IsString(v) && v->valuestring && *v->valuestring ? v->valuestring : NULL;
}

static const char *first_of(const char *a, const char *b)
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
	const cJSON *a = jget(p, "amount");
	const amzpay_currency *cur;
	char raw[AMZPAY_MONEY_BUF] = "";

	memset(out, 0, sizeof(*out));
	copy_text(out->currency, sizeof(out->currency), jstr(p, "currencyCode"));
	if (cJSON_IsString(a) && a->valuestring) {
		copy_text(raw, sizeof(raw), a->valuestring);
	} else if (cJSON_IsNumber(a)) {
		snprintf(raw, sizeof(raw), "%.*f", 6, a->valuedouble);
	} else {
		return;
	}
	out->present = true;
	copy_text(out->amount, sizeof(out->amount), raw);
	cur = amzpay_currency_find(out->currency);
	if (cur && amzpay_money_parse(raw, strlen(raw), cur,
	                              AMZPAY_MONEY_ALLOW_ZERO | AMZPAY_MONEY_NO_MAX | AMZPAY_MONEY_LENIENT,
	                              &out->minor) == AMZPAY_MONEY_OK) {
		amzpay_money_format(out->minor, cur, out->amount, sizeof(out->amount));
		out->parsed = true;
	}
}

/* "0.00" (or "0" for JPY) in `currency` */
static void zero_amount(const char *currency, char *out, size_t size)
{
	const amzpay_currency *cur = amzpay_currency_find(currency);

	if (cur) {
		amzpay_money_format(0, cur, out, size);
	} else {
		copy_text(out, size, "0.00");
	}
}

/* --- tree building ----------------------------------------------- */

static void add_text(cJSON *obj, const char *name, const char *value)
{
	cJSON_AddStringToObject(obj, name, value ? value : "");
}

static void add_amount(cJSON *obj, const char *name, const char *currency, const char *amount)
{
	cJSON *p = cJSON_AddObjectToObject(obj, name);

	add_text(p, "CurrencyCode", currency);
	add_text(p, "Amount", amount);
}

static void add_zero_amount(cJSON *obj, const char *name, const char *currency)
{
	char zero[AMZPAY_MONEY_BUF];

	zero_amount(currency, zero, sizeof(zero));
	add_amount(obj, name, currency, zero);
}

static void add_timestamp(cJSON *obj, const char *name, const char *v2)
{
	char ts[64];

	amzpay_legacy_timestamp(v2, ts, sizeof(ts));
	add_text(obj, name, ts);
}

static void now_text(char *out, size_t size)
{
	format_time(legacy_now(), out, size);
}

/* {LastUpdateTimestamp, State, ReasonCode?, ReasonDescription?} */
static cJSON *add_status(cJSON *obj, const char *name, const char *updated, const amzpay_legacy_status *st,
                         const char *description)
{
	cJSON *s = cJSON_AddObjectToObject(obj, name);

	add_text(s, "LastUpdateTimestamp", updated);
	add_text(s, "State", st->state);
	if (st->reason) {
		add_text(s, "ReasonCode", st->reason);
	}
	if (description && *description) {
		add_text(s, "ReasonDescription", description);
	}
	return s;
}

static void add_metadata(cJSON *root, const amzpay_legacy_result *out)
{
	cJSON *m = cJSON_AddObjectToObject(root, "ResponseMetadata");
	char rid[40];

	add_text(m, "RequestId", request_id_of(out, rid, sizeof(rid)));
}

/* <Action>Result/<details> */
static cJSON *add_result(cJSON *root, const amzpay_legacy_call *call, const char *details)
{
	char name[96];

	snprintf(name, sizeof(name), "%sResult", amzpay_legacy_op_action(call->op));
	return cJSON_AddObjectToObject(cJSON_AddObjectToObject(root, name), details);
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
	const cJSON *sd = jget(charge, "statusDetails");
	const amzpay_currency *cur;

	memset(cv, 0, sizeof(*cv));
	cv->charge = charge;
	cv->state = jstr(sd, "state");
	cv->reason = jstr(sd, "reasonCode");
	cv->updated = jstr(sd, "lastUpdatedTimestamp");
	read_price(jget(charge, "chargeAmount"), &cv->amount);
	read_price(jget(charge, "captureAmount"), &cv->captured);
	read_price(jget(charge, "refundedAmount"), &cv->refunded);
	/*
	 * Was a separate capture requested? Then a Declined charge declined at
	 * capture. With captureNow the authorization and capture are one step,
	 * and a decline is the authorization's (as in v1 with CaptureNow).
	 */
	if (!cJSON_IsTrue(jget(charge, "captureNow")) &&
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

	add_amount(d, "AuthorizationAmount", a->currency, a->amount);
	add_amount(d, "CapturedAmount", a->currency, a->captured);
	add_text(d, "SoftDescriptor", a->descriptor);
	add_text(d, "ExpirationTimestamp", a->expiration);
	ids = cJSON_AddObjectToObject(d, "IdList");
	if (a->capture_id) {
		add_text(ids, "member", a->capture_id);
	}
	add_status(d, "AuthorizationStatus", a->updated, &a->status, a->description);
	if (a->status.soft_decline >= 0) {
		add_text(d, "SoftDecline", a->status.soft_decline ? "true" : "false");
	}
	add_zero_amount(d, "AuthorizationFee", a->currency);
	add_text(d, "CaptureNow", a->capture_now);
	add_text(d, "SellerAuthorizationNote", a->note);
	add_text(d, "CreationTimestamp", a->creation);
	add_text(d, "AmazonAuthorizationId", a->authorization_id);
	add_text(d, "AuthorizationReferenceId", a->reference_id);
}

static int answer_authorization(const amzpay_legacy_call *call, const cJSON *charge, cJSON *root,
                                amzpay_legacy_result *out, amzpay_error *err)
{
	charge_view cv;
	authorization_doc a;
	char zero[AMZPAY_MONEY_BUF], expiration[64], creation[64], updated[64], auth_id[AMZPAY_LEGACY_ID_MAX];
	const cJSON *meta = jget(charge, "merchantMetadata"), *now = jget(charge, "captureNow");
	const char *charge_id = jstr(charge, "chargeId");

	(void)err;
	read_charge(call, charge, &cv);
	memset(&a, 0, sizeof(a));
	amzpay_map_authorization(cv.state, cv.reason, cv.facts, &a.status);
	a.currency = first_of(cv.amount.currency, call->echo.currency);
	a.amount = first_of(cv.amount.amount, call->echo.amount);
	zero_amount(a.currency, zero, sizeof(zero));
	/* v1 counts the capture only once it went through */
	a.captured = cv.state && strcmp(cv.state, "Captured") == 0 && cv.captured.present ? cv.captured.amount : zero;
	a.capture_id = cv.state && strcmp(cv.state, "Captured") == 0 ? charge_id : NULL;
	a.descriptor = first_of(jstr(charge, "softDescriptor"), call->echo.soft_descriptor);
	amzpay_legacy_timestamp(jstr(charge, "expirationTimestamp"), expiration, sizeof(expiration));
	amzpay_legacy_timestamp(jstr(charge, "creationTimestamp"), creation, sizeof(creation));
	amzpay_legacy_timestamp(cv.updated, updated, sizeof(updated));
	a.expiration = expiration;
	a.creation = creation;
	a.updated = updated;
	a.capture_now = cJSON_IsBool(now) ? (cJSON_IsTrue(now) ? "true" : "false")
	                                  : (call->echo.capture_now ? "true" : "false");
	a.note = first_of(call->echo.note, jstr(meta, "noteToBuyer"));
	a.reference_id = first_of(call->echo.reference_id, jstr(meta, "merchantReferenceId"));
	a.authorization_id = amzpay_legacy_authorization_id(charge_id, auth_id) == 0 ? auth_id
	                                                                             : first_of(charge_id, call->echo.id);
	copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), cv.reason);
	add_authorization(add_result(root, call, "AuthorizationDetails"), &a);
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
static void add_capture(cJSON *d, const capture_doc *c)
{
	add_text(d, "CaptureReferenceId", c->reference_id);
	add_zero_amount(d, "CaptureFee", c->currency);
	add_text(d, "AmazonCaptureId", c->capture_id);
	add_text(d, "CreationTimestamp", c->creation);
	add_text(d, "SoftDescriptor", c->descriptor);
	cJSON_AddObjectToObject(d, "IdList"); /* refund ids: v2 does not list them */
	add_status(d, "CaptureStatus", c->updated, &c->status, c->description);
	add_text(d, "SellerCaptureNote", c->note);
	add_amount(d, "RefundedAmount", c->currency, c->refunded);
	add_amount(d, "CaptureAmount", c->currency, c->amount);
	if (c->converted) {
		price p;

		read_price(c->converted, &p);
		add_amount(d, "ConvertedAmount", p.currency, p.amount);
	}
	if (c->conversion_rate) {
		add_text(d, "ConversionRate", c->conversion_rate);
	}
}

static int answer_not_found(const amzpay_legacy_call *call, amzpay_legacy_result *out, const char *what,
                            amzpay_error *err)
{
	char message[256];

	snprintf(message, sizeof(message), "%s %s does not exist.", what, call->echo.id ? call->echo.id : "");
	return error_document(out, 404, op_specs[call->op].not_found, message, err);
}

static int answer_capture(const amzpay_legacy_call *call, const cJSON *charge, cJSON *root, amzpay_legacy_result *out,
                          amzpay_error *err)
{
	charge_view cv;
	capture_doc c;
	char zero[AMZPAY_MONEY_BUF], updated[64], rate[64];
	const cJSON *r = jget(charge, "conversionRate");

	read_charge(call, charge, &cv);
	memset(&c, 0, sizeof(c));
	copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), cv.reason);
	if (!amzpay_map_capture(cv.state, cv.reason, cv.facts, &c.status)) {
		if (call->op != AMZPAY_LEGACY_CAPTURE) {
			/* section 10.2: an authorization that was never captured has no capture */
			return answer_not_found(call, out, "Capture", err) < 0 ? -1 : 1;
		}
		c.status.state = "Pending";
		c.status.reason = NULL;
	}
	c.currency = first_of(cv.captured.currency, first_of(cv.amount.currency, call->echo.currency));
	zero_amount(c.currency, zero, sizeof(zero));
	c.amount = first_of(cv.captured.amount, call->echo.amount);
	c.refunded = first_of(cv.refunded.amount, zero);
	amzpay_legacy_timestamp(cv.updated, updated, sizeof(updated));
	/* v2 has no capture timestamp: the charge's last state change is the capture (J) */
	c.creation = updated;
	c.updated = updated;
	c.capture_id = first_of(jstr(charge, "chargeId"), call->echo.id);
	c.reference_id = call->echo.reference_id;
	c.note = call->echo.note;
	c.descriptor = first_of(jstr(charge, "softDescriptor"), call->echo.soft_descriptor);
	c.converted = cJSON_IsObject(jget(charge, "convertedAmount")) ? jget(charge, "convertedAmount") : NULL;
	if (cJSON_IsString(r) && r->valuestring && *r->valuestring) {
		c.conversion_rate = r->valuestring;
	} else if (cJSON_IsNumber(r)) {
		snprintf(rate, sizeof(rate), "%.10g", r->valuedouble);
		c.conversion_rate = rate;
	}
	add_capture(add_result(root, call, "CaptureDetails"), &c);
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
	add_text(d, "RefundReferenceId", r->reference_id);
	add_text(d, "RefundType", "SellerInitiated");
	add_text(d, "SellerRefundNote", r->note);
	add_text(d, "CreationTimestamp", r->creation);
	add_text(d, "SoftDescriptor", r->descriptor);
	add_status(d, "RefundStatus", r->updated, &r->status, r->description);
	add_zero_amount(d, "FeeRefunded", r->currency);
	add_amount(d, "RefundAmount", r->currency, r->amount);
	add_text(d, "AmazonRefundId", r->refund_id);
}

static int answer_refund(const amzpay_legacy_call *call, const cJSON *refund, cJSON *root, amzpay_legacy_result *out,
                         amzpay_error *err)
{
	const cJSON *sd = jget(refund, "statusDetails");
	refund_doc r;
	price amount;
	char creation[64], updated[64];

	(void)err;
	memset(&r, 0, sizeof(r));
	read_price(jget(refund, "refundAmount"), &amount);
	amzpay_map_refund(jstr(sd, "state"), jstr(sd, "reasonCode"), 0, &r.status);
	copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), jstr(sd, "reasonCode"));
	amzpay_legacy_timestamp(jstr(refund, "creationTimestamp"), creation, sizeof(creation));
	amzpay_legacy_timestamp(jstr(sd, "lastUpdatedTimestamp"), updated, sizeof(updated));
	r.creation = creation;
	r.updated = updated;
	r.reference_id = call->echo.reference_id;
	r.note = call->echo.note;
	r.descriptor = first_of(jstr(refund, "softDescriptor"), call->echo.soft_descriptor);
	r.currency = first_of(amount.currency, call->echo.currency);
	r.amount = first_of(amount.amount, call->echo.amount);
	r.refund_id = first_of(jstr(refund, "refundId"), call->op == AMZPAY_LEGACY_GET_REFUND_DETAILS ? call->echo.id : NULL);
	add_refund(add_result(root, call, "RefundDetails"), &r);
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
		const char *v = jstr(addr, map[i][0]);

		if (v) {
			add_text(a, map[i][1], v);
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
	if (jstr(buyer, "name")) {
		add_text(b, "Name", jstr(buyer, "name"));
	}
	if (jstr(buyer, "email")) {
		add_text(b, "Email", jstr(buyer, "email"));
	}
	if (jstr(buyer, "phoneNumber")) {
		add_text(b, "Phone", jstr(buyer, "phoneNumber"));
	}
}

static void add_seller_attributes(cJSON *d, const cJSON *meta)
{
	cJSON *s;

	if (!jstr(meta, "merchantReferenceId") && !jstr(meta, "merchantStoreName") && !jstr(meta, "customInformation")) {
		return;
	}
	s = cJSON_AddObjectToObject(d, "SellerOrderAttributes");
	if (jstr(meta, "merchantReferenceId")) {
		add_text(s, "SellerOrderId", jstr(meta, "merchantReferenceId"));
	}
	if (jstr(meta, "merchantStoreName")) {
		add_text(s, "StoreName", jstr(meta, "merchantStoreName"));
	}
	if (jstr(meta, "customInformation")) {
		add_text(s, "CustomInformation", jstr(meta, "customInformation"));
	}
}

static const char *charge_permission_reason(const cJSON *sd)
{
	const cJSON *reasons = jget(sd, "reasons");

	if (cJSON_IsArray(reasons) && reasons->child) {
		return jstr(reasons->child, "reasonCode");
	}
	return jstr(sd, "reasonCode");
}

static void add_payment_descriptor(cJSON *d, const cJSON *cp)
{
	const cJSON *prefs = jget(cp, "paymentPreferences");
	const char *text = NULL;

	if (cJSON_IsArray(prefs) && prefs->child) {
		text = jstr(prefs->child, "paymentDescriptor");
	}
	if (text) {
		add_text(cJSON_AddObjectToObject(d, "PaymentDescriptor"), "FullDescriptor", text);
	}
}

static int answer_order_reference(const amzpay_legacy_call *call, const cJSON *cp, cJSON *root,
                                  amzpay_legacy_result *out, amzpay_error *err)
{
	const cJSON *sd = jget(cp, "statusDetails"), *limits = jget(cp, "limits"), *meta = jget(cp, "merchantMetadata");
	cJSON *d = add_result(root, call, "OrderReferenceDetails");
	amzpay_legacy_status st;
	price limit, balance;
	unsigned facts = 0;
	char updated[64];

	(void)err;
	read_price(jget(limits, "amountLimit"), &limit);
	read_price(jget(limits, "amountBalance"), &balance);
	if (limit.parsed && balance.parsed && limit.minor == balance.minor) {
		facts |= AMZPAY_MAP_NOTHING_CAPTURED;
	}
	amzpay_map_order_reference(jstr(sd, "state"), charge_permission_reason(sd), facts, &st);
	copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), charge_permission_reason(sd));
	add_text(d, "AmazonOrderReferenceId", first_of(jstr(cp, "chargePermissionId"), call->echo.id));
	add_buyer(d, jget(cp, "buyer"));
	if (limit.present) {
		add_amount(d, "OrderTotal", limit.currency, limit.amount);
	}
	if (jstr(meta, "noteToBuyer")) {
		add_text(d, "SellerNote", jstr(meta, "noteToBuyer"));
	}
	if (jstr(cp, "platformId")) {
		add_text(d, "PlatformId", jstr(cp, "platformId"));
	}
	if (cJSON_IsObject(jget(cp, "shippingAddress"))) {
		cJSON *dest = cJSON_AddObjectToObject(d, "Destination");

		add_text(dest, "DestinationType", "Physical");
		add_address(dest, "PhysicalDestination", jget(cp, "shippingAddress"));
	}
	if (cJSON_IsObject(jget(cp, "billingAddress"))) {
		cJSON *bill = cJSON_AddObjectToObject(d, "BillingAddress");

		add_text(bill, "AddressType", "Physical");
		add_address(bill, "PhysicalAddress", jget(cp, "billingAddress"));
	}
	add_text(d, "ReleaseEnvironment", jstr(cp, "releaseEnvironment"));
	add_seller_attributes(d, meta);
	amzpay_legacy_timestamp(jstr(sd, "lastUpdatedTimestamp"), updated, sizeof(updated));
	add_status(d, "OrderReferenceStatus", updated, &st, NULL);
	add_timestamp(d, "CreationTimestamp", jstr(cp, "creationTimestamp"));
	add_timestamp(d, "ExpirationTimestamp", jstr(cp, "expirationTimestamp"));
	add_payment_descriptor(d, cp);
	add_text(d, "RequestPaymentAuthorization", "false");
	return 0;
}

/* CloseAuthorization / CancelOrderReference: an empty <...Result/>, as in the MWS samples. */
static int answer_empty_result(const amzpay_legacy_call *call, const cJSON *obj, cJSON *root,
                               amzpay_legacy_result *out, amzpay_error *err)
{
	char name[96];
	const cJSON *sd = jget(obj, "statusDetails");

	(void)err;
	copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), jstr(sd, "reasonCode"));
	snprintf(name, sizeof(name), "%sResult", amzpay_legacy_op_action(call->op));
	cJSON_AddObjectToObject(root, name);
	return 0;
}

/* CloseOrderReference: the MWS sample has no Result element at all. */
static int answer_no_result(const amzpay_legacy_call *call, const cJSON *obj, cJSON *root, amzpay_legacy_result *out,
                            amzpay_error *err)
{
	(void)call, (void)obj, (void)root, (void)out, (void)err;
	return 0;
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
 * decline happened "now" (J).
 */
static void decline_authorization(const amzpay_legacy_call *call, const char *code, const char *message, cJSON *root,
                                  const cJSON *body, const char *now)
{
	char zero[AMZPAY_MONEY_BUF], auth_id[AMZPAY_LEGACY_ID_MAX];
	authorization_doc a;

	memset(&a, 0, sizeof(a));
	zero_amount(call->echo.currency, zero, sizeof(zero));
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
	/* v2 returns no charge id with a refusal: empty unless the error body names one */
	if (amzpay_legacy_authorization_id(jstr(body, "chargeId"), auth_id) < 0) {
		auth_id[0] = '\0';
	}
	a.authorization_id = auth_id;
	add_authorization(add_result(root, call, "AuthorizationDetails"), &a);
}

static void decline_capture(const amzpay_legacy_call *call, const char *code, const char *message, cJSON *root,
                            const char *now)
{
	char zero[AMZPAY_MONEY_BUF], charge[AMZPAY_LEGACY_ID_MAX];
	capture_doc c;

	memset(&c, 0, sizeof(c));
	zero_amount(call->echo.currency, zero, sizeof(zero));
	if (amzpay_legacy_charge_id(call->echo.id, charge) < 0) {
		copy_text(charge, sizeof(charge), call->echo.id);
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
	add_capture(add_result(root, call, "CaptureDetails"), &c);
}

static void decline_refund(const amzpay_legacy_call *call, const char *code, const char *message, cJSON *root,
                           const cJSON *body, const char *now)
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
	r.refund_id = jstr(body, "refundId");
	add_refund(add_result(root, call, "RefundDetails"), &r);
}

static void answer_decline(const amzpay_legacy_call *call, const char *code, const char *message, cJSON *root,
                           const cJSON *body)
{
	char now[64];

	now_text(now, sizeof(now));
	if (call->op == AMZPAY_LEGACY_AUTHORIZE) {
		decline_authorization(call, code, message, root, body, now);
	} else if (call->op == AMZPAY_LEGACY_CAPTURE) {
		decline_capture(call, code, message, root, now);
	} else {
		decline_refund(call, code, message, root, body, now);
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

static int answer_v2_error(const amzpay_legacy_call *call, long v2_status, const char *code, const char *message,
                           amzpay_legacy_result *out, amzpay_error *err)
{
	const error_row *row = error_find(call->op, code);
	const char *legacy = code ? code : "UnexpectedResponse";
	long status = v2_status == 422 ? 400 : v2_status;
	char fallback[160];

	if (row) {
		legacy = row->legacy ? row->legacy : op_specs[call->op].not_found;
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
	return error_document(out, status, legacy, message, err);
}

static bool retryable_status(long status)
{
	return status == 408 || status == 425 || status == 429 || status == 500 || status == 502 || status == 503 ||
	       status == 504;
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

static int translate_error(const amzpay_legacy_call *call, const amzpay_v2_reply *reply, const cJSON *body,
                           amzpay_legacy_result *out, amzpay_error *err)
{
	const char *code = jstr(body, "reasonCode");
	const char *message = jstr(body, "message");
	char name[96];
	cJSON *root;

	copy_text(out->v2_reason_code, sizeof(out->v2_reason_code), code);
	if (is_decline(call->op, code)) {
		root = cJSON_CreateObject();
		answer_decline(call, code, message, root, body);
		add_metadata(root, out);
		snprintf(name, sizeof(name), "%sResponse", amzpay_legacy_op_action(call->op));
		return finish_xml(name, root, 200, out, err);
	}
	if (retryable_status(reply->status)) {
		return throw_exhausted(reply, err);
	}
	return answer_v2_error(call, reply->status, code, message, out, err);
}

static int translate_success(const amzpay_legacy_call *call, const cJSON *body, amzpay_legacy_result *out,
                             amzpay_error *err)
{
	cJSON *root = cJSON_CreateObject();
	char name[96];
	int rc;

	if (!root) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	rc = op_specs[call->op].answer(call, body, root, out, err);
	if (rc != 0) {
		cJSON_Delete(root);
		return rc < 0 ? -1 : 0; /* > 0: an error document was produced instead */
	}
	add_metadata(root, out);
	snprintf(name, sizeof(name), "%sResponse", amzpay_legacy_op_action(call->op));
	return finish_xml(name, root, 200, out, err);
}

int amzpay_legacy_translate(const amzpay_legacy_call *call, const amzpay_v2_reply *reply, amzpay_legacy_result *out,
                            amzpay_error *err)
{
	cJSON *body = NULL;
	int rc;

	amzpay_legacy_result_free(out);
	if (!op_valid((int)call->op) || !op_specs[call->op].answer || !call->path) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "this legacy call was not prepared for sending");
	}
	out->sent = true;
	out->v2_status = reply->status;
	copy_text(out->v2_request_id, sizeof(out->v2_request_id), reply->request_id);
	if (reply->body && reply->body_len) {
		body = cJSON_ParseWithLength(reply->body, reply->body_len);
	}
	if (reply->status >= 200 && reply->status < 300) {
		if (!cJSON_IsObject(body)) {
			cJSON_Delete(body);
			return amzpay_error_set(err, AMZPAY_ERR_PARSE,
			                        "Amazon Pay API v2 answered HTTP %ld with a body that is not a JSON object",
			                        reply->status);
		}
		rc = translate_success(call, body, out, err);
	} else {
		rc = translate_error(call, reply, cJSON_IsObject(body) ? body : NULL, out, err);
	}
	cJSON_Delete(body);
	return rc;
}
