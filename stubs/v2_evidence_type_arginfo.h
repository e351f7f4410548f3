/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 599949ea285f7d958a95a778dc0343a1d994b548 */




static const zend_function_entry class_Amazon_Pay_API_Constants_EvidenceType_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_Constants_EvidenceType(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API\\Constants", "EvidenceType", class_Amazon_Pay_API_Constants_EvidenceType_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_PRODUCT_DESCRIPTION_value;
	zend_string *const_PRODUCT_DESCRIPTION_value_str = zend_string_init("ProductDescription", strlen("ProductDescription"), 1);
	ZVAL_STR(&const_PRODUCT_DESCRIPTION_value, const_PRODUCT_DESCRIPTION_value_str);
	zend_string *const_PRODUCT_DESCRIPTION_name = zend_string_init_interned("PRODUCT_DESCRIPTION", sizeof("PRODUCT_DESCRIPTION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRODUCT_DESCRIPTION_name, &const_PRODUCT_DESCRIPTION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRODUCT_DESCRIPTION_name);

	zval const_RECEIPT_value;
	zend_string *const_RECEIPT_value_str = zend_string_init("Receipt", strlen("Receipt"), 1);
	ZVAL_STR(&const_RECEIPT_value, const_RECEIPT_value_str);
	zend_string *const_RECEIPT_name = zend_string_init_interned("RECEIPT", sizeof("RECEIPT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RECEIPT_name, &const_RECEIPT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RECEIPT_name);

	zval const_CANCELLATION_POLICY_value;
	zend_string *const_CANCELLATION_POLICY_value_str = zend_string_init("CancellationPolicy", strlen("CancellationPolicy"), 1);
	ZVAL_STR(&const_CANCELLATION_POLICY_value, const_CANCELLATION_POLICY_value_str);
	zend_string *const_CANCELLATION_POLICY_name = zend_string_init_interned("CANCELLATION_POLICY", sizeof("CANCELLATION_POLICY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CANCELLATION_POLICY_name, &const_CANCELLATION_POLICY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CANCELLATION_POLICY_name);

	zval const_CUSTOMER_SIGNATURE_value;
	zend_string *const_CUSTOMER_SIGNATURE_value_str = zend_string_init("CustomerSignature", strlen("CustomerSignature"), 1);
	ZVAL_STR(&const_CUSTOMER_SIGNATURE_value, const_CUSTOMER_SIGNATURE_value_str);
	zend_string *const_CUSTOMER_SIGNATURE_name = zend_string_init_interned("CUSTOMER_SIGNATURE", sizeof("CUSTOMER_SIGNATURE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CUSTOMER_SIGNATURE_name, &const_CUSTOMER_SIGNATURE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CUSTOMER_SIGNATURE_name);

	zval const_TRACKING_NUMBER_value;
	zend_string *const_TRACKING_NUMBER_value_str = zend_string_init("TrackingNumber", strlen("TrackingNumber"), 1);
	ZVAL_STR(&const_TRACKING_NUMBER_value, const_TRACKING_NUMBER_value_str);
	zend_string *const_TRACKING_NUMBER_name = zend_string_init_interned("TRACKING_NUMBER", sizeof("TRACKING_NUMBER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TRACKING_NUMBER_name, &const_TRACKING_NUMBER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TRACKING_NUMBER_name);

	zval const_CARRIER_NAME_value;
	zend_string *const_CARRIER_NAME_value_str = zend_string_init("CarrierName", strlen("CarrierName"), 1);
	ZVAL_STR(&const_CARRIER_NAME_value, const_CARRIER_NAME_value_str);
	zend_string *const_CARRIER_NAME_name = zend_string_init_interned("CARRIER_NAME", sizeof("CARRIER_NAME") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CARRIER_NAME_name, &const_CARRIER_NAME_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CARRIER_NAME_name);

	zval const_DEVICE_ID_value;
	zend_string *const_DEVICE_ID_value_str = zend_string_init("DeviceId", strlen("DeviceId"), 1);
	ZVAL_STR(&const_DEVICE_ID_value, const_DEVICE_ID_value_str);
	zend_string *const_DEVICE_ID_name = zend_string_init_interned("DEVICE_ID", sizeof("DEVICE_ID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEVICE_ID_name, &const_DEVICE_ID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEVICE_ID_name);

	zval const_DEVICE_NAME_value;
	zend_string *const_DEVICE_NAME_value_str = zend_string_init("DeviceName", strlen("DeviceName"), 1);
	ZVAL_STR(&const_DEVICE_NAME_value, const_DEVICE_NAME_value_str);
	zend_string *const_DEVICE_NAME_name = zend_string_init_interned("DEVICE_NAME", sizeof("DEVICE_NAME") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEVICE_NAME_name, &const_DEVICE_NAME_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEVICE_NAME_name);

	zval const_DOWNLOAD_DATE_TIME_value;
	zend_string *const_DOWNLOAD_DATE_TIME_value_str = zend_string_init("DownloadDateTime", strlen("DownloadDateTime"), 1);
	ZVAL_STR(&const_DOWNLOAD_DATE_TIME_value, const_DOWNLOAD_DATE_TIME_value_str);
	zend_string *const_DOWNLOAD_DATE_TIME_name = zend_string_init_interned("DOWNLOAD_DATE_TIME", sizeof("DOWNLOAD_DATE_TIME") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DOWNLOAD_DATE_TIME_name, &const_DOWNLOAD_DATE_TIME_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DOWNLOAD_DATE_TIME_name);

	zval const_OTHER_value;
	zend_string *const_OTHER_value_str = zend_string_init("Other", strlen("Other"), 1);
	ZVAL_STR(&const_OTHER_value, const_OTHER_value_str);
	zend_string *const_OTHER_name = zend_string_init_interned("OTHER", sizeof("OTHER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OTHER_name, &const_OTHER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OTHER_name);

	return class_entry;
}
