<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Switches for behaviours the specification marks (cfg). Stored in meta 'config' as overrides of DEFAULTS.
 */
final class Config
{
    public const DEFAULTS = [
        // x-amz-pay-date may differ from real time by at most this much
        'clockSkewSeconds' => 900,
        // simulated seconds before AuthorizationInitiated / CaptureInitiated settle
        'asyncDelaySeconds' => 30,
        // simulated seconds before RefundInitiated settles
        'refundDelaySeconds' => 30,
        // true: a charge's refundedAmount already counts RefundInitiated refunds
        'refundedAmountOnInitiation' => false,
        // true: open (uncaptured) authorizations also reduce a permission's amountBalance
        'authorizationsReduceBalance' => false,
        // requests per second per public key id before 429; 0 = off
        'throttleRate' => 0,
        // reasonCode of a throttled request (throttleRate, or a 429 fault without its own reasonCode)
        'throttleReasonCode' => 'TooManyRequests',
        // reasonCode for a POST without x-amz-pay-idempotency-key (MissingHeader | MissingHeaderValue)
        'missingIdempotencyKeyCode' => 'MissingHeader',
        // HTTP status of CheckoutSessionCanceled (422 or 400)
        'checkoutSessionCanceledStatus' => 422,
        // true: any decimal point in a JPY amount is refused (e.g. "100.0")
        'strictJpyDecimals' => true,
        // x-amz-pay-simulation-code on a live request: "ignore" or "reject"
        'simulationOnLive' => 'ignore',
        // closing an already Closed permission: "error" (422) or "ok" (200, unchanged)
        'closeClosedPermission' => 'error',
        // softDescriptor on Create Charge without captureNow=true -> 400 InvalidParameterCombination
        'softDescriptorRequiresCaptureNow' => true,
        // non-ledger currency in na/jp: "CurrencyMismatch" or "InvalidParameterValue"
        'nonLedgerCurrencyCode' => 'CurrencyMismatch',
        // reasonCode a full capture closes a one-time permission with
        'fullyCapturedReason' => 'AmazonClosed',
        // NonChargeable reason after a HardDeclined charge (empty: permission stays Chargeable)
        'hardDeclinedPermissionReason' => 'PaymentMethodInvalid',
        // Closed reason after an AmazonRejected charge (empty: permission stays Chargeable)
        'amazonRejectedPermissionReason' => 'AmazonCanceled',
        // reasonCode for the 26th charge on a one-time permission
        'chargeCountExceededCode' => 'TransactionCountExceeded',
        'maxChargesPerPermission' => 25,
        'maxRefundsPerCharge' => 10,
        // store and replay 4xx answers under an idempotency key (5xx and 429 are never stored)
        'idempotencyReplayErrors' => true,
        // idempotency keys are unique per "merchant" account and environment, or per "publicKeyId"
        'idempotencyScope' => 'merchant',
        // the simulation code is part of what must match for a replay (else DuplicateIdempotencyKey)
        'idempotencyFingerprintSimulation' => true,
        // response shapes: "current" (today's API) or "strict-nulls" (also the nulls of older recorded answers)
        'responseProfile' => 'current',
        // IPNs also for changes the API answer itself reports (e.g. Authorized on Create Charge)
        'ipnOnSynchronousChanges' => false,
        // store name in the default refund softDescriptor of the strict-nulls profile ("AMZ*<name>")
        'merchantStoreName' => 'AmzPaySandbox',
        // Recurring permissions: monthly limit per currency (major units)
        'recurringMonthlyLimits' => ['USD' => 1000, 'EUR' => 1000, 'GBP' => 1000, 'JPY' => 100000],
        // PaymentMethodOnFile permissions: monthly limit per currency (major units)
        'savedWalletMonthlyLimits' => [
            'USD' => 15000, 'EUR' => 15000, 'GBP' => 15000, 'CHF' => 15000, 'AUD' => 15000, 'NZD' => 15000,
            'DKK' => 150000, 'HKD' => 150000, 'NOK' => 150000, 'SEK' => 150000, 'ZAR' => 150000, 'JPY' => 2000000,
        ],
        // a new checkout session already has a signed-in test buyer (BuyerNotAssociated is then never listed)
        'autoBuyer' => true,
        // test card of the automatic buyer and of control-API permissions: 1111 3064 3434 0701 4354
        'defaultPaymentMethod' => '1111',
        // IPN: real seconds between attempts after a failed delivery; attempts = count + 1
        'ipnRetrySchedule' => [10, 60, 300, 3600, 3600, 3600],
        // IPN: deliver every notification twice (to exercise the receiver's dedupe)
        'ipnDuplicates' => false,
        'ipnTimeoutMs' => 3000,
        // MerchantID in IPN messages
        'merchantId' => 'A2AMZPAYSANDBOX1',
        // true: a charge declined synchronously is stored (GET-able) in state Declined
        'persistDeclinedCharges' => true,
    ];

    /** Switches whose value is one of a fixed set. */
    private const CHOICES = [
        'throttleReasonCode' => ['TooManyRequests', 'RequestThrottled'],
        'idempotencyScope' => ['merchant', 'publicKeyId'],
        'responseProfile' => ['current', 'strict-nulls'],
        'missingIdempotencyKeyCode' => ['MissingHeader', 'MissingHeaderValue'],
        'simulationOnLive' => ['ignore', 'reject'],
        'closeClosedPermission' => ['error', 'ok'],
    ];

    private function __construct(private readonly array $values)
    {
    }

    public static function load(Store $store): self
    {
        $overrides = json_decode($store->meta('config') ?? '{}', true) ?: [];
        return new self(array_replace(self::DEFAULTS, $overrides));
    }

    public function get(string $name): mixed
    {
        if (!array_key_exists($name, $this->values)) {
            throw new \LogicException("unknown config $name");
        }
        return $this->values[$name];
    }

    public function int(string $name): int
    {
        return (int) $this->get($name);
    }

    public function bool(string $name): bool
    {
        return (bool) $this->get($name);
    }

    /** True under responseProfile "strict-nulls". */
    public function strictNulls(): bool
    {
        return $this->values['responseProfile'] === 'strict-nulls';
    }

    public function all(): array
    {
        return $this->values;
    }

    /** Validates a patch against the defaults' types and stores it. */
    public static function update(Store $store, array $patch): self
    {
        $overrides = json_decode($store->meta('config') ?? '{}', true) ?: [];
        foreach ($patch as $name => $value) {
            if (!array_key_exists($name, self::DEFAULTS)) {
                throw ApiError::unrecognized((string) $name);
            }
            $default = self::DEFAULTS[$name];
            $ok = match (true) {
                is_bool($default) => is_bool($value),
                is_int($default) => is_int($value) && $value >= 0,
                is_string($default) => is_string($value),
                is_array($default) => is_array($value),
                default => false,
            };
            if (!$ok) {
                throw ApiError::invalidValue((string) $name, 'Expected ' . get_debug_type($default) . '.');
            }
            if (isset(self::CHOICES[$name]) && !in_array($value, self::CHOICES[$name], true)) {
                throw ApiError::invalidValue((string) $name, 'One of: ' . implode(', ', self::CHOICES[$name]) . '.');
            }
            $overrides[$name] = $value;
        }
        $store->setMeta('config', json_encode($overrides, JSON_THROW_ON_ERROR));
        return new self(array_replace(self::DEFAULTS, $overrides));
    }
}
