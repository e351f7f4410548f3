<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /**
     * The public API of the official Amazon Pay API v2 PHP SDK, implemented in C by amzpay.
     */
    interface ClientInterface
    {
        /** GET v2/buyers/{id} */
        public function getBuyer(string $buyerToken, ?array $headers = null): array;

        /** POST v2/checkoutSessions */
        public function createCheckoutSession(array|string|null $payload, ?array $headers): array;

        /** GET v2/checkoutSessions/{id} */
        public function getCheckoutSession(string $checkoutSessionId, ?array $headers = null): array;

        /** PATCH v2/checkoutSessions/{id} */
        public function updateCheckoutSession(string $checkoutSessionId, array|string|null $payload, ?array $headers = null): array;

        /** POST v2/checkoutSessions/{id}/complete */
        public function completeCheckoutSession(string $checkoutSessionId, array|string|null $payload, ?array $headers = null): array;

        /** POST v2/checkoutSessions/{id}/finalize */
        public function finalizeCheckoutSession(string $checkoutSessionId, array|string|null $payload, ?array $headers = null): array;

        /** GET v2/chargePermissions/{id} */
        public function getChargePermission(string $chargePermissionId, ?array $headers = null): array;

        /** PATCH v2/chargePermissions/{id} */
        public function updateChargePermission(string $chargePermissionId, array|string|null $payload, ?array $headers = null): array;

        /** DELETE v2/chargePermissions/{id}/close */
        public function closeChargePermission(string $chargePermissionId, array|string|null $payload, ?array $headers = null): array;

        /** POST v2/charges */
        public function createCharge(array|string|null $payload, ?array $headers): array;

        /** GET v2/charges/{id} */
        public function getCharge(string $chargeId, ?array $headers = null): array;

        /** PATCH v2/charges/{id} */
        public function updateCharge(string $chargeId, array|string|null $payload, ?array $headers): array;

        /** POST v2/charges/{id}/capture */
        public function captureCharge(string $chargeId, array|string|null $payload, ?array $headers): array;

        /** DELETE v2/charges/{id}/cancel */
        public function cancelCharge(string $chargeId, array|string|null $payload, ?array $headers = null): array;

        /** POST v2/refunds */
        public function createRefund(array|string|null $payload, ?array $headers): array;

        /** GET v2/refunds/{id} */
        public function getRefund(string $refundId, ?array $headers = null): array;

        /** POST v2/deliveryTrackers */
        public function deliveryTrackers(array|string|null $payload, ?array $headers = null): array;

        /** GET v2/authorizationTokens/{id} */
        public function getAuthorizationToken(string $mwsAuthToken, string $merchantId, ?array $headers = null): array;

        /** POST v2/in-store/merchantScan */
        public function instoreMerchantScan(array|string|null $payload, ?array $headers = null): array;

        /** POST v2/in-store/charge */
        public function instoreCharge(array|string|null $payload, ?array $headers = null): array;

        /** POST v2/in-store/refund */
        public function instoreRefund(array|string|null $payload, ?array $headers = null): array;

        /** GET v2/reports */
        public function getReports(?array $queryParameters = null, ?array $headers = null): array;

        /** GET v2/reports/{id} */
        public function getReportById(string $reportId, ?array $headers = null): array;

        /** GET v2/report-documents/{id} */
        public function getReportDocument(string $reportDocumentId, ?array $headers = null): array;

        /** GET v2/report-schedules */
        public function getReportSchedules(array|string|null $reportTypes = null, ?array $headers = null): array;

        /** GET v2/report-schedules/{id} */
        public function getReportScheduleById(string $reportScheduleId, ?array $headers = null): array;

        /** POST v2/reports */
        public function createReport(array|string|null $payload, ?array $headers = null): array;

        /** POST v2/report-schedules */
        public function createReportSchedule(array|string|null $payload, ?array $headers = null): array;

        /** DELETE v2/report-schedules/{id} */
        public function cancelReportSchedule(string $reportScheduleId, ?array $headers = null): array;

        /** GET v2/disbursements */
        public function getDisbursements(array $queryParameters, ?array $headers = null): array;

        /** POST v2/merchantAccounts */
        public function registerAmazonPayAccount(array|string|null $payload, ?array $headers = null): array;

        /** PATCH v2/merchantAccounts/{id} */
        public function updateAmazonPayAccount(string $merchantAccountId, array|string|null $payload, ?array $headers = null): array;

        /** DELETE v2/merchantAccounts/{id} */
        public function deleteAmazonPayAccount(string $merchantAccountId, ?array $headers = null): array;

        /** POST v2/merchantAccounts */
        public function createMerchantAccount(array|string|null $payload, ?array $headers): array;

        /** PATCH v2/merchantAccounts/{id} */
        public function updateMerchantAccount(string $merchantAccountId, array|string|null $payload, ?array $headers = null): array;

        /** POST v2/merchantAccounts/{id}/claim */
        public function claimMerchantAccount(string $merchantAccountId, array|string|null $payload, ?array $headers = null): array;

        /** POST v2/merchantAccounts/{id}/stores */
        public function createStore(string $merchantAccountId, array|string|null $payload, ?array $headers): array;

        /** PATCH v2/merchantAccounts/{id}/stores/{id2} */
        public function updateStore(string $merchantAccountId, string $storeId, array|string|null $payload, ?array $headers): array;

        /** POST v2/disputes */
        public function createDispute(array|string|null $payload, ?array $headers): array;

        /** GET v2/disputes/{id} */
        public function getDispute(string $disputeId, ?array $headers = null): array;

        /** PATCH v2/disputes/{id} */
        public function updateDispute(string $disputeId, array|string|null $payload, ?array $headers = null): array;

        /** POST v2/disputes/{id}/contest */
        public function contestDispute(string $disputeId, array|string|null $payload, ?array $headers = null): array;

        /** POST v2/files */
        public function uploadFile(array|string|null $payload, ?array $headers): array;

        /** Signs a request the way the API expects and returns the header lines to send. */
        public function getPostSignedHeaders(string $http_request_method, string $request_uri, ?array $request_parameters, array|string|null $request_payload, ?array $other_presigned_headers = null): array;

        /** Returns the base64 RSASSA-PSS signature of a request signed at $timeStamp (YYYYMMDDTHHMMSSZ). */
        public function createSignature(string $http_request_method, string $request_uri, ?array $request_parameters, array $pre_signed_headers, array|string|null $request_payload, string $timeStamp): string;

        /** Signature for the Amazon Pay button payload (stripcslashes() applied, as the official SDK). */
        public function generateButtonSignature(array|string $payload): string;

        /** Signs and sends any API call; $urlFragment is relative to the base URL, e.g. "v2/charges". */
        public function apiCall(string $method, string $urlFragment, array|string|null $payload, ?array $headers = null, ?array $queryParams = null): array;
    }

    /**
     * Drop-in for the official SDK class: same constructor config, methods and result arrays.
     * @not-serializable
     */
    class Client implements ClientInterface
    {
        public function __construct(#[\SensitiveParameter] mixed $config = null) {}

        public function getBuyer(string $buyerToken, ?array $headers = null): array {}
        public function createCheckoutSession(array|string|null $payload, ?array $headers): array {}
        public function getCheckoutSession(string $checkoutSessionId, ?array $headers = null): array {}
        public function updateCheckoutSession(string $checkoutSessionId, array|string|null $payload, ?array $headers = null): array {}
        public function completeCheckoutSession(string $checkoutSessionId, array|string|null $payload, ?array $headers = null): array {}
        public function finalizeCheckoutSession(string $checkoutSessionId, array|string|null $payload, ?array $headers = null): array {}
        public function getChargePermission(string $chargePermissionId, ?array $headers = null): array {}
        public function updateChargePermission(string $chargePermissionId, array|string|null $payload, ?array $headers = null): array {}
        public function closeChargePermission(string $chargePermissionId, array|string|null $payload, ?array $headers = null): array {}
        public function createCharge(array|string|null $payload, ?array $headers): array {}
        public function getCharge(string $chargeId, ?array $headers = null): array {}
        public function updateCharge(string $chargeId, array|string|null $payload, ?array $headers): array {}
        public function captureCharge(string $chargeId, array|string|null $payload, ?array $headers): array {}
        public function cancelCharge(string $chargeId, array|string|null $payload, ?array $headers = null): array {}
        public function createRefund(array|string|null $payload, ?array $headers): array {}
        public function getRefund(string $refundId, ?array $headers = null): array {}
        public function deliveryTrackers(array|string|null $payload, ?array $headers = null): array {}
        public function getAuthorizationToken(string $mwsAuthToken, string $merchantId, ?array $headers = null): array {}
        public function instoreMerchantScan(array|string|null $payload, ?array $headers = null): array {}
        public function instoreCharge(array|string|null $payload, ?array $headers = null): array {}
        public function instoreRefund(array|string|null $payload, ?array $headers = null): array {}
        public function getReports(?array $queryParameters = null, ?array $headers = null): array {}
        public function getReportById(string $reportId, ?array $headers = null): array {}
        public function getReportDocument(string $reportDocumentId, ?array $headers = null): array {}
        public function getReportSchedules(array|string|null $reportTypes = null, ?array $headers = null): array {}
        public function getReportScheduleById(string $reportScheduleId, ?array $headers = null): array {}
        public function createReport(array|string|null $payload, ?array $headers = null): array {}
        public function createReportSchedule(array|string|null $payload, ?array $headers = null): array {}
        public function cancelReportSchedule(string $reportScheduleId, ?array $headers = null): array {}
        public function getDisbursements(array $queryParameters, ?array $headers = null): array {}
        public function registerAmazonPayAccount(array|string|null $payload, ?array $headers = null): array {}
        public function updateAmazonPayAccount(string $merchantAccountId, array|string|null $payload, ?array $headers = null): array {}
        public function deleteAmazonPayAccount(string $merchantAccountId, ?array $headers = null): array {}
        public function createMerchantAccount(array|string|null $payload, ?array $headers): array {}
        public function updateMerchantAccount(string $merchantAccountId, array|string|null $payload, ?array $headers = null): array {}
        public function claimMerchantAccount(string $merchantAccountId, array|string|null $payload, ?array $headers = null): array {}
        public function createStore(string $merchantAccountId, array|string|null $payload, ?array $headers): array {}
        public function updateStore(string $merchantAccountId, string $storeId, array|string|null $payload, ?array $headers): array {}
        public function createDispute(array|string|null $payload, ?array $headers): array {}
        public function getDispute(string $disputeId, ?array $headers = null): array {}
        public function updateDispute(string $disputeId, array|string|null $payload, ?array $headers = null): array {}
        public function contestDispute(string $disputeId, array|string|null $payload, ?array $headers = null): array {}
        public function uploadFile(array|string|null $payload, ?array $headers): array {}

        /** Signs a request the way the API expects and returns the header lines to send. */
        public function getPostSignedHeaders(string $http_request_method, string $request_uri, ?array $request_parameters, array|string|null $request_payload, ?array $other_presigned_headers = null): array {}
        /** Returns the base64 RSASSA-PSS signature of a request signed at $timeStamp (YYYYMMDDTHHMMSSZ). */
        public function createSignature(string $http_request_method, string $request_uri, ?array $request_parameters, array $pre_signed_headers, array|string|null $request_payload, string $timeStamp): string {}
        /** Signature for the Amazon Pay button payload (stripcslashes() applied, as the official SDK). */
        public function generateButtonSignature(array|string $payload): string {}
        /** Signs and sends any API call; $urlFragment is relative to the base URL, e.g. "v2/charges". */
        public function apiCall(string $method, string $urlFragment, array|string|null $payload, ?array $headers = null, ?array $queryParams = null): array {}

        /** Switches between the sandbox and live paths, as the official SDK. */
        public function setSandbox(mixed $value): void {}

        /** Reads a configuration value (case-insensitive); the private key is never returned. */
        public function __get(string $name): mixed {}

        /** The canonical header block of a signature ("name:value\n" lines). */
        public function getHeaderString(array $headers): string {}

        /** Signs a fixed string 100 times with the configured key and reports success. */
        public function testPrivateKeyIntegrity(): bool {}

        public function __debugInfo(): array {}
    }
}
