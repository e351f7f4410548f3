--TEST--
Secrets: the private key, passphrase and proxy password never appear in var_dump, print_r, debug_zval_dump, var_export, exceptions or phpinfo(); __get() returns what was configured, as the official SDK
--EXTENSIONS--
amzpay
--INI--
amzpay.private_key_passphrase=test-only-passphrase
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$keyfile = __DIR__ . '/../../fixtures/keys/test-key-pkcs8-encrypted.pem';
$pem = amzpay_test_key();
$body = trim(implode('', array_slice(explode("\n", $pem), 1, 3)));  /* a piece of the base64 key body */
$proxy = ['host' => '127.0.0.1', 'port' => 9, 'username' => 'shop', 'password' => 'proxy-secret-pw'];
$client = amzpay_v2_client('http://127.0.0.1:9', ['private_key' => $pem, 'proxy' => $proxy]);
$enc = amzpay_v2_client('http://127.0.0.1:9', ['private_key' => $keyfile]);  /* passphrase from php.ini */

$shown = '';
ob_start();
var_dump($client, $enc);
print_r($client);
debug_zval_dump($client);
var_export($client);
echo json_encode((array)$client), json_encode(get_object_vars($client)), serialize_safe($client);
phpinfo(INFO_MODULES);
$shown .= ob_get_clean();
echo $client->private_key === $pem ? "__get('private_key') is the configured key\n" : "__get('private_key') differs\n";
echo $client->proxy['password'] === 'proxy-secret-pw' ? "__get('proxy') is the configured proxy\n" : "__get('proxy') differs\n";
try {
    amzpay_v2_client('http://127.0.0.1:9', ['private_key' => substr($pem, 0, 200)]);
} catch (Exception $e) {
    $shown .= $e->getMessage();
    echo get_class($e), "\n";
}

function serialize_safe($o) {
    try { return serialize($o); } catch (Exception $e) { return get_class($e) . ': ' . $e->getMessage(); }
}

echo str_contains($shown, 'BEGIN PRIVATE KEY') || str_contains($shown, $body) ? "key material LEAKED\n" : "no key material shown\n";
echo str_contains($shown, 'test-only-passphrase') ? "passphrase LEAKED\n" : "no passphrase shown\n";
echo str_contains($shown, 'proxy-secret-pw') ? "proxy password LEAKED\n" : "no proxy password shown\n";
echo str_contains($shown, '(hidden)') ? "var_dump masks private_key\n" : "no mask\n";
echo preg_match('/amzpay\.private_key_passphrase\s*=>\s*\(set\)/', $shown) ? "phpinfo shows (set)\n" : "phpinfo entry missing\n";
echo serialize_safe($client), "\n";
?>
--EXPECT--
__get('private_key') is the configured key
__get('proxy') is the configured proxy
AmazonPay\Exception\KeyException
no key material shown
no passphrase shown
no proxy password shown
var_dump masks private_key
phpinfo shows (set)
Exception: Serialization of 'Amazon\Pay\API\Client' is not allowed
