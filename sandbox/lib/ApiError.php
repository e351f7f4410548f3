<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * An API-level refusal: rendered as {"reasonCode": ..., "message": ...} with an HTTP status.
 */
final class ApiError extends \RuntimeException
{
    public function __construct(
        public readonly int $status,
        public readonly string $reasonCode,
        string $message,
    ) {
        parent::__construct($message);
    }

    public function body(): array
    {
        return ['reasonCode' => $this->reasonCode, 'message' => $this->getMessage()];
    }

    public static function notFound(string $what = 'resource'): self
    {
        return new self(404, 'ResourceNotFound', "The requested $what was not found.");
    }

    public static function invalidValue(string $field, string $detail = ''): self
    {
        $message = "The value provided for [$field] is invalid.";
        return new self(400, 'InvalidParameterValue', $detail === '' ? $message : "$message $detail");
    }

    public static function missing(string $field): self
    {
        return new self(400, 'MissingParameterValue', "The mandatory field [$field] is missing.");
    }

    public static function unrecognized(string $field): self
    {
        return new self(400, 'UnrecognizedField', "The field [$field] is not recognized.");
    }

    public static function chargeStatus(string $state): self
    {
        return new self(422, 'InvalidChargeStatus',
            "Operation on a Charge is in a state where the operation cannot be called. Current state: $state.");
    }

    public static function permissionStatus(string $state): self
    {
        return new self(422, 'InvalidChargePermissionStatus',
            "Operation on a ChargePermission object is in a state where the operation cannot be called. Current state: $state.");
    }

    public static function sessionStatus(string $state): self
    {
        return new self(422, 'InvalidCheckoutSessionStatus',
            "Operation on Checkout Session is in a state where the operation is not allowed. Current state: $state.");
    }

    public static function amountExceeded(string $detail): self
    {
        return new self(400, 'TransactionAmountExceeded', $detail);
    }

    public static function countExceeded(string $detail): self
    {
        return new self(422, 'TransactionCountExceeded',
            "Number of authorizations, captures or refunds has exceeded allowed limits. $detail");
    }

    public static function currencyMismatch(string $expected, string $given): self
    {
        return new self(400, 'CurrencyMismatch',
            "The currency [$given] does not match the currency of the transaction [$expected].");
    }
}
