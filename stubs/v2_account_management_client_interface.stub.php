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
         * POST v2/merchantAccounts
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createMerchantAccount($payload, $headers);

        /**
         * PATCH v2/merchantAccounts/{id}
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateMerchantAccount($merchantAccountId, $payload, $headers);

        /**
         * POST v2/merchantAccounts/{id}/claim
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function claimMerchantAccount($merchantAccountId, $payload, $headers = null);

        /**
         * POST v2/merchantAccounts/{id}/stores
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function createStore($merchantAccountId, $payload, $headers);

        /**
         * PATCH v2/merchantAccounts/{id}/stores/{id2}
         * @param mixed $merchantAccountId
         * @param mixed $storeId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateStore($merchantAccountId, $storeId, $payload, $headers);
    }
}
