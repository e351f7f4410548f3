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
         * POST v2/disputes
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createDispute($payload, $headers);

        /**
         * GET v2/disputes/{id}
         * @param mixed $disputeId
         * @param mixed $headers
         * @return array
         */
        public function getDispute($disputeId, $headers = null);

        /**
         * PATCH v2/disputes/{id}
         * @param mixed $disputeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateDispute($disputeId, $payload, $headers = null);

        /**
         * POST v2/disputes/{id}/contest
         * @param mixed $disputeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function contestDispute($disputeId, $payload, $headers = null);

        /**
         * POST v2/files
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function uploadFile($payload, $headers);
    }
}
