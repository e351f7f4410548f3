/*
 * key_upgrade.c: the GetPublicKeyId string to sign (MWS signature version 2 with MerchantId signed as
 * SellerId, PublicKey unsigned), region hosts, key generation and the 0600 no-overwrite key file.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "key_upgrade.h"
#include "unit.h"

UNIT_TEST(string_to_sign)
{
	amzpay_key_upgrade ku = {0};
	amzpay_buf b = AMZPAY_BUF_INIT;
	amzpay_error err;

	ku.merchant_id = "A1MERCHANT";
	ku.access_key = "AKIA EXAMPLE";
	ku.secret_key = "s";
	CHECK(amzpay_key_upgrade_string_to_sign(&ku, "pay-api.amazon.eu", "2024-01-02T03:04:05Z", &b, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&b), "GET\npay-api.amazon.eu\n/live/v2/publicKeyId\nAWSAccessKeyId=AKIA%20EXAMPLE"
	                               "&Action=GetPublicKeyId&SellerId=A1MERCHANT&SignatureMethod=HmacSHA256"
	                               "&SignatureVersion=2&Timestamp=2024-01-02T03%3A04%3A05Z");
	amzpay_buf_free(&b);
}

UNIT_TEST(region_hosts)
{
	amzpay_error err;

	CHECK_STR(amzpay_key_upgrade_host("us", &err), "pay-api.amazon.com");
	CHECK_STR(amzpay_key_upgrade_host("DE", &err), "pay-api.amazon.eu");
	CHECK_STR(amzpay_key_upgrade_host("uk", &err), "pay-api.amazon.eu");
	CHECK_STR(amzpay_key_upgrade_host("jp", &err), "pay-api.amazon.jp");
	CHECK(amzpay_key_upgrade_host("fr", &err) == NULL);
	CHECK_STR(err.message, "fr is not a valid region");
}

UNIT_TEST(key_file_0600_never_overwritten)
{
	amzpay_buf priv = AMZPAY_BUF_INIT, pub = AMZPAY_BUF_INIT;
	amzpay_error err;
	char path[] = "/tmp/amzpay-unit-ku-XXXXXX";
	struct stat st;
	int fd = mkstemp(path);

	close(fd);
	unlink(path);
	CHECK(amzpay_key_upgrade_generate(&priv, &pub, &err) == 0);
	CHECK(strstr(amzpay_buf_cstr(&priv), "-----BEGIN PRIVATE KEY-----") != NULL);
	CHECK(strstr(amzpay_buf_cstr(&pub), "-----BEGIN PUBLIC KEY-----") != NULL);
	CHECK(amzpay_key_upgrade_write_private(path, &priv, &err) == 0);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600 && (size_t)st.st_size == priv.len);
	CHECK(amzpay_key_upgrade_write_private(path, &pub, &err) == -1);
	CHECK(strstr(err.message, "refusing to overwrite") != NULL);
	CHECK(stat(path, &st) == 0 && (size_t)st.st_size == priv.len);
	unlink(path);
	amzpay_buf_cleanse(&priv);
	amzpay_buf_free(&pub);
}

UNIT_TEST(missing_credentials_send_nothing)
{
	amzpay_key_upgrade ku = {0};
	amzpay_buf id = AMZPAY_BUF_INIT;
	amzpay_error err;

	ku.merchant_id = "M";
	ku.access_key = "A";
	ku.region = "de";
	ku.endpoint = "http://127.0.0.1:9"; /* never reached */
	CHECK(amzpay_key_upgrade_request(&ku, "pem", &id, &err) == -1);
	CHECK_STR(err.message, "secret_key is required for the key upgrade");
	CHECK(id.len == 0);
}

UNIT_MAIN(UNIT_CASE(string_to_sign), UNIT_CASE(region_hosts), UNIT_CASE(key_file_0600_never_overwritten),
          UNIT_CASE(missing_credentials_send_nothing))
