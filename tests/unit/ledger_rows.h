/*
 * A ledger row for the tests of the ledger and of what the legacy bridge keeps in it: Sandbox
 * environment, kind, legacy id, parent and reference id; every other field empty.
 */
#ifndef AMZPAY_UNIT_LEDGER_ROWS_H
#define AMZPAY_UNIT_LEDGER_ROWS_H

#include <string.h>

#include "ledger.h"

static inline amzpay_ledger_row unit_ledger_row(amzpay_ledger_kind kind, const char *id, const char *parent,
                                                const char *ref)
{
	amzpay_ledger_row r;

	memset(&r, 0, sizeof(r));
	AMZPAY_LEDGER_SET(r.environment, "Sandbox");
	r.kind = kind;
	AMZPAY_LEDGER_SET(r.legacy_id, id);
	AMZPAY_LEDGER_SET(r.parent_id, parent);
	AMZPAY_LEDGER_SET(r.reference_id, ref);
	return r;
}

#endif
