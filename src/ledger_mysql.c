/*
 * amzpay core: the ledger on MySQL / MariaDB (MariaDB Connector/C), for shops
 * on several web hosts that share the database server they already run.
 *
 * Connect, read and write timeouts are l->timeout_ms rounded up to whole
 * seconds (the client library's unit). A connection lost between or during
 * calls is reopened once, at the next call; an upsert is safe to repeat. The
 * password is kept (for that reconnect) only as long as the handle and is
 * cleansed on close. Tables are InnoDB, utf8mb4 with binary collation (ids
 * compare exactly, as in SQLite).
 */
#include "ledger_backend.h"

#include <errmsg.h>
#include <mysql.h>
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

typedef struct {
	MYSQL *db;
	amzpay_ledger_dsn dsn;
	char password[256];
} mysql_conn;

#define CONN(l) ((mysql_conn *)(l)->conn)

static int fail(amzpay_ledger *l, amzpay_error *err, const char *what)
{
	mysql_conn *c = CONN(l);
	return amzpay_ledger_fail(l, err, what, c && c->db ? mysql_error(c->db) : "not connected");
}

static void disconnect(mysql_conn *c)
{
	if (c->db) {
		mysql_close(c->db);
		c->db = NULL;
	}
}

static int connect_db(amzpay_ledger *l, amzpay_error *err)
{
	mysql_conn *c = CONN(l);
	unsigned int secs = (unsigned int)((l->timeout_ms + 999) / 1000);

	c->db = mysql_init(NULL);
	if (!c->db) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	mysql_optionsv(c->db, MYSQL_OPT_CONNECT_TIMEOUT, &secs);
	mysql_optionsv(c->db, MYSQL_OPT_READ_TIMEOUT, &secs);
	mysql_optionsv(c->db, MYSQL_OPT_WRITE_TIMEOUT, &secs);
	mysql_optionsv(c->db, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	if (!mysql_real_connect(c->db, c->dsn.host, c->dsn.user, c->password[0] ? c->password : NULL, c->dsn.dbname,
	                        c->dsn.port, NULL, 0)) {
		fail(l, err, "connect");
		disconnect(c);
		return -1;
	}
	return 0;
}

static bool connection_lost(MYSQL *db)
{
	unsigned int e = mysql_errno(db);
	return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST;
}

/* Runs one statement; reconnects once when the connection was lost (every statement here is repeatable). */
static int query(amzpay_ledger *l, const char *sql, size_t len, const char *what, amzpay_error *err)
{
	mysql_conn *c = CONN(l);

	for (int attempt = 0; attempt < 2; attempt++) {
		if (!c->db && connect_db(l, err) != 0) {
			return -1;
		}
		if (mysql_real_query(c->db, sql, (unsigned long)len) == 0) {
			return 0;
		}
		if (!connection_lost(c->db) || attempt == 1) {
			break;
		}
		disconnect(c);
	}
	fail(l, err, what);
	if (c->db && connection_lost(c->db)) {
		disconnect(c);
	}
	return -1;
}

static const char *const schema_sql[] = {
    "CREATE TABLE IF NOT EXISTS amzpay_ledger_meta (name VARCHAR(64) NOT NULL PRIMARY KEY,"
    " value VARCHAR(64) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
    "CREATE TABLE IF NOT EXISTS amzpay_ledger ("
    " environment VARCHAR(16) NOT NULL, legacy_id VARCHAR(64) NOT NULL, kind VARCHAR(16) NOT NULL,"
    " v2_id VARCHAR(64) NOT NULL DEFAULT '', parent_id VARCHAR(64) NOT NULL DEFAULT '',"
    " reference_id VARCHAR(255) NOT NULL DEFAULT '', note VARCHAR(1024) NOT NULL DEFAULT '',"
    " amount VARCHAR(32) NOT NULL DEFAULT '', currency VARCHAR(8) NOT NULL DEFAULT '',"
    " state VARCHAR(32) NOT NULL DEFAULT '', reason_code VARCHAR(64) NOT NULL DEFAULT '',"
    " reason_description VARCHAR(512) NOT NULL DEFAULT '',"
    " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
    " PRIMARY KEY (environment, legacy_id), KEY amzpay_ledger_parent (environment, parent_id, kind)"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
    "INSERT IGNORE INTO amzpay_ledger_meta (name, value) VALUES ('schema_version', '1')",
};

static int schema_version(amzpay_ledger *l, amzpay_error *err)
{
	static const char sql[] = "SELECT value FROM amzpay_ledger_meta WHERE name = 'schema_version'";
	MYSQL_RES *res;
	MYSQL_ROW row;
	int version = 0;

	if (query(l, sql, sizeof(sql) - 1, "open", err) != 0) {
		return mysql_errno(CONN(l)->db ? CONN(l)->db : NULL) == 1146 /* ER_NO_SUCH_TABLE */ ? 0 : -1;
	}
	res = mysql_store_result(CONN(l)->db);
	if (!res) {
		return fail(l, err, "open");
	}
	if ((row = mysql_fetch_row(res)) != NULL && row[0]) {
		version = atoi(row[0]);
	}
	mysql_free_result(res);
	return version;
}

static int ensure_schema(amzpay_ledger *l, amzpay_error *err)
{
	int version = schema_version(l, err);

	if (version == 0) {
		amzpay_error_clear(err);
		for (size_t i = 0; i < sizeof(schema_sql) / sizeof(schema_sql[0]); i++) {
			if (query(l, schema_sql[i], strlen(schema_sql[i]), "schema", err) != 0) {
				return -1;
			}
		}
		version = schema_version(l, err);
	}
	return amzpay_ledger_check_schema(l, version, err);
}

static int mysql_open(amzpay_ledger *l, const amzpay_ledger_dsn *dsn, const char *password, amzpay_error *err)
{
	mysql_conn *c = calloc(1, sizeof(*c));

	if (!c) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	l->conn = c;
	c->dsn = *dsn;
	if (password && strlen(password) >= sizeof(c->password)) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "amzpay.ledger_password is too long");
	}
	snprintf(c->password, sizeof(c->password), "%s", password ? password : "");
	if (connect_db(l, err) != 0) {
		return -1;
	}
	return ensure_schema(l, err);
}

static void mysql_close_ledger(amzpay_ledger *l)
{
	mysql_conn *c = CONN(l);

	if (c) {
		disconnect(c);
		OPENSSL_cleanse(c->password, sizeof(c->password));
		free(c);
		l->conn = NULL;
	}
}

/* Appends 'value' escaped for the connection's character set. */
static void append_quoted(amzpay_buf *b, MYSQL *db, const char *s)
{
	size_t n = strlen(s);

	amzpay_buf_appendc(b, '\'');
	if (amzpay_buf_reserve(b, 2 * n + 1)) {
		b->len += mysql_real_escape_string(db, b->data + b->len, s, (unsigned long)n);
		b->data[b->len] = '\0';
	}
	amzpay_buf_appendc(b, '\'');
}

/* An empty text field keeps the stored value (ledger.h). */
#define KEEP(c) ", " c " = IF(VALUES(" c ") <> '', VALUES(" c "), " c ")"

static int mysql_put(amzpay_ledger *l, const amzpay_ledger_row *row, int64_t now, amzpay_error *err)
{
	amzpay_ledger_field f[AMZPAY_LEDGER_TEXT_COUNT];
	amzpay_buf sql = AMZPAY_BUF_INIT;
	int rc;

	if (!CONN(l)->db && connect_db(l, err) != 0) {
		return -1;
	}
	amzpay_ledger_row_fields((amzpay_ledger_row *)row, f);
	amzpay_buf_appends(&sql, "INSERT INTO amzpay_ledger (" AMZPAY_LEDGER_SELECT_COLUMNS ") VALUES (");
	append_quoted(&sql, CONN(l)->db, row->environment);
	amzpay_buf_appendc(&sql, ',');
	append_quoted(&sql, CONN(l)->db, row->legacy_id);
	amzpay_buf_appendc(&sql, ',');
	append_quoted(&sql, CONN(l)->db, amzpay_ledger_kind_name(row->kind));
	for (int i = 0; i < AMZPAY_LEDGER_TEXT_COUNT; i++) {
		amzpay_buf_appendc(&sql, ',');
		append_quoted(&sql, CONN(l)->db, f[i].field);
	}
	amzpay_buf_appendf(&sql, ",%lld,%lld) ON DUPLICATE KEY UPDATE kind = VALUES(kind)", (long long)now, (long long)now);
	amzpay_buf_appends(&sql, AMZPAY_LEDGER_TEXT_COLUMNS(KEEP) ", updated_at = VALUES(updated_at)");
	if (sql.failed) {
		amzpay_buf_free(&sql);
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	rc = query(l, sql.data, sql.len, "write", err);
	amzpay_buf_free(&sql);
	return rc;
}
#undef KEEP

static int mysql_select(amzpay_ledger *l, const char *environment, const char *key, bool by_parent,
                        amzpay_ledger_kind kind, amzpay_ledger_rows *out, amzpay_error *err)
{
	amzpay_buf sql = AMZPAY_BUF_INIT;
	MYSQL_RES *res;
	MYSQL_ROW r;
	int rc;

	if (!CONN(l)->db && connect_db(l, err) != 0) {
		return -1;
	}
	amzpay_buf_appends(&sql, "SELECT " AMZPAY_LEDGER_SELECT_COLUMNS " FROM amzpay_ledger WHERE environment = ");
	append_quoted(&sql, CONN(l)->db, environment);
	amzpay_buf_appends(&sql, by_parent ? " AND parent_id = " : " AND legacy_id = ");
	append_quoted(&sql, CONN(l)->db, key);
	if (by_parent) {
		amzpay_buf_appends(&sql, " AND kind = ");
		append_quoted(&sql, CONN(l)->db, amzpay_ledger_kind_name(kind));
		amzpay_buf_appends(&sql, " ORDER BY created_at, legacy_id");
	}
	if (sql.failed) {
		amzpay_buf_free(&sql);
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	rc = query(l, sql.data, sql.len, "read", err);
	amzpay_buf_free(&sql);
	if (rc != 0) {
		return -1;
	}
	res = mysql_store_result(CONN(l)->db);
	if (!res) {
		return fail(l, err, "read");
	}
	while ((r = mysql_fetch_row(res)) != NULL) {
		amzpay_ledger_row row;

		amzpay_ledger_row_fill(&row, (const char *const *)r, r[12] ? strtoll(r[12], NULL, 10) : 0,
		                       r[13] ? strtoll(r[13], NULL, 10) : 0);
		if (amzpay_ledger_rows_push(out, &row) != 0) {
			mysql_free_result(res);
			return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
		}
	}
	mysql_free_result(res);
	return (int)out->count;
}

const amzpay_ledger_backend amzpay_ledger_mysql = {"mysql", mysql_open, mysql_put, mysql_select, mysql_close_ledger};
