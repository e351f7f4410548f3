/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: bfa214700150df0f6ab9f7b9afad4ef18f8aa938 */




static const zend_function_entry class_Amazon_Pay_API_Constants_DisputeReasonCode_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_Constants_DisputeReasonCode(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API\\Constants", "DisputeReasonCode", class_Amazon_Pay_API_Constants_DisputeReasonCode_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_MERCHANT_RESPONSE_REQUIRED_value;
	zend_string *const_MERCHANT_RESPONSE_REQUIRED_value_str = zend_string_init("MerchantResponseRequired", strlen("MerchantResponseRequired"), 1);
	ZVAL_STR(&const_MERCHANT_RESPONSE_REQUIRED_value, const_MERCHANT_RESPONSE_REQUIRED_value_str);
	zend_string *const_MERCHANT_RESPONSE_REQUIRED_name = zend_string_init_interned("MERCHANT_RESPONSE_REQUIRED", sizeof("MERCHANT_RESPONSE_REQUIRED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MERCHANT_RESPONSE_REQUIRED_name, &const_MERCHANT_RESPONSE_REQUIRED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MERCHANT_RESPONSE_REQUIRED_name);

	zval const_MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED_value;
	zend_string *const_MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED_value_str = zend_string_init("MerchantAdditionalEvidencesRequired", strlen("MerchantAdditionalEvidencesRequired"), 1);
	ZVAL_STR(&const_MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED_value, const_MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED_value_str);
	zend_string *const_MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED_name = zend_string_init_interned("MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED", sizeof("MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED_name, &const_MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED_name);

	zval const_BUYER_ADDITIONAL_EVIDENCES_REQUIRED_value;
	zend_string *const_BUYER_ADDITIONAL_EVIDENCES_REQUIRED_value_str = zend_string_init("BuyerAdditionalEvidencesRequired", strlen("BuyerAdditionalEvidencesRequired"), 1);
	ZVAL_STR(&const_BUYER_ADDITIONAL_EVIDENCES_REQUIRED_value, const_BUYER_ADDITIONAL_EVIDENCES_REQUIRED_value_str);
	zend_string *const_BUYER_ADDITIONAL_EVIDENCES_REQUIRED_name = zend_string_init_interned("BUYER_ADDITIONAL_EVIDENCES_REQUIRED", sizeof("BUYER_ADDITIONAL_EVIDENCES_REQUIRED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BUYER_ADDITIONAL_EVIDENCES_REQUIRED_name, &const_BUYER_ADDITIONAL_EVIDENCES_REQUIRED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BUYER_ADDITIONAL_EVIDENCES_REQUIRED_name);

	zval const_MERCHANT_ACCEPTED_DISPUTE_value;
	zend_string *const_MERCHANT_ACCEPTED_DISPUTE_value_str = zend_string_init("MerchantAcceptedDispute", strlen("MerchantAcceptedDispute"), 1);
	ZVAL_STR(&const_MERCHANT_ACCEPTED_DISPUTE_value, const_MERCHANT_ACCEPTED_DISPUTE_value_str);
	zend_string *const_MERCHANT_ACCEPTED_DISPUTE_name = zend_string_init_interned("MERCHANT_ACCEPTED_DISPUTE", sizeof("MERCHANT_ACCEPTED_DISPUTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MERCHANT_ACCEPTED_DISPUTE_name, &const_MERCHANT_ACCEPTED_DISPUTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MERCHANT_ACCEPTED_DISPUTE_name);

	zval const_MERCHANT_RESPONSE_DEADLINE_EXPIRED_value;
	zend_string *const_MERCHANT_RESPONSE_DEADLINE_EXPIRED_value_str = zend_string_init("MerchantResponseDeadlineExpired", strlen("MerchantResponseDeadlineExpired"), 1);
	ZVAL_STR(&const_MERCHANT_RESPONSE_DEADLINE_EXPIRED_value, const_MERCHANT_RESPONSE_DEADLINE_EXPIRED_value_str);
	zend_string *const_MERCHANT_RESPONSE_DEADLINE_EXPIRED_name = zend_string_init_interned("MERCHANT_RESPONSE_DEADLINE_EXPIRED", sizeof("MERCHANT_RESPONSE_DEADLINE_EXPIRED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MERCHANT_RESPONSE_DEADLINE_EXPIRED_name, &const_MERCHANT_RESPONSE_DEADLINE_EXPIRED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MERCHANT_RESPONSE_DEADLINE_EXPIRED_name);

	zval const_BUYER_CANCELLED_value;
	zend_string *const_BUYER_CANCELLED_value_str = zend_string_init("BuyerCancelled", strlen("BuyerCancelled"), 1);
	ZVAL_STR(&const_BUYER_CANCELLED_value, const_BUYER_CANCELLED_value_str);
	zend_string *const_BUYER_CANCELLED_name = zend_string_init_interned("BUYER_CANCELLED", sizeof("BUYER_CANCELLED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BUYER_CANCELLED_name, &const_BUYER_CANCELLED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BUYER_CANCELLED_name);

	zval const_INVESTIGATOR_RESOLVED_value;
	zend_string *const_INVESTIGATOR_RESOLVED_value_str = zend_string_init("InvestigatorResolved", strlen("InvestigatorResolved"), 1);
	ZVAL_STR(&const_INVESTIGATOR_RESOLVED_value, const_INVESTIGATOR_RESOLVED_value_str);
	zend_string *const_INVESTIGATOR_RESOLVED_name = zend_string_init_interned("INVESTIGATOR_RESOLVED", sizeof("INVESTIGATOR_RESOLVED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_INVESTIGATOR_RESOLVED_name, &const_INVESTIGATOR_RESOLVED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_INVESTIGATOR_RESOLVED_name);

	zval const_AUTO_RESOLVED_value;
	zend_string *const_AUTO_RESOLVED_value_str = zend_string_init("AutoResolved", strlen("AutoResolved"), 1);
	ZVAL_STR(&const_AUTO_RESOLVED_value, const_AUTO_RESOLVED_value_str);
	zend_string *const_AUTO_RESOLVED_name = zend_string_init_interned("AUTO_RESOLVED", sizeof("AUTO_RESOLVED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AUTO_RESOLVED_name, &const_AUTO_RESOLVED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AUTO_RESOLVED_name);

	zval const_CHARGEBACK_FILED_value;
	zend_string *const_CHARGEBACK_FILED_value_str = zend_string_init("ChargebackFiled", strlen("ChargebackFiled"), 1);
	ZVAL_STR(&const_CHARGEBACK_FILED_value, const_CHARGEBACK_FILED_value_str);
	zend_string *const_CHARGEBACK_FILED_name = zend_string_init_interned("CHARGEBACK_FILED", sizeof("CHARGEBACK_FILED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CHARGEBACK_FILED_name, &const_CHARGEBACK_FILED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CHARGEBACK_FILED_name);

	return class_entry;
}
