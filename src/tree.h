/*
 * amzpay core: a read-only view of the tree of an MWS answer (src/xml.h's
 * "Tree model"), for callers that must not see cJSON (the PHP glue).
 *
 * A node is opaque: its kind, its key (NULL for a list item and for the
 * root), its string/number/boolean value, and its children in order (the
 * order is document order and must be kept). Nodes are owned by the root
 * they came from; only a root returned here is freed, with
 * amzpay_tree_free(). Accessors on the wrong kind return NULL/0/false.
 * Implemented in xml.c (building) and json.c (reading, encoding).
 */
#ifndef AMZPAY_TREE_H
#define AMZPAY_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

typedef struct amzpay_tree amzpay_tree;

typedef enum {
	AMZPAY_TREE_NULL,
	AMZPAY_TREE_BOOL,
	AMZPAY_TREE_NUMBER,
	AMZPAY_TREE_STRING,
	AMZPAY_TREE_LIST,   /* children without keys */
	AMZPAY_TREE_OBJECT, /* children with keys */
} amzpay_tree_kind;

/* amzpay_xml_to_tree() / amzpay_xml_find_status() of xml.h, as an opaque root. */
int amzpay_tree_from_xml(const char *xml, size_t len, const char *response_status, amzpay_tree **out,
                         amzpay_error *err);
int amzpay_tree_status_from_xml(const char *xml, size_t len, const char *element, amzpay_tree **out, amzpay_error *err);

amzpay_tree_kind amzpay_tree_kind_of(const amzpay_tree *node);
const char *amzpay_tree_key(const amzpay_tree *node);
const char *amzpay_tree_string(const amzpay_tree *node);
double amzpay_tree_number(const amzpay_tree *node);
bool amzpay_tree_bool(const amzpay_tree *node);
/* First child of a list or object, then its next sibling; NULL at the end. */
const amzpay_tree *amzpay_tree_first(const amzpay_tree *node);
const amzpay_tree *amzpay_tree_next(const amzpay_tree *node);

/* PHP json_encode() text of the tree (amzpay_tree_to_php_json() of json.h). */
int amzpay_tree_to_json(const amzpay_tree *root, amzpay_buf *out, amzpay_error *err);
void amzpay_tree_free(amzpay_tree *root);

#endif
