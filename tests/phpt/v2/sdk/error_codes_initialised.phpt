--TEST--
Exceptions from refused arguments carry code 0 (the error record is initialised): query names, headers, idempotency keys
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$c = amzpay_v2_client('http://127.0.0.1:9');
$calls = [
    'query name' => fn () => $c->getPostSignedHeaders('GET', 'https://pay-api.amazon.eu/v2/reports', ['a&b' => '1'], null),
    'query name (createSignature)' => fn () => $c->createSignature('GET', 'https://pay-api.amazon.eu/v2/reports', ['a b' => '1'], [], null, '20240101T000000Z'),
    'header value' => fn () => $c->getCharge('S01-1234567-1234567-C000001', ['x-a' => "a\x01b"]),
    'idempotency key' => fn () => $c->createCharge('{}', ['x-amz-pay-idempotency-key' => 'a/b']),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (Exception $e) {
        printf("%s: %s code %d\n", $name, get_class($e), $e->getCode());
    }
}
?>
--EXPECT--
query name: AmazonPay\Exception\InvalidArgumentException code 0
query name (createSignature): AmazonPay\Exception\InvalidArgumentException code 0
header value: AmazonPay\Exception\InvalidArgumentException code 0
idempotency key: AmazonPay\Exception\InvalidArgumentException code 0
