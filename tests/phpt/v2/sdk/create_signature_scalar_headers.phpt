--TEST--
Official SDK parity: createSignature() and getHeaderString() sign scalar header values as PHP prints them (x-n:5), drop null and "" values, list an array value's name only among the signed names, and agree with each other
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/vectors.inc';
require __DIR__ . '/../../inc/server.inc';

$c = amzpay_v2_client('http://127.0.0.1:9');
$headers = ['Accept' => 'application/json', 'X-N' => 5, 'x-t' => true, 'x-f' => 1.5, 'x-null' => null, 'x-empty' => ''];
$ts = '20240102T030405Z';
$uri = 'https://pay-api.amazon.eu/sandbox/v2/charges';
$block = $c->getHeaderString($headers + ['X-Amz-Pay-Date' => $ts, 'X-Amz-Pay-Host' => 'pay-api.amazon.eu']);
echo $block;
/* the official canonical request: method, path, query, header block, signed names, payload hash */
$canonical = "GET\n/sandbox/v2/charges\n\n" . $block . "\naccept;x-amz-pay-date;x-amz-pay-host;x-f;x-n;x-t\n" . hash('sha256', '');
$sig = $c->createSignature('GET', $uri, [], $headers, null, $ts);
echo 'verifies over the official canonical request: ',
    var_export(amzpay_pss_verify("AMZN-PAY-RSASSA-PSS\n" . hash('sha256', $canonical), $sig, 20), true), "\n";
/* an array value: its name is signed, it has no line (the SDK's canonical request, byte for byte) */
$withArray = ['accept' => 'application/json', 'x-list' => ['a', 'b'], 'x-q' => 'a\\b'];
$block = $c->getHeaderString($withArray + ['x-amz-pay-date' => $ts, 'x-amz-pay-host' => 'pay-api.amazon.eu']);
$canonical = "POST\n/sandbox/v2/charges\nb=2\n" . $block . "\naccept;x-amz-pay-date;x-amz-pay-host;x-list;x-q\n" . hash('sha256', '{"a":1}');
$sig = $c->createSignature('POST', $uri, ['b' => '2'], $withArray, '{"a":1}', $ts);
echo 'with an array value: ', str_replace("\n", '|', $block), ' verifies: ',
    var_export(amzpay_pss_verify("AMZN-PAY-RSASSA-PSS\n" . hash('sha256', $canonical), $sig, 20), true), "\n";
try {
    $c->createSignature('POST', $uri, [], ['x-list' => ['a'], 'x-evil' => "a\nb"], null, $ts);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
accept:application/json
x-amz-pay-date:20240102T030405Z
x-amz-pay-host:pay-api.amazon.eu
x-f:1.5
x-n:5
x-t:1
verifies over the official canonical request: true
with an array value: accept:application/json|x-amz-pay-date:20240102T030405Z|x-amz-pay-host:pay-api.amazon.eu|x-q:a\b| verifies: true
AmazonPay\Exception\InvalidArgumentException: The request to sign must not contain CR, LF or NUL characters
