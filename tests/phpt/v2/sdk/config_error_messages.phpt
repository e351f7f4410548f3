--TEST--
Official SDK parity: configuration errors are raised by the constructor with the messages the official SDK gives for the same input
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$dir = sys_get_temp_dir() . '/amzpay-cfg-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/public.pem", amzpay_test_public_key());
file_put_contents("$dir/garbage.pem", "not a key\n");
$pem = amzpay_test_key();
$ok = ['public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6', 'private_key' => $pem, 'region' => 'eu'];
$cases = [
    'no config' => null,
    'string config' => 'region=eu',
    'int config' => 5,
    'empty config' => [],
    'unknown region' => ['region' => 'mars'] + $ok,
    'int region' => ['region' => 7] + $ok,
    'missing key file' => ['private_key' => "$dir/missing.pem"] + $ok,
    'public key file' => ['private_key' => "$dir/public.pem"] + $ok,
    'public key PEM' => ['private_key' => amzpay_test_public_key()] + $ok,
    'garbage key file' => ['private_key' => "$dir/garbage.pem"] + $ok,
    'garbage PEM' => ['private_key' => "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"] + $ok,
    'missing private_key' => array_diff_key($ok, ['private_key' => 1]),
];
foreach ($cases as $name => $config) {
    try {
        @new Amazon\Pay\API\Client($config);
        echo "$name: accepted\n";
    } catch (Exception $e) {
        printf("%s: %s(%d): %s\n", $name, get_class($e), $e->getCode(), str_replace($dir, 'DIR', $e->getMessage()));
    }
}
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
no config: AmazonPay\Exception\ConfigurationException(1): Expecting config array{region, sandbox, public_key_id, private_key}
string config: AmazonPay\Exception\ConfigurationException(0): $config is of the incorrect type string and should be of the type array
int config: AmazonPay\Exception\ConfigurationException(0): $config is of the incorrect type integer and should be of the type array
empty config: AmazonPay\Exception\ConfigurationException(0): config['region'] is a required parameter and is not set
unknown region: AmazonPay\Exception\ConfigurationException(0): config['region'] is a required parameter and is not set
int region: AmazonPay\Exception\ConfigurationException(0): config['region'] is a required parameter and is not set
missing key file: AmazonPay\Exception\KeyException(0): Unable to load file: DIR/missing.pem
public key file: AmazonPay\Exception\KeyException(0): The key that was loaded was not a private key
public key PEM: AmazonPay\Exception\KeyException(0): The key that was loaded was not a private key
garbage key file: AmazonPay\Exception\KeyException(0): Unable to read key
garbage PEM: AmazonPay\Exception\KeyException(0): Unable to read key
missing private_key: AmazonPay\Exception\KeyException(0): Path cannot be empty
