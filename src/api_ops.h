/*
 * The v2 operations (X-macro; included by api.h and api.c).
 * AMZPAY_OP(symbol, PHP method, HTTP method, path template, argument shape, idempotency, id name 0, id name 1)
 */
/* clang-format off */
/* Checkout v2 */
AMZPAY_OP(AMZPAY_OP_GET_BUYER,                 getBuyer,                  "GET",    "v2/buyers/{0}",                              AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "buyerToken", NULL)
AMZPAY_OP(AMZPAY_OP_CREATE_CHECKOUT_SESSION,   createCheckoutSession,     "POST",   "v2/checkoutSessions",                        AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_REQUIRED, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_GET_CHECKOUT_SESSION,      getCheckoutSession,        "GET",    "v2/checkoutSessions/{0}",                    AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "checkoutSessionId", NULL)
AMZPAY_OP(AMZPAY_OP_UPDATE_CHECKOUT_SESSION,   updateCheckoutSession,     "PATCH",  "v2/checkoutSessions/{0}",                    AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_NONE,     "checkoutSessionId", NULL)
AMZPAY_OP(AMZPAY_OP_COMPLETE_CHECKOUT_SESSION, completeCheckoutSession,   "POST",   "v2/checkoutSessions/{0}/complete",           AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_OPTIONAL, "checkoutSessionId", NULL)
AMZPAY_OP(AMZPAY_OP_FINALIZE_CHECKOUT_SESSION, finalizeCheckoutSession,   "POST",   "v2/checkoutSessions/{0}/finalize",           AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_OPTIONAL, "checkoutSessionId", NULL)
AMZPAY_OP(AMZPAY_OP_GET_CHARGE_PERMISSION,     getChargePermission,       "GET",    "v2/chargePermissions/{0}",                   AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "chargePermissionId", NULL)
AMZPAY_OP(AMZPAY_OP_UPDATE_CHARGE_PERMISSION,  updateChargePermission,    "PATCH",  "v2/chargePermissions/{0}",                   AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_NONE,     "chargePermissionId", NULL)
AMZPAY_OP(AMZPAY_OP_CLOSE_CHARGE_PERMISSION,   closeChargePermission,     "DELETE", "v2/chargePermissions/{0}/close",             AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_NONE,     "chargePermissionId", NULL)
AMZPAY_OP(AMZPAY_OP_CREATE_CHARGE,             createCharge,              "POST",   "v2/charges",                                 AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_REQUIRED, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_GET_CHARGE,                getCharge,                 "GET",    "v2/charges/{0}",                             AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "chargeId", NULL)
AMZPAY_OP(AMZPAY_OP_UPDATE_CHARGE,             updateCharge,              "PATCH",  "v2/charges/{0}",                             AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_NONE,     "chargeId", NULL)
AMZPAY_OP(AMZPAY_OP_CAPTURE_CHARGE,            captureCharge,             "POST",   "v2/charges/{0}/capture",                     AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_REQUIRED, "chargeId", NULL)
AMZPAY_OP(AMZPAY_OP_CANCEL_CHARGE,             cancelCharge,              "DELETE", "v2/charges/{0}/cancel",                      AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_NONE,     "chargeId", NULL)
AMZPAY_OP(AMZPAY_OP_CREATE_REFUND,             createRefund,              "POST",   "v2/refunds",                                 AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_REQUIRED, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_GET_REFUND,                getRefund,                 "GET",    "v2/refunds/{0}",                             AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "refundId", NULL)
AMZPAY_OP(AMZPAY_OP_DELIVERY_TRACKERS,         deliveryTrackers,          "POST",   "v2/deliveryTrackers",                        AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_OPTIONAL, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_GET_AUTHORIZATION_TOKEN,   getAuthorizationToken,     "GET",    "v2/authorizationTokens/{0}",                 AMZPAY_ARGS_AUTHORIZATION_TOKEN, AMZPAY_IDEMPOTENCY_NONE, "mwsAuthToken", NULL)
/* In-store */
AMZPAY_OP(AMZPAY_OP_INSTORE_MERCHANT_SCAN,     instoreMerchantScan,       "POST",   "v2/in-store/merchantScan",                   AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_OPTIONAL, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_INSTORE_CHARGE,            instoreCharge,             "POST",   "v2/in-store/charge",                         AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_OPTIONAL, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_INSTORE_REFUND,            instoreRefund,             "POST",   "v2/in-store/refund",                         AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_OPTIONAL, NULL, NULL)
/* Reports and disbursements */
AMZPAY_OP(AMZPAY_OP_GET_REPORTS,               getReports,                "GET",    "v2/reports",                                 AMZPAY_ARGS_QUERY,         AMZPAY_IDEMPOTENCY_NONE,     NULL, NULL)
AMZPAY_OP(AMZPAY_OP_GET_REPORT_BY_ID,          getReportById,             "GET",    "v2/reports/{0}",                             AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "reportId", NULL)
AMZPAY_OP(AMZPAY_OP_GET_REPORT_DOCUMENT,       getReportDocument,         "GET",    "v2/report-documents/{0}",                    AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "reportDocumentId", NULL)
AMZPAY_OP(AMZPAY_OP_GET_REPORT_SCHEDULES,      getReportSchedules,        "GET",    "v2/report-schedules",                        AMZPAY_ARGS_REPORT_TYPES,  AMZPAY_IDEMPOTENCY_NONE,     NULL, NULL)
AMZPAY_OP(AMZPAY_OP_GET_REPORT_SCHEDULE_BY_ID, getReportScheduleById,     "GET",    "v2/report-schedules/{0}",                    AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "reportScheduleId", NULL)
AMZPAY_OP(AMZPAY_OP_CREATE_REPORT,             createReport,              "POST",   "v2/reports",                                 AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_OPTIONAL, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_CREATE_REPORT_SCHEDULE,    createReportSchedule,      "POST",   "v2/report-schedules",                        AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_OPTIONAL, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_CANCEL_REPORT_SCHEDULE,    cancelReportSchedule,      "DELETE", "v2/report-schedules/{0}",                    AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "reportScheduleId", NULL)
AMZPAY_OP(AMZPAY_OP_GET_DISBURSEMENTS,         getDisbursements,          "GET",    "v2/disbursements",                           AMZPAY_ARGS_QUERY,         AMZPAY_IDEMPOTENCY_NONE,     NULL, NULL)
/* Merchant onboarding and account management */
AMZPAY_OP(AMZPAY_OP_REGISTER_AMAZON_PAY_ACCOUNT, registerAmazonPayAccount,  "POST", "v2/merchantAccounts",                        AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_OPTIONAL, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_UPDATE_AMAZON_PAY_ACCOUNT, updateAmazonPayAccount,    "PATCH",  "v2/merchantAccounts/{0}",                    AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_NONE,     "merchantAccountId", NULL)
AMZPAY_OP(AMZPAY_OP_DELETE_AMAZON_PAY_ACCOUNT, deleteAmazonPayAccount,    "DELETE", "v2/merchantAccounts/{0}",                    AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "merchantAccountId", NULL)
AMZPAY_OP(AMZPAY_OP_CREATE_MERCHANT_ACCOUNT,   createMerchantAccount,     "POST",   "v2/merchantAccounts",                        AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_REQUIRED, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_UPDATE_MERCHANT_ACCOUNT,   updateMerchantAccount,     "PATCH",  "v2/merchantAccounts/{0}",                    AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_NONE,     "merchantAccountId", NULL)
AMZPAY_OP(AMZPAY_OP_CLAIM_MERCHANT_ACCOUNT,    claimMerchantAccount,      "POST",   "v2/merchantAccounts/{0}/claim",              AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_OPTIONAL, "merchantAccountId", NULL)
AMZPAY_OP(AMZPAY_OP_CREATE_STORE,              createStore,               "POST",   "v2/merchantAccounts/{0}/stores",             AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_REQUIRED, "merchantAccountId", NULL)
AMZPAY_OP(AMZPAY_OP_UPDATE_STORE,              updateStore,               "PATCH",  "v2/merchantAccounts/{0}/stores/{1}",         AMZPAY_ARGS_ID_ID_PAYLOAD, AMZPAY_IDEMPOTENCY_NONE,     "merchantAccountId", "storeId")
/* Disputes and files */
AMZPAY_OP(AMZPAY_OP_CREATE_DISPUTE,            createDispute,             "POST",   "v2/disputes",                                AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_REQUIRED, NULL, NULL)
AMZPAY_OP(AMZPAY_OP_GET_DISPUTE,               getDispute,                "GET",    "v2/disputes/{0}",                            AMZPAY_ARGS_ID,            AMZPAY_IDEMPOTENCY_NONE,     "disputeId", NULL)
AMZPAY_OP(AMZPAY_OP_UPDATE_DISPUTE,            updateDispute,             "PATCH",  "v2/disputes/{0}",                            AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_NONE,     "disputeId", NULL)
AMZPAY_OP(AMZPAY_OP_CONTEST_DISPUTE,           contestDispute,            "POST",   "v2/disputes/{0}/contest",                    AMZPAY_ARGS_ID_PAYLOAD,    AMZPAY_IDEMPOTENCY_OPTIONAL, "disputeId", NULL)
AMZPAY_OP(AMZPAY_OP_UPLOAD_FILE,               uploadFile,                "POST",   "v2/files",                                   AMZPAY_ARGS_PAYLOAD,       AMZPAY_IDEMPOTENCY_REQUIRED, NULL, NULL)
/* clang-format on */
