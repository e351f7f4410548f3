/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: eec12d8095442726a605fb04cb2f3b83620f9ab4 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AmazonPay_ResponseInterface_toXml, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_AmazonPay_ResponseInterface_toJson arginfo_class_AmazonPay_ResponseInterface_toXml

#define arginfo_class_AmazonPay_ResponseInterface_toArray arginfo_class_AmazonPay_ResponseInterface_toXml

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AmazonPay_ResponseInterface_getOrderReferenceDetailsStatus, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, response, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_AmazonPay_ResponseInterface_getBillingAgreementDetailsStatus arginfo_class_AmazonPay_ResponseInterface_getOrderReferenceDetailsStatus

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AmazonPay_ResponseParser___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, response, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_AmazonPay_ResponseParser_toXml arginfo_class_AmazonPay_ResponseInterface_toXml

#define arginfo_class_AmazonPay_ResponseParser_toJson arginfo_class_AmazonPay_ResponseInterface_toXml

#define arginfo_class_AmazonPay_ResponseParser_toArray arginfo_class_AmazonPay_ResponseInterface_toXml

#define arginfo_class_AmazonPay_ResponseParser_getOrderReferenceDetailsStatus arginfo_class_AmazonPay_ResponseInterface_getOrderReferenceDetailsStatus

#define arginfo_class_AmazonPay_ResponseParser_getBillingAgreementDetailsStatus arginfo_class_AmazonPay_ResponseInterface_getOrderReferenceDetailsStatus

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AmazonPay_ResponseParser_getV2Error, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()


ZEND_METHOD(AmazonPay_ResponseParser, __construct);
ZEND_METHOD(AmazonPay_ResponseParser, toXml);
ZEND_METHOD(AmazonPay_ResponseParser, toJson);
ZEND_METHOD(AmazonPay_ResponseParser, toArray);
ZEND_METHOD(AmazonPay_ResponseParser, getOrderReferenceDetailsStatus);
ZEND_METHOD(AmazonPay_ResponseParser, getBillingAgreementDetailsStatus);
ZEND_METHOD(AmazonPay_ResponseParser, getV2Error);


static const zend_function_entry class_AmazonPay_ResponseInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(AmazonPay_ResponseInterface, toXml, arginfo_class_AmazonPay_ResponseInterface_toXml, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(AmazonPay_ResponseInterface, toJson, arginfo_class_AmazonPay_ResponseInterface_toJson, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(AmazonPay_ResponseInterface, toArray, arginfo_class_AmazonPay_ResponseInterface_toArray, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(AmazonPay_ResponseInterface, getOrderReferenceDetailsStatus, arginfo_class_AmazonPay_ResponseInterface_getOrderReferenceDetailsStatus, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(AmazonPay_ResponseInterface, getBillingAgreementDetailsStatus, arginfo_class_AmazonPay_ResponseInterface_getBillingAgreementDetailsStatus, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_ResponseParser_methods[] = {
	ZEND_ME(AmazonPay_ResponseParser, __construct, arginfo_class_AmazonPay_ResponseParser___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_ResponseParser, toXml, arginfo_class_AmazonPay_ResponseParser_toXml, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_ResponseParser, toJson, arginfo_class_AmazonPay_ResponseParser_toJson, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_ResponseParser, toArray, arginfo_class_AmazonPay_ResponseParser_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_ResponseParser, getOrderReferenceDetailsStatus, arginfo_class_AmazonPay_ResponseParser_getOrderReferenceDetailsStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_ResponseParser, getBillingAgreementDetailsStatus, arginfo_class_AmazonPay_ResponseParser_getBillingAgreementDetailsStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_ResponseParser, getV2Error, arginfo_class_AmazonPay_ResponseParser_getV2Error, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_AmazonPay_ResponseInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay", "ResponseInterface", class_AmazonPay_ResponseInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_ResponseParser(zend_class_entry *class_entry_AmazonPay_ResponseInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay", "ResponseParser", class_AmazonPay_ResponseParser_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_AmazonPay_ResponseInterface);

	zval property_response_default_value;
	ZVAL_NULL(&property_response_default_value);
	zend_string *property_response_name = zend_string_init("response", sizeof("response") - 1, 1);
	zend_declare_property_ex(class_entry, property_response_name, &property_response_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_response_name);

	return class_entry;
}
