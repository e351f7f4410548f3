/*
 * amzpay core, legacy bridge: identifiers, idempotency keys and sandbox
 * simulation codes (contract in legacy.h).
 */
#include "legacy_private.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


/* ^[SP]\d{2}-\d{7}-\d{7} */
static bool oro_prefix_valid(const char *id)
{
	return (id[0] == 'S' || id[0] == 'P') && legacy_all_digits(id + 1, 2) && id[3] == '-' && legacy_all_digits(id + 4, 7) &&
	       id[11] == '-' && legacy_all_digits(id + 12, 7);
}

bool amzpay_legacy_id_valid(amzpay_id_kind kind, const char *id, size_t len)
{
	static const char letters[] = {'\0', 'A', 'C', 'R'};

	if (!id || len < 19 || memchr(id, '\0', len) || !oro_prefix_valid(id)) {
		return false;
	}
	if (kind == AMZPAY_ID_ORDER_REFERENCE) {
		return len == 19;
	}
	/* ...-X + 6 or 7 digits; index 20 is the letter */
	return (len == 27 || len == 28) && id[19] == '-' && id[20] == letters[kind] && legacy_all_digits(id + 21, len - 21);
}

static int swap_id_letter(const char *in, amzpay_id_kind from, char to, char out[AMZPAY_LEGACY_ID_MAX])
{
	size_t len = in ? strlen(in) : 0;

	if (!amzpay_legacy_id_valid(from, in, len)) {
		return -1;
	}
	memcpy(out, in, len + 1);
	out[20] = to;
	return 0;
}

int amzpay_legacy_charge_id(const char *auth_id, char out[AMZPAY_LEGACY_ID_MAX])
{
	return swap_id_letter(auth_id, AMZPAY_ID_AUTHORIZATION, 'C', out);
}

int amzpay_legacy_authorization_id(const char *charge_id, char out[AMZPAY_LEGACY_ID_MAX])
{
	return swap_id_letter(charge_id, AMZPAY_ID_CAPTURE, 'A', out);
}

static bool key_char_ok(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* MWS kept the reference ids of authorizations, captures and refunds apart; so do the keys. */
static const char *key_namespace(amzpay_legacy_op op)
{
	switch (op) {
		case AMZPAY_LEGACY_AUTHORIZE:
			return "auth-";
		case AMZPAY_LEGACY_CAPTURE:
			return "capt-";
		case AMZPAY_LEGACY_REFUND:
			return "rfnd-";
		default:
			return "";
	}
}

void amzpay_legacy_idempotency_key(amzpay_legacy_op op, const char *ref, size_t len,
                                   char out[AMZPAY_IDEMPOTENCY_KEY_MAX + 1])
{
	static const char b32[] = "abcdefghijklmnopqrstuvwxyz234567";
	static const char prefix[] = "amzpay-";
	const char *ns = key_namespace(op);
	size_t nslen = strlen(ns), i, bit;
	unsigned char md[32];
	unsigned int mdlen = 0;
	bool as_is = len > 0 && nslen + len <= AMZPAY_IDEMPOTENCY_KEY_MAX;
	EVP_MD_CTX *ctx;

	for (i = 0; as_is && i < len; i++) {
		as_is = key_char_ok(ref[i]);
	}
	if (as_is) {
		memcpy(out, ns, nslen);
		memcpy(out + nslen, ref, len);
		out[nslen + len] = '\0';
		return;
	}
	/* SHA-256 over namespace + reference id: the same string on two operations is still two keys */
	ctx = EVP_MD_CTX_new();
	if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1 || EVP_DigestUpdate(ctx, ns, nslen) != 1 ||
	    EVP_DigestUpdate(ctx, ref, len) != 1 || EVP_DigestFinal_ex(ctx, md, &mdlen) != 1) {
		memset(md, 0, sizeof(md)); /* unreachable with a working libcrypto; never a random key */
	}
	EVP_MD_CTX_free(ctx);
	memcpy(out, prefix, sizeof(prefix) - 1);
	for (i = 0; i < AMZPAY_IDEMPOTENCY_KEY_MAX - (sizeof(prefix) - 1); i++) {
		unsigned v = 0, k;

		bit = i * 5;
		for (k = 0; k < 5; k++, bit++) {
			v = (v << 1) | ((md[bit / 8] >> (7 - bit % 8)) & 1u);
		}
		out[sizeof(prefix) - 1 + i] = b32[v];
	}
	out[AMZPAY_IDEMPOTENCY_KEY_MAX] = '\0';
}

/*
 * v1 sandbox simulations (a JSON note) -> v2 x-amz-pay-simulation-code,
 * in the names the sandbox accepts (sandbox/lib/Simulation.php): Create
 * Charge SoftDeclined, HardDeclined, AmazonRejected, TransactionTimedOut,
 * PaymentMethodNotAllowed, MFANotCompleted, ProcessingFailure,
 * AuthorizationInitiated, Pending{Soft,Hard}Declined, PendingAmazonRejected,
 * PendingTransactionTimedOut; Capture CaptureInitiated, AmazonRejected;
 * Refund AmazonRejected (alias RefundDeclined), ProcessingFailure; Close
 * Charge Permission AmazonClosed.
 */
typedef struct {
	unsigned ops;       /* OPBIT()s */
	const char *state;  /* SandboxSimulation.State */
	const char *reason; /* SandboxSimulation.ReasonCode; NULL: any or none */
	int soft;           /* SoftDecline: -1 any, 0 must be false */
	const char *code;   /* synchronous call */
	const char *async;  /* asynchronous authorization (TransactionTimeout > 0): v1 answered
	                     * Pending and declined later, as v2's Pending* codes do */
} simulation_row;

#define AUTH_OP OPBIT(AMZPAY_LEGACY_AUTHORIZE)

static const simulation_row simulation_rows[] = {
	{AUTH_OP, "Declined", "InvalidPaymentMethod", 0, "HardDeclined", "PendingHardDeclined"},
	{AUTH_OP, "Declined", "InvalidPaymentMethod", -1, "SoftDeclined", "PendingSoftDeclined"},
	{AUTH_OP, "Declined", "AmazonRejected", -1, "AmazonRejected", "PendingAmazonRejected"},
	{AUTH_OP, "Declined", "TransactionTimedOut", -1, "TransactionTimedOut", "PendingTransactionTimedOut"},
	{AUTH_OP, "Declined", "ProcessingFailure", -1, "ProcessingFailure", "ProcessingFailure"},
	{AUTH_OP, "Declined", "PaymentMethodNotAllowed", -1, "PaymentMethodNotAllowed", "PaymentMethodNotAllowed"},
	{AUTH_OP, "Pending", NULL, -1, "AuthorizationInitiated", "AuthorizationInitiated"},
	{OPBIT(AMZPAY_LEGACY_CAPTURE), "Pending", NULL, -1, "CaptureInitiated", "CaptureInitiated"},
	{OPBIT(AMZPAY_LEGACY_CAPTURE), "Declined", "AmazonRejected", -1, "AmazonRejected", "AmazonRejected"},
	{OPBIT(AMZPAY_LEGACY_REFUND), "Declined", "AmazonRejected", -1, "AmazonRejected", "AmazonRejected"},
	{OPBIT(AMZPAY_LEGACY_REFUND), "Declined", "ProcessingFailure", -1, "ProcessingFailure", "ProcessingFailure"},
	{OPBIT(AMZPAY_LEGACY_CLOSE_ORDER_REFERENCE) | OPBIT(AMZPAY_LEGACY_CANCEL_ORDER_REFERENCE), "Closed",
	 "AmazonClosed", -1, "AmazonClosed", "AmazonClosed"},
};

/* SoftDecline given as JSON bool or "true"/"false": 1, 0, or -1 when absent/other. */
static int json_softness(const cJSON *v)
{
	if (cJSON_IsBool(v)) {
		return cJSON_IsTrue(v) ? 1 : 0;
	}
	if (cJSON_IsString(v) && v->valuestring) {
		if (strcasecmp(v->valuestring, "true") == 0) {
			return 1;
		}
		if (strcasecmp(v->valuestring, "false") == 0) {
			return 0;
		}
	}
	return -1;
}

int amzpay_legacy_simulation_code(amzpay_legacy_op op, const char *note, size_t len, bool async, const char **code)
{
	cJSON *doc, *sim;
	const char *state, *reason;
	int soft, rc = -1;
	size_t i;

	*code = NULL;
	if (!note || len == 0 || memchr(note, '\0', len) || !memchr(note, '{', len)) {
		return 0;
	}
	doc = cJSON_ParseWithLength(note, len);
	sim = doc ? cJSON_GetObjectItemCaseSensitive(doc, "SandboxSimulation") : NULL;
	if (!cJSON_IsObject(sim)) {
		cJSON_Delete(doc);
		return 0;
	}
	state = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(sim, "State"));
	reason = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(sim, "ReasonCode"));
	soft = json_softness(cJSON_GetObjectItemCaseSensitive(sim, "SoftDecline"));
	for (i = 0; state && i < sizeof(simulation_rows) / sizeof(simulation_rows[0]); i++) {
		const simulation_row *row = &simulation_rows[i];

		if (!(row->ops & OPBIT(op)) || strcmp(row->state, state) != 0 ||
		    (row->reason && (!reason || strcmp(row->reason, reason) != 0)) || (row->soft == 0 && soft != 0)) {
			continue;
		}
		*code = async ? row->async : row->code;
		rc = 1;
		break;
	}
	cJSON_Delete(doc);
	return rc;
}
