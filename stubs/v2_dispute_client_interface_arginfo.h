/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 887d087faf28a7ef67a65113243bac642566ab38 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_DisputeClientInterface_createDispute, 0, 0, 2)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO(0, headers)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_DisputeClientInterface_getDispute, 0, 0, 1)
	ZEND_ARG_INFO(0, disputeId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_DisputeClientInterface_updateDispute, 0, 0, 2)
	ZEND_ARG_INFO(0, disputeId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_DisputeClientInterface_contestDispute arginfo_class_Amazon_Pay_API_DisputeClientInterface_updateDispute

#define arginfo_class_Amazon_Pay_API_DisputeClientInterface_uploadFile arginfo_class_Amazon_Pay_API_DisputeClientInterface_createDispute




static const zend_function_entry class_Amazon_Pay_API_DisputeClientInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_DisputeClientInterface, createDispute, arginfo_class_Amazon_Pay_API_DisputeClientInterface_createDispute, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_DisputeClientInterface, getDispute, arginfo_class_Amazon_Pay_API_DisputeClientInterface_getDispute, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_DisputeClientInterface, updateDispute, arginfo_class_Amazon_Pay_API_DisputeClientInterface_updateDispute, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_DisputeClientInterface, contestDispute, arginfo_class_Amazon_Pay_API_DisputeClientInterface_contestDispute, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_DisputeClientInterface, uploadFile, arginfo_class_Amazon_Pay_API_DisputeClientInterface_uploadFile, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_DisputeClientInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API", "DisputeClientInterface", class_Amazon_Pay_API_DisputeClientInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}
