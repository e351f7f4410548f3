/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 55301e54f7a75c4e43e6a6b65de72698aeab5975 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client___construct, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, config, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getBuyer, 0, 0, 1)
	ZEND_ARG_INFO(0, buyerToken)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_createCheckoutSession, 0, 0, 2)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO(0, headers)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getCheckoutSession, 0, 0, 1)
	ZEND_ARG_INFO(0, checkoutSessionId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_updateCheckoutSession, 0, 0, 2)
	ZEND_ARG_INFO(0, checkoutSessionId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_completeCheckoutSession arginfo_class_Amazon_Pay_API_Client_updateCheckoutSession

#define arginfo_class_Amazon_Pay_API_Client_finalizeCheckoutSession arginfo_class_Amazon_Pay_API_Client_updateCheckoutSession

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getChargePermission, 0, 0, 1)
	ZEND_ARG_INFO(0, chargePermissionId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_updateChargePermission, 0, 0, 2)
	ZEND_ARG_INFO(0, chargePermissionId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_closeChargePermission arginfo_class_Amazon_Pay_API_Client_updateChargePermission

#define arginfo_class_Amazon_Pay_API_Client_createCharge arginfo_class_Amazon_Pay_API_Client_createCheckoutSession

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getCharge, 0, 0, 1)
	ZEND_ARG_INFO(0, chargeId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_updateCharge, 0, 0, 3)
	ZEND_ARG_INFO(0, chargeId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO(0, headers)
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_captureCharge arginfo_class_Amazon_Pay_API_Client_updateCharge

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_cancelCharge, 0, 0, 2)
	ZEND_ARG_INFO(0, chargeId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_createRefund arginfo_class_Amazon_Pay_API_Client_createCheckoutSession

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getRefund, 0, 0, 1)
	ZEND_ARG_INFO(0, refundId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_deliveryTrackers, 0, 0, 1)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getAuthorizationToken, 0, 0, 2)
	ZEND_ARG_INFO(0, mwsAuthToken)
	ZEND_ARG_INFO(0, merchantId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_instoreMerchantScan arginfo_class_Amazon_Pay_API_Client_deliveryTrackers

#define arginfo_class_Amazon_Pay_API_Client_instoreCharge arginfo_class_Amazon_Pay_API_Client_deliveryTrackers

#define arginfo_class_Amazon_Pay_API_Client_instoreRefund arginfo_class_Amazon_Pay_API_Client_deliveryTrackers

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_generateButtonSignature, 0, 0, 1)
	ZEND_ARG_INFO(0, payload)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getPostSignedHeaders, 0, 0, 4)
	ZEND_ARG_INFO(0, http_request_method)
	ZEND_ARG_INFO(0, request_uri)
	ZEND_ARG_INFO(0, request_parameters)
	ZEND_ARG_INFO(0, request_payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, other_presigned_headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_createSignature, 0, 0, 6)
	ZEND_ARG_INFO(0, http_request_method)
	ZEND_ARG_INFO(0, request_uri)
	ZEND_ARG_INFO(0, request_parameters)
	ZEND_ARG_INFO(0, pre_signed_headers)
	ZEND_ARG_INFO(0, request_payload)
	ZEND_ARG_INFO(0, timeStamp)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_apiCall, 0, 0, 3)
	ZEND_ARG_INFO(0, method)
	ZEND_ARG_INFO(0, urlFragment)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, queryParams, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getReports, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, queryParameters, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getReportById, 0, 0, 1)
	ZEND_ARG_INFO(0, reportId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getReportDocument, 0, 0, 1)
	ZEND_ARG_INFO(0, reportDocumentId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getReportSchedules, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, reportTypes, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getReportScheduleById, 0, 0, 1)
	ZEND_ARG_INFO(0, reportScheduleId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_createReport, 0, 0, 1)
	ZEND_ARG_INFO(0, requestPayload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_createReportSchedule arginfo_class_Amazon_Pay_API_Client_createReport

#define arginfo_class_Amazon_Pay_API_Client_cancelReportSchedule arginfo_class_Amazon_Pay_API_Client_getReportScheduleById

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getDisbursements, 0, 0, 1)
	ZEND_ARG_INFO(0, queryParameters)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_registerAmazonPayAccount arginfo_class_Amazon_Pay_API_Client_deliveryTrackers

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_updateAmazonPayAccount, 0, 0, 2)
	ZEND_ARG_INFO(0, merchantAccountId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_deleteAmazonPayAccount, 0, 0, 1)
	ZEND_ARG_INFO(0, merchantAccountId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_createMerchantAccount arginfo_class_Amazon_Pay_API_Client_createCheckoutSession

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_updateMerchantAccount, 0, 0, 3)
	ZEND_ARG_INFO(0, merchantAccountId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO(0, headers)
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_claimMerchantAccount arginfo_class_Amazon_Pay_API_Client_updateAmazonPayAccount

#define arginfo_class_Amazon_Pay_API_Client_createStore arginfo_class_Amazon_Pay_API_Client_updateMerchantAccount

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_updateStore, 0, 0, 4)
	ZEND_ARG_INFO(0, merchantAccountId)
	ZEND_ARG_INFO(0, storeId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO(0, headers)
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_createDispute arginfo_class_Amazon_Pay_API_Client_createCheckoutSession

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getDispute, 0, 0, 1)
	ZEND_ARG_INFO(0, disputeId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_updateDispute, 0, 0, 2)
	ZEND_ARG_INFO(0, disputeId)
	ZEND_ARG_INFO(0, payload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_contestDispute arginfo_class_Amazon_Pay_API_Client_updateDispute

#define arginfo_class_Amazon_Pay_API_Client_uploadFile arginfo_class_Amazon_Pay_API_Client_createCheckoutSession

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_setSandbox, 0, 0, 1)
	ZEND_ARG_INFO(0, value)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client___get, 0, 0, 1)
	ZEND_ARG_INFO(0, name)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getHeaderString, 0, 0, 1)
	ZEND_ARG_INFO(0, headers)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_getPhpUname, 0, 0, 1)
	ZEND_ARG_INFO(0, mode)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_Client_testPrivateKeyIntegrity, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_Client_constructUserAgentHeader arginfo_class_Amazon_Pay_API_Client_testPrivateKeyIntegrity

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Amazon_Pay_API_Client___debugInfo, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Amazon_Pay_API_Client, __construct);
ZEND_METHOD(Amazon_Pay_API_Client, getBuyer);
ZEND_METHOD(Amazon_Pay_API_Client, createCheckoutSession);
ZEND_METHOD(Amazon_Pay_API_Client, getCheckoutSession);
ZEND_METHOD(Amazon_Pay_API_Client, updateCheckoutSession);
ZEND_METHOD(Amazon_Pay_API_Client, completeCheckoutSession);
ZEND_METHOD(Amazon_Pay_API_Client, finalizeCheckoutSession);
ZEND_METHOD(Amazon_Pay_API_Client, getChargePermission);
ZEND_METHOD(Amazon_Pay_API_Client, updateChargePermission);
ZEND_METHOD(Amazon_Pay_API_Client, closeChargePermission);
ZEND_METHOD(Amazon_Pay_API_Client, createCharge);
ZEND_METHOD(Amazon_Pay_API_Client, getCharge);
ZEND_METHOD(Amazon_Pay_API_Client, updateCharge);
ZEND_METHOD(Amazon_Pay_API_Client, captureCharge);
ZEND_METHOD(Amazon_Pay_API_Client, cancelCharge);
ZEND_METHOD(Amazon_Pay_API_Client, createRefund);
ZEND_METHOD(Amazon_Pay_API_Client, getRefund);
ZEND_METHOD(Amazon_Pay_API_Client, deliveryTrackers);
ZEND_METHOD(Amazon_Pay_API_Client, getAuthorizationToken);
ZEND_METHOD(Amazon_Pay_API_Client, instoreMerchantScan);
ZEND_METHOD(Amazon_Pay_API_Client, instoreCharge);
ZEND_METHOD(Amazon_Pay_API_Client, instoreRefund);
ZEND_METHOD(Amazon_Pay_API_Client, generateButtonSignature);
ZEND_METHOD(Amazon_Pay_API_Client, getPostSignedHeaders);
ZEND_METHOD(Amazon_Pay_API_Client, createSignature);
ZEND_METHOD(Amazon_Pay_API_Client, apiCall);
ZEND_METHOD(Amazon_Pay_API_Client, getReports);
ZEND_METHOD(Amazon_Pay_API_Client, getReportById);
ZEND_METHOD(Amazon_Pay_API_Client, getReportDocument);
ZEND_METHOD(Amazon_Pay_API_Client, getReportSchedules);
ZEND_METHOD(Amazon_Pay_API_Client, getReportScheduleById);
ZEND_METHOD(Amazon_Pay_API_Client, createReport);
ZEND_METHOD(Amazon_Pay_API_Client, createReportSchedule);
ZEND_METHOD(Amazon_Pay_API_Client, cancelReportSchedule);
ZEND_METHOD(Amazon_Pay_API_Client, getDisbursements);
ZEND_METHOD(Amazon_Pay_API_Client, registerAmazonPayAccount);
ZEND_METHOD(Amazon_Pay_API_Client, updateAmazonPayAccount);
ZEND_METHOD(Amazon_Pay_API_Client, deleteAmazonPayAccount);
ZEND_METHOD(Amazon_Pay_API_Client, createMerchantAccount);
ZEND_METHOD(Amazon_Pay_API_Client, updateMerchantAccount);
ZEND_METHOD(Amazon_Pay_API_Client, claimMerchantAccount);
ZEND_METHOD(Amazon_Pay_API_Client, createStore);
ZEND_METHOD(Amazon_Pay_API_Client, updateStore);
ZEND_METHOD(Amazon_Pay_API_Client, createDispute);
ZEND_METHOD(Amazon_Pay_API_Client, getDispute);
ZEND_METHOD(Amazon_Pay_API_Client, updateDispute);
ZEND_METHOD(Amazon_Pay_API_Client, contestDispute);
ZEND_METHOD(Amazon_Pay_API_Client, uploadFile);
ZEND_METHOD(Amazon_Pay_API_Client, setSandbox);
ZEND_METHOD(Amazon_Pay_API_Client, __get);
ZEND_METHOD(Amazon_Pay_API_Client, getHeaderString);
ZEND_METHOD(Amazon_Pay_API_Client, getPhpUname);
ZEND_METHOD(Amazon_Pay_API_Client, testPrivateKeyIntegrity);
ZEND_METHOD(Amazon_Pay_API_Client, constructUserAgentHeader);
ZEND_METHOD(Amazon_Pay_API_Client, __debugInfo);


static const zend_function_entry class_Amazon_Pay_API_Client_methods[] = {
	ZEND_ME(Amazon_Pay_API_Client, __construct, arginfo_class_Amazon_Pay_API_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getBuyer, arginfo_class_Amazon_Pay_API_Client_getBuyer, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, createCheckoutSession, arginfo_class_Amazon_Pay_API_Client_createCheckoutSession, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getCheckoutSession, arginfo_class_Amazon_Pay_API_Client_getCheckoutSession, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, updateCheckoutSession, arginfo_class_Amazon_Pay_API_Client_updateCheckoutSession, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, completeCheckoutSession, arginfo_class_Amazon_Pay_API_Client_completeCheckoutSession, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, finalizeCheckoutSession, arginfo_class_Amazon_Pay_API_Client_finalizeCheckoutSession, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getChargePermission, arginfo_class_Amazon_Pay_API_Client_getChargePermission, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, updateChargePermission, arginfo_class_Amazon_Pay_API_Client_updateChargePermission, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, closeChargePermission, arginfo_class_Amazon_Pay_API_Client_closeChargePermission, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, createCharge, arginfo_class_Amazon_Pay_API_Client_createCharge, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getCharge, arginfo_class_Amazon_Pay_API_Client_getCharge, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, updateCharge, arginfo_class_Amazon_Pay_API_Client_updateCharge, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, captureCharge, arginfo_class_Amazon_Pay_API_Client_captureCharge, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, cancelCharge, arginfo_class_Amazon_Pay_API_Client_cancelCharge, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, createRefund, arginfo_class_Amazon_Pay_API_Client_createRefund, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getRefund, arginfo_class_Amazon_Pay_API_Client_getRefund, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, deliveryTrackers, arginfo_class_Amazon_Pay_API_Client_deliveryTrackers, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getAuthorizationToken, arginfo_class_Amazon_Pay_API_Client_getAuthorizationToken, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, instoreMerchantScan, arginfo_class_Amazon_Pay_API_Client_instoreMerchantScan, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, instoreCharge, arginfo_class_Amazon_Pay_API_Client_instoreCharge, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, instoreRefund, arginfo_class_Amazon_Pay_API_Client_instoreRefund, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, generateButtonSignature, arginfo_class_Amazon_Pay_API_Client_generateButtonSignature, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getPostSignedHeaders, arginfo_class_Amazon_Pay_API_Client_getPostSignedHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, createSignature, arginfo_class_Amazon_Pay_API_Client_createSignature, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, apiCall, arginfo_class_Amazon_Pay_API_Client_apiCall, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getReports, arginfo_class_Amazon_Pay_API_Client_getReports, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getReportById, arginfo_class_Amazon_Pay_API_Client_getReportById, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getReportDocument, arginfo_class_Amazon_Pay_API_Client_getReportDocument, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getReportSchedules, arginfo_class_Amazon_Pay_API_Client_getReportSchedules, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getReportScheduleById, arginfo_class_Amazon_Pay_API_Client_getReportScheduleById, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, createReport, arginfo_class_Amazon_Pay_API_Client_createReport, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, createReportSchedule, arginfo_class_Amazon_Pay_API_Client_createReportSchedule, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, cancelReportSchedule, arginfo_class_Amazon_Pay_API_Client_cancelReportSchedule, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getDisbursements, arginfo_class_Amazon_Pay_API_Client_getDisbursements, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, registerAmazonPayAccount, arginfo_class_Amazon_Pay_API_Client_registerAmazonPayAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, updateAmazonPayAccount, arginfo_class_Amazon_Pay_API_Client_updateAmazonPayAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, deleteAmazonPayAccount, arginfo_class_Amazon_Pay_API_Client_deleteAmazonPayAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, createMerchantAccount, arginfo_class_Amazon_Pay_API_Client_createMerchantAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, updateMerchantAccount, arginfo_class_Amazon_Pay_API_Client_updateMerchantAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, claimMerchantAccount, arginfo_class_Amazon_Pay_API_Client_claimMerchantAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, createStore, arginfo_class_Amazon_Pay_API_Client_createStore, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, updateStore, arginfo_class_Amazon_Pay_API_Client_updateStore, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, createDispute, arginfo_class_Amazon_Pay_API_Client_createDispute, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getDispute, arginfo_class_Amazon_Pay_API_Client_getDispute, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, updateDispute, arginfo_class_Amazon_Pay_API_Client_updateDispute, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, contestDispute, arginfo_class_Amazon_Pay_API_Client_contestDispute, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, uploadFile, arginfo_class_Amazon_Pay_API_Client_uploadFile, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, setSandbox, arginfo_class_Amazon_Pay_API_Client_setSandbox, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, __get, arginfo_class_Amazon_Pay_API_Client___get, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getHeaderString, arginfo_class_Amazon_Pay_API_Client_getHeaderString, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, getPhpUname, arginfo_class_Amazon_Pay_API_Client_getPhpUname, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, testPrivateKeyIntegrity, arginfo_class_Amazon_Pay_API_Client_testPrivateKeyIntegrity, ZEND_ACC_PUBLIC)
	ZEND_ME(Amazon_Pay_API_Client, constructUserAgentHeader, arginfo_class_Amazon_Pay_API_Client_constructUserAgentHeader, ZEND_ACC_PROTECTED)
	ZEND_ME(Amazon_Pay_API_Client, __debugInfo, arginfo_class_Amazon_Pay_API_Client___debugInfo, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_Client(zend_class_entry *class_entry_Amazon_Pay_API_ClientInterface, zend_class_entry *class_entry_Amazon_Pay_API_ReportingClientInterface, zend_class_entry *class_entry_Amazon_Pay_API_MerchantOnboardingClientInterface, zend_class_entry *class_entry_Amazon_Pay_API_AccountManagementClientInterface, zend_class_entry *class_entry_Amazon_Pay_API_DisputeClientInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API", "Client", class_Amazon_Pay_API_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 5, class_entry_Amazon_Pay_API_ClientInterface, class_entry_Amazon_Pay_API_ReportingClientInterface, class_entry_Amazon_Pay_API_MerchantOnboardingClientInterface, class_entry_Amazon_Pay_API_AccountManagementClientInterface, class_entry_Amazon_Pay_API_DisputeClientInterface);

	zval const_SDK_VERSION_value;
	zend_string *const_SDK_VERSION_value_str = zend_string_init(AMZPAY_WIRE_SDK_VERSION, strlen(AMZPAY_WIRE_SDK_VERSION), 1);
	ZVAL_STR(&const_SDK_VERSION_value, const_SDK_VERSION_value_str);
	zend_string *const_SDK_VERSION_name = zend_string_init_interned("SDK_VERSION", sizeof("SDK_VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SDK_VERSION_name, &const_SDK_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SDK_VERSION_name);

	zval const_SDK_LANGUAGE_value;
	zend_string *const_SDK_LANGUAGE_value_str = zend_string_init("PHP", strlen("PHP"), 1);
	ZVAL_STR(&const_SDK_LANGUAGE_value, const_SDK_LANGUAGE_value_str);
	zend_string *const_SDK_LANGUAGE_name = zend_string_init_interned("SDK_LANGUAGE", sizeof("SDK_LANGUAGE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SDK_LANGUAGE_name, &const_SDK_LANGUAGE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SDK_LANGUAGE_name);

	zval const_HASH_ALGORITHM_value;
	zend_string *const_HASH_ALGORITHM_value_str = zend_string_init("sha256", strlen("sha256"), 1);
	ZVAL_STR(&const_HASH_ALGORITHM_value, const_HASH_ALGORITHM_value_str);
	zend_string *const_HASH_ALGORITHM_name = zend_string_init_interned("HASH_ALGORITHM", sizeof("HASH_ALGORITHM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HASH_ALGORITHM_name, &const_HASH_ALGORITHM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HASH_ALGORITHM_name);

	zval const_API_VERSION_value;
	zend_string *const_API_VERSION_value_str = zend_string_init("v2", strlen("v2"), 1);
	ZVAL_STR(&const_API_VERSION_value, const_API_VERSION_value_str);
	zend_string *const_API_VERSION_name = zend_string_init_interned("API_VERSION", sizeof("API_VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_VERSION_name, &const_API_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_VERSION_name);

	zval const_ACCOUNT_MANAGEMENT_value;
	zend_string *const_ACCOUNT_MANAGEMENT_value_str = zend_string_init("/merchantAccounts", strlen("/merchantAccounts"), 1);
	ZVAL_STR(&const_ACCOUNT_MANAGEMENT_value, const_ACCOUNT_MANAGEMENT_value_str);
	zend_string *const_ACCOUNT_MANAGEMENT_name = zend_string_init_interned("ACCOUNT_MANAGEMENT", sizeof("ACCOUNT_MANAGEMENT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ACCOUNT_MANAGEMENT_name, &const_ACCOUNT_MANAGEMENT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ACCOUNT_MANAGEMENT_name);

	zval const_CLAIM_value;
	zend_string *const_CLAIM_value_str = zend_string_init("/claim", strlen("/claim"), 1);
	ZVAL_STR(&const_CLAIM_value, const_CLAIM_value_str);
	zend_string *const_CLAIM_name = zend_string_init_interned("CLAIM", sizeof("CLAIM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CLAIM_name, &const_CLAIM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CLAIM_name);

	zval const_DISBURSEMENTS_value;
	zend_string *const_DISBURSEMENTS_value_str = zend_string_init("/disbursements", strlen("/disbursements"), 1);
	ZVAL_STR(&const_DISBURSEMENTS_value, const_DISBURSEMENTS_value_str);
	zend_string *const_DISBURSEMENTS_name = zend_string_init_interned("DISBURSEMENTS", sizeof("DISBURSEMENTS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DISBURSEMENTS_name, &const_DISBURSEMENTS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DISBURSEMENTS_name);

	zval const_CHARGES_value;
	zend_string *const_CHARGES_value_str = zend_string_init("/charges", strlen("/charges"), 1);
	ZVAL_STR(&const_CHARGES_value, const_CHARGES_value_str);
	zend_string *const_CHARGES_name = zend_string_init_interned("CHARGES", sizeof("CHARGES") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CHARGES_name, &const_CHARGES_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CHARGES_name);

	zval const_DISPUTES_value;
	zend_string *const_DISPUTES_value_str = zend_string_init("/disputes", strlen("/disputes"), 1);
	ZVAL_STR(&const_DISPUTES_value, const_DISPUTES_value_str);
	zend_string *const_DISPUTES_name = zend_string_init_interned("DISPUTES", sizeof("DISPUTES") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DISPUTES_name, &const_DISPUTES_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DISPUTES_name);

	zval const_CONTEST_value;
	zend_string *const_CONTEST_value_str = zend_string_init("/contest", strlen("/contest"), 1);
	ZVAL_STR(&const_CONTEST_value, const_CONTEST_value_str);
	zend_string *const_CONTEST_name = zend_string_init_interned("CONTEST", sizeof("CONTEST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONTEST_name, &const_CONTEST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONTEST_name);

	zval const_FILES_value;
	zend_string *const_FILES_value_str = zend_string_init("/files", strlen("/files"), 1);
	ZVAL_STR(&const_FILES_value, const_FILES_value_str);
	zend_string *const_FILES_name = zend_string_init_interned("FILES", sizeof("FILES") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FILES_name, &const_FILES_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FILES_name);

	zval const_STORES_value;
	zend_string *const_STORES_value_str = zend_string_init("/stores", strlen("/stores"), 1);
	ZVAL_STR(&const_STORES_value, const_STORES_value_str);
	zend_string *const_STORES_name = zend_string_init_interned("STORES", sizeof("STORES") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STORES_name, &const_STORES_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STORES_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
