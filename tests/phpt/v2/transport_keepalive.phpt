--TEST--
Transport: two requests in one PHP request reuse one connection (with and without amzpay.persistent)
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
foreach (['1', '0'] as $persistent) {
    ini_set('amzpay.persistent', $persistent);
    $client = amzpay_v2_client($server->url);
    $before = count($server->requests());
    $client->getCharge('S01-1234567-1234567-C123456');
    $client->getRefund('S01-1234567-1234567-R123456');
    $seen = array_slice($server->requests(), $before);
    printf("persistent=%s: %d requests on %d connection(s)\n", $persistent, count($seen), count(array_unique(array_column($seen, 'conn'))));
}
?>
--EXPECT--
persistent=1: 2 requests on 1 connection(s)
persistent=0: 2 requests on 1 connection(s)
