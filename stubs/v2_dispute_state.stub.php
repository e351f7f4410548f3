<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API\Constants {
    /** The official SDK's DisputeState values of the dispute API. */
    class DisputeState
    {
        /** @var string */
        public const UNDER_REVIEW = 'UnderReview';
        /** @var string */
        public const ACTION_REQUIRED = 'ActionRequired';
        /** @var string */
        public const RESOLVED = 'Resolved';
        /** @var string */
        public const CLOSED = 'Closed';
    }
}
