--TEST--
IpnHandler without amzpay.ipn_test_ca: a loopback certificate URL is an invalid domain, and the setting cannot be switched on at run time
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/ipn.inc';

/* any RSA key signs: the URL is refused before the signature is looked at */
$key = file_get_contents(__DIR__ . '/../../fixtures/vectors/test-key.pem');
foreach (['http://127.0.0.1:9/x.pem', 'https://127.0.0.1:9/x.pem', 'https://localhost/x.pem', 'https://[::1]/x.pem'] as $u) {
    ipn_try($u, fn () => new AmazonPay\IpnHandler(IPN_HEADERS, json_encode(ipn_envelope('{}', $u, $key))));
}
var_dump(ini_set('amzpay.ipn_test_ca', __FILE__), ini_get('amzpay.ipn_test_ca'));
?>
--EXPECT--
http://127.0.0.1:9/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
https://127.0.0.1:9/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
https://localhost/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
https://[::1]/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
bool(false)
string(0) ""
