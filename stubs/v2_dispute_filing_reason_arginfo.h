/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d0dc53ef6c83b981e1f6de9ce16d50969a792abb */




static const zend_function_entry class_Amazon_Pay_API_Constants_DisputeFilingReason_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_Constants_DisputeFilingReason(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API\\Constants", "DisputeFilingReason", class_Amazon_Pay_API_Constants_DisputeFilingReason_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_PRODUCT_NOT_RECEIVED_value;
	zend_string *const_PRODUCT_NOT_RECEIVED_value_str = zend_string_init("ProductNotReceived", strlen("ProductNotReceived"), 1);
	ZVAL_STR(&const_PRODUCT_NOT_RECEIVED_value, const_PRODUCT_NOT_RECEIVED_value_str);
	zend_string *const_PRODUCT_NOT_RECEIVED_name = zend_string_init_interned("PRODUCT_NOT_RECEIVED", sizeof("PRODUCT_NOT_RECEIVED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRODUCT_NOT_RECEIVED_name, &const_PRODUCT_NOT_RECEIVED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRODUCT_NOT_RECEIVED_name);

	zval const_PRODUCT_UNACCEPTABLE_value;
	zend_string *const_PRODUCT_UNACCEPTABLE_value_str = zend_string_init("ProductUnacceptable", strlen("ProductUnacceptable"), 1);
	ZVAL_STR(&const_PRODUCT_UNACCEPTABLE_value, const_PRODUCT_UNACCEPTABLE_value_str);
	zend_string *const_PRODUCT_UNACCEPTABLE_name = zend_string_init_interned("PRODUCT_UNACCEPTABLE", sizeof("PRODUCT_UNACCEPTABLE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRODUCT_UNACCEPTABLE_name, &const_PRODUCT_UNACCEPTABLE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRODUCT_UNACCEPTABLE_name);

	zval const_PRODUCT_NO_LONGER_NEEDED_value;
	zend_string *const_PRODUCT_NO_LONGER_NEEDED_value_str = zend_string_init("ProductNoLongerNeeded", strlen("ProductNoLongerNeeded"), 1);
	ZVAL_STR(&const_PRODUCT_NO_LONGER_NEEDED_value, const_PRODUCT_NO_LONGER_NEEDED_value_str);
	zend_string *const_PRODUCT_NO_LONGER_NEEDED_name = zend_string_init_interned("PRODUCT_NO_LONGER_NEEDED", sizeof("PRODUCT_NO_LONGER_NEEDED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRODUCT_NO_LONGER_NEEDED_name, &const_PRODUCT_NO_LONGER_NEEDED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRODUCT_NO_LONGER_NEEDED_name);

	zval const_CREDIT_NOT_PROCESSED_value;
	zend_string *const_CREDIT_NOT_PROCESSED_value_str = zend_string_init("CreditNotProcessed", strlen("CreditNotProcessed"), 1);
	ZVAL_STR(&const_CREDIT_NOT_PROCESSED_value, const_CREDIT_NOT_PROCESSED_value_str);
	zend_string *const_CREDIT_NOT_PROCESSED_name = zend_string_init_interned("CREDIT_NOT_PROCESSED", sizeof("CREDIT_NOT_PROCESSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CREDIT_NOT_PROCESSED_name, &const_CREDIT_NOT_PROCESSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CREDIT_NOT_PROCESSED_name);

	zval const_OVERCHARGED_value;
	zend_string *const_OVERCHARGED_value_str = zend_string_init("Overcharged", strlen("Overcharged"), 1);
	ZVAL_STR(&const_OVERCHARGED_value, const_OVERCHARGED_value_str);
	zend_string *const_OVERCHARGED_name = zend_string_init_interned("OVERCHARGED", sizeof("OVERCHARGED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OVERCHARGED_name, &const_OVERCHARGED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OVERCHARGED_name);

	zval const_DUPLICATE_CHARGE_value;
	zend_string *const_DUPLICATE_CHARGE_value_str = zend_string_init("DuplicateCharge", strlen("DuplicateCharge"), 1);
	ZVAL_STR(&const_DUPLICATE_CHARGE_value, const_DUPLICATE_CHARGE_value_str);
	zend_string *const_DUPLICATE_CHARGE_name = zend_string_init_interned("DUPLICATE_CHARGE", sizeof("DUPLICATE_CHARGE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DUPLICATE_CHARGE_name, &const_DUPLICATE_CHARGE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DUPLICATE_CHARGE_name);

	zval const_SUBSCRIPTION_CANCELLED_value;
	zend_string *const_SUBSCRIPTION_CANCELLED_value_str = zend_string_init("SubscriptionCancelled", strlen("SubscriptionCancelled"), 1);
	ZVAL_STR(&const_SUBSCRIPTION_CANCELLED_value, const_SUBSCRIPTION_CANCELLED_value_str);
	zend_string *const_SUBSCRIPTION_CANCELLED_name = zend_string_init_interned("SUBSCRIPTION_CANCELLED", sizeof("SUBSCRIPTION_CANCELLED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SUBSCRIPTION_CANCELLED_name, &const_SUBSCRIPTION_CANCELLED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SUBSCRIPTION_CANCELLED_name);

	zval const_UNRECOGNIZED_value;
	zend_string *const_UNRECOGNIZED_value_str = zend_string_init("Unrecognized", strlen("Unrecognized"), 1);
	ZVAL_STR(&const_UNRECOGNIZED_value, const_UNRECOGNIZED_value_str);
	zend_string *const_UNRECOGNIZED_name = zend_string_init_interned("UNRECOGNIZED", sizeof("UNRECOGNIZED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UNRECOGNIZED_name, &const_UNRECOGNIZED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UNRECOGNIZED_name);

	zval const_FRAUDULENT_value;
	zend_string *const_FRAUDULENT_value_str = zend_string_init("Fraudulent", strlen("Fraudulent"), 1);
	ZVAL_STR(&const_FRAUDULENT_value, const_FRAUDULENT_value_str);
	zend_string *const_FRAUDULENT_name = zend_string_init_interned("FRAUDULENT", sizeof("FRAUDULENT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FRAUDULENT_name, &const_FRAUDULENT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FRAUDULENT_name);

	zval const_OTHER_value;
	zend_string *const_OTHER_value_str = zend_string_init("Other", strlen("Other"), 1);
	ZVAL_STR(&const_OTHER_value, const_OTHER_value_str);
	zend_string *const_OTHER_name = zend_string_init_interned("OTHER", sizeof("OTHER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OTHER_name, &const_OTHER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OTHER_name);

	return class_entry;
}
