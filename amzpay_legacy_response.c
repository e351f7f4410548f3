/*
 * amzpay glue: \AmazonPay\ResponseParser, the legacy SDK's response object.
 *
 * The parser converts whatever MWS XML it holds (a bridged answer or a
 * genuine MWS body a shop feeds it) with the core's SimpleXML-compatible
 * tree (src/xml.h, read through src/tree.h), so toArray()/toJson() give exactly what the legacy SDK
 * gave. It also keeps the v2 diagnostics of the call that produced it
 * (getV2Error()); they live in the C object, never in $response.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "amzpay_legacy.h"
#include "src/buf.h"
#include "src/legacy.h"
#include "src/tree.h"

#include "stubs/legacy_response_arginfo.h"

zend_class_entry *php_amzpay_response_parser_ce;
static zend_class_entry *php_amzpay_response_interface_ce;
static zend_object_handlers php_amzpay_response_handlers;

typedef struct {
	bool has_v2;           /* a v2 request stands behind this response */
	long v2_status;
	char v2_reason_code[64];
	char v2_request_id[128];
	zend_object std;
} php_amzpay_response;

static inline php_amzpay_response *response_from_obj(zend_object *obj)
{
	return (php_amzpay_response *)((char *)obj - XtOffsetOf(php_amzpay_response, std));
}

#define Z_RESPONSE_P(zv) response_from_obj(Z_OBJ_P(zv))

static zend_object *response_create(zend_class_entry *ce)
{
	php_amzpay_response *intern = zend_object_alloc(sizeof(php_amzpay_response), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &php_amzpay_response_handlers;
	return &intern->std;
}

static zend_object *response_clone(zend_object *old)
{
	zend_object *new_obj = response_create(old->ce);

	zend_objects_clone_members(new_obj, old);
	memcpy(response_from_obj(new_obj), response_from_obj(old), XtOffsetOf(php_amzpay_response, std));
	return new_obj;
}

/* {{{ tree -> PHP values (json_decode(..., true) of the legacy json_encode) */
static void tree_to_zval(const amzpay_tree *node, zval *out)
{
	const amzpay_tree *child;

	switch (amzpay_tree_kind_of(node)) {
		case AMZPAY_TREE_OBJECT:
			array_init(out);
			for (child = amzpay_tree_first(node); child; child = amzpay_tree_next(child)) {
				const char *key = amzpay_tree_key(child);
				zval v;

				tree_to_zval(child, &v);
				/* symtable: a "0" key becomes the integer 0, as json_decode() does */
				zend_symtable_str_update(Z_ARRVAL_P(out), key, strlen(key), &v);
			}
			break;
		case AMZPAY_TREE_LIST:
			array_init(out);
			for (child = amzpay_tree_first(node); child; child = amzpay_tree_next(child)) {
				zval v;

				tree_to_zval(child, &v);
				add_next_index_zval(out, &v);
			}
			break;
		case AMZPAY_TREE_STRING:
			ZVAL_STRING(out, amzpay_tree_string(node));
			break;
		case AMZPAY_TREE_NUMBER:
			ZVAL_DOUBLE(out, amzpay_tree_number(node));
			break;
		case AMZPAY_TREE_BOOL:
			ZVAL_BOOL(out, amzpay_tree_bool(node));
			break;
		default:
			ZVAL_NULL(out);
	}
}
/* }}} */

/* The tree of $this->response (ResponseBody + ResponseStatus); NULL with an exception thrown. */
static amzpay_tree *response_tree(zval *this_zv)
{
	zval rv, *response, *body, *status;
	zend_string *status_str;
	amzpay_tree *tree = NULL;
	amzpay_error err;

	response = zend_read_property(php_amzpay_response_parser_ce, Z_OBJ_P(this_zv), ZEND_STRL("response"), 1, &rv);
	ZVAL_DEREF(response);
	if (Z_TYPE_P(response) != IS_ARRAY ||
	    !(body = zend_hash_str_find_deref(Z_ARRVAL_P(response), ZEND_STRL("ResponseBody"))) ||
	    Z_TYPE_P(body) != IS_STRING) {
		zend_throw_exception(php_amzpay_response_exception_ce,
		                     "ResponseParser::$response must be an array with a string 'ResponseBody'", 0);
		return NULL;
	}
	status = zend_hash_str_find_deref(Z_ARRVAL_P(response), ZEND_STRL("Status"));
	status_str = status ? zval_get_string(status) : ZSTR_EMPTY_ALLOC();
	amzpay_error_clear(&err);
	if (amzpay_tree_from_xml(Z_STRVAL_P(body), Z_STRLEN_P(body), ZSTR_VAL(status_str), &tree, &err) != 0) {
		zend_throw_exception_ex(php_amzpay_response_exception_ce, 0,
		                        "The response body is not the MWS XML the legacy SDK expected: %s", err.message);
		tree = NULL;
	}
	zend_string_release(status_str);
	return tree;
}

/* {{{ proto AmazonPay\ResponseParser::__construct($response = null) */
PHP_METHOD(AmazonPay_ResponseParser, __construct)
{
	zval *response = NULL;

	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(response)
	ZEND_PARSE_PARAMETERS_END();

	if (response) {
		zend_update_property(php_amzpay_response_parser_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("response"), response);
	}
}
/* }}} */

/* {{{ proto string AmazonPay\ResponseParser::toXml() */
PHP_METHOD(AmazonPay_ResponseParser, toXml)
{
	zval rv, *response, *body;

	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END(); /* surplus arguments are ignored, as by a userland method */

	response = zend_read_property(php_amzpay_response_parser_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("response"), 1, &rv);
	ZVAL_DEREF(response);
	if (Z_TYPE_P(response) == IS_ARRAY &&
	    (body = zend_hash_str_find_deref(Z_ARRVAL_P(response), ZEND_STRL("ResponseBody")))) {
		RETURN_COPY(body);
	}
	RETURN_NULL();
}
/* }}} */

/* {{{ proto array AmazonPay\ResponseParser::toArray() */
PHP_METHOD(AmazonPay_ResponseParser, toArray)
{
	amzpay_tree *tree;

	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END(); /* surplus arguments are ignored, as by a userland method */

	if (!(tree = response_tree(ZEND_THIS))) {
		RETURN_THROWS();
	}
	tree_to_zval(tree, return_value);
	amzpay_tree_free(tree);
}
/* }}} */

/* {{{ proto string AmazonPay\ResponseParser::toJson() */
PHP_METHOD(AmazonPay_ResponseParser, toJson)
{
	amzpay_tree *tree;
	amzpay_buf out = {0};
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END(); /* surplus arguments are ignored, as by a userland method */

	if (!(tree = response_tree(ZEND_THIS))) {
		RETURN_THROWS();
	}
	amzpay_error_clear(&err);
	if (amzpay_tree_to_json(tree, &out, &err) != 0) {
		zend_throw_exception_ex(php_amzpay_response_exception_ce, 0, "Cannot encode the response as JSON: %s",
		                        err.message);
	} else {
		RETVAL_STRINGL(amzpay_buf_cstr(&out), out.len);
	}
	amzpay_buf_free(&out);
	amzpay_tree_free(tree);
}
/* }}} */

/* Shared by the two status getters: an array, or null when the element is missing (no warning, unlike legacy). */
static void status_of(INTERNAL_FUNCTION_PARAMETERS, const char *element)
{
	zval *xml;
	amzpay_tree *tree = NULL;
	amzpay_error err;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_ZVAL(xml)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE_P(xml) != IS_STRING) {
		RETURN_NULL();
	}
	amzpay_error_clear(&err);
	if (amzpay_tree_status_from_xml(Z_STRVAL_P(xml), Z_STRLEN_P(xml), element, &tree, &err) != 0) {
		zend_throw_exception_ex(php_amzpay_response_exception_ce, 0,
		                        "The response body is not the MWS XML the legacy SDK expected: %s", err.message);
		RETURN_THROWS();
	}
	if (!tree) {
		RETURN_NULL();
	}
	tree_to_zval(tree, return_value);
	amzpay_tree_free(tree);
}

/* {{{ proto ?array AmazonPay\ResponseParser::getOrderReferenceDetailsStatus($response) */
PHP_METHOD(AmazonPay_ResponseParser, getOrderReferenceDetailsStatus)
{
	status_of(INTERNAL_FUNCTION_PARAM_PASSTHRU, "OrderReferenceStatus");
}
/* }}} */

/* {{{ proto ?array AmazonPay\ResponseParser::getBillingAgreementDetailsStatus($response) */
PHP_METHOD(AmazonPay_ResponseParser, getBillingAgreementDetailsStatus)
{
	status_of(INTERNAL_FUNCTION_PARAM_PASSTHRU, "BillingAgreementStatus");
}
/* }}} */

/* {{{ proto ?array AmazonPay\ResponseParser::getV2Error() */
PHP_METHOD(AmazonPay_ResponseParser, getV2Error)
{
	php_amzpay_response *intern = Z_RESPONSE_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END(); /* surplus arguments are ignored, as by a userland method */

	if (!intern->has_v2) {
		RETURN_NULL();
	}
	array_init_size(return_value, 3);
	if (intern->v2_reason_code[0]) {
		add_assoc_string(return_value, "reasonCode", intern->v2_reason_code);
	} else {
		add_assoc_null(return_value, "reasonCode");
	}
	add_assoc_long(return_value, "status", intern->v2_status);
	if (intern->v2_request_id[0]) {
		add_assoc_string(return_value, "requestId", intern->v2_request_id);
	} else {
		add_assoc_null(return_value, "requestId");
	}
}
/* }}} */

void php_amzpay_response_from_result(zval *out, const amzpay_legacy_result *res)
{
	php_amzpay_response *intern;
	zval response;

	object_init_ex(out, php_amzpay_response_parser_ce);
	array_init_size(&response, 2);
	add_assoc_long(&response, "Status", res->status);
	add_assoc_stringl(&response, "ResponseBody", res->xml ? res->xml : "", res->xml ? res->xml_len : 0);
	zend_update_property(php_amzpay_response_parser_ce, Z_OBJ_P(out), ZEND_STRL("response"), &response);
	zval_ptr_dtor(&response);

	intern = Z_RESPONSE_P(out);
	/* a plain success says nothing worth a diagnostic; a decline (200 + reason) or an error does */
	intern->has_v2 = res->sent && (!res->success || res->v2_reason_code[0] || res->v2_status >= 300);
	intern->v2_status = res->v2_status;
	memcpy(intern->v2_reason_code, res->v2_reason_code, sizeof(intern->v2_reason_code));
	memcpy(intern->v2_request_id, res->v2_request_id, sizeof(intern->v2_request_id));
}

void php_amzpay_legacy_response_init(void)
{
	php_amzpay_response_interface_ce = register_class_AmazonPay_ResponseInterface();
	php_amzpay_response_parser_ce = register_class_AmazonPay_ResponseParser(php_amzpay_response_interface_ce);
	php_amzpay_response_parser_ce->create_object = response_create;

	memcpy(&php_amzpay_response_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_amzpay_response_handlers.offset = XtOffsetOf(php_amzpay_response, std);
	php_amzpay_response_handlers.clone_obj = response_clone;

	zend_register_class_alias("PayWithAmazon\\ResponseParser", php_amzpay_response_parser_ce);
	zend_register_class_alias("PayWithAmazon\\ResponseInterface", php_amzpay_response_interface_ce);
}
