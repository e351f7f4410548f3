--TEST--
handle_throttle keeps its legacy meaning: true (default) retries a throttled call and throws once retries are spent; false sends it once and answers MWS's RequestThrottled (no exception, no endless retry loop as in the legacy SDK)
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$server = new TestServer();
$config = [
    'merchant_id' => 'A2MERCHANT', 'access_key' => 'AKIAOLD', 'secret_key' => 'old-secret', 'region' => 'de',
    'currency_code' => 'EUR', 'sandbox' => true, 'public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6',
    'private_key' => amzpay_test_key(), 'endpoint' => $server->url,
];
$capture = ['amazon_authorization_id' => 'S01-1234567-1234567-A123456', 'capture_amount' => '1.00', 'capture_reference_id' => 'cap-1'];
$throttled = ['status' => 429, 'body' => '{"reasonCode":"TooManyRequests","message":"The request was throttled"}'];
$ok = ['status' => 200, 'body' => '{"chargeId":"S01-1234567-1234567-C123456","chargeAmount":{"amount":"1.00","currencyCode":"EUR"},'
    . '"captureAmount":{"amount":"1.00","currencyCode":"EUR"},"statusDetails":{"state":"Captured","lastUpdatedTimestamp":"20240101T000000Z"}}'];

foreach ([true, false, 'false', 0] as $value) {
    $server->script([$throttled, $throttled, $ok]);
    $before = count($server->requests());
    $c = new AmazonPay\Client(['handle_throttle' => $value] + $config);
    try {
        $r = $c->capture($capture);
        $a = $r->toArray();
        $what = "success=" . var_export($c->success, true) . " Status={$r->response['Status']} "
            . ($a['Error']['Code'] ?? $a['CaptureResult']['CaptureDetails']['CaptureStatus']['State']);
    } catch (Exception $e) {
        $what = 'exception ' . json_encode($e->getMessage());
    }
    echo str_pad(var_export($value, true), 8), count($server->requests()) - $before, " request(s): $what\n";
}

/* false: a 500 is answered once too, as an MWS error */
$server->script([['status' => 500, 'body' => '{"reasonCode":"InternalServerError","message":"oops"}'], $ok]);
$before = count($server->requests());
$c = new AmazonPay\Client(['handle_throttle' => false] + $config);
$r = $c->capture($capture);
echo "500: ", count($server->requests()) - $before, " request(s), success=", var_export($c->success, true), " Status={$r->response['Status']} ", $r->toArray()['Error']['Code'], "\n";
?>
--EXPECT--
true    3 request(s): success=true Status=200 Completed
false   1 request(s): success=false Status=503 RequestThrottled
'false' 3 request(s): success=true Status=200 Completed
0       1 request(s): success=false Status=503 RequestThrottled
500: 1 request(s), success=false Status=500 InternalServerError
