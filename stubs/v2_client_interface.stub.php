<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /**
     * The public API of the official Amazon Pay API v2 PHP SDK (amzn/amazon-pay-api-sdk-php 2.7), implemented in C
     * by amzpay. Code typed against the SDK's interface keeps working.
     *
     * Every API method returns the SDK's result array: 'status' (int HTTP status), 'method', 'location', 'url',
     * 'headers' (response headers), 'request' (the body sent), 'response' (the response body, JSON), 'request_id'
     * (x-amz-pay-request-id), 'retries' (int), 'duration' (int, ms). Amazon's errors (4xx, and 5xx still failing
     * after the retries) come back in that array, as in the SDK. Exceptions are for what never got an answer: bad
     * input (nothing sent) and transport failures, whose outcomeUnknown and idempotencyKey say whether and how to
     * retry.
     */
    interface ClientInterface
    {
        /**
         * GET v2/buyers/{buyerToken}: reads the buyer's name, email, addresses and buyer id after sign-in. Official
         * SDK: Client::getBuyer(), same arguments and result.
         * @param string $buyerToken the buyer token Amazon Pay appended to the checkout review or result URL
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getBuyer($buyerToken, $headers = null);

        /**
         * POST v2/checkoutSessions: creates a checkout session (the API-based checkout and the button payload
         * flow). Idempotent: amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep it.
         * Official SDK: Client::createCheckoutSession(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function createCheckoutSession($payload, $headers);

        /**
         * GET v2/checkoutSessions/{checkoutSessionId}: reads a checkout session: state, buyer, payment preferences,
         * the chargePermissionId once completed. Official SDK: Client::getCheckoutSession(), same arguments and
         * result.
         * @param string $checkoutSessionId the checkout session id
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getCheckoutSession($checkoutSessionId, $headers = null);

        /**
         * PATCH v2/checkoutSessions/{checkoutSessionId}: sets the amount, merchant metadata and payment intent of
         * an Open session; returns amazonPayRedirectUrl. Official SDK: Client::updateCheckoutSession(), same
         * arguments and result.
         * @param string $checkoutSessionId the checkout session id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function updateCheckoutSession($checkoutSessionId, $payload, $headers = null);

        /**
         * POST v2/checkoutSessions/{checkoutSessionId}/complete: completes the session after the buyer returned:
         * confirms the amount, creates the charge permission (and charge). Idempotent: amzpay adds an
         * x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK:
         * Client::completeCheckoutSession(), same arguments and result.
         * @param string $checkoutSessionId the checkout session id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function completeCheckoutSession($checkoutSessionId, $payload, $headers = null);

        /**
         * POST v2/checkoutSessions/{checkoutSessionId}/finalize: finalizes an Apple Pay / additional payment button
         * session. Idempotent: amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep it.
         * Official SDK: Client::finalizeCheckoutSession(), same arguments and result.
         * @param string $checkoutSessionId the checkout session id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function finalizeCheckoutSession($checkoutSessionId, $payload, $headers = null);

        /**
         * GET v2/chargePermissions/{chargePermissionId}: reads a charge permission: state (Chargeable,
         * NonChargeable, Closed), limits, buyer. Official SDK: Client::getChargePermission(), same arguments and
         * result.
         * @param string $chargePermissionId the charge permission id (the legacy order reference id)
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getChargePermission($chargePermissionId, $headers = null);

        /**
         * PATCH v2/chargePermissions/{chargePermissionId}: updates the merchant metadata (order id, store name) of
         * a charge permission. Official SDK: Client::updateChargePermission(), same arguments and result.
         * @param string $chargePermissionId the charge permission id (the legacy order reference id)
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function updateChargePermission($chargePermissionId, $payload, $headers = null);

        /**
         * DELETE v2/chargePermissions/{chargePermissionId}/close: closes a charge permission; no further charges
         * (closureReason, cancelPendingCharges in the payload). Official SDK: Client::closeChargePermission(), same
         * arguments and result.
         * @param string $chargePermissionId the charge permission id (the legacy order reference id)
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function closeChargePermission($chargePermissionId, $payload, $headers = null);

        /**
         * POST v2/charges: authorizes (and with captureNow captures) an amount on a charge permission. Idempotent:
         * amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK:
         * Client::createCharge(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function createCharge($payload, $headers);

        /**
         * GET v2/charges/{chargeId}: reads a charge: state (Authorized, Captured, Declined, Canceled), amounts,
         * reason codes. Official SDK: Client::getCharge(), same arguments and result.
         * @param string $chargeId the charge id
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getCharge($chargeId, $headers = null);

        /**
         * PATCH v2/charges/{chargeId}: updates a charge (statusDetails of Amazon Pay offline payments). Official
         * SDK: Client::updateCharge(), same arguments and result.
         * @param string $chargeId the charge id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function updateCharge($chargeId, $payload, $headers);

        /**
         * POST v2/charges/{chargeId}/capture: captures an Authorized charge (captureAmount, softDescriptor).
         * Idempotent: amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep it. Official
         * SDK: Client::captureCharge(), same arguments and result.
         * @param string $chargeId the charge id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function captureCharge($chargeId, $payload, $headers);

        /**
         * DELETE v2/charges/{chargeId}/cancel: cancels an uncaptured charge (cancellationReason in the payload).
         * Official SDK: Client::cancelCharge(), same arguments and result.
         * @param string $chargeId the charge id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function cancelCharge($chargeId, $payload, $headers = null);

        /**
         * POST v2/refunds: refunds (part of) a Captured charge; refunds settle asynchronously (RefundInitiated,
         * then Refunded). Idempotent: amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep
         * it. Official SDK: Client::createRefund(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function createRefund($payload, $headers);

        /**
         * GET v2/refunds/{refundId}: reads a refund: state (RefundInitiated, Refunded, Declined), amount, reason
         * codes. Official SDK: Client::getRefund(), same arguments and result.
         * @param string $refundId the refund id
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getRefund($refundId, $headers = null);

        /**
         * POST v2/deliveryTrackers: sends shipment tracking (carrier, tracking number) for an order. Idempotent:
         * amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK:
         * Client::deliveryTrackers(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function deliveryTrackers($payload, $headers = null);

        /**
         * POST v2/in-store/merchantScan: in-store: reads the charge permission behind a scanned buyer QR code.
         * Idempotent: amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep it. Official
         * SDK: Client::instoreMerchantScan(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function instoreMerchantScan($payload, $headers = null);

        /**
         * POST v2/in-store/charge: in-store: charges a scanned charge permission. Idempotent: amzpay adds an
         * x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK: Client::instoreCharge(),
         * same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function instoreCharge($payload, $headers = null);

        /**
         * POST v2/in-store/refund: in-store: refunds an in-store charge. Idempotent: amzpay adds an
         * x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK: Client::instoreRefund(),
         * same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function instoreRefund($payload, $headers = null);

        /**
         * The signature for the Amazon Pay button's payloadJSON (checkout.js `signature`): stripcslashes() of the
         * JSON, signed as the official SDK's Client::generateButtonSignature() does.
         * @param array|string $payload the button payload: an array (JSON-encoded with slashes unescaped) or a JSON
         *   string
         * @return string the signature, base64
         * @throws \AmazonPay\Exception\KeyException when the private key cannot be loaded
         * @throws \AmazonPay\Exception\SignatureException when OpenSSL fails to sign
         */
        public function generateButtonSignature($payload);

        /**
         * Signs a request as the API expects, without sending it, and returns the header lines to send
         * ("authorization: AMZN-PAY-RSASSA-PSS ...", x-amz-pay-date, x-amz-pay-host, ...). Official SDK:
         * Client::getPostSignedHeaders(), byte-identical output.
         * @param string $http_request_method GET, POST, PUT, PATCH or DELETE
         * @param string $request_uri the full request URL (https://pay-api.amazon.eu/sandbox/v2/charges)
         * @param array|null $request_parameters query parameters, canonicalised as the API expects
         * @param array|string|null $request_payload the body: an array (JSON-encoded) or a JSON string
         * @param array|null $other_presigned_headers further headers to sign ['name' => 'value'], e.g.
         *   x-amz-pay-idempotency-key
         * @return array the signed header lines, "name:value"
         * @throws \AmazonPay\Exception\InvalidArgumentException for a malformed method, URL or header
         * @throws \AmazonPay\Exception\KeyException when the private key cannot be loaded
         */
        public function getPostSignedHeaders($http_request_method, $request_uri, $request_parameters, $request_payload);

        /**
         * The base64 RSASSA-PSS signature of a request signed at $timeStamp (salt 20 for AMZN-PAY-RSASSA-PSS, 32
         * for -V2). Official SDK: Client::createSignature(), same string to sign and result.
         * @param string $http_request_method GET, POST, PUT, PATCH or DELETE
         * @param string $request_uri the full request URL (https://pay-api.amazon.eu/sandbox/v2/charges)
         * @param array|null $request_parameters query parameters, canonicalised as the API expects
         * @param array $pre_signed_headers the headers to sign ['name' => 'value'], x-amz-pay-date among them
         * @param array|string|null $request_payload the body: an array (JSON-encoded) or a JSON string
         * @param string $timeStamp the x-amz-pay-date of the request, YYYYMMDDTHHMMSSZ
         * @return string the signature, base64
         * @throws \AmazonPay\Exception\KeyException when the private key cannot be loaded
         * @throws \AmazonPay\Exception\SignatureException when OpenSSL fails to sign
         */
        public function createSignature($http_request_method, $request_uri, $request_parameters, $pre_signed_headers, $request_payload, $timeStamp);

        /**
         * Signs and sends any API call, for operations without a method of their own. Official SDK:
         * Client::apiCall(). POST requests get an idempotency key when $headers has none.
         * @param string $method GET, POST, PUT, PATCH or DELETE
         * @param string $urlFragment the path relative to the versioned base URL, e.g. "v2/charges"; '..' is
         *   refused
         * @param array|string|null $payload the request body: an array (JSON-encoded) or a JSON string; null for
         *   none
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @param array|null $queryParams query parameters ['name' => 'value']
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function apiCall($method, $urlFragment, $payload, $headers = null);
    }
}
