<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * The signed v2 API: /sandbox/v2/..., /live/v2/... and /v2/...
 *
 * Pipeline: authenticate -> throttle / injected fault -> (one BEGIN IMMEDIATE transaction:
 * settle due transitions, idempotency replay, operation, idempotency record, request log) ->
 * post-commit fault actions (delay, connection reset).
 */
final class Api
{
    /** method, path pattern (after /v2/), operation, idempotency key: required | optional | null */
    private const ROUTES = [
        ['POST', '#^checkoutSessions$#', 'createCheckoutSession', 'required'],
        ['GET', '#^checkoutSessions/([^/]+)$#', 'getCheckoutSession', null],
        ['PATCH', '#^checkoutSessions/([^/]+)$#', 'updateCheckoutSession', null],
        ['POST', '#^checkoutSessions/([^/]+)/complete$#', 'completeCheckoutSession', 'optional'],
        ['GET', '#^chargePermissions/([^/]+)$#', 'getChargePermission', null],
        ['PATCH', '#^chargePermissions/([^/]+)$#', 'updateChargePermission', null],
        ['DELETE', '#^chargePermissions/([^/]+)/close$#', 'closeChargePermission', null],
        ['POST', '#^charges$#', 'createCharge', 'required'],
        ['GET', '#^charges/([^/]+)$#', 'getCharge', null],
        ['POST', '#^charges/([^/]+)/capture$#', 'captureCharge', 'required'],
        ['DELETE', '#^charges/([^/]+)/cancel$#', 'cancelCharge', null],
        ['POST', '#^refunds$#', 'createRefund', 'required'],
        ['GET', '#^refunds/([^/]+)$#', 'getRefund', null],
    ];

    public function __construct(
        private readonly Store $store,
        private readonly Clock $clock,
    ) {
    }

    /**
     * Splits an API path into environment (null for /v2/) and the part after /v2/.
     *
     * @return ?array{0: ?string, 1: string} null when the path is not an API path
     */
    public static function splitPath(string $path): ?array
    {
        if (preg_match('#^/(sandbox|live)/(v\d+)/(.*)$#', $path, $m)) {
            return [$m[2] === 'v2' ? ucfirst($m[1]) : 'bad-version', $m[3]];
        }
        if (preg_match('#^/(v\d+)/(.*)$#', $path, $m)) {
            return [$m[1] === 'v2' ? null : 'bad-version', $m[2]];
        }
        return null;
    }

    /** @return ?Response null when the connection was reset and nothing may be written */
    public function handle(Request $request, ?string $pathEnv, string $rest): ?Response
    {
        $entry = [
            'method' => $request->method,
            'path' => $request->path,
            'idempotencyKey' => $request->header('x-amz-pay-idempotency-key'),
            'simulationCode' => $request->header('x-amz-pay-simulation-code'),
            'requestId' => $GLOBALS['AMZPAY_SANDBOX_REQUEST_ID'] ?? Ids::requestId(),
        ];
        [$operation, $params, $idempotency] = $this->route($request->method, $rest);
        $entry['operation'] = $operation;
        $config = Config::load($this->store);

        try {
            if ($pathEnv === 'bad-version') {
                throw new ApiError(400, 'InvalidAPIVersion', 'Only API version v2 is supported.');
            }
            $auth = Auth::authenticate($this->store, $config, $request, $pathEnv);
        } catch (ApiError $e) {
            return $this->finish($entry + ['outcome' => 'rejected'], Response::error($e));
        }
        $entry['publicKeyId'] = $auth['publicKeyId'];
        $entry['env'] = $auth['env'];

        [$early, $fault] = $this->store->transaction(function () use ($config, $auth, $request, &$entry): array {
            $rate = $config->int('throttleRate');
            if ($rate > 0 && RequestLog::recentCount($this->store, $auth['publicKeyId']) >= $rate) {
                return [Response::json(429, ['reasonCode' => (string) $config->get('throttleReasonCode'),
                    'message' => 'The request was throttled. Retry with exponential backoff.']), null];
            }
            $fault = Faults::take($this->store, $request->method, $request->path);
            if ($fault !== null && !Faults::processes($fault)) {
                $entry['fault'] = Faults::label($fault);
                return [Faults::response($fault, $config), $fault];
            }
            return [null, $fault];
        });
        if ($early !== null) {
            return $this->finish($entry + ['outcome' => $fault === null ? 'rejected' : 'fault'], $early);
        }
        if ($fault !== null) {
            $entry['fault'] = Faults::label($fault);
            if (isset($fault['delayMs']) && ($fault['delayPhase'] ?? 'after') === 'before') {
                usleep($fault['delayMs'] * 1000);
            }
        }

        try {
            $response = $this->process($request, $auth, $config, $operation, $params, $idempotency, $entry);
        } catch (\Throwable $e) {
            error_log('amzpay sandbox: ' . $e);
            $response = $this->finish($entry + ['outcome' => 'rejected'],
                Response::json(500, ['reasonCode' => 'InternalServerError', 'message' => 'The sandbox failed: ' . $e->getMessage()]));
        }
        return $fault === null ? $response : $this->applyFault($fault, $response);
    }

    /** Everything that reads or changes state, in one transaction. */
    private function process(Request $request, array $auth, Config $config, ?string $operation, array $params,
        ?string $idempotency, array $entry): Response
    {
        return $this->store->transaction(function () use ($request, $auth, $config, $operation, $params, $idempotency, $entry): Response {
            $base = new Context($this->store, $config, new Ipn($this->store, $config), $this->clock->now(),
                $auth['env'], $auth['region'], $request->baseUrl());
            Settler::run($base);
            $entry['simTime'] = $base->now;
            $key = null;
            $scope = $auth['publicKeyId'];
            $fingerprint = null;
            $objectId = null;
            try {
                if ($operation === null) {
                    throw $this->unknownRoute($request->method, $request->path);
                }
                if ($request->method === 'POST') {
                    $key = Idempotency::validate($request->header('x-amz-pay-idempotency-key'), $idempotency === 'required', $config);
                }
                $simulation = Simulation::resolve($operation, $request->header('x-amz-pay-simulation-code'),
                    $auth['env'] === 'Live', $config);
                $scope = Idempotency::scope($this->store, $config, $auth['publicKeyId'], $auth['env']);
                if ($key !== null) {
                    // environment and resource: /sandbox/v2/charges and /v2/charges (SANDBOX- key id) are one endpoint
                    $resource = $auth['env'] . ' ' . (self::splitPath($request->path)[1] ?? $request->path);
                    $fingerprint = Idempotency::fingerprint($request->method, $resource, $request->body,
                        $config->bool('idempotencyFingerprintSimulation') ? $simulation : null);
                    $stored = Idempotency::lookup($this->store, $scope, $key, $fingerprint);
                    if ($stored !== null) {
                        $response = new Response($stored['status'], $stored['body'], ['Content-Type' => 'application/json']);
                        RequestLog::write($this->store, $entry + ['status' => $response->status, 'outcome' => 'replayed',
                            'objectId' => $stored['objectId'], 'reasonCode' => self::reasonOf($response)]);
                        return $response;
                    }
                }
                $body = Validator::decode($request->body);
                $ctx = new Context($this->store, $config, $base->ipn, $base->now, $auth['env'], $auth['region'],
                    $base->baseUrl, $simulation);
                $result = $this->dispatch($ctx, $operation, $params, $body);
                $response = Response::json($result->status, $result->body);
                $objectId = $result->objectId;
                $outcome = $request->method === 'GET' ? 'read' : 'applied';
            } catch (ApiError $e) {
                $response = Response::error($e);
                $outcome = 'rejected';
            }
            if ($key !== null && $fingerprint !== null && self::storable($response, $config)) {
                Idempotency::store($this->store, $scope, $key, $fingerprint, $response, $objectId, $base->now);
            }
            RequestLog::write($this->store, $entry + ['status' => $response->status, 'outcome' => $outcome,
                'objectId' => $objectId, 'reasonCode' => self::reasonOf($response)]);
            return $response;
        });
    }

    private function dispatch(Context $ctx, string $operation, array $params, array $body): Result
    {
        $id = $params[0] ?? '';
        return match ($operation) {
            'createCheckoutSession' => CheckoutSessions::create($ctx, $body),
            'getCheckoutSession' => CheckoutSessions::get($ctx, $id),
            'updateCheckoutSession' => CheckoutSessions::update($ctx, $id, $body),
            'completeCheckoutSession' => CheckoutSessions::complete($ctx, $id, $body),
            'getChargePermission' => ChargePermissions::get($ctx, $id),
            'updateChargePermission' => ChargePermissions::update($ctx, $id, $body),
            'closeChargePermission' => ChargePermissions::close($ctx, $id, $body),
            'createCharge' => Charges::create($ctx, $body),
            'getCharge' => Charges::get($ctx, $id),
            'captureCharge' => Charges::capture($ctx, $id, $body),
            'cancelCharge' => Charges::cancel($ctx, $id, $body),
            'createRefund' => Refunds::create($ctx, $body),
            'getRefund' => Refunds::get($ctx, $id),
        };
    }

    /** @return array{0: ?string, 1: list<string>, 2: ?string} */
    private function route(string $method, string $rest): array
    {
        foreach (self::ROUTES as [$verb, $pattern, $operation, $idempotency]) {
            if ($verb === $method && preg_match($pattern, $rest, $m)) {
                return [$operation, array_map('rawurldecode', array_slice($m, 1)), $idempotency];
            }
        }
        return [null, [], null];
    }

    private function unknownRoute(string $method, string $path): ApiError
    {
        $rest = self::splitPath($path)[1] ?? '';
        foreach (self::ROUTES as [, $pattern]) {
            if (preg_match($pattern, $rest)) {
                return new ApiError(405, 'UnsupportedOperation', "The method [$method] is not supported for this resource.");
            }
        }
        return new ApiError(404, 'ResourceNotFound', "The sandbox does not serve [$method $path].");
    }

    /** True in a forked php -S worker (whose parent is the php -S master), never in the master itself. */
    private static function isForkedWorker(): bool
    {
        if (!function_exists('posix_kill') || (int) getenv('PHP_CLI_SERVER_WORKERS') < 2) {
            return false;
        }
        $parent = @file_get_contents('/proc/' . posix_getppid() . '/cmdline');
        return is_string($parent) && in_array('-S', explode("\0", $parent), true);
    }

    private static function storable(Response $response, Config $config): bool
    {
        if ($response->status < 300) {
            return true;
        }
        return $response->status < 500 && !in_array($response->status, [403, 429], true)
            && $config->bool('idempotencyReplayErrors');
    }

    private static function reasonOf(Response $response): ?string
    {
        if ($response->status < 300) {
            return null;
        }
        $decoded = json_decode($response->body, true);
        return is_array($decoded) ? ($decoded['reasonCode'] ?? null) : null;
    }

    private function finish(array $entry, Response $response): Response
    {
        $this->store->transaction(fn () => RequestLog::write($this->store, $entry + [
            'status' => $response->status,
            'reasonCode' => self::reasonOf($response),
            'simTime' => $this->clock->now(),
        ]));
        return $response;
    }

    /** Post-commit fault behaviour. */
    private function applyFault(array $fault, Response $response): ?Response
    {
        if (isset($fault['action'])) {
            if (Connection::reset((int) ($_SERVER['REMOTE_PORT'] ?? 0))) {
                return null;
            }
            if (self::isForkedWorker()) {
                // last resort without FFI: this worker dies (php -S does not replace it), the client sees the connection drop
                posix_kill(getmypid(), 9);
            }
            $response->headers['x-amzpay-sandbox-fault'] = 'reset-unavailable';
            return $response;
        }
        if (isset($fault['delayMs']) && ($fault['delayPhase'] ?? 'after') !== 'before') {
            usleep($fault['delayMs'] * 1000);
        }
        return Faults::response($fault, Config::load($this->store)) ?? $response;
    }
}
