<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/** The received request, taken verbatim from the php -S globals. */
final class Request
{
    /** @param array<string, string> $headers lower-case name => value */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly string $query,
        public readonly array $headers,
        public readonly string $body,
        public readonly int $serverPort,
    ) {
    }

    public static function fromGlobals(): self
    {
        $uri = (string) ($_SERVER['REQUEST_URI'] ?? '/');
        $q = strpos($uri, '?');
        $headers = [];
        foreach (getallheaders() as $name => $value) {
            $headers[strtolower((string) $name)] = (string) $value;
        }
        return new self(
            strtoupper((string) ($_SERVER['REQUEST_METHOD'] ?? 'GET')),
            $q === false ? $uri : substr($uri, 0, $q),
            $q === false ? '' : substr($uri, $q + 1),
            $headers,
            (string) file_get_contents('php://input'),
            (int) ($_SERVER['SERVER_PORT'] ?? 0),
        );
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    /** @return array<string, string> decoded query parameters */
    public function queryParams(): array
    {
        parse_str($this->query, $params);
        return array_map(static fn ($v): string => is_string($v) ? $v : '', $params);
    }

    public function baseUrl(): string
    {
        return 'http://127.0.0.1:' . $this->serverPort;
    }
}
