<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace AmazonPay {
    /** The legacy SDK's IPN handler interface. */
    interface IpnHandlerInterface
    {
        /** @return mixed */
        public function returnMessage();

        /** @return string */
        public function toJson();

        /** @return array */
        public function toArray();
    }

    /**
     * \AmazonPay\IpnHandler of the legacy SDK: the constructor verifies an Amazon SNS notification (header,
     * fields, certificate URL, certificate chain, subject, SignatureVersion 1 or 2) and throws on any failure.
     * v1 notifications answer as before; v2 notifications are answered in the legacy shape with the state read
     * from Amazon Pay.
     * @not-serializable
     */
    class IpnHandler implements IpnHandlerInterface
    {
        public function __construct(array $headers, string $body, ?array $ipnConfig = null, ?Client $client = null) {}

        /** @return mixed */
        public function returnMessage() {}

        /** @return string */
        public function toJson() {}

        /** @return array */
        public function toArray() {}

        /**
         * true when `$signature` (raw bytes) is the notification's signature by its signing certificate.
         * @return bool
         */
        public function verifySignatureIsCorrectFromCertificate(mixed $signature) {}

        /**
         * true when a notification with this MessageId (or v2 NotificationId) was verified before.
         */
        public function isDuplicate(): bool {}

        /** @return mixed */
        public function __get(mixed $name) {}

        /** @return void */
        public function __set(mixed $name, mixed $value) {}

        /**
         * PSR-3 logger: receives the legacy debug lines (merchant id and notification type, no buyer data).
         * @return void
         */
        public function setLogger(?object $logger = null) {}

        public function __debugInfo(): array {}
    }
}
