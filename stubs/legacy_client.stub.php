<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace AmazonPay {
    /**
     * The public API of the legacy Amazon Pay PHP SDK 3.7 (MWS), also registered as PayWithAmazon\ClientInterface,
     * answered by amzpay on Amazon Pay API v2. Parameters stay untyped where the legacy interface left them
     * untyped, so shop subclasses stay compatible.
     */
    interface ClientInterface
    {
        /**
         * Reads a config value by key (case-insensitive), as the legacy SDK's __get().
         * @param mixed $name the config key, e.g. 'region'
         * @return mixed the value
         * @throws \Exception when the key is not part of the config (the legacy message)
         */
        public function __get(mixed $name);

        /**
         * Switches between the sandbox and production, as the legacy setSandbox().
         * @param mixed $value true for the sandbox
         * @return void
         * @throws \Exception when $value is not a boolean (the legacy message)
         */
        public function setSandbox(mixed $value);

        /**
         * Sets the Login with Amazon client id (kept in the config; API v2 does not use it).
         * @param mixed $value the client id
         * @return void
         * @throws \Exception when $value is empty (the legacy message)
         */
        public function setClientId(mixed $value);

        /**
         * Sets the Login with Amazon app id (kept in the config; API v2 does not use it).
         * @param mixed $value the app id
         * @return void
         * @throws \Exception when $value is empty (the legacy message)
         */
        public function setAppId(mixed $value);

        /**
         * Sets the proxy from the legacy keys proxy_user_host, proxy_user_port, proxy_user_name,
         * proxy_user_password (empty ones and a non-array are ignored, as in the legacy SDK); used with or without
         * credentials.
         * @param mixed $proxy ['proxy_user_host' => ..., 'proxy_user_port' => ..., ...]
         * @return void
         */
        public function setProxy(mixed $proxy);

        /**
         * Legacy SDK: sets the MWS endpoint. amzpay: sets the v2 base URL (https://, or http:// to loopback, e.g.
         * the local sandbox), checked at the next call.
         * @param mixed $url the base URL
         * @return void
         */
        public function setMwsServiceUrl(mixed $url);

        /**
         * Legacy SDK: the signed MWS query string of the last call. amzpay: the body of the last v2 request (JSON),
         * or null before the first call; never contains secrets.
         * @return string|null
         */
        public function getParameters();

        /**
         * Login with Amazon profile of an access token, as the legacy SDK's getUserInfo().
         * @param mixed $accessToken the Login with Amazon access token
         * @return array
         * @throws \InvalidArgumentException when $accessToken is empty (the legacy message)
         * @throws \Exception when the token belongs to neither client_id nor app_id (the legacy messages)
         */
        public function getUserInfo(mixed $accessToken);

        /**
         * Reads an order: the v2 charge permission behind the order reference id, in the GetOrderReferenceDetails
         * shape (OrderReferenceStatus, OrderTotal, Buyer, Destination). Legacy SDK:
         * Client::getOrderReferenceDetails(), same parameters and response shape; runs on v2 GET
         * chargePermissions/{id}. Parameter keys: amazon_order_reference_id (required), address_consent_token,
         * access_token, merchant_id.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function getOrderReferenceDetails(array $requestParameters = []);

        /**
         * Legacy SDK: Client::listOrderReference(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: API v2 has no search or list operation for charge permissions.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function listOrderReference(array $requestParameters = []);

        /**
         * Legacy SDK: Client::listOrderReferenceByNextToken(). Not available on API v2: answers an MWS
         * ErrorResponse UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing
         * pretends to succeed. Why: API v2 has no search or list operation for charge permissions.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function listOrderReferenceByNextToken(array $requestParameters = []);

        /**
         * Sets the seller order id, store name, note and custom information of an order (v2 merchantMetadata;
         * changeable once, as in v2). Legacy SDK: Client::setOrderReferenceDetails(), same parameters and response
         * shape; runs on v2 PATCH chargePermissions/{id}. Parameter keys: amazon_order_reference_id, seller_note,
         * seller_order_id, store_name, custom_information.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function setOrderReferenceDetails(array $requestParameters = []);

        /**
         * Sets the order attributes (seller order id, store name, note, custom information). Legacy SDK:
         * Client::setOrderAttributes(), same parameters and response shape; runs on v2 PATCH
         * chargePermissions/{id}. Parameter keys: amazon_order_reference_id, seller_note, seller_order_id,
         * store_name, custom_information.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function setOrderAttributes(array $requestParameters = []);

        /**
         * Legacy SDK: Client::confirmOrderReference(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: API v2 has no Draft order to confirm; v2 checkouts are completed through a checkout
         * session.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function confirmOrderReference(array $requestParameters = []);

        /**
         * Cancels an order: closes the v2 charge permission and cancels its open charges. Legacy SDK:
         * Client::cancelOrderReference(), same parameters and response shape; runs on v2 DELETE
         * chargePermissions/{id}/close. Parameter keys: amazon_order_reference_id, cancelation_reason.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function cancelOrderReference(array $requestParameters = []);

        /**
         * Closes an order: no new authorizations; existing ones can still be captured. Legacy SDK:
         * Client::closeOrderReference(), same parameters and response shape; runs on v2 DELETE
         * chargePermissions/{id}/close. Parameter keys: amazon_order_reference_id, closure_reason.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function closeOrderReference(array $requestParameters = []);

        /**
         * Closes an authorization: cancels the uncaptured v2 charge. Legacy SDK: Client::closeAuthorization(), same
         * parameters and response shape; runs on v2 DELETE charges/{id}/cancel. Parameter keys:
         * amazon_authorization_id, closure_reason.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function closeAuthorization(array $requestParameters = []);

        /**
         * Authorizes an amount on an order (a v2 charge); with capture_now it is captured at once. The
         * authorization id is the v2 charge id with A at position 21. Idempotent by authorization_reference_id:
         * repeating the call (after a timeout, in another process) returns the first authorization. Legacy SDK:
         * Client::authorize(), same parameters and response shape; runs on v2 POST charges. Parameter keys:
         * amazon_order_reference_id, authorization_amount, currency_code, authorization_reference_id, capture_now,
         * transaction_timeout, seller_authorization_note, soft_descriptor.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function authorize(array $requestParameters = []);

        /**
         * Reads an authorization (the v2 charge) in the GetAuthorizationDetails shape. Legacy SDK:
         * Client::getAuthorizationDetails(), same parameters and response shape; runs on v2 GET charges/{id}.
         * Parameter keys: amazon_authorization_id.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function getAuthorizationDetails(array $requestParameters = []);

        /**
         * Captures an authorization (captures the v2 charge). Idempotent by capture_reference_id: a repeated call
         * returns the first capture, never charging twice. amzpay.verify_state_before_capture reads the charge
         * first and refuses unless it is Authorized. Legacy SDK: Client::capture(), same parameters and response
         * shape; runs on v2 POST charges/{id}/capture. Parameter keys: amazon_authorization_id, capture_amount,
         * currency_code, capture_reference_id, seller_capture_note, soft_descriptor.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function capture(array $requestParameters = []);

        /**
         * Reads a capture (the captured v2 charge) in the GetCaptureDetails shape, with its refunds. Legacy SDK:
         * Client::getCaptureDetails(), same parameters and response shape; runs on v2 GET charges/{id}. Parameter
         * keys: amazon_capture_id.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function getCaptureDetails(array $requestParameters = []);

        /**
         * Refunds (part of) a capture (a v2 refund). Idempotent by refund_reference_id. Refunds settle
         * asynchronously: Pending first, then Completed. Legacy SDK: Client::refund(), same parameters and response
         * shape; runs on v2 POST refunds. Parameter keys: amazon_capture_id, refund_amount, currency_code,
         * refund_reference_id, seller_refund_note, soft_descriptor.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function refund(array $requestParameters = []);

        /**
         * Reads a refund in the GetRefundDetails shape. Legacy SDK: Client::getRefundDetails(), same parameters and
         * response shape; runs on v2 GET refunds/{id}. Parameter keys: amazon_refund_id.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function getRefundDetails(array $requestParameters = []);

        /**
         * Legacy SDK: Client::getServiceStatus(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: API v2 has no service status operation.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function getServiceStatus(array $requestParameters = []);

        /**
         * Legacy SDK: Client::createOrderReferenceForId(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: API v2 creates charge permissions only through a checkout session.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function createOrderReferenceForId(array $requestParameters = []);

        /**
         * Legacy SDK: Client::getBillingAgreementDetails(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: billing agreements have no counterpart (v2 recurring charge permissions come from a
         * checkout session).
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function getBillingAgreementDetails(array $requestParameters = []);

        /**
         * Legacy SDK: Client::setBillingAgreementDetails(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: billing agreements have no counterpart (v2 recurring charge permissions come from a
         * checkout session).
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function setBillingAgreementDetails(array $requestParameters = []);

        /**
         * Legacy SDK: Client::confirmBillingAgreement(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: billing agreements have no counterpart (v2 recurring charge permissions come from a
         * checkout session).
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function confirmBillingAgreement(array $requestParameters = []);

        /**
         * Legacy SDK: Client::validateBillingAgreement(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: billing agreements have no counterpart (v2 recurring charge permissions come from a
         * checkout session).
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function validateBillingAgreement(array $requestParameters = []);

        /**
         * Legacy SDK: Client::authorizeOnBillingAgreement(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: billing agreements have no counterpart (v2 recurring charge permissions come from a
         * checkout session).
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function authorizeOnBillingAgreement(array $requestParameters = []);

        /**
         * Legacy SDK: Client::closeBillingAgreement(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: billing agreements have no counterpart (v2 recurring charge permissions come from a
         * checkout session).
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function closeBillingAgreement(array $requestParameters = []);

        /**
         * The legacy one-call helper: reads the order and, when it is Open, authorizes charge_amount (captured at
         * once with capture_now) and returns the Authorize answer, as the legacy SDK's charge() did. A billing
         * agreement id answers UnsupportedOperation. Throws \Exception "Invalid Amazon Reference ID" or the legacy
         * missing-id message for a bad or missing id. Legacy SDK: Client::charge(), same parameters and response
         * shape; runs on v2 GET chargePermissions/{id}, POST charges. Parameter keys: amazon_reference_id (or
         * amazon_order_reference_id / amazon_billing_agreement_id), charge_amount, currency_code,
         * authorization_reference_id, charge_note, charge_order_id, transaction_timeout, capture_now.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the MWS-shaped answer; $client->success is true only for HTTP 200. Amazon's
         *   refusals (declines, invalid states, unknown ids) are MWS ErrorResponses in it, never exceptions, as
         *   before
         * @throws \AmazonPay\Exception\InvalidArgumentException (an \InvalidArgumentException) for a non-boolean or
         *   non-array parameter where the legacy SDK checked types, with the legacy message; nothing sent
         * @throws \AmazonPay\Exception\ConfigurationException for a bad region or missing v2 credentials, at the
         *   first call
         * @throws \AmazonPay\Exception\TransportException when no answer came after the retries (a \Exception
         *   subclass with the legacy "Unable to post request ..." message; outcomeUnknown, idempotencyKey)
         */
        public function charge(array $requestParameters = []);

        /**
         * Legacy SDK: Client::getProviderCreditDetails(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: provider credits do not exist in API v2.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function getProviderCreditDetails(array $requestParameters = []);

        /**
         * Legacy SDK: Client::getProviderCreditReversalDetails(). Not available on API v2: answers an MWS
         * ErrorResponse UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing
         * pretends to succeed. Why: provider credits do not exist in API v2.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function getProviderCreditReversalDetails(array $requestParameters = []);

        /**
         * Legacy SDK: Client::reverseProviderCredit(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: provider credits do not exist in API v2.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function reverseProviderCredit(array $requestParameters = []);

        /**
         * Legacy SDK: Client::getMerchantAccountStatus(). Not available on API v2: answers an MWS ErrorResponse
         * UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing pretends to
         * succeed. Why: API v2 has no merchant account status operation.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function getMerchantAccountStatus(array $requestParameters = []);

        /**
         * Legacy SDK: Client::getMerchantNotificationConfiguration(). Not available on API v2: answers an MWS
         * ErrorResponse UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing
         * pretends to succeed. Why: v2 notification endpoints are set in Seller Central only.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function getMerchantNotificationConfiguration(array $requestParameters = []);

        /**
         * Legacy SDK: Client::setMerchantNotificationConfiguration(). Not available on API v2: answers an MWS
         * ErrorResponse UnsupportedOperation (HTTP 400, success false) that says why; nothing is sent and nothing
         * pretends to succeed. Why: v2 notification endpoints are set in Seller Central only.
         * @param array $requestParameters the legacy SDK's parameter array (keys case-insensitive; values trimmed;
         *   unknown keys ignored, as in the legacy SDK)
         * @return ResponseParser the UnsupportedOperation ErrorResponse
         */
        public function setMerchantNotificationConfiguration(array $requestParameters = []);
    }

    /**
     * \AmazonPay\Client of the legacy SDK 3.7 (also PayWithAmazon\Client): same constructor, methods, parameter
     * keys, response shapes and exception messages; the calls run on Amazon Pay API v2. Credentials:
     * public_key_id/private_key in the config, or amzpay.public_key_id/amzpay.private_key in php.ini.
     * amzpay.legacy_classes=0 leaves the names to the legacy SDK.
     * @not-serializable
     */
    class Client implements ClientInterface
    {
        /**
         * true when the last API call answered HTTP 200 (reset to false at the start of every call), as in the
         * legacy SDK.
         * @var bool
         */
        public $success = false;

        /**
         * Legacy SDK: new Client($config), a config array or the path of a JSON file, same keys (merchant_id,
         * access_key, secret_key, region us/de/uk/jp, currency_code, sandbox, client_id, proxy_*, ...) and the same
         * exception messages. amzpay adds public_key_id, private_key, private_key_passphrase, algorithm, endpoint
         * (the v2 credentials; php.ini amzpay.* when absent). The MWS keys are accepted and not used. Missing v2
         * credentials are reported at the first call, where the legacy SDK reported its region errors.
         * @param mixed $config the configuration array or JSON file path (never shown in messages or var_dump())
         * @throws \AmazonPay\Exception\ConfigurationException for an unknown key or a bad value, with the legacy
         *   message (a \Exception subclass, so legacy catch blocks still match)
         */
        public function __construct(#[\SensitiveParameter] mixed $config = null) {}

        /**
         * @inheritDoc
         * @return mixed
         */
        public function __get(mixed $name) {}

        /**
         * @inheritDoc
         * @return void
         */
        public function setSandbox(mixed $value) {}

        /**
         * @inheritDoc
         * @return void
         */
        public function setClientId(mixed $value) {}

        /**
         * @inheritDoc
         * @return void
         */
        public function setAppId(mixed $value) {}

        /**
         * @inheritDoc
         * @return void
         */
        public function setProxy(mixed $proxy) {}

        /**
         * @inheritDoc
         * @return void
         */
        public function setMwsServiceUrl(mixed $url) {}

        /**
         * @inheritDoc
         * @return string|null
         */
        public function getParameters() {}

        /**
         * Login with Amazon: tokeninfo (the token must belong to client_id or app_id), then the profile.
         * @param mixed $accessToken the Login with Amazon access token
         * @return array|null
         */
        public function getUserInfo(mixed $accessToken) {}

        /**
         * Any PSR-3-style logger (debug()/warning() or log()): v2 requests and answers at debug level,
         * redacted (no key, signature, buyer data, address or note); ledger warnings at warning level.
         * @param object|null $logger the logger, or null to stop logging
         * @return void
         */
        public function setLogger(?object $logger = null) {}

        /**
         * base64(HMAC-SHA256($stringToSign, $secretKey)), the legacy SDK's static MWS signing helper.
         * @param mixed $stringToSign the string to sign
         * @param mixed $secretKey the MWS secret key (never shown)
         * @return string
         */
        public static function getSignature(mixed $stringToSign, #[\SensitiveParameter] mixed $secretKey) {}

        /**
         * What var_dump()/print_r() show: $success and the config, with secret_key and private_key masked.
         * @return array
         */
        public function __debugInfo(): array {}

        /**
         * amzpay addition: the MWS key upgrade. Generates an RSA-2048 key pair, writes the private key to
         * $options['private_key_path'] (mode 0600, an existing file is never overwritten), registers the
         * public key with GetPublicKeyId signed by this config's merchant_id, access_key and secret_key, and
         * returns ['public_key_id', 'private_key_path', 'php_ini' (the lines to add)]. $options['endpoint']
         * sends the request elsewhere than Amazon (a test sandbox).
         * @param array $options private_key_path (required), endpoint (optional)
         * @return array
         */
        public function upgradeKeys(array $options = []) {}

        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getOrderReferenceDetails(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function listOrderReference(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function listOrderReferenceByNextToken(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function setOrderReferenceDetails(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function setOrderAttributes(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function confirmOrderReference(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function cancelOrderReference(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function closeOrderReference(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function closeAuthorization(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function authorize(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getAuthorizationDetails(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function capture(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getCaptureDetails(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function refund(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getRefundDetails(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getServiceStatus(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function createOrderReferenceForId(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getBillingAgreementDetails(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function setBillingAgreementDetails(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function confirmBillingAgreement(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function validateBillingAgreement(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function authorizeOnBillingAgreement(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function closeBillingAgreement(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function charge(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getProviderCreditDetails(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getProviderCreditReversalDetails(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function reverseProviderCredit(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getMerchantAccountStatus(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function getMerchantNotificationConfiguration(array $requestParameters = []) {}
        /**
         * @inheritDoc
         * @return ResponseParser
         */
        public function setMerchantNotificationConfiguration(array $requestParameters = []) {}
    }
}
