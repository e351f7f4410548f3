<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * x-amz-pay-simulation-code: the codes each operation accepts. Anything else, or any code on an
 * operation without simulations, is 400 InvalidSandboxSimulationSpecified.
 */
final class Simulation
{
    /** Asynchronous authorization outcomes: code => [final state, reasonCode]. */
    public const PENDING = [
        'AuthorizationInitiated' => ['Authorized', null],
        'PendingSoftDeclined' => ['Declined', 'SoftDeclined'],
        'PendingHardDeclined' => ['Declined', 'HardDeclined'],
        'PendingAmazonRejected' => ['Declined', 'AmazonRejected'],
        'PendingTransactionTimedOut' => ['Declined', 'TransactionTimedOut'],
    ];

    /** Synchronous declines of Create Charge: code => HTTP status. */
    public const DECLINES = [
        'SoftDeclined' => 422,
        'HardDeclined' => 422,
        'AmazonRejected' => 422,
        'TransactionTimedOut' => 422,
        'PaymentMethodNotAllowed' => 422,
        'MFANotCompleted' => 422,
        'ProcessingFailure' => 500,
    ];

    public const CODES = [
        'completeCheckoutSession' => ['BuyerCanceled', 'AmazonCanceled', 'Declined', ...self::PENDING_CODES],
        'createCharge' => [...self::DECLINE_CODES, ...self::PENDING_CODES, 'CaptureInitiated'],
        'captureCharge' => ['CaptureInitiated', 'AmazonRejected'],
        'createRefund' => ['RefundDeclined', 'AmazonRejected', 'ProcessingFailure'],
        'closeChargePermission' => ['AmazonClosed'],
    ];

    private const PENDING_CODES = [
        'AuthorizationInitiated', 'PendingSoftDeclined', 'PendingHardDeclined', 'PendingAmazonRejected', 'PendingTransactionTimedOut',
    ];

    private const DECLINE_CODES = [
        'SoftDeclined', 'HardDeclined', 'AmazonRejected', 'TransactionTimedOut', 'PaymentMethodNotAllowed',
        'MFANotCompleted', 'ProcessingFailure',
    ];

    /** Returns the code to apply (null: none). */
    public static function resolve(string $operation, ?string $code, bool $live, Config $config): ?string
    {
        if ($code === null || trim($code) === '') {
            return null;
        }
        $code = trim($code);
        if ($live) {
            if ($config->get('simulationOnLive') === 'reject') {
                throw new ApiError(400, 'InvalidSandboxSimulationSpecified',
                    'Simulation codes are only available in the Sandbox environment.');
            }
            return null;
        }
        if (!in_array($code, self::CODES[$operation] ?? [], true)) {
            throw self::invalid($code, $operation);
        }
        return $code;
    }

    public static function invalid(string $code, string $operation): ApiError
    {
        return new ApiError(400, 'InvalidSandboxSimulationSpecified',
            "The simulation code [$code] is not valid for the operation [$operation].");
    }
}
