/*
 * v2 JSON answers -> legacy MWS responses (amzpay_legacy_translate).
 *
 * Input:  line 1 "<op> <HTTP status> [c] [m]" (op: one of the 12 bridged legacy
 *         calls, c: the glue knows a capture was issued, m: an attempt may have
 *         been processed), then the v2 body.
 * Invariants:
 *   - a translated answer is XML that parses again and whose toJson() is JSON;
 *   - its legacy status is an HTTP status and success means exactly status 200;
 *   - otherwise a clean error (an exception for the shop) with a message.
 */
#include <cjson/cJSON.h>

#include "buf.h"
#include "error.h"
#include "fuzz.h"
#include "legacy.h"
#include "xml.h"

#define ORO "S01-9821095-1837200"
#define AUTH "S01-9821095-1837200-A041953"
#define CHARGE "S01-9821095-1837200-C041953"
#define REFUND "S01-9821095-1837200-R072290"

#define P(k, v) {k, AMZPAY_PARAM_STRING, v, sizeof(v) - 1, false, 0, NULL}
#define PB(k, v) {k, AMZPAY_PARAM_BOOL, NULL, 0, v, 0, NULL}

static const amzpay_param p_authorize[] = {P("amazon_order_reference_id", ORO), P("authorization_amount", "1.00"),
                                           P("authorization_reference_id", "ref-1"), P("seller_authorization_note", "n"),
                                           PB("capture_now", true), P("soft_descriptor", "AMZ*shop")};
static const amzpay_param p_auth_id[] = {P("amazon_authorization_id", AUTH), P("closure_reason", "r")};
static const amzpay_param p_capture[] = {P("amazon_authorization_id", AUTH), P("capture_amount", "1.00"),
                                         P("capture_reference_id", "cap-1"), P("seller_capture_note", "n")};
static const amzpay_param p_capture_id[] = {P("amazon_capture_id", CHARGE)};
static const amzpay_param p_refund[] = {P("amazon_capture_id", CHARGE), P("refund_amount", "0.50"),
                                        P("refund_reference_id", "ref-r1"), P("seller_refund_note", "n")};
static const amzpay_param p_refund_id[] = {P("amazon_refund_id", REFUND)};
static const amzpay_param p_oro[] = {P("amazon_order_reference_id", ORO), P("cancelation_reason", "c"),
                                     P("closure_reason", "c")};
static const amzpay_param p_set[] = {P("amazon_order_reference_id", ORO), P("seller_order_id", "order-42"),
                                     P("store_name", "Shop"), P("custom_information", "x")};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct {
	amzpay_legacy_op op;
	const amzpay_param *items;
	size_t count;
} calls[] = {
	{AMZPAY_LEGACY_AUTHORIZE, p_authorize, N(p_authorize)},
	{AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS, p_auth_id, 1},
	{AMZPAY_LEGACY_CAPTURE, p_capture, N(p_capture)},
	{AMZPAY_LEGACY_GET_CAPTURE_DETAILS, p_capture_id, N(p_capture_id)},
	{AMZPAY_LEGACY_REFUND, p_refund, N(p_refund)},
	{AMZPAY_LEGACY_GET_REFUND_DETAILS, p_refund_id, N(p_refund_id)},
	{AMZPAY_LEGACY_CLOSE_AUTHORIZATION, p_auth_id, N(p_auth_id)},
	{AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, p_oro, 1},
	{AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE, p_oro, 2},
	{AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE, p_oro, N(p_oro)},
	{AMZPAY_LEGACY_SET_ORDER_ATTRIBUTES, p_set, N(p_set)},
	{AMZPAY_LEGACY_SET_ORDER_REFERENCE_DETAILS, p_set, N(p_set)},
};

static void check_result(const amzpay_legacy_result *r)
{
	amzpay_buf json = AMZPAY_BUF_INIT;
	amzpay_error err;
	cJSON *tree = NULL, *again;
	char status[16];

	FUZZ_ASSERT(r->xml != NULL && r->xml_len == strlen(r->xml), "translated without XML");
	FUZZ_ASSERT(r->status >= 100 && r->status <= 599, "legacy status %ld", r->status);
	FUZZ_ASSERT(r->success == (r->status == 200), "success %d with status %ld", r->success, r->status);
	snprintf(status, sizeof(status), "%ld", r->status);
	amzpay_error_clear(&err);
	FUZZ_ASSERT(amzpay_xml_to_tree(r->xml, r->xml_len, status, &tree, &err) == 0,
	            "legacy XML does not parse (%s): %.300s", err.message, r->xml);
	FUZZ_ASSERT(amzpay_tree_to_php_json(tree, &json, &err) == 0, "toJson() fails on our own answer: %s", err.message);
	again = cJSON_ParseWithLength(json.data, json.len);
	FUZZ_ASSERT(again != NULL, "toJson() output does not parse");
	cJSON_Delete(again);
	cJSON_Delete(tree);
	amzpay_buf_free(&json);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const amzpay_legacy_config cfg = {"USD", true, false};
	const uint8_t *body;
	size_t body_len, n, used;
	unsigned long which, status;
	amzpay_params params;
	amzpay_legacy_call call;
	amzpay_legacy_result res;
	amzpay_v2_reply reply;
	amzpay_error err;
	char *body_copy;
	int rc;

	n = fuzz_line(data, size, &body, &body_len);
	which = fuzz_number(data, n, &used) % N(calls);
	status = fuzz_number(data + used, n - used, NULL) % 600;
	params.items = calls[which].items;
	params.count = calls[which].count;
	amzpay_legacy_call_init(&call);
	amzpay_error_clear(&err);
	rc = amzpay_legacy_prepare(calls[which].op, &params, &cfg, &call, &err);
	FUZZ_ASSERT(rc == AMZPAY_LEGACY_SEND, "the base call of op %lu is not sent (%s)", which, err.message);
	call.echo.capture_issued = memchr(data, 'c', n) != NULL;

	/* the transport hands over a NUL-terminated body of body_len bytes */
	body_copy = fuzz_cstr(body, body_len);
	memset(&reply, 0, sizeof(reply));
	reply.status = (long)status;
	reply.body = body_copy;
	reply.body_len = body_len;
	reply.request_id = "fuzz-request-1";
	reply.retries = (int)(status % 4);
	reply.maybe_processed = memchr(data, 'm', n) != NULL;
	amzpay_legacy_result_init(&res);
	if (amzpay_legacy_translate(&call, &reply, &res, &err) == 0) {
		check_result(&res);
	} else {
		FUZZ_ASSERT(err.message[0] != '\0', "refused without a message");
		/* a request that may have been processed is never reported as surely not processed */
		FUZZ_ASSERT(!reply.maybe_processed || (err.flags & AMZPAY_ERRF_OUTCOME_UNKNOWN) || err.domain != AMZPAY_ERR_HTTP,
		            "exhausted retries of a maybe-processed request reported as not processed");
	}
	amzpay_legacy_result_free(&res);
	amzpay_legacy_call_free(&call);
	free(body_copy);
	return 0;
}
