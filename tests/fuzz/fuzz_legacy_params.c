/*
 * Legacy parameters -> v2 request (amzpay_legacy_prepare).
 *
 * Input: params.h text form (op, config flags, the shop's parameter array).
 * Invariants:
 *   - nothing is sent for refused input: a refusal is an exception with a
 *     message, or an MWS error answer (status 400..599, not success) whose XML parses;
 *   - every POST carries a valid idempotency key ([A-Za-z0-9_-]{1,32}), and
 *     preparing the same call again (a retry, another process) gives the same key;
 *   - the v2 path stays under v2/ with no "..", query, fragment, space or control byte;
 *   - a request body is JSON.
 */
#include <cjson/cJSON.h>

#include "error.h"
#include "fuzz.h"
#include "legacy.h"
#include "params.h"
#include "xml.h"

static void check_path(const char *path)
{
	const char *p;

	FUZZ_ASSERT(path && strncmp(path, "v2/", 3) == 0, "path outside v2/: %s", path ? path : "(null)");
	FUZZ_ASSERT(!strstr(path, ".."), "path with ..: %s", path);
	for (p = path; *p; p++) {
		FUZZ_ASSERT((unsigned char)*p > 0x20 && (unsigned char)*p < 0x7f && *p != '?' && *p != '#' && *p != '\\',
		            "path byte 0x%02x: %s", (unsigned char)*p, path);
	}
}

static void check_answer(const amzpay_legacy_result *r)
{
	amzpay_error err;
	cJSON *tree = NULL;

	FUZZ_ASSERT(r->xml != NULL, "answered without XML");
	FUZZ_ASSERT(!r->success && r->status >= 400 && r->status <= 599, "local answer status %ld", r->status);
	FUZZ_ASSERT(!r->sent, "a local answer claims a request was sent");
	amzpay_error_clear(&err);
	FUZZ_ASSERT(amzpay_xml_to_tree(r->xml, r->xml_len, "400", &tree, &err) == 0, "answer XML does not parse: %s",
	            err.message);
	cJSON_Delete(tree);
}

static void check_send(const amzpay_legacy_call *call)
{
	cJSON *body;

	FUZZ_ASSERT(call->method && (!strcmp(call->method, "GET") || !strcmp(call->method, "POST") ||
	                             !strcmp(call->method, "PATCH") || !strcmp(call->method, "DELETE")),
	            "method %s", call->method ? call->method : "(null)");
	check_path(call->path);
	if (!strcmp(call->method, "POST")) {
		FUZZ_ASSERT(fuzz_valid_idempotency_key(call->idempotency_key), "POST without a valid key: '%s'",
		            call->idempotency_key);
	}
	if (call->body) {
		FUZZ_ASSERT(strcmp(call->method, "GET") != 0, "GET with a body");
		body = cJSON_ParseWithLength(call->body, call->body_len);
		FUZZ_ASSERT(body != NULL, "request body is not JSON: %.200s", call->body);
		cJSON_Delete(body);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_params fp;
	amzpay_legacy_call call, again;
	amzpay_error err;
	int rc, rc2;

	fuzz_params_parse(&fp, data, size);
	amzpay_legacy_call_init(&call);
	amzpay_legacy_call_init(&again);
	amzpay_error_clear(&err);
	rc = amzpay_legacy_prepare(fp.op, &fp.list, &fp.cfg, &call, &err);
	if (rc == -1) {
		FUZZ_ASSERT(err.message[0] != '\0', "refused without a message");
	} else if (rc == AMZPAY_LEGACY_ANSWERED) {
		check_answer(&call.answer);
	} else {
		FUZZ_ASSERT(rc == AMZPAY_LEGACY_SEND, "prepare returned %d", rc);
		check_send(&call);
		rc2 = amzpay_legacy_prepare(fp.op, &fp.list, &fp.cfg, &again, &err);
		FUZZ_ASSERT(rc2 == rc && !strcmp(again.idempotency_key, call.idempotency_key) &&
		                !strcmp(again.path, call.path) && again.body_len == call.body_len &&
		                (!call.body || !memcmp(again.body, call.body, call.body_len)),
		            "preparing the same call twice differs (key '%s' vs '%s')", call.idempotency_key,
		            again.idempotency_key);
	}
	amzpay_legacy_call_free(&again);
	amzpay_legacy_call_free(&call);
	fuzz_params_free(&fp);
	return 0;
}
