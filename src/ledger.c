/*
 * amzpay core: the ledger's common part: DSN parsing, row checks, dispatch
 * to the backend (ledger_sqlite.c, ledger_mysql.c). See ledger.h.
 */
#include "ledger.h"
#include "ledger_backend.h"

#include <ctype.h>
#include <openssl/crypto.h>
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DEFAULT_TIMEOUT_MS 1000
#define MYSQL_DEFAULT_PORT 3306

static const char *const kind_names[] = {NULL, "order", "authorization", "capture", "refund", "notification"};

const char *amzpay_ledger_kind_name(amzpay_ledger_kind kind)
{
	return (kind >= AMZPAY_LEDGER_ORDER && kind <= AMZPAY_LEDGER_NOTIFICATION) ? kind_names[kind] : "unknown";
}

amzpay_ledger_kind amzpay_ledger_kind_from_name(const char *name)
{
	for (int k = AMZPAY_LEDGER_ORDER; k <= AMZPAY_LEDGER_NOTIFICATION; k++) {
		if (name && strcmp(name, kind_names[k]) == 0) {
			return (amzpay_ledger_kind)k;
		}
	}
	return 0;
}

int amzpay_ledger_set(char *field, size_t size, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	if (n >= size) {
		return -1;
	}
	memcpy(field, s ? s : "", n);
	field[n] = '\0';
	return 0;
}

void amzpay_ledger_row_fields(amzpay_ledger_row *row, amzpay_ledger_field out[AMZPAY_LEDGER_TEXT_COUNT])
{
#define F(i, name) out[i].field = row->name, out[i].size = sizeof(row->name)
	F(0, v2_id);
	F(1, parent_id);
	F(2, reference_id);
	F(3, note);
	F(4, amount);
	F(5, currency);
	F(6, state);
	F(7, reason_code);
	F(8, reason_description);
#undef F
}

static void fill(char *field, size_t size, const char *value)
{
	snprintf(field, size, "%s", value ? value : "");
}

void amzpay_ledger_row_fill(amzpay_ledger_row *row, const char *const values[3 + AMZPAY_LEDGER_TEXT_COUNT],
                            int64_t created_at, int64_t updated_at)
{
	amzpay_ledger_field f[AMZPAY_LEDGER_TEXT_COUNT];

	memset(row, 0, sizeof(*row));
	fill(row->environment, sizeof(row->environment), values[0]);
	fill(row->legacy_id, sizeof(row->legacy_id), values[1]);
	row->kind = amzpay_ledger_kind_from_name(values[2]);
	amzpay_ledger_row_fields(row, f);
	for (int i = 0; i < AMZPAY_LEDGER_TEXT_COUNT; i++) {
		fill(f[i].field, f[i].size, values[3 + i]);
	}
	row->created_at = created_at;
	row->updated_at = updated_at;
}

int amzpay_ledger_rows_push(amzpay_ledger_rows *rows, const amzpay_ledger_row *row)
{
	amzpay_ledger_row *p = realloc(rows->rows, (rows->count + 1) * sizeof(*p));

	if (!p) {
		return -1;
	}
	rows->rows = p;
	rows->rows[rows->count++] = *row;
	return 0;
}

void amzpay_ledger_rows_free(amzpay_ledger_rows *rows)
{
	free(rows->rows);
	rows->rows = NULL;
	rows->count = 0;
}

int amzpay_ledger_fail(amzpay_ledger *l, amzpay_error *err, const char *what, const char *detail)
{
	return amzpay_error_set(err, AMZPAY_ERR_TRANSPORT, "ledger %s: %s: %s", l->name, what,
	                        detail ? detail : "unknown error");
}

int amzpay_ledger_check_schema(amzpay_ledger *l, int version, amzpay_error *err)
{
	char detail[96];

	if (version < 0) {
		return -1;
	}
	if (version == AMZPAY_LEDGER_SCHEMA) {
		return 0;
	}
	snprintf(detail, sizeof(detail), "schema version %d, this amzpay knows %d", version, AMZPAY_LEDGER_SCHEMA);
	return amzpay_ledger_fail(l, err, "open", detail);
}

/* {{{ DSN parsing */
static int copy_part(char *dst, size_t size, const char *s, size_t n)
{
	if (n == 0 || n >= size) {
		return -1;
	}
	memcpy(dst, s, n);
	dst[n] = '\0';
	return 0;
}

static bool is_name(const char *s)
{
	for (; *s; s++) {
		if (!isalnum((unsigned char)*s) && *s != '_' && *s != '-' && *s != '.' && *s != '$') {
			return false;
		}
	}
	return true;
}

/* mysql://user@host[:port]/dbname, host may be [v6]. The password never goes in the DSN. */
static int parse_mysql(const char *rest, amzpay_ledger_dsn *d, amzpay_error *err)
{
	const char *at = strchr(rest, '@'), *host, *slash, *colon;

	if (!at) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "amzpay.ledger: a MySQL DSN is mysql://user@host:port/dbname");
	}
	if (memchr(rest, ':', (size_t)(at - rest))) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG,
		                        "amzpay.ledger: the password goes in amzpay.ledger_password, not in the DSN");
	}
	if (copy_part(d->user, sizeof(d->user), rest, (size_t)(at - rest)) != 0 || !is_name(d->user)) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "amzpay.ledger: bad MySQL user name");
	}
	host = at + 1;
	slash = strchr(host, '/');
	if (!slash || copy_part(d->dbname, sizeof(d->dbname), slash + 1, strlen(slash + 1)) != 0 || !is_name(d->dbname)) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "amzpay.ledger: bad or missing MySQL database name");
	}
	d->port = MYSQL_DEFAULT_PORT;
	if (*host == '[') {
		const char *close = memchr(host, ']', (size_t)(slash - host));
		if (!close || copy_part(d->host, sizeof(d->host), host + 1, (size_t)(close - host - 1)) != 0) {
			return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "amzpay.ledger: bad MySQL host");
		}
		colon = close + 1 < slash && close[1] == ':' ? close + 1 : NULL;
	} else {
		colon = memchr(host, ':', (size_t)(slash - host));
		if (copy_part(d->host, sizeof(d->host), host, (size_t)((colon ? colon : slash) - host)) != 0 ||
		    !is_name(d->host)) {
			return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "amzpay.ledger: bad MySQL host");
		}
	}
	if (colon) {
		char *end;
		unsigned long port = strtoul(colon + 1, &end, 10);
		if (end != slash || port == 0 || port > 65535) {
			return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "amzpay.ledger: bad MySQL port");
		}
		d->port = (unsigned int)port;
	}
	return 0;
}

static const amzpay_ledger_backend *parse_dsn(const char *dsn, amzpay_ledger_dsn *d, amzpay_error *err)
{
	memset(d, 0, sizeof(*d));
	if (strncmp(dsn, "sqlite:", 7) == 0) {
		if (copy_part(d->path, sizeof(d->path), dsn + 7, strlen(dsn + 7)) != 0) {
			amzpay_error_set(err, AMZPAY_ERR_CONFIG, "amzpay.ledger: a SQLite DSN is sqlite:/path/ledger.db");
			return NULL;
		}
		return &amzpay_ledger_sqlite;
	}
	if (strncmp(dsn, "mysql://", 8) == 0) {
		return parse_mysql(dsn + 8, d, err) == 0 ? &amzpay_ledger_mysql : NULL;
	}
	amzpay_error_set(err, AMZPAY_ERR_CONFIG,
	                 "amzpay.ledger: unknown backend (use sqlite:/path or mysql://user@host:port/db)");
	return NULL;
}
/* }}} */

int amzpay_ledger_check_dsn(const char *dsn, amzpay_error *err)
{
	amzpay_ledger_dsn d;

	return parse_dsn(dsn, &d, err) ? 0 : -1;
}

amzpay_ledger *amzpay_ledger_open(const char *dsn, const char *password, const amzpay_ledger_options *opt,
                                  amzpay_error *err)
{
	amzpay_ledger_dsn d;
	const amzpay_ledger_backend *backend;
	amzpay_ledger *l;

	if (!dsn || !*dsn) {
		amzpay_error_set(err, AMZPAY_ERR_CONFIG, "amzpay.ledger is empty");
		return NULL;
	}
	backend = parse_dsn(dsn, &d, err);
	if (!backend) {
		return NULL;
	}
	l = calloc(1, sizeof(*l));
	if (!l) {
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
		return NULL;
	}
	l->backend = backend;
	l->timeout_ms = (opt && opt->timeout_ms > 0) ? opt->timeout_ms : DEFAULT_TIMEOUT_MS;
	snprintf(l->name, sizeof(l->name), "%s", dsn); /* the DSN holds no secret (parse_mysql refuses one) */
	if (backend->open(l, &d, password, err) != 0) {
		backend->close(l);
		free(l);
		return NULL;
	}
	return l;
}

void amzpay_ledger_close(amzpay_ledger *l)
{
	if (l) {
		l->backend->close(l);
		free(l);
	}
}

const char *amzpay_ledger_name(const amzpay_ledger *l)
{
	return l ? l->name : "";
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Every field is NUL-terminated within its array (a row built by hand could be garbage). */
static int check_row(const amzpay_ledger_row *row, amzpay_error *err)
{
	amzpay_ledger_field f[AMZPAY_LEDGER_TEXT_COUNT];

	amzpay_ledger_row_fields((amzpay_ledger_row *)row, f);
	for (int i = 0; i < AMZPAY_LEDGER_TEXT_COUNT; i++) {
		if (!memchr(f[i].field, '\0', f[i].size)) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "ledger row: a field is not terminated");
		}
	}
	if (!memchr(row->environment, '\0', sizeof(row->environment)) || !row->environment[0] ||
	    !memchr(row->legacy_id, '\0', sizeof(row->legacy_id)) || !row->legacy_id[0]) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "ledger row: environment and legacy id are required");
	}
	if (!amzpay_ledger_kind_from_name(amzpay_ledger_kind_name(row->kind))) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "ledger row: unknown kind");
	}
	return 0;
}

int amzpay_ledger_put(amzpay_ledger *l, const amzpay_ledger_row *row, amzpay_error *err)
{
	if (check_row(row, err) != 0) {
		return -1;
	}
	return l->backend->put(l, row, now_ms(), err);
}

int amzpay_ledger_get(amzpay_ledger *l, const char *environment, const char *legacy_id, amzpay_ledger_row *out,
                      amzpay_error *err)
{
	amzpay_ledger_rows rows = {NULL, 0};
	int n;

	memset(out, 0, sizeof(*out));
	n = l->backend->select(l, environment, legacy_id, false, 0, &rows, err);
	if (n > 0) {
		*out = rows.rows[0];
	}
	amzpay_ledger_rows_free(&rows);
	return n < 0 ? -1 : (n > 0);
}

int amzpay_ledger_seen(amzpay_ledger *l, const char *environment, const char *id, amzpay_error *err)
{
	amzpay_ledger_row row;
	int found = amzpay_ledger_get(l, environment, id, &row, err);

	if (found != 0) {
		return found;
	}
	memset(&row, 0, sizeof(row));
	row.kind = AMZPAY_LEDGER_NOTIFICATION;
	if (AMZPAY_LEDGER_SET(row.environment, environment) != 0 || AMZPAY_LEDGER_SET(row.legacy_id, id) != 0) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "ledger row: notification id too long");
	}
	return amzpay_ledger_put(l, &row, err) == 0 ? 0 : -1;
}

int amzpay_ledger_children(amzpay_ledger *l, const char *environment, const char *parent_id, amzpay_ledger_kind kind,
                           amzpay_ledger_rows *out, amzpay_error *err)
{
	amzpay_ledger_rows_free(out);
	if (l->backend->select(l, environment, parent_id, true, kind, out, err) < 0) {
		amzpay_ledger_rows_free(out);
		return -1;
	}
	return 0;
}

/* {{{ process-wide handle */
static struct {
	pthread_mutex_t lock;
	amzpay_ledger *handle;
	pid_t pid;
	char dsn[4200];
	unsigned char password_digest[32]; /* a changed password reopens; the password itself is not kept here */
	int64_t retry_at;                  /* ms: no attempt before this after a failure */
	char last_error[AMZPAY_ERROR_MESSAGE_MAX];
} registry = {PTHREAD_MUTEX_INITIALIZER, NULL, 0, "", {0}, 0, ""};

static void password_digest(const char *password, unsigned char out[32])
{
	/* FNV-1a spread over 32 bytes: only to notice a change, never stored with the password */
	uint64_t h = 1469598103934665603ULL;

	for (int round = 0; round < 4; round++) {
		for (const char *p = password ? password : ""; *p; p++) {
			h = (h ^ (unsigned char)*p) * 1099511628211ULL;
		}
		h = (h ^ (uint64_t)round) * 1099511628211ULL;
		memcpy(out + round * 8, &h, 8);
	}
}

static void registry_drop(bool close_it)
{
	if (registry.handle && close_it) {
		amzpay_ledger_close(registry.handle);
	}
	registry.handle = NULL;
	registry.dsn[0] = '\0';
}

amzpay_ledger *amzpay_ledger_acquire(const char *dsn, const char *password, const amzpay_ledger_options *opt,
                                     amzpay_error *err)
{
	unsigned char digest[32];
	int64_t now = now_ms();

	password_digest(password, digest);
	pthread_mutex_lock(&registry.lock);
	if (registry.handle && registry.pid != getpid()) {
		registry_drop(false);
		registry.retry_at = 0;
	}
	if (strcmp(registry.dsn, dsn ? dsn : "") != 0 || memcmp(registry.password_digest, digest, sizeof(digest)) != 0) {
		registry_drop(true);
		registry.retry_at = 0;
		snprintf(registry.dsn, sizeof(registry.dsn), "%s", dsn ? dsn : "");
		memcpy(registry.password_digest, digest, sizeof(digest));
	}
	if (now < registry.retry_at) {
		amzpay_error_set(err, AMZPAY_ERR_TRANSPORT, "%s (not retried for %d s)", registry.last_error,
		                 AMZPAY_LEDGER_BACKOFF_MS / 1000);
		pthread_mutex_unlock(&registry.lock);
		return NULL;
	}
	if (!registry.handle) {
		registry.handle = amzpay_ledger_open(dsn, password, opt, err);
		registry.pid = getpid();
		if (!registry.handle) {
			snprintf(registry.last_error, sizeof(registry.last_error), "%s", err ? err->message : "ledger unavailable");
			registry.retry_at = now + AMZPAY_LEDGER_BACKOFF_MS;
			pthread_mutex_unlock(&registry.lock);
			return NULL;
		}
	}
	return registry.handle; /* still locked: amzpay_ledger_release() unlocks */
}

void amzpay_ledger_release(amzpay_ledger *l, const amzpay_error *failure)
{
	if (!l) {
		return;
	}
	if (failure) {
		snprintf(registry.last_error, sizeof(registry.last_error), "%s", failure->message);
		registry.retry_at = now_ms() + AMZPAY_LEDGER_BACKOFF_MS;
	}
	pthread_mutex_unlock(&registry.lock);
}

void amzpay_ledger_registry_state(char *out, size_t n)
{
	pthread_mutex_lock(&registry.lock);
	if (registry.handle && registry.pid == getpid()) {
		snprintf(out, n, "open: %s", amzpay_ledger_name(registry.handle));
	} else if (registry.retry_at > now_ms()) {
		snprintf(out, n, "unavailable, retried after a back-off: %s", registry.last_error);
	} else {
		snprintf(out, n, "not opened in this process yet (opened on first use)");
	}
	pthread_mutex_unlock(&registry.lock);
}

void amzpay_ledger_registry_shutdown(void)
{
	pthread_mutex_lock(&registry.lock);
	registry_drop(registry.pid == getpid());
	OPENSSL_cleanse(registry.password_digest, sizeof(registry.password_digest));
	pthread_mutex_unlock(&registry.lock);
}
/* }}} */
