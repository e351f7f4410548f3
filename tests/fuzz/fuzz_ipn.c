/*
 * IPN verifier parsers (src/ipn.c): the SNS envelope, the certificate URL rule, the
 * Message and its NotificationData XML (legacy tree), v2 messages, a downloaded
 * certificate file, and v2 answers turned into legacy notifications.
 *
 * Input: bytes as a POST body (or a certificate download) could carry them; the first
 * byte picks the entry point. Invariants (abort() = a crash libFuzzer records):
 *   - every failure is a clean error with a message, and header/body failures never
 *     leave a half-parsed notification behind;
 *   - a parsed notification has every mandatory field, signature version 1 or 2, and
 *     a string to sign that ends in "Type\nNotification\n";
 *   - an accepted certificate URL is https on an SNS host (or loopback with test trust);
 *   - a legacy tree converts to JSON that parses again.
 * Self-contained (no network: certificate checks run on the bytes only).
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ipn.h"
#include "xml.h"

#define FUZZ_CHECK(cond)                                                                                               \
	do {                                                                                                               \
		if (!(cond)) {                                                                                                 \
			fprintf(stderr, "invariant broken at %s:%d: %s\n", __FILE__, __LINE__, #cond);                             \
			abort();                                                                                                   \
		}                                                                                                              \
	} while (0)

static void check_tree(cJSON *tree)
{
	amzpay_buf json = AMZPAY_BUF_INIT;
	amzpay_error err;

	if (amzpay_tree_to_php_json(tree, &json, &err) == 0) {
		cJSON *again = cJSON_ParseWithLength(json.data ? json.data : "", json.len);
		FUZZ_CHECK(again != NULL);
		cJSON_Delete(again);
	}
	amzpay_buf_free(&json);
	cJSON_Delete(tree);
}

static void fuzz_envelope(const char *body, size_t len)
{
	amzpay_ipn ipn;
	amzpay_error err;
	cJSON *m, *tree = NULL;

	amzpay_ipn_init(&ipn);
	amzpay_error_clear(&err);
	if (amzpay_ipn_parse(&ipn, "Notification", body, len, &err) != 0) {
		FUZZ_CHECK(err.message[0] != '\0');
		amzpay_ipn_free(&ipn);
		return;
	}
	FUZZ_CHECK(ipn.type && ipn.message && ipn.message_id && ipn.timestamp && ipn.topic_arn && ipn.signature_b64 &&
	           ipn.cert_url);
	FUZZ_CHECK(ipn.signature_version == 1 || ipn.signature_version == 2);
	FUZZ_CHECK(ipn.string_to_sign.len >= 18 &&
	           memcmp(ipn.string_to_sign.data + ipn.string_to_sign.len - 18, "Type\nNotification\n", 18) == 0);
	if (amzpay_ipn_check_cert_url(ipn.cert_url, false, &err) == 0) {
		FUZZ_CHECK(strncasecmp(ipn.cert_url, "https://", 8) == 0); /* the scheme is case-insensitive */
	}
	(void)amzpay_ipn_remember(&ipn);
	if ((m = amzpay_ipn_message(&ipn, &err)) != NULL) {
		if (amzpay_ipn_message_is_v2(m)) {
			amzpay_ipn_v2 v2;
			if (amzpay_ipn_v2_read(&ipn, m, &v2, &err) == 0) {
				char auth[128];
				FUZZ_CHECK(v2.object_type && v2.object_id && v2.release_environment);
				amzpay_ipn_authorization_id(v2.object_id, auth, sizeof(auth));
			}
		} else if (amzpay_ipn_legacy_tree(&ipn, m, &tree, &err) == 0) {
			check_tree(tree);
		} else {
			FUZZ_CHECK(err.message[0] != '\0');
		}
		cJSON_Delete(m);
	}
	amzpay_ipn_free(&ipn);
}

static void fuzz_cert_url(const char *s)
{
	amzpay_error err;

	if (amzpay_ipn_check_cert_url(s, true, &err) == 0) {
		FUZZ_CHECK(strlen(s) > 4 && strcmp(s + strlen(s) - 4, ".pem") == 0);
	} else {
		FUZZ_CHECK(strcmp(err.message, "The certificate is located on an invalid domain.") == 0);
	}
}

static void fuzz_certificate(const char *pem, size_t len)
{
	amzpay_ipn_config cfg = {0};
	amzpay_error err;

	cfg.cabundle_file = "/nonexistent/amzpay-fuzz-ca.pem"; /* never trusted: exercise parsing only */
	amzpay_error_clear(&err);
	FUZZ_CHECK(amzpay_ipn_verify_certificate(pem, len, "sns.us-east-1.amazonaws.com", &cfg, &err) == -1);
	FUZZ_CHECK(err.message[0] != '\0');
}

static void fuzz_v2_answer(const char *xml, size_t len, uint8_t pick)
{
	static const amzpay_ipn_v2_shape *const shapes[] = {&amzpay_ipn_shape_authorize, &amzpay_ipn_shape_capture,
	                                                    &amzpay_ipn_shape_refund, &amzpay_ipn_shape_order_reference};
	amzpay_ipn ipn;
	amzpay_ipn_v2 v2 = {"CHARGE", "S02-1234567-1234567-C123456", "S02-1234567-1234567", "M", "n", "Sandbox", "us"};
	amzpay_error err;
	cJSON *tree = NULL;

	amzpay_ipn_init(&ipn);
	ipn.type = "Notification";
	ipn.message_id = "m";
	ipn.topic_arn = "arn:aws:sns:us-east-1:0:t";
	if (amzpay_ipn_v2_legacy_tree(&ipn, &v2, shapes[pick % 4], xml, len, &tree, &err) == 0) {
		check_tree(tree);
	} else {
		FUZZ_CHECK(err.message[0] != '\0');
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s;

	if (size < 1) {
		return 0;
	}
	s = malloc(size);
	if (!s) {
		abort();
	}
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	switch (data[0] % 4) {
		case 0:
			fuzz_envelope(s, size - 1);
			break;
		case 1:
			fuzz_cert_url(s);
			break;
		case 2:
			fuzz_certificate(s, size - 1);
			break;
		default:
			fuzz_v2_answer(s, size - 1, data[0] / 4);
			break;
	}
	free(s);
	return 0;
}
