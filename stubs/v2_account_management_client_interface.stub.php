<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /** The account and store management methods of the official SDK. */
    interface AccountManagementClientInterface
    {
        /**
         * POST v2/merchantAccounts: solution providers: creates a merchant account. Idempotent: amzpay adds an
         * x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK:
         * Client::createMerchantAccount(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function createMerchantAccount($payload, $headers);

        /**
         * PATCH v2/merchantAccounts/{merchantAccountId}: solution providers: updates a merchant account. Official
         * SDK: Client::updateMerchantAccount(), same arguments and result.
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
        public function updateMerchantAccount($merchantAccountId, $payload, $headers);

        /**
         * POST v2/merchantAccounts/{merchantAccountId}/claim: solution providers: lets the merchant claim a created
         * account. Idempotent: amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep it.
         * Official SDK: Client::claimMerchantAccount(), same arguments and result.
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
        public function claimMerchantAccount($merchantAccountId, $payload, $headers = null);

        /**
         * POST v2/merchantAccounts/{merchantAccountId}/stores: creates a store of a merchant account. Idempotent:
         * amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK:
         * Client::createStore(), same arguments and result.
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
        public function createStore($merchantAccountId, $payload, $headers);

        /**
         * PATCH v2/merchantAccounts/{merchantAccountId}/stores/{storeId}: updates a store of a merchant account.
         * Official SDK: Client::updateStore(), same arguments and result.
         * @param string $merchantAccountId the merchant account id
         * @param string $storeId the store id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function updateStore($merchantAccountId, $storeId, $payload, $headers);
    }
}
