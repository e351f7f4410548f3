<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/** A response about to be sent. */
final class Response
{
    /** @param array<string, string> $headers */
    public function __construct(
        public int $status,
        public string $body,
        public array $headers = [],
    ) {
    }

    public static function json(int $status, mixed $data, array $headers = []): self
    {
        $json = json_encode($data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
        return new self($status, $json, ['Content-Type' => 'application/json'] + $headers);
    }

    public static function error(ApiError $e): self
    {
        return self::json($e->status, $e->body());
    }

    public function send(string $requestId): void
    {
        header_remove('X-Powered-By');
        http_response_code($this->status);
        header('x-amz-pay-request-id: ' . $requestId);
        foreach ($this->headers as $name => $value) {
            header("$name: $value");
        }
        echo $this->body;
    }
}
