/*
 * The ledger's own cost: microseconds per upsert and per read of a row, on the backend of a DSN.
 *   ledger_put DSN [PASSWORD] [N]      prints put_us=<mean> get_us=<mean>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ledger.h"

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

int main(int argc, char **argv)
{
	amzpay_error err;
	amzpay_ledger *l;
	amzpay_ledger_row r, got;
	int n = argc > 3 ? atoi(argv[3]) : 500;
	double t0, put, get;

	if (argc < 2 || n <= 0) {
		fprintf(stderr, "usage: %s DSN [PASSWORD] [N]\n", argv[0]);
		return 2;
	}
	l = amzpay_ledger_open(argv[1], argc > 2 ? argv[2] : NULL, NULL, &err);
	if (!l) {
		fprintf(stderr, "%s\n", err.message);
		return 1;
	}
	memset(&r, 0, sizeof(r));
	AMZPAY_LEDGER_SET(r.environment, "Sandbox");
	r.kind = AMZPAY_LEDGER_CAPTURE;
	AMZPAY_LEDGER_SET(r.parent_id, "S01-1234567-1234567-A000001");
	AMZPAY_LEDGER_SET(r.reference_id, "order-100023-capture");
	AMZPAY_LEDGER_SET(r.note, "shipped with DHL");
	AMZPAY_LEDGER_SET(r.amount, "49.90");
	AMZPAY_LEDGER_SET(r.currency, "EUR");
	AMZPAY_LEDGER_SET(r.state, "Completed");
	t0 = now_us();
	for (int i = 0; i < n; i++) {
		snprintf(r.legacy_id, sizeof(r.legacy_id), "S01-1234567-%07d-C000001", i);
		if (amzpay_ledger_put(l, &r, &err) != 0) {
			fprintf(stderr, "%s\n", err.message);
			return 1;
		}
	}
	put = (now_us() - t0) / n;
	t0 = now_us();
	for (int i = 0; i < n; i++) {
		snprintf(r.legacy_id, sizeof(r.legacy_id), "S01-1234567-%07d-C000001", i);
		if (amzpay_ledger_get(l, "Sandbox", r.legacy_id, &got, &err) != 1) {
			fprintf(stderr, "get failed\n");
			return 1;
		}
	}
	get = (now_us() - t0) / n;
	printf("put_us=%.1f get_us=%.1f\n", put, get);
	amzpay_ledger_close(l);
	return 0;
}
