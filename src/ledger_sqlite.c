/*
 * amzpay core: the ledger on SQLite (libsqlite3), the embedded default.
 *
 * One file shared by every process of the shop: WAL journal (readers never
 * wait for the writer), a busy timeout of l->timeout_ms for writers that
 * meet each other, synchronous=NORMAL (WAL stays consistent across a crash;
 * the ledger is not the source of truth, v2 is). A read-only file still
 * answers reads; its writes fail (and the caller degrades).
 */
#include "ledger_backend.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#define DB(l) ((sqlite3 *)(l)->conn)

static int fail(amzpay_ledger *l, amzpay_error *err, const char *what)
{
	return amzpay_ledger_fail(l, err, what, l->conn ? sqlite3_errmsg(DB(l)) : "cannot allocate a connection");
}

static int exec(amzpay_ledger *l, const char *sql, amzpay_error *err)
{
	if (sqlite3_exec(DB(l), sql, NULL, NULL, NULL) != SQLITE_OK) {
		return fail(l, err, "schema");
	}
	return 0;
}

/* The schema version, 0 when the store is empty, -1 on error. */
static int schema_version(amzpay_ledger *l, amzpay_error *err)
{
	sqlite3_stmt *st = NULL;
	int version = -1, rc;

	rc = sqlite3_prepare_v2(DB(l),
	                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'amzpay_ledger_meta'",
	                        -1, &st, NULL);
	if (rc != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
		fail(l, err, "open");
		sqlite3_finalize(st);
		return -1;
	}
	if (sqlite3_column_int(st, 0) == 0) {
		sqlite3_finalize(st);
		return 0;
	}
	sqlite3_finalize(st);
	st = NULL;
	rc = sqlite3_prepare_v2(DB(l), "SELECT value FROM amzpay_ledger_meta WHERE name = 'schema_version'", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : (rc == SQLITE_DONE ? 0 : -1);
	}
	if (version < 0) {
		fail(l, err, "open");
	}
	sqlite3_finalize(st);
	return version;
}

static const char schema_sql[] =
    "BEGIN IMMEDIATE;"
    "CREATE TABLE IF NOT EXISTS amzpay_ledger_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS amzpay_ledger ("
    " environment TEXT NOT NULL, legacy_id TEXT NOT NULL, kind TEXT NOT NULL,"
    " v2_id TEXT NOT NULL DEFAULT '', parent_id TEXT NOT NULL DEFAULT '', reference_id TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL DEFAULT '', reason_code TEXT NOT NULL DEFAULT '', reason_description TEXT NOT NULL DEFAULT "
    "'',"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    " PRIMARY KEY (environment, legacy_id));"
    "CREATE INDEX IF NOT EXISTS amzpay_ledger_parent ON amzpay_ledger (environment, parent_id, kind);"
    "INSERT OR IGNORE INTO amzpay_ledger_meta (name, value) VALUES ('schema_version', '1');"
    "COMMIT;";

static int ensure_schema(amzpay_ledger *l, amzpay_error *err)
{
	int version = schema_version(l, err);

	if (version < 0) {
		return -1;
	}
	if (version == 0) {
		if (exec(l, schema_sql, err) != 0) {
			sqlite3_exec(DB(l), "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
		version = schema_version(l, err);
	}
	return amzpay_ledger_check_schema(l, version, err);
}

static int sqlite_open(amzpay_ledger *l, const amzpay_ledger_dsn *dsn, const char *password, amzpay_error *err)
{
	sqlite3 *db = NULL;
	int rc = sqlite3_open_v2(dsn->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);

	(void)password; /* a SQLite file has none: its directory's permissions protect it */
	l->conn = db;
	if (rc != SQLITE_OK) {
		return fail(l, err, "open");
	}
	sqlite3_busy_timeout(db, (int)l->timeout_ms);
	sqlite3_extended_result_codes(db, 1);
	/* WAL needs a writable directory; on a read-only file the journal mode stays and reads still work. */
	if (!sqlite3_db_readonly(db, "main")) {
		sqlite3_exec(db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
		sqlite3_exec(db, "PRAGMA synchronous=NORMAL", NULL, NULL, NULL);
	}
	return ensure_schema(l, err);
}

static void sqlite_close(amzpay_ledger *l)
{
	if (l->conn) {
		sqlite3_close_v2(DB(l));
		l->conn = NULL;
	}
}

/* An empty text field keeps the stored value (ledger.h). */
#define KEEP(c) ", " c " = CASE WHEN excluded." c " <> '' THEN excluded." c " ELSE amzpay_ledger." c " END"
static const char upsert_sql[] =
    "INSERT INTO amzpay_ledger (" AMZPAY_LEDGER_SELECT_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (environment, legacy_id) DO UPDATE SET kind = excluded.kind" AMZPAY_LEDGER_TEXT_COLUMNS(
        KEEP) ", updated_at = excluded.updated_at";
#undef KEEP

static int sqlite_put(amzpay_ledger *l, const amzpay_ledger_row *row, int64_t now, amzpay_error *err)
{
	amzpay_ledger_field f[AMZPAY_LEDGER_TEXT_COUNT];
	sqlite3_stmt *st = NULL;
	int rc, col = 1;

	if (sqlite3_prepare_v2(DB(l), upsert_sql, -1, &st, NULL) != SQLITE_OK) {
		return fail(l, err, "write");
	}
	amzpay_ledger_row_fields((amzpay_ledger_row *)row, f);
	sqlite3_bind_text(st, col++, row->environment, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, col++, row->legacy_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, col++, amzpay_ledger_kind_name(row->kind), -1, SQLITE_STATIC);
	for (int i = 0; i < AMZPAY_LEDGER_TEXT_COUNT; i++) {
		sqlite3_bind_text(st, col++, f[i].field, -1, SQLITE_STATIC);
	}
	sqlite3_bind_int64(st, col++, now);
	sqlite3_bind_int64(st, col++, now);
	rc = sqlite3_step(st);
	if (rc != SQLITE_DONE) {
		fail(l, err, "write");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

static const char select_sql[] = "SELECT " AMZPAY_LEDGER_SELECT_COLUMNS " FROM amzpay_ledger WHERE environment = ?";

static int sqlite_select(amzpay_ledger *l, const char *environment, const char *key, bool by_parent,
                         amzpay_ledger_kind kind, amzpay_ledger_rows *out, amzpay_error *err)
{
	char sql[512];
	sqlite3_stmt *st = NULL;
	int rc;

	snprintf(sql, sizeof(sql), "%s%s", select_sql,
	         by_parent ? " AND parent_id = ? AND kind = ? ORDER BY created_at, legacy_id" : " AND legacy_id = ?");
	if (sqlite3_prepare_v2(DB(l), sql, -1, &st, NULL) != SQLITE_OK) {
		return fail(l, err, "read");
	}
	sqlite3_bind_text(st, 1, environment, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	if (by_parent) {
		sqlite3_bind_text(st, 3, amzpay_ledger_kind_name(kind), -1, SQLITE_STATIC);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *v[3 + AMZPAY_LEDGER_TEXT_COUNT];
		amzpay_ledger_row row;

		for (int i = 0; i < 3 + AMZPAY_LEDGER_TEXT_COUNT; i++) {
			v[i] = (const char *)sqlite3_column_text(st, i);
		}
		amzpay_ledger_row_fill(&row, v, sqlite3_column_int64(st, 12), sqlite3_column_int64(st, 13));
		if (amzpay_ledger_rows_push(out, &row) != 0) {
			sqlite3_finalize(st);
			return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
		}
	}
	if (rc != SQLITE_DONE) {
		fail(l, err, "read");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return (int)out->count;
}

const amzpay_ledger_backend amzpay_ledger_sqlite = {"sqlite", sqlite_open, sqlite_put, sqlite_select, sqlite_close};
