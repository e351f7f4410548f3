/*
 * MWS XML (ResponseParser toArray/toJson, the status lookups, tree -> XML).
 *
 * Input: the response body, as an MWS endpoint (or anything in between) could send it.
 * Invariants:
 *   - a body that converts gives a toJson() text that parses as JSON again;
 *   - XML built from any converted tree (amzpay_xml_from_tree) parses again;
 *   - a failure is always a clean error with a message.
 */
#include <cjson/cJSON.h>

#include "buf.h"
#include "error.h"
#include "fuzz.h"
#include "xml.h"

static void check_json_reparses(const cJSON *tree)
{
	amzpay_buf json = AMZPAY_BUF_INIT;
	amzpay_error err;
	cJSON *again;

	amzpay_error_clear(&err);
	if (amzpay_tree_to_php_json(tree, &json, &err) == 0) {
		again = cJSON_ParseWithLength(json.data ? json.data : "", json.len);
		FUZZ_ASSERT(again != NULL, "toJson() output does not parse: %.200s", amzpay_buf_cstr(&json));
		cJSON_Delete(again);
	} else {
		FUZZ_ASSERT(err.message[0] != '\0', "toJson() failed without a message");
	}
	amzpay_buf_free(&json);
}

static void check_xml_reparses(const cJSON *tree)
{
	amzpay_buf xml = AMZPAY_BUF_INIT;
	amzpay_error err;
	cJSON *again = NULL;

	amzpay_error_clear(&err);
	if (!cJSON_IsObject(tree) || amzpay_xml_from_tree("FuzzResponse", AMZPAY_MWS_NAMESPACE, tree, &xml, &err) != 0) {
		amzpay_buf_free(&xml);
		return;
	}
	FUZZ_ASSERT(amzpay_xml_to_tree(xml.data, xml.len, "200", &again, &err) == 0, "built XML does not parse (%s): %.300s",
	            err.message, amzpay_buf_cstr(&xml));
	check_json_reparses(again);
	cJSON_Delete(again);
	amzpay_buf_free(&xml);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *xml = (const char *)data;
	amzpay_error err;
	cJSON *tree = NULL;

	amzpay_error_clear(&err);
	if (amzpay_xml_to_tree(xml, size, size % 2 ? "200" : NULL, &tree, &err) == 0) {
		FUZZ_ASSERT(tree != NULL, "converted without a tree");
		check_json_reparses(tree);
		check_xml_reparses(tree);
		cJSON_Delete(tree);
	} else {
		FUZZ_ASSERT(err.message[0] != '\0', "refused without a message");
	}

	tree = NULL;
	amzpay_error_clear(&err);
	if (amzpay_xml_order_reference_status(xml, size, &tree, &err) == 0 && tree) {
		check_json_reparses(tree);
		cJSON_Delete(tree);
	}
	tree = NULL;
	if (amzpay_xml_find_status(xml, size, "BillingAgreementStatus", &tree, &err) == 0 && tree) {
		cJSON_Delete(tree);
	}
	return 0;
}
