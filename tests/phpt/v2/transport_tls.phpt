--TEST--
TLS: a self-signed server is refused (no request sent), accepted with its certificate as cabundle; a hostname mismatch is refused
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

[$cert, $key] = amzpay_self_signed_cert('IP:127.0.0.1');
$server = new TestServer($cert, $key);
$payload = ['chargePermissionId' => 'S01-1234567-1234567', 'chargeAmount' => ['amount' => '1.00', 'currencyCode' => 'EUR']];

try {
    amzpay_v2_client($server->url)->createCharge($payload, ['x-amz-pay-idempotency-key' => 'tls-1']);
    echo "no exception\n";
} catch (AmazonPay\Exception\TlsException $e) {
    echo get_class($e), ': ', str_contains($e->getMessage(), 'certificate') ? 'names the certificate' : $e->getMessage(), "\n";
}
echo 'requests received: ', count($server->requests()), "\n";

$r = amzpay_v2_client($server->url, ['cabundle' => $cert])->createCharge($payload, ['x-amz-pay-idempotency-key' => 'tls-2']);
echo "with cabundle: status {$r['status']}, requests received: ", count($server->requests()), "\n";

/* The same CA bundle through php.ini */
ini_set('amzpay.cabundle', $cert);
$r = amzpay_v2_client($server->url)->getCharge('S01-1234567-1234567-C123456');
echo "with amzpay.cabundle: status {$r['status']}\n";
ini_set('amzpay.cabundle', '');

[$other_cert, $other_key] = amzpay_self_signed_cert('DNS:amzpay-test.invalid');
$mismatch = new TestServer($other_cert, $other_key);
try {
    amzpay_v2_client($mismatch->url, ['cabundle' => $other_cert])->getCharge('S01-1234567-1234567-C123456');
    echo "no exception\n";
} catch (AmazonPay\Exception\TlsException $e) {
    echo get_class($e), ': ', preg_match('/(host|name|SAN|subject)/i', $e->getMessage()) ? 'names the host mismatch' : $e->getMessage(), "\n";
}
echo 'requests received: ', count($mismatch->requests()), "\n";
?>
--EXPECT--
AmazonPay\Exception\TlsException: names the certificate
requests received: 0
with cabundle: status 200, requests received: 1
with amzpay.cabundle: status 200
AmazonPay\Exception\TlsException: names the host mismatch
requests received: 0
