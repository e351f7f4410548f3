<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /**
     * Drop-in for the official SDK class \Amazon\Pay\API\Client: same constructor config, methods and result
     * arrays, byte-identical signing; adds timeouts, keep-alive, retries that keep the idempotency key, and refuses
     * bad input before anything is sent. amzpay.v2_sdk_classes=0 leaves the name to the SDK.
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

        /**
         * Official SDK: new Client($config), same keys: public_key_id, private_key (PEM text or path), region (us,
         * na, eu, de, uk, jp), sandbox, algorithm, proxy, override_service_url, integrator_id, integrator_version,
         * platform_version. amzpay adds private_key_passphrase, endpoint, cabundle, timeout_ms, connect_timeout_ms,
         * max_retries, persistent; missing keys come from php.ini (amzpay.*). The key is loaded and checked here,
         * not at the first call.
         * @param mixed $config the configuration array (never shown in messages or var_dump())
         * @throws \AmazonPay\Exception\ConfigurationException for a missing or invalid setting
         * @throws \AmazonPay\Exception\KeyException when the private key cannot be read, parsed or decrypted
         */
        public function __construct(#[\SensitiveParameter] $config = null) {}

        /**
         * @inheritDoc
         * @param mixed $buyerToken
         * @param mixed $headers
         * @return array
         */
        public function getBuyer($buyerToken, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createCheckoutSession($payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $checkoutSessionId
         * @param mixed $headers
         * @return array
         */
        public function getCheckoutSession($checkoutSessionId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $checkoutSessionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateCheckoutSession($checkoutSessionId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $checkoutSessionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function completeCheckoutSession($checkoutSessionId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $checkoutSessionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function finalizeCheckoutSession($checkoutSessionId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $chargePermissionId
         * @param mixed $headers
         * @return array
         */
        public function getChargePermission($chargePermissionId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $chargePermissionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateChargePermission($chargePermissionId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $chargePermissionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function closeChargePermission($chargePermissionId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createCharge($payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $chargeId
         * @param mixed $headers
         * @return array
         */
        public function getCharge($chargeId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $chargeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateCharge($chargeId, $payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $chargeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function captureCharge($chargeId, $payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $chargeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function cancelCharge($chargeId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createRefund($payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $refundId
         * @param mixed $headers
         * @return array
         */
        public function getRefund($refundId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function deliveryTrackers($payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $mwsAuthToken
         * @param mixed $merchantId
         * @param mixed $headers
         * @return array
         */
        public function getAuthorizationToken($mwsAuthToken, $merchantId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function instoreMerchantScan($payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function instoreCharge($payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function instoreRefund($payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @return string
         */
        public function generateButtonSignature($payload) {}

        /**
         * @inheritDoc
         * @param mixed $http_request_method
         * @param mixed $request_uri
         * @param mixed $request_parameters
         * @param mixed $request_payload
         * @param mixed $other_presigned_headers
         * @return array
         */
        public function getPostSignedHeaders($http_request_method, $request_uri, $request_parameters, $request_payload, $other_presigned_headers = null) {}

        /**
         * @inheritDoc
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
         * @inheritDoc
         * @param mixed $method
         * @param mixed $urlFragment
         * @param mixed $payload
         * @param mixed $headers
         * @param mixed $queryParams
         * @return array
         */
        public function apiCall($method, $urlFragment, $payload, $headers = null, $queryParams = null) {}

        /**
         * @inheritDoc
         * @param mixed $queryParameters
         * @param mixed $headers
         * @return array
         */
        public function getReports($queryParameters = null, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $reportId
         * @param mixed $headers
         * @return array
         */
        public function getReportById($reportId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $reportDocumentId
         * @param mixed $headers
         * @return array
         */
        public function getReportDocument($reportDocumentId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $reportTypes
         * @param mixed $headers
         * @return array
         */
        public function getReportSchedules($reportTypes = null, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $reportScheduleId
         * @param mixed $headers
         * @return array
         */
        public function getReportScheduleById($reportScheduleId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $requestPayload
         * @param mixed $headers
         * @return array
         */
        public function createReport($requestPayload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $requestPayload
         * @param mixed $headers
         * @return array
         */
        public function createReportSchedule($requestPayload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $reportScheduleId
         * @param mixed $headers
         * @return array
         */
        public function cancelReportSchedule($reportScheduleId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $queryParameters
         * @param mixed $headers
         * @return array
         */
        public function getDisbursements($queryParameters, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function registerAmazonPayAccount($payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateAmazonPayAccount($merchantAccountId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $merchantAccountId
         * @param mixed $headers
         * @return array
         */
        public function deleteAmazonPayAccount($merchantAccountId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createMerchantAccount($payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateMerchantAccount($merchantAccountId, $payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function claimMerchantAccount($merchantAccountId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createStore($merchantAccountId, $payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $merchantAccountId
         * @param mixed $storeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateStore($merchantAccountId, $storeId, $payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createDispute($payload, $headers) {}

        /**
         * @inheritDoc
         * @param mixed $disputeId
         * @param mixed $headers
         * @return array
         */
        public function getDispute($disputeId, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $disputeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateDispute($disputeId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $disputeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function contestDispute($disputeId, $payload, $headers = null) {}

        /**
         * @inheritDoc
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function uploadFile($payload, $headers) {}

        /**
         * Switches between the sandbox and the live API paths, as the official SDK's setSandbox().
         * @param mixed $value true for the sandbox, false for live
         * @return void
         * @throws \AmazonPay\Exception\ConfigurationException when $value is not a boolean (the SDK's message)
         */
        public function setSandbox($value) {}

        /**
         * Reads a configuration value by name, as the official SDK's __get() (private_key as it was configured).
         * @param string $name a config key, e.g. 'region' or 'public_key_id'
         * @return mixed the value
         * @throws \Exception for a name that is not a config key (the SDK's message)
         */
        public function __get($name) {}

        /**
         * The canonical header block of a signature: lower-cased "name:value\n" lines, sorted, as the official
         * SDK's getHeaderString() helper.
         * @param array $headers ['name' => 'value']
         * @return string the canonical headers
         */
        public function getHeaderString($headers) {}

        /**
         * php_uname($mode), or "(disabled)" when php_uname is in disable_functions.
         * @param mixed $mode
         * @return string
         */
        public function getPhpUname($mode) {}

        /**
         * Signs a fixed string 100 times with the configured key, printing the progress and "[Passed]" as the
         * official SDK's testPrivateKeyIntegrity() does; true when the key works.
         * @return bool
         * @throws \AmazonPay\Exception\KeyException when the private key cannot be loaded
         */
        public function testPrivateKeyIntegrity() {}

        /**
         * The User-Agent sent with every request; a subclass may override it.
         * @return string
         */
        protected function constructUserAgentHeader() {}

        /**
         * What var_dump()/print_r() show: the configuration with the private key and passphrase masked.
         * @return array
         */
        public function __debugInfo(): array {}
    }
}
