<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace AmazonPay {
    /**
     * The response interface of the legacy Amazon Pay PHP SDK 3.7 (`AmazonPay\ResponseInterface`, also
     * registered as `PayWithAmazon\ResponseInterface`), unchanged, so shop code typed against it keeps working.
     */
    interface ResponseInterface
    {
        /**
         * The MWS XML body, exactly as received (or, for a bridged call, as the legacy SDK would have received it).
         * @return string
         */
        public function toXml();

        /**
         * The body as JSON, converted as the legacy SDK did (root element dropped, every value a string,
         * "ResponseStatus" appended).
         * @return string
         */
        public function toJson();

        /**
         * The body as a PHP array, converted as the legacy SDK did; "ResponseStatus" holds the HTTP status.
         * @return array
         */
        public function toArray();

        /**
         * The OrderReferenceStatus element of an MWS XML body (State, ReasonCode, LastUpdateTimestamp).
         * @param mixed $response the MWS XML, usually $parser->toXml()
         * @return array|null
         */
        public function getOrderReferenceDetailsStatus(mixed $response);

        /**
         * The BillingAgreementStatus element of an MWS XML body.
         * @param mixed $response the MWS XML, usually $parser->toXml()
         * @return array|null
         */
        public function getBillingAgreementDetailsStatus(mixed $response);
    }

    /**
     * `\AmazonPay\ResponseParser` of the legacy SDK 3.7 (also `PayWithAmazon\ResponseParser`): what every
     * `\AmazonPay\Client` call returns. It converts any MWS XML response like the legacy SDK did: the answers
     * amzpay builds from API v2 for bridged calls, and genuine MWS bodies a shop constructs it with.
     *
     * Differences from the legacy SDK: a body that is not XML throws
     * `\AmazonPay\Exception\ResponseException` from toArray()/toJson() (the legacy SDK died with "Call to a
     * member function addChild() on bool"); the status getters return null without the legacy "Undefined
     * variable" warning when the element is missing; getV2Error() is new.
     */
    class ResponseParser implements ResponseInterface
    {
        /**
         * ['Status' => int (the HTTP status), 'ResponseBody' => string (the MWS XML)], as in the legacy SDK;
         * a shop may set it. Never holds v2 secrets or headers.
         * @var array|null
         */
        public $response = null;

        /**
         * Legacy SDK: `new ResponseParser($response)`.
         * @param mixed $response ['Status' => int, 'ResponseBody' => string], or null for an empty parser
         */
        public function __construct(mixed $response = null) {}

        /**
         * The MWS XML body as a string (the legacy SDK's toXml()); works on any body, XML or not.
         * @return string
         */
        public function toXml() {}

        /**
         * The body as JSON, converted exactly as the legacy SDK's json_encode(SimpleXML) did: root element
         * dropped, every value a string, an empty element {}, one repeated child a scalar, two or more a list,
         * "ResponseStatus" (the HTTP status, a string) appended last.
         * @throws \AmazonPay\Exception\ResponseException when the body is not XML
         * @return string
         */
        public function toJson() {}

        /**
         * The body as a PHP array, converted as the legacy SDK did (as toJson(), with an empty element []).
         * Example: `$parser->toArray()['CaptureResult']['CaptureDetails']['CaptureStatus']['State']`.
         * @throws \AmazonPay\Exception\ResponseException when the body is not XML
         * @return array
         */
        public function toArray() {}

        /**
         * The children of the OrderReferenceStatus element of an MWS XML body, e.g.
         * ['LastUpdateTimestamp' => '...', 'ReasonCode' => '...', 'State' => 'Open']; null when the body has
         * none (an ErrorResponse) or is not a string. Used by the legacy charge() flow.
         * @param mixed $response the MWS XML, usually $parser->toXml()
         * @throws \AmazonPay\Exception\ResponseException when the string is not XML
         * @return array|null
         */
        public function getOrderReferenceDetailsStatus(mixed $response) {}

        /**
         * The children of the BillingAgreementStatus element of an MWS XML body; null when it has none.
         * @param mixed $response the MWS XML, usually $parser->toXml()
         * @throws \AmazonPay\Exception\ResponseException when the string is not XML
         * @return array|null
         */
        public function getBillingAgreementDetailsStatus(mixed $response) {}

        /**
         * amzpay addition: the v2 answer behind this legacy response, for logs and support tickets:
         * ['reasonCode' => ?string (v2 error reasonCode, or the v2 object's statusDetails reasonCode),
         *  'status' => int (v2 HTTP status), 'requestId' => ?string (x-amz-pay-request-id)];
         * null when no v2 request was made (local answers, parsers built by hand) or when v2 answered a plain
         * success without a reason code. No legacy or official SDK equivalent.
         */
        public function getV2Error(): ?array {}
    }
}
