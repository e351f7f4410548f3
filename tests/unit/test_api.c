/*
 * api.c / api_ops.h: invariants of the v2 operations table, which drives the
 * v2 client and the legacy bridge's requests alike.
 */
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "legacy.h"
#include "unit.h"

static bool method_known(const char *m)
{
	return strcmp(m, "GET") == 0 || strcmp(m, "POST") == 0 || strcmp(m, "PATCH") == 0 || strcmp(m, "DELETE") == 0;
}

/* Every {n} in a path names its parameter (messages say which id is bad), and no id name is left unused. */
UNIT_TEST(test_every_path_slot_is_named)
{
	for (int i = 0; i < AMZPAY_OP_COUNT; i++) {
		const amzpay_op *op = amzpay_op_get((amzpay_op_id)i);
		bool used[2] = {false, false};
		const char *p;

		CHECK(op != NULL && op->name && op->path && method_known(op->method));
		CHECK(strncmp(op->path, "v2/", 3) == 0);
		for (p = strchr(op->path, '{'); p; p = strchr(p + 1, '{')) {
			int slot = p[1] - '0';

			CHECK((slot == 0 || slot == 1) && p[2] == '}');
			if (slot == 0 || slot == 1) {
				used[slot] = true;
				if (!op->id_names[slot]) {
					fprintf(stderr, "  %s: {%d} has no id name\n", op->name, slot);
				}
				CHECK(op->id_names[slot] != NULL);
			}
		}
		CHECK(used[0] == (op->id_names[0] != NULL));
		CHECK(used[1] == (op->id_names[1] != NULL));
		CHECK(strchr(op->path, '}') == NULL || strchr(op->path, '{') != NULL);
	}
}

/* Every POST is keyed (money: a retried POST must replay, not repeat); nothing else is. */
UNIT_TEST(test_every_post_is_keyed)
{
	for (int i = 0; i < AMZPAY_OP_COUNT; i++) {
		const amzpay_op *op = amzpay_op_get((amzpay_op_id)i);
		bool post = strcmp(op->method, "POST") == 0;

		if (post != (op->idempotency != AMZPAY_IDEMPOTENCY_NONE)) {
			fprintf(stderr, "  %s: %s with idempotency %d\n", op->name, op->method, (int)op->idempotency);
		}
		CHECK(post == (op->idempotency != AMZPAY_IDEMPOTENCY_NONE));
		CHECK(amzpay_op_keyed(op, op->method) == post);
	}
	/* a request with no row (apiCall()): every POST, and only POSTs */
	CHECK(amzpay_op_keyed(NULL, "POST"));
	CHECK(!amzpay_op_keyed(NULL, "PATCH"));
	CHECK(!amzpay_op_keyed(NULL, "GET"));
	CHECK(!amzpay_op_keyed(NULL, NULL));
}

/* PHP method names are unique: the v2 client dispatches on them. */
UNIT_TEST(test_names_unique)
{
	for (int i = 0; i < AMZPAY_OP_COUNT; i++) {
		for (int j = i + 1; j < AMZPAY_OP_COUNT; j++) {
			CHECK(strcmp(amzpay_op_get((amzpay_op_id)i)->name, amzpay_op_get((amzpay_op_id)j)->name) != 0);
		}
	}
	CHECK(amzpay_op_get(AMZPAY_OP_COUNT) == NULL);
	CHECK(amzpay_op_get((amzpay_op_id)-1) == NULL);
}

UNIT_TEST(test_path_expansion_checks_ids)
{
	amzpay_buf b = AMZPAY_BUF_INIT;
	amzpay_error err;
	const char *ids[2] = {"S01-1234567-1234567-C123456", NULL};
	size_t lens[2] = {strlen(ids[0]), 0};

	CHECK(amzpay_op_path(amzpay_op_get(AMZPAY_OP_CAPTURE_CHARGE), ids, lens, &b, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&b), "v2/charges/S01-1234567-1234567-C123456/capture");
	amzpay_buf_reset(&b);
	ids[0] = "../refunds";
	lens[0] = strlen(ids[0]);
	amzpay_error_clear(&err);
	CHECK(amzpay_op_path(amzpay_op_get(AMZPAY_OP_GET_CHARGE), ids, lens, &b, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(strstr(err.message, "chargeId") != NULL);
	amzpay_buf_reset(&b);
	ids[0] = NULL;
	CHECK(amzpay_op_path(amzpay_op_get(AMZPAY_OP_GET_REFUND), ids, lens, &b, &err) == -1);
	amzpay_buf_free(&b);
}

/* The legacy bridge builds its v2 requests from the same rows. */
UNIT_TEST(test_legacy_requests_ride_the_table)
{
	amzpay_param items[] = {
		{"amazon_authorization_id", AMZPAY_PARAM_STRING, "S01-1234567-1234567-A123456", 27, false, 0, NULL},
		{"capture_amount", AMZPAY_PARAM_STRING, "10", 2, false, 0, NULL},
		{"currency_code", AMZPAY_PARAM_STRING, "EUR", 3, false, 0, NULL},
		{"capture_reference_id", AMZPAY_PARAM_STRING, "cap-1", 5, false, 0, NULL},
	};
	amzpay_params params = {items, sizeof(items) / sizeof(items[0])};
	amzpay_legacy_call call;
	amzpay_error err;
	const amzpay_op *op = amzpay_op_get(AMZPAY_OP_CAPTURE_CHARGE);

	amzpay_legacy_call_init(&call);
	amzpay_error_clear(&err);
	CHECK(amzpay_legacy_prepare(AMZPAY_LEGACY_CAPTURE, &params, NULL, &call, &err) == AMZPAY_LEGACY_SEND);
	CHECK(call.v2_op == AMZPAY_OP_CAPTURE_CHARGE);
	CHECK(call.method == op->method);
	CHECK_STR(call.path, "v2/charges/S01-1234567-1234567-C123456/capture");
	CHECK_STR(call.idempotency_key, "capt-cap-1"); /* namespaced per operation (legacy.h) */
	amzpay_legacy_call_free(&call);
}

UNIT_MAIN(UNIT_CASE(test_every_path_slot_is_named), UNIT_CASE(test_every_post_is_keyed), UNIT_CASE(test_names_unique),
          UNIT_CASE(test_path_expansion_checks_ids), UNIT_CASE(test_legacy_requests_ride_the_table))
