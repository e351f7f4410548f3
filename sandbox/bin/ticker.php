<?php

declare(strict_types=1);

/*
 * Background ticker started by sandbox/serve: settles due transitions (async authorizations,
 * captures, refunds, expiries) and delivers due IPNs, so notifications arrive without further
 * API traffic. Exits when the server process is gone.
 *
 * usage: php ticker.php <state-file> <base-url> <server-pid> [interval-ms]
 */

use AmzPay\Sandbox\Clock;
use AmzPay\Sandbox\Config;
use AmzPay\Sandbox\Context;
use AmzPay\Sandbox\Ipn;
use AmzPay\Sandbox\Settler;
use AmzPay\Sandbox\Store;

require dirname(__DIR__) . '/lib/bootstrap.php';

[, $stateFile, $baseUrl, $serverPid] = $argv + [null, null, null, null];
$intervalMs = (int) ($argv[4] ?? 500);
if ($stateFile === null || $baseUrl === null || $serverPid === null) {
    fwrite(STDERR, "usage: php ticker.php <state-file> <base-url> <server-pid> [interval-ms]\n");
    exit(2);
}

$store = null;
while (posix_kill((int) $serverPid, 0)) {
    try {
        $store ??= new Store($stateFile);
        $config = Config::load($store);
        $ipn = new Ipn($store, $config);
        $now = (new Clock($store))->now();
        if ($store->due($now) !== []) {
            $store->transaction(function () use ($store, $config, $ipn, $baseUrl): void {
                Settler::run(new Context($store, $config, $ipn, (new Clock($store))->now(), 'Sandbox', null, $baseUrl));
            });
        }
        $ipn->deliverDue();
        @touch($stateFile . '.ticker'); // heartbeat: requests leave IPN delivery to us
    } catch (\Throwable $e) {
        fwrite(STDERR, 'amzpay sandbox ticker: ' . $e->getMessage() . "\n");
    }
    usleep(max(50, $intervalMs) * 1000);
}
