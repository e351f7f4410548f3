--TEST--
Money: a charge whose every attempt is processed but never answered throws with outcomeUnknown=true and its idempotency key; retrying with that key charges the order once
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/sandbox.inc';

$s = new Sandbox();
$cp = $s->order('100.00', 'EUR');
$client = $s->v2('eu', ['max_retries' => 1]);
$payload = ['chargePermissionId' => $cp, 'chargeAmount' => ['amount' => '20.00', 'currencyCode' => 'EUR'],
    'captureNow' => true];

/* Both attempts are processed and committed, then the connection is reset before the answer. */
$s->post('/__sandbox/faults', ['count' => 2, 'action' => 'reset-before-response', 'path' => '/charges']);
try {
    $client->createCharge($payload, []);
    echo "no exception\n";
} catch (Exception $e) {
    echo get_class($e), ": outcomeUnknown=", var_export($e->outcomeUnknown, true), "\n";
    echo str_contains($e->getMessage(), 'retry with the same idempotency key') ? "message names the retry rule\n" : $e->getMessage() . "\n";
    $key = $e->idempotencyKey;
    $sent = array_unique(array_column($s->requests(['operation' => 'createCharge']), 'idempotencyKey'));
    echo 'exception key is the key sent: ', var_export($sent === [$key], true), "\n";
}

/* The shop retries the way the exception says: same payload, same key. */
$r = $client->createCharge($payload, ['x-amz-pay-idempotency-key' => $key]);
echo "retry: status {$r['status']}, state ", json_decode($r['response'], true)['statusDetails']['state'], "\n";
foreach ($s->requests(['operation' => 'createCharge']) as $q) {
    echo "{$q['outcome']}", $q['fault'] ? " ({$q['fault']})" : '', "\n";
}
echo 'captured ', implode(',', $s->captured($cp)), "\n";

/* A refund processed, then stalled past the total timeout. */
$charge = json_decode($r['response'], true)['chargeId'];
$refund = ['chargeId' => $charge, 'refundAmount' => ['amount' => '5.00', 'currencyCode' => 'EUR']];
$s->post('/__sandbox/faults', ['count' => 1, 'delayMs' => 1500, 'path' => '/refunds']);
try {
    $s->v2('eu', ['timeout_ms' => 700])->createRefund($refund, []);
    echo "no exception\n";
} catch (AmazonPay\Exception\TimeoutException $e) {
    echo "stalled refund: outcomeUnknown=", var_export($e->outcomeUnknown, true), "\n";
    $r = $client->createRefund($refund, ['x-amz-pay-idempotency-key' => $e->idempotencyKey]);
    echo "retry: status {$r['status']}, outcomes ",
        implode(',', array_column($s->requests(['operation' => 'createRefund']), 'outcome')), "\n";
}

/* Refused before connecting: provably not processed. */
$dead = $s->v2('eu', ['endpoint' => 'http://127.0.0.1:1', 'max_retries' => 1]);
try {
    $dead->createCharge($payload, ['x-amz-pay-idempotency-key' => 'order-7-charge']);
} catch (AmazonPay\Exception\TransportException $e) {
    echo "refused: outcomeUnknown=", var_export($e->outcomeUnknown, true), ", key {$e->idempotencyKey}, ",
        str_contains($e->getMessage(), 'not sent') ? 'not sent' : $e->getMessage(), "\n";
}
?>
--EXPECT--
AmazonPay\Exception\TransportException: outcomeUnknown=true
message names the retry rule
exception key is the key sent: true
retry: status 201, state Captured
applied (reset-before-response)
replayed (reset-before-response)
replayed
captured 20.00
stalled refund: outcomeUnknown=true
retry: status 201, outcomes applied,replayed
refused: outcomeUnknown=false, key order-7-charge, not sent
