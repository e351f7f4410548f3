<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Charge: AuthorizationInitiated -> Authorized -> (CaptureInitiated ->) Captured, or Declined / Canceled.
 */
final class Charges
{
    private const CREATE_SCHEMA = [
        'chargePermissionId' => 'string',
        'chargeAmount' => 'price',
        'captureNow' => 'bool',
        'softDescriptor' => 'any',
        'canHandlePendingAuthorization' => 'bool',
        'merchantMetadata' => Validator::MERCHANT_METADATA,
        'providerMetadata' => Validator::PROVIDER_METADATA,
        'platformId' => 'string:256',
        'chargeInitiator' => 'enum:CITU|MITU|CITR|MITR',
        'channel' => 'enum:Web|Phone|App|Alexa|PointOfSale|FireTv|Offline|Amazon',
        'webCheckoutDetails' => 'any',
    ];

    private const CAPTURE_SCHEMA = ['captureAmount' => 'price', 'softDescriptor' => 'any'];

    private const CANCEL_SCHEMA = ['cancellationReason' => 'string:255'];

    private const DECLINE_TEXT = [
        'SoftDeclined' => 'The Charge was soft declined. Retry attempts may or may not be successful.',
        'HardDeclined' => 'The Charge was hard declined. Retry attempts will not succeed; the buyer must update the payment method.',
        'AmazonRejected' => 'The Charge was declined by Amazon. The associated Charge Permission will also be canceled.',
        'TransactionTimedOut' => 'Amazon could not process the Charge in time.',
        'PaymentMethodNotAllowed' => 'The payment method selected by the buyer is not allowed for this Charge.',
        'MFANotCompleted' => 'The buyer did not complete multi-factor authentication.',
        'ProcessingFailure' => 'Amazon could not process the Charge because of an internal processing error.',
    ];

    public static function create(Context $ctx, array $body): Result
    {
        Validator::check($body, self::CREATE_SCHEMA, ['chargePermissionId', 'chargeAmount']);
        $captureNow = $body['captureNow'] ?? false;
        $descriptor = Validator::softDescriptor($body['softDescriptor'] ?? null);
        if ($descriptor !== null && !$captureNow && $ctx->config->bool('softDescriptorRequiresCaptureNow')) {
            throw new ApiError(400, 'InvalidParameterCombination',
                'softDescriptor can only be used when captureNow is set to true.');
        }
        [$amount, $currency] = Money::parsePrice($body['chargeAmount'], 'chargeAmount', $ctx->config->bool('strictJpyDecimals'));
        $permission = ChargePermissions::load($ctx, (string) $body['chargePermissionId']);
        if ($permission['state'] !== 'Chargeable') {
            throw ApiError::permissionStatus($permission['state']);
        }
        self::checkAmount($ctx, $permission, $amount, $currency, 'chargeAmount');
        $charge = self::authorize($ctx, $permission, $amount, [
            'captureNow' => $captureNow,
            'canHandlePendingAuthorization' => $body['canHandlePendingAuthorization'] ?? false,
            'softDescriptor' => $descriptor,
            'merchantMetadata' => $body['merchantMetadata'] ?? null,
            'providerMetadata' => $body['providerMetadata'] ?? null,
            'platformId' => $body['platformId'] ?? null,
            'chargeInitiator' => $body['chargeInitiator'] ?? null,
            'channel' => $body['channel'] ?? null,
        ]);
        return new Result(201, self::render($ctx, $charge), $charge['id']);
    }

    /** Currency, maximum, count and balance checks of a new charge against its permission. */
    public static function checkAmount(Context $ctx, array $permission, int $amount, string $currency, string $field): void
    {
        if ($currency !== $permission['currency']) {
            throw ApiError::currencyMismatch($permission['currency'], $currency);
        }
        if ($amount <= 0) {
            throw ApiError::invalidValue("$field.amount", 'The amount must be greater than zero.');
        }
        if ($amount > Money::maxTransaction($currency)) {
            throw ApiError::amountExceeded(
                "The amount exceeds the maximum of " . Money::format(Money::maxTransaction($currency), $currency) . " $currency per Charge.");
        }
        $charges = ChargePermissions::charges($ctx, $permission['id']);
        [, $balance] = ChargePermissions::limits($ctx, $permission, $charges);
        if ($permission['type'] === 'OneTime') {
            $max = $ctx->config->int('maxChargesPerPermission');
            if (count(ChargePermissions::countedCharges($charges)) >= $max) {
                $code = (string) $ctx->config->get('chargeCountExceededCode');
                throw new ApiError(422, $code,
                    "Number of authorizations, captures or refunds has exceeded allowed limits. At most $max Charges per Charge Permission.");
            }
            if ($amount > $balance) {
                throw ApiError::amountExceeded(
                    'The chargeAmount exceeds the amountBalance [' . Money::format($balance, $currency) . "] of the Charge Permission.");
            }
        } elseif ($balance !== null && $amount > $balance) {
            throw new ApiError(400, 'PeriodicAmountExceeded',
                'The Charge exceeds the monthly limit of the Charge Permission; remaining this month: ' . Money::format($balance, $currency) . '.');
        }
    }

    /**
     * Authorizes a new charge on $permission. Synchronous declines are stored (Declined) and thrown.
     *
     * @param array{captureNow: bool, canHandlePendingAuthorization: bool, softDescriptor?: ?string} $options
     */
    public static function authorize(Context $ctx, array $permission, int $amount, array $options): array
    {
        $captureNow = $options['captureNow'];
        $canPend = $options['canHandlePendingAuthorization'];
        [$pending, $decline, $asyncCapture] = self::decide($ctx, $permission, $captureNow, $canPend);

        $period = ($ctx->isLive() ? 30 : 2) * Clock::DAY;
        $charge = [
            'id' => Ids::charge($ctx->store, $permission['id']),
            'env' => $ctx->env,
            'region' => $permission['region'],
            'permissionId' => $permission['id'],
            'currency' => $permission['currency'],
            'amount' => $amount,
            'captureAmount' => null,
            'state' => 'Authorized',
            'reasonCode' => null,
            'reasonDescription' => null,
            'updatedAt' => $ctx->now,
            'createdAt' => $ctx->now,
            'authorizedAt' => null,
            'expiresAt' => $ctx->now + $period,
            'captureNow' => $captureNow,
            'canHandlePendingAuthorization' => $canPend,
            'softDescriptor' => $options['softDescriptor'] ?? null,
            'merchantMetadata' => Validator::metadata($options['merchantMetadata'] ?? null, Validator::MERCHANT_METADATA),
            'providerMetadata' => Validator::metadata($options['providerMetadata'] ?? null, Validator::PROVIDER_METADATA),
            'platformId' => $options['platformId'] ?? null,
            'chargeInitiator' => $options['chargeInitiator'] ?? null,
            'channel' => $options['channel'] ?? null,
            'pending' => null,
        ];

        if ($decline !== null) {
            $status = Simulation::DECLINES[$decline];
            if ($status < 500 && $ctx->config->bool('persistDeclinedCharges')) {
                $charge['state'] = 'Declined';
                $charge['reasonCode'] = $decline;
                $charge['reasonDescription'] = self::DECLINE_TEXT[$decline];
                self::save($ctx, $charge);
                self::notify($ctx, $charge, true);
            }
            if ($status < 500) {
                ChargePermissions::afterDecline($ctx, $permission['id'], $decline);
            }
            throw new ApiError($status, $decline, self::DECLINE_TEXT[$decline]);
        }

        $delay = $ctx->config->int('asyncDelaySeconds');
        if ($pending !== null) {
            $charge['state'] = 'AuthorizationInitiated';
            $charge['pending'] = ['kind' => 'authorize', 'due' => $ctx->now + $delay,
                'state' => $pending[0], 'reasonCode' => $pending[1], 'capture' => $captureNow];
        } elseif ($captureNow) {
            $charge['authorizedAt'] = $ctx->now;
            $charge['captureAmount'] = $amount;
            $charge['state'] = $asyncCapture ? 'CaptureInitiated' : 'Captured';
            if ($asyncCapture) {
                $charge['pending'] = ['kind' => 'capture', 'due' => $ctx->now + $delay, 'state' => 'Captured', 'reasonCode' => null];
            }
        } else {
            $charge['authorizedAt'] = $ctx->now;
        }
        self::save($ctx, $charge);
        self::notify($ctx, $charge, true);
        if ($charge['state'] === 'Captured') {
            ChargePermissions::afterCapture($ctx, $permission['id']);
        }
        return $charge;
    }

    /**
     * What the authorization does, from the simulation code or else the buyer's test card.
     *
     * @return array{0: ?array{0: string, 1: ?string}, 1: ?string, 2: bool} pending outcome, sync decline, async capture
     */
    private static function decide(Context $ctx, array $permission, bool $captureNow, bool $canPend): array
    {
        $code = $ctx->simulation;
        if ($code !== null) {
            if (isset(Simulation::PENDING[$code])) {
                if (!$canPend) {
                    throw new ApiError(400, 'InvalidSandboxSimulationSpecified',
                        "The simulation code [$code] requires canHandlePendingAuthorization=true.");
                }
                return [Simulation::PENDING[$code], null, false];
            }
            if (isset(Simulation::DECLINES[$code])) {
                return [null, $code, false];
            }
            if ($code === 'CaptureInitiated') {
                if (!$captureNow) {
                    throw new ApiError(400, 'InvalidSandboxSimulationSpecified',
                        'The simulation code [CaptureInitiated] requires captureNow=true.');
                }
                return [null, null, true];
            }
            return [null, null, false];
        }
        return match ($permission['paymentMethod'] ?? null) {
            '0701' => $canPend ? [['Authorized', null], null, false] : [null, 'TransactionTimedOut', false],
            '4354' => $canPend ? [['Declined', 'HardDeclined'], null, false] : [null, 'HardDeclined', false],
            default => [null, null, false],
        };
    }

    public static function load(Context $ctx, string $id): array
    {
        $charge = $ctx->store->find('charges', $id, $ctx->env) ?? throw ApiError::notFound('Charge');
        $ctx->assertRegion($charge['region']);
        return $charge;
    }

    public static function save(Context $ctx, array $charge): void
    {
        $due = $charge['pending']['due'] ?? ($charge['state'] === 'Authorized' ? $charge['expiresAt'] : null);
        $ctx->store->save('charges', $charge, $charge['permissionId'], $due);
    }

    /** @param bool $synchronous the change is reported by the answer of the API call that made it */
    private static function notify(Context $ctx, array $charge, bool $synchronous): void
    {
        $ctx->ipn->notify($ctx, 'CHARGE', $charge['id'], $charge['permissionId'], $charge['region'], $synchronous);
    }

    public static function transition(Context $ctx, array &$charge, string $state, ?string $reasonCode,
        ?string $description = null, ?int $at = null, bool $synchronous = false): void
    {
        $charge['state'] = $state;
        $charge['reasonCode'] = $reasonCode;
        $charge['reasonDescription'] = $description ?? ($reasonCode === null ? null : (self::DECLINE_TEXT[$reasonCode] ?? null));
        $charge['updatedAt'] = $at ?? $ctx->now;
        $charge['pending'] = null;
        self::save($ctx, $charge);
        self::notify($ctx, $charge, $synchronous);
    }

    public static function get(Context $ctx, string $id): Result
    {
        return new Result(200, self::render($ctx, self::load($ctx, $id)), $id);
    }

    public static function capture(Context $ctx, string $id, array $body): Result
    {
        Validator::check($body, self::CAPTURE_SCHEMA, ['captureAmount']);
        $descriptor = Validator::softDescriptor($body['softDescriptor'] ?? null);
        [$amount, $currency] = Money::parsePrice($body['captureAmount'], 'captureAmount', $ctx->config->bool('strictJpyDecimals'));
        $charge = self::load($ctx, $id);
        if ($charge['state'] !== 'Authorized') {
            throw ApiError::chargeStatus($charge['state']);
        }
        if ($currency !== $charge['currency']) {
            throw ApiError::currencyMismatch($charge['currency'], $currency);
        }
        if ($amount <= 0) {
            throw ApiError::invalidValue('captureAmount.amount', 'The amount must be greater than zero.');
        }
        if ($amount > $charge['amount']) {
            throw ApiError::amountExceeded('The captureAmount exceeds the chargeAmount ['
                . Money::format($charge['amount'], $currency) . '] of the Charge.');
        }
        $permission = $ctx->store->find('permissions', $charge['permissionId'], $ctx->env);
        if ($permission['state'] === 'Closed' && !in_array($permission['reasons'][0] ?? '', ['MerchantClosed', 'AmazonClosed'], true)) {
            throw ApiError::permissionStatus('Closed');
        }
        if ($permission['type'] === 'OneTime') {
            $charges = ChargePermissions::charges($ctx, $permission['id']);
            $room = $permission['limit'] - ChargePermissions::captured($charges);
            if ($amount > $room) {
                throw ApiError::amountExceeded('The captureAmount exceeds the amountBalance ['
                    . Money::format(max(0, $room), $currency) . '] of the Charge Permission.');
            }
        }

        $late = $ctx->isLive() && $ctx->now - $charge['authorizedAt'] > 7 * Clock::DAY;
        $charge['captureAmount'] = $amount;
        if ($descriptor !== null) {
            $charge['softDescriptor'] = $descriptor;
        }
        $delay = $ctx->config->int('asyncDelaySeconds');
        if ($ctx->simulation === 'AmazonRejected') {
            $charge['pending'] = ['kind' => 'capture', 'due' => $ctx->now + $delay, 'state' => 'Declined', 'reasonCode' => 'AmazonRejected'];
            self::startCapture($ctx, $charge);
        } elseif ($ctx->simulation === 'CaptureInitiated' || $late) {
            $charge['pending'] = ['kind' => 'capture', 'due' => $ctx->now + $delay, 'state' => 'Captured', 'reasonCode' => null];
            self::startCapture($ctx, $charge);
        } else {
            self::transition($ctx, $charge, 'Captured', null, null, null, true);
            ChargePermissions::afterCapture($ctx, $charge['permissionId']);
        }
        return new Result(200, self::render($ctx, $charge), $id);
    }

    private static function startCapture(Context $ctx, array &$charge): void
    {
        $pending = $charge['pending'];
        self::transition($ctx, $charge, 'CaptureInitiated', null, null, null, true);
        $charge['pending'] = $pending;
        self::save($ctx, $charge);
    }

    public static function cancel(Context $ctx, string $id, array $body): Result
    {
        Validator::check($body, self::CANCEL_SCHEMA);
        $charge = self::load($ctx, $id);
        if (!in_array($charge['state'], ['AuthorizationInitiated', 'Authorized'], true)) {
            throw ApiError::chargeStatus($charge['state']);
        }
        self::transition($ctx, $charge, 'Canceled', 'MerchantCanceled', $body['cancellationReason'] ?? null, null, true);
        return new Result(200, self::render($ctx, $charge), $id);
    }

    /** Time-based transitions: pending authorization/capture results, and authorization expiry. */
    public static function settle(Context $ctx, array $charge): void
    {
        $pending = $charge['pending'];
        if ($pending !== null && $pending['due'] <= $ctx->now) {
            $at = $pending['due'];
            if ($pending['state'] === 'Declined') {
                self::transition($ctx, $charge, 'Declined', $pending['reasonCode'], null, $at);
                ChargePermissions::afterDecline($ctx, $charge['permissionId'], $pending['reasonCode'], $at);
                return;
            }
            if ($pending['kind'] === 'authorize') {
                $charge['authorizedAt'] = $at;
                $charge['expiresAt'] = $at + ($ctx->isLive() ? 30 : 2) * Clock::DAY;
                if ($pending['capture']) {
                    $charge['captureAmount'] = $charge['amount'];
                    self::transition($ctx, $charge, 'Captured', null, null, $at);
                    ChargePermissions::afterCapture($ctx, $charge['permissionId'], $at);
                } else {
                    self::transition($ctx, $charge, 'Authorized', null, null, $at);
                }
                return;
            }
            self::transition($ctx, $charge, 'Captured', null, null, $at);
            ChargePermissions::afterCapture($ctx, $charge['permissionId'], $at);
            return;
        }
        if ($charge['state'] === 'Authorized' && $ctx->now >= $charge['expiresAt']) {
            self::transition($ctx, $charge, 'Canceled', 'ExpiredUnused',
                'The Charge expired after staying Authorized without a capture.', $charge['expiresAt']);
        }
    }

    public static function refunded(Context $ctx, array $charge): int
    {
        $states = $ctx->config->bool('refundedAmountOnInitiation') ? ['Refunded', 'RefundInitiated'] : ['Refunded'];
        $sum = 0;
        foreach ($ctx->store->children('refunds', $charge['id']) as $refund) {
            if (in_array($refund['state'], $states, true)) {
                $sum += $refund['amount'];
            }
        }
        return $sum;
    }

    public static function render(Context $ctx, array $charge): array
    {
        $currency = $charge['currency'];
        $captured = in_array($charge['state'], ['Captured', 'CaptureInitiated'], true);
        $strict = $ctx->config->strictNulls();
        return [
            'chargeId' => $charge['id'],
            'chargePermissionId' => $charge['permissionId'],
            'chargeAmount' => Money::price($charge['amount'], $currency),
            'captureAmount' => $captured ? Money::price($charge['captureAmount'], $currency) : null,
            // strict-nulls: nothing refundable before a capture, rendered null as in older recorded answers
            'refundedAmount' => $strict && !$captured ? null : Money::price(self::refunded($ctx, $charge), $currency),
            'convertedAmount' => null,
            'conversionRate' => null,
            'softDescriptor' => self::descriptor($charge['softDescriptor']),
            'merchantMetadata' => $charge['merchantMetadata'],
            'providerMetadata' => $charge['providerMetadata'],
            'platformId' => $charge['platformId'],
            'chargeInitiator' => $charge['chargeInitiator'],
            'channel' => $charge['channel'],
            'webCheckoutDetails' => null,
            'statusDetails' => [
                'state' => $charge['state'],
                'reasonCode' => $charge['reasonCode'],
                'reasonDescription' => $charge['reasonDescription'],
                'lastUpdatedTimestamp' => Clock::format($charge['updatedAt']),
            ],
            'creationTimestamp' => Clock::format($charge['createdAt']),
            'expirationTimestamp' => Clock::format($strict ? self::shownExpiry($charge) : $charge['expiresAt']),
            'releaseEnvironment' => $charge['env'],
        ];
    }

    /** A softDescriptor as the buyer's statement shows it, and as Amazon echoes it: with the "AMZ*" prefix. */
    public static function descriptor(?string $value): ?string
    {
        return $value === null ? null : 'AMZ*' . $value;
    }

    /**
     * strict-nulls: the expirationTimestamp Amazon's sandbox showed in older recorded answers, 30 days
     * after authorization as in Live, although the sandbox authorization still expires after 2 days.
     */
    private static function shownExpiry(array $charge): int
    {
        if ($charge['env'] !== 'Sandbox') {
            return $charge['expiresAt'];
        }
        return $charge['expiresAt'] - 2 * Clock::DAY + 30 * Clock::DAY;
    }
}
