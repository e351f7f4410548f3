<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API\Constants {
    /** The official SDK's DisputeReasonCode values of the dispute API. */
    class DisputeReasonCode
    {
        /** @var string */
        public const MERCHANT_RESPONSE_REQUIRED = 'MerchantResponseRequired';
        /** @var string */
        public const MERCHANT_ADDITIONAL_EVIDENCES_REQUIRED = 'MerchantAdditionalEvidencesRequired';
        /** @var string */
        public const BUYER_ADDITIONAL_EVIDENCES_REQUIRED = 'BuyerAdditionalEvidencesRequired';
        /** @var string */
        public const MERCHANT_ACCEPTED_DISPUTE = 'MerchantAcceptedDispute';
        /** @var string */
        public const MERCHANT_RESPONSE_DEADLINE_EXPIRED = 'MerchantResponseDeadlineExpired';
        /** @var string */
        public const BUYER_CANCELLED = 'BuyerCancelled';
        /** @var string */
        public const INVESTIGATOR_RESOLVED = 'InvestigatorResolved';
        /** @var string */
        public const AUTO_RESOLVED = 'AutoResolved';
        /** @var string */
        public const CHARGEBACK_FILED = 'ChargebackFiled';
    }
}
