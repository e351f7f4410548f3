/* amzpay core: cJSON helpers and PHP json_encode() text (json.c). */
#ifndef AMZPAY_JSON_H
#define AMZPAY_JSON_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

/* Member `key` of an object, NULL when `obj` is not an object or has no such member. */
const cJSON *amzpay_json_get(const cJSON *obj, const char *key);
/* A non-empty string member, else NULL. */
const char *amzpay_json_str(const cJSON *obj, const char *key);

/* Shortest text that reads back as the same double (integers without ".0"), as PHP prints it. */
void amzpay_json_number_text(double d, char *out, size_t size);

/*
 * PHP json_encode() of the tree with default flags: "/" as "\/", non-ASCII
 * as \uXXXX (surrogate pairs above U+FFFF), control characters escaped, empty
 * objects as {} and empty arrays as []. This is byte-identical to the legacy
 * toJson() for a tree from amzpay_xml_to_tree(). -1 with AMZPAY_ERR_ARGUMENT
 * on invalid UTF-8 (json_encode() fails there too).
 */
int amzpay_tree_to_php_json(const cJSON *tree, amzpay_buf *out, amzpay_error *err);

#endif
