/*
 * amzpay core: MWS XML <-> tree, with the legacy SDK's exact quirks.
 *
 * The legacy ResponseParser::toArray() is
 *     json_decode(json_encode(simplexml_load_string($body) + <ResponseStatus>), true)
 * and toJson() is the json_encode() half of it. amzpay_xml_to_tree() builds
 * the very tree json_encode() sees, as a cJSON value, so that
 *   - toArray() = the tree converted to PHP arrays (see "Tree model"), and
 *   - toJson()  = amzpay_tree_to_php_json() of the tree, byte for byte.
 * Converting the XML that the bridge itself builds (amzpay_xml_from_tree())
 * through the same function is what makes bridged responses shaped exactly
 * like genuine MWS ones.
 *
 * Tree model (the rules by which json_encode() renders a SimpleXMLElement):
 *   - the root element is dropped: the result is the root's content;
 *   - elements in the default namespace (or none) are kept; elements and
 *     attributes with a namespace prefix are dropped;
 *   - an element whose first child is non-blank text becomes a cJSON string
 *     (all of its direct text and CDATA, child elements and attributes lost);
 *   - any other element becomes a cJSON object: "@attributes" (an object of
 *     strings) first when it has unprefixed attributes, then its child
 *     elements in document order; text beside child elements is dropped;
 *   - an empty or whitespace-only element is an EMPTY cJSON OBJECT. PHP shows
 *     it as `{}` in toJson() and as `[]` in toArray() (json_decode(..., true));
 *   - a child name seen once is a single value; seen again it becomes a
 *     cJSON array (a list) in the position of the first occurrence;
 *   - comments and processing instructions inside an object-valued element
 *     appear as empty objects named "comment" / the PI target (as in PHP);
 *   - a root whose only content is text gets it under the key "0".
 * Every leaf is a string. Key order is document order; cJSON keeps insertion
 * order, and the glue must keep it too. Glue note: insert keys with
 * symtable semantics (zend_symtable_update) so "0" becomes the integer key 0,
 * as json_decode() does.
 *
 * Safety: parsing never touches the network and never loads or expands DTDs
 * or external entities (XML_PARSE_NONET, no NOENT/DTDLOAD); a document that
 * declares a DTD at all is refused with AMZPAY_ERR_PARSE (MWS never sends
 * one). Invalid XML -> AMZPAY_ERR_PARSE (the legacy SDK died with a fatal
 * "addChild() on bool"; the glue turns this into an exception).
 *
 * Ownership: every cJSON returned is owned by the caller (cJSON_Delete()).
 */
#ifndef AMZPAY_XML_H
#define AMZPAY_XML_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"
#include "json.h" /* amzpay_tree_to_php_json() */

/* The namespace of every MWS OffAmazonPayments response. */
#define AMZPAY_MWS_NAMESPACE "http://mws.amazonservices.com/schema/OffAmazonPayments/2013-01-01"

/*
 * XML -> tree (toArray()/toJson() semantics). When `response_status` is not
 * NULL it is added as a last child element <ResponseStatus> of the root
 * before converting, exactly like the legacy addChild() (so it lands last,
 * as a string, and would join a list if the body had its own ResponseStatus).
 * Pass the HTTP status as decimal text ("200") to mirror toArray().
 * 0 and *out set, or -1 with AMZPAY_ERR_PARSE / AMZPAY_ERR_MEMORY.
 */
int amzpay_xml_to_tree(const char *xml, size_t len, const char *response_status, cJSON **out, amzpay_error *err);

/*
 * Element-name comparisons made so far by the sibling-name lookups of
 * amzpay_xml_to_tree() (process-wide, never reset). Diagnostics for tests:
 * each child costs O(1) comparisons on average however many distinct
 * sibling names its parent has.
 */
size_t amzpay_xml_key_compares(void);

/*
 * ResponseParser::getOrderReferenceDetailsStatus($xml) /
 * getBillingAgreementDetailsStatus($xml): looks for //<element> in the
 * namespace the legacy code uses (the last distinct namespace used in the
 * document, in document order) and returns that element converted like a
 * root (children as a tree; a text-only element gives {"0": text}).
 * Like the legacy foreach, the LAST matching element wins.
 * 0 with *out == NULL when there is no such element (the legacy code
 * returned null after an "Undefined variable" warning; we stay silent).
 * -1 with AMZPAY_ERR_PARSE when the XML does not parse.
 */
int amzpay_xml_find_status(const char *xml, size_t len, const char *element, cJSON **out, amzpay_error *err);
int amzpay_xml_order_reference_status(const char *xml, size_t len, cJSON **out, amzpay_error *err);

/*
 * Tree -> MWS XML: `<?xml version="1.0" encoding="UTF-8"?>` then
 * <root_name xmlns="ns"> holding the tree, indented like the MWS samples.
 * `tree` must be an object (or NULL for an empty root). Mapping:
 *   object -> element with child elements ("@attributes" object -> attributes)
 *   string -> text element; "" -> empty element <X/>
 *   array  -> one element per item, all with the array's key as name
 *   number -> its shortest decimal text; true/false -> "true"/"false";
 *   null   -> empty element
 * Text is escaped (& < > and CR as &#13;, quotes in attributes); invalid
 * UTF-8 and characters XML 1.0 cannot carry (C0 controls other than TAB/LF/CR)
 * are replaced by U+FFFD, so the output always parses again. Element names
 * must be XML names without a prefix, else -1 with AMZPAY_ERR_ARGUMENT.
 * The text is appended to `out`.
 */
int amzpay_xml_from_tree(const char *root_name, const char *ns, const cJSON *tree, amzpay_buf *out,
                         amzpay_error *err);

#endif
