<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API\Constants {
    /** The official SDK's EvidenceType values of the dispute API. */
    class EvidenceType
    {
        /** @var string */
        public const PRODUCT_DESCRIPTION = 'ProductDescription';
        /** @var string */
        public const RECEIPT = 'Receipt';
        /** @var string */
        public const CANCELLATION_POLICY = 'CancellationPolicy';
        /** @var string */
        public const CUSTOMER_SIGNATURE = 'CustomerSignature';
        /** @var string */
        public const TRACKING_NUMBER = 'TrackingNumber';
        /** @var string */
        public const CARRIER_NAME = 'CarrierName';
        /** @var string */
        public const DEVICE_ID = 'DeviceId';
        /** @var string */
        public const DEVICE_NAME = 'DeviceName';
        /** @var string */
        public const DOWNLOAD_DATE_TIME = 'DownloadDateTime';
        /** @var string */
        public const OTHER = 'Other';
    }
}
