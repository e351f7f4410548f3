/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: fdea10a19cfb62c3fd4d5a2827f19dfb2432a9f8 */




static const zend_function_entry class_Amazon_Pay_API_Constants_DisputeState_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_Constants_DisputeState(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API\\Constants", "DisputeState", class_Amazon_Pay_API_Constants_DisputeState_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_UNDER_REVIEW_value;
	zend_string *const_UNDER_REVIEW_value_str = zend_string_init("UnderReview", strlen("UnderReview"), 1);
	ZVAL_STR(&const_UNDER_REVIEW_value, const_UNDER_REVIEW_value_str);
	zend_string *const_UNDER_REVIEW_name = zend_string_init_interned("UNDER_REVIEW", sizeof("UNDER_REVIEW") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UNDER_REVIEW_name, &const_UNDER_REVIEW_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UNDER_REVIEW_name);

	zval const_ACTION_REQUIRED_value;
	zend_string *const_ACTION_REQUIRED_value_str = zend_string_init("ActionRequired", strlen("ActionRequired"), 1);
	ZVAL_STR(&const_ACTION_REQUIRED_value, const_ACTION_REQUIRED_value_str);
	zend_string *const_ACTION_REQUIRED_name = zend_string_init_interned("ACTION_REQUIRED", sizeof("ACTION_REQUIRED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ACTION_REQUIRED_name, &const_ACTION_REQUIRED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ACTION_REQUIRED_name);

	zval const_RESOLVED_value;
	zend_string *const_RESOLVED_value_str = zend_string_init("Resolved", strlen("Resolved"), 1);
	ZVAL_STR(&const_RESOLVED_value, const_RESOLVED_value_str);
	zend_string *const_RESOLVED_name = zend_string_init_interned("RESOLVED", sizeof("RESOLVED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RESOLVED_name, &const_RESOLVED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RESOLVED_name);

	zval const_CLOSED_value;
	zend_string *const_CLOSED_value_str = zend_string_init("Closed", strlen("Closed"), 1);
	ZVAL_STR(&const_CLOSED_value, const_CLOSED_value_str);
	zend_string *const_CLOSED_name = zend_string_init_interned("CLOSED", sizeof("CLOSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CLOSED_name, &const_CLOSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CLOSED_name);

	return class_entry;
}
