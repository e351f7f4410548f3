<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /** The merchant onboarding methods of the official SDK. */
    interface MerchantOnboardingClientInterface
    {
        /**
         * POST v2/merchantAccounts: solution providers: registers a merchant account (the SDK's older name of
         * createMerchantAccount). Idempotent: amzpay adds an x-amz-pay-idempotency-key when $headers has none;
         * retries keep it. Official SDK: Client::registerAmazonPayAccount(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function registerAmazonPayAccount($payload, $headers = null);

        /**
         * PATCH v2/merchantAccounts/{merchantAccountId}: solution providers: updates a merchant account (older name
         * of updateMerchantAccount). Official SDK: Client::updateAmazonPayAccount(), same arguments and result.
         * @param string $merchantAccountId the merchant account id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function updateAmazonPayAccount($merchantAccountId, $payload, $headers = null);

        /**
         * DELETE v2/merchantAccounts/{merchantAccountId}: solution providers: deletes a merchant account
         * registration. Official SDK: Client::deleteAmazonPayAccount(), same arguments and result.
         * @param string $merchantAccountId the merchant account id
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function deleteAmazonPayAccount($merchantAccountId, $headers = null);
    }
}
