/* amzpay core: the legacy bridge's ledger reads and declined authorization ids (see legacy_ledger.h). */
#include "legacy_ledger.h"

#include "buf.h"

#include <openssl/sha.h>
#include <stdio.h>
#include <string.h>

void amzpay_legacy_facts_init(amzpay_legacy_facts *f)
{
	memset(f, 0, sizeof(*f));
}

void amzpay_legacy_facts_free(amzpay_legacy_facts *f)
{
	amzpay_ledger_rows_free(&f->children);
	amzpay_legacy_facts_init(f);
}

const char *amzpay_legacy_ledger_environment(bool sandbox)
{
	return sandbox ? "Sandbox" : "Live";
}

/* The kind of the children listed in the op's IdList, 0 when it lists none from the ledger. */
static amzpay_ledger_kind child_kind(amzpay_legacy_op op)
{
	switch (op) {
		case AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS:
			return AMZPAY_LEDGER_AUTHORIZATION;
		case AMZPAY_LEGACY_GET_CAPTURE_DETAILS:
			return AMZPAY_LEDGER_REFUND;
		default:
			return 0;
	}
}

bool amzpay_legacy_ledger_reads(amzpay_legacy_op op)
{
	return op == AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS || op == AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS ||
	       op == AMZPAY_LEGACY_GET_CAPTURE_DETAILS || op == AMZPAY_LEGACY_GET_REFUND_DETAILS;
}

int amzpay_legacy_ledger_read(amzpay_ledger *l, const char *environment, amzpay_legacy_op op, const char *id,
                              amzpay_legacy_facts *out, amzpay_error *err)
{
	amzpay_ledger_kind kind = child_kind(op);
	int found;

	amzpay_legacy_facts_free(out);
	if (!amzpay_legacy_ledger_reads(op) || !id || !*id) {
		return 0;
	}
	found = amzpay_ledger_get(l, environment, id, &out->row, err);
	if (found < 0 || (kind && amzpay_ledger_children(l, environment, id, kind, &out->children, err) != 0)) {
		amzpay_legacy_facts_free(out);
		return -1;
	}
	out->found = found == 1;
	return 0;
}

int amzpay_legacy_declined_authorization_id(const char *order_id, const char *reference_id,
                                            char out[AMZPAY_LEGACY_ID_MAX])
{
	unsigned char digest[SHA256_DIGEST_LENGTH];
	amzpay_buf in = AMZPAY_BUF_INIT;
	unsigned long n;

	if (!order_id || !amzpay_legacy_id_valid(AMZPAY_ID_ORDER_REFERENCE, order_id, strlen(order_id))) {
		return -1;
	}
	amzpay_buf_append(&in, order_id, strlen(order_id) + 1); /* the NUL separates the two parts */
	amzpay_buf_appends(&in, reference_id ? reference_id : "");
	if (in.failed) {
		amzpay_buf_free(&in);
		return -1;
	}
	SHA256((const unsigned char *)in.data, in.len, digest);
	amzpay_buf_free(&in);
	n = ((unsigned long)digest[0] << 24 | (unsigned long)digest[1] << 16 | (unsigned long)digest[2] << 8 | digest[3]) %
	    1000000UL;
	snprintf(out, AMZPAY_LEGACY_ID_MAX, "%s-A9%06lu", order_id, n);
	return 0;
}

bool amzpay_legacy_is_declined_authorization_id(const char *id)
{
	size_t n = id ? strlen(id) : 0;

	/* S01-1234567-1234567-A9dddddd: 7 digits after the A, the first one 9 */
	return n == 28 && amzpay_legacy_id_valid(AMZPAY_ID_AUTHORIZATION, id, n) && id[20] == 'A' && id[21] == '9';
}

/* {{{ around one call */
static amzpay_ledger *use(const amzpay_legacy_ledger_config *cfg, amzpay_error *err)
{
	amzpay_ledger_options opt = {cfg->timeout_ms};

	return amzpay_ledger_acquire(cfg->dsn, cfg->password, &opt, err);
}

void amzpay_legacy_ledger_before(const amzpay_legacy_ledger_config *cfg, amzpay_legacy_call *call,
                                 amzpay_legacy_facts *facts, char *warning, size_t n)
{
	amzpay_ledger *l;
	amzpay_error err;
	int rc;

	warning[0] = '\0';
	if (!cfg->dsn || !*cfg->dsn || !amzpay_legacy_ledger_reads(call->op)) {
		return;
	}
	amzpay_error_clear(&err);
	l = use(cfg, &err);
	rc = l ? amzpay_legacy_ledger_read(l, amzpay_legacy_ledger_environment(call->sandbox), call->op, call->echo.id,
	                                   facts, &err)
	       : -1;
	amzpay_ledger_release(l, rc != 0 && l ? &err : NULL);
	if (rc != 0) {
		snprintf(warning, n,
		         "amzpay: the ledger could not be read (%s); %s answers what Amazon Pay API v2 alone "
		         "returns",
		         err.message, amzpay_legacy_op_method(call->op));
		return;
	}
	call->facts = facts;
}

void amzpay_legacy_ledger_after(const amzpay_legacy_ledger_config *cfg, const amzpay_legacy_result *result,
                                char *warning, size_t n)
{
	amzpay_ledger *l;
	amzpay_error err;
	size_t i = 0;

	warning[0] = '\0';
	if (!cfg->dsn || !*cfg->dsn || !result->record_count) {
		return;
	}
	amzpay_error_clear(&err);
	l = use(cfg, &err);
	for (; l && i < result->record_count; i++) {
		if (amzpay_ledger_put(l, &result->records[i], &err) != 0) {
			break;
		}
	}
	amzpay_ledger_release(l, l && i < result->record_count ? &err : NULL);
	if (i < result->record_count) {
		snprintf(warning, n,
		         "amzpay: the ledger could not record %s %s (%s); Amazon Pay API v2 has the %s, later "
		         "answers lack what only the ledger keeps",
		         amzpay_ledger_kind_name(result->records[i].kind), result->records[i].legacy_id, err.message,
		         amzpay_ledger_kind_name(result->records[i].kind));
	}
}
/* }}} */
