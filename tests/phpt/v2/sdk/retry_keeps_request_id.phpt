--TEST--
Official SDK parity: after a retry, location and request_id of an earlier attempt are kept when the final answer has none
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$server->script([
    ['status' => 503, 'body' => '{}', 'headers' => ['x-amz-pay-request-id' => 'first-attempt', 'Location' => '/v2/charges/C1'], 'no_request_id' => true],
    ['status' => 200, 'body' => '{}', 'no_request_id' => true],
]);
$r = $c->getCharge('S01-1234567-1234567-C000001');
echo "status {$r['status']}, retries {$r['retries']}, request_id {$r['request_id']}, location {$r['location']}\n";
$server->script([
    ['status' => 503, 'body' => '{}', 'headers' => ['x-amz-pay-request-id' => 'old']],
    ['status' => 200, 'body' => '{}', 'headers' => ['x-amz-pay-request-id' => 'new'], 'no_request_id' => true],
]);
$r = $c->getCharge('S01-1234567-1234567-C000001');
echo "final answer's own id wins: {$r['request_id']}, location ", var_export($r['location'], true), "\n";
?>
--EXPECT--
status 200, retries 1, request_id first-attempt, location /v2/charges/C1
final answer's own id wins: new, location NULL
