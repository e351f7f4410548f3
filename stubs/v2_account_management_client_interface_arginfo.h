/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d0c373abfa17965d3cab3a1da2925d76018fc8a5 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_createMerchantAccount, 0, 0, 2)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO(0, headers)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_updateMerchantAccount, 0, 0, 3)
	ZEND_ARG_INFO(0, merchantAccountId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO(0, headers)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_claimMerchantAccount, 0, 0, 2)
	ZEND_ARG_INFO(0, merchantAccountId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_createStore arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_updateMerchantAccount

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_updateStore, 0, 0, 4)
	ZEND_ARG_INFO(0, merchantAccountId)
	ZEND_ARG_INFO(0, storeId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO(0, headers)
ZEND_END_ARG_INFO()




static const zend_function_entry class_Amazon_Pay_API_AccountManagementClientInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_AccountManagementClientInterface, createMerchantAccount, arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_createMerchantAccount, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_AccountManagementClientInterface, updateMerchantAccount, arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_updateMerchantAccount, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_AccountManagementClientInterface, claimMerchantAccount, arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_claimMerchantAccount, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_AccountManagementClientInterface, createStore, arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_createStore, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_AccountManagementClientInterface, updateStore, arginfo_class_Amazon_Pay_API_AccountManagementClientInterface_updateStore, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_AccountManagementClientInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API", "AccountManagementClientInterface", class_Amazon_Pay_API_AccountManagementClientInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}
