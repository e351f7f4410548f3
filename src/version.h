/* amzpay core: version numbers (the PHP side reads PHP_AMZPAY_VERSION from php_amzpay.h, kept equal). */
#ifndef AMZPAY_VERSION_H
#define AMZPAY_VERSION_H

#define AMZPAY_CORE_VERSION "0.1.0"

/* The official v2 SDK version whose wire format we reproduce; sent as x-amz-pay-sdk-version. */
#define AMZPAY_WIRE_SDK_VERSION "2.7.2"

/* Versions of the libraries the core uses, compiled against and loaded, for phpinfo(). */
typedef struct {
	const char *curl_compiled, *curl_runtime, *tls_backend;
	const char *openssl_compiled, *openssl_runtime;
	const char *cjson, *libxml2;
} amzpay_library_versions;

void amzpay_library_versions_get(amzpay_library_versions *out);

#endif
