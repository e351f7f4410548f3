<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /**
     * Drop-in for the official SDK class: same constructor config, methods, constants and result arrays.
     * @not-serializable
     */
    class Client implements ClientInterface, ReportingClientInterface, MerchantOnboardingClientInterface, AccountManagementClientInterface, DisputeClientInterface
    {
        /**
         * @var string
         * @cvalue AMZPAY_WIRE_SDK_VERSION
         */
        const SDK_VERSION = UNKNOWN;
        /** @var string */
        const SDK_LANGUAGE = 'PHP';
        /** @var string */
        const HASH_ALGORITHM = 'sha256';
        /** @var string */
        const API_VERSION = 'v2';
        /** @var string */
        const ACCOUNT_MANAGEMENT = '/merchantAccounts';
        /** @var string */
        const CLAIM = '/claim';
        /** @var string */
        const DISBURSEMENTS = '/disbursements';
        /** @var string */
        const CHARGES = '/charges';
        /** @var string */
        const DISPUTES = '/disputes';
        /** @var string */
        const CONTEST = '/contest';
        /** @var string */
        const FILES = '/files';
        /** @var string */
        const STORES = '/stores';

        /** @param mixed $config */
        public function __construct(#[\SensitiveParameter] $config = null) {}

        /**
         * GET v2/buyers/{id}
         * @param mixed $buyerToken
         * @param mixed $headers
         * @return array
         */
        public function getBuyer($buyerToken, $headers = null) {}

        /**
         * POST v2/checkoutSessions
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createCheckoutSession($payload, $headers) {}

        /**
         * GET v2/checkoutSessions/{id}
         * @param mixed $checkoutSessionId
         * @param mixed $headers
         * @return array
         */
        public function getCheckoutSession($checkoutSessionId, $headers = null) {}

        /**
         * PATCH v2/checkoutSessions/{id}
         * @param mixed $checkoutSessionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateCheckoutSession($checkoutSessionId, $payload, $headers = null) {}

        /**
         * POST v2/checkoutSessions/{id}/complete
         * @param mixed $checkoutSessionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function completeCheckoutSession($checkoutSessionId, $payload, $headers = null) {}

        /**
         * POST v2/checkoutSessions/{id}/finalize
         * @param mixed $checkoutSessionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function finalizeCheckoutSession($checkoutSessionId, $payload, $headers = null) {}

        /**
         * GET v2/chargePermissions/{id}
         * @param mixed $chargePermissionId
         * @param mixed $headers
         * @return array
         */
        public function getChargePermission($chargePermissionId, $headers = null) {}

        /**
         * PATCH v2/chargePermissions/{id}
         * @param mixed $chargePermissionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateChargePermission($chargePermissionId, $payload, $headers = null) {}

        /**
         * DELETE v2/chargePermissions/{id}/close
         * @param mixed $chargePermissionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function closeChargePermission($chargePermissionId, $payload, $headers = null) {}

        /**
         * POST v2/charges
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createCharge($payload, $headers) {}

        /**
         * GET v2/charges/{id}
         * @param mixed $chargeId
         * @param mixed $headers
         * @return array
         */
        public function getCharge($chargeId, $headers = null) {}

        /**
         * PATCH v2/charges/{id}
         * @param mixed $chargeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateCharge($chargeId, $payload, $headers) {}

        /**
         * POST v2/charges/{id}/capture
         * @param mixed $chargeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function captureCharge($chargeId, $payload, $headers) {}

        /**
         * DELETE v2/charges/{id}/cancel
         * @param mixed $chargeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function cancelCharge($chargeId, $payload, $headers = null) {}

        /**
         * POST v2/refunds
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createRefund($payload, $headers) {}

        /**
         * GET v2/refunds/{id}
         * @param mixed $refundId
         * @param mixed $headers
         * @return array
         */
        public function getRefund($refundId, $headers = null) {}

        /**
         * POST v2/deliveryTrackers
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function deliveryTrackers($payload, $headers = null) {}

        /**
         * GET v2/authorizationTokens/{id}
         * @param mixed $mwsAuthToken
         * @param mixed $merchantId
         * @param mixed $headers
         * @return array
         */
        public function getAuthorizationToken($mwsAuthToken, $merchantId, $headers = null) {}

        /**
         * POST v2/in-store/merchantScan
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function instoreMerchantScan($payload, $headers = null) {}

        /**
         * POST v2/in-store/charge
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function instoreCharge($payload, $headers = null) {}

        /**
         * POST v2/in-store/refund
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function instoreRefund($payload, $headers = null) {}

        /**
         * Signature for the Amazon Pay button payload (stripcslashes() applied, as the official SDK).
         * @param mixed $payload
         * @return string
         */
        public function generateButtonSignature($payload) {}

        /**
         * Signs a request the way the API expects and returns the header lines to send.
         * @param mixed $http_request_method
         * @param mixed $request_uri
         * @param mixed $request_parameters
         * @param mixed $request_payload
         * @param mixed $other_presigned_headers
         * @return array
         */
        public function getPostSignedHeaders($http_request_method, $request_uri, $request_parameters, $request_payload, $other_presigned_headers = null) {}

        /**
         * Returns the base64 RSASSA-PSS signature of a request signed at $timeStamp (YYYYMMDDTHHMMSSZ).
         * @param mixed $http_request_method
         * @param mixed $request_uri
         * @param mixed $request_parameters
         * @param mixed $pre_signed_headers
         * @param mixed $request_payload
         * @param mixed $timeStamp
         * @return string
         */
        public function createSignature($http_request_method, $request_uri, $request_parameters, $pre_signed_headers, $request_payload, $timeStamp) {}

        /**
         * Signs and sends any API call; $urlFragment is relative to the base URL, e.g. "v2/charges".
         * @param mixed $method
         * @param mixed $urlFragment
         * @param mixed $payload
         * @param mixed $headers
         * @param mixed $queryParams
         * @return array
         */
        public function apiCall($method, $urlFragment, $payload, $headers = null, $queryParams = null) {}

        /**
         * GET v2/reports
         * @param mixed $queryParameters
         * @param mixed $headers
         * @return array
         */
        public function getReports($queryParameters = null, $headers = null) {}

        /**
         * GET v2/reports/{id}
         * @param mixed $reportId
         * @param mixed $headers
         * @return array
         */
        public function getReportById($reportId, $headers = null) {}

        /**
         * GET v2/report-documents/{id}
         * @param mixed $reportDocumentId
         * @param mixed $headers
         * @return array
         */
        public function getReportDocument($reportDocumentId, $headers = null) {}

        /**
         * GET v2/report-schedules
         * @param mixed $reportTypes
         * @param mixed $headers
         * @return array
         */
        public function getReportSchedules($reportTypes = null, $headers = null) {}

        /**
         * GET v2/report-schedules/{id}
         * @param mixed $reportScheduleId
         * @param mixed $headers
         * @return array
         */
        public function getReportScheduleById($reportScheduleId, $headers = null) {}

        /**
         * POST v2/reports
         * @param mixed $requestPayload
         * @param mixed $headers
         * @return array
         */
        public function createReport($requestPayload, $headers = null) {}

        /**
         * POST v2/report-schedules
         * @param mixed $requestPayload
         * @param mixed $headers
         * @return array
         */
        public function createReportSchedule($requestPayload, $headers = null) {}

        /**
         * DELETE v2/report-schedules/{id}
         * @param mixed $reportScheduleId
         * @param mixed $headers
         * @return array
         */
        public function cancelReportSchedule($reportScheduleId, $headers = null) {}

        /**
         * GET v2/disbursements
         * @param mixed $queryParameters
         * @param mixed $headers
         * @return array
         */
        public function getDisbursements($queryParameters, $headers = null) {}

        /**
         * POST v2/merchantAccounts
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function registerAmazonPayAccount($payload, $headers = null) {}

        /**
         * PATCH v2/merchantAccounts/{id}
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateAmazonPayAccount($merchantAccountId, $payload, $headers = null) {}

        /**
         * DELETE v2/merchantAccounts/{id}
         * @param mixed $merchantAccountId
         * @param mixed $headers
         * @return array
         */
        public function deleteAmazonPayAccount($merchantAccountId, $headers = null) {}

        /**
         * POST v2/merchantAccounts
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createMerchantAccount($payload, $headers) {}

        /**
         * PATCH v2/merchantAccounts/{id}
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateMerchantAccount($merchantAccountId, $payload, $headers) {}

        /**
         * POST v2/merchantAccounts/{id}/claim
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function claimMerchantAccount($merchantAccountId, $payload, $headers = null) {}

        /**
         * POST v2/merchantAccounts/{id}/stores
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createStore($merchantAccountId, $payload, $headers) {}

        /**
         * PATCH v2/merchantAccounts/{id}/stores/{id2}
         * @param mixed $merchantAccountId
         * @param mixed $storeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateStore($merchantAccountId, $storeId, $payload, $headers) {}

        /**
         * POST v2/disputes
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createDispute($payload, $headers) {}

        /**
         * GET v2/disputes/{id}
         * @param mixed $disputeId
         * @param mixed $headers
         * @return array
         */
        public function getDispute($disputeId, $headers = null) {}

        /**
         * PATCH v2/disputes/{id}
         * @param mixed $disputeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateDispute($disputeId, $payload, $headers = null) {}

        /**
         * POST v2/disputes/{id}/contest
         * @param mixed $disputeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function contestDispute($disputeId, $payload, $headers = null) {}

        /**
         * POST v2/files
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function uploadFile($payload, $headers) {}

        /**
         * Switches between the sandbox and live paths; the value must be a bool.
         * @param mixed $value
         * @return void
         */
        public function setSandbox($value) {}

        /**
         * Reads a configuration value by its lower-cased name, as the official SDK.
         * @param mixed $name
         * @return mixed
         */
        public function __get($name) {}

        /**
         * The canonical header block of a signature ("name:value\n" lines).
         * @param mixed $headers
         * @return string
         */
        public function getHeaderString($headers) {}

        /**
         * php_uname($mode), or "(disabled)" when php_uname is in disable_functions.
         * @param mixed $mode
         * @return string
         */
        public function getPhpUname($mode) {}

        /**
         * Signs a fixed string 100 times with the configured key and reports success.
         * @return bool
         */
        public function testPrivateKeyIntegrity() {}

        /**
         * The User-Agent sent with every request; a subclass may override it.
         * @return string
         */
        protected function constructUserAgentHeader() {}

        /**
         * What var_dump()/print_r() show: the configuration with every secret masked.
         */
        public function __debugInfo(): array {}
    }
}
