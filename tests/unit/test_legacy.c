/*
 * legacy.c: legacy parameters -> v2 requests, v2 responses -> legacy MWS
 * XML, ids, idempotency keys, sandbox simulations, and the refusal of
 * malformed input before anything is sent.
 */
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"
#include "legacy.h"
#include "legacy_ledger.h"
#include "unit.h"
#include "xml.h"

/* ------------------------------------------------------------------ */
/* Parameter helpers                                                    */
/* ------------------------------------------------------------------ */

typedef struct {
	const char *key;
	amzpay_param_type type;
	const char *str;
	size_t len; /* 0: strlen(str) */
	bool b;
	size_t count;
} pdef;

#define PS(k, v) {k, AMZPAY_PARAM_STRING, v, 0, false, 0}
#define PSN(k, v, n) {k, AMZPAY_PARAM_STRING, v, n, false, 0}
#define PB(k, v) {k, AMZPAY_PARAM_BOOL, NULL, 0, v, 0}
#define PA(k, n) {k, AMZPAY_PARAM_ARRAY, NULL, 0, false, n}
#define PN(k) {k, AMZPAY_PARAM_NULL, NULL, 0, false, 0}
#define PO(k) {k, AMZPAY_PARAM_OTHER, NULL, 0, false, 0}
#define PEND {NULL, AMZPAY_PARAM_NULL, NULL, 0, false, 0}

#define MAXP 24

typedef struct {
	amzpay_param items[MAXP];
	amzpay_params list;
} pset;

static void pset_add(pset *ps, const pdef *d)
{
	amzpay_param *it;
	size_t i;

	for (i = 0; i < ps->list.count; i++) {
		if (strcmp(ps->items[i].key, d->key) == 0) {
			break;
		}
	}
	if (i == ps->list.count) {
		if (ps->list.count == MAXP) {
			return;
		}
		ps->list.count++;
	}
	it = &ps->items[i];
	memset(it, 0, sizeof(*it));
	it->key = d->key;
	it->type = d->type;
	it->str = d->str;
	it->len = d->str ? (d->len ? d->len : strlen(d->str)) : 0;
	it->b = d->b;
	it->count = d->count;
}

static void pset_remove(pset *ps, const char *key)
{
	size_t i;

	for (i = 0; i < ps->list.count; i++) {
		if (strcmp(ps->items[i].key, key) == 0) {
			memmove(&ps->items[i], &ps->items[i + 1], (ps->list.count - i - 1) * sizeof(ps->items[0]));
			ps->list.count--;
			return;
		}
	}
}

static void pset_init(pset *ps, const pdef *defs)
{
	memset(ps, 0, sizeof(*ps));
	ps->list.items = ps->items;
	for (; defs && defs->key; defs++) {
		pset_add(ps, defs);
	}
}

#define ORO "S01-9821095-1837200"
#define AUTH "S01-9821095-1837200-A041953"
#define CHARGE "S01-9821095-1837200-C041953"
#define REFUND_ID "S01-9821095-1837200-R072290"

static const pdef base_authorize[] = {
	PS("amazon_order_reference_id", ORO), PS("authorization_amount", "1.00"), PS("currency_code", "USD"),
	PS("authorization_reference_id", "ref-1"), PB("capture_now", false), PEND};
static const pdef base_get_authorization[] = {PS("amazon_authorization_id", AUTH), PEND};
static const pdef base_capture[] = {PS("amazon_authorization_id", AUTH), PS("capture_amount", "1.00"),
                                    PS("currency_code", "USD"), PS("capture_reference_id", "cap-1"), PEND};
static const pdef base_get_capture[] = {PS("amazon_capture_id", CHARGE), PEND};
static const pdef base_refund[] = {PS("amazon_capture_id", CHARGE), PS("refund_amount", "0.50"),
                                   PS("currency_code", "USD"), PS("refund_reference_id", "ref-r1"), PEND};
static const pdef base_get_refund[] = {PS("amazon_refund_id", REFUND_ID), PEND};
static const pdef base_close_authorization[] = {PS("amazon_authorization_id", AUTH), PEND};
static const pdef base_oro[] = {PS("amazon_order_reference_id", ORO), PEND};
static const pdef base_set_attributes[] = {PS("amazon_order_reference_id", ORO), PS("seller_order_id", "order-42"),
                                           PEND};

static const pdef *base_for(amzpay_legacy_op op)
{
	switch (op) {
		case AMZPAY_LEGACY_AUTHORIZE: return base_authorize;
		case AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS: return base_get_authorization;
		case AMZPAY_LEGACY_CAPTURE: return base_capture;
		case AMZPAY_LEGACY_GET_CAPTURE_DETAILS: return base_get_capture;
		case AMZPAY_LEGACY_REFUND: return base_refund;
		case AMZPAY_LEGACY_GET_REFUND_DETAILS: return base_get_refund;
		case AMZPAY_LEGACY_CLOSE_AUTHORIZATION: return base_close_authorization;
		case AMZPAY_LEGACY_SET_ORDER_ATTRIBUTES:
		case AMZPAY_LEGACY_SET_ORDER_REFERENCE_DETAILS: return base_set_attributes;
		default: return base_oro;
	}
}

static const amzpay_legacy_config cfg_usd = {"usd", false, false};
static const amzpay_legacy_config cfg_sandbox = {"USD", true, false};
static const amzpay_legacy_config cfg_none = {NULL, false, false};

/* Converts a legacy response the way toArray() does. */
static cJSON *to_array(const amzpay_legacy_result *r)
{
	char status[16];
	cJSON *tree = NULL;
	amzpay_error err;

	if (!r->xml) {
		return NULL;
	}
	snprintf(status, sizeof(status), "%ld", r->status);
	amzpay_error_clear(&err);
	if (amzpay_xml_to_tree(r->xml, r->xml_len, status, &tree, &err) < 0) {
		fprintf(stderr, "  legacy XML does not parse: %s\n%s\n", err.message, r->xml);
		return NULL;
	}
	return tree;
}

/* "A.B.C" lookup in a tree; NULL when absent. */
static const cJSON *tget(const cJSON *tree, const char *path)
{
	char buf[256], *p, *save = NULL;
	const cJSON *cur = tree;

	snprintf(buf, sizeof(buf), "%s", path);
	for (p = strtok_r(buf, ".", &save); p && cur; p = strtok_r(NULL, ".", &save)) {
		cur = cJSON_GetObjectItemCaseSensitive(cur, p);
	}
	return cur;
}

static const char *tstr(const cJSON *tree, const char *path)
{
	const cJSON *v = tget(tree, path);

	return cJSON_IsString(v) ? v->valuestring : "(not a string)";
}

static bool tempty(const cJSON *tree, const char *path)
{
	const cJSON *v = tget(tree, path);

	return v && (cJSON_IsObject(v) || cJSON_IsArray(v)) && !v->child;
}

/* ------------------------------------------------------------------ */
/* Ops, ids, keys                                                       */
/* ------------------------------------------------------------------ */

UNIT_TEST(test_op_table)
{
	int op;

	CHECK(amzpay_legacy_op_find("authorize") == AMZPAY_LEGACY_AUTHORIZE);
	CHECK(amzpay_legacy_op_find("AUTHORIZE") == AMZPAY_LEGACY_AUTHORIZE);
	CHECK(amzpay_legacy_op_find("getauthorizationdetails") == AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS);
	CHECK(amzpay_legacy_op_find("charge") == -1);
	CHECK(amzpay_legacy_op_find("getUserInfo") == -1);
	CHECK(amzpay_legacy_op_find(NULL) == -1);
	CHECK_STR(amzpay_legacy_op_action(AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE), "CloseOrderReference");
	CHECK_STR(amzpay_legacy_op_action(AMZPAY_LEGACY_GET_SERVICE_STATUS), "GetServiceStatus");
	CHECK_STR(amzpay_legacy_op_method(AMZPAY_LEGACY_REVERSE_PROVIDER_CREDIT), "reverseProviderCredit");
	for (op = 0; op < AMZPAY_LEGACY_OP_COUNT; op++) {
		CHECK(amzpay_legacy_op_find(amzpay_legacy_op_method((amzpay_legacy_op)op)) == op);
		CHECK(amzpay_legacy_op_supported((amzpay_legacy_op)op) ==
		      (op <= AMZPAY_LEGACY_SET_ORDER_REFERENCE_DETAILS || op == AMZPAY_LEGACY_CONFIRM_ORDER_REFERENCE));
	}
	CHECK(!amzpay_legacy_op_supported(AMZPAY_LEGACY_OP_COUNT));
	CHECK_STR(amzpay_legacy_op_action(AMZPAY_LEGACY_OP_COUNT), "");
}

UNIT_TEST(test_id_mapping_both_ways)
{
	char out[AMZPAY_LEGACY_ID_MAX];

	CHECK(amzpay_legacy_charge_id(AUTH, out) == 0);
	CHECK_STR(out, CHARGE);
	CHECK(amzpay_legacy_authorization_id(CHARGE, out) == 0);
	CHECK_STR(out, AUTH);
	CHECK(amzpay_legacy_charge_id("P02-1234567-7654321-A1234567", out) == 0);
	CHECK_STR(out, "P02-1234567-7654321-C1234567");
	CHECK(amzpay_legacy_authorization_id(out, out) == 0);
	CHECK_STR(out, "P02-1234567-7654321-A1234567");
	/* refused: wrong kinds and formats */
	CHECK(amzpay_legacy_charge_id(CHARGE, out) == -1);
	CHECK(amzpay_legacy_charge_id(ORO, out) == -1);
	CHECK(amzpay_legacy_charge_id(NULL, out) == -1);
	CHECK(amzpay_legacy_authorization_id(AUTH, out) == -1);
	CHECK(amzpay_legacy_authorization_id(REFUND_ID, out) == -1);
	CHECK(amzpay_legacy_authorization_id("", out) == -1);
}

UNIT_TEST(test_id_formats)
{
	static const struct {
		amzpay_id_kind kind;
		const char *id;
		bool ok;
	} cases[] = {
		{AMZPAY_ID_ORDER_REFERENCE, ORO, true},
		{AMZPAY_ID_ORDER_REFERENCE, "P01-1234567-1234567", true},
		{AMZPAY_ID_ORDER_REFERENCE, "S00-0000000-0000000", true},
		{AMZPAY_ID_ORDER_REFERENCE, "P21-1111111-1111111", true},
		{AMZPAY_ID_ORDER_REFERENCE, "C01-1234567-1234567", false},
		{AMZPAY_ID_ORDER_REFERENCE, "B01-1234567-1234567", false},
		{AMZPAY_ID_ORDER_REFERENCE, "S01-1234567-123456", false},
		{AMZPAY_ID_ORDER_REFERENCE, "S01-1234567-12345678", false},
		{AMZPAY_ID_ORDER_REFERENCE, "S1-1234567-1234567", false},
		{AMZPAY_ID_ORDER_REFERENCE, AUTH, false},
		{AMZPAY_ID_AUTHORIZATION, AUTH, true},
		{AMZPAY_ID_AUTHORIZATION, "S01-9821095-1837200-A0419531", true},
		{AMZPAY_ID_AUTHORIZATION, "S01-9821095-1837200-A04195", false},
		{AMZPAY_ID_AUTHORIZATION, "S01-9821095-1837200-A041953X", false},
		{AMZPAY_ID_AUTHORIZATION, CHARGE, false},
		{AMZPAY_ID_CAPTURE, CHARGE, true},
		{AMZPAY_ID_CAPTURE, "S02-7423235-4925359-C052508", true},
		{AMZPAY_ID_CAPTURE, AUTH, false},
		{AMZPAY_ID_REFUND, REFUND_ID, true},
		{AMZPAY_ID_REFUND, "S01-9821095-1837200-R07229a", false},
		{AMZPAY_ID_REFUND, "S01-9821095-1837200-r072290", false},
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (amzpay_legacy_id_valid(cases[i].kind, cases[i].id, strlen(cases[i].id)) != cases[i].ok) {
			fprintf(stderr, "  id %s kind %d: expected %s\n", cases[i].id, cases[i].kind, cases[i].ok ? "ok" : "refused");
			unit_failed_checks++;
		}
	}
	CHECK(!amzpay_legacy_id_valid(AMZPAY_ID_ORDER_REFERENCE, ORO "\0", sizeof(ORO)));
	CHECK(!amzpay_legacy_id_valid(AMZPAY_ID_ORDER_REFERENCE, NULL, 0));
}

UNIT_TEST(test_idempotency_key_derivation)
{
	char key[AMZPAY_IDEMPOTENCY_KEY_MAX + 1], again[AMZPAY_IDEMPOTENCY_KEY_MAX + 1];
	const char *long27 = "abcdefghijklmnopqrstuvwxyz_";
	const char *long32 = "abcdefghijklmnopqrstuvwxyz_-0123";
	const char *a33 = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
	size_t i;

	/* namespaced per operation: one reference string on an authorization and its capture is two keys */
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_AUTHORIZE, "order-42", 8, key);
	CHECK_STR(key, "auth-order-42");
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_CAPTURE, "order-42", 8, key);
	CHECK_STR(key, "capt-order-42");
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_REFUND, "order-42", 8, key);
	CHECK_STR(key, "rfnd-order-42");
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_CAPTURE, long27, strlen(long27), key);
	CHECK_STR(key, "capt-abcdefghijklmnopqrstuvwxyz_");
	/* longer than 32 with the namespace, or characters outside [A-Za-z0-9_-]: digest (Python hashlib/base64) */
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_AUTHORIZE, long32, strlen(long32), key);
	CHECK_STR(key, "amzpay-pwgb7vcx4quq76ah5nvzzq2ky");
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_CAPTURE, long32, strlen(long32), key);
	CHECK_STR(key, "amzpay-o27d5thhik3en7bfwluljze7j");
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_AUTHORIZE, a33, strlen(a33), key);
	CHECK_STR(key, "amzpay-ytmts5dj22ky4geiiliinhf5h");
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_CAPTURE, "order 42/1", 10, key);
	CHECK_STR(key, "amzpay-sltewxrnl7ezbs2v3tl5hdte5");
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_REFUND, "Bestellung-\xc3\x84\xc3\x96\xc3\x9c", 17, key);
	CHECK_STR(key, "amzpay-r35g67cprqniwdo4flr4nw2ww");
	/* deterministic and always a valid v2 key */
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_CAPTURE, "x.y", 3, key);
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_CAPTURE, "x.y", 3, again);
	CHECK_STR(key, again);
	CHECK(strlen(key) == 32);
	for (i = 0; key[i]; i++) {
		CHECK((key[i] >= 'a' && key[i] <= 'z') || (key[i] >= '0' && key[i] <= '9') || key[i] == '-');
	}
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_CAPTURE, "x.z", 3, again);
	CHECK(strcmp(key, again) != 0);
	amzpay_legacy_idempotency_key(AMZPAY_LEGACY_REFUND, "x.y", 3, again);
	CHECK(strcmp(key, again) != 0);
}

UNIT_TEST(test_timestamps)
{
	char out[64];

	amzpay_legacy_timestamp("20190714T155300Z", out, sizeof(out));
	CHECK_STR(out, "2019-07-14T15:53:00.000Z");
	amzpay_legacy_timestamp("20151030T210238.508Z", out, sizeof(out));
	CHECK_STR(out, "2015-10-30T21:02:38.508Z");
	amzpay_legacy_timestamp("20151030T210238.5Z", out, sizeof(out));
	CHECK_STR(out, "2015-10-30T21:02:38.500Z");
	amzpay_legacy_timestamp("2019-07-14T15:53:00Z", out, sizeof(out));
	CHECK_STR(out, "2019-07-14T15:53:00Z");
	amzpay_legacy_timestamp("garbage", out, sizeof(out));
	CHECK_STR(out, "garbage");
	amzpay_legacy_timestamp(NULL, out, sizeof(out));
	CHECK_STR(out, "");
}

static int prepare(amzpay_legacy_op op, const pdef *defs, const amzpay_legacy_config *cfg, amzpay_legacy_call *call,
                   amzpay_error *err);

/* v1 async authorizations (TransactionTimeout > 0) answered a simulated decline with Pending first. */
UNIT_TEST(test_simulation_async_codes)
{
	static const struct {
		const char *note, *code;
	} cases[] = {
		{"{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"InvalidPaymentMethod\"}}", "PendingSoftDeclined"},
		{"{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"InvalidPaymentMethod\", \"SoftDecline\":\"false\"}}",
		 "PendingHardDeclined"},
		{"{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"AmazonRejected\"}}", "PendingAmazonRejected"},
		{"{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"TransactionTimedOut\"}}",
		 "PendingTransactionTimedOut"},
		{"{\"SandboxSimulation\": {\"State\":\"Pending\"}}", "AuthorizationInitiated"},
	};
	static const pdef p[] = {PS("amazon_order_reference_id", ORO), PS("authorization_amount", "1.00"),
	                         PS("authorization_reference_id", "r1"),
	                         PS("seller_authorization_note",
	                            "{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"InvalidPaymentMethod\"}}"),
	                         PEND};
	static const pdef p_sync[] = {PS("transaction_timeout", "0"), PEND};
	amzpay_legacy_call call;
	amzpay_error err;
	pset ps;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *code = NULL;

		CHECK(amzpay_legacy_simulation_code(AMZPAY_LEGACY_AUTHORIZE, cases[i].note, strlen(cases[i].note), true,
		                                    &code) == 1);
		CHECK_STR(code, cases[i].code);
	}
	/* through prepare: default timeout (1440) is asynchronous, 0 is synchronous */
	CHECK(prepare(AMZPAY_LEGACY_AUTHORIZE, p, &cfg_sandbox, &call, &err) == AMZPAY_LEGACY_SEND);
	CHECK_STR(call.simulation_code, "PendingSoftDeclined");
	amzpay_legacy_call_free(&call);
	pset_init(&ps, p);
	pset_add(&ps, &p_sync[0]);
	amzpay_legacy_call_init(&call);
	CHECK(amzpay_legacy_prepare(AMZPAY_LEGACY_AUTHORIZE, &ps.list, &cfg_sandbox, &call, &err) == AMZPAY_LEGACY_SEND);
	CHECK_STR(call.simulation_code, "SoftDeclined");
	amzpay_legacy_call_free(&call);
}

UNIT_TEST(test_simulation_table)
{
	static const struct {
		amzpay_legacy_op op;
		const char *note;
		int rc;
		const char *code;
	} cases[] = {
		{AMZPAY_LEGACY_AUTHORIZE,
		 "{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"InvalidPaymentMethod\", "
		 "\"PaymentMethodUpdateTimeInMins\":5}}",
		 1, "SoftDeclined"},
		{AMZPAY_LEGACY_AUTHORIZE,
		 "{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"InvalidPaymentMethod\", \"SoftDecline\":\"false\"}}",
		 1, "HardDeclined"},
		{AMZPAY_LEGACY_AUTHORIZE,
		 "{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"InvalidPaymentMethod\", \"SoftDecline\":false}}",
		 1, "HardDeclined"},
		{AMZPAY_LEGACY_AUTHORIZE, "{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"AmazonRejected\"}}",
		 1, "AmazonRejected"},
		{AMZPAY_LEGACY_AUTHORIZE,
		 "{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"TransactionTimedOut\"}}", 1,
		 "TransactionTimedOut"},
		{AMZPAY_LEGACY_AUTHORIZE, "{\"SandboxSimulation\": {\"State\":\"Pending\"}}", 1, "AuthorizationInitiated"},
		{AMZPAY_LEGACY_AUTHORIZE, "{\"SandboxSimulation\": {\"State\":\"Closed\", \"ReasonCode\":\"ExpiredUnused\"}}",
		 -1, NULL},
		{AMZPAY_LEGACY_CAPTURE, "{\"SandboxSimulation\": {\"State\":\"Pending\"}}", 1, "CaptureInitiated"},
		{AMZPAY_LEGACY_CAPTURE, "{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"AmazonRejected\"}}",
		 1, "AmazonRejected"},
		{AMZPAY_LEGACY_CAPTURE, "{\"SandboxSimulation\": {\"State\":\"Closed\", \"ReasonCode\":\"AmazonClosed\"}}", -1,
		 NULL},
		{AMZPAY_LEGACY_REFUND, "{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"AmazonRejected\"}}",
		 1, "AmazonRejected"},
		{AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE,
		 "{\"SandboxSimulation\": {\"State\":\"Closed\", \"ReasonCode\":\"AmazonClosed\"}}", 1, "AmazonClosed"},
		{AMZPAY_LEGACY_AUTHORIZE, "just a note", 0, NULL},
		{AMZPAY_LEGACY_AUTHORIZE, "{\"other\": 1}", 0, NULL},
		{AMZPAY_LEGACY_AUTHORIZE, "{broken", 0, NULL},
		{AMZPAY_LEGACY_AUTHORIZE, "{\"SandboxSimulation\": \"x\"}", 0, NULL},
		{AMZPAY_LEGACY_AUTHORIZE, "{\"SandboxSimulation\": {}}", -1, NULL},
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *code = "unset";
		int rc = amzpay_legacy_simulation_code(cases[i].op, cases[i].note, strlen(cases[i].note), false, &code);

		if (rc != cases[i].rc || (cases[i].code ? !code || strcmp(code, cases[i].code) != 0 : code != NULL)) {
			fprintf(stderr, "  simulation #%zu: rc %d code %s\n", i, rc, code ? code : "(null)");
			unit_failed_checks++;
		}
	}
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */
/* ------------------------------------------------------------------ */

static int prepare(amzpay_legacy_op op, const pdef *defs, const amzpay_legacy_config *cfg, amzpay_legacy_call *call,
                   amzpay_error *err)
{
	pset ps;

	pset_init(&ps, defs);
	amzpay_legacy_call_init(call);
	amzpay_error_clear(err);
	return amzpay_legacy_prepare(op, &ps.list, cfg, call, err);
}

static void check_body(const amzpay_legacy_call *call, const char *expected)
{
	cJSON *a = call->body ? cJSON_Parse(call->body) : NULL, *b = cJSON_Parse(expected);

	if (!a || !b || !cJSON_Compare(a, b, 1)) {
		fprintf(stderr, "  body %s\n  expected %s\n", call->body ? call->body : "(none)", expected);
		unit_failed_checks++;
	}
	CHECK(call->body == NULL || call->body_len == strlen(call->body));
	cJSON_Delete(a);
	cJSON_Delete(b);
}

UNIT_TEST(test_request_authorize)
{
	static const pdef p[] = {PS("amazon_order_reference_id", ORO), PS("authorization_amount", "01.5"),
	                         PS("authorization_reference_id", "asdcdsd5iiiii"), PB("capture_now", true),
	                         PS("seller_authorization_note", "testing"), PS("soft_descriptor", "AMZ*testikiki"),
	                         PS("transaction_timeout", "0"), PS("mws_auth_token", "ignored"), PS("unknown_key", "x"),
	                         PEND};
	amzpay_legacy_call call;
	amzpay_error err;

	CHECK(prepare(AMZPAY_LEGACY_AUTHORIZE, p, &cfg_usd, &call, &err) == AMZPAY_LEGACY_SEND);
	CHECK_STR(call.method, "POST");
	CHECK_STR(call.path, "v2/charges");
	CHECK_STR(call.idempotency_key, "auth-asdcdsd5iiiii");
	CHECK(call.simulation_code == NULL);
	check_body(&call, "{\"chargePermissionId\":\"" ORO "\",\"chargeAmount\":{\"amount\":\"1.50\",\"currencyCode\":"
	                  "\"USD\"},\"captureNow\":true,\"canHandlePendingAuthorization\":false,\"softDescriptor\":"
	                  "\"AMZ*testikiki\",\"merchantMetadata\":{\"merchantReferenceId\":\"asdcdsd5iiiii\","
	                  "\"noteToBuyer\":\"testing\"}}");
	CHECK_STR(call.echo.amount, "1.50");
	CHECK_STR(call.echo.currency, "USD");
	CHECK(call.echo.capture_now == 1);
	amzpay_legacy_call_free(&call);
}

/* transaction_timeout absent = 1440 = async; soft_descriptor dropped without captureNow; JPY; digest key. */
UNIT_TEST(test_request_authorize_defaults)
{
	static const pdef p[] = {PS("amazon_order_reference_id", ORO), PS("authorization_amount", "1050"),
	                         PS("currency_code", "jpy"), PS("authorization_reference_id", "order #42 (retry)"),
	                         PS("soft_descriptor", "AMZ*x"), PEND};
	amzpay_legacy_call call;
	amzpay_error err;

	CHECK(prepare(AMZPAY_LEGACY_AUTHORIZE, p, &cfg_none, &call, &err) == AMZPAY_LEGACY_SEND);
	check_body(&call, "{\"chargePermissionId\":\"" ORO "\",\"chargeAmount\":{\"amount\":\"1050\",\"currencyCode\":"
	                  "\"JPY\"},\"captureNow\":false,\"canHandlePendingAuthorization\":true,\"merchantMetadata\":{"
	                  "\"merchantReferenceId\":\"order #42 (retry)\"}}");
	CHECK(strncmp(call.idempotency_key, "amzpay-", 7) == 0 && strlen(call.idempotency_key) == 32);
	amzpay_legacy_call_free(&call);
}

UNIT_TEST(test_request_authorize_sandbox_simulation)
{
	static const pdef p[] = {PS("amazon_order_reference_id", ORO), PS("authorization_amount", "1.00"),
	                         PS("authorization_reference_id", "r1"),
	                         PS("seller_authorization_note",
	                            "{\"SandboxSimulation\": {\"State\":\"Declined\", \"ReasonCode\":\"AmazonRejected\"}}"),
	                         PEND};
	amzpay_legacy_call call;
	amzpay_error err;

	CHECK(prepare(AMZPAY_LEGACY_AUTHORIZE, p, &cfg_sandbox, &call, &err) == AMZPAY_LEGACY_SEND);
	CHECK_STR(call.simulation_code, "PendingAmazonRejected");
	CHECK(strstr(call.body, "noteToBuyer") == NULL); /* the simulation is not a note for the buyer */
	CHECK(strstr(call.echo.note, "SandboxSimulation") != NULL);
	amzpay_legacy_call_free(&call);
	/* without sandbox it is just a note */
	CHECK(prepare(AMZPAY_LEGACY_AUTHORIZE, p, &cfg_usd, &call, &err) == AMZPAY_LEGACY_SEND);
	CHECK(call.simulation_code == NULL);
	CHECK(strstr(call.body, "noteToBuyer") != NULL);
	amzpay_legacy_call_free(&call);
}

UNIT_TEST(test_request_capture_refund_and_reads)
{
	static const pdef cap[] = {PS("amazon_authorization_id", AUTH), PS("capture_amount", "1"),
	                           PS("capture_reference_id", "testcsal"), PS("soft_descriptor", "AMZ*testsd"),
	                           PS("seller_capture_note", "{\"SandboxSimulation\": {\"State\":\"Pending\"}}"), PEND};
	static const pdef ref[] = {PS("amazon_capture_id", CHARGE), PS("refund_amount", "0.5"), PS("currency_code", "EUR"),
	                           PS("refund_reference_id", "testRefundId1354077"), PA("provider_credit_reversal_details", 0),
	                           PEND};
	amzpay_legacy_call call;
	amzpay_error err;

	CHECK(prepare(AMZPAY_LEGACY_CAPTURE, cap, &cfg_sandbox, &call, &err) == AMZPAY_LEGACY_SEND);
	CHECK_STR(call.method, "POST");
	CHECK_STR(call.path, "v2/charges/" CHARGE "/capture");
	CHECK_STR(call.idempotency_key, "capt-testcsal");
	CHECK_STR(call.simulation_code, "CaptureInitiated");
	check_body(&call, "{\"captureAmount\":{\"amount\":\"1.00\",\"currencyCode\":\"USD\"},\"softDescriptor\":\"AMZ*testsd\"}");
	amzpay_legacy_call_free(&call);

	CHECK(prepare(AMZPAY_LEGACY_REFUND, ref, &cfg_usd, &call, &err) == AMZPAY_LEGACY_SEND);
	CHECK_STR(call.path, "v2/refunds");
	CHECK_STR(call.idempotency_key, "rfnd-testRefundId1354077");
	check_body(&call, "{\"chargeId\":\"" CHARGE "\",\"refundAmount\":{\"amount\":\"0.50\",\"currencyCode\":\"EUR\"}}");
	amzpay_legacy_call_free(&call);

	CHECK(prepare(AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS, base_get_authorization, &cfg_usd, &call, &err) == 0);
	CHECK_STR(call.method, "GET");
	CHECK_STR(call.path, "v2/charges/" CHARGE);
	CHECK(call.body == NULL && call.idempotency_key[0] == '\0');
	amzpay_legacy_call_free(&call);

	CHECK(prepare(AMZPAY_LEGACY_GET_CAPTURE_DETAILS, base_get_capture, &cfg_usd, &call, &err) == 0);
	CHECK_STR(call.path, "v2/charges/" CHARGE);
	amzpay_legacy_call_free(&call);

	CHECK(prepare(AMZPAY_LEGACY_GET_REFUND_DETAILS, base_get_refund, &cfg_usd, &call, &err) == 0);
	CHECK_STR(call.method, "GET");
	CHECK_STR(call.path, "v2/refunds/" REFUND_ID);
	amzpay_legacy_call_free(&call);

	CHECK(prepare(AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, base_oro, &cfg_usd, &call, &err) == 0);
	CHECK_STR(call.path, "v2/chargePermissions/" ORO);
	amzpay_legacy_call_free(&call);
}

UNIT_TEST(test_request_close_cancel_update)
{
	static const pdef close_auth[] = {PS("amazon_authorization_id", AUTH), PS("closure_reason", "out of stock"), PEND};
	static const pdef cancel[] = {PS("amazon_order_reference_id", ORO), PS("cancelation_reason", "buyer asked"), PEND};
	static const pdef set[] = {PS("amazon_order_reference_id", ORO), PS("seller_order_id", "order-42"),
	                           PS("store_name", "Shop"), PS("seller_note", "Thanks!\nSee you"),
	                           PS("custom_information", "x"), PS("amount", "ignored"), PS("platform_id", "p"),
	                           PA("order_item_categories", 2), PB("request_payment_authorization", false), PEND};
	amzpay_legacy_call call;
	amzpay_error err;

	CHECK(prepare(AMZPAY_LEGACY_CLOSE_AUTHORIZATION, close_auth, &cfg_usd, &call, &err) == 0);
	CHECK_STR(call.method, "DELETE");
	CHECK_STR(call.path, "v2/charges/" CHARGE "/cancel");
	check_body(&call, "{\"cancellationReason\":\"out of stock\"}");
	amzpay_legacy_call_free(&call);

	CHECK(prepare(AMZPAY_LEGACY_CLOSE_AUTHORIZATION, base_close_authorization, &cfg_usd, &call, &err) == 0);
	check_body(&call, "{\"cancellationReason\":\"Closed by the merchant\"}");
	amzpay_legacy_call_free(&call);

	CHECK(prepare(AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE, cancel, &cfg_usd, &call, &err) == 0);
	CHECK_STR(call.method, "DELETE");
	CHECK_STR(call.path, "v2/chargePermissions/" ORO "/close");
	check_body(&call, "{\"closureReason\":\"buyer asked\",\"cancelPendingCharges\":true}");
	amzpay_legacy_call_free(&call);

	CHECK(prepare(AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE, base_oro, &cfg_usd, &call, &err) == 0);
	check_body(&call, "{\"closureReason\":\"Closed by the merchant\",\"cancelPendingCharges\":false}");
	amzpay_legacy_call_free(&call);

	CHECK(prepare(AMZPAY_LEGACY_SET_ORDER_ATTRIBUTES, set, &cfg_usd, &call, &err) == 0);
	CHECK_STR(call.method, "PATCH");
	CHECK_STR(call.path, "v2/chargePermissions/" ORO);
	check_body(&call, "{\"merchantMetadata\":{\"merchantReferenceId\":\"order-42\",\"merchantStoreName\":\"Shop\","
	                  "\"noteToBuyer\":\"Thanks!\\nSee you\",\"customInformation\":\"x\"}}");
	amzpay_legacy_call_free(&call);

	/* nothing v2 can store: read the charge permission instead of sending an empty update */
	CHECK(prepare(AMZPAY_LEGACY_SET_ORDER_REFERENCE_DETAILS, base_oro, &cfg_usd, &call, &err) == 0);
	CHECK_STR(call.method, "GET");
	CHECK(call.body == NULL);
	amzpay_legacy_call_free(&call);
}

/* ------------------------------------------------------------------ */
/* Refusals: >= 100 malformed inputs, nothing sent                      */
/* ------------------------------------------------------------------ */

#define SET 0
#define DEL 1
#define THROW NULL

typedef struct {
	amzpay_legacy_op op;
	int mode;
	pdef p;
	const char *code; /* MWS Error Code, or THROW */
	const char *msg;  /* substring of the message */
	const amzpay_legacy_config *cfg;
} bad_case;

#define A AMZPAY_LEGACY_AUTHORIZE
#define GA AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS
#define C AMZPAY_LEGACY_CAPTURE
#define GC AMZPAY_LEGACY_GET_CAPTURE_DETAILS
#define R AMZPAY_LEGACY_REFUND
#define GR AMZPAY_LEGACY_GET_REFUND_DETAILS
#define CA AMZPAY_LEGACY_CLOSE_AUTHORIZATION
#define GO AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS
#define XO AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE
#define CO AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE
#define SA AMZPAY_LEGACY_SET_ORDER_ATTRIBUTES
#define SD AMZPAY_LEGACY_SET_ORDER_REFERENCE_DETAILS
#define IPV "InvalidParameterValue"
#define MP "MissingParameter"

#define S256 "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" \
             "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" \
             "01234567890123456789012345678901234567890123456789012345"
#define S257 S256 "6"

static char s4097[4098];

static const bad_case bad_cases[] = {
	/* authorize: amounts */
	{A, SET, PS("authorization_amount", "1,00"), IPV, "plain decimal", NULL},
	{A, SET, PS("authorization_amount", "-1"), IPV, "AuthorizationAmount.Amount", NULL},
	{A, SET, PS("authorization_amount", "1.001"), IPV, "decimal places", NULL},
	{A, SET, PS("authorization_amount", "1e3"), IPV, "plain decimal", NULL},
	{A, SET, PS("authorization_amount", ""), MP, "authorization_amount", NULL},
	{A, SET, PS("authorization_amount", "abc"), IPV, "'abc'", NULL},
	{A, SET, PS("authorization_amount", "150000.01"), IPV, "maximum", NULL},
	{A, SET, PS("authorization_amount", "0"), IPV, "greater than 0", NULL},
	{A, SET, PS("authorization_amount", "0.00"), IPV, "greater than 0", NULL},
	{A, SET, PS("authorization_amount", "+1"), IPV, "plain decimal", NULL},
	{A, SET, PS("authorization_amount", ".5"), IPV, "plain decimal", NULL},
	{A, SET, PS("authorization_amount", "1."), IPV, "plain decimal", NULL},
	{A, SET, PS("authorization_amount", "1 000"), IPV, "plain decimal", NULL},
	{A, SET, PS("authorization_amount", "1\n"), IPV, "'1?'", NULL},
	{A, SET, PS("authorization_amount", "1,234.56"), IPV, "separator", NULL},
	{A, SET, PS("authorization_amount", "NaN"), IPV, "plain decimal", NULL},
	{A, SET, PS("authorization_amount", "99999999999999999999999"), IPV, "maximum", NULL},
	{A, SET, PN("authorization_amount"), MP, "AuthorizationAmount.Amount", NULL},
	{A, SET, PB("authorization_amount", true), THROW, "authorization_amount value 1 is of type boolean and should be a string value", NULL},
	{A, SET, PA("authorization_amount", 1), THROW, "authorization_amount value Array is of type array and should be a string value", NULL},
	{A, SET, PO("authorization_amount"), THROW, "is of type object and should be a string value", NULL},
	{A, DEL, PS("authorization_amount", ""), MP, "authorization_amount", NULL},
	/* authorize: currencies */
	{A, SET, PS("currency_code", "EURO"), IPV, "three-letter", NULL},
	{A, SET, PS("currency_code", "XXX"), IPV, "not a currency", NULL},
	{A, SET, PS("currency_code", "eu"), IPV, "three-letter", NULL},
	{A, SET, PS("currency_code", "E1R"), IPV, "not a currency", NULL},
	{A, SET, PS("currency_code", "\xe2\x82\xac"), IPV, "not a currency", NULL},
	{A, SET, PS("currency_code", "E\nR"), IPV, "three-letter", NULL},
	{A, SET, PS("currency_code", "RUB"), IPV, "not a currency", NULL},
	{A, DEL, PS("currency_code", ""), MP, "config currency_code", &cfg_none},
	{A, SET, PS("currency_code", "jpy"), IPV, "decimal places", NULL}, /* 1.00 JPY */
	{A, SET, PB("currency_code", true), THROW, "currency_code value 1 is of type boolean", NULL},
	/* authorize: order reference ids */
	{A, SET, PS("amazon_order_reference_id", ORO "/../x"), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", ".."), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", "S01-9821095-183720"), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", "X01-9821095-1837200"), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", "s01-9821095-1837200"), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", "S01 9821095 1837200"), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", ORO " "), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", ORO "\r\n"), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", AUTH), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", "B01-9821095-1837200"), IPV, "order reference id", NULL},
	{A, SET, PSN("amazon_order_reference_id", ORO "\0x", 21), IPV, "order reference id", NULL},
	{A, SET, PS("amazon_order_reference_id", "%2e%2e"), IPV, "order reference id", NULL},
	{A, DEL, PS("amazon_order_reference_id", ""), MP, "AmazonOrderReferenceId", NULL},
	/* authorize: reference id, booleans, timeout, note, descriptor, credits */
	{A, DEL, PS("authorization_reference_id", ""), MP, "AuthorizationReferenceId", NULL},
	{A, SET, PS("authorization_reference_id", "ref\n1"), IPV, "line breaks", NULL},
	{A, SET, PSN("authorization_reference_id", "ref\0" "1", 5), IPV, "control", NULL},
	{A, SET, PS("authorization_reference_id", S257), IPV, "longer than 256", NULL},
	{A, SET, PS("authorization_reference_id", "ref\xff"), IPV, "UTF-8", NULL},
	{A, SET, PS("capture_now", "true"), THROW, "capture_now value true is of type string and should be a boolean value", NULL},
	{A, SET, PN("capture_now"), THROW, "capture_now value  is of type string and should be a boolean value", NULL},
	{A, SET, PA("capture_now", 0), THROW, "capture_now value Array is of type array and should be a boolean value", NULL},
	{A, SET, PS("capture_now", "1"), THROW, "capture_now value 1 is of type string", NULL},
	{A, SET, PS("transaction_timeout", "-1"), IPV, "0 to 1440", NULL},
	{A, SET, PS("transaction_timeout", "1441"), IPV, "0 to 1440", NULL},
	{A, SET, PS("transaction_timeout", "abc"), IPV, "0 to 1440", NULL},
	{A, SET, PS("transaction_timeout", "1.5"), IPV, "0 to 1440", NULL},
	{A, SET, PS("transaction_timeout", "99999"), IPV, "0 to 1440", NULL},
	{A, SET, PS("seller_authorization_note", S256), IPV, "longer than 255", NULL},
	{A, SET, PSN("seller_authorization_note", "a\0b", 3), IPV, "NUL", NULL},
	{A, SET, PS("seller_authorization_note", "a\xc3"), IPV, "UTF-8", NULL},
	{A, SET, PS("seller_authorization_note", "a\x01"), IPV, "control", NULL},
	{A, SET, PS("soft_descriptor", "ABCDEFGHIJKLMNOPQ"), IPV, "16 bytes", NULL},
	{A, SET, PS("soft_descriptor", "AMZ\r\nX"), IPV, "control", NULL},
	{A, SET, PS("soft_descriptor", "\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4"), IPV,
	 "16 bytes", NULL},
	{A, SET, PA("provider_credit_details", 1), IPV, "provider credits", NULL},
	{A, SET, PS("provider_credit_details", "x"), THROW, "provider_credit_details value x is of type string and should be an array value", NULL},
	{A, SET, PS("order_item_categories", "Antiques"), THROW, "order_item_categories value Antiques is of type string and should be an array value", NULL},
	{A, SET, PS("confirm_now", "false"), THROW, "confirm_now value false is of type string and should be a boolean value", NULL},
	{A, SET, PS("seller_authorization_note", "{\"SandboxSimulation\": {\"State\":\"Closed\",\"ReasonCode\":\"ExpiredUnused\"}}"),
	 "InvalidSandboxSimulationSpecified", "Authorize", &cfg_sandbox},
	/* getAuthorizationDetails */
	{GA, SET, PS("amazon_authorization_id", CHARGE), IPV, "authorization id", NULL},
	{GA, SET, PS("amazon_authorization_id", "S01-9821095-1837200-A04195"), IPV, "authorization id", NULL},
	{GA, SET, PS("amazon_authorization_id", AUTH "/capture"), IPV, "authorization id", NULL},
	{GA, DEL, PS("amazon_authorization_id", ""), MP, "AmazonAuthorizationId", NULL},
	{GA, SET, PS("amazon_authorization_id", "S01-9821095-1837200 A041953"), IPV, "authorization id", NULL},
	{GA, SET, PS("amazon_authorization_id", "S01-9821095-1837200-a041953"), IPV, "authorization id", NULL},
	{GA, SET, PA("amazon_authorization_id", 1), THROW, "amazon_authorization_id value Array is of type array", NULL},
	/* capture */
	{C, SET, PS("capture_amount", "1.001"), IPV, "CaptureAmount.Amount", NULL},
	{C, DEL, PS("capture_amount", ""), MP, "capture_amount", NULL},
	{C, DEL, PS("capture_reference_id", ""), MP, "CaptureReferenceId", NULL},
	{C, SET, PS("amazon_authorization_id", ORO), IPV, "authorization id", NULL},
	{C, SET, PS("seller_capture_note", S256), IPV, "longer than 255", NULL},
	{C, SET, PS("soft_descriptor", "ABCDEFGHIJKLMNOPQ"), IPV, "16 bytes", NULL},
	{C, SET, PS("capture_amount", "10000000"), IPV, "maximum", NULL},
	{C, SET, PA("provider_credit_details", 2), IPV, "provider credits", NULL},
	{C, SET, PS("seller_capture_note", "{\"SandboxSimulation\": {\"State\":\"Closed\",\"ReasonCode\":\"AmazonClosed\"}}"),
	 "InvalidSandboxSimulationSpecified", "Capture", &cfg_sandbox},
	{C, SET, PS("currency_code", "usdd"), IPV, "three-letter", NULL},
	/* getCaptureDetails */
	{GC, SET, PS("amazon_capture_id", AUTH), IPV, "capture id", NULL},
	{GC, SET, PS("amazon_capture_id", REFUND_ID), IPV, "capture id", NULL},
	{GC, DEL, PS("amazon_capture_id", ""), MP, "AmazonCaptureId", NULL},
	/* refund */
	{R, SET, PS("refund_amount", "abc"), IPV, "RefundAmount.Amount", NULL},
	{R, DEL, PS("refund_amount", ""), MP, "refund_amount", NULL},
	{R, DEL, PS("refund_reference_id", ""), MP, "RefundReferenceId", NULL},
	{R, SET, PS("amazon_capture_id", AUTH), IPV, "capture id", NULL},
	{R, SET, PA("provider_credit_reversal_details", 1), IPV, "provider credits", NULL},
	{R, SET, PS("provider_credit_reversal_details", "x"), THROW, "provider_credit_reversal_details value x is of type string and should be an array value", NULL},
	{R, SET, PS("seller_refund_note", S256), IPV, "longer than 255", NULL},
	{R, SET, PS("soft_descriptor", "ABCDEFGHIJKLMNOPQ"), IPV, "16 bytes", NULL},
	{R, SET, PS("refund_amount", "0.5.0"), IPV, "plain decimal", NULL},
	/* getRefundDetails */
	{GR, SET, PS("amazon_refund_id", CHARGE), IPV, "refund id", NULL},
	{GR, SET, PS("amazon_refund_id", "S01-9821095-1837200-R07229"), IPV, "refund id", NULL},
	{GR, DEL, PS("amazon_refund_id", ""), MP, "AmazonRefundId", NULL},
	/* closeAuthorization */
	{CA, SET, PS("closure_reason", S256), IPV, "longer than 255", NULL},
	{CA, SET, PA("closure_reason", 1), THROW, "closure_reason value Array is of type array", NULL},
	{CA, SET, PS("amazon_authorization_id", ORO), IPV, "authorization id", NULL},
	/* order reference ops */
	{GO, SET, PS("amazon_order_reference_id", AUTH), IPV, "order reference id", NULL},
	{GO, DEL, PS("amazon_order_reference_id", ""), MP, "AmazonOrderReferenceId", NULL},
	{XO, SET, PSN("cancelation_reason", "a\0", 2), IPV, "NUL", NULL},
	{CO, SET, PS("closure_reason", "\xff\xfe"), IPV, "UTF-8", NULL},
	{SA, SET, PS("store_name", "012345678901234567890123456789012345678901234567890"), IPV, "longer than 50", NULL},
	{SA, SET, PS("seller_order_id", S257), IPV, "longer than 256", NULL},
	{SA, SET, PS("seller_order_id", "order\n42"), IPV, "line breaks", NULL},
	{SA, SET, PS("custom_information", s4097), IPV, "longer than 4096", NULL},
	{SA, SET, PS("seller_note", S256), IPV, "longer than 255", NULL},
	{SA, SET, PS("order_item_categories", "Antiques"), THROW, "should be an array value", NULL},
	{SD, SET, PS("request_payment_authorization", "false"), THROW, "request_payment_authorization value false is of type string and should be a boolean value", NULL},
	{SD, SET, PS("amazon_order_reference_id", "S01-9821095-1837200-"), IPV, "order reference id", NULL},
	/* methods v2 cannot do: answered, but the legacy type checks still come first */
	{AMZPAY_LEGACY_CLOSE_BILLING_AGREEMENT, SET, PS("x", "y"), "UnsupportedOperation", "billing agreements", NULL},
	{AMZPAY_LEGACY_CONFIRM_ORDER_REFERENCE, SET, PS("expect_immediate_authorization", "true"), THROW,
	 "expect_immediate_authorization value true is of type string and should be a boolean value", NULL},
	{AMZPAY_LEGACY_GET_SERVICE_STATUS, SET, PS("x", "y"), "UnsupportedOperation", "service status", NULL},
	{AMZPAY_LEGACY_AUTHORIZE_ON_BILLING_AGREEMENT, SET, PS("x", "y"), "UnsupportedOperation", "billing agreements", NULL},
	{AMZPAY_LEGACY_REVERSE_PROVIDER_CREDIT, SET, PS("x", "y"), "UnsupportedOperation", "provider credits", NULL},
	{AMZPAY_LEGACY_LIST_ORDER_REFERENCE, SET, PS("x", "y"), "UnsupportedOperation", "list", NULL},
	{AMZPAY_LEGACY_SET_MERCHANT_NOTIFICATION_CONFIGURATION, SET, PS("notification_configuration_list", "x"), THROW,
	 "should be an array value", NULL},
};

static void run_bad_case(size_t i, const bad_case *bc)
{
	const amzpay_legacy_config *cfg = bc->cfg ? bc->cfg : &cfg_usd;
	amzpay_legacy_call call;
	amzpay_error err;
	pset ps;
	int rc;
	bool ok = true;

	pset_init(&ps, base_for(bc->op));
	if (bc->mode == DEL) {
		pset_remove(&ps, bc->p.key);
	} else {
		pset_add(&ps, &bc->p);
	}
	amzpay_legacy_call_init(&call);
	amzpay_error_clear(&err);
	rc = amzpay_legacy_prepare(bc->op, &ps.list, cfg, &call, &err);
	/* never a request */
	ok = call.path == NULL && call.body == NULL && call.idempotency_key[0] == '\0' && call.simulation_code == NULL;
	if (!bc->code) {
		ok = ok && rc == -1 && err.domain == AMZPAY_ERR_ARGUMENT && strstr(err.message, bc->msg) != NULL;
		if (!ok) {
			fprintf(stderr, "  bad case #%zu (%s): rc %d, message \"%s\"\n", i, bc->p.key, rc, err.message);
		}
	} else {
		cJSON *tree = to_array(&call.answer);

		ok = ok && rc == AMZPAY_LEGACY_ANSWERED && call.answer.status == 400 && !call.answer.success &&
		     !call.answer.sent && strcmp(call.answer.code, bc->code) == 0 && tree &&
		     strcmp(tstr(tree, "Error.Code"), bc->code) == 0 && strcmp(tstr(tree, "Error.Type"), "Sender") == 0 &&
		     strstr(tstr(tree, "Error.Message"), bc->msg) != NULL && strcmp(tstr(tree, "ResponseStatus"), "400") == 0 &&
		     strlen(tstr(tree, "RequestId")) == 36;
		if (!ok) {
			fprintf(stderr, "  bad case #%zu (%s): rc %d, code %s, xml:\n%s\n", i, bc->p.key, rc, call.answer.code,
			        call.answer.xml ? call.answer.xml : "(none)");
		}
		cJSON_Delete(tree);
	}
	if (!ok) {
		unit_failed_checks++;
	}
	amzpay_legacy_call_free(&call);
}

UNIT_TEST(test_malformed_inputs_are_refused_before_sending)
{
	size_t i, n = sizeof(bad_cases) / sizeof(bad_cases[0]);

	memset(s4097, 'x', 4097);
	CHECK(n >= 100);
	for (i = 0; i < n; i++) {
		run_bad_case(i, &bad_cases[i]);
	}
}

/* The good variants next to the refusals: what must pass. */
UNIT_TEST(test_accepted_edge_inputs)
{
	static const pdef cases[][3] = {
		{PS("currency_code", "eur"), PEND},                 /* upper-cased like the legacy SDK */
		{PS("authorization_amount", "150000"), PEND},        /* the maximum itself */
		{PS("authorization_amount", "0.01"), PEND},
		{PS("soft_descriptor", "ABCDEFGHIJKLMNOP"), PEND},   /* 16 bytes */
		{PS("seller_authorization_note", "line1\nline2\ttab"), PEND}, /* free text may span lines */
		{PS("seller_authorization_note", S256 + 1), PEND},   /* 255 characters */
		{PS("transaction_timeout", "1440"), PEND},
		{PB("capture_now", true), PEND},
		{PN("seller_authorization_note"), PEND},             /* null: absent */
		{PS("authorization_reference_id", S256), PEND},      /* long: digest key */
		{PA("provider_credit_details", 0), PEND},            /* empty list: nothing to refuse */
		{PS("amazon_order_reference_id", "P01-1234567-1234567"), PEND},
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		amzpay_legacy_call call;
		amzpay_error err;
		pset ps;
		int rc;

		pset_init(&ps, base_authorize);
		pset_add(&ps, &cases[i][0]);
		amzpay_legacy_call_init(&call);
		amzpay_error_clear(&err);
		rc = amzpay_legacy_prepare(AMZPAY_LEGACY_AUTHORIZE, &ps.list, &cfg_usd, &call, &err);
		if (rc != AMZPAY_LEGACY_SEND || !call.path) {
			fprintf(stderr, "  accepted case #%zu (%s): rc %d %s %s\n", i, cases[i][0].key, rc, err.message,
			        call.answer.xml ? call.answer.xml : "");
			unit_failed_checks++;
		}
		amzpay_legacy_call_free(&call);
	}
}

/* ------------------------------------------------------------------ */
/* Responses                                                            */
/* ------------------------------------------------------------------ */

static const char charge_captured[] =
	"{\"chargeId\":\"" CHARGE "\",\"chargePermissionId\":\"" ORO "\","
	"\"chargeAmount\":{\"amount\":\"1.00\",\"currencyCode\":\"USD\"},"
	"\"captureAmount\":{\"amount\":\"1.00\",\"currencyCode\":\"USD\"},"
	"\"refundedAmount\":{\"amount\":\"0.00\",\"currencyCode\":\"USD\"},"
	"\"softDescriptor\":\"AMZ*testikiki\",\"captureNow\":true,\"canHandlePendingAuthorization\":false,"
	"\"providerMetadata\":{\"providerReferenceId\":null},"
	"\"merchantMetadata\":{\"merchantReferenceId\":\"asdcdsd5iiiii\",\"noteToBuyer\":\"testing\","
	"\"merchantStoreName\":null,\"customInformation\":null},"
	"\"statusDetails\":{\"state\":\"Captured\",\"reasonCode\":null,\"reasonDescription\":null,"
	"\"lastUpdatedTimestamp\":\"20151030T214710Z\"},"
	"\"creationTimestamp\":\"20151030T210238Z\",\"expirationTimestamp\":\"20151129T210238Z\","
	"\"releaseEnvironment\":\"Sandbox\"}";

static const char charge_authorized[] =
	"{\"chargeId\":\"" CHARGE "\",\"chargePermissionId\":\"" ORO "\","
	"\"chargeAmount\":{\"amount\":\"1.00\",\"currencyCode\":\"USD\"},\"captureAmount\":null,"
	"\"refundedAmount\":{\"amount\":\"0.00\",\"currencyCode\":\"USD\"},\"softDescriptor\":null,\"captureNow\":false,"
	"\"merchantMetadata\":{\"merchantReferenceId\":\"asdcdsd5iiiii\",\"noteToBuyer\":null},"
	"\"statusDetails\":{\"state\":\"Authorized\",\"reasonCode\":null,\"lastUpdatedTimestamp\":\"20151030T210238Z\"},"
	"\"creationTimestamp\":\"20151030T210238Z\",\"expirationTimestamp\":\"20151129T210238Z\","
	"\"releaseEnvironment\":\"Sandbox\"}";

static const char refund_initiated[] =
	"{\"refundId\":\"" REFUND_ID "\",\"chargeId\":\"" CHARGE "\","
	"\"refundAmount\":{\"amount\":\"0.50\",\"currencyCode\":\"USD\"},\"softDescriptor\":\"AMZ*test\","
	"\"creationTimestamp\":\"20151102T211817Z\",\"statusDetails\":{\"state\":\"RefundInitiated\",\"reasonCode\":null,"
	"\"reasonDescription\":null,\"lastUpdatedTimestamp\":\"20151102T211817Z\"},\"releaseEnvironment\":\"Sandbox\"}";

static const char charge_permission[] =
	"{\"chargePermissionId\":\"" ORO "\",\"chargePermissionReferenceId\":null,\"chargePermissionType\":\"OneTime\","
	"\"buyer\":{\"buyerId\":\"amzn1.account.X\",\"name\":\"John Green\",\"email\":\"test@example.com\","
	"\"phoneNumber\":\"800-000-0000\",\"primeMembershipTypes\":null},"
	"\"shippingAddress\":{\"name\":\"Christopher C. Conn\",\"addressLine1\":\"4996 Rockford Mountain Lane\","
	"\"addressLine2\":null,\"addressLine3\":null,\"city\":\"Appleton\",\"county\":null,\"district\":null,"
	"\"stateOrRegion\":\"WI\",\"postalCode\":\"54911\",\"countryCode\":\"US\",\"phoneNumber\":\"800-000-0000\"},"
	"\"billingAddress\":{\"name\":\"Christopher C. Conn\",\"addressLine1\":\"4996 Rockford Mountain Lane\","
	"\"city\":\"Appleton\",\"stateOrRegion\":\"WI\",\"postalCode\":\"54911\",\"countryCode\":\"US\"},"
	"\"paymentPreferences\":[{\"paymentDescriptor\":\"Visa ****1111 (Amazon Pay)\"}],"
	"\"limits\":{\"amountLimit\":{\"amount\":\"1.29\",\"currencyCode\":\"USD\"},"
	"\"amountBalance\":{\"amount\":\"1.29\",\"currencyCode\":\"USD\"}},"
	"\"merchantMetadata\":{\"merchantReferenceId\":\"test-12345\",\"merchantStoreName\":\"Java Cosmos Store\","
	"\"noteToBuyer\":\"1st Amazon Pay Order\",\"customInformation\":\"Sample\"},"
	"\"platformId\":null,\"creationTimestamp\":\"20170723T215856Z\",\"expirationTimestamp\":\"20180119T215856Z\","
	"\"statusDetails\":{\"state\":\"Chargeable\",\"reasons\":null,\"lastUpdatedTimestamp\":\"20170723T220149Z\"},"
	"\"releaseEnvironment\":\"Sandbox\",\"presentmentCurrency\":\"USD\"}";

/* What the ledger knows, for the next round_trip()s (NULL: nothing, as without a ledger). */
static const amzpay_legacy_facts *round_trip_facts;

/* A ledger row holding a reference id and a seller note, as a migrated shop's ledger has. */
static const amzpay_legacy_facts *ledger_knows(const char *reference_id, const char *note)
{
	static amzpay_legacy_facts f;

	amzpay_legacy_facts_init(&f);
	f.found = true;
	AMZPAY_LEDGER_SET(f.row.reference_id, reference_id);
	AMZPAY_LEDGER_SET(f.row.note, note);
	return &f;
}

/* prepare(op, base params) + translate(status, body); returns the toArray() tree (owned) and the result. */
static cJSON *round_trip(amzpay_legacy_op op, const pdef *defs, long status, const char *body, amzpay_legacy_result *res,
                         int *rc)
{
	amzpay_legacy_call call;
	amzpay_error err;
	amzpay_v2_reply reply = {status, body, body ? strlen(body) : 0, "v2-request-1", 0, false};
	cJSON *tree = NULL;

	amzpay_legacy_result_init(res);
	if (prepare(op, defs ? defs : base_for(op), &cfg_usd, &call, &err) != AMZPAY_LEGACY_SEND) {
		fprintf(stderr, "  prepare failed: %s %s\n", err.message, call.answer.xml ? call.answer.xml : "");
		unit_failed_checks++;
		amzpay_legacy_call_free(&call);
		return NULL;
	}
	amzpay_error_clear(&err);
	call.facts = round_trip_facts;
	*rc = amzpay_legacy_translate(&call, &reply, res, &err);
	if (*rc == 0) {
		tree = to_array(res);
	}
	amzpay_legacy_call_free(&call);
	return tree;
}

/* Compares the shape of `mine` with a fixture's toArray (exact key sets unless `subset`). */
static void check_shape(const cJSON *mine, const char *fixture, bool subset)
{
	cJSON *ref;

	if (!fixtures_available(fixture)) {
		return;
	}
	ref = read_to_array(fixture, NULL);
	CHECK(ref != NULL);
	if (ref && mine && !tree_same_shape(mine, ref, subset, fixture)) {
		fprintf(stderr, "  shape differs from fixture %s\n", fixture);
		unit_failed_checks++;
	}
	cJSON_Delete(ref);
}

UNIT_TEST(test_response_authorize)
{
	amzpay_legacy_result res;
	int rc = -1;
	static const pdef p[] = {PS("amazon_order_reference_id", ORO), PS("authorization_amount", "1.00"),
	                         PS("authorization_reference_id", "asdcdsd5iiiii"), PB("capture_now", true),
	                         PS("seller_authorization_note", "testing"), PS("soft_descriptor", "AMZ*testikiki"), PEND};
	cJSON *t = round_trip(AMZPAY_LEGACY_AUTHORIZE, p, 201, charge_captured, &res, &rc);

	CHECK(rc == 0 && t);
	CHECK(res.status == 200 && res.success && res.sent && res.v2_status == 201);
	CHECK_STR(res.v2_request_id, "v2-request-1");
	CHECK(strstr(res.xml, "<AuthorizeResponse xmlns=\"http://mws.amazonservices.com/schema/OffAmazonPayments/2013-01-01\">"));
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AmazonAuthorizationId"), AUTH);
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationReferenceId"), "asdcdsd5iiiii");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.SellerAuthorizationNote"), "testing");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationAmount.Amount"), "1.00");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationAmount.CurrencyCode"), "USD");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.CapturedAmount.Amount"), "1.00");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationFee.Amount"), "0.00");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.IdList.member"), CHARGE);
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationStatus.State"), "Closed");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationStatus.ReasonCode"), "MaxCapturesProcessed");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationStatus.LastUpdateTimestamp"),
	          "2015-10-30T21:47:10.000Z");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.CreationTimestamp"), "2015-10-30T21:02:38.000Z");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.ExpirationTimestamp"), "2015-11-29T21:02:38.000Z");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.CaptureNow"), "true");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.SoftDescriptor"), "AMZ*testikiki");
	CHECK_STR(tstr(t, "ResponseMetadata.RequestId"), "v2-request-1");
	CHECK_STR(tstr(t, "ResponseStatus"), "200");
	check_shape(t, "AuthorizeResponse", false);
	/* key order too: the legacy sample's order */
	if (fixtures_available("test_response_authorize order")) {
		cJSON *ref = read_to_array("AuthorizeResponse", NULL);
		const cJSON *x = tget(t, "AuthorizeResult.AuthorizationDetails")->child;
		const cJSON *y = tget(ref, "AuthorizeResult.AuthorizationDetails")->child;

		for (; x && y; x = x->next, y = y->next) {
			CHECK_STR(x->string, y->string);
		}
		CHECK(!x && !y);
		cJSON_Delete(ref);
	}
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

UNIT_TEST(test_response_get_authorization_details)
{
	amzpay_legacy_result res;
	int rc = -1;
	cJSON *t = round_trip(AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS, NULL, 200, charge_authorized, &res, &rc);

	CHECK(rc == 0 && t && res.success);
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.AuthorizationStatus.State"), "Open");
	CHECK(tget(t, "GetAuthorizationDetailsResult.AuthorizationDetails.AuthorizationStatus.ReasonCode") == NULL);
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.CapturedAmount.Amount"), "0.00");
	CHECK(tempty(t, "GetAuthorizationDetailsResult.AuthorizationDetails.IdList"));
	/* reads echo what the authorize stored in merchantMetadata */
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.AuthorizationReferenceId"), "asdcdsd5iiiii");
	CHECK(tempty(t, "GetAuthorizationDetailsResult.AuthorizationDetails.SellerAuthorizationNote"));
	CHECK(tempty(t, "GetAuthorizationDetailsResult.AuthorizationDetails.SoftDescriptor"));
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.CaptureNow"), "false");
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.AmazonAuthorizationId"), AUTH);
	check_shape(t, "GetAuthorizationDetailsResponse", true); /* Open has no ReasonCode */
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	/* captured: the exact shape of the MWS sample */
	t = round_trip(AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS, NULL, 200, charge_captured, &res, &rc);
	CHECK(rc == 0 && t && res.success);
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.AuthorizationStatus.State"), "Closed");
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.IdList.member"), CHARGE);
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.SellerAuthorizationNote"), "testing");
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.CapturedAmount.Amount"), "1.00");
	check_shape(t, "GetAuthorizationDetailsResponse", false);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

UNIT_TEST(test_response_capture_and_get_capture_details)
{
	amzpay_legacy_result res;
	int rc = -1;
	static const pdef p[] = {PS("amazon_authorization_id", AUTH), PS("capture_amount", "1.00"),
	                         PS("capture_reference_id", "testcsal"), PS("soft_descriptor", "AMZ*testsd"), PEND};
	cJSON *t = round_trip(AMZPAY_LEGACY_CAPTURE, p, 200, charge_captured, &res, &rc);

	CHECK(rc == 0 && t && res.success);
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.AmazonCaptureId"), CHARGE);
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.CaptureReferenceId"), "testcsal");
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.CaptureStatus.State"), "Completed");
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.CaptureAmount.Amount"), "1.00");
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.RefundedAmount.Amount"), "0.00");
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.CaptureFee.Amount"), "0.00");
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.CreationTimestamp"), "2015-10-30T21:47:10.000Z");
	CHECK(tempty(t, "CaptureResult.CaptureDetails.SellerCaptureNote"));
	CHECK(tempty(t, "CaptureResult.CaptureDetails.IdList"));
	check_shape(t, "CaptureResponse", false);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	t = round_trip(AMZPAY_LEGACY_GET_CAPTURE_DETAILS, NULL, 200, charge_captured, &res, &rc);
	CHECK(rc == 0 && t && res.success);
	CHECK_STR(tstr(t, "GetCaptureDetailsResult.CaptureDetails.CaptureStatus.State"), "Completed");
	/* v2 does not store it: without the ledger's row the element is left out, never empty */
	CHECK(tget(t, "GetCaptureDetailsResult.CaptureDetails.CaptureReferenceId") == NULL);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	/* with the ledger's row: echoed, and the genuine MWS shape */
	round_trip_facts = ledger_knows("cap-ref-7", "shipped");
	t = round_trip(AMZPAY_LEGACY_GET_CAPTURE_DETAILS, NULL, 200, charge_captured, &res, &rc);
	round_trip_facts = NULL;
	CHECK(rc == 0 && t && res.success);
	CHECK_STR(tstr(t, "GetCaptureDetailsResult.CaptureDetails.CaptureReferenceId"), "cap-ref-7");
	CHECK_STR(tstr(t, "GetCaptureDetailsResult.CaptureDetails.SellerCaptureNote"), "shipped");
	CHECK(res.record_count == 0); /* reads are never written back */
	check_shape(t, "GetCaptureDetailsResponse", false);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

/* Multi-currency: ConvertedAmount / ConversionRate, and refunds over the v1 limit close the capture. */
#define MC_CHARGE(refunded)                                                                                       \
	"{\"chargeId\":\"S02-7423235-4925359-C052508\",\"chargeAmount\":{\"amount\":\"0.99\",\"currencyCode\":\"CHF\"}," \
	"\"captureAmount\":{\"amount\":\"0.99\",\"currencyCode\":\"CHF\"},"                                          \
	"\"refundedAmount\":{\"amount\":\"" refunded "\",\"currencyCode\":\"CHF\"},"                                 \
	"\"convertedAmount\":{\"amount\":\"0.88\",\"currencyCode\":\"EUR\"},\"conversionRate\":\"1.1297854087\","     \
	"\"softDescriptor\":\"AMZ*Matt's Test Stor\",\"statusDetails\":{\"state\":\"Captured\","                     \
	"\"lastUpdatedTimestamp\":\"20170627T220718Z\"},\"creationTimestamp\":\"20170627T220718Z\"}"

UNIT_TEST(test_response_capture_multicurrency_and_refund_limit)
{
	static const pdef p[] = {PS("amazon_capture_id", "S02-7423235-4925359-C052508"), PEND};
	static const struct {
		const char *body, *state, *reason;
	} cases[] = {
		{MC_CHARGE("0.00"), "Completed", NULL},
		{MC_CHARGE("1.12"), "Completed", NULL},
		/* 1.13 >= 0.99 + min(15 %, 75) = 1.13 */
		{MC_CHARGE("1.13"), "Closed", "MaxAmountRefunded"},
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		amzpay_legacy_result res;
		int rc = -1;
		cJSON *t;

		round_trip_facts = ledger_knows("mc-cap", "");
		t = round_trip(AMZPAY_LEGACY_GET_CAPTURE_DETAILS, p, 200, cases[i].body, &res, &rc);
		round_trip_facts = NULL;
		const cJSON *d = tget(t, "GetCaptureDetailsResult.CaptureDetails");

		CHECK(rc == 0 && t && d);
		CHECK_STR(tstr(d, "ConvertedAmount.Amount"), "0.88");
		CHECK_STR(tstr(d, "ConvertedAmount.CurrencyCode"), "EUR");
		CHECK_STR(tstr(d, "ConversionRate"), "1.1297854087");
		CHECK_STR(tstr(d, "CaptureAmount.CurrencyCode"), "CHF");
		CHECK_STR(tstr(d, "CaptureFee.CurrencyCode"), "CHF");
		CHECK_STR(tstr(d, "CaptureStatus.State"), cases[i].state);
		if (cases[i].reason) {
			CHECK_STR(tstr(d, "CaptureStatus.ReasonCode"), cases[i].reason);
		} else {
			CHECK(tget(d, "CaptureStatus.ReasonCode") == NULL);
			check_shape(t, "GetCaptureDetailsResponse_Multicurrency", false);
		}
		cJSON_Delete(t);
		amzpay_legacy_result_free(&res);
	}
}

/* A charge that was never captured has no legacy capture. */
UNIT_TEST(test_response_get_capture_details_without_capture)
{
	amzpay_legacy_result res;
	int rc = -1;
	cJSON *t = round_trip(AMZPAY_LEGACY_GET_CAPTURE_DETAILS, NULL, 200, charge_authorized, &res, &rc);

	CHECK(rc == 0 && t);
	CHECK(res.status == 404 && !res.success);
	CHECK_STR(res.code, "InvalidCaptureId");
	CHECK_STR(tstr(t, "Error.Code"), "InvalidCaptureId");
	CHECK_STR(tstr(t, "RequestId"), "v2-request-1");
	check_shape(t, "ErrorResponse", false);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

UNIT_TEST(test_response_refund_and_get_refund_details)
{
	static const pdef p[] = {PS("amazon_capture_id", CHARGE), PS("refund_amount", "0.50"),
	                         PS("refund_reference_id", "testRefundId1354077"), PS("seller_refund_note", "testing"),
	                         PEND};
	static const char refunded[] =
		"{\"refundId\":\"" REFUND_ID "\",\"chargeId\":\"" CHARGE "\",\"refundAmount\":{\"amount\":\"0.5\","
		"\"currencyCode\":\"USD\"},\"softDescriptor\":\"AMZ*test\",\"creationTimestamp\":\"20151102T211817Z\","
		"\"statusDetails\":{\"state\":\"Refunded\",\"lastUpdatedTimestamp\":\"20151102T211848Z\"}}";
	amzpay_legacy_result res;
	int rc = -1;
	cJSON *t = round_trip(AMZPAY_LEGACY_REFUND, p, 201, refund_initiated, &res, &rc);

	CHECK(rc == 0 && t && res.success);
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.AmazonRefundId"), REFUND_ID);
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.RefundReferenceId"), "testRefundId1354077");
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.SellerRefundNote"), "testing");
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.RefundType"), "SellerInitiated");
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.RefundStatus.State"), "Pending");
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.FeeRefunded.Amount"), "0.00");
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.RefundAmount.Amount"), "0.50");
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.CreationTimestamp"), "2015-11-02T21:18:17.000Z");
	check_shape(t, "RefundResponse", false);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	round_trip_facts = ledger_knows("refund-ref-3", "");
	t = round_trip(AMZPAY_LEGACY_GET_REFUND_DETAILS, NULL, 200, refunded, &res, &rc);
	round_trip_facts = NULL;
	CHECK(rc == 0 && t && res.success);
	CHECK_STR(tstr(t, "GetRefundDetailsResult.RefundDetails.RefundReferenceId"), "refund-ref-3");
	CHECK_STR(tstr(t, "GetRefundDetailsResult.RefundDetails.RefundStatus.State"), "Completed");
	CHECK_STR(tstr(t, "GetRefundDetailsResult.RefundDetails.RefundAmount.Amount"), "0.50");
	CHECK_STR(tstr(t, "GetRefundDetailsResult.RefundDetails.RefundStatus.LastUpdateTimestamp"),
	          "2015-11-02T21:18:48.000Z");
	check_shape(t, "GetRefundDetails", false);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

UNIT_TEST(test_response_close_authorization_and_order_reference_closing)
{
	static const char canceled[] = "{\"chargeId\":\"" CHARGE "\",\"statusDetails\":{\"state\":\"Canceled\","
	                               "\"reasonCode\":\"MerchantCanceled\",\"lastUpdatedTimestamp\":\"20151030T210238Z\"}}";
	amzpay_legacy_result res;
	int rc = -1;
	cJSON *t = round_trip(AMZPAY_LEGACY_CLOSE_AUTHORIZATION, NULL, 200, canceled, &res, &rc);

	CHECK(rc == 0 && t && res.success);
	CHECK(tempty(t, "CloseAuthorizationResult"));
	CHECK_STR(res.v2_reason_code, "MerchantCanceled");
	check_shape(t, "CloseAuthorizationResponse", false);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	t = round_trip(AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE, NULL, 200, charge_permission, &res, &rc);
	CHECK(rc == 0 && t && res.success);
	CHECK(tempty(t, "CancelOrderReferenceResult"));
	check_shape(t, "CancelOrderReferenceResponse", false);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	t = round_trip(AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE, NULL, 200, charge_permission, &res, &rc);
	CHECK(rc == 0 && t && res.success);
	CHECK(tget(t, "CloseOrderReferenceResult") == NULL);
	check_shape(t, "CloseOrderReferenceResponse", false);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

/* Deep union of several fixtures' OrderReferenceDetails (what genuine MWS can show). */
static void tree_merge(cJSON *dst, const cJSON *src)
{
	const cJSON *s;

	cJSON_ArrayForEach(s, src)
	{
		cJSON *d = cJSON_GetObjectItemCaseSensitive(dst, s->string);

		if (!d) {
			cJSON_AddItemToObject(dst, s->string, cJSON_Duplicate(s, 1));
		} else if (cJSON_IsObject(d) && cJSON_IsObject(s)) {
			tree_merge(d, s);
		}
	}
}

static cJSON *order_reference_union(void)
{
	static const char *const names[][2] = {
		{"GetOrderReferenceDetailsResponse", "GetOrderReferenceDetailsResult"},
		{"GetOrderReferenceDetailsResponse_Full", "GetOrderReferenceDetailsResult"},
		{"GetOrderReferenceDetailsScaResponse", "GetOrderReferenceDetailsResult"},
		{"GetOROwithoutPaymentDescriptor", "GetOrderReferenceDetailsResult"},
		{"TestPaymentDescriptor", "GetOrderReferenceDetailsResult"},
		{"SetOrderAttributesResponse", "SetOrderAttributesResult"},
		{"SetOrderReferenceDetailsResponse", "SetOrderReferenceDetailsResult"},
	};
	cJSON *all = cJSON_CreateObject();
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		cJSON *ref = read_to_array(names[i][0], NULL);
		const cJSON *d = tget(tget(ref, names[i][1]), "OrderReferenceDetails");

		if (d) {
			tree_merge(all, d);
		}
		cJSON_Delete(ref);
	}
	/* in the v1 Buyer type but in no sample */
	cJSON_AddStringToObject(cJSON_GetObjectItemCaseSensitive(all, "Buyer"), "Phone", "");
	return all;
}

static void check_order_reference_details(const cJSON *t, const char *result)
{
	char path[128];
	const cJSON *d;

	snprintf(path, sizeof(path), "%s.OrderReferenceDetails", result);
	d = tget(t, path);
	CHECK(d != NULL);
	CHECK_STR(tstr(d, "AmazonOrderReferenceId"), ORO);
	CHECK_STR(tstr(d, "OrderReferenceStatus.State"), "Open");
	CHECK_STR(tstr(d, "OrderReferenceStatus.LastUpdateTimestamp"), "2017-07-23T22:01:49.000Z");
	CHECK_STR(tstr(d, "OrderTotal.Amount"), "1.29");
	CHECK_STR(tstr(d, "OrderTotal.CurrencyCode"), "USD");
	CHECK_STR(tstr(d, "Buyer.Name"), "John Green");
	CHECK_STR(tstr(d, "Buyer.Email"), "test@example.com");
	CHECK_STR(tstr(d, "Destination.DestinationType"), "Physical");
	CHECK_STR(tstr(d, "Destination.PhysicalDestination.City"), "Appleton");
	CHECK_STR(tstr(d, "Destination.PhysicalDestination.Phone"), "800-000-0000");
	CHECK(tget(d, "Destination.PhysicalDestination.AddressLine2") == NULL); /* absent stays absent */
	CHECK_STR(tstr(d, "BillingAddress.AddressType"), "Physical");
	CHECK_STR(tstr(d, "BillingAddress.PhysicalAddress.PostalCode"), "54911");
	CHECK_STR(tstr(d, "SellerNote"), "1st Amazon Pay Order");
	CHECK_STR(tstr(d, "SellerOrderAttributes.SellerOrderId"), "test-12345");
	CHECK_STR(tstr(d, "SellerOrderAttributes.StoreName"), "Java Cosmos Store");
	CHECK_STR(tstr(d, "SellerOrderAttributes.CustomInformation"), "Sample");
	CHECK_STR(tstr(d, "ReleaseEnvironment"), "Sandbox");
	CHECK_STR(tstr(d, "CreationTimestamp"), "2017-07-23T21:58:56.000Z");
	CHECK_STR(tstr(d, "PaymentDescriptor.FullDescriptor"), "Visa ****1111 (Amazon Pay)");
	CHECK_STR(tstr(d, "RequestPaymentAuthorization"), "false");
	if (fixtures_available("order reference shape")) {
		cJSON *all = order_reference_union();

		if (!tree_same_shape(d, all, true, "OrderReferenceDetails")) {
			unit_failed_checks++;
		}
		cJSON_Delete(all);
	}
}

UNIT_TEST(test_response_order_reference_reads_and_updates)
{
	amzpay_legacy_result res;
	int rc = -1;
	cJSON *t = round_trip(AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, NULL, 200, charge_permission, &res, &rc);

	CHECK(rc == 0 && t && res.success);
	check_order_reference_details(t, "GetOrderReferenceDetailsResult");
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	t = round_trip(AMZPAY_LEGACY_SET_ORDER_ATTRIBUTES, NULL, 200, charge_permission, &res, &rc);
	CHECK(rc == 0 && t && res.success);
	check_order_reference_details(t, "SetOrderAttributesResult");
	CHECK(tget(t, "SetOrderAttributesResult") && tget(t, "ResponseMetadata.RequestId"));
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	t = round_trip(AMZPAY_LEGACY_SET_ORDER_REFERENCE_DETAILS, NULL, 200, charge_permission, &res, &rc);
	CHECK(rc == 0 && t && res.success);
	check_order_reference_details(t, "SetOrderReferenceDetailsResult");
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

/* The status lookup of the legacy parser works on bridged XML too. */
UNIT_TEST(test_bridged_xml_status_lookup)
{
	amzpay_legacy_call call;
	amzpay_legacy_result res;
	amzpay_error err;
	amzpay_v2_reply reply = {200, charge_permission, sizeof(charge_permission) - 1, NULL, 0, false};
	cJSON *st = NULL;

	CHECK(prepare(AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, base_oro, &cfg_usd, &call, &err) == 0);
	amzpay_legacy_result_init(&res);
	CHECK(amzpay_legacy_translate(&call, &reply, &res, &err) == 0);
	CHECK(amzpay_xml_order_reference_status(res.xml, res.xml_len, &st, &err) == 0);
	CHECK(st && strcmp(tstr(st, "State"), "Open") == 0);
	/* no v2 request id: the XML shows a generated UUID, the diagnostics stay empty */
	CHECK(strstr(res.xml, "<RequestId>") && strstr(res.xml, "-4") && res.v2_request_id[0] == '\0');
	cJSON_Delete(st);
	amzpay_legacy_result_free(&res);
	amzpay_legacy_call_free(&call);
}

/* Order reference states through the bridge, including the "nothing captured" rule. */
UNIT_TEST(test_response_order_reference_states)
{
	static const struct {
		const char *body, *state, *reason;
	} cases[] = {
		{"{\"chargePermissionId\":\"" ORO "\",\"statusDetails\":{\"state\":\"NonChargeable\",\"reasons\":[{\"reasonCode\":"
		 "\"PaymentMethodInvalid\"}]}}",
		 "Suspended", "InvalidPaymentMethod"},
		{"{\"chargePermissionId\":\"" ORO "\",\"limits\":{\"amountLimit\":{\"amount\":\"5.00\",\"currencyCode\":\"EUR\"},"
		 "\"amountBalance\":{\"amount\":\"5.00\",\"currencyCode\":\"EUR\"}},\"statusDetails\":{\"state\":\"Closed\","
		 "\"reasons\":[{\"reasonCode\":\"MerchantCanceled\"}]}}",
		 "Canceled", "SellerCanceled"},
		{"{\"chargePermissionId\":\"" ORO "\",\"limits\":{\"amountLimit\":{\"amount\":\"5.00\",\"currencyCode\":\"EUR\"},"
		 "\"amountBalance\":{\"amount\":\"0.00\",\"currencyCode\":\"EUR\"}},\"statusDetails\":{\"state\":\"Closed\","
		 "\"reasons\":[{\"reasonCode\":\"MerchantCanceled\"}]}}",
		 "Closed", "SellerClosed"},
		{"{\"chargePermissionId\":\"" ORO "\",\"statusDetails\":{\"state\":\"Closed\",\"reasons\":[{\"reasonCode\":"
		 "\"AmazonClosed\"}]}}",
		 "Closed", "AmazonClosed"},
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		amzpay_legacy_result res;
		int rc = -1;
		cJSON *t = round_trip(AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, NULL, 200, cases[i].body, &res, &rc);
		const char *base = "GetOrderReferenceDetailsResult.OrderReferenceDetails.OrderReferenceStatus";
		char p1[160], p2[160];

		snprintf(p1, sizeof(p1), "%s.State", base);
		snprintf(p2, sizeof(p2), "%s.ReasonCode", base);
		CHECK(rc == 0 && t);
		CHECK_STR(tstr(t, p1), cases[i].state);
		CHECK_STR(tstr(t, p2), cases[i].reason);
		cJSON_Delete(t);
		amzpay_legacy_result_free(&res);
	}
}

static time_t fixed_clock(void)
{
	return 1614834367; /* 2021-03-04T05:06:07Z */
}

/* Declines at authorize: v1 answered 200 with a Declined authorization. */
UNIT_TEST(test_authorize_declines_are_legacy_declined_authorizations)
{
	static const struct {
		long status;
		const char *code, *reason, *soft;
	} cases[] = {
		{422, "SoftDeclined", "InvalidPaymentMethod", "true"},
		{422, "HardDeclined", "InvalidPaymentMethod", "false"},
		{422, "PaymentMethodNotAllowed", "InvalidPaymentMethod", "false"},
		{422, "MFANotCompleted", "InvalidPaymentMethod", "true"},
		{422, "AmazonRejected", "AmazonRejected", NULL},
		{422, "TransactionTimedOut", "TransactionTimedOut", NULL},
		{500, "ProcessingFailure", "ProcessingFailure", NULL},
	};
	size_t i;

	amzpay_legacy_set_clock(fixed_clock);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		amzpay_legacy_result res;
		char body[256];
		int rc = -1;
		cJSON *t;

		snprintf(body, sizeof(body), "{\"reasonCode\":\"%s\",\"message\":\"declined for a test\"}", cases[i].code);
		t = round_trip(AMZPAY_LEGACY_AUTHORIZE, NULL, cases[i].status, body, &res, &rc);
		CHECK(rc == 0 && t);
		CHECK(res.status == 200 && res.success);
		CHECK_STR(res.v2_reason_code, cases[i].code);
		CHECK(res.v2_status == cases[i].status);
		CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationStatus.State"), "Declined");
		CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationStatus.ReasonCode"), cases[i].reason);
		CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationStatus.ReasonDescription"),
		          "declined for a test");
		CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationStatus.LastUpdateTimestamp"),
		          "2021-03-04T05:06:07.000Z");
		if (cases[i].soft) {
			CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.SoftDecline"), cases[i].soft);
		} else {
			CHECK(tget(t, "AuthorizeResult.AuthorizationDetails.SoftDecline") == NULL);
		}
		CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationReferenceId"), "ref-1");
		CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationAmount.Amount"), "1.00");
		/* no v2 charge: the deterministic v1-shaped id of the decline (legacy_ledger.h) */
		{
			char want[AMZPAY_LEGACY_ID_MAX];
			CHECK(amzpay_legacy_declined_authorization_id(ORO, "ref-1", want) == 0);
			CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AmazonAuthorizationId"), want);
			CHECK(res.record_count == 1 && res.records[0].kind == AMZPAY_LEDGER_AUTHORIZATION);
			CHECK_STR(res.records[0].legacy_id, want);
			CHECK_STR(res.records[0].reason_code, cases[i].code);
			CHECK_STR(res.records[0].parent_id, ORO);
		}
		cJSON_Delete(t);
		amzpay_legacy_result_free(&res);
	}
}

UNIT_TEST(test_capture_and_refund_declines)
{
	amzpay_legacy_result res;
	int rc = -1;
	cJSON *t = round_trip(AMZPAY_LEGACY_CAPTURE, NULL, 422, "{\"reasonCode\":\"AmazonRejected\",\"message\":\"no\"}",
	                      &res, &rc);

	CHECK(rc == 0 && t && res.status == 200);
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.CaptureStatus.State"), "Declined");
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.CaptureStatus.ReasonCode"), "AmazonRejected");
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.AmazonCaptureId"), CHARGE);
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.CaptureReferenceId"), "cap-1");
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	t = round_trip(AMZPAY_LEGACY_REFUND, NULL, 500, "{\"reasonCode\":\"ProcessingFailure\",\"message\":\"x\"}", &res, &rc);
	CHECK(rc == 0 && t && res.status == 200);
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.RefundStatus.State"), "Declined");
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.RefundStatus.ReasonCode"), "ProcessingFailure");
	CHECK_STR(tstr(t, "RefundResult.RefundDetails.RefundAmount.Amount"), "0.50");
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	/* a capture declined after CaptureInitiated, read later */
	t = round_trip(AMZPAY_LEGACY_GET_CAPTURE_DETAILS, NULL, 200,
	               "{\"chargeId\":\"" CHARGE "\",\"captureAmount\":{\"amount\":\"1.00\",\"currencyCode\":\"USD\"},"
	               "\"statusDetails\":{\"state\":\"Declined\",\"reasonCode\":\"AmazonRejected\"}}",
	               &res, &rc);
	CHECK(rc == 0 && t && res.status == 200);
	CHECK_STR(tstr(t, "GetCaptureDetailsResult.CaptureDetails.CaptureStatus.State"), "Declined");
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

/* v2 errors -> MWS ErrorResponse with the closest legacy code and status. */
UNIT_TEST(test_v2_errors_become_mws_errors)
{
	static const struct {
		amzpay_legacy_op op;
		long status;
		const char *v2, *legacy;
		long legacy_status;
	} cases[] = {
		{AMZPAY_LEGACY_AUTHORIZE, 404, "ResourceNotFound", "InvalidOrderReferenceId", 404},
		{AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS, 404, "ResourceNotFound", "InvalidAuthorizationId", 404},
		{AMZPAY_LEGACY_CAPTURE, 404, "ResourceNotFound", "InvalidAuthorizationId", 404},
		{AMZPAY_LEGACY_GET_CAPTURE_DETAILS, 404, "ResourceNotFound", "InvalidCaptureId", 404},
		{AMZPAY_LEGACY_REFUND, 404, "ResourceNotFound", "InvalidCaptureId", 404},
		{AMZPAY_LEGACY_GET_REFUND_DETAILS, 404, "ResourceNotFound", "InvalidRefundId", 404},
		{AMZPAY_LEGACY_CLOSE_AUTHORIZATION, 404, "ResourceNotFound", "InvalidAuthorizationId", 404},
		{AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, 404, "ResourceNotFound", "InvalidOrderReferenceId", 404},
		{AMZPAY_LEGACY_CAPTURE, 422, "InvalidChargeStatus", "InvalidAuthorizationStatus", 405},
		{AMZPAY_LEGACY_CLOSE_AUTHORIZATION, 422, "InvalidChargeStatus", "InvalidAuthorizationStatus", 405},
		{AMZPAY_LEGACY_REFUND, 422, "InvalidChargeStatus", "CaptureNotRefundable", 405},
		{AMZPAY_LEGACY_AUTHORIZE, 422, "InvalidChargePermissionStatus", "InvalidOrderReferenceStatus", 405},
		{AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE, 422, "InvalidChargePermissionStatus", "InvalidOrderReferenceStatus", 405},
		{AMZPAY_LEGACY_SET_ORDER_ATTRIBUTES, 422, "ChargePermissionNotModifiable", "OrderReferenceNotModifiable", 400},
		{AMZPAY_LEGACY_CAPTURE, 400, "TransactionAmountExceeded", "TransactionAmountExceeded", 400},
		{AMZPAY_LEGACY_REFUND, 422, "TransactionCountExceeded", "TransactionCountExceeded", 400},
		{AMZPAY_LEGACY_AUTHORIZE, 400, "CurrencyMismatch", "CurrencyMismatch", 400},
		{AMZPAY_LEGACY_AUTHORIZE, 400, "DuplicateIdempotencyKey", "DuplicateRequest", 400},
		{AMZPAY_LEGACY_AUTHORIZE, 400, "MissingParameterValue", "MissingParameter", 400},
		{AMZPAY_LEGACY_AUTHORIZE, 400, "UnrecognizedField", "InvalidParameterValue", 400},
		{AMZPAY_LEGACY_AUTHORIZE, 400, "InvalidSandboxSimulationSpecified", "InvalidSandboxSimulationSpecified", 400},
		{AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, 403, "InvalidRequestSignature", "SignatureDoesNotMatch", 403},
		{AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, 401, "UnauthorizedAccess", "UnauthorizedAccess", 401},
		{AMZPAY_LEGACY_GET_REFUND_DETAILS, 422, "SomethingNew", "SomethingNew", 400},
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		amzpay_legacy_result res;
		char body[256], status[8];
		int rc = -1;
		cJSON *t;

		snprintf(body, sizeof(body), "{\"reasonCode\":\"%s\",\"message\":\"v2 says no\"}", cases[i].v2);
		t = round_trip(cases[i].op, NULL, cases[i].status, body, &res, &rc);
		snprintf(status, sizeof(status), "%ld", cases[i].legacy_status);
		if (rc != 0 || !t || res.status != cases[i].legacy_status || res.success ||
		    strcmp(tstr(t, "Error.Code"), cases[i].legacy) != 0 || strcmp(res.code, cases[i].legacy) != 0 ||
		    strcmp(tstr(t, "Error.Message"), "v2 says no") != 0 || strcmp(tstr(t, "Error.Type"), "Sender") != 0 ||
		    strcmp(tstr(t, "ResponseStatus"), status) != 0 || strcmp(res.v2_reason_code, cases[i].v2) != 0) {
			fprintf(stderr, "  error case #%zu %s: status %ld code %s\n", i, cases[i].v2, res.status, res.code);
			unit_failed_checks++;
		}
		if (i == 0) {
			check_shape(t, "ErrorResponse", false);
		}
		cJSON_Delete(t);
		amzpay_legacy_result_free(&res);
	}
}

/* Still throttled/failing after the transport's retries: the legacy SDK threw. */
UNIT_TEST(test_exhausted_retries_throw)
{
	static const struct {
		long status;
		const char *body, *message;
		long legacy;
	} cases[] = {
		{429, "{\"reasonCode\":\"TooManyRequests\",\"message\":\"slow down\"}",
		 "Error Code: 503\nMaximum number of retry attempts - 4 reached", 503},
		{503, "{\"reasonCode\":\"ServiceUnavailable\"}", "Error Code: 503\nMaximum number of retry attempts - 4 reached", 503},
		{500, "{\"reasonCode\":\"InternalServerError\"}", "Error Code: 500\nMaximum number of retry attempts - 4 reached", 500},
		{502, "<html>bad gateway</html>", "Error Code: 502\nMaximum number of retry attempts - 4 reached", 502},
		{504, NULL, "Error Code: 504\nMaximum number of retry attempts - 4 reached", 504},
		/* ProcessingFailure is a decline only where v1 had one */
		{500, "{\"reasonCode\":\"ProcessingFailure\"}", "Error Code: 500\nMaximum number of retry attempts - 4 reached", 500},
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		amzpay_legacy_call call;
		amzpay_legacy_result res;
		amzpay_error err;
		amzpay_v2_reply reply = {cases[i].status, cases[i].body, cases[i].body ? strlen(cases[i].body) : 0, "rid", 3, false};

		CHECK(prepare(AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS, base_get_authorization, &cfg_usd, &call, &err) == 0);
		amzpay_legacy_result_init(&res);
		amzpay_error_clear(&err);
		CHECK(amzpay_legacy_translate(&call, &reply, &res, &err) == -1);
		CHECK(err.domain == AMZPAY_ERR_HTTP);
		CHECK_STR(err.message, cases[i].message);
		CHECK(err.http_status == cases[i].legacy);
		CHECK(res.xml == NULL);
		amzpay_legacy_result_free(&res);
		amzpay_legacy_call_free(&call);
	}
}

UNIT_TEST(test_unexpected_bodies)
{
	amzpay_legacy_call call;
	amzpay_legacy_result res;
	amzpay_error err;
	amzpay_v2_reply ok_html = {200, "<html/>", 7, NULL, 0, false};
	amzpay_v2_reply forbidden_html = {403, "<html>Forbidden</html>", 22, NULL, 0, false};
	amzpay_v2_reply moved = {301, "", 0, NULL, 0, false};

	CHECK(prepare(AMZPAY_LEGACY_GET_REFUND_DETAILS, base_get_refund, &cfg_usd, &call, &err) == 0);
	amzpay_legacy_result_init(&res);
	CHECK(amzpay_legacy_translate(&call, &ok_html, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_PARSE);
	CHECK(amzpay_legacy_translate(&call, &forbidden_html, &res, &err) == 0);
	CHECK(res.status == 403 && !res.success);
	CHECK_STR(res.code, "UnexpectedResponse");
	CHECK(amzpay_legacy_translate(&call, &moved, &res, &err) == 0);
	CHECK(res.status == 400 && !res.success);
	amzpay_legacy_result_free(&res);
	amzpay_legacy_call_free(&call);

	/* a call that was answered locally cannot be translated */
	CHECK(prepare(AMZPAY_LEGACY_GET_SERVICE_STATUS, base_oro, &cfg_usd, &call, &err) == AMZPAY_LEGACY_ANSWERED);
	amzpay_legacy_result_init(&res);
	CHECK(amzpay_legacy_translate(&call, &ok_html, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	amzpay_legacy_result_free(&res);
	amzpay_legacy_call_free(&call);
}

/* Async authorize (canHandlePendingAuthorization) and capture pending: legacy Pending states. */
UNIT_TEST(test_pending_states)
{
	static const char pending[] = "{\"chargeId\":\"" CHARGE "\",\"chargeAmount\":{\"amount\":\"1\",\"currencyCode\":"
	                              "\"USD\"},\"statusDetails\":{\"state\":\"AuthorizationInitiated\"}}";
	static const char capture_pending[] = "{\"chargeId\":\"" CHARGE "\",\"captureAmount\":{\"amount\":\"1.00\","
	                                      "\"currencyCode\":\"USD\"},\"statusDetails\":{\"state\":\"CaptureInitiated\"}}";
	amzpay_legacy_result res;
	int rc = -1;
	cJSON *t = round_trip(AMZPAY_LEGACY_AUTHORIZE, NULL, 201, pending, &res, &rc);

	CHECK(rc == 0 && t);
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationStatus.State"), "Pending");
	CHECK_STR(tstr(t, "AuthorizeResult.AuthorizationDetails.AuthorizationAmount.Amount"), "1.00");
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	t = round_trip(AMZPAY_LEGACY_CAPTURE, NULL, 200, capture_pending, &res, &rc);
	CHECK(rc == 0 && t);
	CHECK_STR(tstr(t, "CaptureResult.CaptureDetails.CaptureStatus.State"), "Pending");
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);

	t = round_trip(AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS, NULL, 200, capture_pending, &res, &rc);
	CHECK(rc == 0 && t);
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.AuthorizationStatus.State"), "Open");
	CHECK_STR(tstr(t, "GetAuthorizationDetailsResult.AuthorizationDetails.CapturedAmount.Amount"), "0.00");
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

/* The JSON the glue hands to toJson(): PHP json_encode() of the bridged XML. */
UNIT_TEST(test_bridged_to_json)
{
	amzpay_legacy_result res;
	amzpay_buf b = AMZPAY_BUF_INIT;
	amzpay_error err;
	int rc = -1;
	cJSON *t = round_trip(AMZPAY_LEGACY_CLOSE_AUTHORIZATION, NULL, 200, "{\"chargeId\":\"" CHARGE "\"}", &res, &rc);

	CHECK(rc == 0 && t);
	CHECK(amzpay_tree_to_php_json(t, &b, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&b), "{\"CloseAuthorizationResult\":{},\"ResponseMetadata\":{\"RequestId\":"
	                               "\"v2-request-1\"},\"ResponseStatus\":\"200\"}");
	amzpay_buf_free(&b);
	cJSON_Delete(t);
	amzpay_legacy_result_free(&res);
}

UNIT_MAIN(UNIT_CASE(test_op_table), UNIT_CASE(test_id_mapping_both_ways), UNIT_CASE(test_id_formats), UNIT_CASE(test_idempotency_key_derivation), UNIT_CASE(test_timestamps), UNIT_CASE(test_simulation_table), UNIT_CASE(test_simulation_async_codes), UNIT_CASE(test_request_authorize), UNIT_CASE(test_request_authorize_defaults), UNIT_CASE(test_request_authorize_sandbox_simulation), UNIT_CASE(test_request_capture_refund_and_reads), UNIT_CASE(test_request_close_cancel_update), UNIT_CASE(test_malformed_inputs_are_refused_before_sending), UNIT_CASE(test_accepted_edge_inputs), UNIT_CASE(test_response_authorize), UNIT_CASE(test_response_get_authorization_details), UNIT_CASE(test_response_capture_and_get_capture_details), UNIT_CASE(test_response_capture_multicurrency_and_refund_limit), UNIT_CASE(test_response_get_capture_details_without_capture), UNIT_CASE(test_response_refund_and_get_refund_details), UNIT_CASE(test_response_close_authorization_and_order_reference_closing), UNIT_CASE(test_response_order_reference_reads_and_updates), UNIT_CASE(test_bridged_xml_status_lookup), UNIT_CASE(test_response_order_reference_states), UNIT_CASE(test_authorize_declines_are_legacy_declined_authorizations), UNIT_CASE(test_capture_and_refund_declines), UNIT_CASE(test_v2_errors_become_mws_errors), UNIT_CASE(test_exhausted_retries_throw), UNIT_CASE(test_unexpected_bodies), UNIT_CASE(test_pending_states), UNIT_CASE(test_bridged_to_json))
