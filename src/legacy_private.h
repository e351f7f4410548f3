/*
 * amzpay core: what the files of the legacy bridge share (legacy.c,
 * legacy_request.c, legacy_response.c, legacy_ids.c, legacy_doc.c). Not part
 * of the contract: only those files include it.
 *
 * Rule against include loops: the op rows live in legacy.c, and every
 * builder receives its row (`spec`) as an argument; no file but legacy.c
 * reads the table.
 */
#ifndef AMZPAY_LEGACY_PRIVATE_H
#define AMZPAY_LEGACY_PRIVATE_H

#include <cjson/cJSON.h>
#include <stdint.h>
#include <time.h>

#include "api.h"
#include "buf.h"
#include "json.h"
#include "legacy.h"
#include "state.h"
#include "utf8.h"
#include "xml.h"

#define OPBIT(op) (1u << (unsigned)(op))

/* Validated values, by slot; pointers borrow the caller's params. */
typedef enum {
	S_ID,
	S_CURRENCY,
	S_AMOUNT,
	S_REFERENCE,
	S_CAPTURE_NOW,
	S_TIMEOUT,
	S_NOTE,
	S_DESCRIPTOR,
	S_REASON,
	S_SELLER_NOTE,
	S_SELLER_ORDER_ID,
	S_STORE_NAME,
	S_CUSTOM_INFO,
	S_CREDITS,
	S_COUNT
} slot;

typedef enum {
	K_ID,         /* id of `idk` kind                                     */
	K_CURRENCY,   /* 3 letters, upper-cased, known; default config currency */
	K_AMOUNT,     /* decimal > 0, currency precision and maximum           */
	K_REFERENCE,  /* single line, <= max characters                        */
	K_LINE,       /* single-line text, <= max characters                   */
	K_TEXT,       /* free text (TAB/CR/LF allowed), <= max characters       */
	K_DESCRIPTOR, /* single line, <= 16 bytes                              */
	K_TIMEOUT,    /* 0..1440 minutes                                       */
	K_BOOL,       /* already type-checked by the legacy loop               */
	K_CREDITS     /* provider credit array: v2 has no provider credits     */
} field_kind;

typedef struct {
	const char *key; /* legacy parameter */
	const char *mws; /* MWS field, for messages */
	field_kind kind;
	slot slot;
	bool required; /* v2 needs it */
	size_t max;    /* K_LINE/K_TEXT/K_REFERENCE: characters */
	amzpay_id_kind idk;
} field_spec;

typedef struct {
	const char *s[S_COUNT];
	size_t len[S_COUNT];
	bool b[S_COUNT];
	const amzpay_currency *cur;
	char currency[4];
	int64_t amount_minor;
	long timeout;
} values;

typedef struct legacy_op_spec op_spec;

typedef int (*request_builder)(const op_spec *spec, amzpay_legacy_call *call, const values *v, amzpay_error *err);
typedef int (*response_builder)(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *obj, cJSON *root,
                                amzpay_legacy_result *out, amzpay_error *err);

/* One legacy method: its parameters, the v2 request it becomes and how the answer is built. */
struct legacy_op_spec {
	const char *method; /* legacy PHP method */
	const char *action; /* MWS Action = XML root without "Response" */
	const field_spec *fields;
	size_t nfields;
	amzpay_op_id v2; /* the v2 operation it becomes; AMZPAY_OP_COUNT when unsupported */
	request_builder build;
	response_builder answer;
	const char *not_found;   /* legacy code for v2 ResourceNotFound */
	const char *unsupported; /* why v2 cannot do it (unsupported ops) */
};

/* legacy_doc.c: text helpers, clock, MWS documents */
bool legacy_all_digits(const char *s, size_t n);
char *legacy_dupn(const char *s, size_t n);
void legacy_copy_text(char *dst, size_t size, const char *src);
void legacy_now_text(char *out, size_t size);
void legacy_format_time(time_t t, char *out, size_t size);
const char *legacy_request_id_of(const amzpay_legacy_result *out, char *buf, size_t size);
int legacy_finish_xml(const char *root_name, cJSON *tree, long status, amzpay_legacy_result *out, amzpay_error *err);
int legacy_error_document(amzpay_legacy_result *out, long status, const char *code, const char *message,
                          amzpay_error *err);
void legacy_printable(const char *s, size_t len, char *out, size_t size);
int legacy_answer_locally(amzpay_legacy_call *call, const char *code, amzpay_error *err, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void legacy_zero_amount(const char *currency, char *out, size_t size);
void legacy_add_text(cJSON *obj, const char *name, const char *value);
void legacy_add_amount(cJSON *obj, const char *name, const char *currency, const char *amount);
void legacy_add_zero_amount(cJSON *obj, const char *name, const char *currency);
void legacy_add_timestamp(cJSON *obj, const char *name, const char *v2);
cJSON *legacy_add_status(cJSON *obj, const char *name, const char *updated, const amzpay_legacy_status *st,
                         const char *description);
void legacy_add_metadata(cJSON *root, const amzpay_legacy_result *out);
cJSON *legacy_add_result(cJSON *root, const op_spec *spec, const char *details);

/* legacy_request.c: checks and v2 request builders */
int legacy_type_checks(const amzpay_params *params, amzpay_error *err);
int legacy_validate_fields(amzpay_legacy_call *call, const op_spec *spec, const amzpay_params *params,
                           const amzpay_legacy_config *cfg, values *v, amzpay_error *err);
int legacy_apply_simulation(const op_spec *spec, amzpay_legacy_call *call, const values *v,
                            const amzpay_legacy_config *cfg, amzpay_error *err);
int legacy_fill_echo(amzpay_legacy_call *call, const values *v, amzpay_error *err);
int legacy_build_authorize(const op_spec *, amzpay_legacy_call *, const values *, amzpay_error *);
int legacy_build_get_charge(const op_spec *, amzpay_legacy_call *, const values *, amzpay_error *);
int legacy_build_capture(const op_spec *, amzpay_legacy_call *, const values *, amzpay_error *);
int legacy_build_refund(const op_spec *, amzpay_legacy_call *, const values *, amzpay_error *);
int legacy_build_get_refund(const op_spec *, amzpay_legacy_call *, const values *, amzpay_error *);
int legacy_build_cancel_charge(const op_spec *, amzpay_legacy_call *, const values *, amzpay_error *);
int legacy_build_get_charge_permission(const op_spec *, amzpay_legacy_call *, const values *, amzpay_error *);
int legacy_build_close_charge_permission(const op_spec *, amzpay_legacy_call *, const values *, amzpay_error *);
int legacy_build_update_charge_permission(const op_spec *, amzpay_legacy_call *, const values *, amzpay_error *);

/* legacy_response.c: answer builders and error translation */
#define LEGACY_ANSWER(name)                                                                                            \
	int name(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *obj, cJSON *root,                       \
	         amzpay_legacy_result *out, amzpay_error *err)
LEGACY_ANSWER(legacy_answer_authorization);
LEGACY_ANSWER(legacy_answer_capture);
LEGACY_ANSWER(legacy_answer_refund);
LEGACY_ANSWER(legacy_answer_order_reference);
LEGACY_ANSWER(legacy_answer_empty_result);
LEGACY_ANSWER(legacy_answer_no_result);
LEGACY_ANSWER(legacy_answer_confirm);
int legacy_answer_from_ledger(const op_spec *spec, const amzpay_legacy_call *call, amzpay_legacy_result *out,
                              amzpay_error *err);
int legacy_translate_success(const op_spec *spec, const amzpay_legacy_call *call, const cJSON *body,
                             amzpay_legacy_result *out, amzpay_error *err);
int legacy_translate_error(const op_spec *spec, const amzpay_legacy_call *call, const amzpay_v2_reply *reply,
                           const cJSON *body, amzpay_legacy_result *out, amzpay_error *err);
const char *legacy_first_of(const char *a, const char *b);

#endif
