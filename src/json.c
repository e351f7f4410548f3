/*
 * amzpay core: cJSON helpers and the PHP json_encode() emulation used by the
 * legacy ResponseParser's toJson() (json.h).
 */
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tree.h"
#include "utf8.h"

const cJSON *amzpay_json_get(const cJSON *obj, const char *key)
{
	return cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
}

const char *amzpay_json_str(const cJSON *obj, const char *key)
{
	const cJSON *v = amzpay_json_get(obj, key);

	return cJSON_IsString(v) && v->valuestring && *v->valuestring ? v->valuestring : NULL;
}

/* Shortest text that reads back as the same double (integers without ".0"). */
void amzpay_json_number_text(double d, char *out, size_t size)
{
	int prec;

	if (d >= -9007199254740992.0 && d <= 9007199254740992.0 && d == (double)(long long)d) {
		snprintf(out, size, "%lld", (long long)d);
		return;
	}
	for (prec = 1; prec <= 17; prec++) {
		snprintf(out, size, "%.*g", prec, d);
		if (strtod(out, NULL) == d) {
			return;
		}
	}
}

/* ------------------------------------------------------------------ */
/* Tree -> PHP json_encode() text                                       */
/* ------------------------------------------------------------------ */

static void json_u(amzpay_buf *b, uint32_t u)
{
	amzpay_buf_appendf(b, "\\u%04x", (unsigned)u);
}

static int json_string(amzpay_buf *b, const char *s, amzpay_error *err)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t len = strlen((const char *)p), i = 0, n;
	uint32_t c;

	amzpay_buf_appendc(b, '"');
	while (i < len) {
		n = amzpay_utf8_decode(p + i, len - i, &c);
		if (n == 0) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "malformed UTF-8 cannot be JSON encoded");
		}
		i += n;
		switch (c) {
			case '"': amzpay_buf_appends(b, "\\\""); continue;
			case '\\': amzpay_buf_appends(b, "\\\\"); continue;
			case '/': amzpay_buf_appends(b, "\\/"); continue;
			case '\b': amzpay_buf_appends(b, "\\b"); continue;
			case '\f': amzpay_buf_appends(b, "\\f"); continue;
			case '\n': amzpay_buf_appends(b, "\\n"); continue;
			case '\r': amzpay_buf_appends(b, "\\r"); continue;
			case '\t': amzpay_buf_appends(b, "\\t"); continue;
			default: break;
		}
		if (c < 0x20 || c >= 0x80) {
			if (c >= 0x10000) {
				c -= 0x10000;
				json_u(b, 0xd800 | (c >> 10));
				json_u(b, 0xdc00 | (c & 0x3ff));
			} else {
				json_u(b, c);
			}
		} else {
			amzpay_buf_appendc(b, (char)c);
		}
	}
	amzpay_buf_appendc(b, '"');
	return 0;
}

static int json_value(amzpay_buf *b, const cJSON *v, amzpay_error *err)
{
	const cJSON *c;
	char num[64];
	bool first = true;

	if (cJSON_IsObject(v) || cJSON_IsArray(v)) {
		bool obj = cJSON_IsObject(v);

		amzpay_buf_appendc(b, obj ? '{' : '[');
		cJSON_ArrayForEach(c, v)
		{
			if (!first) {
				amzpay_buf_appendc(b, ',');
			}
			first = false;
			if (obj) {
				if (json_string(b, c->string, err) < 0) {
					return -1;
				}
				amzpay_buf_appendc(b, ':');
			}
			if (json_value(b, c, err) < 0) {
				return -1;
			}
		}
		amzpay_buf_appendc(b, obj ? '}' : ']');
		return 0;
	}
	if (cJSON_IsString(v)) {
		return json_string(b, v->valuestring, err);
	}
	if (cJSON_IsNumber(v)) {
		amzpay_json_number_text(v->valuedouble, num, sizeof(num));
		amzpay_buf_appends(b, num);
		return 0;
	}
	if (cJSON_IsBool(v)) {
		amzpay_buf_appends(b, cJSON_IsTrue(v) ? "true" : "false");
		return 0;
	}
	amzpay_buf_appends(b, "null");
	return 0;
}

int amzpay_tree_to_php_json(const cJSON *tree, amzpay_buf *out, amzpay_error *err)
{
	if (json_value(out, tree, err) < 0) {
		return -1;
	}
	if (out->failed) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building JSON");
	}
	return 0;
}

/* {{{ the opaque read API of tree.h: a node is a cJSON item */
static const cJSON *tree_node(const amzpay_tree *node)
{
	return (const cJSON *)(const void *)node;
}

amzpay_tree_kind amzpay_tree_kind_of(const amzpay_tree *node)
{
	const cJSON *n = tree_node(node);

	if (cJSON_IsObject(n)) {
		return AMZPAY_TREE_OBJECT;
	}
	if (cJSON_IsArray(n)) {
		return AMZPAY_TREE_LIST;
	}
	if (cJSON_IsString(n)) {
		return AMZPAY_TREE_STRING;
	}
	if (cJSON_IsNumber(n)) {
		return AMZPAY_TREE_NUMBER;
	}
	return cJSON_IsBool(n) ? AMZPAY_TREE_BOOL : AMZPAY_TREE_NULL;
}

const char *amzpay_tree_key(const amzpay_tree *node)
{
	return node ? tree_node(node)->string : NULL;
}

const char *amzpay_tree_string(const amzpay_tree *node)
{
	return cJSON_IsString(tree_node(node)) ? tree_node(node)->valuestring : NULL;
}

double amzpay_tree_number(const amzpay_tree *node)
{
	return cJSON_IsNumber(tree_node(node)) ? tree_node(node)->valuedouble : 0;
}

bool amzpay_tree_bool(const amzpay_tree *node)
{
	return cJSON_IsTrue(tree_node(node));
}

const amzpay_tree *amzpay_tree_first(const amzpay_tree *node)
{
	const cJSON *n = tree_node(node);

	return (cJSON_IsObject(n) || cJSON_IsArray(n)) ? (const amzpay_tree *)(const void *)n->child : NULL;
}

const amzpay_tree *amzpay_tree_next(const amzpay_tree *node)
{
	return node ? (const amzpay_tree *)(const void *)tree_node(node)->next : NULL;
}

int amzpay_tree_to_json(const amzpay_tree *root, amzpay_buf *out, amzpay_error *err)
{
	return amzpay_tree_to_php_json(tree_node(root), out, err);
}

void amzpay_tree_free(amzpay_tree *root)
{
	cJSON_Delete((cJSON *)(void *)root);
}
/* }}} */
