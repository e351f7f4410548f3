<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Checkout Session: Open -> Completed | Canceled (24 hours after creation: Canceled/Expired).
 */
final class CheckoutSessions
{
    private const WEB_CHECKOUT = [
        'checkoutReviewReturnUrl' => 'string:2048',
        'checkoutResultReturnUrl' => 'string:2048',
        'checkoutCancelUrl' => 'string:2048',
        'checkoutMode' => 'enum:ProcessOrder',
        'amazonPayRedirectUrl' => 'string:2048',
    ];

    private const PAYMENT_DETAILS = [
        'paymentIntent' => 'enum:Confirm|Authorize|AuthorizeWithCapture',
        'canHandlePendingAuthorization' => 'bool',
        'chargeAmount' => 'price',
        'totalOrderAmount' => 'price',
        'presentmentCurrency' => 'string',
        'softDescriptor' => 'any',
        'allowOvercharge' => 'bool',
        'extendExpiration' => 'bool',
        'estimateOrderTotal' => 'price',
    ];

    private const RECURRING = [
        'frequency' => ['unit' => 'enum:Year|Month|Week|Day|Variable', 'value' => 'int'],
        'amount' => 'price',
    ];

    private const CREATE_SCHEMA = [
        'webCheckoutDetails' => self::WEB_CHECKOUT,
        'storeId' => 'string:256',
        'scopes' => 'list',
        'chargePermissionType' => 'enum:OneTime|Recurring|PaymentMethodOnFile',
        'recurringMetadata' => self::RECURRING,
        'paymentMethodOnFileMetadata' => 'any',
        'paymentDetails' => self::PAYMENT_DETAILS,
        'merchantMetadata' => Validator::MERCHANT_METADATA,
        'platformId' => 'string:256',
        'providerMetadata' => Validator::PROVIDER_METADATA,
        'deliverySpecifications' => 'any',
        'addressDetails' => 'any',
        'checkoutButtonText' => 'string',
    ];

    private const UPDATE_SCHEMA = [
        'webCheckoutDetails' => self::WEB_CHECKOUT,
        'recurringMetadata' => self::RECURRING,
        'paymentDetails' => self::PAYMENT_DETAILS,
        'merchantMetadata' => Validator::MERCHANT_METADATA,
        'platformId' => 'string:256',
        'providerMetadata' => Validator::PROVIDER_METADATA,
    ];

    private const COMPLETE_SCHEMA = ['chargeAmount' => 'price', 'totalOrderAmount' => 'price'];

    private const CANCEL_TEXT = [
        'BuyerCanceled' => 'The buyer canceled the checkout.',
        'Declined' => 'The payment was declined.',
        'AmazonCanceled' => 'Amazon canceled the checkout.',
        'Expired' => 'The Checkout Session expired 24 hours after creation.',
    ];

    public static function create(Context $ctx, array $body): Result
    {
        Validator::check($body, self::CREATE_SCHEMA, ['webCheckoutDetails', 'storeId']);
        $web = $body['webCheckoutDetails'];
        if (($web['checkoutMode'] ?? null) === 'ProcessOrder') {
            Validator::check($web, self::WEB_CHECKOUT, ['checkoutResultReturnUrl'], 'webCheckoutDetails.');
        } else {
            Validator::check($web, self::WEB_CHECKOUT, ['checkoutReviewReturnUrl'], 'webCheckoutDetails.');
        }
        $region = $ctx->region ?? 'na';
        $details = self::paymentDetails($ctx, $region, $body['paymentDetails'] ?? [], null);
        $auto = $ctx->config->bool('autoBuyer');
        $session = [
            'id' => Ids::uuid(),
            'env' => $ctx->env,
            'region' => $region,
            'state' => 'Open',
            'reasonCode' => null,
            'updatedAt' => $ctx->now,
            'createdAt' => $ctx->now,
            'expiresAt' => $ctx->now + Clock::DAY,
            'webCheckoutDetails' => self::webCheckout($web, []),
            'productType' => in_array('shippingAddress', $body['scopes'] ?? ['shippingAddress'], true) ? 'PayAndShip' : 'PayOnly',
            'storeId' => $body['storeId'],
            'scopes' => $body['scopes'] ?? null,
            'chargePermissionType' => $body['chargePermissionType'] ?? 'OneTime',
            'recurringMetadata' => self::recurring($body['recurringMetadata'] ?? null),
            'paymentMethodOnFileMetadata' => $body['paymentMethodOnFileMetadata'] ?? null,
            'paymentDetails' => $details,
            'merchantMetadata' => Validator::metadata($body['merchantMetadata'] ?? null, Validator::MERCHANT_METADATA),
            'platformId' => $body['platformId'] ?? null,
            'providerMetadata' => Validator::metadata($body['providerMetadata'] ?? null, Validator::PROVIDER_METADATA),
            'deliverySpecifications' => $body['deliverySpecifications'] ?? null,
            'buyerAssociated' => $auto,
            'buyerReturned' => false,
            'paymentMethod' => (string) $ctx->config->get('defaultPaymentMethod'),
            'chargePermissionId' => null,
            'chargeId' => null,
        ];
        self::save($ctx, $session);
        return new Result(201, self::render($ctx, $session), $session['id']);
    }

    public static function load(Context $ctx, string $id): array
    {
        $session = $ctx->store->find('sessions', $id, $ctx->env) ?? throw ApiError::notFound('Checkout Session');
        $ctx->assertRegion($session['region']);
        return $session;
    }

    public static function save(Context $ctx, array $session): void
    {
        $ctx->store->save('sessions', $session, null, $session['state'] === 'Open' ? $session['expiresAt'] : null);
    }

    public static function get(Context $ctx, string $id): Result
    {
        return new Result(200, self::render($ctx, self::load($ctx, $id)), $id);
    }

    public static function update(Context $ctx, string $id, array $body): Result
    {
        Validator::check($body, self::UPDATE_SCHEMA);
        $session = self::load($ctx, $id);
        if ($session['state'] !== 'Open') {
            throw ApiError::sessionStatus($session['state']);
        }
        if (isset($body['webCheckoutDetails'])) {
            $session['webCheckoutDetails'] = self::webCheckout($body['webCheckoutDetails'], $session['webCheckoutDetails']);
        }
        if (isset($body['paymentDetails'])) {
            foreach (['allowOvercharge', 'extendExpiration'] as $creationOnly) {
                if (isset($body['paymentDetails'][$creationOnly])) {
                    throw ApiError::invalidValue("paymentDetails.$creationOnly", 'It can only be set when the Checkout Session is created.');
                }
            }
            $session['paymentDetails'] = self::paymentDetails($ctx, $session['region'], $body['paymentDetails'], $session['paymentDetails']);
        }
        if (isset($body['merchantMetadata'])) {
            $session['merchantMetadata'] = Validator::metadata(
                array_replace($session['merchantMetadata'], array_filter($body['merchantMetadata'], static fn ($v) => $v !== null)),
                Validator::MERCHANT_METADATA);
        }
        if (isset($body['recurringMetadata'])) {
            $session['recurringMetadata'] = self::recurring($body['recurringMetadata']);
        }
        if (isset($body['providerMetadata'])) {
            $session['providerMetadata'] = Validator::metadata($body['providerMetadata'], Validator::PROVIDER_METADATA);
        }
        if (array_key_exists('platformId', $body) && $body['platformId'] !== null) {
            $session['platformId'] = $body['platformId'];
        }
        $session['updatedAt'] = $ctx->now;
        self::save($ctx, $session);
        return new Result(200, self::render($ctx, $session), $id);
    }

    public static function complete(Context $ctx, string $id, array $body): Result
    {
        Validator::check($body, self::COMPLETE_SCHEMA, ['chargeAmount']);
        $session = self::load($ctx, $id);
        self::assertCompletable($ctx, $session);
        $details = $session['paymentDetails'];
        $strict = $ctx->config->bool('strictJpyDecimals');
        [$amount, $currency] = Money::parsePrice($body['chargeAmount'], 'chargeAmount', $strict);
        if ([$amount, $currency] !== $details['chargeAmount']) {
            throw new ApiError(409, 'AmountMismatch',
                'The chargeAmount does not match the paymentDetails.chargeAmount of the Checkout Session.');
        }
        $total = isset($body['totalOrderAmount']) ? Money::parsePrice($body['totalOrderAmount'], 'totalOrderAmount', $strict) : null;
        if ($details['totalOrderAmount'] !== null && $total !== $details['totalOrderAmount']) {
            throw new ApiError(409, 'AmountMismatch',
                'The totalOrderAmount does not match the paymentDetails.totalOrderAmount of the Checkout Session.');
        }

        $intent = $details['paymentIntent'];
        $canPend = $details['canHandlePendingAuthorization'];
        $simulation = $ctx->simulation;
        if ($simulation !== null && isset(Simulation::PENDING[$simulation]) && ($intent === 'Confirm' || !$canPend)) {
            throw new ApiError(400, 'InvalidSandboxSimulationSpecified',
                "The simulation code [$simulation] requires paymentIntent Authorize or AuthorizeWithCapture and canHandlePendingAuthorization=true.");
        }
        $cancelReason = match (true) {
            in_array($simulation, ['BuyerCanceled', 'AmazonCanceled', 'Declined'], true) => $simulation,
            $simulation !== null => null,
            $session['paymentMethod'] === '3064' => 'BuyerCanceled',
            $session['paymentMethod'] === '3434' => 'Declined',
            in_array($session['paymentMethod'], TestBuyer::PENDING_CARDS, true) && !self::acceptsPendingCard($session) => 'Declined',
            default => null,
        };
        if ($cancelReason !== null) {
            self::cancel($ctx, $session, $cancelReason);
            throw self::canceledError($ctx, $session);
        }

        $permission = ChargePermissions::create($ctx, [
            'type' => $session['chargePermissionType'],
            'currency' => $currency,
            'chargeAmount' => $amount,
            'totalOrderAmount' => $details['totalOrderAmount'][0] ?? null,
            'region' => $session['region'],
            'allowOvercharge' => $details['allowOvercharge'],
            'extendExpiration' => $details['extendExpiration'],
            'paymentMethod' => $session['paymentMethod'],
            'merchantMetadata' => $session['merchantMetadata'],
            'platformId' => $session['platformId'],
            'recurringMetadata' => $session['recurringMetadata'],
            'productType' => $session['productType'],
        ]);
        $charge = null;
        if ($intent !== 'Confirm') {
            $charge = Charges::authorize($ctx, $permission, $amount, [
                'captureNow' => $intent === 'AuthorizeWithCapture',
                'canHandlePendingAuthorization' => $canPend,
                'softDescriptor' => $details['softDescriptor'],
                'merchantMetadata' => $session['merchantMetadata'],
                'providerMetadata' => $session['providerMetadata'],
                'platformId' => $session['platformId'],
                'chargeInitiator' => 'CITU',
                'channel' => 'Web',
            ]);
        }
        $session['state'] = 'Completed';
        $session['updatedAt'] = $ctx->now;
        $session['chargePermissionId'] = $permission['id'];
        $session['chargeId'] = $charge['id'] ?? null;
        self::save($ctx, $session);
        $status = ($charge['state'] ?? null) === 'AuthorizationInitiated' ? 202 : 200;
        return new Result($status, self::render($ctx, $session), $id);
    }

    private static function assertCompletable(Context $ctx, array $session): void
    {
        if ($session['state'] === 'Canceled') {
            if ($session['reasonCode'] === 'Expired') {
                throw ApiError::sessionStatus('Canceled');
            }
            throw self::canceledError($ctx, $session);
        }
        if ($session['state'] !== 'Open') {
            throw ApiError::sessionStatus($session['state']);
        }
        $constraints = array_column(self::constraints($session), 'constraintId');
        if ($constraints !== []) {
            throw new ApiError(422, 'InvalidCheckoutSessionStatus',
                'The Checkout Session cannot be completed while it has constraints: ' . implode(', ', $constraints) . '.');
        }
    }

    private static function canceledError(Context $ctx, array $session): ApiError
    {
        return new ApiError($ctx->config->int('checkoutSessionCanceledStatus'), 'CheckoutSessionCanceled',
            "The Checkout Session was canceled ({$session['reasonCode']}). Get the Checkout Session and read statusDetails.reasonCode.");
    }

    private static function acceptsPendingCard(array $session): bool
    {
        return $session['paymentDetails']['paymentIntent'] === 'Authorize'
            && $session['paymentDetails']['canHandlePendingAuthorization'];
    }

    private static function cancel(Context $ctx, array &$session, string $reason, ?int $at = null): void
    {
        $session['state'] = 'Canceled';
        $session['reasonCode'] = $reason;
        $session['updatedAt'] = $at ?? $ctx->now;
        self::save($ctx, $session);
    }

    /**
     * The test buyer at Amazon's pages: signs in, picks a card, and returns ("return") or cancels ("cancel").
     * Cards 3064 / 3434 cancel the session on return; 0701 / 4354 do so unless the session can
     * take a pending authorization.
     */
    public static function buyerAction(Context $ctx, string $id, ?string $card, string $action): array
    {
        $session = $ctx->store->find('sessions', $id, $ctx->env) ?? throw ApiError::notFound('Checkout Session');
        if ($session['state'] !== 'Open') {
            throw ApiError::sessionStatus($session['state']);
        }
        if ($card !== null) {
            $session['paymentMethod'] = $card;
        }
        $session['buyerAssociated'] = true;
        $session['updatedAt'] = $ctx->now;
        $reason = match (true) {
            $action === 'cancel' => 'BuyerCanceled',
            $session['paymentMethod'] === '3064' => 'BuyerCanceled',
            $session['paymentMethod'] === '3434' => 'Declined',
            in_array($session['paymentMethod'], TestBuyer::PENDING_CARDS, true) && !self::acceptsPendingCard($session) => 'Declined',
            default => null,
        };
        if ($reason !== null) {
            self::cancel($ctx, $session, $reason);
        } else {
            $session['buyerReturned'] = true;
            self::save($ctx, $session);
        }
        return $session;
    }

    /** Where the buyer's browser goes after the Amazon Pay page. */
    public static function returnUrl(array $session): ?string
    {
        $web = $session['webCheckoutDetails'];
        $url = $session['state'] === 'Canceled'
            ? ($web['checkoutCancelUrl'] ?? $web['checkoutResultReturnUrl'] ?? $web['checkoutReviewReturnUrl'])
            : ($web['checkoutResultReturnUrl'] ?? $web['checkoutReviewReturnUrl']);
        if ($url === null) {
            return null;
        }
        return $url . (str_contains($url, '?') ? '&' : '?') . 'amazonCheckoutSessionId=' . rawurlencode($session['id']);
    }

    public static function settle(Context $ctx, array $session): void
    {
        if ($session['state'] === 'Open' && $ctx->now >= $session['expiresAt']) {
            self::cancel($ctx, $session, 'Expired', $session['expiresAt']);
        }
    }

    private static function webCheckout(array $given, array $current): array
    {
        $out = [];
        foreach (['checkoutReviewReturnUrl', 'checkoutResultReturnUrl', 'checkoutCancelUrl', 'checkoutMode'] as $key) {
            $out[$key] = array_key_exists($key, $given) && $given[$key] !== null ? $given[$key] : ($current[$key] ?? null);
        }
        return $out;
    }

    private static function recurring(?array $value): ?array
    {
        if ($value === null) {
            return null;
        }
        if (isset($value['amount'])) {
            [$minor, $currency] = Money::parsePrice($value['amount'], 'recurringMetadata.amount');
            $value['amount'] = Money::price($minor, $currency);
        }
        return $value;
    }

    /** Parses and checks paymentDetails; amounts are kept as [minor, currency]. */
    private static function paymentDetails(Context $ctx, string $region, array $given, ?array $current): array
    {
        $strict = $ctx->config->bool('strictJpyDecimals');
        $details = $current ?? [
            'paymentIntent' => null, 'canHandlePendingAuthorization' => false, 'chargeAmount' => null,
            'totalOrderAmount' => null, 'presentmentCurrency' => null, 'softDescriptor' => null,
            'allowOvercharge' => null, 'extendExpiration' => null, 'estimateOrderTotal' => null,
        ];
        foreach (['paymentIntent', 'canHandlePendingAuthorization', 'allowOvercharge', 'extendExpiration'] as $key) {
            if (isset($given[$key])) {
                $details[$key] = $given[$key];
            }
        }
        if (isset($given['softDescriptor'])) {
            $details['softDescriptor'] = Validator::softDescriptor($given['softDescriptor'], 'paymentDetails.softDescriptor');
        }
        if (isset($given['presentmentCurrency'])) {
            $currency = $given['presentmentCurrency'];
            if (!in_array($currency, Money::CURRENCIES, true)) {
                throw ApiError::invalidValue('paymentDetails.presentmentCurrency');
            }
            if ($current !== null && $current['presentmentCurrency'] !== null && $current['presentmentCurrency'] !== $currency) {
                throw ApiError::invalidValue('paymentDetails.presentmentCurrency', 'The presentmentCurrency cannot be changed.');
            }
            self::checkRegionCurrency($ctx, $region, $currency);
            $details['presentmentCurrency'] = $currency;
        }
        foreach (['chargeAmount', 'totalOrderAmount', 'estimateOrderTotal'] as $key) {
            if (!isset($given[$key])) {
                continue;
            }
            [$minor, $currency] = Money::parsePrice($given[$key], "paymentDetails.$key", $strict);
            if ($minor <= 0) {
                throw ApiError::invalidValue("paymentDetails.$key.amount", 'The amount must be greater than zero.');
            }
            if ($minor > Money::maxTransaction($currency)) {
                throw ApiError::amountExceeded("The paymentDetails.$key exceeds the maximum amount per order.");
            }
            self::checkRegionCurrency($ctx, $region, $currency);
            $details[$key] = [$minor, $currency];
        }
        $presentment = $details['presentmentCurrency'];
        foreach (['chargeAmount', 'totalOrderAmount'] as $key) {
            $currency = $details[$key][1] ?? null;
            if ($currency !== null && $presentment !== null && $currency !== $presentment) {
                throw ApiError::currencyMismatch($presentment, $currency);
            }
            $presentment ??= $currency;
        }
        if ($details['chargeAmount'] !== null && $details['totalOrderAmount'] !== null
            && $details['totalOrderAmount'][1] !== $details['chargeAmount'][1]) {
            throw ApiError::currencyMismatch($details['chargeAmount'][1], $details['totalOrderAmount'][1]);
        }
        $details['presentmentCurrency'] = $presentment;
        return $details;
    }

    private static function checkRegionCurrency(Context $ctx, string $region, string $currency): void
    {
        if (!Money::regionAccepts($region, $currency)) {
            $code = (string) $ctx->config->get('nonLedgerCurrencyCode');
            throw new ApiError(400, $code, "The currency [$currency] is not supported in the region [$region].");
        }
    }

    /** @return list<array{constraintId: string, description: string}> */
    public static function constraints(array $session): array
    {
        $out = [];
        if (!$session['buyerAssociated']) {
            $out[] = ['constraintId' => 'BuyerNotAssociated', 'description' => 'There is no buyer associated with the Checkout Session.'];
        }
        if ($session['paymentDetails']['chargeAmount'] === null) {
            $out[] = ['constraintId' => 'ChargeAmountNotSet', 'description' => 'chargeAmount is not set.'];
        }
        if ($session['webCheckoutDetails']['checkoutResultReturnUrl'] === null) {
            $out[] = ['constraintId' => 'CheckoutResultReturnUrlNotSet', 'description' => 'checkoutResultReturnUrl is not set.'];
        }
        if ($session['paymentDetails']['paymentIntent'] === null) {
            $out[] = ['constraintId' => 'PaymentIntentNotSet', 'description' => 'paymentIntent is not set.'];
        }
        return $out;
    }

    public static function render(Context $ctx, array $session): array
    {
        $status = [
            'state' => $session['state'],
            'reasonCode' => $session['reasonCode'],
            'reasonDescription' => $session['reasonCode'] === null ? null : self::CANCEL_TEXT[$session['reasonCode']] ?? null,
            'lastUpdatedTimestamp' => Clock::format($session['updatedAt']),
        ];
        if ($session['state'] === 'Canceled') {
            // a canceled session only tells its state and reason
            return ['checkoutSessionId' => $session['id'], 'statusDetails' => $status] + self::nulls();
        }
        if ($session['state'] === 'Completed') {
            return self::renderCompleted($ctx, $session, $status);
        }
        $open = $session['state'] === 'Open';
        $constraints = $open ? self::constraints($session) : [];
        $redirectable = $open && array_diff(array_column($constraints, 'constraintId'), ['BuyerNotAssociated']) === [];
        $details = $session['paymentDetails'];
        $price = static fn (?array $p): ?array => $p === null ? null : Money::price($p[0], $p[1]);
        $showBuyer = $open && $session['buyerAssociated'];
        return [
            'checkoutSessionId' => $session['id'],
            'webCheckoutDetails' => $session['webCheckoutDetails'] + [
                'amazonPayRedirectUrl' => $redirectable ? $ctx->baseUrl . '/__sandbox/checkout/' . $session['id'] : null,
            ],
            'productType' => $session['productType'],
            'paymentDetails' => [
                'paymentIntent' => $details['paymentIntent'],
                'canHandlePendingAuthorization' => $details['canHandlePendingAuthorization'],
                'chargeAmount' => $price($details['chargeAmount']),
                'totalOrderAmount' => $price($details['totalOrderAmount']),
                'softDescriptor' => $details['softDescriptor'],
                'presentmentCurrency' => $details['presentmentCurrency'],
                'allowOvercharge' => $details['allowOvercharge'],
                'extendExpiration' => $details['extendExpiration'],
                'estimateOrderTotal' => $price($details['estimateOrderTotal']),
            ],
            'chargePermissionType' => $session['chargePermissionType'],
            'recurringMetadata' => $session['recurringMetadata'],
            'checkoutType' => 'MultiStep',
            'paymentMethodOnFileMetadata' => $session['paymentMethodOnFileMetadata'],
            'merchantMetadata' => $session['merchantMetadata'],
            'supplementaryData' => null,
            'buyer' => $showBuyer ? TestBuyer::buyer() : null,
            'billingAddress' => $showBuyer ? TestBuyer::address($session['region']) : null,
            // no buyer yet: Amazon renders a list holding one null
            'paymentPreferences' => $showBuyer ? TestBuyer::paymentPreferences($session['paymentMethod']) : [null],
            'statusDetails' => $status,
            'shippingAddress' => $showBuyer && $session['productType'] === 'PayAndShip' ? TestBuyer::address($session['region']) : null,
            'platformId' => $session['platformId'],
            'chargePermissionId' => $session['chargePermissionId'],
            'chargeId' => $session['chargeId'],
            'constraints' => $constraints,
            'creationTimestamp' => Clock::format($session['createdAt']),
            'expirationTimestamp' => Clock::format($session['expiresAt']),
            'storeId' => $session['storeId'],
            'deliverySpecifications' => $session['deliverySpecifications'],
            'providerMetadata' => $session['providerMetadata'],
            'checkoutButtonText' => null,
            'releaseEnvironment' => $session['env'],
        ];
    }

    /** Every key of a rendered session, in Amazon's order, all null. */
    private static function nulls(): array
    {
        return array_fill_keys(['checkoutSessionId', 'webCheckoutDetails', 'productType', 'paymentDetails',
            'chargePermissionType', 'recurringMetadata', 'checkoutType', 'paymentMethodOnFileMetadata', 'merchantMetadata',
            'supplementaryData', 'buyer', 'billingAddress', 'paymentPreferences', 'statusDetails', 'shippingAddress',
            'platformId', 'chargePermissionId', 'chargeId', 'constraints', 'creationTimestamp', 'expirationTimestamp',
            'storeId', 'deliverySpecifications', 'providerMetadata', 'checkoutButtonText', 'releaseEnvironment'], null);
    }

    /**
     * A completed session tells its ids and state only, as Amazon answers Complete and later GETs:
     * the order details live on the Charge Permission and Charge from then on. Under "current" the
     * timestamps, constraints and releaseEnvironment stay (not shown null in any recorded answer);
     * under "strict-nulls" they are null too.
     */
    private static function renderCompleted(Context $ctx, array $session, array $status): array
    {
        $out = array_replace(self::nulls(), [
            'checkoutSessionId' => $session['id'],
            'statusDetails' => $status,
            'chargePermissionId' => $session['chargePermissionId'],
            'chargeId' => $session['chargeId'],
        ]);
        if (!$ctx->config->strictNulls()) {
            $out['constraints'] = [];
            $out['creationTimestamp'] = Clock::format($session['createdAt']);
            $out['expirationTimestamp'] = Clock::format($session['expiresAt']);
            $out['releaseEnvironment'] = $session['env'];
        }
        return $out;
    }
}
