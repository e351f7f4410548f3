--TEST--
A NAN or INF amount in a payload array is refused with an InvalidArgumentException and nothing is sent (JSON would carry 0)
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
foreach (['NAN' => NAN, 'INF' => INF, '-INF' => -INF] as $name => $v) {
    try {
        $c->createCharge(['chargePermissionId' => 'S01-1234567-1234567', 'chargeAmount' => ['amount' => $v, 'currencyCode' => 'EUR']], null);
        echo "$name: sent\n";
    } catch (Exception $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    $c->generateButtonSignature(['amount' => NAN]);
} catch (Exception $e) {
    echo 'button: ', get_class($e), "\n";
}
echo count($server->requests()), " requests sent\n";
echo 'a finite amount still goes: ', $c->createCharge(['chargeAmount' => ['amount' => 1.5]], null)['request'], "\n";
?>
--EXPECT--
NAN: AmazonPay\Exception\InvalidArgumentException: The payload cannot be encoded as JSON: it contains INF or NAN (an amount must be a finite number); nothing was sent
INF: AmazonPay\Exception\InvalidArgumentException: The payload cannot be encoded as JSON: it contains INF or NAN (an amount must be a finite number); nothing was sent
-INF: AmazonPay\Exception\InvalidArgumentException: The payload cannot be encoded as JSON: it contains INF or NAN (an amount must be a finite number); nothing was sent
button: AmazonPay\Exception\InvalidArgumentException
0 requests sent
a finite amount still goes: {"chargeAmount":{"amount":1.5}}
