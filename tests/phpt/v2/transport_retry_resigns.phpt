--TEST--
Transport: a retry after Retry-After is re-signed with a fresh x-amz-pay-date and the same idempotency key; max_retries bounds the attempts
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
$client = amzpay_v2_client($server->url);
$server->script([['status' => 503, 'headers' => ['Retry-After' => '1']], ['status' => 200, 'body' => '{}']]);
$r = $client->captureCharge('S01-1234567-1234567-C123456', ['captureAmount' => ['amount' => '1.00', 'currencyCode' => 'EUR']],
    ['x-amz-pay-idempotency-key' => 'capture-1']);
[$a, $b] = $server->requests();
echo "status {$r['status']}, retries {$r['retries']}\n";
echo 'same key: ', var_export(amzpay_header($a, 'x-amz-pay-idempotency-key') === amzpay_header($b, 'x-amz-pay-idempotency-key'), true), "\n";
echo 'fresh date: ', var_export(amzpay_header($a, 'x-amz-pay-date') < amzpay_header($b, 'x-amz-pay-date'), true), "\n";
echo 'fresh signature: ', var_export(amzpay_header($a, 'authorization') !== amzpay_header($b, 'authorization'), true), "\n";
echo 'same body: ', var_export($a['body'] === $b['body'], true), "\n";

/* Four 503s with max_retries 3: the last 503 is returned after 4 attempts, no exception (as the official SDK). */
$server->script(array_fill(0, 4, ['status' => 503]));
$before = count($server->requests());
$r = $client->getCharge('S01-1234567-1234567-C123456');
echo "exhausted: status {$r['status']}, retries {$r['retries']}, attempts ", count($server->requests()) - $before, "\n";

$client = amzpay_v2_client($server->url, ['max_retries' => 0]);
$server->script([['status' => 503], ['status' => 200]]);
$r = $client->getCharge('S01-1234567-1234567-C123456');
echo "max_retries 0: status {$r['status']}, retries {$r['retries']}\n";
?>
--EXPECT--
status 200, retries 1
same key: true
fresh date: true
fresh signature: true
same body: true
exhausted: status 503, retries 3, attempts 4
max_retries 0: status 503, retries 0
