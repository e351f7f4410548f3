/*
 * xml.c: MWS XML -> tree with the legacy toArray()/toJson() quirks, the
 * status lookup, and tree -> XML.
 */
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"
#include "tree.h"
#include "unit.h"
#include "xml.h"

/* Converts `xml` with ResponseStatus `status` (NULL: none); NULL on error. */
static cJSON *convert(const char *xml, const char *status)
{
	amzpay_error err;
	cJSON *tree = NULL;

	amzpay_error_clear(&err);
	if (amzpay_xml_to_tree(xml, strlen(xml), status, &tree, &err) < 0) {
		return NULL;
	}
	return tree;
}

/* PHP json_encode() text of the conversion, into `out` (static buffer per call site). */
static bool json_of(const char *xml, const char *status, char *out, size_t size)
{
	amzpay_buf b = AMZPAY_BUF_INIT;
	amzpay_error err;
	cJSON *tree = convert(xml, status);
	bool ok;

	if (!tree) {
		snprintf(out, size, "(parse error)");
		return false;
	}
	ok = amzpay_tree_to_php_json(tree, &b, &err) == 0;
	snprintf(out, size, "%s", amzpay_buf_cstr(&b));
	amzpay_buf_free(&b);
	cJSON_Delete(tree);
	return ok;
}

#define CHECK_JSON(xml, status, expected)                                                                      \
	do {                                                                                                       \
		char got_[4096];                                                                                       \
		json_of((xml), (status), got_, sizeof(got_));                                                          \
		CHECK_STR(got_, (expected));                                                                           \
	} while (0)

/* Every MWS XML fixture converts to exactly its mws-toArray json. */
UNIT_TEST(test_all_fixtures_match_legacy_to_array)
{
	char *names[128];
	size_t n, i;
	int compared = 0;

	if (!fixtures_available("test_all_fixtures_match_legacy_to_array")) {
		return;
	}
	n = list_mws_fixtures(names, 128);
	CHECK(n >= 44);
	for (i = 0; i < n; i++) {
		char rel[512], status[16];
		int http = 0;
		size_t len = 0;
		char *xml;
		cJSON *expected, *tree = NULL;
		amzpay_error err;

		snprintf(rel, sizeof(rel), "mws/%s.xml", names[i]);
		xml = read_fixture(rel, &len);
		expected = read_to_array(names[i], &http);
		CHECK(xml != NULL);
		CHECK(expected != NULL);
		if (xml && expected) {
			snprintf(status, sizeof(status), "%d", http);
			amzpay_error_clear(&err);
			CHECK(amzpay_xml_to_tree(xml, len, status, &tree, &err) == 0);
			if (!tree || !tree_equal(tree, expected, names[i])) {
				fprintf(stderr, "  fixture %s differs (%s)\n", names[i], err.message);
				unit_failed_checks++;
			} else {
				compared++;
			}
		}
		cJSON_Delete(tree);
		cJSON_Delete(expected);
		free(xml);
		free(names[i]);
	}
	CHECK(compared == (int)n);
}

/* php-sdk/GetOrderReferenceDetailsResponse_inline: toArray and the toJson string asserted by the SDK's test. */
UNIT_TEST(test_php_sdk_inline_fixture_to_json)
{
	char *xml, *json, got[4096];
	size_t len;

	if (!fixtures_available("test_php_sdk_inline_fixture_to_json")) {
		return;
	}
	xml = read_fixture("php-sdk/GetOrderReferenceDetailsResponse_inline.xml", &len);
	json = read_fixture("php-sdk/GetOrderReferenceDetailsResponse_inline.toJson.txt", NULL);
	CHECK(xml && json);
	if (xml && json) {
		len = strlen(json);
		while (len > 0 && (json[len - 1] == '\n' || json[len - 1] == '\r')) {
			json[--len] = '\0';
		}
		json_of(xml, "200", got, sizeof(got));
		CHECK_STR(got, json);
	}
	free(xml);
	free(json);
}

/* Each quirk against what PHP 8.2 SimpleXML + json_encode printed for the same input. */
UNIT_TEST(test_simplexml_quirks)
{
	CHECK_JSON("<r><a x=\"1\">text</a></r>", "200", "{\"a\":\"text\",\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r x=\"2\"><a x=\"1\"><b>t</b></a><c x=\"3\"/></r>", "200",
	           "{\"@attributes\":{\"x\":\"2\"},\"a\":{\"@attributes\":{\"x\":\"1\"},\"b\":\"t\"},"
	           "\"c\":{\"@attributes\":{\"x\":\"3\"}},\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r><a><!--c-->t</a></r>", "200", "{\"a\":{\"comment\":{}},\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r><a>  <!-- c -->  <b>x</b></a></r>", "200",
	           "{\"a\":{\"comment\":{},\"b\":\"x\"},\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r><a><![CDATA[x]]></a><b>foo<i/>bar</b><c> t </c><d>   </d></r>", "200",
	           "{\"a\":{},\"b\":\"foobar\",\"c\":\" t \",\"d\":{},\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r><a>1</a><b/><a>2</a><a>3</a></r>", "200",
	           "{\"a\":[\"1\",\"2\",\"3\"],\"b\":{},\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r>text</r>", "200", "{\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r>text</r>", NULL, "{\"0\":\"text\"}");
	CHECK_JSON("<r xmlns:p=\"urn:p\"><p:a>1</p:a><b p:x=\"1\" y=\"2\"/></r>", "200",
	           "{\"b\":{\"@attributes\":{\"y\":\"2\"}},\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r><a>x<![CDATA[y]]>z</a><b><![CDATA[ ]]></b></r>", "200",
	           "{\"a\":\"xyz\",\"b\":{},\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r><?pi data?><a>&amp;&#65;</a></r>", "200", "{\"pi\":{},\"a\":\"&A\",\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r><a>t<b>u</b></a></r>", "200", "{\"a\":\"t\",\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r><a>\n  t </a></r>", "200", "{\"a\":\"\\n  t \",\"ResponseStatus\":\"200\"}");
	CHECK_JSON("<r><a><b/></a><a>2</a></r>", "200", "{\"a\":[{\"b\":{}},\"2\"],\"ResponseStatus\":\"200\"}");
	/* a body with its own ResponseStatus: the appended one joins it in a list */
	CHECK_JSON("<r><ResponseStatus>x</ResponseStatus></r>", "400", "{\"ResponseStatus\":[\"x\",\"400\"]}");
	/* default namespace kept, escaping as PHP json_encode */
	CHECK_JSON("<r xmlns=\"urn:d\"><u>\xc3\xa4/\xf0\x9f\x98\x80\"</u></r>", "200",
	           "{\"u\":\"\\u00e4\\/\\ud83d\\ude00\\\"\",\"ResponseStatus\":\"200\"}");
	/* UTF-8 BOM before the root */
	CHECK_JSON("\xef\xbb\xbf<r><a>1</a></r>", "200", "{\"a\":\"1\",\"ResponseStatus\":\"200\"}");
}

UNIT_TEST(test_invalid_and_unsafe_xml_is_a_parse_error)
{
	static const char *const bad[] = {
		"",
		"not xml",
		"<r><a></r>",
		"<r>",
		"HTTP/1.1 200 OK\r\n\r\n<r/>",
		"<html><body>503 Service Unavailable</body>",
		"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>",
		"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><r>&b;</r>",
		"<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/x.dtd\"><r/>",
		"<r>&undefined;</r>",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		amzpay_error err;
		cJSON *tree = (cJSON *)1;

		amzpay_error_clear(&err);
		CHECK(amzpay_xml_to_tree(bad[i], strlen(bad[i]), "200", &tree, &err) == -1);
		CHECK(tree == NULL);
		CHECK(err.domain == AMZPAY_ERR_PARSE);
		CHECK(strstr(err.message, "passwd") == NULL || strstr(err.message, "root") != NULL);
		amzpay_error_clear(&err);
		CHECK(amzpay_xml_order_reference_status(bad[i], strlen(bad[i]), &tree, &err) == -1);
		CHECK(err.domain == AMZPAY_ERR_PARSE);
	}
}

static char *status_json(const char *xml, const char *element)
{
	amzpay_buf b = AMZPAY_BUF_INIT;
	amzpay_error err;
	cJSON *tree = NULL;

	amzpay_error_clear(&err);
	if (amzpay_xml_find_status(xml, strlen(xml), element, &tree, &err) < 0) {
		return strdup("(error)");
	}
	if (!tree) {
		return strdup("null");
	}
	amzpay_tree_to_php_json(tree, &b, &err);
	cJSON_Delete(tree);
	return amzpay_buf_detach(&b, NULL);
}

#define CHECK_STATUS(xml, expected)                                                                            \
	do {                                                                                                       \
		char *got_ = status_json((xml), "OrderReferenceStatus");                                               \
		CHECK_STR(got_, (expected));                                                                           \
		free(got_);                                                                                            \
	} while (0)

/* Expected values: what the legacy getStatus() returned on PHP 8.2 for the same inputs. */
UNIT_TEST(test_order_reference_status_lookup)
{
	CHECK_STATUS("<R xmlns=\"urn:a\"><X><OrderReferenceStatus><State>Open</State></OrderReferenceStatus></X>"
	             "<OrderReferenceStatus><State>Closed</State><ReasonCode>X</ReasonCode></OrderReferenceStatus></R>",
	             "{\"State\":\"Closed\",\"ReasonCode\":\"X\"}");
	CHECK_STATUS("<R xmlns=\"urn:a\"><OrderReferenceStatus>Open</OrderReferenceStatus></R>", "{\"0\":\"Open\"}");
	CHECK_STATUS("<R xmlns=\"urn:a\"><OrderReferenceStatus/></R>", "{}");
	CHECK_STATUS("<R><OrderReferenceStatus><State>Open</State></OrderReferenceStatus></R>", "null");
	CHECK_STATUS("<R xmlns=\"urn:a\" xmlns:p=\"urn:p\"><OrderReferenceStatus><State>Open</State>"
	             "</OrderReferenceStatus></R>",
	             "{\"State\":\"Open\"}");
	CHECK_STATUS("<R xmlns=\"urn:a\" xmlns:p=\"urn:p\"><p:x/><OrderReferenceStatus><State>Open</State>"
	             "</OrderReferenceStatus></R>",
	             "null");
	CHECK_STATUS("<R xmlns=\"urn:a\"><p:x xmlns:p=\"urn:p\"><p:OrderReferenceStatus><p:State>P</p:State>"
	             "</p:OrderReferenceStatus></p:x><OrderReferenceStatus><State>Open</State></OrderReferenceStatus></R>",
	             "{}");
	CHECK_STATUS("<R xmlns=\"urn:a\"><ErrorResponse/></R>", "null");
	CHECK_STATUS("<R xmlns=\"urn:a\"><OrderReferenceStatus a=\"1\"><State>Open</State></OrderReferenceStatus></R>",
	             "{\"@attributes\":{\"a\":\"1\"},\"State\":\"Open\"}");
}

UNIT_TEST(test_status_lookup_on_fixtures)
{
	char *xml, *got;

	if (!fixtures_available("test_status_lookup_on_fixtures")) {
		return;
	}
	xml = read_fixture("mws/GetOrderReferenceDetailsResponse_Full.xml", NULL);
	CHECK(xml != NULL);
	if (xml) {
		got = status_json(xml, "OrderReferenceStatus");
		CHECK_STR(got, "{\"LastUpdateTimestamp\":\"2017-07-23T22:01:49.694Z\",\"State\":\"Open\"}");
		free(got);
		free(xml);
	}
	xml = read_fixture("mws/ErrorResponse.xml", NULL);
	if (xml) {
		got = status_json(xml, "OrderReferenceStatus");
		CHECK_STR(got, "null");
		free(got);
		free(xml);
	}
	xml = read_fixture("mws/GetBillingAgreementDetailsResponse.xml", NULL);
	if (xml) {
		got = status_json(xml, "BillingAgreementStatus");
		CHECK(strstr(got, "\"State\":") != NULL);
		free(got);
		free(xml);
	}
}

static char *to_xml(const cJSON *tree)
{
	amzpay_buf b = AMZPAY_BUF_INIT;
	amzpay_error err;

	amzpay_error_clear(&err);
	if (amzpay_xml_from_tree("TestResponse", AMZPAY_MWS_NAMESPACE, tree, &b, &err) < 0) {
		amzpay_buf_free(&b);
		return NULL;
	}
	return amzpay_buf_detach(&b, NULL);
}

/* tree -> XML -> tree is the identity for trees in the toArray model. */
UNIT_TEST(test_tree_to_xml_round_trip)
{
	const char *json = "{\"Result\":{\"Details\":{\"Amount\":{\"CurrencyCode\":\"EUR\",\"Amount\":\"1.00\"},"
	                   "\"IdList\":{\"member\":[\"a\",\"b\"]},\"Empty\":{},\"Note\":\"x < y & \\\"z\\\" \\u00e4\","
	                   "\"Multi\":\"line1\\nline2\\r\\n\",\"Tag\":{\"@attributes\":{\"k\":\"v&\\\"\"},\"In\":\"1\"}}},"
	                   "\"ResponseMetadata\":{\"RequestId\":\"r-1\"}}";
	cJSON *tree = cJSON_Parse(json), *back = NULL, *expected;
	char *xml = to_xml(tree);

	CHECK(xml != NULL);
	if (xml) {
		back = convert(xml, "200");
		expected = cJSON_Duplicate(tree, 1);
		cJSON_AddStringToObject(expected, "ResponseStatus", "200");
		CHECK(back && tree_equal(back, expected, "roundtrip"));
		cJSON_Delete(expected);
		CHECK(strstr(xml, "xmlns=\"" AMZPAY_MWS_NAMESPACE "\"") != NULL);
		CHECK(strstr(xml, "<Empty/>") != NULL);
		CHECK(strstr(xml, "&#13;") != NULL);
	}
	cJSON_Delete(back);
	cJSON_Delete(tree);
	free(xml);
}

/* Empty strings, null, numbers and bools; junk bytes never produce unparsable XML. */
UNIT_TEST(test_tree_to_xml_scalars_and_sanitising)
{
	cJSON *tree = cJSON_CreateObject(), *back;
	char *xml, json[1024];
	amzpay_buf b = AMZPAY_BUF_INIT;
	amzpay_error err;

	cJSON_AddStringToObject(tree, "E", "");
	cJSON_AddNullToObject(tree, "N");
	cJSON_AddNumberToObject(tree, "I", 42);
	cJSON_AddNumberToObject(tree, "F", 1.5);
	cJSON_AddTrueToObject(tree, "T");
	cJSON_AddStringToObject(tree, "Bad", "a\x01" "b\xff" "c\xed\xa0\x80" "d");
	xml = to_xml(tree);
	CHECK(xml != NULL);
	back = xml ? convert(xml, NULL) : NULL;
	CHECK(back != NULL);
	if (back) {
		amzpay_tree_to_php_json(back, &b, &err);
		snprintf(json, sizeof(json), "%s", amzpay_buf_cstr(&b));
		CHECK_STR(json, "{\"E\":{},\"N\":{},\"I\":\"42\",\"F\":\"1.5\",\"T\":\"true\","
		                "\"Bad\":\"a\\ufffdb\\ufffdc\\ufffd\\ufffd\\ufffdd\"}");
	}
	amzpay_buf_free(&b);
	cJSON_Delete(back);
	cJSON_Delete(tree);
	free(xml);
}

UNIT_TEST(test_tree_to_xml_refuses_bad_names)
{
	static const char *const names[] = {"", "0", "a b", "p:x", "1a", "-a", "a<b", "a/b", "\xc3\xa4"};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		cJSON *tree = cJSON_CreateObject();
		amzpay_buf b = AMZPAY_BUF_INIT;
		amzpay_error err;

		cJSON_AddStringToObject(tree, names[i], "v");
		amzpay_error_clear(&err);
		CHECK(amzpay_xml_from_tree("R", NULL, tree, &b, &err) == -1);
		CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
		amzpay_buf_free(&b);
		cJSON_Delete(tree);
	}
	{
		amzpay_buf b = AMZPAY_BUF_INIT;
		amzpay_error err;

		CHECK(amzpay_xml_from_tree("Bad Root", NULL, NULL, &b, &err) == -1);
		CHECK(amzpay_xml_from_tree("R", NULL, NULL, &b, &err) == 0);
		CHECK(strstr(amzpay_buf_cstr(&b), "<R/>") != NULL);
		amzpay_buf_free(&b);
	}
}

UNIT_TEST(test_php_json_rejects_invalid_utf8)
{
	cJSON *s = cJSON_CreateString("a\xc3");
	amzpay_buf b = AMZPAY_BUF_INIT;
	amzpay_error err;

	amzpay_error_clear(&err);
	CHECK(amzpay_tree_to_php_json(s, &b, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	amzpay_buf_free(&b);
	cJSON_Delete(s);
}

/*
 * 100,000 siblings: 99,998 distinct names plus one name seen three times. The
 * tree keeps document order, the repeated name becomes a list in the place
 * of its first occurrence, and the name lookups stay linear overall (a few
 * comparisons per child; a scan of the earlier siblings made it quadratic).
 */
UNIT_TEST(test_many_distinct_siblings_are_linear)
{
	enum { N = 100000 };
	amzpay_buf xml = AMZPAY_BUF_INIT;
	amzpay_error err;
	cJSON *tree = NULL, *item, *rep;
	size_t before, compares, count = 0, i;
	bool in_order = true;
	char name[32];

	amzpay_buf_appends(&xml, "<r>");
	for (i = 0; i < N - 2; i++) {
		if (i == 5 || i == 50000) {
			amzpay_buf_appends(&xml, "<rep>x</rep>");
		}
		amzpay_buf_appendf(&xml, "<n%zu>%zu</n%zu>", i, i, i);
	}
	amzpay_buf_appends(&xml, "<rep>y</rep></r>");
	CHECK(!xml.failed);

	before = amzpay_xml_key_compares();
	CHECK(amzpay_xml_to_tree(xml.data, xml.len, NULL, &tree, &err) == 0);
	compares = amzpay_xml_key_compares() - before;
	CHECK(compares < 4 * (size_t)N);

	i = 0;
	cJSON_ArrayForEach(item, tree)
	{
		if (count == 5) {
			in_order = in_order && strcmp(item->string, "rep") == 0;
		} else {
			snprintf(name, sizeof(name), "n%zu", i++);
			in_order = in_order && strcmp(item->string, name) == 0 && cJSON_IsString(item) &&
			           strcmp(item->valuestring, name + 1) == 0;
		}
		count++;
	}
	CHECK(count == N - 1);
	CHECK(in_order);
	rep = cJSON_GetObjectItemCaseSensitive(tree, "rep");
	CHECK(cJSON_IsArray(rep) && cJSON_GetArraySize(rep) == 3);
	CHECK_STR(cJSON_GetArrayItem(rep, 0)->valuestring, "x");
	CHECK_STR(cJSON_GetArrayItem(rep, 2)->valuestring, "y");
	CHECK_STR(cJSON_GetArrayItem(tree, (int)count - 1)->string, "n99997");
	cJSON_Delete(tree);
	amzpay_buf_free(&xml);
}

/* Renders a tree through the opaque API only, the way the PHP glue walks it: {k:v,...} [v,...] "s". */
static void tree_dump(const amzpay_tree *node, amzpay_buf *out)
{
	const amzpay_tree *child;
	bool object = amzpay_tree_kind_of(node) == AMZPAY_TREE_OBJECT;

	switch (amzpay_tree_kind_of(node)) {
		case AMZPAY_TREE_OBJECT:
		case AMZPAY_TREE_LIST:
			amzpay_buf_appendc(out, object ? '{' : '[');
			for (child = amzpay_tree_first(node); child; child = amzpay_tree_next(child)) {
				if (child != amzpay_tree_first(node)) {
					amzpay_buf_appendc(out, ',');
				}
				if (object) {
					amzpay_buf_appendf(out, "%s:", amzpay_tree_key(child));
				} else if (amzpay_tree_key(child)) {
					amzpay_buf_appends(out, "KEY-IN-LIST:");
				}
				tree_dump(child, out);
			}
			amzpay_buf_appendc(out, object ? '}' : ']');
			break;
		case AMZPAY_TREE_STRING:
			amzpay_buf_appendf(out, "\"%s\"", amzpay_tree_string(node));
			break;
		case AMZPAY_TREE_NUMBER:
			amzpay_buf_appendf(out, "%g", amzpay_tree_number(node));
			break;
		case AMZPAY_TREE_BOOL:
			amzpay_buf_appends(out, amzpay_tree_bool(node) ? "true" : "false");
			break;
		default:
			amzpay_buf_appends(out, "null");
	}
}

/* The glue's read API: document order, lists, empty objects, "0" keys, wrong-kind accessors, same JSON. */
UNIT_TEST(test_tree_read_api)
{
	static const char xml[] = "<R xmlns=\"" AMZPAY_MWS_NAMESPACE "\"><A id=\"1\"><B>x</B><E/><B>y</B></A>"
	                          "<C>z</C><OrderReferenceStatus>Open</OrderReferenceStatus></R>";
	amzpay_tree *t = NULL, *status = NULL;
	cJSON *direct = NULL, *mixed;
	amzpay_buf dump = AMZPAY_BUF_INIT, j1 = AMZPAY_BUF_INIT, j2 = AMZPAY_BUF_INIT;
	const amzpay_tree *a;
	amzpay_error err;

	amzpay_error_clear(&err);
	CHECK(amzpay_tree_from_xml(xml, sizeof(xml) - 1, "200", &t, &err) == 0 && t);
	tree_dump(t, &dump);
	CHECK_STR(amzpay_buf_cstr(&dump),
	          "{A:{@attributes:{id:\"1\"},B:[\"x\",\"y\"],E:{}},C:\"z\",OrderReferenceStatus:\"Open\","
	          "ResponseStatus:\"200\"}");
	CHECK(amzpay_tree_key(t) == NULL);
	a = amzpay_tree_first(t);
	CHECK_STR(amzpay_tree_key(a), "A");
	/* wrong kind: neutral answers, never a crash */
	CHECK(amzpay_tree_string(a) == NULL && amzpay_tree_number(a) == 0 && !amzpay_tree_bool(a));
	CHECK(amzpay_tree_first(amzpay_tree_next(a)) == NULL); /* C is a string */
	CHECK(amzpay_tree_first(NULL) == NULL && amzpay_tree_next(NULL) == NULL && amzpay_tree_key(NULL) == NULL);
	/* toJson() through the opaque type is the same text as through cJSON */
	CHECK(amzpay_xml_to_tree(xml, sizeof(xml) - 1, "200", &direct, &err) == 0);
	CHECK(amzpay_tree_to_json(t, &j1, &err) == 0 && amzpay_tree_to_php_json(direct, &j2, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&j1), amzpay_buf_cstr(&j2));
	/* a status element found, a text-only one as {"0": text}; a missing one is NULL without error */
	CHECK(amzpay_tree_status_from_xml(xml, sizeof(xml) - 1, "OrderReferenceStatus", &status, &err) == 0 && status);
	amzpay_buf_reset(&dump);
	tree_dump(status, &dump);
	CHECK_STR(amzpay_buf_cstr(&dump), "{0:\"Open\"}");
	amzpay_tree_free(status);
	status = (amzpay_tree *)(void *)1;
	CHECK(amzpay_tree_status_from_xml(xml, sizeof(xml) - 1, "BillingAgreementStatus", &status, &err) == 0);
	CHECK(status == NULL);
	status = (amzpay_tree *)(void *)1;
	CHECK(amzpay_tree_from_xml("<R>", 3, NULL, &status, &err) == -1 && status == NULL);
	CHECK(err.domain == AMZPAY_ERR_PARSE);
	/* numbers and booleans (trees the core builds itself) */
	mixed = cJSON_CreateObject();
	cJSON_AddNumberToObject(mixed, "n", 1.5);
	cJSON_AddTrueToObject(mixed, "t");
	cJSON_AddNullToObject(mixed, "z");
	amzpay_buf_reset(&dump);
	tree_dump((const amzpay_tree *)(const void *)mixed, &dump);
	CHECK_STR(amzpay_buf_cstr(&dump), "{n:1.5,t:true,z:null}");
	cJSON_Delete(mixed);
	amzpay_tree_free(t);
	cJSON_Delete(direct);
	amzpay_buf_free(&dump);
	amzpay_buf_free(&j1);
	amzpay_buf_free(&j2);
}

UNIT_MAIN(UNIT_CASE(test_all_fixtures_match_legacy_to_array), UNIT_CASE(test_php_sdk_inline_fixture_to_json),
          UNIT_CASE(test_simplexml_quirks), UNIT_CASE(test_invalid_and_unsafe_xml_is_a_parse_error),
          UNIT_CASE(test_order_reference_status_lookup), UNIT_CASE(test_status_lookup_on_fixtures),
          UNIT_CASE(test_tree_to_xml_round_trip), UNIT_CASE(test_tree_to_xml_scalars_and_sanitising),
          UNIT_CASE(test_tree_to_xml_refuses_bad_names), UNIT_CASE(test_php_json_rejects_invalid_utf8),
          UNIT_CASE(test_many_distinct_siblings_are_linear), UNIT_CASE(test_tree_read_api))
