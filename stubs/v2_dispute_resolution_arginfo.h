/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: fc719828fd9b89851d583e0d069ed0d402c08045 */




static const zend_function_entry class_Amazon_Pay_API_Constants_DisputeResolution_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_Constants_DisputeResolution(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API\\Constants", "DisputeResolution", class_Amazon_Pay_API_Constants_DisputeResolution_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_BUYER_WON_value;
	zend_string *const_BUYER_WON_value_str = zend_string_init("BuyerWon", strlen("BuyerWon"), 1);
	ZVAL_STR(&const_BUYER_WON_value, const_BUYER_WON_value_str);
	zend_string *const_BUYER_WON_name = zend_string_init_interned("BUYER_WON", sizeof("BUYER_WON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BUYER_WON_name, &const_BUYER_WON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BUYER_WON_name);

	zval const_MERCHANT_WON_value;
	zend_string *const_MERCHANT_WON_value_str = zend_string_init("MerchantWon", strlen("MerchantWon"), 1);
	ZVAL_STR(&const_MERCHANT_WON_value, const_MERCHANT_WON_value_str);
	zend_string *const_MERCHANT_WON_name = zend_string_init_interned("MERCHANT_WON", sizeof("MERCHANT_WON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MERCHANT_WON_name, &const_MERCHANT_WON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MERCHANT_WON_name);

	zval const_NO_FAULT_value;
	zend_string *const_NO_FAULT_value_str = zend_string_init("NoFault", strlen("NoFault"), 1);
	ZVAL_STR(&const_NO_FAULT_value, const_NO_FAULT_value_str);
	zend_string *const_NO_FAULT_name = zend_string_init_interned("NO_FAULT", sizeof("NO_FAULT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NO_FAULT_name, &const_NO_FAULT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NO_FAULT_name);

	return class_entry;
}
