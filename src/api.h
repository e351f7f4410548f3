/*
 * amzpay core: the v2 operations table.
 *
 * Every public operation of the official v2 SDK is one row: HTTP method,
 * path template ("v2/charges/{0}/capture"), the shape of its PHP arguments,
 * and whether it needs an idempotency key. The PHP classes dispatch on the
 * row instead of hand-writing one function per operation.
 */
#ifndef AMZPAY_API_H
#define AMZPAY_API_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

/* How the PHP arguments of an operation are laid out. */
typedef enum {
	AMZPAY_ARGS_PAYLOAD,           /* ($payload, $headers)                      */
	AMZPAY_ARGS_ID,                /* ($id, $headers = null)                    */
	AMZPAY_ARGS_ID_PAYLOAD,        /* ($id, $payload, $headers)                 */
	AMZPAY_ARGS_ID_ID_PAYLOAD,     /* ($id, $id2, $payload, $headers)           */
	AMZPAY_ARGS_QUERY,             /* ($queryParameters = null, $headers = null) */
	AMZPAY_ARGS_REPORT_TYPES,      /* ($reportTypes = null, $headers = null)    */
	AMZPAY_ARGS_AUTHORIZATION_TOKEN /* ($mwsAuthToken, $merchantId, $headers)   */
} amzpay_args_shape;

typedef enum {
	AMZPAY_IDEMPOTENCY_NONE,     /* the key has no effect (GET, PATCH, DELETE) */
	AMZPAY_IDEMPOTENCY_OPTIONAL, /* a POST that may carry one                  */
	AMZPAY_IDEMPOTENCY_REQUIRED  /* a POST Amazon refuses without one          */
} amzpay_idempotency;

typedef struct {
	const char *name;   /* PHP method name */
	const char *method; /* HTTP method     */
	const char *path;   /* template, {0} and {1} are path ids */
	amzpay_args_shape shape;
	amzpay_idempotency idempotency;
	const char *id_names[2]; /* PHP parameter names of the ids, for messages */
} amzpay_op;

/* Stable indexes into the table (same order as amzpay_ops[]). */
typedef enum {
#define AMZPAY_OP(sym, name, method, path, shape, idem, id0, id1) sym,
#include "api_ops.h"
#undef AMZPAY_OP
	AMZPAY_OP_COUNT
} amzpay_op_id;

const amzpay_op *amzpay_op_get(amzpay_op_id id);

/*
 * Whether a request carries an idempotency key (and may then be retried as
 * safely as a read): the row's idempotency column; for a request with no row
 * (the generic apiCall()), every POST.
 */
bool amzpay_op_keyed(const amzpay_op *op, const char *method);

/*
 * Expands the op's path template with validated ids into `out` (relative,
 * e.g. "v2/charges/S01-...-C.../capture"). Each id goes through
 * amzpay_path_id_check().
 */
int amzpay_op_path(const amzpay_op *op, const char *const ids[2], const size_t id_lens[2], amzpay_buf *out,
                   amzpay_error *err);

#endif
