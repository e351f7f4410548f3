/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5685bdbc4850220809b185e071814af40de00327 */




static const zend_function_entry class_AmazonPay_Exception_AmazonPayException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_Exception_ConfigurationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_Exception_InvalidArgumentException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_Exception_KeyException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_Exception_SignatureException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_Exception_TransportException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_Exception_TimeoutException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_Exception_TlsException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_AmazonPay_Exception_ResponseException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_AmazonPay_Exception_AmazonPayException(zend_class_entry *class_entry_Throwable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay\\Exception", "AmazonPayException", class_AmazonPay_Exception_AmazonPayException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Throwable);

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_Exception_ConfigurationException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_AmazonPay_Exception_AmazonPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay\\Exception", "ConfigurationException", class_AmazonPay_Exception_ConfigurationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_AmazonPay_Exception_AmazonPayException);

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_Exception_InvalidArgumentException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_AmazonPay_Exception_AmazonPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay\\Exception", "InvalidArgumentException", class_AmazonPay_Exception_InvalidArgumentException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_AmazonPay_Exception_AmazonPayException);

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_Exception_KeyException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_AmazonPay_Exception_AmazonPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay\\Exception", "KeyException", class_AmazonPay_Exception_KeyException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_AmazonPay_Exception_AmazonPayException);

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_Exception_SignatureException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_AmazonPay_Exception_AmazonPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay\\Exception", "SignatureException", class_AmazonPay_Exception_SignatureException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_AmazonPay_Exception_AmazonPayException);

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_Exception_TransportException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_AmazonPay_Exception_AmazonPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay\\Exception", "TransportException", class_AmazonPay_Exception_TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_AmazonPay_Exception_AmazonPayException);

	zval property_idempotencyKey_default_value;
	ZVAL_UNDEF(&property_idempotencyKey_default_value);
	zend_string *property_idempotencyKey_name = zend_string_init("idempotencyKey", sizeof("idempotencyKey") - 1, 1);
	zend_declare_typed_property(class_entry, property_idempotencyKey_name, &property_idempotencyKey_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_idempotencyKey_name);

	zval property_outcomeUnknown_default_value;
	ZVAL_UNDEF(&property_outcomeUnknown_default_value);
	zend_string *property_outcomeUnknown_name = zend_string_init("outcomeUnknown", sizeof("outcomeUnknown") - 1, 1);
	zend_declare_typed_property(class_entry, property_outcomeUnknown_name, &property_outcomeUnknown_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_outcomeUnknown_name);

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_Exception_TimeoutException(zend_class_entry *class_entry_AmazonPay_Exception_TransportException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay\\Exception", "TimeoutException", class_AmazonPay_Exception_TimeoutException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_AmazonPay_Exception_TransportException);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_Exception_TlsException(zend_class_entry *class_entry_AmazonPay_Exception_TransportException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay\\Exception", "TlsException", class_AmazonPay_Exception_TlsException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_AmazonPay_Exception_TransportException);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_AmazonPay_Exception_ResponseException(zend_class_entry *class_entry_UnexpectedValueException, zend_class_entry *class_entry_AmazonPay_Exception_AmazonPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "AmazonPay\\Exception", "ResponseException", class_AmazonPay_Exception_ResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_UnexpectedValueException);
	zend_class_implements(class_entry, 1, class_entry_AmazonPay_Exception_AmazonPayException);

	return class_entry;
}
