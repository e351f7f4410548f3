/*
 * amzpay core: the legacy bridge. Legacy \AmazonPay\Client (MWS v1) calls in,
 * Amazon Pay API v2 requests out; v2 responses in, legacy MWS responses out.
 *
 * A legacy call goes through two steps, with the transport in between:
 *
 *   1. amzpay_legacy_prepare(op, params, cfg, &call, &err)
 *        -1                     throw (bad argument types, as the legacy SDK did)
 *        AMZPAY_LEGACY_SEND     send call.method / call.path / call.body with the
 *                               headers below, then go to step 2
 *        AMZPAY_LEGACY_ANSWERED nothing to send: call.answer already holds the
 *                               legacy response (an MWS ErrorResponse, e.g.
 *                               MissingParameter, or an unsupported method)
 *   2. amzpay_legacy_translate(&call, &reply, &result, &err)
 *        0   result holds the legacy response (success or MWS error)
 *        -1  throw: the v2 API was still throttled/failing after the
 *            transport's retries (legacy "Error Code: 503 ... retry attempts"),
 *            or a 2xx body was not JSON
 *
 * Either way the legacy response is { xml, status }: build the legacy
 * ResponseParser from ['Status' => status, 'ResponseBody' => xml]; then
 * toXml() is `xml`, toArray()/toJson() come from amzpay_xml_to_tree(xml,
 * "<status>") (xml.h), and $client->success = result.success.
 *
 * Extra request headers for step 1 (the idempotency key is signed, the
 * simulation code is not - v2 rules, sign.h):
 *   AMZPAY_HEADER_IDEMPOTENCY_KEY: call.idempotency_key when not "" (every POST)
 *   AMZPAY_HEADER_SIMULATION_CODE: call.simulation_code when not NULL (sandbox)
 *
 * What throws and what answers (the legacy SDK's own split between exceptions and MWS error answers):
 *   - exception (AMZPAY_ERR_ARGUMENT, legacy wording): a boolean key that is
 *     not a bool ("capture_now value true is of type string and should be a
 *     boolean value"), an array key that is not an array ("... should be an
 *     array value"), and - stricter than legacy, which would have sent
 *     garbage - an array/bool/object where a text value is expected
 *     ("amount value Array is of type array and should be a string value");
 *   - MWS-shaped answer, HTTP 400, Type "Sender", nothing sent: MissingParameter
 *     (v2 needs a value the legacy SDK never checked), InvalidParameterValue
 *     (amount, currency, id format, descriptor, lengths, control characters,
 *     invalid UTF-8, transaction_timeout, provider credits),
 *     InvalidSandboxSimulationSpecified (a SandboxSimulation note with no v2
 *     simulation code), UnsupportedOperation (legacy methods v2 cannot do).
 *   Text rules: ids, amounts, currencies, reference ids, soft descriptors,
 *   seller_order_id and store_name refuse every control character (CR, LF,
 *   NUL, TAB...); free text (notes, closure/cancelation reasons,
 *   custom_information) may hold TAB/CR/LF but never NUL or other controls.
 *   All text must be valid UTF-8; lengths are counted in characters (the
 *   soft descriptor in bytes).
 *
 * Ownership: a call owns its path, body, echo strings and answer; release
 * with amzpay_legacy_call_free(). A result owns its xml; release with
 * amzpay_legacy_result_free(). Both must be initialised (the _init() functions) before
 * first use and may be reused. Params are borrowed for the duration of
 * amzpay_legacy_prepare() only (everything kept is copied). Nothing here
 * keeps global state except the test clock; calls are independent.
 */
#ifndef AMZPAY_LEGACY_H
#define AMZPAY_LEGACY_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "api.h"
#include "error.h"
#include "ledger.h"

#define AMZPAY_HEADER_SIMULATION_CODE "x-amz-pay-simulation-code"

/* ------------------------------------------------------------------ */
/* Legacy parameters                                                    */
/* ------------------------------------------------------------------ */

/*
 * The glue hands over the call's array after the legacy normalisation:
 * keys lower-cased (array_change_key_case), values that are neither arrays
 * nor bools trim()med. That trim() turned ints, floats and null into
 * strings, so pass them as STRING with PHP's string conversion ("0", "1.5",
 * null -> ""); NULL is also accepted and means "". Order = array order (it
 * decides which bad key is reported first, as in the legacy loop).
 */
typedef enum {
	AMZPAY_PARAM_STRING = 0,
	AMZPAY_PARAM_BOOL,
	AMZPAY_PARAM_ARRAY,
	AMZPAY_PARAM_NULL,
	AMZPAY_PARAM_OTHER /* object, resource...: never accepted */
} amzpay_param_type;

typedef struct {
	const char *key;          /* lower case, NUL-terminated */
	amzpay_param_type type;
	const char *str;          /* STRING: the trimmed bytes (may hold NUL: refused);
	                           * OTHER: PHP's rendering for messages, or NULL */
	size_t len;               /* bytes in str */
	bool b;                   /* BOOL: the value */
	size_t count;             /* ARRAY: number of elements */
	const char *type_name;    /* OTHER: gettype() ("object"), NULL = "object" */
} amzpay_param;

typedef struct {
	const amzpay_param *items;
	size_t count;
} amzpay_params;

/* First item with that key (exact, lower case), or NULL. */
const amzpay_param *amzpay_params_find(const amzpay_params *p, const char *key);

/* ------------------------------------------------------------------ */
/* Legacy operations                                                    */
/* ------------------------------------------------------------------ */

typedef enum {
	/* capture path: translated to v2 */
	AMZPAY_LEGACY_AUTHORIZE,
	AMZPAY_LEGACY_GET_AUTHORIZATION_DETAILS,
	AMZPAY_LEGACY_CAPTURE,
	AMZPAY_LEGACY_GET_CAPTURE_DETAILS,
	AMZPAY_LEGACY_REFUND,
	AMZPAY_LEGACY_GET_REFUND_DETAILS,
	AMZPAY_LEGACY_CLOSE_AUTHORIZATION,
	AMZPAY_LEGACY_GET_ORDER_REFERENCE_DETAILS,
	AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE,
	AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE,
	AMZPAY_LEGACY_SET_ORDER_ATTRIBUTES,
	AMZPAY_LEGACY_SET_ORDER_REFERENCE_DETAILS,
	/* a read of the charge permission: Chargeable = confirmed (nothing to confirm in v2) */
	AMZPAY_LEGACY_CONFIRM_ORDER_REFERENCE,
	/* no v2 counterpart: answered with an UnsupportedOperation error */
	AMZPAY_LEGACY_CREATE_ORDER_REFERENCE_FOR_ID,
	AMZPAY_LEGACY_LIST_ORDER_REFERENCE,
	AMZPAY_LEGACY_LIST_ORDER_REFERENCE_BY_NEXT_TOKEN,
	AMZPAY_LEGACY_GET_BILLING_AGREEMENT_DETAILS,
	AMZPAY_LEGACY_SET_BILLING_AGREEMENT_DETAILS,
	AMZPAY_LEGACY_CONFIRM_BILLING_AGREEMENT,
	AMZPAY_LEGACY_VALIDATE_BILLING_AGREEMENT,
	AMZPAY_LEGACY_AUTHORIZE_ON_BILLING_AGREEMENT,
	AMZPAY_LEGACY_CLOSE_BILLING_AGREEMENT,
	AMZPAY_LEGACY_GET_SERVICE_STATUS,
	AMZPAY_LEGACY_GET_MERCHANT_ACCOUNT_STATUS,
	AMZPAY_LEGACY_GET_MERCHANT_NOTIFICATION_CONFIGURATION,
	AMZPAY_LEGACY_SET_MERCHANT_NOTIFICATION_CONFIGURATION,
	AMZPAY_LEGACY_GET_PROVIDER_CREDIT_DETAILS,
	AMZPAY_LEGACY_GET_PROVIDER_CREDIT_REVERSAL_DETAILS,
	AMZPAY_LEGACY_REVERSE_PROVIDER_CREDIT,
	AMZPAY_LEGACY_OP_COUNT
} amzpay_legacy_op;

/* Legacy PHP method name -> op, case-insensitive like PHP; -1 when it is not an MWS API method. */
int amzpay_legacy_op_find(const char *method);
const char *amzpay_legacy_op_method(amzpay_legacy_op op); /* "getAuthorizationDetails" */
const char *amzpay_legacy_op_action(amzpay_legacy_op op); /* MWS Action: "GetAuthorizationDetails" */
bool amzpay_legacy_op_supported(amzpay_legacy_op op);

/* ------------------------------------------------------------------ */
/* Identifiers                                                          */
/* ------------------------------------------------------------------ */

/*
 * Accepted formats (both worlds produce them; "S" sandbox, "P" production):
 *   order reference / charge permission   ^[SP]\d{2}-\d{7}-\d{7}$
 *   authorization (v1)                    ^[SP]\d{2}-\d{7}-\d{7}-A\d{6,7}$
 *   capture (v1) == charge (v2)           ^[SP]\d{2}-\d{7}-\d{7}-C\d{6,7}$
 *   refund (v1 == v2)                     ^[SP]\d{2}-\d{7}-\d{7}-R\d{6,7}$
 * (fixtures and v2 docs show 6 digits after the letter; 7 is accepted so a
 * longer Amazon counter never locks shops out; nothing else - no '/', '.',
 * spaces or other letters - can reach a URL path.)
 */
typedef enum {
	AMZPAY_ID_ORDER_REFERENCE,
	AMZPAY_ID_AUTHORIZATION,
	AMZPAY_ID_CAPTURE,
	AMZPAY_ID_REFUND
} amzpay_id_kind;

#define AMZPAY_LEGACY_ID_MAX 32 /* longest accepted id + NUL */

bool amzpay_legacy_id_valid(amzpay_id_kind kind, const char *id, size_t len);
/* v1 authorization id -> v2 charge id ('A' -> 'C' at index 20). -1 (no output) when `auth_id` is not an authorization id. */
int amzpay_legacy_charge_id(const char *auth_id, char out[AMZPAY_LEGACY_ID_MAX]);
/* v2 charge id -> v1 authorization id ('C' -> 'A' at index 20); -1 when not a charge id. */
int amzpay_legacy_authorization_id(const char *charge_id, char out[AMZPAY_LEGACY_ID_MAX]);

/*
 * Idempotency key from a legacy reference id (authorization_reference_id,
 * capture_reference_id, refund_reference_id), namespaced per operation as
 * MWS kept the three kinds of reference ids apart (a shop may use one string
 * for the authorization and the capture of an order): "auth-", "capt-" or
 * "rfnd-" + the id itself when that is at most 32 characters of
 * [A-Za-z0-9_-] (so keys look like the shop's own ids), otherwise "amzpay-"
 * + the first 25 characters of the lower-case RFC 4648 base32 of
 * SHA-256(namespace + reference id): 32 characters, deterministic, 125 bits.
 * A retry - in this process or after a crash in a new one - reuses the key,
 * so v2 replays the first response instead of charging twice.
 */
#define AMZPAY_IDEMPOTENCY_KEY_MAX 32
void amzpay_legacy_idempotency_key(amzpay_legacy_op op, const char *ref, size_t len,
                                   char out[AMZPAY_IDEMPOTENCY_KEY_MAX + 1]);

/*
 * Sandbox parity: a legacy note (seller_authorization_note,
 * seller_capture_note, seller_refund_note; closure_reason /
 * cancelation_reason for the order reference) holding
 *   {"SandboxSimulation": {"State": "...", "ReasonCode": "...", "SoftDecline": ...}}
 * becomes the v2 x-amz-pay-simulation-code (table in legacy.c, e.g.
 * Authorize Declined/InvalidPaymentMethod -> SoftDeclined, or HardDeclined
 * with "SoftDecline": false; Declined/AmazonRejected -> AmazonRejected;
 * Pending -> AuthorizationInitiated; Capture Pending -> CaptureInitiated).
 * `async` (an authorization with TransactionTimeout > 0, the v1 default)
 * selects the Pending* codes: v1 answered such a simulated decline with a
 * Pending authorization that declined later. Returns 0 (not a simulation
 * note), 1 (*code set, static) or -1 (a simulation with no v2 equivalent
 * for this op).
 */
int amzpay_legacy_simulation_code(amzpay_legacy_op op, const char *note, size_t len, bool async, const char **code);

/* ------------------------------------------------------------------ */
/* Calls and results                                                    */
/* ------------------------------------------------------------------ */

typedef struct {
	char *xml;          /* legacy MWS XML body (owned, NUL-terminated)        */
	size_t xml_len;
	long status;        /* legacy HTTP status: ResponseParser 'Status'         */
	bool success;       /* $client->success: status == 200                    */
	/* diagnostics for the glue's accessor (never shown to legacy code) */
	bool sent;               /* a v2 request was made                          */
	long v2_status;          /* its HTTP status, 0 when nothing was sent       */
	char v2_reason_code[64]; /* v2 error reasonCode, or the v2 object's
	                          * statusDetails reason, "" when none             */
	char v2_request_id[128]; /* x-amz-pay-request-id, "" when none             */
	char code[64];           /* MWS Error Code when !success, else ""          */
	char state[32];          /* legacy State of the object answered ("Open",
	                          * "Declined"...), "" for error responses        */
	/* what the bridge should remember of this answer (legacy_ledger.h): written
	 * to the ledger after authorize, capture, refund, close and cancel */
	amzpay_ledger_row records[2];
	size_t record_count;
} amzpay_legacy_result;

void amzpay_legacy_result_init(amzpay_legacy_result *r);
void amzpay_legacy_result_free(amzpay_legacy_result *r);

typedef struct {
	const char *currency_code; /* config currency_code: default currency (upper-cased here), NULL = none */
	bool sandbox;              /* config sandbox: SandboxSimulation notes -> simulation codes */
	bool no_handle_throttle;   /* config handle_throttle === false (see amzpay_legacy_call) */
} amzpay_legacy_config;

/* What the legacy response repeats from the request (v2 does not store it). */
typedef struct {
	char *id;              /* the legacy id the caller passed                   */
	char *reference_id;    /* authorization/capture/refund reference id         */
	char *note;            /* seller_*_note (also when it is a simulation note) */
	char *amount;          /* normalised amount ("10.50"; JPY "1050")           */
	char currency[4];      /* effective currency code, "" when none             */
	char *soft_descriptor;
	int capture_now;       /* authorize: 1/0                                    */
	bool capture_issued;   /* set by the glue when its own bookkeeping knows a
	                        * capture was requested on this charge: v2 does not
	                        * say whether a Declined charge declined at
	                        * authorization or at capture; without this hint
	                        * only captureAmount > 0 tells                       */
} amzpay_legacy_echo;

enum {
	AMZPAY_LEGACY_SEND = 0,
	AMZPAY_LEGACY_ANSWERED = 1
};

struct amzpay_legacy_facts; /* legacy_ledger.h */

typedef struct {
	amzpay_legacy_op op;
	bool sandbox;              /* the call's environment (ledger rows)              */
	bool handle_throttle;      /* config handle_throttle (default true): false = a throttled or failing v2
	                            * answer is the legacy answer (MWS 503 RequestThrottled / 500), not retried
	                            * and not thrown (the transport is told: no_status_retries) */
	/* what the ledger knows of the call's object, read before translating; NULL = nothing (no ledger,
	 * or it failed): the answer is then what v2 alone gives */
	const struct amzpay_legacy_facts *facts;
	/* authorize / getAuthorizationDetails in the EU and UK: the charge permission's billingAddress (JSON
	 * text, owned, freed with the call), read by the caller, for AuthorizationBillingAddress; NULL = none */
	char *billing_address;
	/* the v2 request (AMZPAY_LEGACY_SEND) */
	amzpay_op_id v2_op;        /* its row in the operations table (api_ops.h)      */
	const char *method;        /* "GET", "POST", "PATCH", "DELETE" (static)        */
	char *path;                /* relative, e.g. "v2/charges/S01-...-C000001/capture" */
	char *body;                /* JSON text, or NULL for no body                  */
	size_t body_len;
	char idempotency_key[AMZPAY_IDEMPOTENCY_KEY_MAX + 1]; /* "" = header not sent  */
	const char *simulation_code;                          /* static, NULL = none   */
	amzpay_legacy_echo echo;
	/* the local answer (AMZPAY_LEGACY_ANSWERED) */
	amzpay_legacy_result answer;
} amzpay_legacy_call;

void amzpay_legacy_call_init(amzpay_legacy_call *call);
void amzpay_legacy_call_free(amzpay_legacy_call *call);

/*
 * Validates the legacy parameters of `op` and builds the v2 request into
 * `call`, which must have been initialised with amzpay_legacy_call_init()
 * (any previous content is released first, so a call can be reused).
 * Nothing is sent by anyone when this refuses. Ignored, as by the legacy
 * SDK: unknown keys, merchant_id and mws_auth_token (v2 identifies the
 * merchant by its key), platform_id, supplementary_data,
 * order_item_categories, payment_service_provider_* (no v2 field); the
 * amount of setOrderReferenceDetails (v2 cannot change it); soft_descriptor
 * on authorize when capture_now is false (v2 refuses it there and the
 * descriptor only matters at capture).
 */
int amzpay_legacy_prepare(amzpay_legacy_op op, const amzpay_params *params, const amzpay_legacy_config *cfg,
                          amzpay_legacy_call *call, amzpay_error *err);

/* The transport's answer to the request of a prepared call. */
typedef struct {
	long status;            /* final HTTP status (after the transport's retries) */
	const char *body;       /* response body, may be NULL                        */
	size_t body_len;
	const char *request_id; /* x-amz-pay-request-id header, may be NULL          */
	int retries;            /* retries the transport made (for the legacy message) */
	bool maybe_processed;   /* an attempt may have been processed (amzpay_http_response) */
} amzpay_v2_reply;

/*
 * v2 response -> legacy response. See the top of this file for the return
 * contract. Mapping summary:
 *   - success bodies become the legacy *Response XML of the op, shaped like
 *     the MWS samples: states by the status tables of state.h, amounts with the
 *     currency's decimals, timestamps 2019-07-14T15:53:00.000Z, fees 0.00,
 *     reference ids and notes echoed from the call (or from the charge's
 *     merchantMetadata on reads), legacy status 200;
 *   - a decline refused by v2 (authorize: SoftDeclined, HardDeclined,
 *     AmazonRejected, TransactionTimedOut, PaymentMethodNotAllowed,
 *     MFANotCompleted, ProcessingFailure; capture/refund: AmazonRejected,
 *     ProcessingFailure) becomes, as in v1, a 200 response whose object is
 *     Declined (authorize: ReasonCode InvalidPaymentMethod + SoftDecline
 *     true/false for soft/hard declines);
 *   - other v2 errors become an MWS ErrorResponse with the closest legacy
 *     code (ResourceNotFound -> InvalidOrderReferenceId / InvalidAuthorizationId
 *     / InvalidCaptureId / InvalidRefundId by op, HTTP 404; InvalidChargeStatus
 *     -> InvalidAuthorizationStatus (405) or CaptureNotRefundable (405);
 *     InvalidChargePermissionStatus -> InvalidOrderReferenceStatus (405);
 *     ChargePermissionNotModifiable -> OrderReferenceNotModifiable (400);
 *     DuplicateIdempotencyKey -> DuplicateRequest; MissingParameterValue ->
 *     MissingParameter; unknown codes keep their v2 name; v2's 422 -> 400);
 *   - 408/425/429/500/502/503/504 (still failing after retries) throw with
 *     AMZPAY_ERR_HTTP, err->http_status = the legacy status (429 -> 503) and
 *     the legacy message "Error Code: 503\nMaximum number of retry attempts - 4 reached".
 */
int amzpay_legacy_translate(const amzpay_legacy_call *call, const amzpay_v2_reply *reply, amzpay_legacy_result *out,
                            amzpay_error *err);

/*
 * A refusal decided before the request was sent (a pre-flight read showed a
 * state that forbids the operation), answered exactly as the v2 error
 * `code`/`message` with reply->status would be; reply->body is ignored.
 */
int amzpay_legacy_refuse(const amzpay_legacy_call *call, const amzpay_v2_reply *reply, const char *code,
                         const char *message, amzpay_legacy_result *out, amzpay_error *err);

/*
 * The answer the ledger alone gives (call->facts): getAuthorizationDetails on an authorization that v2
 * declined outright (it has no v2 object). 1: `out` holds the answer, send nothing; 0: send the call;
 * -1: err.
 */
int amzpay_legacy_answer_from_ledger(const amzpay_legacy_call *call, amzpay_legacy_result *out, amzpay_error *err);

/*
 * closeOrderReference on an order v2 already closed because it was fully charged (MWS kept it Open until
 * the seller closed it): when amzpay_legacy_close_needs_check() is true for the v2 refusal, the caller
 * reads the charge permission (v2/chargePermissions/ID); if amzpay_legacy_permission_fully_charged() says
 * so, it translates that 200 read as the close's answer (the close succeeds; it reads back
 * Closed/SellerClosed with the ledger, Closed/AmazonClosed without).
 */
bool amzpay_legacy_close_needs_check(const amzpay_legacy_call *call, const amzpay_v2_reply *reply);
bool amzpay_legacy_permission_fully_charged(const char *body, size_t len);

/* True when the answer to `call` in `region` (legacy config region) carries AuthorizationBillingAddress, as
 * MWS did for DE/UK merchants: the caller then reads the charge permission into call->billing_address. */
bool amzpay_legacy_wants_billing_address(const amzpay_legacy_call *call, const char *region);
/* Sets call->billing_address from a v2 charge permission body; false when it has no billing address. */
bool amzpay_legacy_take_billing_address(amzpay_legacy_call *call, const char *body, size_t len);
/* The order reference id an authorization / capture / refund id belongs to (its first 19 characters). */
int amzpay_legacy_order_of(const char *id, char out[AMZPAY_LEGACY_ID_MAX]);

/* Clock for the timestamps of locally synthesised objects (declines); tests may replace it. NULL restores time(). */
void amzpay_legacy_set_clock(time_t (*clock_fn)(void));

/* v2 "20190714T155300Z" -> legacy "2019-07-14T15:53:00.000Z"; anything else is copied unchanged. */
void amzpay_legacy_timestamp(const char *v2, char *out, size_t size);

#endif
