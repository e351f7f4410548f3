<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Charge Permission: Chargeable <-> NonChargeable -> Closed.
 */
final class ChargePermissions
{
    public const TYPES = ['OneTime', 'Recurring', 'PaymentMethodOnFile'];

    private const REASON_TEXT = [
        'PaymentMethodInvalid' => 'The previous charge was declined. Ask the buyer to update the payment method.',
        'PaymentMethodNotAllowed' => 'The payment method selected by the buyer is not allowed for this charge.',
        'MerchantClosed' => 'The merchant closed the Charge Permission.',
        'AmazonClosed' => 'Amazon closed the Charge Permission since the Charge was Completed.',
        'AmazonCanceled' => 'Amazon canceled the Charge Permission.',
        'BuyerClosed' => 'The buyer closed the Charge Permission.',
        'Expired' => 'The Charge Permission expired.',
    ];

    private const UPDATE_SCHEMA = [
        'merchantMetadata' => Validator::MERCHANT_METADATA,
        'recurringMetadata' => ['frequency' => ['unit' => 'enum:Year|Month|Week|Day|Variable', 'value' => 'int'],
            'amount' => 'price'],
    ];

    private const CLOSE_SCHEMA = [
        'closureReason' => 'string:255',
        'cancelPendingCharges' => 'bool',
    ];

    /**
     * A new Chargeable permission (from Complete Checkout Session or the control API).
     *
     * @param array{id?: ?string, type: string, currency: string, chargeAmount: int, totalOrderAmount?: ?int,
     *     region: string, allowOvercharge?: bool, extendExpiration?: bool, paymentMethod?: string,
     *     merchantMetadata?: ?array, platformId?: ?string, recurringMetadata?: ?array, productType?: string} $spec
     */
    public static function create(Context $ctx, array $spec): array
    {
        $order = $spec['totalOrderAmount'] ?? $spec['chargeAmount'];
        $limit = !empty($spec['allowOvercharge']) ? Money::overchargeLimit($order, $spec['currency']) : $order;
        $type = $spec['type'];
        $lifetime = $type === 'OneTime' && empty($spec['extendExpiration'])
            ? $ctx->now + 180 * Clock::DAY
            : Clock::addMonths($ctx->now, 13);
        $card = $spec['paymentMethod'] ?? $ctx->config->get('defaultPaymentMethod');
        $permission = [
            'id' => $spec['id'] ?? Ids::permission($ctx->store, $ctx->env),
            'env' => $ctx->env,
            'region' => $spec['region'],
            'type' => $type,
            'currency' => $spec['currency'],
            'limit' => $type === 'OneTime' ? $limit : null,
            'state' => 'Chargeable',
            'reasons' => [],
            'updatedAt' => $ctx->now,
            'createdAt' => $ctx->now,
            'expiresAt' => $lifetime,
            'merchantMetadata' => Validator::metadata($spec['merchantMetadata'] ?? null, Validator::MERCHANT_METADATA),
            'metadataChanges' => 0,
            'platformId' => $spec['platformId'] ?? null,
            'recurringMetadata' => $spec['recurringMetadata'] ?? null,
            'paymentMethod' => $card,
            'buyer' => TestBuyer::buyer(),
            // PayOnly checkouts collect no shipping address
            'shippingAddress' => ($spec['productType'] ?? 'PayAndShip') === 'PayOnly' ? null : TestBuyer::address($spec['region']),
            'billingAddress' => TestBuyer::address($spec['region']),
            'paymentPreferences' => TestBuyer::paymentPreferences($card),
        ];
        self::save($ctx, $permission);
        self::notify($ctx, $permission, true);
        return $permission;
    }

    public static function load(Context $ctx, string $id): array
    {
        $permission = $ctx->store->find('permissions', $id, $ctx->env) ?? throw ApiError::notFound('Charge Permission');
        $ctx->assertRegion($permission['region']);
        return $permission;
    }

    public static function save(Context $ctx, array $permission): void
    {
        $due = $permission['state'] === 'Closed' ? null : $permission['expiresAt'];
        $ctx->store->save('permissions', $permission, null, $due);
    }

    /**
     * Changes state (and reasons); saves and sends a CHARGE_PERMISSION notification when anything changed.
     * $synchronous: the change is reported by the answer of the API call that made it.
     */
    public static function transition(Context $ctx, array &$permission, string $state, array $reasons, ?int $at = null,
        bool $synchronous = false): void
    {
        if ($permission['state'] === $state && $permission['reasons'] === $reasons) {
            return;
        }
        $permission['state'] = $state;
        $permission['reasons'] = $reasons;
        $permission['updatedAt'] = $at ?? $ctx->now;
        self::save($ctx, $permission);
        self::notify($ctx, $permission, $synchronous);
    }

    private static function notify(Context $ctx, array $permission, bool $synchronous, string $type = 'STATE_CHANGE'): void
    {
        $ctx->ipn->notify($ctx, 'CHARGE_PERMISSION', $permission['id'], $permission['id'], $permission['region'],
            $synchronous, $type);
    }

    /** @return list<array> */
    public static function charges(Context $ctx, string $permissionId): array
    {
        return $ctx->store->children('charges', $permissionId);
    }

    /** Charges that count toward the 25-charge and monthly limits: all but Declined and Canceled. */
    public static function countedCharges(array $charges): array
    {
        return array_values(array_filter($charges,
            static fn (array $c): bool => !in_array($c['state'], ['Declined', 'Canceled'], true)));
    }

    /** Captured plus capture in progress. */
    public static function captured(array $charges): int
    {
        $sum = 0;
        foreach ($charges as $charge) {
            if (in_array($charge['state'], ['Captured', 'CaptureInitiated'], true)) {
                $sum += $charge['captureAmount'];
            }
        }
        return $sum;
    }

    /** Amount used in the current calendar month (Recurring / PaymentMethodOnFile). */
    public static function usedThisMonth(Context $ctx, array $charges): int
    {
        $month = Clock::month($ctx->now);
        $sum = 0;
        foreach (self::countedCharges($charges) as $charge) {
            if (Clock::month($charge['createdAt']) === $month) {
                $sum += $charge['captureAmount'] ?? $charge['amount'];
            }
        }
        return $sum;
    }

    public static function monthlyLimit(Context $ctx, array $permission): ?int
    {
        $table = $permission['type'] === 'Recurring' ? 'recurringMonthlyLimits' : 'savedWalletMonthlyLimits';
        $major = $ctx->config->get($table)[$permission['currency']] ?? null;
        return $major === null ? null : Money::major((int) $major, $permission['currency']);
    }

    /** @return array{0: ?int, 1: ?int} amountLimit and amountBalance in minor units */
    public static function limits(Context $ctx, array $permission, ?array $charges = null): array
    {
        $charges ??= self::charges($ctx, $permission['id']);
        if ($permission['type'] !== 'OneTime') {
            $limit = self::monthlyLimit($ctx, $permission);
            return $limit === null ? [null, null] : [$limit, max(0, $limit - self::usedThisMonth($ctx, $charges))];
        }
        $used = self::captured($charges);
        if ($ctx->config->bool('authorizationsReduceBalance')) {
            foreach ($charges as $charge) {
                if (in_array($charge['state'], ['AuthorizationInitiated', 'Authorized'], true)) {
                    $used += $charge['amount'];
                }
            }
        }
        return [$permission['limit'], max(0, $permission['limit'] - $used)];
    }

    public static function render(Context $ctx, array $permission): array
    {
        [$limit, $balance] = self::limits($ctx, $permission);
        $currency = $permission['currency'];
        // buyer details are readable for 30 days after creation (one-time permissions)
        $showBuyer = $permission['type'] !== 'OneTime' || $ctx->now < $permission['createdAt'] + 30 * Clock::DAY;
        $reasons = array_map(
            static fn (string $code): array => ['reasonCode' => $code, 'reasonDescription' => self::reasonText($permission, $code)],
            $permission['reasons']
        );
        $strict = $ctx->config->strictNulls();
        return [
            'chargePermissionId' => $permission['id'],
            'chargePermissionReferenceId' => null,
            'chargePermissionType' => $permission['type'],
            // a one-time permission still carries the object, with null members
            'recurringMetadata' => array_replace(['frequency' => null, 'amount' => null], $permission['recurringMetadata'] ?? []),
            'paymentMethodOnFileMetadata' => null,
            'amazonPayToken' => self::token($permission['id']),
            'buyer' => $showBuyer ? $permission['buyer'] : null,
            'shippingAddress' => $showBuyer ? $permission['shippingAddress'] : null,
            'billingAddress' => $showBuyer ? $permission['billingAddress'] : null,
            'paymentPreferences' => match (true) {
                !$showBuyer => null,
                $strict => [['paymentDescriptor' => null]],
                default => $permission['paymentPreferences'],
            },
            'statusDetails' => [
                'state' => $permission['state'],
                'reasons' => $reasons === [] ? null : $reasons,
                'lastUpdatedTimestamp' => Clock::format($permission['updatedAt']),
            ],
            'creationTimestamp' => Clock::format($permission['createdAt']),
            // strict-nulls: Amazon may leave the expiration and the limits null (e.g. on migrated permissions)
            'expirationTimestamp' => $strict ? null : Clock::format($permission['expiresAt']),
            'merchantMetadata' => $permission['merchantMetadata'],
            'platformId' => $permission['platformId'],
            'limits' => [
                'amountLimit' => $strict ? null : Money::price($limit, $currency),
                'amountBalance' => $strict ? null : Money::price($balance, $currency),
            ],
            'presentmentCurrency' => $currency,
            'releaseEnvironment' => $permission['env'],
        ];
    }

    /** A Close reason is described by the merchant's closureReason when one was given, else by Amazon's text. */
    private static function reasonText(array $permission, string $code): ?string
    {
        if ($code === 'MerchantClosed' && ($permission['closureReason'] ?? null) !== null) {
            return $permission['closureReason'];
        }
        return self::REASON_TEXT[$code] ?? null;
    }

    /** An opaque, stable token per permission (what Amazon hands to payment service providers). */
    private static function token(string $id): string
    {
        return 'AMZNPAYTOKEN' . strtoupper(substr(hash('sha256', "amazonPayToken:$id"), 0, 20));
    }

    /**
     * The buyer changes the payment method of a permission at Amazon: a NonChargeable permission
     * waiting for a new payment method becomes Chargeable (STATE_CHANGE), otherwise only the
     * permission's attributes change (ATTRIBUTE_CHANGE). Both are asynchronous for the merchant.
     */
    public static function buyerChangesPaymentMethod(Context $ctx, string $id, string $card): array
    {
        $permission = $ctx->store->find('permissions', $id, $ctx->env) ?? throw ApiError::notFound('Charge Permission');
        if ($permission['state'] === 'Closed') {
            throw ApiError::permissionStatus('Closed');
        }
        $permission['paymentMethod'] = $card;
        $permission['paymentPreferences'] = TestBuyer::paymentPreferences($card);
        $permission['updatedAt'] = $ctx->now;
        if ($permission['state'] === 'NonChargeable'
            && in_array($permission['reasons'][0] ?? '', ['PaymentMethodInvalid', 'PaymentMethodNotAllowed'], true)) {
            self::transition($ctx, $permission, 'Chargeable', []);
            return $permission;
        }
        self::save($ctx, $permission);
        self::notify($ctx, $permission, false, 'ATTRIBUTE_CHANGE');
        return $permission;
    }

    public static function get(Context $ctx, string $id): Result
    {
        return new Result(200, self::render($ctx, self::load($ctx, $id)), $id);
    }

    public static function update(Context $ctx, string $id, array $body): Result
    {
        Validator::check($body, self::UPDATE_SCHEMA);
        $permission = self::load($ctx, $id);
        $before = $permission;
        if ($permission['state'] === 'Closed') {
            throw ApiError::permissionStatus('Closed');
        }
        if (isset($body['merchantMetadata'])) {
            $merged = Validator::metadata(
                array_replace($permission['merchantMetadata'], array_filter($body['merchantMetadata'], static fn ($v) => $v !== null)),
                Validator::MERCHANT_METADATA
            );
            if ($merged !== $permission['merchantMetadata']) {
                if ($permission['metadataChanges'] >= 1) {
                    throw new ApiError(422, 'ChargePermissionNotModifiable',
                        'The merchantMetadata of this Charge Permission can be modified only once.');
                }
                $permission['merchantMetadata'] = $merged;
                $permission['metadataChanges']++;
            }
        }
        if (isset($body['recurringMetadata'])) {
            if ($permission['type'] !== 'Recurring') {
                throw ApiError::invalidValue('recurringMetadata', 'Only Recurring Charge Permissions have recurringMetadata.');
            }
            if (isset($body['recurringMetadata']['amount'])) {
                [$minor, $currency] = Money::parsePrice($body['recurringMetadata']['amount'], 'recurringMetadata.amount');
                $body['recurringMetadata']['amount'] = Money::price($minor, $currency);
            }
            $permission['recurringMetadata'] = array_replace($permission['recurringMetadata'] ?? [], $body['recurringMetadata']);
        }
        self::save($ctx, $permission);
        if ($permission !== $before) {
            // the PATCH answer reports the change: notified with ipnOnSynchronousChanges only
            self::notify($ctx, $permission, true, 'ATTRIBUTE_CHANGE');
        }
        return new Result(200, self::render($ctx, $permission), $id);
    }

    public static function close(Context $ctx, string $id, array $body): Result
    {
        Validator::check($body, self::CLOSE_SCHEMA);
        $permission = self::load($ctx, $id);
        if ($permission['state'] === 'Closed') {
            if ($ctx->config->get('closeClosedPermission') === 'ok') {
                return new Result(200, self::render($ctx, $permission), $id);
            }
            throw ApiError::permissionStatus('Closed');
        }
        $reason = $ctx->simulation === 'AmazonClosed' ? 'AmazonClosed' : 'MerchantClosed';
        $permission['closureReason'] = $reason === 'MerchantClosed' ? ($body['closureReason'] ?? null) : null;
        self::transition($ctx, $permission, 'Closed', [$reason], null, true);
        if (($body['cancelPendingCharges'] ?? false) === true) {
            foreach (self::charges($ctx, $id) as $charge) {
                if (in_array($charge['state'], ['AuthorizationInitiated', 'Authorized'], true)) {
                    Charges::transition($ctx, $charge, 'Canceled', 'ChargePermissionCanceled',
                        $body['closureReason'] ?? 'The Charge Permission was closed.');
                }
            }
        }
        return new Result(200, self::render($ctx, $permission), $id);
    }

    /** Time-based transition: a permission past its expiration closes as Expired. */
    public static function settle(Context $ctx, array $permission): void
    {
        if ($permission['state'] !== 'Closed' && $ctx->now >= $permission['expiresAt']) {
            self::transition($ctx, $permission, 'Closed', ['Expired'], $permission['expiresAt']);
        }
    }

    /** After a capture completed: a one-time permission whose limit is used up closes. */
    public static function afterCapture(Context $ctx, string $id, ?int $at = null): void
    {
        $permission = $ctx->store->find('permissions', $id, $ctx->env);
        if ($permission === null || $permission['type'] !== 'OneTime') {
            return;
        }
        $charges = self::charges($ctx, $id);
        $captured = 0;
        foreach ($charges as $charge) {
            if ($charge['state'] === 'Captured') {
                $captured += $charge['captureAmount'];
            }
        }
        if ($captured >= $permission['limit'] && $permission['state'] !== 'Closed') {
            self::transition($ctx, $permission, 'Closed', [(string) $ctx->config->get('fullyCapturedReason')], $at);
        }
    }

    /** After a declined charge: HardDeclined -> NonChargeable, AmazonRejected -> Closed (both configurable). */
    public static function afterDecline(Context $ctx, string $id, string $reasonCode, ?int $at = null): void
    {
        $permission = $ctx->store->find('permissions', $id, $ctx->env);
        if ($permission === null || $permission['state'] === 'Closed') {
            return;
        }
        $reason = match ($reasonCode) {
            'HardDeclined' => ['NonChargeable', (string) $ctx->config->get('hardDeclinedPermissionReason')],
            'PaymentMethodNotAllowed' => ['NonChargeable', 'PaymentMethodNotAllowed'],
            'AmazonRejected' => ['Closed', (string) $ctx->config->get('amazonRejectedPermissionReason')],
            default => null,
        };
        if ($reason === null || $reason[1] === '') {
            return;
        }
        self::transition($ctx, $permission, $reason[0], [$reason[1]], $at);
    }
}
