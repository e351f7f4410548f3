/*
 * ledger.c, ledger_sqlite.c, ledger_mysql.c: both backends for real. The
 * MariaDB server is a throwaway one on loopback, started and stopped by
 * scripts/lib/mariadb; when it cannot start, the MySQL tests fail.
 *
 * What a shop relies on: an upsert never duplicates a row (retries, a second
 * process), an empty field never erases what was recorded, children come
 * back oldest first, and every fault (read-only file, locked database,
 * corrupt file, server down) is an error returned quickly, never a hang or
 * a crash, after which the handle recovers.
 */
#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ledger.h"
#include "ledger_rows.h"
#include "unit.h"

#define MARIADB_SCRIPT "../../scripts/lib/mariadb"

static char tmpdir[256];
static char mysql_dir[300];
static char mysql_dsn[256];
static char mysql_password[128];
static int mysql_started;

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int run_script(const char *verb, char *out, size_t outlen)
{
	char cmd[600];
	FILE *p;
	size_t n = 0;

	snprintf(cmd, sizeof(cmd), "%s %s '%s'", MARIADB_SCRIPT, verb, mysql_dir);
	p = popen(cmd, "r");
	if (!p) {
		return -1;
	}
	if (out) {
		n = fread(out, 1, outlen - 1, p);
		out[n] = '\0';
		out[strcspn(out, "\n")] = '\0';
	} else {
		char sink[256];
		while (fread(sink, 1, sizeof(sink), p) > 0) {
		}
	}
	return pclose(p) == 0 ? 0 : -1;
}

static void mysql_stop(void)
{
	if (mysql_started) {
		run_script("stop", NULL, 0);
		mysql_started = 0;
	}
}

static int mysql_start(void)
{
	char port[32], path[400];
	FILE *f;

	if (run_script("start", port, sizeof(port)) != 0) {
		fprintf(stderr, "  MariaDB could not be started (%s start)\n", MARIADB_SCRIPT);
		return -1;
	}
	mysql_started = 1;
	snprintf(mysql_dsn, sizeof(mysql_dsn), "mysql://amzpay@127.0.0.1:%s/amzpay_test", port);
	snprintf(path, sizeof(path), "%s/password", mysql_dir);
	f = fopen(path, "r");
	if (!f || !fgets(mysql_password, sizeof(mysql_password), f)) {
		if (f) {
			fclose(f);
		}
		return -1;
	}
	fclose(f);
	mysql_password[strcspn(mysql_password, "\n")] = '\0';
	return 0;
}

static void cleanup(void)
{
	char cmd[400];

	mysql_stop();
	if (tmpdir[0]) {
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
		if (system(cmd) != 0) {
			fprintf(stderr, "  could not remove %s\n", tmpdir);
		}
	}
}

static void setup(void)
{
	const char *base = getenv("TMPDIR");

	snprintf(tmpdir, sizeof(tmpdir), "%s/amzpay-ledger-XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		exit(1);
	}
	chmod(tmpdir, 0755);
	snprintf(mysql_dir, sizeof(mysql_dir), "%s/mariadb", tmpdir);
	atexit(cleanup);
}

/* {{{ helpers shared by both backends */
static amzpay_ledger *open_ledger(const char *dsn, long timeout_ms, amzpay_error *err)
{
	amzpay_ledger_options opt = {timeout_ms};
	bool mysql = strncmp(dsn, "mysql:", 6) == 0;
	return amzpay_ledger_open(dsn, mysql ? mysql_password : NULL, &opt, err);
}

static void sqlite_dsn(char *out, size_t n, const char *name)
{
	snprintf(out, n, "sqlite:%s/%s", tmpdir, name);
}

/* A fresh store: a new SQLite file, or the MySQL table emptied. */
static void fresh(const char *backend, const char *name, char *dsn, size_t n)
{
	if (strcmp(backend, "sqlite") == 0) {
		sqlite_dsn(dsn, n, name);
		return;
	}
	snprintf(dsn, n, "%s", mysql_dsn);
	char cmd[700];
	snprintf(cmd, sizeof(cmd),
	         "mariadb --no-defaults --protocol=socket --socket='%s/mariadbd.sock' -uroot amzpay_test"
	         " -e 'DROP TABLE IF EXISTS amzpay_ledger, amzpay_ledger_meta'",
	         mysql_dir);
	CHECK(system(cmd) == 0);
}
/* }}} */

/* {{{ tests run on both backends */
static void round_trip(const char *backend)
{
	char dsn[512];
	amzpay_error err;
	amzpay_ledger *l;
	amzpay_ledger_row r, got;

	fresh(backend, "round.db", dsn, sizeof(dsn));
	l = open_ledger(dsn, 1000, &err);
	CHECK(l != NULL);
	if (!l) {
		fprintf(stderr, "  %s\n", err.message);
		return;
	}
	r = unit_ledger_row(AMZPAY_LEDGER_CAPTURE, "S01-0000000-0000001-C000001", "S01-0000000-0000001-A000001", "cap-'1\"\\");
	AMZPAY_LEDGER_SET(r.v2_id, "S01-0000000-0000001-C000001");
	AMZPAY_LEDGER_SET(r.note, "Ünïcode note; DROP TABLE amzpay_ledger; --");
	AMZPAY_LEDGER_SET(r.amount, "10.00");
	AMZPAY_LEDGER_SET(r.currency, "EUR");
	AMZPAY_LEDGER_SET(r.state, "Completed");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	CHECK(amzpay_ledger_get(l, "Sandbox", r.legacy_id, &got, &err) == 1);
	CHECK(got.kind == AMZPAY_LEDGER_CAPTURE);
	CHECK_STR(got.reference_id, "cap-'1\"\\");
	CHECK_STR(got.note, "Ünïcode note; DROP TABLE amzpay_ledger; --");
	CHECK_STR(got.parent_id, "S01-0000000-0000001-A000001");
	CHECK_STR(got.amount, "10.00");
	CHECK_STR(got.currency, "EUR");
	CHECK_STR(got.state, "Completed");
	CHECK(got.created_at > 1600000000000LL && got.updated_at >= got.created_at);
	/* environments are separate worlds; an unknown id is "no row", not an error */
	CHECK(amzpay_ledger_get(l, "Live", r.legacy_id, &got, &err) == 0);
	CHECK(amzpay_ledger_get(l, "Sandbox", "S01-0000000-0000009", &got, &err) == 0);
	CHECK(got.legacy_id[0] == '\0');
	amzpay_ledger_close(l);

	/* reopening finds the schema and the row */
	l = open_ledger(dsn, 1000, &err);
	CHECK(l != NULL);
	if (l) {
		CHECK(amzpay_ledger_get(l, "Sandbox", r.legacy_id, &got, &err) == 1);
		amzpay_ledger_close(l);
	}
}

static void idempotent_upsert(const char *backend)
{
	char dsn[512];
	amzpay_error err;
	amzpay_ledger *l;
	amzpay_ledger_row r, got;
	amzpay_ledger_rows kids = {NULL, 0};
	int64_t created;

	fresh(backend, "upsert.db", dsn, sizeof(dsn));
	l = open_ledger(dsn, 1000, &err);
	CHECK(l != NULL);
	if (!l) {
		return;
	}
	r = unit_ledger_row(AMZPAY_LEDGER_AUTHORIZATION, "S01-1111111-1111111-A000001", "S01-1111111-1111111", "auth-1");
	AMZPAY_LEDGER_SET(r.note, "first note");
	AMZPAY_LEDGER_SET(r.state, "Pending");
	for (int i = 0; i < 5; i++) { /* a retry loop */
		CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	}
	CHECK(amzpay_ledger_get(l, "Sandbox", r.legacy_id, &got, &err) == 1);
	created = got.created_at;
	usleep(5000);

	/* a later state update carries no reference id or note: they stay */
	r = unit_ledger_row(AMZPAY_LEDGER_AUTHORIZATION, "S01-1111111-1111111-A000001", "", "");
	AMZPAY_LEDGER_SET(r.state, "Declined");
	AMZPAY_LEDGER_SET(r.reason_code, "InvalidPaymentMethod");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	CHECK(amzpay_ledger_get(l, "Sandbox", r.legacy_id, &got, &err) == 1);
	CHECK_STR(got.reference_id, "auth-1");
	CHECK_STR(got.note, "first note");
	CHECK_STR(got.parent_id, "S01-1111111-1111111");
	CHECK_STR(got.state, "Declined");
	CHECK_STR(got.reason_code, "InvalidPaymentMethod");
	CHECK(got.created_at == created);
	CHECK(got.updated_at > created);

	CHECK(amzpay_ledger_children(l, "Sandbox", "S01-1111111-1111111", AMZPAY_LEDGER_AUTHORIZATION, &kids, &err) == 0);
	CHECK(kids.count == 1);
	amzpay_ledger_rows_free(&kids);
	amzpay_ledger_close(l);
}

static void children_in_order(const char *backend)
{
	char dsn[512], id[64];
	amzpay_error err;
	amzpay_ledger *l;
	amzpay_ledger_row r;
	amzpay_ledger_rows kids = {NULL, 0};

	fresh(backend, "children.db", dsn, sizeof(dsn));
	l = open_ledger(dsn, 1000, &err);
	CHECK(l != NULL);
	if (!l) {
		return;
	}
	for (int i = 3; i >= 1; i--) { /* created newest id first: order is by time, not by id */
		snprintf(id, sizeof(id), "S01-2222222-2222222-R00000%d", i);
		r = unit_ledger_row(AMZPAY_LEDGER_REFUND, id, "S01-2222222-2222222-C000001", "");
		CHECK(amzpay_ledger_put(l, &r, &err) == 0);
		usleep(3000);
	}
	r = unit_ledger_row(AMZPAY_LEDGER_CAPTURE, "S01-2222222-2222222-C000001", "S01-2222222-2222222-A000001", "");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	r = unit_ledger_row(AMZPAY_LEDGER_REFUND, "S01-2222222-2222222-R000009", "S01-2222222-2222222-C000001", "");
	AMZPAY_LEDGER_SET(r.environment, "Live");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);

	CHECK(amzpay_ledger_children(l, "Sandbox", "S01-2222222-2222222-C000001", AMZPAY_LEDGER_REFUND, &kids, &err) == 0);
	CHECK(kids.count == 3);
	if (kids.count == 3) {
		CHECK_STR(kids.rows[0].legacy_id, "S01-2222222-2222222-R000003");
		CHECK_STR(kids.rows[2].legacy_id, "S01-2222222-2222222-R000001");
	}
	/* a second call replaces the list */
	CHECK(amzpay_ledger_children(l, "Sandbox", "S01-2222222-2222222-A000001", AMZPAY_LEDGER_CAPTURE, &kids, &err) == 0);
	CHECK(kids.count == 1);
	CHECK(amzpay_ledger_children(l, "Sandbox", "S01-2222222-2222222-C000001", AMZPAY_LEDGER_CAPTURE, &kids, &err) == 0);
	CHECK(kids.count == 0);
	amzpay_ledger_rows_free(&kids);
	amzpay_ledger_close(l);
}

/* Two processes write the same rows and their own at once: no duplicate, no lost row, no error. */
static void two_processes(const char *backend)
{
	enum { SHARED = 40, OWN = 40 };
	char dsn[512];
	amzpay_error err;
	amzpay_ledger *l;
	amzpay_ledger_rows kids = {NULL, 0};
	pid_t pids[2];

	fresh(backend, "shared.db", dsn, sizeof(dsn));
	for (int p = 0; p < 2; p++) {
		pids[p] = fork();
		if (pids[p] == 0) {
			int bad = 0;
			amzpay_ledger *c = open_ledger(dsn, 5000, &err); /* both may create the schema */
			if (!c) {
				fprintf(stderr, "  child open: %s\n", err.message);
				_exit(1);
			}
			for (int i = 0; i < SHARED + OWN; i++) {
				char id[64];
				amzpay_ledger_row r;
				if (i < SHARED) {
					snprintf(id, sizeof(id), "S01-3333333-3333333-A%06d", i);
				} else {
					snprintf(id, sizeof(id), "S01-3333333-3333333-A%d%05d", p + 1, i);
				}
				r = unit_ledger_row(AMZPAY_LEDGER_AUTHORIZATION, id, "S01-3333333-3333333", "ref");
				if (amzpay_ledger_put(c, &r, &err) != 0) {
					fprintf(stderr, "  child put: %s\n", err.message);
					bad++;
				}
			}
			amzpay_ledger_close(c);
			_exit(bad ? 1 : 0);
		}
	}
	for (int p = 0; p < 2; p++) {
		int status = -1;
		waitpid(pids[p], &status, 0);
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	l = open_ledger(dsn, 1000, &err);
	CHECK(l != NULL);
	if (!l) {
		return;
	}
	CHECK(amzpay_ledger_children(l, "Sandbox", "S01-3333333-3333333", AMZPAY_LEDGER_AUTHORIZATION, &kids, &err) == 0);
	CHECK(kids.count == SHARED + 2 * OWN);
	amzpay_ledger_rows_free(&kids);
	amzpay_ledger_close(l);
}

static void bad_rows_refused(const char *backend)
{
	char dsn[512], longref[300];
	amzpay_error err;
	amzpay_ledger *l;
	amzpay_ledger_row r;

	fresh(backend, "bad.db", dsn, sizeof(dsn));
	l = open_ledger(dsn, 1000, &err);
	CHECK(l != NULL);
	if (!l) {
		return;
	}
	memset(longref, 'x', sizeof(longref) - 1);
	longref[sizeof(longref) - 1] = '\0';
	r = unit_ledger_row(AMZPAY_LEDGER_ORDER, "S01-4444444-4444444", "", "");
	CHECK(AMZPAY_LEDGER_SET(r.reference_id, longref) == -1); /* refused, not truncated */
	CHECK(r.reference_id[0] == '\0');
	r.environment[0] = '\0';
	CHECK(amzpay_ledger_put(l, &r, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	r = unit_ledger_row(0, "S01-4444444-4444444", "", "");
	CHECK(amzpay_ledger_put(l, &r, &err) == -1);
	r = unit_ledger_row(AMZPAY_LEDGER_ORDER, "S01-4444444-4444444", "", "");
	memset(r.note, 'n', sizeof(r.note)); /* not terminated */
	CHECK(amzpay_ledger_put(l, &r, &err) == -1);
	amzpay_ledger_close(l);
}
/* }}} */

#define BOTH(name)                                                                                                     \
	UNIT_TEST(test_sqlite_##name)                                                                                      \
	{                                                                                                                  \
		name("sqlite");                                                                                                \
	}                                                                                                                  \
	UNIT_TEST(test_mysql_##name)                                                                                       \
	{                                                                                                                  \
		CHECK(mysql_started);                                                                                          \
		if (mysql_started) {                                                                                           \
			name("mysql");                                                                                             \
		}                                                                                                              \
	}

BOTH(round_trip)
BOTH(idempotent_upsert)
BOTH(children_in_order)
BOTH(two_processes)
BOTH(bad_rows_refused)

UNIT_TEST(test_dsn_parsing)
{
	amzpay_error err;

	CHECK(amzpay_ledger_open("", NULL, NULL, &err) == NULL);
	CHECK(amzpay_ledger_open("postgres://x@h/db", NULL, NULL, &err) == NULL);
	CHECK(strstr(err.message, "unknown backend") != NULL);
	CHECK(amzpay_ledger_open("sqlite:", NULL, NULL, &err) == NULL);
	CHECK(amzpay_ledger_open("mysql://127.0.0.1/db", NULL, NULL, &err) == NULL);
	CHECK(amzpay_ledger_open("mysql://u@127.0.0.1:99999/db", NULL, NULL, &err) == NULL);
	CHECK(strstr(err.message, "port") != NULL);
	CHECK(amzpay_ledger_open("mysql://u@127.0.0.1:3306/", NULL, NULL, &err) == NULL);
	CHECK(amzpay_ledger_open("mysql://u@127.0.0.1:3306/db;drop", NULL, NULL, &err) == NULL);
	/* a password in the DSN is refused and never repeated */
	CHECK(amzpay_ledger_open("mysql://u:s3cr3tpw@127.0.0.1/db", NULL, NULL, &err) == NULL);
	CHECK(strstr(err.message, "amzpay.ledger_password") != NULL);
	CHECK(strstr(err.message, "s3cr3tpw") == NULL);
	CHECK(err.domain == AMZPAY_ERR_CONFIG);
}

/* {{{ SQLite faults */
UNIT_TEST(test_sqlite_corrupt_file)
{
	char path[400], dsn[512];
	amzpay_error err;
	double t0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/corrupt.db", tmpdir);
	f = fopen(path, "w");
	CHECK(f != NULL);
	if (!f) {
		return;
	}
	for (int i = 0; i < 4096; i++) {
		fputc((i * 7919) & 0xff, f);
	}
	fclose(f);
	snprintf(dsn, sizeof(dsn), "sqlite:%s", path);
	t0 = now_s();
	CHECK(open_ledger(dsn, 300, &err) == NULL);
	CHECK(now_s() - t0 < 2.0);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT);
	CHECK(strstr(err.message, "not a database") != NULL);
	CHECK(strstr(err.message, "corrupt.db") != NULL);

	/* a directory that does not exist */
	snprintf(dsn, sizeof(dsn), "sqlite:%s/no/such/dir/l.db", tmpdir);
	CHECK(open_ledger(dsn, 300, &err) == NULL);
}

UNIT_TEST(test_sqlite_locked_database)
{
	char dsn[512], path[400];
	amzpay_error err;
	amzpay_ledger *l;
	amzpay_ledger_row r, got;
	sqlite3 *other = NULL;
	double t0;

	sqlite_dsn(dsn, sizeof(dsn), "locked.db");
	snprintf(path, sizeof(path), "%s/locked.db", tmpdir);
	l = open_ledger(dsn, 200, &err);
	CHECK(l != NULL);
	if (!l) {
		return;
	}
	r = unit_ledger_row(AMZPAY_LEDGER_ORDER, "S01-5555555-5555555", "", "");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);

	/* another process (here: another connection) holds the write lock */
	CHECK(sqlite3_open(path, &other) == SQLITE_OK);
	CHECK(sqlite3_exec(other, "BEGIN EXCLUSIVE", NULL, NULL, NULL) == SQLITE_OK);
	t0 = now_s();
	AMZPAY_LEDGER_SET(r.state, "Open");
	CHECK(amzpay_ledger_put(l, &r, &err) == -1);
	CHECK(now_s() - t0 < 1.5); /* the busy timeout, not a hang */
	CHECK(strstr(err.message, "locked") != NULL);
	/* readers do not wait for the writer (WAL) */
	CHECK(amzpay_ledger_get(l, "Sandbox", "S01-5555555-5555555", &got, &err) == 1);

	/* released: the same handle writes again */
	CHECK(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(other);
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	CHECK(amzpay_ledger_get(l, "Sandbox", "S01-5555555-5555555", &got, &err) == 1);
	CHECK_STR(got.state, "Open");
	amzpay_ledger_close(l);
}

/* Runs as a user who cannot write the file (root ignores file modes, so a root run drops to nobody). */
UNIT_TEST(test_sqlite_read_only_file)
{
	char dsn[512], path[400];
	amzpay_error err;
	amzpay_ledger *l;
	amzpay_ledger_row r;
	pid_t pid;
	int status = -1;

	sqlite_dsn(dsn, sizeof(dsn), "ro.db");
	snprintf(path, sizeof(path), "%s/ro.db", tmpdir);
	l = open_ledger(dsn, 200, &err);
	CHECK(l != NULL);
	if (!l) {
		return;
	}
	r = unit_ledger_row(AMZPAY_LEDGER_ORDER, "S01-6666666-6666666", "", "ro-ref");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	amzpay_ledger_close(l);
	/* a checkpointed, journal-less file: what a deploy leaves behind when it copies the ledger read-only */
	{
		sqlite3 *db;
		CHECK(sqlite3_open(path, &db) == SQLITE_OK);
		CHECK(sqlite3_exec(db, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL) == SQLITE_OK);
		sqlite3_close(db);
	}
	CHECK(chmod(path, 0444) == 0);

	pid = fork();
	if (pid == 0) {
		int bad = 0;
		amzpay_ledger_row got;
		if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
			_exit(2);
		}
		l = open_ledger(dsn, 200, &err);
		if (!l) {
			fprintf(stderr, "  read-only open: %s\n", err.message);
			_exit(3);
		}
		bad += amzpay_ledger_get(l, "Sandbox", "S01-6666666-6666666", &got, &err) != 1; /* reads still work */
		bad += strcmp(got.reference_id, "ro-ref") != 0;
		AMZPAY_LEDGER_SET(r.state, "Open");
		bad += amzpay_ledger_put(l, &r, &err) != -1;
		bad += strstr(err.message, "readonly") == NULL;
		amzpay_ledger_close(l);
		_exit(bad);
	}
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	chmod(path, 0644);
}

UNIT_TEST(test_sqlite_newer_schema_refused)
{
	char dsn[512], path[400];
	amzpay_error err;
	amzpay_ledger *l;
	sqlite3 *db;

	sqlite_dsn(dsn, sizeof(dsn), "newer.db");
	snprintf(path, sizeof(path), "%s/newer.db", tmpdir);
	l = open_ledger(dsn, 200, &err);
	CHECK(l != NULL);
	amzpay_ledger_close(l);
	CHECK(sqlite3_open(path, &db) == SQLITE_OK);
	CHECK(sqlite3_exec(db, "UPDATE amzpay_ledger_meta SET value = '2' WHERE name = 'schema_version'", NULL, NULL,
	                   NULL) == SQLITE_OK);
	sqlite3_close(db);
	CHECK(open_ledger(dsn, 200, &err) == NULL);
	CHECK(strstr(err.message, "schema version 2") != NULL);
}
/* }}} */

/* {{{ MySQL faults */
UNIT_TEST(test_mysql_wrong_password_and_closed_port)
{
	amzpay_ledger_options opt = {500};
	amzpay_error err;
	double t0;

	CHECK(mysql_started);
	CHECK(amzpay_ledger_open(mysql_dsn, "not-the-password", &opt, &err) == NULL);
	CHECK(strstr(err.message, "Access denied") != NULL);
	CHECK(strstr(err.message, "not-the-password") == NULL);
	t0 = now_s();
	CHECK(amzpay_ledger_open("mysql://amzpay@127.0.0.1:1/amzpay_test", "x", &opt, &err) == NULL);
	CHECK(now_s() - t0 < 2.0);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT);
}

UNIT_TEST(test_mysql_server_down_mid_run)
{
	char dsn[512];
	amzpay_error err;
	amzpay_ledger *l;
	amzpay_ledger_row r, got;
	double t0;

	CHECK(mysql_started);
	if (!mysql_started) {
		return;
	}
	fresh("mysql", "", dsn, sizeof(dsn));
	l = open_ledger(dsn, 1000, &err);
	CHECK(l != NULL);
	if (!l) {
		return;
	}
	r = unit_ledger_row(AMZPAY_LEDGER_ORDER, "S01-7777777-7777777", "", "before");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);

	mysql_stop();
	t0 = now_s();
	AMZPAY_LEDGER_SET(r.reference_id, "during");
	CHECK(amzpay_ledger_put(l, &r, &err) == -1);
	CHECK(amzpay_ledger_get(l, "Sandbox", r.legacy_id, &got, &err) == -1);
	CHECK(now_s() - t0 < 4.0);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT);

	/* back: the same handle reconnects at its next call */
	CHECK(mysql_start() == 0);
	AMZPAY_LEDGER_SET(r.reference_id, "after");
	CHECK(amzpay_ledger_put(l, &r, &err) == 0);
	CHECK(amzpay_ledger_get(l, "Sandbox", r.legacy_id, &got, &err) == 1);
	CHECK_STR(got.reference_id, "after");
	amzpay_ledger_close(l);
}
/* }}} */

/* {{{ the process-wide handle */
UNIT_TEST(test_registry_reuse_backoff_fork)
{
	char dsn[512], bad[512];
	amzpay_ledger_options opt = {200};
	amzpay_error err, failure;
	amzpay_ledger *a, *b;
	double t0;
	pid_t pid;
	int status = -1;

	sqlite_dsn(dsn, sizeof(dsn), "registry.db");
	a = amzpay_ledger_acquire(dsn, NULL, &opt, &err);
	CHECK(a != NULL);
	amzpay_ledger_release(a, NULL);
	b = amzpay_ledger_acquire(dsn, NULL, &opt, &err);
	CHECK(b == a); /* reused, not reopened */
	amzpay_ledger_release(b, NULL);

	/* a child process never uses the parent's handle */
	pid = fork();
	if (pid == 0) {
		amzpay_ledger *c = amzpay_ledger_acquire(dsn, NULL, &opt, &err);
		int bad_child = c == NULL;
		amzpay_ledger_release(c, NULL);
		amzpay_ledger_registry_shutdown();
		_exit(bad_child);
	}
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	b = amzpay_ledger_acquire(dsn, NULL, &opt, &err);
	CHECK(b == a);
	amzpay_ledger_release(b, NULL);

	/* an unreachable store: one attempt, then NULL at once for the back-off period */
	snprintf(bad, sizeof(bad), "mysql://amzpay@127.0.0.1:1/amzpay_test");
	CHECK(amzpay_ledger_acquire(bad, "pw", &opt, &err) == NULL);
	CHECK(strstr(err.message, "connect") != NULL);
	t0 = now_s();
	for (int i = 0; i < 100; i++) {
		CHECK(amzpay_ledger_acquire(bad, "pw", &opt, &err) == NULL);
	}
	CHECK(now_s() - t0 < 0.5);
	CHECK(strstr(err.message, "not retried") != NULL);

	/* another DSN starts afresh; a failed operation also backs off */
	a = amzpay_ledger_acquire(dsn, NULL, &opt, &err);
	CHECK(a != NULL);
	amzpay_error_set(&failure, AMZPAY_ERR_TRANSPORT, "ledger %s: write: database is locked", dsn);
	amzpay_ledger_release(a, &failure);
	CHECK(amzpay_ledger_acquire(dsn, NULL, &opt, &err) == NULL);
	CHECK(strstr(err.message, "database is locked") != NULL);
	amzpay_ledger_registry_shutdown();
}
/* }}} */

static int start_all(void)
{
	setup();
	if (mysql_start() != 0) {
		fprintf(stderr, "  the MySQL backend tests fail: no MariaDB server\n");
	}
	return 0;
}

#define main unit_main
UNIT_MAIN(UNIT_CASE(test_dsn_parsing), UNIT_CASE(test_sqlite_round_trip), UNIT_CASE(test_mysql_round_trip),
          UNIT_CASE(test_sqlite_idempotent_upsert), UNIT_CASE(test_mysql_idempotent_upsert),
          UNIT_CASE(test_sqlite_children_in_order), UNIT_CASE(test_mysql_children_in_order),
          UNIT_CASE(test_sqlite_two_processes), UNIT_CASE(test_mysql_two_processes),
          UNIT_CASE(test_sqlite_bad_rows_refused), UNIT_CASE(test_mysql_bad_rows_refused),
          UNIT_CASE(test_sqlite_corrupt_file), UNIT_CASE(test_sqlite_locked_database),
          UNIT_CASE(test_sqlite_read_only_file), UNIT_CASE(test_sqlite_newer_schema_refused),
          UNIT_CASE(test_mysql_wrong_password_and_closed_port), UNIT_CASE(test_mysql_server_down_mid_run),
          UNIT_CASE(test_registry_reuse_backoff_fork))
#undef main

int main(void)
{
	start_all();
	return unit_main();
}
