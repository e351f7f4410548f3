<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Refund: RefundInitiated -> Refunded | Declined, always asynchronous.
 */
final class Refunds
{
    private const CREATE_SCHEMA = ['chargeId' => 'string', 'refundAmount' => 'price', 'softDescriptor' => 'any'];

    private const DECLINE_TEXT = [
        'AmazonRejected' => 'Amazon rejected the refund. Refund the buyer in another way, for example with store credit.',
        'ProcessingFailure' => 'Amazon could not process the refund because of an internal processing error.',
    ];

    public static function create(Context $ctx, array $body): Result
    {
        Validator::check($body, self::CREATE_SCHEMA, ['chargeId', 'refundAmount']);
        $descriptor = Validator::softDescriptor($body['softDescriptor'] ?? null);
        [$amount, $currency] = Money::parsePrice($body['refundAmount'], 'refundAmount', $ctx->config->bool('strictJpyDecimals'));
        $charge = Charges::load($ctx, (string) $body['chargeId']);
        if ($charge['state'] !== 'Captured') {
            throw ApiError::chargeStatus($charge['state']);
        }
        if ($currency !== $charge['currency']) {
            throw ApiError::currencyMismatch($charge['currency'], $currency);
        }
        if ($amount <= 0) {
            throw ApiError::invalidValue('refundAmount.amount', 'The amount must be greater than zero.');
        }
        if ($amount > Money::maxTransaction($currency)) {
            throw ApiError::amountExceeded('The refundAmount exceeds the maximum refund amount.');
        }
        $refunds = $ctx->store->children('refunds', $charge['id']);
        $max = $ctx->config->int('maxRefundsPerCharge');
        if (count($refunds) >= $max) {
            throw ApiError::countExceeded("At most $max Refunds per Charge.");
        }
        $refunded = 0;
        foreach ($refunds as $refund) {
            if ($refund['state'] !== 'Declined') {
                $refunded += $refund['amount'];
            }
        }
        $captured = $charge['captureAmount'];
        $allowed = $captured + Money::refundOverage($captured, $currency);
        if ($refunded + $amount > $allowed) {
            throw ApiError::amountExceeded('The total refund amount would exceed the allowed maximum ['
                . Money::format($allowed, $currency) . "] (captured amount plus min(15 %, 75 / 8400 JPY)); already refunded or pending: "
                . Money::format($refunded, $currency) . '.');
        }
        [$finalState, $reason] = match ($ctx->simulation) {
            'AmazonRejected', 'RefundDeclined' => ['Declined', 'AmazonRejected'],
            'ProcessingFailure' => ['Declined', 'ProcessingFailure'],
            default => ['Refunded', null],
        };
        $refund = [
            'id' => Ids::refund($ctx->store, $charge['permissionId']),
            'env' => $ctx->env,
            'region' => $charge['region'],
            'chargeId' => $charge['id'],
            'permissionId' => $charge['permissionId'],
            'currency' => $currency,
            'amount' => $amount,
            'softDescriptor' => $descriptor,
            'state' => 'RefundInitiated',
            'reasonCode' => null,
            'reasonDescription' => null,
            'createdAt' => $ctx->now,
            'updatedAt' => $ctx->now,
            'pending' => ['due' => $ctx->now + $ctx->config->int('refundDelaySeconds'), 'state' => $finalState, 'reasonCode' => $reason],
        ];
        self::save($ctx, $refund);
        self::notify($ctx, $refund, true);
        return new Result(201, self::render($ctx, $refund), $refund['id']);
    }

    public static function get(Context $ctx, string $id): Result
    {
        $refund = $ctx->store->find('refunds', $id, $ctx->env) ?? throw ApiError::notFound('Refund');
        $ctx->assertRegion($refund['region']);
        return new Result(200, self::render($ctx, $refund), $id);
    }

    public static function save(Context $ctx, array $refund): void
    {
        $ctx->store->save('refunds', $refund, $refund['chargeId'], $refund['pending']['due'] ?? null);
    }

    /** @param bool $synchronous the change is reported by the answer of the API call that made it */
    private static function notify(Context $ctx, array $refund, bool $synchronous): void
    {
        $ctx->ipn->notify($ctx, 'REFUND', $refund['id'], $refund['permissionId'], $refund['region'], $synchronous);
    }

    public static function settle(Context $ctx, array $refund): void
    {
        $pending = $refund['pending'];
        if ($pending === null || $pending['due'] > $ctx->now) {
            return;
        }
        $refund['state'] = $pending['state'];
        $refund['reasonCode'] = $pending['reasonCode'];
        $refund['reasonDescription'] = $pending['reasonCode'] === null ? null : self::DECLINE_TEXT[$pending['reasonCode']];
        $refund['updatedAt'] = $pending['due'];
        $refund['pending'] = null;
        self::save($ctx, $refund);
        self::notify($ctx, $refund, false);
    }

    public static function render(Context $ctx, array $refund): array
    {
        $descriptor = $refund['softDescriptor'];
        if ($descriptor === null && $ctx->config->strictNulls()) {
            // older recorded answers name the merchant's store when no descriptor was given
            $descriptor = substr((string) $ctx->config->get('merchantStoreName'), 0, 16);
        }
        return [
            'refundId' => $refund['id'],
            'chargeId' => $refund['chargeId'],
            'creationTimestamp' => Clock::format($refund['createdAt']),
            'refundAmount' => Money::price($refund['amount'], $refund['currency']),
            'softDescriptor' => Charges::descriptor($descriptor),
            'statusDetails' => [
                'state' => $refund['state'],
                'reasonCode' => $refund['reasonCode'],
                'reasonDescription' => $refund['reasonDescription'],
                'lastUpdatedTimestamp' => Clock::format($refund['updatedAt']),
            ],
            'releaseEnvironment' => $refund['env'],
        ];
    }
}
