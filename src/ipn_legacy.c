/*
 * amzpay core: IPN notifications after verification. The SNS Message and
 * the legacy notification tree (v1 NotificationData, v2 objects read back in
 * the legacy shape), and the memory of notifications already seen (per
 * process, or the ledger). Verification itself lives in ipn.c.
 */
#include "ipn_private.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ledger.h"
#include "xml.h"

/* {{{ the Message and the legacy tree */
cJSON *amzpay_ipn_message(const amzpay_ipn *ipn, amzpay_error *err)
{
	cJSON *m = ipn->message ? cJSON_Parse(ipn->message) : NULL;

	if (!cJSON_IsObject(m)) {
		cJSON_Delete(m);
		amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_MESSAGE, AMZPAY_ERR_PARSE,
		         "Error with IPN message - Message is not a JSON object%s", "");
		return NULL;
	}
	return m;
}

bool amzpay_ipn_message_is_v2(const cJSON *message)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(message, "NotificationVersion");

	if (cJSON_IsString(v) && strcasecmp(v->valuestring, "V2") == 0) {
		return true;
	}
	return !cJSON_GetObjectItemCaseSensitive(message, "NotificationData") &&
	       cJSON_IsString(cJSON_GetObjectItemCaseSensitive(message, "ObjectType")) &&
	       cJSON_IsString(cJSON_GetObjectItemCaseSensitive(message, "ObjectId"));
}

/* SimpleXMLElement::addChild() followed by json_encode(): a repeated name becomes a list. */
static void ipn_tree_add_child(cJSON *tree, const char *name, const char *value)
{
	cJSON *item = cJSON_CreateString(value ? value : "");
	cJSON *old = cJSON_GetObjectItemCaseSensitive(tree, name);

	if (!old) {
		cJSON_AddItemToObject(tree, name, item);
	} else if (cJSON_IsArray(old)) {
		cJSON_AddItemToArray(old, item);
	} else {
		cJSON *list = cJSON_CreateArray();
		cJSON_AddItemToArray(list, cJSON_Duplicate(old, 1));
		cJSON_AddItemToArray(list, item);
		cJSON_ReplaceItemInObjectCaseSensitive(tree, name, list);
	}
}

/* array_merge($first, $second) for string keys: a key of $second replaces the value in place. */
static void ipn_tree_merge(cJSON *into, cJSON *from)
{
	cJSON *child;

	while ((child = from->child) != NULL) {
		cJSON_DetachItemViaPointer(from, child);
		if (cJSON_GetObjectItemCaseSensitive(into, child->string)) {
			char *name = strdup(child->string);
			if (name) {
				cJSON_ReplaceItemInObjectCaseSensitive(into, name, child);
				free(name);
			} else {
				cJSON_Delete(child);
			}
		} else {
			cJSON_AddItemToObject(into, child->string, cJSON_Duplicate(child, 1));
			cJSON_Delete(child);
		}
	}
}

static void ipn_copy_field(cJSON *out, const cJSON *fields, const char *name, bool always)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(fields, name);

	if (v && !cJSON_IsNull(v)) {
		cJSON_AddItemToObject(out, name, cJSON_Duplicate(v, 1));
	} else if (always) {
		cJSON_AddNullToObject(out, name);
	}
}

/* fields + the NotificationData tree (consumed) + Type, MessageId, TopicArn: the legacy toArray() order */
static cJSON *ipn_legacy_tree_of(const amzpay_ipn *ipn, const cJSON *fields, cJSON *data)
{
	cJSON *tree = cJSON_CreateObject();

	ipn_tree_add_child(data, "Type", ipn->type);
	ipn_tree_add_child(data, "MessageId", ipn->message_id);
	ipn_tree_add_child(data, "TopicArn", ipn->topic_arn);
	ipn_copy_field(tree, fields, "NotificationReferenceId", true);
	ipn_copy_field(tree, fields, "NotificationType", true);
	ipn_copy_field(tree, fields, "SellerId", true);
	ipn_copy_field(tree, fields, "ReleaseEnvironment", true);
	ipn_copy_field(tree, fields, "EventType", false);
	ipn_tree_merge(tree, data);
	cJSON_Delete(data);
	return tree;
}

int amzpay_ipn_legacy_tree_from_xml(const amzpay_ipn *ipn, const cJSON *fields, const char *xml, size_t xml_len,
                                    cJSON **out, amzpay_error *err)
{
	cJSON *data = NULL;

	*out = NULL;
	if (amzpay_xml_to_tree(xml, xml_len, NULL, &data, err) != 0) {
		if (err) {
			err->code = AMZPAY_IPN_FAIL_MESSAGE;
		}
		return -1;
	}
	*out = ipn_legacy_tree_of(ipn, fields, data);
	return 0;
}

int amzpay_ipn_legacy_tree(const amzpay_ipn *ipn, const cJSON *message, cJSON **out, amzpay_error *err)
{
	const cJSON *data = cJSON_GetObjectItemCaseSensitive(message, "NotificationData");

	*out = NULL;
	if (!cJSON_IsString(data)) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_MESSAGE, AMZPAY_ERR_PARSE,
		                "Error with IPN message - NotificationData cannot be found%s", "");
	}
	return amzpay_ipn_legacy_tree_from_xml(ipn, message, data->valuestring, strlen(data->valuestring), out, err);
}
/* }}} */

/* {{{ per-process memory of verified notifications */
static char *ipn_seen[AMZPAY_IPN_SEEN_SLOTS];
static size_t ipn_seen_next;
static pthread_mutex_t ipn_seen_lock = PTHREAD_MUTEX_INITIALIZER;

/* Caller holds the lock. true when `id` was recorded before; records it otherwise. */
static bool ipn_seen_check_add(const char *id)
{
	char *copy;

	for (size_t i = 0; i < AMZPAY_IPN_SEEN_SLOTS; i++) {
		if (ipn_seen[i] && strcmp(ipn_seen[i], id) == 0) {
			return true;
		}
	}
	if ((copy = strdup(id)) != NULL) {
		free(ipn_seen[ipn_seen_next]);
		ipn_seen[ipn_seen_next] = copy;
		ipn_seen_next = (ipn_seen_next + 1) % AMZPAY_IPN_SEEN_SLOTS;
	}
	return false;
}

bool amzpay_ipn_remember(const amzpay_ipn *ipn)
{
	cJSON *m = ipn->message ? cJSON_Parse(ipn->message) : NULL;
	const cJSON *nid = cJSON_GetObjectItemCaseSensitive(m, "NotificationId");
	amzpay_buf key = AMZPAY_BUF_INIT;
	bool seen = false;

	pthread_mutex_lock(&ipn_seen_lock);
	if (ipn->message_id) {
		amzpay_buf_appendf(&key, "m:%s", ipn->message_id);
		seen = ipn_seen_check_add(amzpay_buf_cstr(&key));
	}
	if (cJSON_IsString(nid)) {
		amzpay_buf_reset(&key);
		amzpay_buf_appendf(&key, "n:%s", nid->valuestring);
		seen = ipn_seen_check_add(amzpay_buf_cstr(&key)) || seen;
	}
	pthread_mutex_unlock(&ipn_seen_lock);
	amzpay_buf_free(&key);
	cJSON_Delete(m);
	return seen;
}

/* Notification ids live in the ledger under their own environment name, apart from payment objects. */
#define IPN_LEDGER_ENVIRONMENT "notification"

int amzpay_ipn_seen_in_ledger(const amzpay_ipn *ipn, const char *dsn, const char *password, char *warning, size_t n)
{
	cJSON *m = ipn->message ? cJSON_Parse(ipn->message) : NULL;
	const cJSON *nid = cJSON_GetObjectItemCaseSensitive(m, "NotificationId");
	amzpay_buf key = AMZPAY_BUF_INIT;
	amzpay_ledger_options opt = {0};
	amzpay_ledger *l;
	amzpay_error err;
	int seen = 0, rc = 0;

	warning[0] = '\0';
	amzpay_error_clear(&err);
	if (!(l = amzpay_ledger_acquire(dsn, password, &opt, &err))) {
		cJSON_Delete(m);
		snprintf(warning, n, "amzpay: ledger not used for IpnHandler::isDuplicate(): %s", err.message);
		return -1;
	}
	if (ipn->message_id) {
		amzpay_buf_appendf(&key, "m:%s", ipn->message_id);
		rc = amzpay_ledger_seen(l, IPN_LEDGER_ENVIRONMENT, amzpay_buf_cstr(&key), &err);
		seen |= rc == 1;
	}
	if (rc >= 0 && cJSON_IsString(nid)) {
		amzpay_buf_reset(&key);
		amzpay_buf_appendf(&key, "n:%s", nid->valuestring);
		rc = amzpay_ledger_seen(l, IPN_LEDGER_ENVIRONMENT, amzpay_buf_cstr(&key), &err);
		seen |= rc == 1;
	}
	amzpay_ledger_release(l, rc < 0 ? &err : NULL);
	amzpay_buf_free(&key);
	cJSON_Delete(m);
	if (rc < 0) {
		snprintf(warning, n, "amzpay: ledger not used for IpnHandler::isDuplicate(): %s", err.message);
		return -1;
	}
	return seen;
}

void amzpay_ipn_seen_clear(void)
{
	pthread_mutex_lock(&ipn_seen_lock);
	for (size_t i = 0; i < AMZPAY_IPN_SEEN_SLOTS; i++) {
		free(ipn_seen[i]);
		ipn_seen[i] = NULL;
	}
	ipn_seen_next = 0;
	pthread_mutex_unlock(&ipn_seen_lock);
}
/* }}} */

/* {{{ v2 notifications in the legacy shape */
static const char *ipn_msg_str(const cJSON *m, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(m, key);

	return cJSON_IsString(v) && *v->valuestring ? v->valuestring : NULL;
}

/* The SNS region of the topic ("arn:aws:sns:<region>:...") as a legacy region. */
static void ipn_topic_region(const char *arn, char *out, size_t size)
{
	const char *r = arn && strncmp(arn, "arn:aws:sns:", 12) == 0 ? arn + 12 : "";

	if (strncmp(r, "eu-", 3) == 0) {
		snprintf(out, size, "de");
	} else if (strncmp(r, "ap-", 3) == 0 || strncmp(r, "us-west-2:", 10) == 0) {
		snprintf(out, size, "jp");
	} else {
		snprintf(out, size, "us");
	}
}

int amzpay_ipn_v2_read(const amzpay_ipn *ipn, const cJSON *message, amzpay_ipn_v2 *out, amzpay_error *err)
{
	memset(out, 0, sizeof(*out));
	out->object_type = ipn_msg_str(message, "ObjectType");
	out->object_id = ipn_msg_str(message, "ObjectId");
	out->permission_id = ipn_msg_str(message, "ChargePermissionId");
	out->merchant_id = ipn_msg_str(message, "MerchantID");
	out->notification_id = ipn_msg_str(message, "NotificationId");
	if (!out->object_type || !out->object_id) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_MESSAGE, AMZPAY_ERR_PARSE,
		                "Error with IPN message - a v2 notification needs ObjectType and ObjectId%s", "");
	}
	/* v2 ids: S... in Sandbox, P... in Live */
	out->release_environment = out->object_id[0] == 'S' ? "Sandbox" : "Live";
	ipn_topic_region(ipn->topic_arn, out->region, sizeof(out->region));
	return 0;
}

void amzpay_ipn_authorization_id(const char *charge_id, char *out, size_t size)
{
	snprintf(out, size, "%s", charge_id);
	if (strlen(out) > 20 && out[20] == 'C') {
		out[20] = 'A';
	}
}

/*
 * The payload subtree tree[result][details], keeping only `keep` (NULL: all) in their order; `empty` (in
 * `keep`) is added as an empty element when the answer lacks it.
 */
static cJSON *ipn_payload(cJSON *response, const char *result, const char *details, const char *const *keep,
                          const char *empty)
{
	cJSON *r = cJSON_GetObjectItemCaseSensitive(response, result);
	cJSON *d = cJSON_IsObject(r) ? cJSON_GetObjectItemCaseSensitive(r, details) : NULL;
	cJSON *out;

	if (!cJSON_IsObject(d)) {
		return NULL;
	}
	if (!keep) {
		return cJSON_DetachItemViaPointer(r, d);
	}
	out = cJSON_CreateObject();
	for (; *keep; keep++) {
		cJSON *v = cJSON_GetObjectItemCaseSensitive(d, *keep);
		if (v) {
			cJSON_AddItemToObject(out, *keep, cJSON_Duplicate(v, 1));
		} else if (empty && strcmp(*keep, empty) == 0) {
			cJSON_AddItemToObject(out, *keep, cJSON_CreateObject()); /* v1 always had it, empty here */
		}
	}
	return out;
}

/* Adds the empty element `name` right after `after` (or last) when the payload lacks it; returns the payload. */
static cJSON *ipn_payload_fill(cJSON *payload, const char *name, const char *after)
{
	cJSON *out, *child;
	bool added = false;

	if (!name || cJSON_GetObjectItemCaseSensitive(payload, name)) {
		return payload;
	}
	out = cJSON_CreateObject();
	while ((child = payload->child) != NULL) {
		bool here = child->string && strcmp(child->string, after) == 0;
		cJSON_DetachItemViaPointer(payload, child);
		cJSON_AddItemToObject(out, child->string, child);
		if (here) {
			cJSON_AddItemToObject(out, name, cJSON_CreateObject());
			added = true;
		}
	}
	if (!added) {
		cJSON_AddItemToObject(out, name, cJSON_CreateObject());
	}
	cJSON_Delete(payload);
	return out;
}

int amzpay_ipn_v2_legacy_tree(const amzpay_ipn *ipn, const amzpay_ipn_v2 *v2, const amzpay_ipn_v2_shape *shape,
                              const char *response_xml, size_t len, cJSON **out, amzpay_error *err)
{
	cJSON *response = NULL, *payload, *data, *fields;

	*out = NULL;
	if (amzpay_xml_to_tree(response_xml, len, NULL, &response, err) != 0) {
		return -1;
	}
	payload = ipn_payload(response, shape->result, shape->details, shape->keep, shape->empty);
	cJSON_Delete(response);
	if (!payload) {
		return amzpay_ipn_fail(err, AMZPAY_IPN_FAIL_MESSAGE, AMZPAY_ERR_PARSE,
		                "Error with IPN message - the answer holds no %s", shape->details);
	}
	payload = ipn_payload_fill(payload, shape->empty, shape->empty_after);
	data = cJSON_CreateObject();
	cJSON_AddItemToObject(data, shape->payload, payload);
	fields = cJSON_CreateObject();
	cJSON_AddItemToObject(fields, "NotificationReferenceId",
	                      v2->notification_id ? cJSON_CreateString(v2->notification_id) : cJSON_CreateNull());
	cJSON_AddStringToObject(fields, "NotificationType", shape->notification_type);
	cJSON_AddItemToObject(fields, "SellerId",
	                      v2->merchant_id ? cJSON_CreateString(v2->merchant_id) : cJSON_CreateNull());
	cJSON_AddStringToObject(fields, "ReleaseEnvironment", v2->release_environment);
	*out = ipn_legacy_tree_of(ipn, fields, data);
	cJSON_Delete(fields);
	return 0;
}

static const char *const ipn_order_reference_keep[] = {
    "AmazonOrderReferenceId", "OrderTotal", "SellerOrderAttributes", "OrderReferenceStatus", "CreationTimestamp",
    "ExpirationTimestamp",    NULL};

/* v1 notifications carry an (empty) OrderItemCategories / SellerOrderAttributes that the details calls lack */
const amzpay_ipn_v2_shape amzpay_ipn_shape_authorize = {"PaymentAuthorize",
                                                        "GetAuthorizationDetailsResult",
                                                        "AuthorizationDetails",
                                                        "AuthorizationDetails",
                                                        NULL,
                                                        "OrderItemCategories",
                                                        "AuthorizationStatus"};
const amzpay_ipn_v2_shape amzpay_ipn_shape_capture = {
    "PaymentCapture", "GetCaptureDetailsResult", "CaptureDetails", "CaptureDetails", NULL, NULL, NULL};
const amzpay_ipn_v2_shape amzpay_ipn_shape_refund = {
    "PaymentRefund", "GetRefundDetailsResult", "RefundDetails", "RefundDetails", NULL, NULL, NULL};
const amzpay_ipn_v2_shape amzpay_ipn_shape_order_reference = {"OrderReferenceNotification",
                                                              "GetOrderReferenceDetailsResult",
                                                              "OrderReferenceDetails",
                                                              "OrderReference",
                                                              ipn_order_reference_keep,
                                                              "SellerOrderAttributes",
                                                              "OrderTotal"};
/* }}} */
