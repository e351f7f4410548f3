/*
 * amzpay core: MWS XML <-> tree (see xml.h for the rules).
 *
 * The conversion mirrors two functions of php-src ext/simplexml:
 * _get_base_node_value() (node_value() here: string or object?) and
 * sxe_get_prop_hash() (node_object() here: the properties json_encode()
 * sees). Blank detection and text gathering use the same libxml2 calls
 * (xmlIsBlankNode, xmlNodeListGetString) so edge cases behave alike.
 */
#include "xml.h"

#include "json.h"
#include "tree.h"
#include "utf8.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Parsing                                                              */
/* ------------------------------------------------------------------ */

/* Copies libxml2's message without its trailing newline. */
static int parse_error(amzpay_error *err, const xmlError *xe)
{
	char msg[256] = "not well-formed";
	size_t n;

	if (xe && xe->message) {
		snprintf(msg, sizeof(msg), "%s", xe->message);
		n = strlen(msg);
		while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r' || msg[n - 1] == ' ')) {
			msg[--n] = '\0';
		}
		return amzpay_error_set(err, AMZPAY_ERR_PARSE, "response body is not valid XML: %s (line %d)", msg,
		                        xe->line);
	}
	return amzpay_error_set(err, AMZPAY_ERR_PARSE, "response body is not valid XML: %s", msg);
}

/*
 * Parses with a private context: no network, no DTD loading, no entity
 * substitution, no messages on stderr. Documents with a DTD are refused.
 */
static xmlDocPtr parse_doc(const char *xml, size_t len, amzpay_error *err)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;

	if (!xml || len == 0) {
		amzpay_error_set(err, AMZPAY_ERR_PARSE, "response body is empty, not XML");
		return NULL;
	}
	if (len > INT_MAX) {
		amzpay_error_set(err, AMZPAY_ERR_PARSE, "response body is too large");
		return NULL;
	}
	xmlInitParser();
	ctxt = xmlNewParserCtxt();
	if (!ctxt) {
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory creating the XML parser");
		return NULL;
	}
	doc = xmlCtxtReadMemory(ctxt, xml, (int)len, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc || !ctxt->wellFormed) {
		parse_error(err, &ctxt->lastError);
		if (doc) {
			xmlFreeDoc(doc);
		}
		xmlFreeParserCtxt(ctxt);
		return NULL;
	}
	xmlFreeParserCtxt(ctxt);
	if (doc->intSubset || doc->extSubset) {
		xmlFreeDoc(doc);
		amzpay_error_set(err, AMZPAY_ERR_PARSE, "response body declares a DTD; refused (MWS responses never do)");
		return NULL;
	}
	if (!xmlDocGetRootElement(doc)) {
		xmlFreeDoc(doc);
		amzpay_error_set(err, AMZPAY_ERR_PARSE, "response body is not valid XML: no root element");
		return NULL;
	}
	return doc;
}

/* ------------------------------------------------------------------ */
/* XML -> tree (SimpleXML json_encode semantics)                        */
/* ------------------------------------------------------------------ */

/* SimpleXML's match_ns() with no namespace selected: no namespace or the default one. */
static bool unprefixed(const xmlNs *ns)
{
	return ns == NULL || ns->prefix == NULL;
}

/* xmlNodeListGetString() as a cJSON string ("" when libxml2 returns NULL). */
static cJSON *list_string(xmlDocPtr doc, const xmlNode *list)
{
	xmlChar *s = xmlNodeListGetString(doc, list, 1);
	cJSON *v = cJSON_CreateString(s ? (const char *)s : "");

	xmlFree(s);
	return v;
}

/*
 * The children of one object being built, by name: an open-addressing hash
 * table (FNV-1a, linear probing, at most half full) from an element name to
 * the object's item for it. Without it every child would scan all earlier
 * siblings (cJSON lookups are linear), which made documents with many
 * distinct sibling names quadratic. The table borrows the items' key
 * strings; it lives only while node_object() fills one object.
 */
typedef struct {
	cJSON **slots;
	size_t cap; /* 0 or a power of two */
	size_t count;
} name_index;

/* Key comparisons made by name_index lookups, for the unit tests (xml.h). */
static size_t name_index_compares;

size_t amzpay_xml_key_compares(void)
{
	return name_index_compares;
}

static size_t name_hash(const char *s)
{
	size_t h = (size_t)1469598103934665603ULL;

	for (; *s; s++) {
		h = (h ^ (unsigned char)*s) * (size_t)1099511628211ULL;
	}
	return h;
}

/* The slot holding `name`, or the empty slot where it belongs. */
static cJSON **name_index_slot(const name_index *ix, const char *name)
{
	size_t i = name_hash(name) & (ix->cap - 1);

	while (ix->slots[i]) {
		name_index_compares++;
		if (strcmp(ix->slots[i]->string, name) == 0) {
			break;
		}
		i = (i + 1) & (ix->cap - 1);
	}
	return &ix->slots[i];
}

static bool name_index_grow(name_index *ix)
{
	size_t i, old_cap = ix->cap;
	cJSON **old = ix->slots;

	ix->cap = old_cap ? old_cap * 2 : 16;
	ix->slots = calloc(ix->cap, sizeof(*ix->slots));
	if (!ix->slots) {
		ix->slots = old;
		ix->cap = old_cap;
		return false;
	}
	for (i = 0; i < old_cap; i++) {
		if (old[i]) {
			*name_index_slot(ix, old[i]->string) = old[i];
		}
	}
	free(old);
	return true;
}

/*
 * sxe_properties_add(): a name seen for the second time turns the value
 * into a list, kept where the name first appeared.
 */
static bool add_property(cJSON *obj, name_index *ix, const char *name, cJSON *value)
{
	cJSON **slot, *old, *list, *first;

	if ((ix->count + 1) * 2 > ix->cap && !name_index_grow(ix)) {
		cJSON_Delete(value);
		return false;
	}
	slot = name_index_slot(ix, name);
	old = *slot;
	if (!old) {
		if (!cJSON_AddItemToObject(obj, name, value)) {
			cJSON_Delete(value);
			return false;
		}
		*slot = value;
		ix->count++;
		return true;
	}
	if (cJSON_IsArray(old)) {
		return cJSON_AddItemToArray(old, value);
	}
	list = cJSON_CreateArray();
	first = cJSON_CreateNull();
	if (!list || !first) {
		cJSON_Delete(list);
		cJSON_Delete(first);
		cJSON_Delete(value);
		return false;
	}
	/*
	 * The list must take the first value's place (key order matters).
	 * cJSON_ReplaceItemViaPointer() frees the replaced item, so the first
	 * value's payload moves into a fresh item, the key moves to the list,
	 * and the emptied shell is what gets replaced (and freed), in O(1).
	 */
	first->type = old->type;
	first->child = old->child;
	first->valuestring = old->valuestring;
	first->valueint = old->valueint;
	first->valuedouble = old->valuedouble;
	old->type = cJSON_NULL;
	old->child = NULL;
	old->valuestring = NULL;
	list->string = old->string;
	old->string = NULL;
	cJSON_AddItemToArray(list, first);
	cJSON_AddItemToArray(list, value);
	*slot = list;
	return cJSON_ReplaceItemViaPointer(obj, old, list);
}

static cJSON *node_object(xmlNodePtr node);

/* _get_base_node_value(): text-first elements are strings, all else objects. */
static cJSON *node_value(xmlNodePtr node)
{
	if (node->children && node->children->type == XML_TEXT_NODE && !xmlIsBlankNode(node->children)) {
		return list_string(node->doc, node->children);
	}
	return node_object(node);
}

static bool add_attributes(cJSON *obj, xmlNodePtr node)
{
	xmlAttrPtr attr;
	cJSON *attrs = NULL, *v;

	if (node->type != XML_ELEMENT_NODE) {
		return true;
	}
	for (attr = node->properties; attr; attr = attr->next) {
		if (!unprefixed(attr->ns)) {
			continue;
		}
		if (!attrs) {
			attrs = cJSON_AddObjectToObject(obj, "@attributes");
			if (!attrs) {
				return false;
			}
		}
		v = list_string(node->doc, attr->children);
		if (!v || !cJSON_AddItemToObject(attrs, (const char *)attr->name, v)) {
			cJSON_Delete(v);
			return false;
		}
	}
	return true;
}

/* One child of an object-valued element. Returns false only on allocation failure. */
static bool add_child(cJSON *obj, name_index *ix, xmlNodePtr child)
{
	cJSON *v;

	if (child->children || child->prev || child->next || xmlIsBlankNode(child)) {
		if (child->type == XML_TEXT_NODE) {
			return true; /* text beside other nodes, or blank: dropped */
		}
	} else if (child->type == XML_TEXT_NODE) {
		if (!child->content || !*child->content) {
			return true;
		}
		/* the element's only content is text (only reachable for the root) */
		v = list_string(child->doc, child);
		if (!v || !cJSON_AddItemToObject(obj, "0", v)) {
			cJSON_Delete(v);
			return false;
		}
		return true;
	}
	if (child->type == XML_ELEMENT_NODE && !unprefixed(child->ns)) {
		return true;
	}
	if (!child->name || child->type == XML_ENTITY_DECL) {
		return true; /* CDATA has no name; entity declarations only live in DTDs */
	}
	v = node_value(child);
	return v && add_property(obj, ix, (const char *)child->name, v);
}

/* sxe_get_prop_hash(): attributes, then children in document order. */
static cJSON *node_object(xmlNodePtr node)
{
	cJSON *obj = cJSON_CreateObject();
	name_index ix = {NULL, 0, 0};
	xmlNodePtr child;

	if (!obj || !add_attributes(obj, node)) {
		cJSON_Delete(obj);
		return NULL;
	}
	for (child = node->children; child; child = child->next) {
		if (!add_child(obj, &ix, child)) {
			free(ix.slots);
			cJSON_Delete(obj);
			return NULL;
		}
	}
	free(ix.slots);
	return obj;
}

int amzpay_xml_to_tree(const char *xml, size_t len, const char *response_status, cJSON **out, amzpay_error *err)
{
	xmlDocPtr doc;
	xmlNodePtr root;
	cJSON *tree;

	*out = NULL;
	doc = parse_doc(xml, len, err);
	if (!doc) {
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	/* ResponseParser: $xml->addChild('ResponseStatus', $status), inheriting the root's namespace */
	if (response_status && !xmlNewChild(root, root->ns, BAD_CAST "ResponseStatus", BAD_CAST response_status)) {
		xmlFreeDoc(doc);
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory converting the XML response");
	}
	tree = node_object(root);
	xmlFreeDoc(doc);
	if (!tree) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory converting the XML response");
	}
	*out = tree;
	return 0;
}

/* ------------------------------------------------------------------ */
/* getOrderReferenceDetailsStatus / getBillingAgreementDetailsStatus    */
/* ------------------------------------------------------------------ */

typedef struct {
	const xmlChar *prefix[16]; /* distinct prefixes in first-use order ("" = default) */
	const xmlChar *href[16];
	size_t count;
	const xmlChar *last_href; /* href of the most recently added prefix */
} ns_list;

static void ns_note(ns_list *l, const xmlNs *ns)
{
	const xmlChar *prefix = ns->prefix ? ns->prefix : BAD_CAST "";
	size_t i;

	for (i = 0; i < l->count; i++) {
		if (xmlStrEqual(l->prefix[i], prefix)) {
			return; /* first use of a prefix wins, as in getNamespaces(true) */
		}
	}
	if (l->count < sizeof(l->prefix) / sizeof(l->prefix[0])) {
		l->prefix[l->count] = prefix;
		l->href[l->count] = ns->href;
		l->count++;
	}
	l->last_href = ns->href;
}

/* SimpleXMLElement::getNamespaces(true): namespaces *used* by elements and attributes. */
static void ns_collect(ns_list *l, const xmlNode *node)
{
	const xmlAttr *attr;
	const xmlNode *child;

	if (node->ns) {
		ns_note(l, node->ns);
	}
	for (attr = node->properties; attr; attr = attr->next) {
		if (attr->ns) {
			ns_note(l, attr->ns);
		}
	}
	for (child = node->children; child; child = child->next) {
		if (child->type == XML_ELEMENT_NODE) {
			ns_collect(l, child);
		}
	}
}

/* Last element (document order) named `name` in namespace `href`. */
static xmlNodePtr find_last(xmlNodePtr node, const xmlChar *name, const xmlChar *href)
{
	xmlNodePtr child, found = NULL, sub;

	if (node->ns && xmlStrEqual(node->name, name) && xmlStrEqual(node->ns->href, href)) {
		found = node;
	}
	for (child = node->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE) {
			continue;
		}
		sub = find_last(child, name, href);
		if (sub) {
			found = sub;
		}
	}
	return found;
}

int amzpay_xml_find_status(const char *xml, size_t len, const char *element, cJSON **out, amzpay_error *err)
{
	xmlDocPtr doc;
	xmlNodePtr root, hit;
	ns_list nsl = {{NULL}, {NULL}, 0, NULL};

	*out = NULL;
	doc = parse_doc(xml, len, err);
	if (!doc) {
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	ns_collect(&nsl, root);
	hit = nsl.last_href ? find_last(root, BAD_CAST element, nsl.last_href) : NULL;
	if (hit) {
		*out = node_object(hit);
		if (!*out) {
			xmlFreeDoc(doc);
			return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory converting the XML response");
		}
	}
	xmlFreeDoc(doc);
	return 0;
}

int amzpay_xml_order_reference_status(const char *xml, size_t len, cJSON **out, amzpay_error *err)
{
	return amzpay_xml_find_status(xml, len, "OrderReferenceStatus", out, err);
}

/* ------------------------------------------------------------------ */
/* Tree -> XML                                                          */
/* ------------------------------------------------------------------ */

#define XML_REPLACEMENT "\xef\xbf\xbd" /* U+FFFD */

static bool xml_char_ok(uint32_t c)
{
	return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) ||
	       (c >= 0x10000 && c <= 0x10ffff);
}

static void xml_escape(amzpay_buf *b, const char *s, bool attribute)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, n;
	uint32_t c;

	while (i < len) {
		n = amzpay_utf8_decode(p + i, len - i, &c);
		if (n == 0 || !xml_char_ok(c)) {
			amzpay_buf_appends(b, XML_REPLACEMENT);
			i += n ? n : 1;
			continue;
		}
		switch (c) {
			case '&': amzpay_buf_appends(b, "&amp;"); break;
			case '<': amzpay_buf_appends(b, "&lt;"); break;
			case '>': amzpay_buf_appends(b, "&gt;"); break;
			case '\r': amzpay_buf_appends(b, "&#13;"); break; /* else parsers normalise it away */
			case '"': amzpay_buf_appends(b, attribute ? "&quot;" : "\""); break;
			case '\t': amzpay_buf_appends(b, attribute ? "&#9;" : "\t"); break;
			case '\n': amzpay_buf_appends(b, attribute ? "&#10;" : "\n"); break;
			default: amzpay_buf_append(b, p + i, n); break;
		}
		i += n;
	}
}

/* Element names: ASCII XML names without a namespace prefix. */
static bool xml_name_ok(const char *s)
{
	const char *p;

	if (!s || !*s || !((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_')) {
		return false;
	}
	for (p = s + 1; *p; p++) {
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' ||
		      *p == '-' || *p == '.')) {
			return false;
		}
	}
	return true;
}

/* Scalar value as element text; NULL for "empty element". */
static const char *scalar_text(const cJSON *v, char *num, size_t size)
{
	if (cJSON_IsString(v)) {
		return v->valuestring && *v->valuestring ? v->valuestring : NULL;
	}
	if (cJSON_IsNumber(v)) {
		amzpay_json_number_text(v->valuedouble, num, size);
		return num;
	}
	if (cJSON_IsBool(v)) {
		return cJSON_IsTrue(v) ? "true" : "false";
	}
	return NULL;
}

static void indent(amzpay_buf *b, int depth)
{
	int i;

	for (i = 0; i < depth; i++) {
		amzpay_buf_appends(b, "  ");
	}
}

static int emit_attributes(amzpay_buf *b, const cJSON *attrs, amzpay_error *err)
{
	const cJSON *a;
	const char *text;
	char num[64];

	if (!cJSON_IsObject(attrs)) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "\"@attributes\" must be an object");
	}
	cJSON_ArrayForEach(a, attrs)
	{
		if (!xml_name_ok(a->string) || cJSON_IsObject(a) || cJSON_IsArray(a)) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "invalid XML attribute \"%s\"",
			                        a->string ? a->string : "");
		}
		text = scalar_text(a, num, sizeof(num));
		amzpay_buf_appendc(b, ' ');
		amzpay_buf_appends(b, a->string);
		amzpay_buf_appends(b, "=\"");
		xml_escape(b, text ? text : "", true);
		amzpay_buf_appendc(b, '"');
	}
	return 0;
}

static int emit_element(amzpay_buf *b, const char *name, const cJSON *v, int depth, bool in_list, amzpay_error *err);

static int emit_children(amzpay_buf *b, const cJSON *obj, int depth, amzpay_error *err)
{
	const cJSON *c;

	cJSON_ArrayForEach(c, obj)
	{
		if (c->string && strcmp(c->string, "@attributes") == 0) {
			continue;
		}
		if (emit_element(b, c->string, c, depth, false, err) < 0) {
			return -1;
		}
	}
	return 0;
}

static bool has_children(const cJSON *obj)
{
	const cJSON *c;

	cJSON_ArrayForEach(c, obj)
	{
		if (!c->string || strcmp(c->string, "@attributes") != 0) {
			return true;
		}
	}
	return false;
}

static int emit_element(amzpay_buf *b, const char *name, const cJSON *v, int depth, bool in_list, amzpay_error *err)
{
	const cJSON *item;
	const char *text;
	char num[64];

	if (!xml_name_ok(name)) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "invalid XML element name \"%s\"", name ? name : "");
	}
	if (cJSON_IsArray(v)) {
		if (in_list) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "list inside a list under \"%s\"", name);
		}
		cJSON_ArrayForEach(item, v)
		{
			if (emit_element(b, name, item, depth, true, err) < 0) {
				return -1;
			}
		}
		return 0;
	}
	indent(b, depth);
	amzpay_buf_appendc(b, '<');
	amzpay_buf_appends(b, name);
	if (cJSON_IsObject(v)) {
		item = cJSON_GetObjectItemCaseSensitive(v, "@attributes");
		if (item && emit_attributes(b, item, err) < 0) {
			return -1;
		}
		if (!has_children(v)) {
			amzpay_buf_appends(b, "/>\n");
			return 0;
		}
		amzpay_buf_appends(b, ">\n");
		if (emit_children(b, v, depth + 1, err) < 0) {
			return -1;
		}
		indent(b, depth);
	} else {
		text = scalar_text(v, num, sizeof(num));
		if (!text) {
			amzpay_buf_appends(b, "/>\n");
			return 0;
		}
		amzpay_buf_appendc(b, '>');
		xml_escape(b, text, false);
	}
	amzpay_buf_appends(b, "</");
	amzpay_buf_appends(b, name);
	amzpay_buf_appends(b, ">\n");
	return 0;
}

int amzpay_xml_from_tree(const char *root_name, const char *ns, const cJSON *tree, amzpay_buf *out,
                         amzpay_error *err)
{
	if (!xml_name_ok(root_name)) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "invalid XML root element name \"%s\"",
		                        root_name ? root_name : "");
	}
	if (tree && !cJSON_IsObject(tree)) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "the XML tree must be an object");
	}
	amzpay_buf_appends(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<");
	amzpay_buf_appends(out, root_name);
	if (ns) {
		amzpay_buf_appends(out, " xmlns=\"");
		xml_escape(out, ns, true);
		amzpay_buf_appendc(out, '"');
	}
	if (tree) {
		const cJSON *attrs = cJSON_GetObjectItemCaseSensitive(tree, "@attributes");

		if (attrs && emit_attributes(out, attrs, err) < 0) {
			return -1;
		}
	}
	if (!tree || !has_children(tree)) {
		amzpay_buf_appends(out, "/>\n");
	} else {
		amzpay_buf_appends(out, ">\n");
		if (emit_children(out, tree, 1, err) < 0) {
			return -1;
		}
		amzpay_buf_appends(out, "</");
		amzpay_buf_appends(out, root_name);
		amzpay_buf_appends(out, ">\n");
	}
	if (out->failed) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory building XML");
	}
	return 0;
}

/* {{{ tree.h: the same trees behind an opaque type */
int amzpay_tree_from_xml(const char *xml, size_t len, const char *response_status, amzpay_tree **out, amzpay_error *err)
{
	cJSON *tree = NULL;
	int rc = amzpay_xml_to_tree(xml, len, response_status, &tree, err);

	*out = rc == 0 ? (amzpay_tree *)(void *)tree : NULL;
	return rc;
}

int amzpay_tree_status_from_xml(const char *xml, size_t len, const char *element, amzpay_tree **out, amzpay_error *err)
{
	cJSON *tree = NULL;
	int rc = amzpay_xml_find_status(xml, len, element, &tree, err);

	*out = rc == 0 ? (amzpay_tree *)(void *)tree : NULL;
	return rc;
}
/* }}} */
