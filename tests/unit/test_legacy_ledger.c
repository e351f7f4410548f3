/*
 * legacy_ledger.c: what the bridge reads before translating a get*Details
 * answer, and the ids of authorizations that v2 declined outright.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "legacy_ledger.h"
#include "ledger_rows.h"
#include "unit.h"

UNIT_TEST(test_declined_authorization_id)
{
	char a[AMZPAY_LEGACY_ID_MAX], b[AMZPAY_LEGACY_ID_MAX], c[AMZPAY_LEGACY_ID_MAX];

	CHECK(amzpay_legacy_declined_authorization_id("S02-1234567-7654321", "auth-1", a) == 0);
	CHECK(amzpay_legacy_declined_authorization_id("S02-1234567-7654321", "auth-1", b) == 0);
	CHECK(amzpay_legacy_declined_authorization_id("S02-1234567-7654321", "auth-2", c) == 0);
	CHECK_STR(a, b); /* a retry answers the same id */
	CHECK(strcmp(a, c) != 0);
	CHECK(strncmp(a, "S02-1234567-7654321-A9", 22) == 0);
	CHECK(strlen(a) == 28);
	CHECK(amzpay_legacy_id_valid(AMZPAY_ID_AUTHORIZATION, a, strlen(a)));
	CHECK(amzpay_legacy_is_declined_authorization_id(a));
	/* the id of a real v2 charge is never taken for one */
	CHECK(!amzpay_legacy_is_declined_authorization_id("S02-1234567-7654321-A000001"));
	CHECK(!amzpay_legacy_is_declined_authorization_id("S02-1234567-7654321-A9000011"
	                                                  "2"));
	CHECK(amzpay_legacy_declined_authorization_id("S02-1234567-7654321-A000001", "x", a) == -1);
	CHECK(amzpay_legacy_declined_authorization_id(NULL, "x", a) == -1);
}

UNIT_TEST(test_reads_per_op)
{
	char dir[] = "/tmp/amzpay-legacy-ledger-XXXXXX", dsn[128], cmd[160];
	amzpay_legacy_facts f;
	amzpay_ledger *l;
	amzpay_ledger_row r;
	amzpay_error err;

	CHECK(mkdtemp(dir) != NULL);
	snprintf(dsn, sizeof(dsn), "sqlite:%s/l.db", dir);
	l = amzpay_ledger_open(dsn, NULL, NULL, &err);
	CHECK(l != NULL);
	if (!l) {
		return;
	}
	r = unit_ledger_row(AMZPAY_LEDGER_AUTHORIZATION, "S02-1111111-1111111-A000001", "S02-1111111-1111111", "a1");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	r = unit_ledger_row(AMZPAY_LEDGER_AUTHORIZATION, "S02-1111111-1111111-A9123456", "S02-1111111-1111111", "a2");
	AMZPAY_LEDGER_SET(r.state, "Declined");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	r = unit_ledger_row(AMZPAY_LEDGER_CAPTURE, "S02-1111111-1111111-C000001", "S02-1111111-1111111-A000001", "c1");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	r = unit_ledger_row(AMZPAY_LEDGER_REFUND, "S02-1111111-1111111-R000001", "S02-1111111-1111111-C000001", "r1");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);

	amzpay_legacy_facts_init(&f);
	/* an order from before the migration: no row, but its authorizations are listed */
	CHECK(amzpay_legacy_ledger_read(l, "Sandbox", AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS, "S02-1111111-1111111", &f,
	                                &err) == 0);
	CHECK(!f.found);
	CHECK(f.children.count == 2);
	CHECK(amzpay_legacy_ledger_read(l, "Sandbox", AMZPAY_LEGACY_GET_CAPTURE_DETAILS, "S02-1111111-1111111-C000001", &f,
	                                &err) == 0);
	CHECK(f.found);
	CHECK_STR(f.row.reference_id, "c1");
	CHECK(f.children.count == 1);
	if (f.children.count == 1) {
		CHECK_STR(f.children.rows[0].legacy_id, "S02-1111111-1111111-R000001");
	}
	CHECK(amzpay_legacy_ledger_read(l, "Sandbox", AMZPAY_LEGACY_GET_REFUND_DETAILS, "S02-1111111-1111111-R000001", &f,
	                                &err) == 0);
	CHECK(f.found && f.children.count == 0);
	CHECK_STR(f.row.reference_id, "r1");
	/* the other environment and ops that read nothing */
	CHECK(amzpay_legacy_ledger_read(l, "Live", AMZPAY_LEGACY_GET_REFUND_DETAILS, "S02-1111111-1111111-R000001", &f,
	                                &err) == 0);
	CHECK(!f.found);
	CHECK(amzpay_legacy_ledger_read(l, "Sandbox", AMZPAY_LEGACY_CAPTURE, "S02-1111111-1111111-A000001", &f, &err) == 0);
	CHECK(!f.found && f.children.count == 0);
	CHECK(!amzpay_legacy_ledger_reads(AMZPAY_LEGACY_AUTHORIZE));
	amzpay_legacy_facts_free(&f);
	amzpay_ledger_close(l);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	CHECK(system(cmd) == 0);
}

UNIT_MAIN(UNIT_CASE(test_declined_authorization_id), UNIT_CASE(test_reads_per_op))
