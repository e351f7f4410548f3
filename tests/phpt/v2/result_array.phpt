--TEST--
Result array: the official SDK's keys, the sent header lines in order, the body, request id; POSTs always carry an idempotency key
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url, ['integrator_id' => 'AXXXX', 'platform_version' => '1.0']);
$server->script([['status' => 201, 'body' => '{"chargeId":"S01-1234567-1234567-C000001"}', 'headers' => ['Location' => '/v2/charges/x']]]);
$r = $c->createCharge(['chargePermissionId' => 'S01-1234567-1234567', 'note' => 'a/b é'], ['x-amz-pay-Idempotency-Key' => 'K1', 'x-amz-pay-authtoken' => 'tok']);
echo implode(',', array_keys($r)), "\n";
echo "{$r['status']} {$r['method']} {$r['location']} ", parse_url($r['url'], PHP_URL_PATH), "\n";
echo implode("\n", array_map(fn ($l) => strstr($l, ':', true), $r['headers'])), "\n";
echo $r['request'], "\n", $r['response'], "\n";
echo str_starts_with($r['request_id'], 'test-') ? "request id\n" : "no request id\n";
echo is_int($r['retries']) && is_int($r['duration']) ? "ints\n" : "types?\n";
$seen = $server->requests()[0];
echo "sent idempotency header as written: ", isset($seen['headers']['x-amz-pay-idempotency-key']) ? amzpay_header($seen, 'x-amz-pay-idempotency-key') : '-', "\n";
echo str_contains(amzpay_header($seen, 'authorization'), 'x-amz-pay-idempotency-key') ? "key is signed\n" : "key not signed\n";
echo "authtoken signed: ", var_export(str_contains(amzpay_header($seen, 'authorization'), 'authtoken'), true), "\n";

/* a POST without a key gets a generated one, signed and sent */
$c->createRefund(['chargeId' => 'S01-1234567-1234567-C000001'], null);
$seen = $server->requests()[1];
echo preg_match('/^[0-9a-f]{32}$/', amzpay_header($seen, 'x-amz-pay-idempotency-key')) ? "generated key\n" : "no key\n";
?>
--EXPECT--
status,method,location,url,headers,request,response,request_id,retries,duration
201 POST /v2/charges/x /sandbox/v2/charges
accept
authorization
content-type
user-agent
x-amz-pay-date
x-amz-pay-host
x-amz-pay-integrator-id
x-amz-pay-language-version
x-amz-pay-platform-version
x-amz-pay-region
x-amz-pay-sdk-type
x-amz-pay-sdk-version
x-amz-pay-Idempotency-Key
x-amz-pay-authtoken
{"chargePermissionId":"S01-1234567-1234567","note":"a\/b \u00e9"}
{"chargeId":"S01-1234567-1234567-C000001"}
request id
ints
sent idempotency header as written: K1
key is signed
authtoken signed: false
generated key
