<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /** The reporting and disbursement methods of the official SDK. */
    interface ReportingClientInterface
    {
        /**
         * GET v2/reports: lists reports (filter by reportTypes, processingStatus, createdSince/Until in the query).
         * Official SDK: Client::getReports(), same arguments and result.
         * @param array|null $queryParameters query parameters ['name' => 'value'], encoded as the SDK does
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getReports($queryParameters = null, $headers = null);

        /**
         * GET v2/reports/{reportId}: reads one report and its processing status. Official SDK:
         * Client::getReportById(), same arguments and result.
         * @param string $reportId the report id
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getReportById($reportId, $headers = null);

        /**
         * GET v2/report-documents/{reportDocumentId}: reads a report document (its download URL). Official SDK:
         * Client::getReportDocument(), same arguments and result.
         * @param string $reportDocumentId the report document id
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getReportDocument($reportDocumentId, $headers = null);

        /**
         * GET v2/report-schedules: lists report schedules, optionally of some report types. Official SDK:
         * Client::getReportSchedules(), same arguments and result.
         * @param array|string|null $reportTypes report types to list: an array, or a comma-separated string
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getReportSchedules($reportTypes = null, $headers = null);

        /**
         * GET v2/report-schedules/{reportScheduleId}: reads one report schedule. Official SDK:
         * Client::getReportScheduleById(), same arguments and result.
         * @param string $reportScheduleId the report schedule id
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getReportScheduleById($reportScheduleId, $headers = null);

        /**
         * POST v2/reports: requests a report (reportType, startTime, endTime). Idempotent: amzpay adds an
         * x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK: Client::createReport(),
         * same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         * @param mixed $requestPayload
         */
        public function createReport($requestPayload, $headers = null);

        /**
         * POST v2/report-schedules: creates a report schedule (reportType, scheduleFrequency). Idempotent: amzpay
         * adds an x-amz-pay-idempotency-key when $headers has none; retries keep it. Official SDK:
         * Client::createReportSchedule(), same arguments and result.
         * @param array|string|null $payload the body: an array (JSON-encoded) or a JSON string, sent as is
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         * @param mixed $requestPayload
         */
        public function createReportSchedule($requestPayload, $headers = null);

        /**
         * DELETE v2/report-schedules/{reportScheduleId}: cancels a report schedule. Official SDK:
         * Client::cancelReportSchedule(), same arguments and result.
         * @param string $reportScheduleId the report schedule id
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function cancelReportSchedule($reportScheduleId, $headers = null);

        /**
         * GET v2/disbursements: lists disbursements (startTime, endTime, pageSize, nextToken in the query).
         * Official SDK: Client::getDisbursements(), same arguments and result.
         * @param array|null $queryParameters query parameters ['name' => 'value'], encoded as the SDK does
         * @param array|null $headers extra headers ['name' => 'value'], e.g. x-amz-pay-idempotency-key
         * @return array the SDK's result array (keys: see ClientInterface); 'status' and 'response' (the JSON body)
         *   hold Amazon's answer. API errors are returned, not thrown, as in the SDK; an unsafe id (with '/', '..',
         *   '?', whitespace, ...) is not sent and answers status 400 InvalidParameterValue.
         * @throws \AmazonPay\Exception\InvalidArgumentException for an unsafe header (CR, LF, NUL, invalid UTF-8)
         *   or payload; nothing sent
         * @throws \AmazonPay\Exception\TransportException when no response came after the retries
         */
        public function getDisbursements($queryParameters, $headers = null);
    }
}
