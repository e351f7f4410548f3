/*
 * amzpay core: what a ledger backend implements (private to ledger*.c).
 *
 * ledger.c parses the DSN, checks rows and dispatches; a backend owns its
 * connection (l->conn) and speaks its SQL. Both backends share one schema:
 *
 *   amzpay_ledger_meta (name PRIMARY KEY, value)      'schema_version' = AMZPAY_LEDGER_SCHEMA
 *   amzpay_ledger      (environment, legacy_id) PRIMARY KEY, kind, v2_id,
 *                      parent_id (indexed with environment), reference_id,
 *                      note, amount, currency, state, reason_code,
 *                      reason_description, created_at, updated_at
 */
#ifndef AMZPAY_LEDGER_BACKEND_H
#define AMZPAY_LEDGER_BACKEND_H

#include "ledger.h"

#define AMZPAY_LEDGER_SCHEMA 1

/* The row's text columns, after (environment, legacy_id, kind), as an X-macro for the SQL texts. */
#define AMZPAY_LEDGER_TEXT_COLUMNS(X)                                                                                  \
	X("v2_id")                                                                                                         \
	X("parent_id") X("reference_id") X("note") X("amount") X("currency") X("state") X("reason_code")                   \
	    X("reason_description")
#define AMZPAY_LEDGER_TEXT_COUNT     9
#define AMZPAY_LEDGER_COLUMN_LIST(c) ", " c
#define AMZPAY_LEDGER_SELECT_COLUMNS                                                                                   \
	"environment, legacy_id, kind" AMZPAY_LEDGER_TEXT_COLUMNS(AMZPAY_LEDGER_COLUMN_LIST) ", created_at, updated_at"

typedef struct {
	char user[128];
	char host[256];
	unsigned int port;
	char dbname[128];
	char path[4096]; /* sqlite */
} amzpay_ledger_dsn;

typedef struct {
	const char *scheme;
	int (*open)(amzpay_ledger *l, const amzpay_ledger_dsn *dsn, const char *password, amzpay_error *err);
	int (*put)(amzpay_ledger *l, const amzpay_ledger_row *row, int64_t now_ms, amzpay_error *err);
	/* fills at most `max` rows (max 1 for a get); returns the count or -1 */
	int (*select)(amzpay_ledger *l, const char *environment, const char *key, bool by_parent, amzpay_ledger_kind kind,
	              amzpay_ledger_rows *out, amzpay_error *err);
	void (*close)(amzpay_ledger *l);
} amzpay_ledger_backend;

struct amzpay_ledger {
	const amzpay_ledger_backend *backend;
	void *conn;
	long timeout_ms;
	char name[512];
};

extern const amzpay_ledger_backend amzpay_ledger_sqlite;
extern const amzpay_ledger_backend amzpay_ledger_mysql;

/* The text fields of a row in AMZPAY_LEDGER_TEXT_COLUMNS order, with their sizes. */
typedef struct {
	char *field;
	size_t size;
} amzpay_ledger_field;
void amzpay_ledger_row_fields(amzpay_ledger_row *row, amzpay_ledger_field out[AMZPAY_LEDGER_TEXT_COUNT]);

/* Fills a row from what a backend read: environment, legacy_id, kind, then the text columns (NULL = "").
 * Values too long for their field (a foreign writer) are cut at the field size. */
void amzpay_ledger_row_fill(amzpay_ledger_row *row, const char *const values[3 + AMZPAY_LEDGER_TEXT_COUNT],
                            int64_t created_at, int64_t updated_at);

/* Appends one row to a list; -1 on allocation failure. */
int amzpay_ledger_rows_push(amzpay_ledger_rows *rows, const amzpay_ledger_row *row);

int amzpay_ledger_fail(amzpay_ledger *l, amzpay_error *err, const char *what, const char *detail);

/* The verdict on the schema version a backend read after creating what was missing: 0 when it is
 * AMZPAY_LEDGER_SCHEMA; -1 when the read failed (err already set by the backend) or the version differs. */
int amzpay_ledger_check_schema(amzpay_ledger *l, int version, amzpay_error *err);

#endif
