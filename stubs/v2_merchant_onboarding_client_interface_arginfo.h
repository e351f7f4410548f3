/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 2a858b2cd9ff60b8dc3e1861448a52ddbdaa601e */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_MerchantOnboardingClientInterface_registerAmazonPayAccount, 0, 0, 1)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_MerchantOnboardingClientInterface_updateAmazonPayAccount, 0, 0, 2)
	ZEND_ARG_INFO(0, merchantAccountId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_MerchantOnboardingClientInterface_deleteAmazonPayAccount, 0, 0, 1)
	ZEND_ARG_INFO(0, merchantAccountId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()




static const zend_function_entry class_Amazon_Pay_API_MerchantOnboardingClientInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_MerchantOnboardingClientInterface, registerAmazonPayAccount, arginfo_class_Amazon_Pay_API_MerchantOnboardingClientInterface_registerAmazonPayAccount, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_MerchantOnboardingClientInterface, updateAmazonPayAccount, arginfo_class_Amazon_Pay_API_MerchantOnboardingClientInterface_updateAmazonPayAccount, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_MerchantOnboardingClientInterface, deleteAmazonPayAccount, arginfo_class_Amazon_Pay_API_MerchantOnboardingClientInterface_deleteAmazonPayAccount, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_MerchantOnboardingClientInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API", "MerchantOnboardingClientInterface", class_Amazon_Pay_API_MerchantOnboardingClientInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}
