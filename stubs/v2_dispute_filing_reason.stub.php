<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API\Constants {
    /** The official SDK's DisputeFilingReason values of the dispute API. */
    class DisputeFilingReason
    {
        /** @var string */
        public const PRODUCT_NOT_RECEIVED = 'ProductNotReceived';
        /** @var string */
        public const PRODUCT_UNACCEPTABLE = 'ProductUnacceptable';
        /** @var string */
        public const PRODUCT_NO_LONGER_NEEDED = 'ProductNoLongerNeeded';
        /** @var string */
        public const CREDIT_NOT_PROCESSED = 'CreditNotProcessed';
        /** @var string */
        public const OVERCHARGED = 'Overcharged';
        /** @var string */
        public const DUPLICATE_CHARGE = 'DuplicateCharge';
        /** @var string */
        public const SUBSCRIPTION_CANCELLED = 'SubscriptionCancelled';
        /** @var string */
        public const UNRECOGNIZED = 'Unrecognized';
        /** @var string */
        public const FRAUDULENT = 'Fraudulent';
        /** @var string */
        public const OTHER = 'Other';
    }
}
