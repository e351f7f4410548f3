/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d8608600ad081c391b583673b68c84e8b2e5f6b8 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AmazonPay_IpnHandlerInterface_returnMessage, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_AmazonPay_IpnHandlerInterface_toJson arginfo_class_AmazonPay_IpnHandlerInterface_returnMessage

#define arginfo_class_AmazonPay_IpnHandlerInterface_toArray arginfo_class_AmazonPay_IpnHandlerInterface_returnMessage

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AmazonPay_IpnHandler___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, headers, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ipnConfig, IS_ARRAY, 1, "null")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, AmazonPay\\Client, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_AmazonPay_IpnHandler_returnMessage arginfo_class_AmazonPay_IpnHandlerInterface_returnMessage

#define arginfo_class_AmazonPay_IpnHandler_toJson arginfo_class_AmazonPay_IpnHandlerInterface_returnMessage

#define arginfo_class_AmazonPay_IpnHandler_toArray arginfo_class_AmazonPay_IpnHandlerInterface_returnMessage

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AmazonPay_IpnHandler_verifySignatureIsCorrectFromCertificate, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, signature, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AmazonPay_IpnHandler_isDuplicate, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AmazonPay_IpnHandler___get, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AmazonPay_IpnHandler___set, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AmazonPay_IpnHandler_setLogger, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, logger, IS_OBJECT, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_AmazonPay_IpnHandler___debugInfo, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(AmazonPay_IpnHandler, __construct);
ZEND_METHOD(AmazonPay_IpnHandler, returnMessage);
ZEND_METHOD(AmazonPay_IpnHandler, toJson);
ZEND_METHOD(AmazonPay_IpnHandler, toArray);
ZEND_METHOD(AmazonPay_IpnHandler, verifySignatureIsCorrectFromCertificate);
ZEND_METHOD(AmazonPay_IpnHandler, isDuplicate);
ZEND_METHOD(AmazonPay_IpnHandler, __get);
ZEND_METHOD(AmazonPay_IpnHandler, __set);
ZEND_METHOD(AmazonPay_IpnHandler, setLogger);
ZEND_METHOD(AmazonPay_IpnHandler, __debugInfo);


static const zend_function_entry class_AmazonPay_IpnHandlerInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(AmazonPay_IpnHandlerInterface, returnMessage, arginfo_class_AmazonPay_IpnHandlerInterface_returnMessage, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(AmazonPay_IpnHandlerInterface, toJson, arginfo_class_AmazonPay_IpnHandlerInterface_toJson, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(AmazonPay_IpnHandlerInterface, toArray, arginfo_class_AmazonPay_IpnHandlerInterface_toArray, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_IpnHandler_methods[] = {
	ZEND_ME(AmazonPay_IpnHandler, __construct, arginfo_class_AmazonPay_IpnHandler___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_IpnHandler, returnMessage, arginfo_class_AmazonPay_IpnHandler_returnMessage, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_IpnHandler, toJson, arginfo_class_AmazonPay_IpnHandler_toJson, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_IpnHandler, toArray, arginfo_class_AmazonPay_IpnHandler_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_IpnHandler, verifySignatureIsCorrectFromCertificate, arginfo_class_AmazonPay_IpnHandler_verifySignatureIsCorrectFromCertificate, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_IpnHandler, isDuplicate, arginfo_class_AmazonPay_IpnHandler_isDuplicate, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_IpnHandler, __get, arginfo_class_AmazonPay_IpnHandler___get, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_IpnHandler, __set, arginfo_class_AmazonPay_IpnHandler___set, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_IpnHandler, setLogger, arginfo_class_AmazonPay_IpnHandler_setLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(AmazonPay_IpnHandler, __debugInfo, arginfo_class_AmazonPay_IpnHandler___debugInfo, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_AmazonPay_IpnHandlerInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay", "IpnHandlerInterface", class_AmazonPay_IpnHandlerInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_IpnHandler(zend_class_entry *class_entry_AmazonPay_IpnHandlerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay", "IpnHandler", class_AmazonPay_IpnHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_AmazonPay_IpnHandlerInterface);

	return class_entry;
}
