<?php
/*
 * A keep-alive signed createCharge through the extension, for SECONDS:
 *
 *   php -n -d extension=modules/amzpay.so -d amzpay.cabundle=CA.pem bench/php_call.php URL SECONDS [SALT [reuse|new]]
 *
 * prints php_us_per_call=<float> (process CPU time per call, as bench/call_floor.c) and php_wall_us_per_call.
 */
[, $url, $seconds, $salt, $mode] = $argv + [null, null, '3', '32', 'reuse'];
$config = [
    'public_key_id' => 'AMZPAYSANDBOXDEMOKEY0001',
    'private_key' => __DIR__ . '/../sandbox/keys/demo-private.pem',
    'region' => 'us',
    'sandbox' => true,
    'endpoint' => $url,
    'algorithm' => $salt === '20' ? 'AMZN-PAY-RSASSA-PSS' : 'AMZN-PAY-RSASSA-PSS-V2',
];
/* "reuse": one client object; "new": a new client per call, as a shop builds one per PHP request */
$client = new Amazon\Pay\API\Client($config);
$payload = [
    'chargePermissionId' => 'S01-5105180-3221187',
    'chargeAmount' => ['amount' => '14.00', 'currencyCode' => 'USD'],
    'captureNow' => true,
    'canHandlePendingAuthorization' => false,
];
$headers = ['x-amz-pay-idempotency-key' => 'bench-idempotency-key-0001'];
for ($i = 0; $i < 20; $i++) {
    $client->createCharge($payload, $headers);
}
$cpu = function (): float {
    $r = getrusage();
    return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
};
$n = 0;
$t0 = hrtime(true);
$c0 = $cpu();
$deadline = $t0 + (int) ($seconds * 1e9);
do {
    if ($mode === 'new') {
        $client = new Amazon\Pay\API\Client($config);
    }
    $r = $client->createCharge($payload, $headers);
    $n++;
} while (hrtime(true) < $deadline);
if ($r['status'] < 200 || $r['status'] >= 300) {
    fwrite(STDERR, "peer answered {$r['status']}\n");
    exit(1);
}
printf("php_us_per_call=%.2f\nphp_wall_us_per_call=%.2f\n", ($cpu() - $c0) * 1e6 / $n, (hrtime(true) - $t0) / 1e3 / $n);
