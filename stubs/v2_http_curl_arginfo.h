/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 79f87035becf5ca7f973876a1f4e6f34ff6c3445 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_HttpCurl___construct, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, proxyConfig, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_HttpCurl_invokeCurl, 0, 0, 4)
	ZEND_ARG_INFO(0, method)
	ZEND_ARG_INFO(0, url)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO(0, postSignedHeaders)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Amazon_Pay_API_HttpCurl___debugInfo, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Amazon_Pay_API_HttpCurl, __construct);
ZEND_METHOD(Amazon_Pay_API_HttpCurl, invokeCurl);
ZEND_METHOD(Amazon_Pay_API_HttpCurl, __debugInfo);


static const zend_function_entry class_Amazon_Pay_API_HttpCurl_methods[] = {
	ZEND_ME(Amazon_Pay_API_HttpCurl, __construct, arginfo_class_Amazon_Pay_API_HttpCurl___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_HttpCurl, invokeCurl, arginfo_class_Amazon_Pay_API_HttpCurl_invokeCurl, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_HttpCurl, __debugInfo, arginfo_class_Amazon_Pay_API_HttpCurl___debugInfo, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_HttpCurl(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API", "HttpCurl", class_Amazon_Pay_API_HttpCurl_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval const_MAX_ERROR_RETRY_value;
	ZVAL_LONG(&const_MAX_ERROR_RETRY_value, 3);
	zend_string *const_MAX_ERROR_RETRY_name = zend_string_init_interned("MAX_ERROR_RETRY", sizeof("MAX_ERROR_RETRY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_ERROR_RETRY_name, &const_MAX_ERROR_RETRY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_ERROR_RETRY_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
