/*
 * lwa.c: the Login with Amazon base URLs per legacy region and the legacy
 * argument checks (nothing is sent for a missing or malformed token). The
 * calls themselves run against the sandbox in the phpt suite.
 */
#include <string.h>

#include "lwa.h"
#include "unit.h"

static const char *base(const char *region, bool sandbox, const char *override, amzpay_buf *b)
{
	static amzpay_error err; /* its message is returned */

	amzpay_buf_reset(b);
	return amzpay_lwa_base(region, sandbox, override, b, &err) == 0 ? amzpay_buf_cstr(b) : err.message;
}

UNIT_TEST(test_base_urls)
{
	amzpay_buf b = AMZPAY_BUF_INIT;

	CHECK_STR(base("us", false, NULL, &b), "https://api.amazon.com");
	CHECK_STR(base("DE", true, NULL, &b), "https://api.sandbox.amazon.de");
	CHECK_STR(base("uk", false, NULL, &b), "https://api.amazon.co.uk");
	CHECK_STR(base("jp", true, "", &b), "https://api.sandbox.amazon.co.jp");
	CHECK_STR(base("eu", true, NULL, &b), "eu is not a valid region");
	CHECK_STR(base("eu", true, "http://127.0.0.1:8080", &b), "eu is not a valid region");
	CHECK_STR(base("de", true, "http://127.0.0.1:8080/", &b), "http://127.0.0.1:8080");
	CHECK(strstr(base("de", true, "http://example.com/", &b), "loopback") != NULL); /* http only on loopback */
	amzpay_buf_free(&b);
}

UNIT_TEST(test_token_checked_before_sending)
{
	amzpay_http_config http;
	amzpay_buf profile = AMZPAY_BUF_INIT;
	amzpay_error err;
	long status = 0;

	amzpay_http_config_defaults(&http);
	/* port 1 is closed: any of these reaching the network would be a transport error instead */
	CHECK(amzpay_lwa_user_info(&http, "http://127.0.0.1:1", "", "c", NULL, &profile, &status, &err) == -1);
	CHECK_STR(err.message, "Access Token is a required parameter and is not set");
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(amzpay_lwa_user_info(&http, "http://127.0.0.1:1", "0", "c", NULL, &profile, &status, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(amzpay_lwa_user_info(&http, "http://127.0.0.1:1", "Atza%0D%0AX-Evil: 1", "c", NULL, &profile, &status,
	                           &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(strstr(err.message, "Evil") == NULL);
	CHECK(amzpay_lwa_user_info(&http, "http://127.0.0.1:1", "Atza|ok", "c", NULL, &profile, &status, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT);
	CHECK(profile.len == 0);
	amzpay_buf_free(&profile);
}

UNIT_MAIN(UNIT_CASE(test_base_urls), UNIT_CASE(test_token_checked_before_sending))
