--TEST--
Capture exactly once: a capture whose connection is reset is retried and replayed; a second PHP process repeating capture() with the same capture_reference_id charges nothing more
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
$c = legacy_client($s);
$order = legacy_order($s);
$auth = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '60.00',
    'authorization_reference_id' => 'order-42-auth', 'transaction_timeout' => 0])
    ->toArray()['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
$capture = ['amazon_authorization_id' => $auth, 'capture_amount' => '60.00', 'currency_code' => 'EUR',
    'capture_reference_id' => 'order-42-capture'];

/* the connection breaks after Amazon applied the capture: the bridge retries with the same idempotency key */
$s->post('/__sandbox/faults', ['count' => 1, 'action' => 'reset-before-response', 'path' => '/capture']);
$r = $c->capture($capture)->toArray();
echo "first process: success=", var_export($c->success, true), " state=", $r['CaptureResult']['CaptureDetails']['CaptureStatus']['State'], "\n";

/* the shop crashed before storing the result and its retry job runs the same legacy call in a new process */
$code = '$c = new AmazonPay\Client(["region" => "de", "currency_code" => "EUR", "sandbox" => true, "endpoint" => $argv[1],'
    . ' "public_key_id" => "AMZPAYSANDBOXDEMOKEY0001", "private_key" => $argv[2]]);'
    . '$r = $c->capture(json_decode($argv[3], true))->toArray();'
    . 'echo "second process: success=", var_export($c->success, true), " state=", $r["CaptureResult"]["CaptureDetails"]["CaptureStatus"]["State"], "\n";';
echo amzpay_run([PHP_BINARY, '-n', '-d', 'extension=' . realpath(__DIR__ . '/../../../modules/amzpay.so'), '-r', $code,
    $s->url, realpath(LEGACY_DEMO_KEY), json_encode($capture)])[1];

$log = $s->requests(['operation' => 'captureCharge']);
foreach ($log as $q) {
    echo "{$q['idempotencyKey']}: {$q['outcome']}", $q['fault'] ? " ({$q['fault']})" : '', "\n";
}
echo "applied: ", count(array_filter($log, fn ($q) => $q['outcome'] === 'applied')), "\n";
echo "captured in total: ", $c->getAuthorizationDetails(['amazon_authorization_id' => $auth])
    ->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails']['CapturedAmount']['Amount'], "\n";
?>
--EXPECT--
first process: success=true state=Completed
second process: success=true state=Completed
capt-order-42-capture: applied (reset-before-response)
capt-order-42-capture: replayed
capt-order-42-capture: replayed
applied: 1
captured in total: 60.00
