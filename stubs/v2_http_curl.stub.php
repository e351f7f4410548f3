<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace Amazon\Pay\API {
    /**
     * The official SDK's transport: sends pre-signed header lines and retries 408/425/429/5xx like it.
     * @not-serializable
     */
    class HttpCurl
    {
        /** @var int */
        const MAX_ERROR_RETRY = 3;

        /**
         * $proxyConfig: ['host' => ..., 'port' => ..., 'username' => ..., 'password' => ...]
         * @param mixed $proxyConfig
         */
        public function __construct(#[\SensitiveParameter] $proxyConfig = []) {}

        /**
         * Sends one request with the given header lines; returns the official result array.
         * @param mixed $method
         * @param mixed $url
         * @param mixed $payload
         * @param mixed $postSignedHeaders
         * @return array
         */
        public function invokeCurl($method, $url, $payload, $postSignedHeaders) {}

        /**
         * What var_dump()/print_r() show of the transport; the proxy password is never shown.
         * @return array
         */
        public function __debugInfo(): array {}
    }
}
