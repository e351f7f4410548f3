/* amzpay core: redacted log text (see redact.h). */
#include "redact.h"

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <string.h>

static const char *const removed_keys[] = {
    "buyer",
    "shippingAddress",
    "billingAddress",
    "name",
    "email",
    "phoneNumber",
    "addressLine1",
    "addressLine2",
    "addressLine3",
    "postalCode",
    "noteToBuyer",
    "sellerNote",
    "paymentPreferences",
    "paymentDescriptor",
    "customInformation",
    "buyerId",
};

static bool removed(const char *key)
{
	for (size_t i = 0; key && i < sizeof(removed_keys) / sizeof(removed_keys[0]); i++) {
		if (strcmp(key, removed_keys[i]) == 0) {
			return true;
		}
	}
	return false;
}

/* false when memory ran out: then nothing of the body may be logged */
static bool redact(cJSON *node)
{
	for (cJSON *it = node ? node->child : NULL; it; it = it->next) {
		if (removed(it->string) && !cJSON_IsNull(it)) {
			/* only object members have names: the replacement takes this one's */
			size_t n = strlen(it->string) + 1;
			cJSON *mark = cJSON_CreateString("REMOVED");
			char *name = mark ? (char *)cJSON_malloc(n) : NULL;

			if (!name) {
				cJSON_Delete(mark);
				return false;
			}
			memcpy(name, it->string, n);
			mark->string = name;
			cJSON_ReplaceItemViaPointer(node, it, mark);
			it = mark;
		} else if (!redact(it)) {
			return false;
		}
	}
	return true;
}

void amzpay_redact_json(const char *body, size_t len, amzpay_buf *out)
{
	cJSON *json;
	char *text;

	if (!body || !len) {
		return;
	}
	json = cJSON_ParseWithLength(body, len);
	if (!json) {
		amzpay_buf_appendf(out, "(%zu bytes, not JSON)", len);
		return;
	}
	text = redact(json) ? cJSON_PrintUnformatted(json) : NULL;
	if (text) {
		amzpay_buf_appends(out, text);
		cJSON_free(text);
	} else {
		out->failed = true;
	}
	cJSON_Delete(json);
}
