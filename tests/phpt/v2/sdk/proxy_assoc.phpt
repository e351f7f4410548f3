--TEST--
Official SDK parity: a proxy configured as the SDK's README shows it (['host', 'port', 'username', 'password']) is used, with its credentials
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

/* The test server plays the proxy; the endpoint itself is a closed loopback port. */
$proxy = new TestServer();
$proxy->script([['status' => 200, 'body' => '{"chargeId":"c"}']]);
$c = amzpay_v2_client('http://127.0.0.1:1', [
    'proxy' => ['host' => '127.0.0.1', 'port' => $proxy->port, 'username' => 'shop', 'password' => 's3cret'],
]);
$r = $c->getCharge('S01-1234567-1234567-C000001');
$q = $proxy->requests()[0];
echo "status {$r['status']}\n";
echo "target: {$q['method']} {$q['target']}\n";
echo "proxy auth: ", amzpay_header($q, 'proxy-authorization') === 'Basic ' . base64_encode('shop:s3cret') ? 'shop:s3cret' : 'missing', "\n";
/* the port as a string, as the SDK's own test config has it */
$c2 = amzpay_v2_client('http://127.0.0.1:1', ['proxy' => ['host' => '127.0.0.1', 'port' => (string)$proxy->port]]);
$proxy->script([['status' => 200, 'body' => '{}']]);
echo "string port: ", $c2->getCharge('S01-1234567-1234567-C000001')['status'], "\n";
?>
--EXPECT--
status 200
target: GET http://127.0.0.1:1/sandbox/v2/charges/S01-1234567-1234567-C000001
proxy auth: shop:s3cret
string port: 200
