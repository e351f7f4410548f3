--TEST--
Transport: a connection reset is retried for idempotent requests (GET, keyed POST, PATCH updates); a refused connection reports a known outcome
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
$client = amzpay_v2_client($server->url);

/* GET: idempotent, retried on a new connection. */
$server->script([['action' => 'reset'], ['status' => 200, 'body' => '{"chargeId":"x"}']]);
$r = $client->getCharge('S01-1234567-1234567-C123456');
echo "GET after reset: status {$r['status']}, retries {$r['retries']}\n";

/* POST with an idempotency key: idempotent, retried with the same key. */
$server->script([['action' => 'reset'], ['status' => 201, 'body' => '{}']]);
$before = count($server->requests());
$r = $client->createRefund(['chargeId' => 'S01-1234567-1234567-C123456'], ['x-amz-pay-idempotency-key' => 'refund-1']);
$seen = array_slice($server->requests(), $before);
echo "POST+key after reset: status {$r['status']}, attempts ", count($seen), ", keys ",
    implode(',', array_unique(array_map(fn ($q) => amzpay_header($q, 'x-amz-pay-idempotency-key'), $seen))), "\n";

/* PATCH: an update sets fields to the values sent, so it is retried like the official SDK does. */
$server->script([['action' => 'reset'], ['status' => 200, 'body' => '{}']]);
$before = count($server->requests());
$r = amzpay_v2_client($server->url, ['persistent' => false])->updateChargePermission('S01-1234567-1234567', ['merchantMetadata' => ['merchantReferenceId' => 'o-1']]);
echo "PATCH after reset: status {$r['status']}, retries {$r['retries']}, attempts ", count($server->requests()) - $before, "\n";

/* Nothing listens: refused on every attempt, reported as not sent. */
$dead = amzpay_v2_client('http://127.0.0.1:1', ['max_retries' => 2]);
try {
    $dead->getCharge('S01-1234567-1234567-C123456');
} catch (AmazonPay\Exception\TransportException $e) {
    echo get_class($e), ": outcomeUnknown=", var_export($e->outcomeUnknown, true), "\n";
}
?>
--EXPECT--
GET after reset: status 200, retries 1
POST+key after reset: status 201, attempts 2, keys refund-1
PATCH after reset: status 200, retries 1, attempts 2
AmazonPay\Exception\TransportException: outcomeUnknown=false
