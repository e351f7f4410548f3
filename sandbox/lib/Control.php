<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * The unsigned control API under /__sandbox/ (loopback clients only).
 */
final class Control
{
    private const PERMISSION_SCHEMA = [
        'chargeAmount' => 'price',
        'totalOrderAmount' => 'price',
        'region' => 'enum:na|eu|jp',
        'chargePermissionId' => 'string',
        'paymentMethod' => 'string',
        'releaseEnvironment' => 'enum:Sandbox|Live',
        'chargePermissionType' => 'enum:OneTime|Recurring|PaymentMethodOnFile',
        'allowOvercharge' => 'bool',
        'extendExpiration' => 'bool',
        'merchantMetadata' => Validator::MERCHANT_METADATA,
        'platformId' => 'string:256',
        'recurringMetadata' => 'any',
        'productType' => 'enum:PayAndShip|PayOnly',
    ];

    public function __construct(
        private readonly Store $store,
        private readonly Clock $clock,
    ) {
    }

    public function handle(Request $request, string $rest): Response
    {
        try {
            return $this->route($request, $request->method, trim($rest, '/'));
        } catch (ApiError $e) {
            return Response::error($e);
        }
    }

    private function route(Request $request, string $method, string $rest): Response
    {
        $body = fn (): array => Validator::decode($request->body);
        return match (true) {
            $rest === '' && $method === 'GET' => $this->info($request),
            $rest === 'keys' && $method === 'POST' => $this->registerKey($body()),
            $rest === 'keys' && $method === 'GET' => $this->listKeys(),
            $rest === 'chargePermissions' && $method === 'POST' => $this->createPermission($request, $body()),
            (bool) preg_match('#^chargePermissions/([^/]+)$#', $rest, $m) && $method === 'GET' => $this->inspectPermission($request, rawurldecode($m[1])),
            (bool) preg_match('#^chargePermissions/([^/]+)/paymentMethod$#', $rest, $m) && $method === 'POST' => $this->changePaymentMethod($request, rawurldecode($m[1]), $body()),
            $rest === 'clock' && $method === 'GET' => $this->clockState(),
            $rest === 'clock' && $method === 'POST' => $this->advanceClock($request, $body()),
            $rest === 'faults' && $method === 'GET' => Response::json(200, ['faults' => Faults::list($this->store)]),
            $rest === 'faults' && $method === 'POST' => $this->addFault($body()),
            $rest === 'faults' && $method === 'DELETE' => $this->addFault(['count' => 0]),
            $rest === 'requests' && $method === 'GET' => Response::json(200, ['requests' => RequestLog::list($this->store, $request->queryParams())]),
            ($rest === 'requests' && $method === 'DELETE') || ($rest === 'requests/clear' && $method === 'POST') => $this->clearRequests(),
            $rest === 'ipn' && $method === 'POST' => $this->configureIpn($body()),
            $rest === 'ipn' && $method === 'GET' => $this->ipnState(),
            $rest === 'ipn/cert.pem' && $method === 'GET' => $this->certificate(),
            $rest === 'ipn/queue' && $method === 'GET' => Response::json(200, ['queue' => $this->ipn()->queue()]),
            $rest === 'ipn/deliver' && $method === 'POST', $rest === 'tick' && $method === 'POST' => $this->tick($request),
            $rest === 'ipn/inbox' && $method === 'POST' => $this->receive($request),
            $rest === 'ipn/inbox' && $method === 'GET' => $this->inbox(),
            $rest === 'ipn/inbox' && $method === 'DELETE' => $this->clearInbox(),
            $rest === 'ipn/inbox/fail' && $method === 'POST' => $this->failInbox($body()),
            $rest === 'ipn/unsubscribe' => Response::json(200, ['unsubscribed' => false, 'message' => 'Use POST /__sandbox/ipn {"url": null}.']),
            $rest === 'reset' && $method === 'POST' => $this->reset($body()),
            $rest === 'lwa/tokens' && $method === 'POST' => (new LoginWithAmazon($this->store, $this->clock))->mint($body()),
            $rest === 'config' && $method === 'GET' => Response::json(200, Config::load($this->store)->all()),
            $rest === 'config' && $method === 'POST' => $this->configure($body()),
            (bool) preg_match('#^checkoutSessions/([^/]+)/buyer$#', $rest, $m) && $method === 'POST' => $this->buyer($request, rawurldecode($m[1]), $body()),
            (bool) preg_match('#^checkout/([^/]+)$#', $rest, $m) && $method === 'GET' => $this->checkoutPage($request, rawurldecode($m[1])),
            default => throw new ApiError(404, 'ResourceNotFound', "No control endpoint [$method /__sandbox/$rest]."),
        };
    }

    private function info(Request $request): Response
    {
        return Response::json(200, [
            'service' => 'amzpay Amazon Pay API v2 sandbox',
            'baseUrl' => $request->baseUrl(),
            'environments' => ['Sandbox' => '/sandbox/v2/', 'Live' => '/live/v2/', 'byKeyPrefix' => '/v2/'],
            'demoKeys' => App::DEMO_KEY_IDS,
            'now' => Clock::format($this->clock->now()),
        ]);
    }

    private function registerKey(array $body): Response
    {
        Validator::check($body, ['publicKeyId' => 'string:128', 'publicKey' => 'string:16384', 'merchantId' => 'string:64'],
            ['publicKeyId', 'publicKey']);
        $key = openssl_pkey_get_public($body['publicKey']);
        if ($key === false || (openssl_pkey_get_details($key)['type'] ?? null) !== OPENSSL_KEYTYPE_RSA) {
            throw ApiError::invalidValue('publicKey', 'An RSA public key in PEM form is required.');
        }
        $this->store->transaction(function () use ($body): void {
            $this->store->exec(
                'INSERT INTO keys (public_key_id, pem, builtin, created_at) VALUES (?, ?, 0, ?)
                 ON CONFLICT(public_key_id) DO UPDATE SET pem = excluded.pem',
                [$body['publicKeyId'], $body['publicKey'], time()]
            );
            Idempotency::setMerchant($this->store, $body['publicKeyId'], $body['merchantId'] ?? null);
        });
        $config = Config::load($this->store);
        return Response::json(201, ['publicKeyId' => $body['publicKeyId'], 'registered' => true,
            'merchantId' => Idempotency::merchantOf($this->store, $config, $body['publicKeyId'])]);
    }

    private function listKeys(): Response
    {
        $config = Config::load($this->store);
        return Response::json(200, ['keys' => array_map(
            fn (array $r): array => ['publicKeyId' => $r['public_key_id'], 'builtin' => (bool) $r['builtin'],
                'merchantId' => Idempotency::merchantOf($this->store, $config, $r['public_key_id'])],
            $this->store->query('SELECT public_key_id, builtin FROM keys ORDER BY public_key_id')
        )]);
    }

    /** A Chargeable permission as if a buyer had completed checkout. */
    private function createPermission(Request $request, array $body): Response
    {
        Validator::check($body, self::PERMISSION_SCHEMA, ['chargeAmount']);
        $env = $body['releaseEnvironment'] ?? 'Sandbox';
        return $this->store->transaction(function () use ($request, $body, $env): Response {
            $ctx = $this->context($request, $env);
            Settler::run($ctx);
            [$amount, $currency] = Money::parsePrice($body['chargeAmount'], 'chargeAmount', $ctx->config->bool('strictJpyDecimals'));
            if ($amount <= 0 || $amount > Money::maxTransaction($currency)) {
                throw ApiError::invalidValue('chargeAmount.amount');
            }
            $region = $body['region'] ?? match ($currency) { 'USD' => 'na', 'JPY' => 'jp', default => 'eu' };
            if (!Money::regionAccepts($region, $currency)) {
                throw new ApiError(400, 'CurrencyMismatch', "The currency [$currency] is not supported in the region [$region].");
            }
            $total = null;
            if (isset($body['totalOrderAmount'])) {
                [$total, $totalCurrency] = Money::parsePrice($body['totalOrderAmount'], 'totalOrderAmount');
                if ($totalCurrency !== $currency) {
                    throw ApiError::currencyMismatch($currency, $totalCurrency);
                }
            }
            $id = $body['chargePermissionId'] ?? null;
            if ($id !== null) {
                if (!preg_match(Ids::PERMISSION, $id) || $id[0] !== Ids::envLetter($env)) {
                    throw ApiError::invalidValue('chargePermissionId',
                        'Expected ' . Ids::envLetter($env) . 'NN-NNNNNNN-NNNNNNN for the ' . $env . ' environment.');
                }
                if ($this->store->exists('permissions', $id)) {
                    throw new ApiError(409, 'InvalidParameterValue', "The Charge Permission [$id] already exists.");
                }
            }
            $card = $body['paymentMethod'] ?? null;
            if ($card !== null && !TestBuyer::validCard($card)) {
                throw ApiError::invalidValue('paymentMethod', 'Known test cards: ' . implode(', ', TestBuyer::CARDS) . '.');
            }
            $permission = ChargePermissions::create($ctx, [
                'id' => $id,
                'type' => $body['chargePermissionType'] ?? 'OneTime',
                'currency' => $currency,
                'chargeAmount' => $amount,
                'totalOrderAmount' => $total,
                'region' => $region,
                'allowOvercharge' => $body['allowOvercharge'] ?? false,
                'extendExpiration' => $body['extendExpiration'] ?? false,
                'paymentMethod' => $card,
                'merchantMetadata' => $body['merchantMetadata'] ?? null,
                'platformId' => $body['platformId'] ?? null,
                'recurringMetadata' => $body['recurringMetadata'] ?? null,
                'productType' => $body['productType'] ?? 'PayAndShip',
            ]);
            return Response::json(201, ChargePermissions::render($ctx, $permission));
        });
    }

    /** Permission with all its charges and refunds, whatever the environment (for consistency checks). */
    private function inspectPermission(Request $request, string $id): Response
    {
        return $this->store->transaction(function () use ($request, $id): Response {
            $permission = $this->store->findAnyEnv('permissions', $id) ?? throw ApiError::notFound('Charge Permission');
            $ctx = $this->context($request, $permission['env']);
            Settler::run($ctx);
            $permission = $this->store->findAnyEnv('permissions', $id);
            $charges = [];
            foreach (ChargePermissions::charges($ctx, $id) as $charge) {
                $charges[] = Charges::render($ctx, $charge) + ['refunds' => array_map(
                    static fn (array $refund): array => Refunds::render($ctx, $refund), $this->store->children('refunds', $charge['id']))];
            }
            return Response::json(200, ['chargePermission' => ChargePermissions::render($ctx, $permission), 'charges' => $charges]);
        });
    }

    /** Test hook: the buyer picks another payment method for a permission at Amazon (an IPN follows). */
    private function changePaymentMethod(Request $request, string $id, array $body): Response
    {
        Validator::check($body, ['paymentMethod' => 'string'], ['paymentMethod']);
        if (!TestBuyer::validCard($body['paymentMethod'])) {
            throw ApiError::invalidValue('paymentMethod', 'Known test cards: ' . implode(', ', TestBuyer::CARDS) . '.');
        }
        return $this->store->transaction(function () use ($request, $id, $body): Response {
            $found = $this->store->findAnyEnv('permissions', $id) ?? throw ApiError::notFound('Charge Permission');
            $ctx = $this->context($request, $found['env']);
            Settler::run($ctx);
            $permission = ChargePermissions::buyerChangesPaymentMethod($ctx, $id, $body['paymentMethod']);
            return Response::json(200, ChargePermissions::render($ctx, $permission));
        });
    }

    private function clockState(): Response
    {
        $now = $this->clock->now();
        return Response::json(200, ['now' => Clock::format($now), 'epoch' => $now, 'offsetSeconds' => $this->clock->offset(),
            'realNow' => gmdate('Ymd\THis\Z')]);
    }

    private function advanceClock(Request $request, array $body): Response
    {
        Validator::check($body, ['advanceSeconds' => 'any', 'advanceDays' => 'any']);
        $seconds = $body['advanceSeconds'] ?? 0;
        $days = $body['advanceDays'] ?? 0;
        if (!is_int($seconds) || $seconds < 0 || !is_int($days) || $days < 0) {
            throw ApiError::invalidValue('advanceSeconds', 'The clock only moves forward: give a non-negative integer.');
        }
        $this->store->transaction(function () use ($request, $seconds, $days): void {
            $this->clock->advance($seconds + $days * Clock::DAY);
            Settler::run($this->context($request, 'Sandbox'));
        });
        return $this->clockState();
    }

    private function addFault(array $body): Response
    {
        $faults = $this->store->transaction(fn (): array => Faults::add($this->store, $body));
        return Response::json(200, ['faults' => $faults]);
    }

    private function clearRequests(): Response
    {
        $this->store->transaction(fn () => $this->store->exec('DELETE FROM requests'));
        return Response::json(200, ['requests' => []]);
    }

    private function configureIpn(array $body): Response
    {
        Validator::check($body, ['url' => 'string:2048', 'environment' => 'enum:Sandbox|Live']);
        $this->store->transaction(fn () => $this->ipn()->setUrl($body['url'] ?? null, $body['environment'] ?? null));
        return $this->ipnState();
    }

    private function ipnState(): Response
    {
        return Response::json(200, ['urls' => (object) $this->ipn()->urls(), 'queue' => $this->ipn()->queue()]);
    }

    private function certificate(): Response
    {
        [$cert] = $this->ipn()->certificate();
        return new Response(200, $cert, ['Content-Type' => 'application/x-pem-file']);
    }

    /** Settles due transitions and delivers due notifications now. */
    private function tick(Request $request): Response
    {
        $settled = $this->store->transaction(fn (): int => Settler::run($this->context($request, 'Sandbox')));
        // a single php -S process cannot deliver to itself; the background ticker does that
        $self = (int) getenv('PHP_CLI_SERVER_WORKERS') > 1 ? null : $request->baseUrl();
        $attempts = $this->ipn()->deliverDue(50, $self);
        return Response::json(200, ['settled' => $settled, 'deliveryAttempts' => $attempts]);
    }

    /** A built-in IPN receiver: stores what arrives and checks its SNS signature. */
    private function receive(Request $request): Response
    {
        return $this->store->transaction(function () use ($request): Response {
            $faults = json_decode($this->store->meta('inbox_faults') ?? '{}', true) ?: [];
            $failing = ($faults['remaining'] ?? 0) > 0;
            if ($failing) {
                $faults['remaining']--;
                $this->store->setMeta('inbox_faults', json_encode($faults));
            }
            $envelope = json_decode($request->body, true);
            [$cert] = $this->ipn()->certificate();
            $valid = is_array($envelope) && Ipn::verifyEnvelope($envelope, $cert);
            $this->store->exec(
                'INSERT INTO ipn_inbox (received_at, message_type, content_type, body, signature_valid, answered) VALUES (?, ?, ?, ?, ?, ?)',
                [microtime(true), $request->header('x-amz-sns-message-type'), $request->header('content-type'),
                    $request->body, $valid ? 1 : 0, $failing ? (int) $faults['status'] : 200]
            );
            return $failing
                ? Response::json((int) $faults['status'], ['received' => false])
                : Response::json(200, ['received' => true]);
        });
    }

    private function inbox(): Response
    {
        return Response::json(200, ['notifications' => array_map(static fn (array $r): array => [
            'id' => (int) $r['id'],
            'receivedAt' => gmdate('Y-m-d\TH:i:s\Z', (int) $r['received_at']),
            'messageType' => $r['message_type'],
            'contentType' => $r['content_type'],
            'signatureValid' => (bool) $r['signature_valid'],
            'answeredWith' => (int) $r['answered'],
            'envelope' => json_decode($r['body'], true),
            'message' => json_decode((string) (json_decode($r['body'], true)['Message'] ?? 'null'), true),
        ], $this->store->query('SELECT * FROM ipn_inbox ORDER BY id'))]);
    }

    private function clearInbox(): Response
    {
        $this->store->transaction(fn () => $this->store->exec('DELETE FROM ipn_inbox'));
        return Response::json(200, ['notifications' => []]);
    }

    private function failInbox(array $body): Response
    {
        Validator::check($body, ['count' => 'int', 'status' => 'int'], ['count']);
        $faults = ['remaining' => (int) $body['count'], 'status' => (int) ($body['status'] ?? 500)];
        $this->store->transaction(fn () => $this->store->setMeta('inbox_faults', json_encode($faults)));
        return Response::json(200, $faults);
    }

    private function reset(array $body): Response
    {
        Validator::check($body, ['keys' => 'bool']);
        $this->store->reset($body['keys'] ?? false);
        return Response::json(200, ['reset' => true]);
    }

    private function configure(array $body): Response
    {
        $config = $this->store->transaction(fn (): Config => Config::update($this->store, $body));
        return Response::json(200, $config->all());
    }

    /** Test hook: the buyer signs in, picks a card and returns or cancels. */
    private function buyer(Request $request, string $id, array $body): Response
    {
        Validator::check($body, ['paymentMethod' => 'string', 'action' => 'enum:return|cancel', 'releaseEnvironment' => 'enum:Sandbox|Live']);
        $card = $body['paymentMethod'] ?? null;
        if ($card !== null && !TestBuyer::validCard($card)) {
            throw ApiError::invalidValue('paymentMethod', 'Known test cards: ' . implode(', ', TestBuyer::CARDS) . '.');
        }
        return $this->store->transaction(function () use ($request, $id, $body, $card): Response {
            $env = ($this->store->findAnyEnv('sessions', $id) ?? [])['env'] ?? ($body['releaseEnvironment'] ?? 'Sandbox');
            $ctx = $this->context($request, $env);
            Settler::run($ctx);
            $session = CheckoutSessions::buyerAction($ctx, $id, $card, $body['action'] ?? 'return');
            return Response::json(200, CheckoutSessions::render($ctx, $session) + ['returnUrl' => CheckoutSessions::returnUrl($session)]);
        });
    }

    /** amazonPayRedirectUrl: the buyer "confirms" with the default (or ?paymentMethod=) card and is sent back. */
    private function checkoutPage(Request $request, string $id): Response
    {
        $query = $request->queryParams();
        $response = $this->buyer($request, $id, array_filter([
            'paymentMethod' => $query['paymentMethod'] ?? null,
            'action' => $query['action'] ?? null,
        ], static fn ($v) => $v !== null));
        if ($response->status !== 200) {
            return $response;
        }
        $url = json_decode($response->body, true)['returnUrl'] ?? null;
        return $url === null ? $response : new Response(302, '', ['Location' => $url]);
    }

    private function context(Request $request, string $env): Context
    {
        $config = Config::load($this->store);
        return new Context($this->store, $config, new Ipn($this->store, $config), $this->clock->now(), $env, null, $request->baseUrl());
    }

    private function ipn(): Ipn
    {
        return new Ipn($this->store, Config::load($this->store));
    }
}
