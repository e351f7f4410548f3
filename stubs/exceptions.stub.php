<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace AmazonPay\Exception {
    /**
     * Marker interface implemented by every exception amzpay throws, whatever its SPL parent:
     * `catch (\AmazonPay\Exception\AmazonPayException $e)` catches all of them.
     *
     * Legacy SDK: threw plain `\Exception` (and `\InvalidArgumentException` for some call arguments); every
     * amzpay exception extends an `\Exception` subclass, so `catch (\Exception $e)` in a legacy shop keeps
     * catching what it caught before, with the same messages where the legacy SDK had one.
     * Official v2 SDK: threw plain `\Exception`; the same `catch (\Exception $e)` works.
     */
    interface AmazonPayException extends \Throwable {}

    /**
     * A client configuration that cannot work, from the constructor array or php.ini: unknown or missing
     * region, algorithm, endpoint (only https://, or http:// to a loopback address), public key id, an
     * unknown config key, a value of the wrong type. Thrown before any request is sent: by the v2
     * constructor, and by the legacy client where the legacy SDK raised its configuration errors.
     *
     * Legacy SDK: `\Exception` with the same message (e.g. "eu is not a valid region"); where the legacy SDK
     * threw a plain `\Exception` whose exact class shops test for (setSandbox() with a non-boolean), amzpay
     * keeps the plain `\Exception`. Official v2 SDK: `\Exception` at the first signing.
     */
    class ConfigurationException extends \InvalidArgumentException implements AmazonPayException {}

    /**
     * A call argument of the wrong type or value: a header value with CR, LF or NUL, a payload that cannot be
     * encoded as JSON, a malformed amount. Nothing was sent, so retrying the same call fails the same way; fix
     * the argument. (Unsafe ids are answered like the API would, with an error result, as the SDKs expect.)
     *
     * Legacy SDK: `\InvalidArgumentException` / `\Exception` for the few checks it had (booleans, arrays);
     * official v2 SDK: none (bad input reached the network).
     */
    class InvalidArgumentException extends \InvalidArgumentException implements AmazonPayException {}

    /**
     * The private key cannot be read, parsed or decrypted: missing file, not PEM, not RSA, wrong or missing
     * passphrase. The message names the cause and the file, never key material or the passphrase.
     * Thrown by the constructor (keys are loaded there) or the first call that signs.
     *
     * Official v2 SDK: a phpseclib `\Exception` at the first request. Legacy SDK: not applicable (no v2 key).
     */
    class KeyException extends \RuntimeException implements AmazonPayException {}

    /**
     * OpenSSL failed while signing a request (out of memory, a broken OpenSSL provider). Nothing was sent.
     * Official v2 SDK equivalent: a phpseclib `\Exception`.
     */
    class SignatureException extends \RuntimeException implements AmazonPayException {}

    /**
     * No usable HTTP response was received after the retries the settings allow: connection refused or
     * reset, DNS failure, proxy error; for the legacy client also HTTP 500/503 still failing after its
     * retries (the legacy "Maximum number of retry attempts" message). Subclasses: TimeoutException,
     * TlsException.
     *
     * When a request that moves money may have reached Amazon (the connection broke after the body was
     * sent), $outcomeUnknown is true and getMessage() says so and names the idempotency key: retry the same
     * call with that key (Amazon answers a repeated key with the first result, never charging twice) or
     * read the object before deciding.
     *
     * Legacy SDK: `\Exception('Unable to post request, underlying exception of ...')`, the same message start.
     * Official v2 SDK: `\Exception('Unable to send request, underlying exception of ...')`.
     */
    class TransportException extends \RuntimeException implements AmazonPayException
    {
        /**
         * The x-amz-pay-idempotency-key the failed request carried (the caller's, or the one amzpay
         * generated for a POST without one): the key to retry with. null for requests without one (GET).
         */
        public readonly ?string $idempotencyKey;
        /**
         * true when the request may have been processed by Amazon (it was sent, the answer was lost):
         * retry with $idempotencyKey or read the object first. false when nothing was processed for sure
         * (the connection failed before the request was sent), so a retry is always safe.
         */
        public readonly bool $outcomeUnknown;
    }

    /**
     * The connect timeout (connect_timeout_ms, amzpay.connect_timeout_ms, default 5 s) or the total timeout
     * of the call including its retries (timeout_ms, amzpay.timeout_ms, default 30 s) elapsed.
     * $outcomeUnknown tells whether the request may have been processed. Neither SDK had a total timeout.
     */
    final class TimeoutException extends TransportException {}

    /**
     * TLS verification failed: untrusted or expired certificate, CA bundle (cabundle, amzpay.cabundle)
     * unreadable, host name mismatch. Verification is never turned off. The handshake failed before the
     * request was sent, so $outcomeUnknown is false.
     *
     * Legacy SDK: `\Exception('Unable to post request, underlying exception of SSL certificate problem ...')`.
     */
    final class TlsException extends TransportException {}

    /**
     * A response body that is not the JSON or XML it should be (a proxy's HTML error page, a cut-off body),
     * or ResponseParser::toArray()/toJson() on a body that is not XML. The HTTP call itself completed:
     * for a POST, read the object before retrying.
     */
    class ResponseException extends \UnexpectedValueException implements AmazonPayException {}
}
