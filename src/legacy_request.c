/*
 * amzpay core, legacy bridge: the request side. Parameter type checks, field
 * validation (one field_spec row per legacy parameter) and the v2 request
 * builders named by the op rows in legacy.c.
 */
#include "legacy_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const amzpay_param *amzpay_params_find(const amzpay_params *p, const char *key)
{
	size_t i;

	if (!p || !key) {
		return NULL;
	}
	for (i = 0; i < p->count; i++) {
		if (p->items[i].key && strcmp(p->items[i].key, key) == 0) {
			return &p->items[i];
		}
	}
	return NULL;
}

/* PHP's rendering of a value in `'... value ' . $value`, and its gettype() after the legacy trim(). */
static void param_render(const amzpay_param *it, const char **value, const char **type)
{
	switch (it->type) {
		case AMZPAY_PARAM_STRING:
			*value = it->str ? it->str : "";
			*type = "string";
			break;
		case AMZPAY_PARAM_NULL: /* trim(null) === '' */
			*value = "";
			*type = "string";
			break;
		case AMZPAY_PARAM_BOOL:
			*value = it->b ? "1" : "";
			*type = "boolean";
			break;
		case AMZPAY_PARAM_ARRAY:
			*value = "Array";
			*type = "array";
			break;
		default:
			*value = it->str ? it->str : "";
			*type = it->type_name ? it->type_name : "object";
			break;
	}
}

/* The keys the legacy SDK type-checks on every method, before any I/O. */
static const char *const legacy_bool_keys[] = {
	"capture_now", "confirm_now", "inherit_shipping_address", "request_payment_authorization",
	"expect_immediate_authorization",
};
static const char *const legacy_array_keys[] = {
	"provider_credit_details", "provider_credit_reversal_details", "order_item_categories",
	"notification_configuration_list",
};

static bool key_in(const char *key, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(key, list[i]) == 0) {
			return true;
		}
	}
	return false;
}

#define KEY_IN(key, list) key_in(key, list, sizeof(list) / sizeof(list[0]))

/* The legacy setParametersAndPost() loop: the first badly typed key throws. */
int legacy_type_checks(const amzpay_params *params, amzpay_error *err)
{
	const char *value, *type;
	size_t i;

	for (i = 0; params && i < params->count; i++) {
		const amzpay_param *it = &params->items[i];

		if (!it->key) {
			continue;
		}
		param_render(it, &value, &type);
		if (KEY_IN(it->key, legacy_bool_keys) && it->type != AMZPAY_PARAM_BOOL) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s value %s is of type %s and should be a boolean value",
			                        it->key, value, type);
		}
		if (KEY_IN(it->key, legacy_array_keys) && it->type != AMZPAY_PARAM_ARRAY) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s value %s is of type %s and should be an array value",
			                        it->key, value, type);
		}
	}
	return 0;
}


/* Any C0 control or DEL (single-line values), or only NUL/other C0 except TAB/CR/LF (free text). */
static bool has_control(const char *s, size_t len, bool multiline)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == 0x7f || (c < 0x20 && !(multiline && (c == '\t' || c == '\n' || c == '\r')))) {
			return true;
		}
	}
	return false;
}

typedef struct {
	amzpay_legacy_call *call;
	const amzpay_legacy_config *cfg;
	const field_spec *f;
	const char *s;
	size_t len;
	values *v;
	amzpay_error *err;
} check_ctx;

static int invalid(const check_ctx *c, const char *why)
{
	char shown[80];

	legacy_printable(c->s, c->len, shown, sizeof(shown));
	return legacy_answer_locally(c->call, "InvalidParameterValue", c->err,
	                      "The value '%s' for parameter %s (%s) is invalid: %s.", shown, c->f->mws, c->f->key, why);
}

static int check_id(const check_ctx *c)
{
	static const char *const expected[] = {
		[AMZPAY_ID_ORDER_REFERENCE] = "an order reference id like S01-1234567-1234567",
		[AMZPAY_ID_AUTHORIZATION] = "an authorization id like S01-1234567-1234567-A123456",
		[AMZPAY_ID_CAPTURE] = "a capture id like S01-1234567-1234567-C123456",
		[AMZPAY_ID_REFUND] = "a refund id like S01-1234567-1234567-R123456",
	};
	char why[128];

	if (!amzpay_legacy_id_valid(c->f->idk, c->s, c->len)) {
		snprintf(why, sizeof(why), "expected %s", expected[c->f->idk]);
		return invalid(c, why);
	}
	return 0;
}

static int check_currency(const check_ctx *c, const char *s, size_t len)
{
	char code[4];
	size_t i;

	if (len != 3 || has_control(s, len, false)) {
		return invalid(c, "expected a three-letter ISO 4217 currency code");
	}
	for (i = 0; i < 3; i++) {
		char ch = s[i];

		/* the legacy SDK strtoupper()s currency codes */
		code[i] = (ch >= 'a' && ch <= 'z') ? (char)(ch - 'a' + 'A') : ch;
	}
	code[3] = '\0';
	c->v->cur = amzpay_currency_find(code);
	if (!c->v->cur) {
		return invalid(c, "not a currency Amazon Pay accepts (AUD, CHF, DKK, EUR, GBP, HKD, JPY, NOK, NZD, SEK, "
		                  "USD, ZAR)");
	}
	memcpy(c->v->currency, code, sizeof(code));
	return 0;
}

static int check_amount(const check_ctx *c)
{
	amzpay_money_status st;
	char why[256];

	if (!c->v->cur) {
		return invalid(c, "no currency");
	}
	st = amzpay_money_parse(c->s, c->len, c->v->cur, 0, &c->v->amount_minor);
	if (st != AMZPAY_MONEY_OK) {
		if (st == AMZPAY_MONEY_TOO_LARGE || st == AMZPAY_MONEY_PRECISION) {
			char max[AMZPAY_MONEY_BUF];

			amzpay_money_format(c->v->cur->max_minor, c->v->cur, max, sizeof(max));
			snprintf(why, sizeof(why), "%s (%s: %u decimal places, at most %s)", amzpay_money_status_text(st),
			         c->v->cur->code, c->v->cur->decimals, max);
			return invalid(c, why);
		}
		return invalid(c, amzpay_money_status_text(st));
	}
	return 0;
}

static int check_text(const check_ctx *c, bool multiline)
{
	size_t chars = amzpay_utf8_length(c->s, c->len);
	char why[128];

	if (memchr(c->s, '\0', c->len) || has_control(c->s, c->len, multiline)) {
		return invalid(c, multiline ? "it contains NUL or control characters"
		                            : "it contains line breaks or other control characters");
	}
	if (chars == (size_t)-1) {
		return invalid(c, "it is not valid UTF-8");
	}
	if (c->f->max && chars > c->f->max) {
		snprintf(why, sizeof(why), "it is longer than %zu characters", c->f->max);
		return invalid(c, why);
	}
	return 0;
}

static int check_descriptor(const check_ctx *c)
{
	if (has_control(c->s, c->len, false) || amzpay_utf8_length(c->s, c->len) == (size_t)-1) {
		return invalid(c, "it contains control characters or invalid UTF-8");
	}
	if (c->len > 16) {
		return invalid(c, "the soft descriptor is limited to 16 bytes");
	}
	return 0;
}

static int check_timeout(const check_ctx *c)
{
	long t = 0;
	size_t i;

	if (c->len == 0 || c->len > 4 || !legacy_all_digits(c->s, c->len)) {
		return invalid(c, "expected whole minutes from 0 to 1440");
	}
	for (i = 0; i < c->len; i++) {
		t = t * 10 + (c->s[i] - '0');
	}
	if (t > 1440) {
		return invalid(c, "expected whole minutes from 0 to 1440");
	}
	c->v->timeout = t;
	return 0;
}

static int check_value(const check_ctx *c)
{
	switch (c->f->kind) {
		case K_ID: return check_id(c);
		case K_AMOUNT: return check_amount(c);
		case K_REFERENCE: return check_text(c, false);
		case K_LINE: return check_text(c, false);
		case K_TEXT: return check_text(c, true);
		case K_DESCRIPTOR: return check_descriptor(c);
		case K_TIMEOUT: return check_timeout(c);
		default: return 0;
	}
}

static int type_error(const amzpay_param *it, amzpay_error *err)
{
	const char *value, *type;

	param_render(it, &value, &type);
	return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s value %s is of type %s and should be a string value",
	                        it->key, value, type);
}

/* Missing currency falls back to the config currency, as the legacy setDefaultValues(). */
static int check_currency_field(check_ctx *c, const amzpay_param *it)
{
	const char *def = c->cfg ? c->cfg->currency_code : NULL;

	if (it && it->type == AMZPAY_PARAM_STRING && it->len > 0) {
		c->s = it->str;
		c->len = it->len;
		return check_currency(c, it->str, it->len);
	}
	if (def && *def) {
		c->s = def;
		c->len = strlen(def);
		return check_currency(c, def, c->len);
	}
	return legacy_answer_locally(c->call, "MissingParameter", c->err,
	                      "The request must contain the parameter %s (%s, or config currency_code).", c->f->mws,
	                      c->f->key);
}

static int check_credits(check_ctx *c, const amzpay_param *it)
{
	if (it && it->type == AMZPAY_PARAM_ARRAY && it->count > 0) {
		return legacy_answer_locally(c->call, "InvalidParameterValue", c->err,
		                      "Parameter %s (%s) is not supported: provider credits do not exist in Amazon Pay API v2.",
		                      c->f->mws, c->f->key);
	}
	return 0;
}

/* One field: type, presence, value. 0 ok, -1 throw, AMZPAY_LEGACY_ANSWERED refused. */
static int validate_field(check_ctx *c, const amzpay_params *params)
{
	const field_spec *f = c->f;
	const amzpay_param *it = amzpay_params_find(params, f->key);
	int rc;

	if (f->kind == K_BOOL) {
		c->v->b[f->slot] = it && it->type == AMZPAY_PARAM_BOOL && it->b;
		c->v->s[f->slot] = it ? "" : NULL;
		return 0;
	}
	if (f->kind == K_CREDITS) {
		return check_credits(c, it);
	}
	if (it && (it->type == AMZPAY_PARAM_BOOL || it->type == AMZPAY_PARAM_ARRAY || it->type == AMZPAY_PARAM_OTHER)) {
		return type_error(it, c->err);
	}
	if (f->kind == K_CURRENCY) {
		return check_currency_field(c, it);
	}
	if (!it || it->type != AMZPAY_PARAM_STRING || !it->str || it->len == 0) {
		if (f->required) {
			return legacy_answer_locally(c->call, "MissingParameter", c->err,
			                      "The request must contain the parameter %s (%s).", f->mws, f->key);
		}
		return 0;
	}
	c->s = it->str;
	c->len = it->len;
	rc = check_value(c);
	if (rc == 0) {
		c->v->s[f->slot] = it->str;
		c->v->len[f->slot] = it->len;
	}
	return rc;
}

int legacy_validate_fields(amzpay_legacy_call *call, const op_spec *spec, const amzpay_params *params,
                           const amzpay_legacy_config *cfg, values *v, amzpay_error *err)
{
	size_t i;
	int rc;

	for (i = 0; i < spec->nfields; i++) {
		check_ctx c = {call, cfg, &spec->fields[i], NULL, 0, v, err};

		rc = validate_field(&c, params);
		if (rc != 0) {
			return rc;
		}
	}
	return 0;
}

/* Sandbox: the op's note may carry a v1 SandboxSimulation. */
int legacy_apply_simulation(const op_spec *spec, amzpay_legacy_call *call, const values *v,
                            const amzpay_legacy_config *cfg, amzpay_error *err)
{
	slot s = (call->op == AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE || call->op == AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE)
	             ? S_REASON
	             : S_NOTE;
	const char *code = NULL;
	bool async;
	int rc;

	if (!cfg || !cfg->sandbox || !v->s[s]) {
		return 0;
	}
	/* only an authorization can be asynchronous: TransactionTimeout absent (1440) or > 0 */
	async = call->op == AMZPAY_LEGACY_AUTHORIZE && (!v->s[S_TIMEOUT] || v->timeout > 0);
	rc = amzpay_legacy_simulation_code(call->op, v->s[s], v->len[s], async, &code);
	if (rc < 0) {
		return legacy_answer_locally(call, "InvalidSandboxSimulationSpecified", err,
		                      "The SandboxSimulation in this request has no Amazon Pay API v2 simulation equivalent for %s.",
		                      spec->action);
	}
	call->simulation_code = code;
	return 0;
}

/* Prints `body` into call->body and takes ownership of it. */
static int set_body(amzpay_legacy_call *call, cJSON *body, amzpay_error *err)
{
	char *text = body ? cJSON_PrintUnformatted(body) : NULL;

	cJSON_Delete(body);
	if (!text) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building the request body");
	}
	call->body = legacy_dupn(text, strlen(text));
	call->body_len = strlen(text);
	cJSON_free(text);
	return call->body ? 0 : amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building the request body");
}

/*
 * Method and path of the v2 operation `id` (api_ops.h), with `path_id` in its
 * {0}; the id goes through the same path-id check as the v2 client's. A keyed
 * row (every POST) gets the idempotency key derived from the reference id.
 */
static int set_route(amzpay_legacy_call *call, amzpay_op_id id, const char *path_id, const values *v, amzpay_error *err)
{
	const amzpay_op *op = amzpay_op_get(id);
	const char *ids[2] = {path_id, NULL};
	size_t lens[2] = {path_id ? strlen(path_id) : 0, 0};
	amzpay_buf path = AMZPAY_BUF_INIT;

	if (amzpay_op_path(op, ids, lens, &path, err) != 0) {
		amzpay_buf_free(&path);
		return -1;
	}
	free(call->path);
	call->path = amzpay_buf_detach(&path, NULL);
	if (!call->path) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	call->v2_op = id;
	call->method = op->method;
	call->idempotency_key[0] = '\0';
	if (amzpay_op_keyed(op, op->method)) {
		amzpay_legacy_idempotency_key(call->op, v->s[S_REFERENCE], v->len[S_REFERENCE], call->idempotency_key);
	}
	return 0;
}

/* set_route() for a charge: authorization ids become charge ids; capture ids already are. */
static int set_charge_route(amzpay_legacy_call *call, amzpay_op_id id, const values *v, amzpay_error *err)
{
	char charge[AMZPAY_LEGACY_ID_MAX];

	if (amzpay_legacy_charge_id(call->echo.id, charge) < 0) {
		legacy_copy_text(charge, sizeof(charge), call->echo.id);
	}
	return set_route(call, id, charge, v, err);
}

/* Sends `body` (owned) to the route; frees it when the route cannot be built. */
static int set_request(amzpay_legacy_call *call, int route_rc, cJSON *body, amzpay_error *err)
{
	if (route_rc < 0) {
		cJSON_Delete(body);
		return -1;
	}
	return set_body(call, body, err);
}

static cJSON *add_price(cJSON *obj, const char *name, const values *v)
{
	char amount[AMZPAY_MONEY_BUF];
	cJSON *p = cJSON_AddObjectToObject(obj, name);

	amzpay_money_format(v->amount_minor, v->cur, amount, sizeof(amount));
	cJSON_AddStringToObject(p, "amount", amount);
	cJSON_AddStringToObject(p, "currencyCode", v->currency);
	return p;
}

static void add_slot(cJSON *obj, const char *name, const values *v, slot s)
{
	char *text;

	if (!v->s[s] || v->len[s] == 0) {
		return;
	}
	text = legacy_dupn(v->s[s], v->len[s]);
	if (text) {
		cJSON_AddStringToObject(obj, name, text);
		free(text);
	}
}

static char *slot_dup(const values *v, slot s)
{
	return v->s[s] && v->len[s] ? legacy_dupn(v->s[s], v->len[s]) : NULL;
}

/* The request values every legacy answer may repeat. */
int legacy_fill_echo(amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	amzpay_legacy_echo *e = &call->echo;
	char amount[AMZPAY_MONEY_BUF];

	e->id = slot_dup(v, S_ID);
	e->reference_id = slot_dup(v, S_REFERENCE);
	e->note = slot_dup(v, S_NOTE);
	e->soft_descriptor = slot_dup(v, S_DESCRIPTOR);
	e->capture_now = v->b[S_CAPTURE_NOW] ? 1 : 0;
	if (v->cur) {
		memcpy(e->currency, v->currency, sizeof(e->currency));
		amzpay_money_format(v->amount_minor, v->cur, amount, sizeof(amount));
		e->amount = legacy_dupn(amount, strlen(amount));
	}
	if (!e->id) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	return 0;
}

int legacy_build_authorize(const op_spec *spec, amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject(), *meta;
	bool capture_now = v->b[S_CAPTURE_NOW];

	cJSON_AddStringToObject(body, "chargePermissionId", call->echo.id);
	add_price(body, "chargeAmount", v);
	cJSON_AddBoolToObject(body, "captureNow", capture_now);
	/* v1 TransactionTimeout: 0 = synchronous; absent = 1440 = asynchronous */
	cJSON_AddBoolToObject(body, "canHandlePendingAuthorization", !v->s[S_TIMEOUT] || v->timeout > 0);
	if (capture_now) {
		add_slot(body, "softDescriptor", v, S_DESCRIPTOR);
	}
	/* carried so getAuthorizationDetails can echo AuthorizationReferenceId / SellerAuthorizationNote */
	meta = cJSON_AddObjectToObject(body, "merchantMetadata");
	add_slot(meta, "merchantReferenceId", v, S_REFERENCE);
	if (!call->simulation_code) {
		add_slot(meta, "noteToBuyer", v, S_NOTE);
	}
	return set_request(call, set_route(call, spec->v2, NULL, v, err), body, err);
}

/* getAuthorizationDetails / getCaptureDetails: read the charge. */
int legacy_build_get_charge(const op_spec *spec, amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	return set_charge_route(call, spec->v2, v, err);
}

int legacy_build_capture(const op_spec *spec, amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject();

	add_price(body, "captureAmount", v);
	add_slot(body, "softDescriptor", v, S_DESCRIPTOR);
	return set_request(call, set_charge_route(call, spec->v2, v, err), body, err);
}

int legacy_build_refund(const op_spec *spec, amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject();

	cJSON_AddStringToObject(body, "chargeId", call->echo.id);
	add_price(body, "refundAmount", v);
	add_slot(body, "softDescriptor", v, S_DESCRIPTOR);
	return set_request(call, set_route(call, spec->v2, NULL, v, err), body, err);
}

int legacy_build_get_refund(const op_spec *spec, amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	return set_route(call, spec->v2, call->echo.id, v, err);
}

/* v2 requires a reason where the legacy one was optional. */
static void add_reason(cJSON *body, const char *name, const values *v, const char *fallback)
{
	if (v->s[S_REASON]) {
		add_slot(body, name, v, S_REASON);
	} else {
		cJSON_AddStringToObject(body, name, fallback);
	}
}

int legacy_build_cancel_charge(const op_spec *spec, amzpay_legacy_call *call, const values *v, amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject();

	add_reason(body, "cancellationReason", v, "Closed by the merchant");
	return set_request(call, set_charge_route(call, spec->v2, v, err), body, err);
}

int legacy_build_get_charge_permission(const op_spec *spec, amzpay_legacy_call *call, const values *v,
                                       amzpay_error *err)
{
	return set_route(call, spec->v2, call->echo.id, v, err);
}

int legacy_build_close_charge_permission(const op_spec *spec, amzpay_legacy_call *call, const values *v,
                                         amzpay_error *err)
{
	cJSON *body = cJSON_CreateObject();
	bool cancel = call->op == AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE;

	add_reason(body, "closureReason", v, cancel ? "Canceled by the merchant" : "Closed by the merchant");
	cJSON_AddBoolToObject(body, "cancelPendingCharges", cancel);
	return set_request(call, set_route(call, spec->v2, call->echo.id, v, err), body, err);
}

/* setOrderAttributes / setOrderReferenceDetails: merchantMetadata only; nothing to change -> a plain GET. */
int legacy_build_update_charge_permission(const op_spec *spec, amzpay_legacy_call *call, const values *v,
                                          amzpay_error *err)
{
	cJSON *body, *meta;

	if (!v->s[S_SELLER_NOTE] && !v->s[S_SELLER_ORDER_ID] && !v->s[S_STORE_NAME] && !v->s[S_CUSTOM_INFO]) {
		return set_route(call, AMZPAY_OP_GET_CHARGE_PERMISSION, call->echo.id, v, err);
	}
	body = cJSON_CreateObject();
	meta = cJSON_AddObjectToObject(body, "merchantMetadata");
	add_slot(meta, "merchantReferenceId", v, S_SELLER_ORDER_ID);
	add_slot(meta, "merchantStoreName", v, S_STORE_NAME);
	add_slot(meta, "noteToBuyer", v, S_SELLER_NOTE);
	add_slot(meta, "customInformation", v, S_CUSTOM_INFO);
	return set_request(call, set_route(call, spec->v2, call->echo.id, v, err), body, err);
}
