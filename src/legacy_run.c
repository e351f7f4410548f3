/*
 * amzpay core: one legacy call end to end (contract in legacy_run.h). Sits
 * above the bridge (legacy.*) and the client (client.*); neither of those
 * knows the other.
 */
#include "legacy_run.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>

#include "api.h"
#include "legacy_ledger.h"
#include "redact.h"
#include "state.h"

/* Failures where no HTTP answer arrived: the legacy SDK said "Unable to post request". */
static bool no_answer(const amzpay_error *err)
{
	return err->domain == AMZPAY_ERR_TRANSPORT || err->domain == AMZPAY_ERR_TIMEOUT || err->domain == AMZPAY_ERR_TLS;
}

static void run_log(const amzpay_legacy_run_options *opts, const char *level, const char *message)
{
	if (opts->log && message && *message) {
		opts->log(opts->log_ctx, level, message);
	}
}

/* One v2 request or answer at debug level: no header but the idempotency key, the body redacted (redact.h). */
static void log_exchange(const amzpay_legacy_run_options *opts, const char *what, const char *line, const char *body,
                         size_t body_len)
{
	amzpay_buf b = AMZPAY_BUF_INIT;

	if (!opts->log || !opts->log_debug) {
		return;
	}
	amzpay_buf_appendf(&b, "amzpay %s: %s", what, line);
	if (body && body_len) {
		amzpay_buf_appends(&b, " ");
		amzpay_redact_json(body, body_len, &b);
	}
	if (!b.failed) {
		run_log(opts, "debug", b.data);
	}
	amzpay_buf_free(&b);
}

/* Sends one request; on failure rewrites the message in the legacy wording (flags and codes stay). */
static int run_send(amzpay_client *client, const amzpay_legacy_run_options *opts, amzpay_op_id id, const char *path,
                    const char *body, size_t body_len, const amzpay_header *headers, size_t header_count,
                    amzpay_call_result *res, amzpay_error *err)
{
	amzpay_call c = {0};
	static const char prefix[] = "Unable to post request, underlying exception of ";
	char message[AMZPAY_ERROR_MESSAGE_MAX], line[512];
	const char *key = amzpay_header_find(headers, header_count, AMZPAY_HEADER_IDEMPOTENCY_KEY);

	c.op = amzpay_op_get(id);
	c.method = c.op->method;
	c.path = path;
	c.body = body;
	c.body_len = body_len;
	c.headers = headers;
	c.header_count = header_count;
	snprintf(line, sizeof(line), "%s %s%s%s", c.method, path, key ? " idempotency-key=" : "", key ? key : "");
	log_exchange(opts, "request", line, body, body_len);
	if (amzpay_client_call(client, &c, res, err) == 0) {
		snprintf(line, sizeof(line), "HTTP %ld x-amz-pay-request-id=%s", res->http.status,
		         amzpay_buf_cstr(&res->http.request_id));
		log_exchange(opts, "response", line, amzpay_buf_cstr(&res->http.body), res->http.body.len);
		return 0;
	}
	if (no_answer(err)) {
		snprintf(message, sizeof(message), "%s%.*s", prefix, (int)(sizeof(message) - sizeof(prefix)), err->message);
		memcpy(err->message, message, sizeof(message));
	}
	return -1;
}

static void reply_of(const amzpay_call_result *res, amzpay_v2_reply *reply)
{
	reply->status = res->http.status;
	reply->body = amzpay_buf_cstr(&res->http.body);
	reply->body_len = res->http.body.len;
	reply->request_id = res->http.request_id.len ? amzpay_buf_cstr(&res->http.request_id) : NULL;
	reply->retries = res->http.retries;
	reply->maybe_processed = res->http.maybe_processed;
}

/* statusDetails.state of a v2 object, "" when it cannot be read. */
static void object_state(const amzpay_call_result *res, char *out, size_t size)
{
	cJSON *json = cJSON_ParseWithLength(amzpay_buf_cstr(&res->http.body), res->http.body.len);
	const char *state =
		cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(json, "statusDetails"), "state"));

	snprintf(out, size, "%s", state ? state : "");
	cJSON_Delete(json);
}

/*
 * Pre-flight of a capture: reads the charge. 0: the state machine allows the
 * capture, send it; 1: `out` holds the answer (the read's own error, or the
 * refusal); -1: the read failed (err).
 */
static int preflight_capture(amzpay_client *client, const amzpay_legacy_run_options *opts,
                             const amzpay_legacy_call *call, amzpay_legacy_result *out, amzpay_error *err)
{
	char charge[AMZPAY_LEGACY_ID_MAX], state[64], message[256];
	const char *ids[2] = {charge, NULL};
	size_t lens[2] = {0, 0};
	amzpay_buf path = AMZPAY_BUF_INIT;
	amzpay_call_result res;
	amzpay_v2_reply reply;
	int rc = -1;

	if (amzpay_legacy_charge_id(call->echo.id, charge) < 0) {
		snprintf(charge, sizeof(charge), "%s", call->echo.id ? call->echo.id : "");
	}
	lens[0] = strlen(charge);
	amzpay_call_result_init(&res);
	if (amzpay_op_path(amzpay_op_get(AMZPAY_OP_GET_CHARGE), ids, lens, &path, err) != 0 ||
	    run_send(client, opts, AMZPAY_OP_GET_CHARGE, amzpay_buf_cstr(&path), NULL, 0, NULL, 0, &res, err) != 0) {
		goto done;
	}
	reply_of(&res, &reply);
	if (res.http.status != 200) {
		/* not found etc.: translated as the capture's own answer */
		rc = amzpay_legacy_translate(call, &reply, out, err) == 0 ? 1 : -1;
		goto done;
	}
	object_state(&res, state, sizeof(state));
	if (amzpay_charge_can_capture(state)) {
		rc = 0;
		goto done;
	}
	snprintf(message, sizeof(message),
	         "The charge is in state %s; a capture needs Authorized (checked by amzpay.verify_state_before_capture)",
	         state[0] ? state : "unknown");
	reply.status = 422;
	rc = amzpay_legacy_refuse(call, &reply, "InvalidChargeStatus", message, out, err) == 0 ? 1 : -1;
done:
	amzpay_buf_free(&path);
	amzpay_call_result_free(&res);
	return rc;
}

/* GET of the call's charge permission (`order`), for what v2 keeps there: 0 read (res holds it), -1 err. */
static int read_permission(amzpay_client *client, const amzpay_legacy_run_options *opts, const char *order,
                           amzpay_call_result *res, amzpay_error *err)
{
	const char *ids[2] = {order, NULL};
	size_t lens[2] = {strlen(order), 0};
	amzpay_buf path = AMZPAY_BUF_INIT;
	int rc = -1;

	if (amzpay_op_path(amzpay_op_get(AMZPAY_OP_GET_CHARGE_PERMISSION), ids, lens, &path, err) == 0) {
		rc = run_send(client, opts, AMZPAY_OP_GET_CHARGE_PERMISSION, amzpay_buf_cstr(&path), NULL, 0, NULL, 0, res,
		              err);
	}
	amzpay_buf_free(&path);
	return rc;
}

/*
 * What the legacy answer needs from a second read (legacy.h): AuthorizationBillingAddress (de/uk), and
 * whether a refused closeOrderReference found the order already closed by a full charge (then `reply`
 * becomes that successful read). -1 only when the read got no answer.
 */
static int second_read(amzpay_client *client, amzpay_legacy_call *call, const amzpay_legacy_run_options *opts,
                       amzpay_v2_reply *reply, amzpay_call_result *check, amzpay_error *err)
{
	char order[AMZPAY_LEGACY_ID_MAX];

	if (reply->status >= 200 && reply->status < 300 && amzpay_legacy_wants_billing_address(call, opts->region) &&
	    amzpay_legacy_order_of(call->echo.id, order) == 0) {
		if (read_permission(client, opts, order, check, err) != 0) {
			return -1;
		}
		if (check->http.status == 200) {
			amzpay_legacy_take_billing_address(call, amzpay_buf_cstr(&check->http.body), check->http.body.len);
		}
	} else if (amzpay_legacy_close_needs_check(call, reply)) {
		if (read_permission(client, opts, call->echo.id, check, err) != 0) {
			return -1;
		}
		if (check->http.status == 200 &&
		    amzpay_legacy_permission_fully_charged(amzpay_buf_cstr(&check->http.body), check->http.body.len)) {
			reply_of(check, reply);
		}
	}
	return 0;
}

static int run_request(amzpay_client *client, amzpay_legacy_call *call, const amzpay_legacy_run_options *opts,
                       amzpay_legacy_result *out, amzpay_error *err)
{
	amzpay_header headers[2];
	size_t n = 0;
	amzpay_call_result res, check;
	amzpay_v2_reply reply;
	int rc = AMZPAY_LEGACY_RUN_NO_ANSWER;

	if (call->idempotency_key[0]) {
		headers[n].name = AMZPAY_HEADER_IDEMPOTENCY_KEY;
		headers[n++].value = call->idempotency_key;
	}
	if (call->simulation_code && opts->sandbox) {
		headers[n].name = AMZPAY_HEADER_SIMULATION_CODE;
		headers[n++].value = call->simulation_code;
	}
	amzpay_call_result_init(&res);
	amzpay_call_result_init(&check);
	if (run_send(client, opts, call->v2_op, call->path, call->body, call->body_len, headers, n, &res, err) != 0) {
		goto done;
	}
	reply_of(&res, &reply);
	if (second_read(client, call, opts, &reply, &check, err) != 0) {
		goto done;
	}
	rc = amzpay_legacy_translate(call, &reply, out, err) == 0 ? AMZPAY_LEGACY_RUN_ANSWERED : AMZPAY_LEGACY_RUN_FAILED;
done:
	amzpay_call_result_free(&check);
	amzpay_call_result_free(&res);
	return rc;
}

/* The ledger around the call (legacy_ledger.h): read before, write after; a problem is one warning. */
static int run_with_ledger(amzpay_client *client, amzpay_legacy_call *call, const amzpay_legacy_run_options *opts,
                           amzpay_legacy_result *out, bool *request_sent, amzpay_error *err)
{
	amzpay_legacy_facts facts;
	char warning[1024];
	int rc;

	amzpay_legacy_facts_init(&facts);
	amzpay_legacy_ledger_before(&opts->ledger, call, &facts, warning, sizeof(warning));
	run_log(opts, "warning", warning);
	rc = amzpay_legacy_answer_from_ledger(call, out, err);
	if (rc != 0) {
		rc = rc > 0 ? AMZPAY_LEGACY_RUN_ANSWERED : AMZPAY_LEGACY_RUN_FAILED;
		goto done;
	}
	if (call->op == AMZPAY_LEGACY_CAPTURE && opts->verify_before_capture) {
		rc = preflight_capture(client, opts, call, out, err);
		if (rc != 0) {
			rc = rc > 0 ? AMZPAY_LEGACY_RUN_ANSWERED
			            : (no_answer(err) ? AMZPAY_LEGACY_RUN_NO_ANSWER : AMZPAY_LEGACY_RUN_FAILED);
			goto done;
		}
	}
	*request_sent = true;
	rc = run_request(client, call, opts, out, err);
	if (rc == AMZPAY_LEGACY_RUN_ANSWERED) {
		amzpay_legacy_ledger_after(&opts->ledger, out, warning, sizeof(warning));
		run_log(opts, "warning", warning);
	}
done:
	call->facts = NULL; /* they live on this stack frame only */
	amzpay_legacy_facts_free(&facts);
	return rc;
}

int amzpay_legacy_run(amzpay_client *client, amzpay_legacy_call *call, const amzpay_legacy_run_options *opts,
                      amzpay_legacy_result *out, bool *request_sent, amzpay_error *err)
{
	*request_sent = false;
	/*
	 * The shop holds a capture id only because a capture was requested (the
	 * bridge hands them out from capture() and capture_now answers): a
	 * Declined charge read through getCaptureDetails declined at capture.
	 */
	if (call->op == AMZPAY_LEGACY_GET_CAPTURE_DETAILS) {
		call->echo.capture_issued = true;
	}
	return run_with_ledger(client, call, opts, out, request_sent, err);
}
