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
         * POST v2/merchantAccounts
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function registerAmazonPayAccount($payload, $headers = null);

        /**
         * PATCH v2/merchantAccounts/{id}
         * @param mixed $merchantAccountId
         * @param mixed $payload
         * @param mixed $headers
         * @return array
         */
        public function updateAmazonPayAccount($merchantAccountId, $payload, $headers = null);

        /**
         * DELETE v2/merchantAccounts/{id}
         * @param mixed $merchantAccountId
         * @param mixed $headers
         * @return array
         */
        public function deleteAmazonPayAccount($merchantAccountId, $headers = null);
    }
}
