--TEST--
Sandbox §9.7/§9.45: a capture whose connection is reset before the response is retried with the same key, replayed, and applied exactly once
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/sandbox.inc';

$s = new Sandbox();
$cp = $s->order('100.00', 'EUR');
$client = $s->v2();
$charge = json_decode($client->createCharge(['chargePermissionId' => $cp, 'chargeAmount' => ['amount' => '60.00', 'currencyCode' => 'EUR']],
    ['x-amz-pay-idempotency-key' => 'order-42-auth'])['response'], true);

$s->post('/__sandbox/faults', ['count' => 1, 'action' => 'reset-before-response', 'path' => '/capture']);
$r = $client->captureCharge($charge['chargeId'], ['captureAmount' => ['amount' => '60.00', 'currencyCode' => 'EUR']],
    ['x-amz-pay-idempotency-key' => 'order-42-capture']);
echo "status {$r['status']}, retries {$r['retries']}, state ", json_decode($r['response'], true)['statusDetails']['state'], "\n";

foreach ($s->requests(['operation' => 'captureCharge']) as $q) {
    echo "{$q['idempotencyKey']}: {$q['outcome']}", $q['fault'] ? " ({$q['fault']})" : '', "\n";
}
echo 'captured ', implode(',', $s->captured($cp)), "\n";
?>
--EXPECT--
status 200, retries 1, state Captured
order-42-capture: applied (reset-before-response)
order-42-capture: replayed
captured 60.00
