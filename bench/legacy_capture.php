<?php
/*
 * One round of legacy captures against the local sandbox: authorizes N orders (not timed), then times
 * capture() on each. The ledger is whatever php.ini says (amzpay.ledger), so the caller runs this with the
 * ledger off and on and compares.
 *
 *   php -d extension=amzpay.so [-d amzpay.ledger=...] bench/legacy_capture.php SANDBOX_URL KEY.pem N
 * prints capture_us=<median microseconds per capture> mean_us=<mean>
 */
[$url, $key, $n] = [$argv[1], $argv[2], (int) $argv[3]];
$c = new AmazonPay\Client(['region' => 'de', 'currency_code' => 'EUR', 'sandbox' => true, 'endpoint' => $url,
    'public_key_id' => 'AMZPAYSANDBOXDEMOKEY0001', 'private_key' => $key]);

function control(string $url, string $path, array $body): array
{
    $ctx = stream_context_create(['http' => ['method' => 'POST', 'ignore_errors' => true,
        'header' => "Content-Type: application/json\r\n", 'content' => json_encode($body)]]);
    return json_decode((string) file_get_contents($url . $path, false, $ctx), true) ?? [];
}

$auths = [];
for ($i = 0; $i < $n; $i++) {
    $order = control($url, '/__sandbox/chargePermissions', ['chargeAmount' => ['amount' => '10.00', 'currencyCode' => 'EUR'], 'region' => 'eu'])['chargePermissionId'];
    $r = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '10.00',
        'authorization_reference_id' => "bench-a-$i-" . getmypid(), 'transaction_timeout' => 0])->toArray();
    $auths[] = $r['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
}
$times = [];
foreach ($auths as $i => $auth) {
    $t = hrtime(true);
    $c->capture(['amazon_authorization_id' => $auth, 'capture_amount' => '10.00',
        'capture_reference_id' => "bench-c-$i-" . getmypid(), 'seller_capture_note' => 'bench']);
    $times[] = (hrtime(true) - $t) / 1000;
    if (!$c->success) {
        fwrite(STDERR, "capture failed\n");
        exit(1);
    }
}
sort($times);
printf("capture_us=%.1f mean_us=%.1f\n", $times[intdiv(count($times), 2)], array_sum($times) / count($times));
