--TEST--
Transport: each retryable status (408 425 429 500 502 503 504) is retried, then success; retries reported, one idempotency key
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
$client = amzpay_v2_client($server->url);
foreach ([408, 425, 429, 500, 502, 503, 504] as $status) {
    $server->script([['status' => $status, 'body' => '{"reasonCode":"X"}'], ['status' => 201, 'body' => '{"chargeId":"S01-1"}']]);
    $before = count($server->requests());
    $r = $client->createCharge(['chargePermissionId' => 'S01-1234567-1234567'], ['x-amz-pay-idempotency-key' => "key-$status"]);
    $seen = array_slice($server->requests(), $before);
    $keys = array_unique(array_map(fn ($q) => amzpay_header($q, 'x-amz-pay-idempotency-key'), $seen));
    printf("%d: status %d, retries %d, attempts %d, keys %s\n", $status, $r['status'], $r['retries'], count($seen), implode(',', $keys));
}
/* A non-retryable status is answered at once. */
$server->script([['status' => 422, 'body' => '{"reasonCode":"InvalidChargeStatus","message":"no"}']]);
$r = $client->getCharge('S01-1234567-1234567-C123456');
printf("422: status %d, retries %d, response %s\n", $r['status'], $r['retries'], $r['response']);
?>
--EXPECT--
408: status 201, retries 1, attempts 2, keys key-408
425: status 201, retries 1, attempts 2, keys key-425
429: status 201, retries 1, attempts 2, keys key-429
500: status 201, retries 1, attempts 2, keys key-500
502: status 201, retries 1, attempts 2, keys key-502
503: status 201, retries 1, attempts 2, keys key-503
504: status 201, retries 1, attempts 2, keys key-504
422: status 422, retries 0, response {"reasonCode":"InvalidChargeStatus","message":"no"}
