<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace AmazonPay {
    /**
     * The public API of the legacy Amazon Pay PHP SDK 3.7.1 (MWS), answered by amzpay on Amazon Pay API v2.
     * Parameters are untyped where the legacy interface left them untyped, so shop subclasses stay compatible.
     */
    interface ClientInterface
    {
        /** @return mixed */
        public function __get(mixed $name);

        /** @return void */
        public function setSandbox(mixed $value);

        /** @return void */
        public function setClientId(mixed $value);

        /** @return void */
        public function setAppId(mixed $value);

        /** @return void */
        public function setProxy(mixed $proxy);

        /** @return void */
        public function setMwsServiceUrl(mixed $url);

        /** @return string|null */
        public function getParameters();

        /** @return array */
        public function getUserInfo(mixed $accessToken);

        /** @return ResponseParser */
        public function getOrderReferenceDetails(array $requestParameters = []);

        /** @return ResponseParser */
        public function listOrderReference(array $requestParameters = []);

        /** @return ResponseParser */
        public function listOrderReferenceByNextToken(array $requestParameters = []);

        /** @return ResponseParser */
        public function setOrderReferenceDetails(array $requestParameters = []);

        /** @return ResponseParser */
        public function setOrderAttributes(array $requestParameters = []);

        /** @return ResponseParser */
        public function confirmOrderReference(array $requestParameters = []);

        /** @return ResponseParser */
        public function cancelOrderReference(array $requestParameters = []);

        /** @return ResponseParser */
        public function closeOrderReference(array $requestParameters = []);

        /** @return ResponseParser */
        public function closeAuthorization(array $requestParameters = []);

        /** @return ResponseParser */
        public function authorize(array $requestParameters = []);

        /** @return ResponseParser */
        public function getAuthorizationDetails(array $requestParameters = []);

        /** @return ResponseParser */
        public function capture(array $requestParameters = []);

        /** @return ResponseParser */
        public function getCaptureDetails(array $requestParameters = []);

        /** @return ResponseParser */
        public function refund(array $requestParameters = []);

        /** @return ResponseParser */
        public function getRefundDetails(array $requestParameters = []);

        /** @return ResponseParser */
        public function getServiceStatus(array $requestParameters = []);

        /** @return ResponseParser */
        public function createOrderReferenceForId(array $requestParameters = []);

        /** @return ResponseParser */
        public function getBillingAgreementDetails(array $requestParameters = []);

        /** @return ResponseParser */
        public function setBillingAgreementDetails(array $requestParameters = []);

        /** @return ResponseParser */
        public function confirmBillingAgreement(array $requestParameters = []);

        /** @return ResponseParser */
        public function validateBillingAgreement(array $requestParameters = []);

        /** @return ResponseParser */
        public function authorizeOnBillingAgreement(array $requestParameters = []);

        /** @return ResponseParser */
        public function closeBillingAgreement(array $requestParameters = []);

        /** @return ResponseParser */
        public function charge(array $requestParameters = []);

        /** @return ResponseParser */
        public function getProviderCreditDetails(array $requestParameters = []);

        /** @return ResponseParser */
        public function getProviderCreditReversalDetails(array $requestParameters = []);

        /** @return ResponseParser */
        public function reverseProviderCredit(array $requestParameters = []);

        /** @return ResponseParser */
        public function getMerchantAccountStatus(array $requestParameters = []);

        /** @return ResponseParser */
        public function getMerchantNotificationConfiguration(array $requestParameters = []);

        /** @return ResponseParser */
        public function setMerchantNotificationConfiguration(array $requestParameters = []);
    }

    /**
     * \AmazonPay\Client of the legacy SDK: same constructor, methods, parameter keys, response shapes and
     * exception messages; the calls run on Amazon Pay API v2 (credentials: public_key_id/private_key in the
     * config or amzpay.* in php.ini).
     * @not-serializable
     */
    class Client implements ClientInterface
    {
        /** true when the last API call answered HTTP 200 (reset to false at the start of every call). */
        /** @var bool */
        public $success = false;

        public function __construct(#[\SensitiveParameter] mixed $config = null) {}

        /** @return mixed */
        public function __get(mixed $name) {}

        /** @return void */
        public function setSandbox(mixed $value) {}

        /** @return void */
        public function setClientId(mixed $value) {}

        /** @return void */
        public function setAppId(mixed $value) {}

        /** @return void */
        public function setProxy(mixed $proxy) {}

        /** @return void */
        public function setMwsServiceUrl(mixed $url) {}

        /**
         * The body of the last v2 request sent (JSON), or null.
         * @return string|null
         */
        public function getParameters() {}

        /**
         * Login with Amazon: tokeninfo (the token must belong to client_id or app_id), then the profile.
         * @return array|null
         */
        public function getUserInfo(mixed $accessToken) {}

        /**
         * Any PSR-3-style logger (debug()/warning() or log()): v2 requests and answers at debug level,
         * redacted (no key, signature, buyer data, address or note); ledger warnings at warning level.
         * @return void
         */
        public function setLogger(?object $logger = null) {}

        /**
         * base64(HMAC-SHA256(mixed $stringToSign, $secretKey)), as the legacy helper.
         * @return string
         */
        public static function getSignature(mixed $stringToSign, #[\SensitiveParameter] mixed $secretKey) {}

        public function __debugInfo(): array {}

        /**
         * amzpay addition: the MWS key upgrade. Generates an RSA-2048 key pair, writes the private key to
         * $options['private_key_path'] (mode 0600, an existing file is never overwritten), registers the
         * public key with GetPublicKeyId signed by this config's merchant_id, access_key and secret_key, and
         * returns ['public_key_id', 'private_key_path', 'php_ini' (the lines to add)]. $options['endpoint']
         * sends the request elsewhere than Amazon (a test sandbox).
         * @return array
         */
        public function upgradeKeys(array $options = []) {}

        /** @return ResponseParser */
        public function getOrderReferenceDetails(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function listOrderReference(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function listOrderReferenceByNextToken(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function setOrderReferenceDetails(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function setOrderAttributes(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function confirmOrderReference(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function cancelOrderReference(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function closeOrderReference(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function closeAuthorization(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function authorize(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function getAuthorizationDetails(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function capture(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function getCaptureDetails(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function refund(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function getRefundDetails(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function getServiceStatus(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function createOrderReferenceForId(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function getBillingAgreementDetails(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function setBillingAgreementDetails(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function confirmBillingAgreement(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function validateBillingAgreement(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function authorizeOnBillingAgreement(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function closeBillingAgreement(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function charge(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function getProviderCreditDetails(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function getProviderCreditReversalDetails(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function reverseProviderCredit(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function getMerchantAccountStatus(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function getMerchantNotificationConfiguration(array $requestParameters = []) {}
        /** @return ResponseParser */
        public function setMerchantNotificationConfiguration(array $requestParameters = []) {}
    }
}
