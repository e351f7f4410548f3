/*
 * amzpay core, legacy bridge: MWS documents (ErrorResponse, <Action>Response
 * trees, RequestId), the clock of synthesised objects and text helpers.
 */
#include "legacy_private.h"

#include <openssl/rand.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static time_t (*legacy_clock)(void);

void amzpay_legacy_set_clock(time_t (*clock_fn)(void))
{
	legacy_clock = clock_fn;
}

static time_t legacy_now(void)
{
	return legacy_clock ? legacy_clock() : time(NULL);
}

/* "2019-07-14T15:53:00.000Z" for `t` */
static void format_time(time_t t, char *out, size_t size)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, size, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
}

bool legacy_all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
	}
	return true;
}

void amzpay_legacy_timestamp(const char *v2, char *out, size_t size)
{
	size_t len = v2 ? strlen(v2) : 0;
	const char *frac = "000";
	char ms[4] = "000";

	if (size == 0) {
		return;
	}
	/* 20190714T155300Z, optionally 20190714T155300.123Z */
	if (len >= 16 && legacy_all_digits(v2, 8) && v2[8] == 'T' && legacy_all_digits(v2 + 9, 6) && v2[len - 1] == 'Z' &&
	    (len == 16 || (v2[15] == '.' && len > 17 && legacy_all_digits(v2 + 16, len - 17)))) {
		if (len > 16) {
			size_t n = len - 17 < 3 ? len - 17 : 3;

			memcpy(ms, v2 + 16, n);
			frac = ms;
		}
		snprintf(out, size, "%.4s-%.2s-%.2sT%.2s:%.2s:%.2s.%.3sZ", v2, v2 + 4, v2 + 6, v2 + 9, v2 + 11, v2 + 13,
		         frac);
		return;
	}
	snprintf(out, size, "%s", v2 ? v2 : "");
}

char *legacy_dupn(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

void legacy_copy_text(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}



/* A random UUIDv4 for RequestId when no v2 request id exists (local answers). */
static void make_request_id(char *out, size_t size)
{
	unsigned char r[16];

	if (RAND_bytes(r, sizeof(r)) != 1) {
		memset(r, 0, sizeof(r));
	}
	r[6] = (unsigned char)((r[6] & 0x0f) | 0x40);
	r[8] = (unsigned char)((r[8] & 0x3f) | 0x80);
	snprintf(out, size, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", r[0], r[1], r[2],
	         r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13], r[14], r[15]);
}

/* The RequestId to show: v2's x-amz-pay-request-id, or a fresh UUID (never stored as v2's). */
const char *legacy_request_id_of(const amzpay_legacy_result *out, char *buf, size_t size)
{
	if (out->v2_request_id[0]) {
		return out->v2_request_id;
	}
	make_request_id(buf, size);
	return buf;
}

/* Serialises `tree` as <root_name> in the MWS namespace into out->xml; takes ownership of `tree`. */
int legacy_finish_xml(const char *root_name, cJSON *tree, long status, amzpay_legacy_result *out, amzpay_error *err)
{
	amzpay_buf b = AMZPAY_BUF_INIT;
	int rc;

	if (!tree) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building the legacy response");
	}
	rc = amzpay_xml_from_tree(root_name, AMZPAY_MWS_NAMESPACE, tree, &b, err);
	cJSON_Delete(tree);
	if (rc < 0) {
		amzpay_buf_free(&b);
		return -1;
	}
	free(out->xml);
	out->xml = amzpay_buf_detach(&b, &out->xml_len);
	if (!out->xml) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building the legacy response");
	}
	out->status = status;
	out->success = status == 200;
	return 0;
}

/* <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse> */
int legacy_error_document(amzpay_legacy_result *out, long status, const char *code, const char *message,
                          amzpay_error *err)
{
	cJSON *tree = cJSON_CreateObject();
	cJSON *e = cJSON_AddObjectToObject(tree, "Error");
	char rid[40];

	cJSON_AddStringToObject(e, "Type", status >= 500 ? "Receiver" : "Sender");
	cJSON_AddStringToObject(e, "Code", code);
	cJSON_AddStringToObject(e, "Message", message);
	cJSON_AddStringToObject(tree, "RequestId", legacy_request_id_of(out, rid, sizeof(rid)));
	legacy_copy_text(out->code, sizeof(out->code), code);
	return legacy_finish_xml("ErrorResponse", tree, status, out, err);
}

/* A value as it may appear inside an error message: printable, at most 64 bytes. */
void legacy_printable(const char *s, size_t len, char *out, size_t size)
{
	size_t i, j = 0;

	for (i = 0; i < len && j + 4 < size && i < 64; i++) {
		unsigned char c = (unsigned char)s[i];

		out[j++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
	}
	if (i < len && j + 4 < size) {
		out[j++] = '.', out[j++] = '.', out[j++] = '.';
	}
	out[j] = '\0';
}

/* Local MWS answer: nothing is sent. Always returns AMZPAY_LEGACY_ANSWERED (or -1 on allocation failure). */
int legacy_answer_locally(amzpay_legacy_call *call, const char *code, amzpay_error *err, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

int legacy_answer_locally(amzpay_legacy_call *call, const char *code, amzpay_error *err, const char *fmt, ...)
{
	char message[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	if (legacy_error_document(&call->answer, 400, code, message, err) < 0) {
		return -1;
	}
	return AMZPAY_LEGACY_ANSWERED;
}

void legacy_zero_amount(const char *currency, char *out, size_t size)
{
	const amzpay_currency *cur = amzpay_currency_find(currency);

	if (cur) {
		amzpay_money_format(0, cur, out, size);
	} else {
		legacy_copy_text(out, size, "0.00");
	}
}

/* --- tree building ----------------------------------------------- */

void legacy_add_text(cJSON *obj, const char *name, const char *value)
{
	cJSON_AddStringToObject(obj, name, value ? value : "");
}

void legacy_add_amount(cJSON *obj, const char *name, const char *currency, const char *amount)
{
	cJSON *p = cJSON_AddObjectToObject(obj, name);

	legacy_add_text(p, "CurrencyCode", currency);
	legacy_add_text(p, "Amount", amount);
}

void legacy_add_zero_amount(cJSON *obj, const char *name, const char *currency)
{
	char zero[AMZPAY_MONEY_BUF];

	legacy_zero_amount(currency, zero, sizeof(zero));
	legacy_add_amount(obj, name, currency, zero);
}

void legacy_add_timestamp(cJSON *obj, const char *name, const char *v2)
{
	char ts[64];

	amzpay_legacy_timestamp(v2, ts, sizeof(ts));
	legacy_add_text(obj, name, ts);
}

void legacy_format_time(time_t t, char *out, size_t size)
{
	format_time(t, out, size);
}

void legacy_now_text(char *out, size_t size)
{
	format_time(legacy_now(), out, size);
}

/* {LastUpdateTimestamp, State, ReasonCode?, ReasonDescription?} */
cJSON *legacy_add_status(cJSON *obj, const char *name, const char *updated, const amzpay_legacy_status *st,
                         const char *description)
{
	cJSON *s = cJSON_AddObjectToObject(obj, name);

	legacy_add_text(s, "LastUpdateTimestamp", updated);
	legacy_add_text(s, "State", st->state);
	if (st->reason) {
		legacy_add_text(s, "ReasonCode", st->reason);
	}
	if (description && *description) {
		legacy_add_text(s, "ReasonDescription", description);
	}
	return s;
}

void legacy_add_metadata(cJSON *root, const amzpay_legacy_result *out)
{
	cJSON *m = cJSON_AddObjectToObject(root, "ResponseMetadata");
	char rid[40];

	legacy_add_text(m, "RequestId", legacy_request_id_of(out, rid, sizeof(rid)));
}

/* <Action>Result/<details> */
cJSON *legacy_add_result(cJSON *root, const op_spec *spec, const char *details)
{
	char name[96];

	snprintf(name, sizeof(name), "%sResult", spec->action);
	return cJSON_AddObjectToObject(cJSON_AddObjectToObject(root, name), details);
}

