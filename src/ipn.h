/*
 * amzpay core: Instant Payment Notifications (Amazon SNS HTTP notifications).
 *
 * Verification, in the order the legacy IpnHandler used (so the first error
 * a shop sees is the one it saw before), with the checks the legacy SDK
 * skipped added at the end:
 *   1. header x-amz-sns-message-type present and equal to "Notification";
 *   2. body at most AMZPAY_IPN_MAX_BODY bytes and a JSON object;
 *   3. mandatory string fields Type ("Notification"), then Message,
 *      MessageId, Timestamp, TopicArn (the signed fields, byte order), then
 *      Signature and SigningCertURL;
 *   4. SigningCertURL: https, ending in ".pem", host
 *      sns.<3+ of [A-Za-z0-9-]>.amazonaws.com[.cn];
 *   5. the certificate is fetched through the core transport (bounded
 *      timeouts, AMZPAY_IPN_MAX_CERT bytes) and cached per process by URL
 *      for AMZPAY_IPN_CERT_TTL seconds;
 *   6. the certificate chain is verified against the system CA store, or
 *      the shop's cabundle_file when given (validity dates included); the
 *      subject must be CN=sns.amazonaws.com or a name of the URL's host.
 *      SNS serves the leaf alone: when its issuer is missing, the one
 *      intermediate named by the leaf's caIssuers URL (Authority Information
 *      Access) is fetched - from *.amazontrust.com only - and the completed
 *      chain is what gets cached;
 *   7. SignatureVersion "1" (SHA1withRSA, also when absent, as the legacy
 *      SDK assumed) or "2" (SHA256withRSA) over the SNS string to sign:
 *      "Key\nValue\n" for Message, MessageId, Subject (when present),
 *      Timestamp, TopicArn, Type. Any other version is refused.
 * There is no freshness window: SNS redeliveries keep the original
 * Timestamp; duplicates are a matter for the caller (MessageId).
 *
 * Test trust (amzpay_ipn_config.test_ca_file, from a PHP_INI_SYSTEM
 * setting): the CA in that file is trusted in addition to the store, and
 * loopback hosts (127.0.0.0/8, ::1, localhost) count as SNS hosts, over
 * http too (the loopback test servers speak plain HTTP; the chain check
 * still authenticates the certificate). Nothing else relaxes any check.
 *
 * Errors: err->message is the legacy SDK's exception message where it had
 * one; err->code is one of amzpay_ipn_failure so the glue can add context
 * (the legacy signature-mismatch message quotes the certificate).
 */
#ifndef AMZPAY_IPN_H
#define AMZPAY_IPN_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

#define AMZPAY_IPN_MAX_BODY    (512 * 1024) /* SNS messages are at most 256 KiB; escaping can double them */
#define AMZPAY_IPN_MAX_CERT    (64 * 1024)
#define AMZPAY_IPN_CERT_TTL    3600 /* seconds a fetched certificate is reused */
#define AMZPAY_IPN_CACHE_SLOTS 16
#define AMZPAY_IPN_TRUST_TTL   3600 /* seconds a loaded trust store is reused while its files are unchanged */
#define AMZPAY_IPN_TRUST_SLOTS 4

typedef enum {
	AMZPAY_IPN_FAIL_NONE = 0,
	AMZPAY_IPN_FAIL_HEADER,
	AMZPAY_IPN_FAIL_BODY,
	AMZPAY_IPN_FAIL_FIELD,
	AMZPAY_IPN_FAIL_TYPE,
	AMZPAY_IPN_FAIL_VERSION,
	AMZPAY_IPN_FAIL_URL,
	AMZPAY_IPN_FAIL_FETCH,
	AMZPAY_IPN_FAIL_CERT,
	AMZPAY_IPN_FAIL_CHAIN,
	AMZPAY_IPN_FAIL_SUBJECT,
	AMZPAY_IPN_FAIL_SIGNATURE, /* the signature does not match: glue builds the legacy message */
	AMZPAY_IPN_FAIL_MESSAGE    /* the Message field cannot be converted */
} amzpay_ipn_failure;

typedef struct {
	const char *cabundle_file; /* NULL: the system store */
	const char *proxy;         /* "host:port" or NULL */
	const char *proxy_userpwd; /* never logged */
	const char *test_ca_file;  /* NULL or "": no test trust */
	long timeout_ms;           /* whole certificate download, default 10000 when <= 0 */
} amzpay_ipn_config;

/* A parsed notification. Strings point into `envelope` (owned). */
typedef struct {
	cJSON *envelope;
	const char *type, *message, *message_id, *timestamp, *topic_arn, *subject;
	const char *signature_b64, *cert_url;
	int signature_version; /* 1 or 2 */
	amzpay_buf string_to_sign;
	amzpay_buf cert_pem; /* after amzpay_ipn_verify(): the signing certificate */
} amzpay_ipn;

void amzpay_ipn_init(amzpay_ipn *ipn);
void amzpay_ipn_free(amzpay_ipn *ipn);

/*
 * Steps 1-3 and the SignatureVersion check. `message_type` is the value of
 * the x-amz-sns-message-type header, NULL when the header is absent.
 */
int amzpay_ipn_parse(amzpay_ipn *ipn, const char *message_type, const char *body, size_t len, amzpay_error *err);

/* Step 4; `test_trust` is true when a test CA is configured. */
int amzpay_ipn_check_cert_url(const char *url, bool test_trust, amzpay_error *err);

/* Steps 4-7 on a parsed notification; fills ipn->cert_pem. */
int amzpay_ipn_verify(amzpay_ipn *ipn, const amzpay_ipn_config *cfg, amzpay_error *err);

/*
 * Step 6 alone: `pem` is the downloaded certificate file (leaf first, then
 * any intermediates); `url_host` the host it came from.
 */
int amzpay_ipn_verify_certificate(const char *pem, size_t len, const char *url_host, const amzpay_ipn_config *cfg,
                                  amzpay_error *err);

/*
 * Step 7 alone: 1 when `sig` (raw bytes) is a valid signature of the
 * string to sign by ipn->cert_pem, 0 when not, -1 + err when the
 * certificate has no usable key.
 */
int amzpay_ipn_signature_matches(const amzpay_ipn *ipn, const unsigned char *sig, size_t sig_len, amzpay_error *err);

/* The Message field decoded (JSON object), or NULL + AMZPAY_IPN_FAIL_MESSAGE. Owned by the caller. */
cJSON *amzpay_ipn_message(const amzpay_ipn *ipn, amzpay_error *err);

/* true when the Message is a v2 notification (NotificationVersion "V2" / ObjectType + ObjectId). */
bool amzpay_ipn_message_is_v2(const cJSON *message);

/*
 * The legacy toArray() tree of a v1 notification (Message carrying
 * NotificationData XML): NotificationReferenceId, NotificationType, SellerId,
 * ReleaseEnvironment, EventType (when set), the children of the
 * NotificationData root, then Type, MessageId, TopicArn.
 */
int amzpay_ipn_legacy_tree(const amzpay_ipn *ipn, const cJSON *message, cJSON **out, amzpay_error *err);

/*
 * The same tree for notification data the caller built as MWS XML (v2
 * notifications answered in the legacy shape).
 */
int amzpay_ipn_legacy_tree_from_xml(const amzpay_ipn *ipn, const cJSON *fields, const char *xml, size_t xml_len,
                                    cJSON **out, amzpay_error *err);

/*
 * v2 notifications (a Message with ObjectType/ObjectId and no state) in the
 * legacy shape: the caller reads the object through the legacy bridge
 * (get*Details) and hands the MWS answer in; the payload element of its
 * result becomes the NotificationData of the legacy notification type:
 *   CHARGE in a capture state -> PaymentCapture + CaptureDetails (capture id = charge id)
 *   CHARGE otherwise          -> PaymentAuthorize + AuthorizationDetails (the charge id with A at index 20)
 *   REFUND                    -> PaymentRefund + RefundDetails
 *   CHARGE_PERMISSION         -> OrderReferenceNotification + OrderReference (the fields of a v1
 *                                OrderReferenceNotification only: no buyer or address data)
 * NotificationReferenceId = NotificationId, SellerId = MerchantID,
 * ReleaseEnvironment = Sandbox for ids starting with S, else Live.
 */
typedef struct {
	const char *object_type, *object_id, *permission_id, *merchant_id, *notification_id;
	const char *release_environment;
	char region[4]; /* legacy region of the SNS topic: us, de or jp */
} amzpay_ipn_v2;

typedef struct {
	const char *notification_type;   /* legacy NotificationType */
	const char *result, *details;    /* element path in the get*Details answer */
	const char *payload;             /* element name in NotificationData */
	const char *const *keep;         /* children kept (NULL: all) */
	const char *empty, *empty_after; /* an empty element v1 notifications had, added after `empty_after` */
} amzpay_ipn_v2_shape;

extern const amzpay_ipn_v2_shape amzpay_ipn_shape_authorize, amzpay_ipn_shape_capture, amzpay_ipn_shape_refund,
    amzpay_ipn_shape_order_reference;

int amzpay_ipn_v2_read(const amzpay_ipn *ipn, const cJSON *message, amzpay_ipn_v2 *out, amzpay_error *err);
/* The legacy authorization id of a charge id (index 20 'C' -> 'A'). */
void amzpay_ipn_authorization_id(const char *charge_id, char *out, size_t size);
int amzpay_ipn_v2_legacy_tree(const amzpay_ipn *ipn, const amzpay_ipn_v2 *v2, const amzpay_ipn_v2_shape *shape,
                              const char *response_xml, size_t len, cJSON **out, amzpay_error *err);

/*
 * Per-process memory of verified notifications: records the MessageId (and
 * the v2 NotificationId of the Message) and answers whether either was
 * recorded before. It holds the last AMZPAY_IPN_SEEN_SLOTS ids and lasts
 * as long as the process (one php-fpm worker, one php -S server).
 */
#define AMZPAY_IPN_SEEN_SLOTS 4096
bool amzpay_ipn_remember(const amzpay_ipn *ipn);
void amzpay_ipn_seen_clear(void);

/*
 * The same question answered by the ledger (ledger.h), so that every worker,
 * host and restart shares the answer: 1 seen before, 0 new (recorded now),
 * -1 when the ledger cannot be used (`warning`, size `n`, gets one sentence
 * for the shop's log; the caller keeps the per-process answer).
 */
int amzpay_ipn_seen_in_ledger(const amzpay_ipn *ipn, const char *dsn, const char *password, char *warning, size_t n);

/* Forgets every cached certificate and trust store (module shutdown, tests). */
void amzpay_ipn_cache_clear(void);
size_t amzpay_ipn_cache_size(void);

#endif
