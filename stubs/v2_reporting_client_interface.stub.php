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
         * GET v2/reports
         * @param mixed $queryParameters
         * @param mixed $headers
         * @return array
         */
        public function getReports($queryParameters = null, $headers = null);

        /**
         * GET v2/reports/{id}
         * @param mixed $reportId
         * @param mixed $headers
         * @return array
         */
        public function getReportById($reportId, $headers = null);

        /**
         * GET v2/report-documents/{id}
         * @param mixed $reportDocumentId
         * @param mixed $headers
         * @return array
         */
        public function getReportDocument($reportDocumentId, $headers = null);

        /**
         * GET v2/report-schedules
         * @param mixed $reportTypes
         * @param mixed $headers
         * @return array
         */
        public function getReportSchedules($reportTypes = null, $headers = null);

        /**
         * GET v2/report-schedules/{id}
         * @param mixed $reportScheduleId
         * @param mixed $headers
         * @return array
         */
        public function getReportScheduleById($reportScheduleId, $headers = null);

        /**
         * POST v2/reports
         * @param mixed $requestPayload
         * @param mixed $headers
         * @return array
         */
        public function createReport($requestPayload, $headers = null);

        /**
         * POST v2/report-schedules
         * @param mixed $requestPayload
         * @param mixed $headers
         * @return array
         */
        public function createReportSchedule($requestPayload, $headers = null);

        /**
         * DELETE v2/report-schedules/{id}
         * @param mixed $reportScheduleId
         * @param mixed $headers
         * @return array
         */
        public function cancelReportSchedule($reportScheduleId, $headers = null);

        /**
         * GET v2/disbursements
         * @param mixed $queryParameters
         * @param mixed $headers
         * @return array
         */
        public function getDisbursements($queryParameters, $headers = null);
    }
}
