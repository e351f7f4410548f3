--TEST--
Official SDK parity: a clone is an independent working client; calling __construct() again reconfigures the object
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$d = clone $c;
$d->setSandbox(false);
echo 'clone status ', $d->getCharge('S01-1234567-1234567-C000001')['status'], ', original sandbox ', var_export($c->sandbox, true),
    ', clone sandbox ', var_export($d->sandbox, true), "\n";
echo 'paths: ', implode(' ', array_map(fn ($q) => $q['target'], $server->requests())), "\n";
$c->__construct(['public_key_id' => 'SANDBOX-AGPTYXGL5VH6PSYLJUSHTKW6', 'private_key' => amzpay_test_key(), 'region' => 'jp']);
echo 'reconfigured: ', $c->region, ' ', $c->public_key_id, ' ', $c->getPostSignedHeaders('GET', 'https://pay-api.amazon.jp/v2/x', [], null)[5], "\n";
try {
    $c->__construct(['public_key_id' => 'X', 'private_key' => amzpay_test_key(), 'region' => 'mars']);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
clone status 200, original sandbox true, clone sandbox false
paths: /live/v2/charges/S01-1234567-1234567-C000001
reconfigured: jp SANDBOX-AGPTYXGL5VH6PSYLJUSHTKW6 x-amz-pay-host:pay-api.amazon.jp
AmazonPay\Exception\ConfigurationException: config['region'] is a required parameter and is not set
