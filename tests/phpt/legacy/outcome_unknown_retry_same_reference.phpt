--TEST--
Money (legacy): a capture that may have been processed throws with outcomeUnknown=true and its idempotency key, also when retries run out on 5xx; a throttled or refused one says it was not processed; repeating the call charges once
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
ini_set('amzpay.max_retries', '1');
ini_set('amzpay.retry_base_ms', '1');
$c = legacy_client($s);
$order = legacy_order($s);
$auth = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '60.00',
    'authorization_reference_id' => 'order-43-auth', 'transaction_timeout' => 0])
    ->toArray()['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
$capture = ['amazon_authorization_id' => $auth, 'capture_amount' => '60.00', 'capture_reference_id' => 'order-43-capture'];

function attempt(AmazonPay\Client $c, array $capture): void
{
    try {
        $r = $c->capture($capture)->toArray();
        echo "  success=", var_export($c->success, true), " state=", $r['CaptureResult']['CaptureDetails']['CaptureStatus']['State'], "\n";
    } catch (Exception $e) {
        echo '  ', get_class($e), ": outcomeUnknown=", var_export($e->outcomeUnknown, true),
            ", key=", var_export($e->idempotencyKey, true), "\n";
    }
}

echo "processed, then reset on every attempt:\n";
$s->post('/__sandbox/faults', ['count' => 2, 'action' => 'reset-before-response', 'path' => '/capture']);
attempt($c, $capture);

echo "500 after processing, on every attempt:\n";
$s->post('/__sandbox/faults', ['count' => 2, 'status' => 500, 'process' => true, 'path' => '/capture']);
attempt($c, $capture);

echo "throttled on every attempt:\n";
$s->post('/__sandbox/faults', ['count' => 2, 'status' => 429, 'path' => '/capture']);
attempt($c, $capture);

echo "refused before connecting:\n";
attempt(legacy_client($s, ['endpoint' => 'http://127.0.0.1:1']), $capture);

echo "the shop repeats the call with the same capture_reference_id:\n";
attempt($c, $capture);

$log = $s->requests(['operation' => 'captureCharge']);
echo "keys sent: ", implode(',', array_unique(array_column($log, 'idempotencyKey'))), "\n";
echo "applied: ", count(array_filter($log, fn ($q) => $q['outcome'] === 'applied')), "\n";
echo "captured in total: ", $c->getAuthorizationDetails(['amazon_authorization_id' => $auth])
    ->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails']['CapturedAmount']['Amount'], "\n";
?>
--EXPECT--
processed, then reset on every attempt:
  AmazonPay\Exception\TransportException: outcomeUnknown=true, key='capt-order-43-capture'
500 after processing, on every attempt:
  AmazonPay\Exception\TransportException: outcomeUnknown=true, key='capt-order-43-capture'
throttled on every attempt:
  AmazonPay\Exception\TransportException: outcomeUnknown=false, key='capt-order-43-capture'
refused before connecting:
  AmazonPay\Exception\TransportException: outcomeUnknown=false, key='capt-order-43-capture'
the shop repeats the call with the same capture_reference_id:
  success=true state=Completed
keys sent: capt-order-43-capture
applied: 1
captured in total: 60.00
