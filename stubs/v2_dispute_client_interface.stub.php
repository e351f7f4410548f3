<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /** The dispute and file methods of the official SDK. */
    interface DisputeClientInterface
    {
        /**
         * POST v2/disputes: solution providers: reports a dispute (chargeback) to Amazon Pay. Idempotent: amzpay
         * adds an x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK:
         * Client::createDispute(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function createDispute($payload, $headers);

        /**
         * GET v2/disputes/{disputeId}: reads a dispute. Official SDK: Client::getDispute(), same arguments and
         * result.
         * @param string $disputeId the dispute id
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getDispute($disputeId, $headers = null);

        /**
         * PATCH v2/disputes/{disputeId}: updates a dispute (status, resolution). Official SDK:
         * Client::updateDispute(), same arguments and result.
         * @param string $disputeId the dispute id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function updateDispute($disputeId, $payload, $headers = null);

        /**
         * POST v2/disputes/{disputeId}/contest: contests a dispute with evidence (uploaded file ids). Idempotent:
         * amzpay adds an x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK:
         * Client::contestDispute(), same arguments and result.
         * @param string $disputeId the dispute id
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function contestDispute($disputeId, $payload, $headers = null);

        /**
         * POST v2/files: uploads a file (dispute evidence). Idempotent: amzpay adds an x-amz-pay-idempotency-key
         * when $headers has none; retries keep it. Official SDK: Client::uploadFile(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function uploadFile($payload, $headers);
    }
}
