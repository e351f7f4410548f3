<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace AmazonPay {
    interface ResponseInterface
    {
        /** @return string */
        public function toXml();

        /** @return string */
        public function toJson();

        /** @return array */
        public function toArray();

        /** @return array|null */
        public function getOrderReferenceDetailsStatus(mixed $response);

        /** @return array|null */
        public function getBillingAgreementDetailsStatus(mixed $response);
    }

    /** \AmazonPay\ResponseParser of the legacy SDK: converts any MWS XML response like the legacy SDK did. */
    class ResponseParser implements ResponseInterface
    {
        /** ['Status' => int, 'ResponseBody' => string] */
        /** @var array|null */
        public $response = null;

        public function __construct(mixed $response = null) {}

        /** @return string */
        public function toXml() {}

        /**
         * @throws \AmazonPay\Exception\ResponseException when the body is not XML
         * @return string
         */
        public function toJson() {}

        /**
         * @throws \AmazonPay\Exception\ResponseException when the body is not XML
         * @return array
         */
        public function toArray() {}

        /** @return array|null */
        public function getOrderReferenceDetailsStatus(mixed $response) {}

        /** @return array|null */
        public function getBillingAgreementDetailsStatus(mixed $response) {}

        /**
         * amzpay addition: the v2 answer behind this legacy response, for logs and support tickets:
         * ['reasonCode' => ?string (v2 error reasonCode, or the v2 object's statusDetails reasonCode),
         *  'status' => int (v2 HTTP status), 'requestId' => ?string (x-amz-pay-request-id)];
         * null when no v2 request was made (local answers, parsers built by hand) or when v2 answered a plain
         * success without a reason code.
         */
        public function getV2Error(): ?array {}
    }
}
