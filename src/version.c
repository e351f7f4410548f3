/* amzpay core: versions of the libraries in use (version.h). */
#include "version.h"

#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <libxml/xmlversion.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>

void amzpay_library_versions_get(amzpay_library_versions *out)
{
	const curl_version_info_data *cv = curl_version_info(CURLVERSION_NOW);

	out->curl_compiled = LIBCURL_VERSION;
	out->curl_runtime = cv ? cv->version : "unknown";
	out->tls_backend = (cv && cv->ssl_version) ? cv->ssl_version : "none";
	out->openssl_compiled = OPENSSL_VERSION_TEXT;
	out->openssl_runtime = OpenSSL_version(OPENSSL_VERSION);
	out->cjson = cJSON_Version();
	out->libxml2 = LIBXML_DOTTED_VERSION;
}
