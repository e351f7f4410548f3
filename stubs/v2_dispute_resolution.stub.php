<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API\Constants {
    /** The official SDK's DisputeResolution values of the dispute API. */
    class DisputeResolution
    {
        /** @var string */
        public const BUYER_WON = 'BuyerWon';
        /** @var string */
        public const MERCHANT_WON = 'MerchantWon';
        /** @var string */
        public const NO_FAULT = 'NoFault';
    }
}
