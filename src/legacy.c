/*
 * amzpay core: the legacy bridge (contract in legacy.h). This file holds the
 * op rows (fields, v2 request builder, answer builder) and the two entry
 * points; the work is done by legacy_request.c, legacy_response.c,
 * legacy_ids.c and legacy_doc.c.
 */
#include "legacy_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define F_ID(key, mws, idk) {key, mws, K_ID, S_ID, true, 0, idk}
#define F_CUR(mws) {"currency_code", mws, K_CURRENCY, S_CURRENCY, true, 0, AMZPAY_ID_ORDER_REFERENCE}
#define F_AMT(key, mws) {key, mws, K_AMOUNT, S_AMOUNT, true, 0, AMZPAY_ID_ORDER_REFERENCE}
#define F_REF(key, mws) {key, mws, K_REFERENCE, S_REFERENCE, true, 256, AMZPAY_ID_ORDER_REFERENCE}
#define F(key, mws, kind, slot, max) {key, mws, kind, slot, false, max, AMZPAY_ID_ORDER_REFERENCE}

/* Field order is check order: the first problem found is the one reported. */
static const field_spec authorize_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F_CUR("AuthorizationAmount.CurrencyCode"),
	F_AMT("authorization_amount", "AuthorizationAmount.Amount"),
	F_REF("authorization_reference_id", "AuthorizationReferenceId"),
	F("capture_now", "CaptureNow", K_BOOL, S_CAPTURE_NOW, 0),
	F("transaction_timeout", "TransactionTimeout", K_TIMEOUT, S_TIMEOUT, 0),
	F("seller_authorization_note", "SellerAuthorizationNote", K_TEXT, S_NOTE, 255),
	F("soft_descriptor", "SoftDescriptor", K_DESCRIPTOR, S_DESCRIPTOR, 0),
	F("provider_credit_details", "ProviderCreditList", K_CREDITS, S_CREDITS, 0),
};
static const field_spec get_authorization_fields[] = {
	F_ID("amazon_authorization_id", "AmazonAuthorizationId", AMZPAY_ID_AUTHORIZATION),
};
static const field_spec capture_fields[] = {
	F_ID("amazon_authorization_id", "AmazonAuthorizationId", AMZPAY_ID_AUTHORIZATION),
	F_CUR("CaptureAmount.CurrencyCode"),
	F_AMT("capture_amount", "CaptureAmount.Amount"),
	F_REF("capture_reference_id", "CaptureReferenceId"),
	F("seller_capture_note", "SellerCaptureNote", K_TEXT, S_NOTE, 255),
	F("soft_descriptor", "SoftDescriptor", K_DESCRIPTOR, S_DESCRIPTOR, 0),
	F("provider_credit_details", "ProviderCreditList", K_CREDITS, S_CREDITS, 0),
};
static const field_spec get_capture_fields[] = {
	F_ID("amazon_capture_id", "AmazonCaptureId", AMZPAY_ID_CAPTURE),
};
static const field_spec refund_fields[] = {
	F_ID("amazon_capture_id", "AmazonCaptureId", AMZPAY_ID_CAPTURE),
	F_CUR("RefundAmount.CurrencyCode"),
	F_AMT("refund_amount", "RefundAmount.Amount"),
	F_REF("refund_reference_id", "RefundReferenceId"),
	F("seller_refund_note", "SellerRefundNote", K_TEXT, S_NOTE, 255),
	F("soft_descriptor", "SoftDescriptor", K_DESCRIPTOR, S_DESCRIPTOR, 0),
	F("provider_credit_reversal_details", "ProviderCreditReversalList", K_CREDITS, S_CREDITS, 0),
};
static const field_spec get_refund_fields[] = {
	F_ID("amazon_refund_id", "AmazonRefundId", AMZPAY_ID_REFUND),
};
static const field_spec close_authorization_fields[] = {
	F_ID("amazon_authorization_id", "AmazonAuthorizationId", AMZPAY_ID_AUTHORIZATION),
	F("closure_reason", "ClosureReason", K_TEXT, S_REASON, 255),
};
static const field_spec get_order_reference_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
};
static const field_spec cancel_order_reference_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F("cancelation_reason", "CancelationReason", K_TEXT, S_REASON, 255),
};
static const field_spec close_order_reference_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F("closure_reason", "ClosureReason", K_TEXT, S_REASON, 255),
};
/* v2 merchantMetadata limits: merchantReferenceId 256, merchantStoreName 50, noteToBuyer 255, customInformation 4096 */
static const field_spec set_order_attributes_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F("seller_note", "OrderAttributes.SellerNote", K_TEXT, S_SELLER_NOTE, 255),
	F("seller_order_id", "OrderAttributes.SellerOrderAttributes.SellerOrderId", K_LINE, S_SELLER_ORDER_ID, 256),
	F("store_name", "OrderAttributes.SellerOrderAttributes.StoreName", K_LINE, S_STORE_NAME, 50),
	F("custom_information", "OrderAttributes.SellerOrderAttributes.CustomInformation", K_TEXT, S_CUSTOM_INFO,
	  4096),
};
static const field_spec set_order_reference_details_fields[] = {
	F_ID("amazon_order_reference_id", "AmazonOrderReferenceId", AMZPAY_ID_ORDER_REFERENCE),
	F("seller_note", "OrderReferenceAttributes.SellerNote", K_TEXT, S_SELLER_NOTE, 255),
	F("seller_order_id", "OrderReferenceAttributes.SellerOrderAttributes.SellerOrderId", K_LINE, S_SELLER_ORDER_ID,
	  256),
	F("store_name", "OrderReferenceAttributes.SellerOrderAttributes.StoreName", K_LINE, S_STORE_NAME, 50),
	F("custom_information", "OrderReferenceAttributes.SellerOrderAttributes.CustomInformation", K_TEXT,
	  S_CUSTOM_INFO, 4096),
};

#define FIELDS(a) a, sizeof(a) / sizeof(a[0])
#define NO_FIELDS NULL, 0
/* A legacy method translated to the v2 operation `v2` (api_ops.h): its route and idempotency come from that row. */
#define OP(m, method, action, fields, v2, build, answer, not_found)                                                    \
	[AMZPAY_LEGACY_##m] = {#method, #action, FIELDS(fields), v2, legacy_build_##build, legacy_answer_##answer,        \
	                       not_found, NULL}
#define UNSUPPORTED(m, method, action, why)                                                                            \
	[AMZPAY_LEGACY_##m] = {#method, #action, NO_FIELDS, AMZPAY_OP_COUNT, NULL, NULL, NULL, why}

static const char why_billing_agreement[] =
	"billing agreements have no counterpart here (v2 recurring charge permissions are created through a v2 "
	"checkout session)";
static const char why_provider_credit[] = "provider credits do not exist in Amazon Pay API v2";
static const char why_notification[] =
	"v2 notification endpoints are configured in Seller Central only; there is no API for them";
static const char why_list[] = "Amazon Pay API v2 has no search or list operation for charge permissions";

static const op_spec op_specs[AMZPAY_LEGACY_OP_COUNT] = {
	OP(AUTHORIZE, authorize, Authorize, authorize_fields, AMZPAY_OP_CREATE_CHARGE, authorize, authorization,
	   "InvalidOrderReferenceId"),
	OP(GET_AUTHORIZATION_DETAILS, getAuthorizationDetails, GetAuthorizationDetails, get_authorization_fields,
	   AMZPAY_OP_GET_CHARGE, get_charge, authorization, "InvalidAuthorizationId"),
	OP(CAPTURE, capture, Capture, capture_fields, AMZPAY_OP_CAPTURE_CHARGE, capture, capture, "InvalidAuthorizationId"),
	OP(GET_CAPTURE_DETAILS, getCaptureDetails, GetCaptureDetails, get_capture_fields, AMZPAY_OP_GET_CHARGE, get_charge,
	   capture, "InvalidCaptureId"),
	OP(REFUND, refund, Refund, refund_fields, AMZPAY_OP_CREATE_REFUND, refund, refund, "InvalidCaptureId"),
	OP(GET_REFUND_DETAILS, getRefundDetails, GetRefundDetails, get_refund_fields, AMZPAY_OP_GET_REFUND, get_refund,
	   refund, "InvalidRefundId"),
	OP(CLOSE_AUTHORIZATION, closeAuthorization, CloseAuthorization, close_authorization_fields, AMZPAY_OP_CANCEL_CHARGE,
	   cancel_charge, empty_result, "InvalidAuthorizationId"),
	OP(GET_ORDER_REFERENCE_DETAILS, getOrderReferenceDetails, GetOrderReferenceDetails, get_order_reference_fields,
	   AMZPAY_OP_GET_CHARGE_PERMISSION, get_charge_permission, order_reference, "InvalidOrderReferenceId"),
	OP(CANCEL_ORDER_REFERENCE, cancelOrderReference, CancelOrderReference, cancel_order_reference_fields,
	   AMZPAY_OP_CLOSE_CHARGE_PERMISSION, close_charge_permission, empty_result, "InvalidOrderReferenceId"),
	OP(CLOSE_ORDER_REFERENCE, closeOrderReference, CloseOrderReference, close_order_reference_fields,
	   AMZPAY_OP_CLOSE_CHARGE_PERMISSION, close_charge_permission, no_result, "InvalidOrderReferenceId"),
	OP(SET_ORDER_ATTRIBUTES, setOrderAttributes, SetOrderAttributes, set_order_attributes_fields,
	   AMZPAY_OP_UPDATE_CHARGE_PERMISSION, update_charge_permission, order_reference, "InvalidOrderReferenceId"),
	OP(SET_ORDER_REFERENCE_DETAILS, setOrderReferenceDetails, SetOrderReferenceDetails, set_order_reference_details_fields,
	   AMZPAY_OP_UPDATE_CHARGE_PERMISSION, update_charge_permission, order_reference, "InvalidOrderReferenceId"),
	OP(CONFIRM_ORDER_REFERENCE, confirmOrderReference, ConfirmOrderReference, get_order_reference_fields,
	   AMZPAY_OP_GET_CHARGE_PERMISSION, get_charge_permission, confirm, "InvalidOrderReferenceId"),
	UNSUPPORTED(CREATE_ORDER_REFERENCE_FOR_ID, createOrderReferenceForId, CreateOrderReferenceForId,
	            "Amazon Pay API v2 creates charge permissions only through a checkout session"),
	UNSUPPORTED(LIST_ORDER_REFERENCE, listOrderReference, ListOrderReference, why_list),
	UNSUPPORTED(LIST_ORDER_REFERENCE_BY_NEXT_TOKEN, listOrderReferenceByNextToken, ListOrderReferenceByNextToken, why_list),
	UNSUPPORTED(GET_BILLING_AGREEMENT_DETAILS, getBillingAgreementDetails, GetBillingAgreementDetails, why_billing_agreement),
	UNSUPPORTED(SET_BILLING_AGREEMENT_DETAILS, setBillingAgreementDetails, SetBillingAgreementDetails, why_billing_agreement),
	UNSUPPORTED(CONFIRM_BILLING_AGREEMENT, confirmBillingAgreement, ConfirmBillingAgreement, why_billing_agreement),
	UNSUPPORTED(VALIDATE_BILLING_AGREEMENT, validateBillingAgreement, ValidateBillingAgreement, why_billing_agreement),
	UNSUPPORTED(AUTHORIZE_ON_BILLING_AGREEMENT, authorizeOnBillingAgreement, AuthorizeOnBillingAgreement, why_billing_agreement),
	UNSUPPORTED(CLOSE_BILLING_AGREEMENT, closeBillingAgreement, CloseBillingAgreement, why_billing_agreement),
	UNSUPPORTED(GET_SERVICE_STATUS, getServiceStatus, GetServiceStatus, "Amazon Pay API v2 has no service status operation"),
	UNSUPPORTED(GET_MERCHANT_ACCOUNT_STATUS, getMerchantAccountStatus, GetMerchantAccountStatus,
	            "Amazon Pay API v2 has no merchant account status operation"),
	UNSUPPORTED(GET_MERCHANT_NOTIFICATION_CONFIGURATION, getMerchantNotificationConfiguration, GetMerchantNotificationConfiguration, why_notification),
	UNSUPPORTED(SET_MERCHANT_NOTIFICATION_CONFIGURATION, setMerchantNotificationConfiguration, SetMerchantNotificationConfiguration, why_notification),
	UNSUPPORTED(GET_PROVIDER_CREDIT_DETAILS, getProviderCreditDetails, GetProviderCreditDetails, why_provider_credit),
	UNSUPPORTED(GET_PROVIDER_CREDIT_REVERSAL_DETAILS, getProviderCreditReversalDetails, GetProviderCreditReversalDetails, why_provider_credit),
	UNSUPPORTED(REVERSE_PROVIDER_CREDIT, reverseProviderCredit, ReverseProviderCredit, why_provider_credit),
};

static bool op_valid(int op)
{
	return op >= 0 && op < AMZPAY_LEGACY_OP_COUNT;
}

int amzpay_legacy_op_find(const char *method)
{
	int i;

	for (i = 0; method && i < AMZPAY_LEGACY_OP_COUNT; i++) {
		if (strcasecmp(op_specs[i].method, method) == 0) {
			return i;
		}
	}
	return -1;
}

const char *amzpay_legacy_op_method(amzpay_legacy_op op)
{
	return op_valid((int)op) ? op_specs[op].method : "";
}

const char *amzpay_legacy_op_action(amzpay_legacy_op op)
{
	return op_valid((int)op) ? op_specs[op].action : "";
}

bool amzpay_legacy_op_supported(amzpay_legacy_op op)
{
	return op_valid((int)op) && op_specs[op].build != NULL;
}

/* Calls and results */

void amzpay_legacy_result_init(amzpay_legacy_result *r)
{
	memset(r, 0, sizeof(*r));
}

void amzpay_legacy_result_free(amzpay_legacy_result *r)
{
	free(r->xml);
	amzpay_legacy_result_init(r);
}

void amzpay_legacy_call_init(amzpay_legacy_call *call)
{
	memset(call, 0, sizeof(*call));
	amzpay_legacy_result_init(&call->answer);
}

void amzpay_legacy_call_free(amzpay_legacy_call *call)
{
	free(call->path);
	free(call->body);
	free(call->echo.id);
	free(call->echo.reference_id);
	free(call->echo.note);
	free(call->echo.amount);
	free(call->echo.soft_descriptor);
	free(call->billing_address);
	amzpay_legacy_result_free(&call->answer);
	amzpay_legacy_call_init(call);
}

int amzpay_legacy_prepare(amzpay_legacy_op op, const amzpay_params *params, const amzpay_legacy_config *cfg,
                          amzpay_legacy_call *call, amzpay_error *err)
{
	const op_spec *spec;
	values v;
	int rc;

	amzpay_legacy_call_free(call);
	if (!op_valid((int)op)) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "unknown legacy operation %d", (int)op);
	}
	call->op = op;
	call->sandbox = cfg && cfg->sandbox;
	call->handle_throttle = !(cfg && cfg->no_handle_throttle);
	spec = &op_specs[op];
	if (legacy_type_checks(params, err) < 0) {
		return -1;
	}
	if (!spec->build) {
		return legacy_answer_locally(call, "UnsupportedOperation", err, "%s is not available through amzpay: %s.",
		                      spec->method, spec->unsupported);
	}
	memset(&v, 0, sizeof(v));
	rc = legacy_validate_fields(call, spec, params, cfg, &v, err);
	if (rc == 0) {
		rc = legacy_apply_simulation(spec, call, &v, cfg, err);
	}
	if (rc != 0) {
		return rc;
	}
	if (legacy_fill_echo(call, &v, err) < 0 || spec->build(spec, call, &v, err) < 0) {
		return -1;
	}
	return AMZPAY_LEGACY_SEND;
}

/* What every translation starts with: a clean result that names the v2 answer it comes from. */
static int translate_begin(const amzpay_legacy_call *call, const amzpay_v2_reply *reply, amzpay_legacy_result *out,
                           amzpay_error *err)
{
	amzpay_legacy_result_free(out);
	if (!op_valid((int)call->op) || !op_specs[call->op].answer || !call->path) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "this legacy call was not prepared for sending");
	}
	out->sent = true;
	out->v2_status = reply->status;
	legacy_copy_text(out->v2_request_id, sizeof(out->v2_request_id), reply->request_id);
	return 0;
}

int amzpay_legacy_translate(const amzpay_legacy_call *call, const amzpay_v2_reply *reply, amzpay_legacy_result *out,
                            amzpay_error *err)
{
	cJSON *body = NULL;
	int rc;

	if (translate_begin(call, reply, out, err) < 0) {
		return -1;
	}
	if (reply->body && reply->body_len) {
		body = cJSON_ParseWithLength(reply->body, reply->body_len);
	}
	if (reply->status >= 200 && reply->status < 300) {
		if (!cJSON_IsObject(body)) {
			cJSON_Delete(body);
			return amzpay_error_set(err, AMZPAY_ERR_PARSE,
			                        "Amazon Pay API v2 answered HTTP %ld with a body that is not a JSON object",
			                        reply->status);
		}
		rc = legacy_translate_success(&op_specs[call->op], call, body, out, err);
	} else {
		rc = legacy_translate_error(&op_specs[call->op], call, reply, cJSON_IsObject(body) ? body : NULL, out, err);
	}
	cJSON_Delete(body);
	return rc;
}

int amzpay_legacy_answer_from_ledger(const amzpay_legacy_call *call, amzpay_legacy_result *out, amzpay_error *err)
{
	return op_valid((int)call->op) ? legacy_answer_from_ledger(&op_specs[call->op], call, out, err) : 0;
}

int amzpay_legacy_refuse(const amzpay_legacy_call *call, const amzpay_v2_reply *reply, const char *code,
                         const char *message, amzpay_legacy_result *out, amzpay_error *err)
{
	cJSON *body;
	int rc;

	if (translate_begin(call, reply, out, err) < 0) {
		return -1;
	}
	body = cJSON_CreateObject();
	if (!body || !cJSON_AddStringToObject(body, "reasonCode", code) ||
	    !cJSON_AddStringToObject(body, "message", message)) {
		cJSON_Delete(body);
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "out of memory");
	}
	rc = legacy_translate_error(&op_specs[call->op], call, reply, body, out, err);
	cJSON_Delete(body);
	return rc;
}
