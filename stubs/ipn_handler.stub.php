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
        /**
         * Verifies an Amazon SNS notification (legacy IpnHandler constructor): the message-type header, the
         * mandatory fields, the signing certificate's URL, chain, dates and subject, and the signature
         * (SignatureVersion 1 or 2). Nothing in $ipnConfig can turn a check off.
         * @param array $headers the request headers (any case), as getallheaders() gives them
         * @param string $body the raw request body
         * @param array|null $ipnConfig legacy keys: cabundle_file, proxy_host, proxy_port, proxy_username, proxy_password
         * @param Client|null $client the configured client that reads the object of a v2 notification (else php.ini)
         * @throws \Exception with the legacy SDK's messages when verification fails
         */
        public function __construct(array $headers, string $body, ?array $ipnConfig = null, ?Client $client = null) {}

        /** @return mixed */
        public function returnMessage() {}

        /** @return string */
        public function toJson() {}

        /** @return array */
        public function toArray() {}

        /**
         * true when `$signature` (raw bytes) is the notification's signature by its signing certificate.
         * @param mixed $signature the raw signature bytes
         * @return bool
         */
        public function verifySignatureIsCorrectFromCertificate(mixed $signature) {}

        /**
         * true when a notification with this MessageId (or v2 NotificationId) was verified before.
         */
        public function isDuplicate(): bool {}

        /**
         * A legacy ipnConfig value by name.
         * @param mixed $name the config key
         * @return mixed
         * @throws \Exception for an unknown key, with the legacy message
         */
        public function __get(mixed $name) {}

        /**
         * Sets a legacy ipnConfig value; an unknown key throws with the legacy message.
         * @param mixed $name the config key
         * @param mixed $value its value
         * @return void
         */
        public function __set(mixed $name, mixed $value) {}

        /**
         * PSR-3 logger: receives the legacy debug lines (merchant id and notification type, no buyer data).
         * @param object|null $logger any object with log() or debug(); null turns logging off
         * @return void
         */
        public function setLogger(?object $logger = null) {}

        /**
         * What var_dump()/print_r() show: the notification and the config, with the proxy password masked.
         * @return array
         */
        public function __debugInfo(): array {}
    }
}
