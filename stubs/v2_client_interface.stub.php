<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /** The checkout, charge, refund and signing methods of the official Amazon Pay API v2 SDK. */
    interface ClientInterface
    {
        /**
         * GET v2/buyers/{id}
         * @param mixed $buyerToken
         * @param mixed $headers
         * @return array
         */
        public function getBuyer($buyerToken, $headers = null);

        /**
         * POST v2/checkoutSessions
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createCheckoutSession($payload, $headers);

        /**
         * GET v2/checkoutSessions/{id}
         * @param mixed $checkoutSessionId
         * @param mixed $headers
         * @return array
         */
        public function getCheckoutSession($checkoutSessionId, $headers = null);

        /**
         * PATCH v2/checkoutSessions/{id}
         * @param mixed $checkoutSessionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateCheckoutSession($checkoutSessionId, $payload, $headers = null);

        /**
         * POST v2/checkoutSessions/{id}/complete
         * @param mixed $checkoutSessionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function completeCheckoutSession($checkoutSessionId, $payload, $headers = null);

        /**
         * POST v2/checkoutSessions/{id}/finalize
         * @param mixed $checkoutSessionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function finalizeCheckoutSession($checkoutSessionId, $payload, $headers = null);

        /**
         * GET v2/chargePermissions/{id}
         * @param mixed $chargePermissionId
         * @param mixed $headers
         * @return array
         */
        public function getChargePermission($chargePermissionId, $headers = null);

        /**
         * PATCH v2/chargePermissions/{id}
         * @param mixed $chargePermissionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateChargePermission($chargePermissionId, $payload, $headers = null);

        /**
         * DELETE v2/chargePermissions/{id}/close
         * @param mixed $chargePermissionId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function closeChargePermission($chargePermissionId, $payload, $headers = null);

        /**
         * POST v2/charges
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createCharge($payload, $headers);

        /**
         * GET v2/charges/{id}
         * @param mixed $chargeId
         * @param mixed $headers
         * @return array
         */
        public function getCharge($chargeId, $headers = null);

        /**
         * PATCH v2/charges/{id}
         * @param mixed $chargeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateCharge($chargeId, $payload, $headers);

        /**
         * POST v2/charges/{id}/capture
         * @param mixed $chargeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function captureCharge($chargeId, $payload, $headers);

        /**
         * DELETE v2/charges/{id}/cancel
         * @param mixed $chargeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function cancelCharge($chargeId, $payload, $headers = null);

        /**
         * POST v2/refunds
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createRefund($payload, $headers);

        /**
         * GET v2/refunds/{id}
         * @param mixed $refundId
         * @param mixed $headers
         * @return array
         */
        public function getRefund($refundId, $headers = null);

        /**
         * POST v2/deliveryTrackers
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function deliveryTrackers($payload, $headers = null);

        /**
         * POST v2/in-store/merchantScan
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function instoreMerchantScan($payload, $headers = null);

        /**
         * POST v2/in-store/charge
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function instoreCharge($payload, $headers = null);

        /**
         * POST v2/in-store/refund
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function instoreRefund($payload, $headers = null);

        /**
         * Signature for the Amazon Pay button payload (stripcslashes() applied, as the official SDK).
         * @param mixed $payload
         * @return string
         */
        public function generateButtonSignature($payload);

        /**
         * Signs a request the way the API expects and returns the header lines to send.
         * @param mixed $http_request_method
         * @param mixed $request_uri
         * @param mixed $request_parameters
         * @param mixed $request_payload
         * @return array
         */
        public function getPostSignedHeaders($http_request_method, $request_uri, $request_parameters, $request_payload);

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
        public function createSignature($http_request_method, $request_uri, $request_parameters, $pre_signed_headers, $request_payload, $timeStamp);

        /**
         * Signs and sends any API call; $urlFragment is relative to the base URL, e.g. "v2/charges".
         * @param mixed $method
         * @param mixed $urlFragment
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function apiCall($method, $urlFragment, $payload, $headers = null);
    }
}
