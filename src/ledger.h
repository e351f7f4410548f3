/*
 * amzpay core: the ledger, what API v2 forgets and MWS remembered.
 *
 * MWS kept the shop's reference ids and seller notes, the ids under an order
 * reference (its authorizations) and under an authorization or a capture (its
 * capture, its refunds), authorizations it declined outright and whether an
 * order was cancelled or closed. v2 keeps none of that, so the bridge does:
 * one row per object it created or saw, keyed by (environment, legacy id).
 *
 * Rules:
 *   - The ledger never decides money or state: v2 stays the source of truth.
 *     A row is what the bridge last saw; readers use it only to fill what v2
 *     does not return (reference ids, notes, IdList, declined authorizations).
 *   - Writes are upserts by (environment, legacy id): a retry or a second
 *     process never duplicates a row. A field left empty ("") in an upsert
 *     keeps what the row already holds, so a later state update never erases
 *     the reference id or note recorded by the call that created the object.
 *     created_at is set once, by the first write.
 *   - Every operation is short: the SQLite busy timeout and the MySQL
 *     connect/read/write timeouts come from amzpay_ledger_options.timeout_ms.
 *     A failure returns -1 with err set (domain AMZPAY_ERR_TRANSPORT, the
 *     message names the backend and never holds the password); the caller
 *     degrades to what v2 alone answers and reports one warning.
 *   - The schema is created on first use and versioned (table
 *     amzpay_ledger_meta, name 'schema_version'); a database written by a
 *     newer schema is refused rather than misread.
 *
 * Backends (DSN given to amzpay_ledger_open):
 *   sqlite:/path/ledger.db           libsqlite3, WAL, busy timeout; one file
 *                                    shared by FPM workers and CLI crons
 *   mysql://user@host[:port]/dbname  MariaDB Connector/C (MySQL or MariaDB);
 *                                    the password is passed separately
 *
 * Ownership: amzpay_ledger_open() returns a handle owned by the caller, freed
 * with amzpay_ledger_close(). A handle belongs to the process that opened it
 * (never use it across fork()) and to one thread at a time. Rows are plain
 * values; a row list owns its array (amzpay_ledger_rows_free()).
 */
#ifndef AMZPAY_LEDGER_H
#define AMZPAY_LEDGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef enum {
	AMZPAY_LEDGER_ORDER = 1,     /* order reference == v2 charge permission */
	AMZPAY_LEDGER_AUTHORIZATION, /* v2 charge (or an outright decline: no v2 object) */
	AMZPAY_LEDGER_CAPTURE,       /* v2 charge, legacy capture id */
	AMZPAY_LEDGER_REFUND,
	AMZPAY_LEDGER_NOTIFICATION /* an IPN seen by IpnHandler: legacy_id is its MessageId or NotificationId */
} amzpay_ledger_kind;

/* Field sizes include the NUL. Longer input is refused by amzpay_ledger_put(), never truncated. */
#define AMZPAY_LEDGER_ENV_MAX    16   /* "Sandbox", "Live" */
#define AMZPAY_LEDGER_ID_MAX     64   /* legacy and v2 ids */
#define AMZPAY_LEDGER_REF_MAX    256  /* the shop's reference id */
#define AMZPAY_LEDGER_NOTE_MAX   1028 /* seller note: 1024 bytes */
#define AMZPAY_LEDGER_AMOUNT_MAX 32
#define AMZPAY_LEDGER_CUR_MAX    8
#define AMZPAY_LEDGER_STATE_MAX  32
#define AMZPAY_LEDGER_REASON_MAX 64
#define AMZPAY_LEDGER_DESC_MAX   512

typedef struct {
	char environment[AMZPAY_LEDGER_ENV_MAX];
	amzpay_ledger_kind kind;
	char legacy_id[AMZPAY_LEDGER_ID_MAX];
	char v2_id[AMZPAY_LEDGER_ID_MAX];     /* "" for an outright decline */
	char parent_id[AMZPAY_LEDGER_ID_MAX]; /* legacy id of the order / authorization / capture */
	char reference_id[AMZPAY_LEDGER_REF_MAX];
	char note[AMZPAY_LEDGER_NOTE_MAX];
	char amount[AMZPAY_LEDGER_AMOUNT_MAX];
	char currency[AMZPAY_LEDGER_CUR_MAX];
	char state[AMZPAY_LEDGER_STATE_MAX];        /* last known legacy state, e.g. Declined */
	char reason_code[AMZPAY_LEDGER_REASON_MAX]; /* e.g. InvalidPaymentMethod, SellerCanceled */
	char reason_description[AMZPAY_LEDGER_DESC_MAX];
	int64_t created_at; /* ms since the epoch, set by the first write (read only) */
	int64_t updated_at; /* ms since the epoch, set by every write (read only) */
} amzpay_ledger_row;

typedef struct {
	amzpay_ledger_row *rows;
	size_t count;
} amzpay_ledger_rows;

typedef struct {
	long timeout_ms; /* busy / connect / read / write timeout; <= 0: 1000 */
} amzpay_ledger_options;

typedef struct amzpay_ledger amzpay_ledger;

/* Returns NULL with err set when the DSN is malformed, the backend is unknown or the store cannot be
 * opened or its schema created. `password` may be NULL (SQLite ignores it). */
amzpay_ledger *amzpay_ledger_open(const char *dsn, const char *password, const amzpay_ledger_options *opt,
                                  amzpay_error *err);
void amzpay_ledger_close(amzpay_ledger *l);

/* 0 when `dsn` is well formed (nothing is opened), -1 with err set (AMZPAY_ERR_CONFIG) otherwise. */
int amzpay_ledger_check_dsn(const char *dsn, amzpay_error *err);

/* The DSN without secrets, for messages ("sqlite:/var/lib/shop/ledger.db", "mysql://shop@db:3306/shop"). */
const char *amzpay_ledger_name(const amzpay_ledger *l);

/* Upsert by (row->environment, row->legacy_id); both and kind are required. */
int amzpay_ledger_put(amzpay_ledger *l, const amzpay_ledger_row *row, amzpay_error *err);

/* 1 found (out filled), 0 no such row (out zeroed), -1 error. */
int amzpay_ledger_get(amzpay_ledger *l, const char *environment, const char *legacy_id, amzpay_ledger_row *out,
                      amzpay_error *err);

/* The rows of `kind` whose parent is `parent_id`, oldest first. `out` is replaced (free it after). */
int amzpay_ledger_children(amzpay_ledger *l, const char *environment, const char *parent_id, amzpay_ledger_kind kind,
                           amzpay_ledger_rows *out, amzpay_error *err);

void amzpay_ledger_rows_free(amzpay_ledger_rows *rows);

/*
 * Redelivery check of a notification: 1 when `id` was recorded before under
 * `environment`, 0 when it was not (it is recorded now), -1 on error. Two
 * deliveries checked at the same instant by two processes may both answer 0:
 * the check narrows duplicates, the caller's processing stays idempotent.
 */
int amzpay_ledger_seen(amzpay_ledger *l, const char *environment, const char *id, amzpay_error *err);

/*
 * The process-wide handle the bridge uses (one per process, reopened when the DSN or the password changes).
 * amzpay_ledger_acquire() returns it locked for the calling thread, or NULL with err set when the store
 * cannot be opened; amzpay_ledger_release() unlocks it; `failure` is the error of the caller's failed operation, or
 * NULL. After a failure (open or operation) the ledger is not tried again for AMZPAY_LEDGER_BACKOFF_MS: acquire answers
 * NULL at once, so an unreachable server costs one timeout, not one per call. A handle inherited through fork() is
 * dropped without closing (closing would disturb the parent's connection) and reopened.
 * amzpay_ledger_registry_shutdown() closes it (module shutdown).
 */
#define AMZPAY_LEDGER_BACKOFF_MS 5000
amzpay_ledger *amzpay_ledger_acquire(const char *dsn, const char *password, const amzpay_ledger_options *opt,
                                     amzpay_error *err);
void amzpay_ledger_release(amzpay_ledger *l, const amzpay_error *failure);
void amzpay_ledger_registry_shutdown(void);
/* The process-wide handle in one line for phpinfo(): open (with the DSN's secret-free name), backing off
 * after a failure (with its reason), or not opened yet. */
void amzpay_ledger_registry_state(char *out, size_t n);

const char *amzpay_ledger_kind_name(amzpay_ledger_kind kind);
/* 0 when unknown. */
amzpay_ledger_kind amzpay_ledger_kind_from_name(const char *name);

/* Copies `s` into a row field of `size` bytes; -1 (field untouched) when it does not fit. */
int amzpay_ledger_set(char *field, size_t size, const char *s);
#define AMZPAY_LEDGER_SET(field, s) amzpay_ledger_set((field), sizeof(field), (s))

#endif
