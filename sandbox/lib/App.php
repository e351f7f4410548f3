<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Front controller: /__sandbox/... -> Control, /{sandbox|live}/v2/... and /v2/... -> Api.
 * Every response carries x-amz-pay-request-id.
 */
final class App
{
    /** Pre-registered ids of the demo key pair in keys/ (test only). */
    public const DEMO_KEY_IDS = [
        'AMZPAYSANDBOXDEMOKEY0001',
        'SANDBOX-AMZPAYSANDBOXDEMOKEY0001',
        'LIVE-AMZPAYSANDBOXDEMOKEY0001',
    ];

    private readonly Clock $clock;

    public function __construct(
        private readonly Store $store,
        private readonly string $keysDir,
    ) {
        $this->clock = new Clock($store);
        $this->registerDemoKeys();
    }

    public static function stateFile(): string
    {
        $file = getenv('AMZPAY_SANDBOX_STATE');
        return is_string($file) && $file !== '' ? $file : sys_get_temp_dir() . '/amzpay-sandbox.sqlite';
    }

    public static function fromEnvironment(): self
    {
        return new self(new Store(self::stateFile()), dirname(__DIR__) . '/keys');
    }

    public function run(): void
    {
        $requestId = Ids::requestId();
        $GLOBALS['AMZPAY_SANDBOX_REQUEST_ID'] = $requestId;
        $request = Request::fromGlobals();
        try {
            $response = $this->dispatch($request);
        } catch (\Throwable $e) {
            error_log('amzpay sandbox: ' . $e);
            $response = Response::json(500, ['reasonCode' => 'InternalServerError', 'message' => 'The sandbox failed: ' . $e->getMessage()]);
        }
        $response?->send($requestId);
    }

    private function dispatch(Request $request): ?Response
    {
        $path = $request->path;
        if ($path === '/__sandbox' || str_starts_with($path, '/__sandbox/')) {
            if (!self::isLoopback((string) ($_SERVER['REMOTE_ADDR'] ?? ''))) {
                return Response::json(403, ['reasonCode' => 'UnauthorizedAccess', 'message' => 'The control API answers loopback clients only.']);
            }
            return (new Control($this->store, $this->clock))->handle($request, substr($path, strlen('/__sandbox')));
        }
        if (LoginWithAmazon::handles($path)) {
            return (new LoginWithAmazon($this->store, $this->clock))->handle($request);
        }
        $split = Api::splitPath($path);
        if ($split !== null) {
            $response = (new Api($this->store, $this->clock))->handle($request, $split[0], $split[1]);
            $this->deliverWithoutTicker($request);
            return $response;
        }
        if ($path === '/' && $request->method === 'GET') {
            return (new Control($this->store, $this->clock))->handle($request, '/');
        }
        return Response::json(404, ['reasonCode' => 'ResourceNotFound', 'message' => "Nothing is served at [$path]."]);
    }

    /**
     * Without the background ticker of sandbox/serve (e.g. plain `php -S … router.php`), due IPNs go out
     * on subsequent API requests. A single-process server cannot deliver to itself; that is left out.
     */
    private function deliverWithoutTicker(Request $request): void
    {
        $heartbeat = @filemtime($this->store->file . '.ticker');
        if ($heartbeat !== false && time() - $heartbeat < 5) {
            return;
        }
        $self = (int) getenv('PHP_CLI_SERVER_WORKERS') > 1 ? null : $request->baseUrl();
        (new Ipn($this->store, Config::load($this->store)))->deliverDue(5, $self);
    }

    private static function isLoopback(string $address): bool
    {
        return $address === '::1' || str_starts_with($address, '127.') || $address === '';
    }

    /** The demo key is registered once per state file (and again after a reset that dropped keys). */
    private function registerDemoKeys(): void
    {
        $rows = $this->store->query('SELECT COUNT(*) AS n FROM keys WHERE builtin = 1');
        if ((int) $rows[0]['n'] === count(self::DEMO_KEY_IDS)) {
            return;
        }
        $pem = (string) file_get_contents($this->keysDir . '/demo-public.pem');
        $this->store->transaction(function () use ($pem): void {
            foreach (self::DEMO_KEY_IDS as $id) {
                $this->store->exec(
                    'INSERT INTO keys (public_key_id, pem, builtin, created_at) VALUES (?, ?, 1, ?)
                     ON CONFLICT(public_key_id) DO UPDATE SET pem = excluded.pem, builtin = 1',
                    [$id, $pem, time()]
                );
            }
        });
    }
}
