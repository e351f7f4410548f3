<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/** A successful API answer: HTTP status, JSON body, and the id of the object it is about. */
final class Result
{
    public function __construct(
        public readonly int $status,
        public readonly array $body,
        public readonly ?string $objectId = null,
    ) {
    }
}
