/*
 * redact.c: a log line never holds a buyer's data, an address or a seller note.
 */
#include <string.h>

#include "redact.h"
#include "unit.h"

static char *redacted(const char *json, amzpay_buf *b)
{
	amzpay_buf_reset(b);
	amzpay_redact_json(json, strlen(json), b);
	return (char *)amzpay_buf_cstr(b);
}

UNIT_TEST(test_personal_data_removed_at_any_depth)
{
	amzpay_buf b = AMZPAY_BUF_INIT;
	const char *out =
	    redacted("{\"chargePermissionId\":\"S01-1\",\"buyer\":{\"name\":\"Jane Roe\",\"email\":\"jane@example.com\"},"
	             "\"shippingAddress\":{\"addressLine1\":\"1 Main St\",\"postalCode\":\"98109\"},"
	             "\"merchantMetadata\":{\"noteToBuyer\":\"gift for Jane\",\"merchantReferenceId\":\"order-7\","
	             "\"customInformation\":\"vip\"},\"billingAddress\":null,\"list\":[{\"sellerNote\":\"x\"}]}",
	             &b);

	CHECK(strstr(out, "Jane") == NULL);
	CHECK(strstr(out, "jane@") == NULL);
	CHECK(strstr(out, "Main St") == NULL);
	CHECK(strstr(out, "98109") == NULL);
	CHECK(strstr(out, "gift") == NULL);
	CHECK(strstr(out, "vip") == NULL);
	CHECK(strstr(out, "\"sellerNote\":\"REMOVED\"") != NULL);
	CHECK(strstr(out, "\"buyer\":\"REMOVED\"") != NULL);
	/* what a shop needs to follow the flow stays */
	CHECK(strstr(out, "\"chargePermissionId\":\"S01-1\"") != NULL);
	CHECK(strstr(out, "\"merchantReferenceId\":\"order-7\"") != NULL);
	CHECK(strstr(out, "\"billingAddress\":null") != NULL);
	amzpay_buf_free(&b);
}

UNIT_TEST(test_not_json_is_not_copied)
{
	amzpay_buf b = AMZPAY_BUF_INIT;

	CHECK_STR(redacted("<html>secret buyer page</html>", &b), "(30 bytes, not JSON)");
	CHECK_STR(redacted("", &b), "");
	amzpay_buf_free(&b);
}

UNIT_MAIN(UNIT_CASE(test_personal_data_removed_at_any_depth), UNIT_CASE(test_not_json_is_not_copied))
