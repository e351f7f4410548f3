<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace AmazonPay\Exception {
    /** Marker interface implemented by every exception amzpay throws. */
    interface AmazonPayException extends \Throwable {}

    /** A client configuration (constructor array, php.ini) that cannot work: region, algorithm, endpoint, key id. */
    class ConfigurationException extends \InvalidArgumentException implements AmazonPayException {}

    /** A call argument of the wrong type or value; nothing was sent. */
    class InvalidArgumentException extends \InvalidArgumentException implements AmazonPayException {}

    /** The private key cannot be read, parsed or decrypted. The message never contains key material. */
    class KeyException extends \RuntimeException implements AmazonPayException {}

    /** OpenSSL failed while signing. */
    class SignatureException extends \RuntimeException implements AmazonPayException {}

    /**
     * No HTTP response was received (connection, DNS, proxy). When a request carrying money may have reached
     * Amazon, getMessage() says so and names the idempotency key to retry with.
     */
    class TransportException extends \RuntimeException implements AmazonPayException
    {
        /** The idempotency key of the failed request, or null for requests without one. */
        public readonly ?string $idempotencyKey;
        /** true when the request may have been processed by the server (retry with the same key, or read the object). */
        public readonly bool $outcomeUnknown;
    }

    /** The connect or total timeout elapsed. */
    final class TimeoutException extends TransportException {}

    /** TLS verification failed (certificate, CA bundle, hostname). No request body was sent. */
    final class TlsException extends TransportException {}

    /** A response body that is not the JSON or XML it should be. */
    class ResponseException extends \UnexpectedValueException implements AmazonPayException {}
}
