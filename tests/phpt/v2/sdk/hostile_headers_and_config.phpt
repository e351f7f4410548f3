--TEST--
Hostile input: config strings with NUL, header values with control characters or invalid UTF-8, malformed idempotency keys, two spellings of one header with different values and oversized headers are refused with a clear exception; nothing is sent
--EXTENSIONS--
amzpay
--INI--
amzpay.max_retries=0
--ENV--
http_proxy=http://127.0.0.1:1
https_proxy=http://127.0.0.1:1
no_proxy=127.0.0.1
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$id = 'S01-1234567-1234567-C000001';
$cases = [
    'config public_key_id NUL' => fn () => amzpay_v2_client($server->url, ['public_key_id' => "AGPTY\0XGL"]),
    'config region NUL' => fn () => amzpay_v2_client($server->url, ['region' => "eu\0x"]),
    'config endpoint NUL' => fn () => amzpay_v2_client($server->url . "\0/x"),
    'config private_key NUL' => fn () => amzpay_v2_client($server->url, ['private_key' => "/etc/passwd\0.pem"]),
    'config integrator_id NUL' => fn () => amzpay_v2_client($server->url, ['integrator_id' => "a\0b"]),
    'config proxy host NUL' => fn () => amzpay_v2_client($server->url, ['proxy' => ['host' => "127.0.0.1\0x", 'port' => 1]]),
    'header 0x01' => fn () => $c->getCharge($id, ['x-a' => "a\x01b"]),
    'header DEL' => fn () => $c->getCharge($id, ['x-a' => "a\x7fb"]),
    'header ESC' => fn () => $c->getCharge($id, ['x-a' => "\x1b[31m"]),
    'header invalid UTF-8' => fn () => $c->getCharge($id, ['x-a' => "caf\xe9"]),
    'header overlong UTF-8' => fn () => $c->getCharge($id, ['x-a' => "\xc0\xaf"]),
    'idempotency key /' => fn () => $c->createCharge('{}', ['x-amz-pay-idempotency-key' => 'a/b']),
    'idempotency key ?' => fn () => $c->createCharge('{}', ['x-amz-pay-idempotency-key' => 'a?b']),
    'idempotency key #' => fn () => $c->createCharge('{}', ['x-amz-pay-idempotency-key' => 'a#b']),
    'idempotency key space' => fn () => $c->createCharge('{}', ['x-amz-pay-idempotency-key' => 'a b']),
    'idempotency key 0x01' => fn () => $c->createCharge('{}', ['x-amz-pay-idempotency-key' => "a\x01b"]),
    'two spellings' => fn () => $c->createCharge('{}', ['x-amz-pay-idempotency-key' => 'k1', 'X-Amz-Pay-Idempotency-Key' => 'k2']),
    'two spellings (authtoken)' => fn () => $c->getCharge($id, ['x-amz-pay-authtoken' => 'a', 'X-AMZ-PAY-AUTHTOKEN' => 'b']),
    '1 MiB header' => fn () => $c->getCharge($id, ['x-big' => str_repeat('a', 1 << 20)]),
];
foreach ($cases as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (Exception $e) {
        printf("%s: %s: %s\n", $name, get_class($e), $e->getMessage());
    }
}
echo count($server->requests()), " requests sent\n";
/* the same spelling twice with one value, a tab, valid UTF-8 and a well-formed key still go */
$r = $c->createCharge('{}', ['x-amz-pay-idempotency-key' => 'Key_1-a', 'x-note' => "caf\u{e9}\tok"]);
echo "well-formed: status {$r['status']}, ", count($server->requests()), " sent\n";
?>
--EXPECT--
config public_key_id NUL: AmazonPay\Exception\ConfigurationException: config['public_key_id'] must not contain NUL bytes
config region NUL: AmazonPay\Exception\ConfigurationException: config['region'] must not contain NUL bytes
config endpoint NUL: AmazonPay\Exception\ConfigurationException: config['endpoint'] must not contain NUL bytes
config private_key NUL: AmazonPay\Exception\ConfigurationException: config['private_key'] must not contain NUL bytes
config integrator_id NUL: AmazonPay\Exception\ConfigurationException: config['integrator_id'] must not contain NUL bytes
config proxy host NUL: AmazonPay\Exception\ConfigurationException: config['proxy']['host'] must not contain NUL bytes
header 0x01: AmazonPay\Exception\InvalidArgumentException: Header "x-a" must not contain control characters (0x01 found)
header DEL: AmazonPay\Exception\InvalidArgumentException: Header "x-a" must not contain control characters (0x7F found)
header ESC: AmazonPay\Exception\InvalidArgumentException: Header "x-a" must not contain control characters (0x1B found)
header invalid UTF-8: AmazonPay\Exception\InvalidArgumentException: Header "x-a" must be valid UTF-8
header overlong UTF-8: AmazonPay\Exception\InvalidArgumentException: Header "x-a" must be valid UTF-8
idempotency key /: AmazonPay\Exception\InvalidArgumentException: The idempotency key must be at most 64 characters of A-Z, a-z, 0-9, '-' and '_'
idempotency key ?: AmazonPay\Exception\InvalidArgumentException: The idempotency key must be at most 64 characters of A-Z, a-z, 0-9, '-' and '_'
idempotency key #: AmazonPay\Exception\InvalidArgumentException: The idempotency key must be at most 64 characters of A-Z, a-z, 0-9, '-' and '_'
idempotency key space: AmazonPay\Exception\InvalidArgumentException: The idempotency key must be at most 64 characters of A-Z, a-z, 0-9, '-' and '_'
idempotency key 0x01: AmazonPay\Exception\InvalidArgumentException: Header "x-amz-pay-idempotency-key" must not contain control characters (0x01 found)
two spellings: AmazonPay\Exception\InvalidArgumentException: Header "X-Amz-Pay-Idempotency-Key" is given twice ("x-amz-pay-idempotency-key") with different values
two spellings (authtoken): AmazonPay\Exception\InvalidArgumentException: Header "X-AMZ-PAY-AUTHTOKEN" is given twice ("x-amz-pay-authtoken") with different values
1 MiB header: AmazonPay\Exception\InvalidArgumentException: Header "x-big" is 1048576 bytes long, at most 8192 are allowed
0 requests sent
well-formed: status 200, 1 sent
