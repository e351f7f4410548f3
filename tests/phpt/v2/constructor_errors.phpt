--TEST--
Constructor: every bad config key gives a clear exception (the official SDK's message) at construction, and sends nothing; no region makes a signature-only client
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
$good = ['public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6', 'private_key' => amzpay_test_key(), 'region' => 'eu',
    'sandbox' => true, 'endpoint' => $server->url];
$keys = __DIR__ . '/../../fixtures/keys';
$cases = [
    'no config' => null,
    'string config' => 'config.json',
    'unknown region' => ['region' => 'fr'],
    'empty region' => ['region' => ''],
    'region not a string' => ['region' => ['eu']],
    'sandbox string' => ['sandbox' => 'true'],
    'sandbox int' => ['sandbox' => 1],
    'unknown algorithm' => ['algorithm' => 'RSA-SHA1'],
    'algorithm not a string' => ['algorithm' => 20],
    'missing public_key_id' => ['public_key_id' => ''],
    'public_key_id with CR/LF' => ['public_key_id' => "AGPT\r\nX-Evil: 1"],
    'endpoint http non-loopback' => ['endpoint' => 'http://pay-api.amazon.eu'],
    'endpoint ftp' => ['endpoint' => 'ftp://127.0.0.1/'],
    'endpoint with user info' => ['endpoint' => 'https://user:pw@127.0.0.1/'],
    'endpoint with newline' => ['endpoint' => "https://127.0.0.1/\n"],
    'timeout_ms zero' => ['timeout_ms' => 0],
    'timeout_ms string' => ['timeout_ms' => '1000'],
    'max_retries too big' => ['max_retries' => 99],
    'persistent string' => ['persistent' => 'yes'],
    'proxy not an array' => ['proxy' => 'proxy:3128'],
    'missing private key' => ['private_key' => ''],
    'unreadable key file' => ['private_key' => "$keys/does-not-exist.pem"],
    'malformed PEM' => ['private_key' => "-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n"],
    'EC key' => ['private_key' => "$keys/ec-p256.pem"],
    'RSA-1024 key' => ['private_key' => "$keys/rsa-1024.pem"],
    'encrypted key, no passphrase' => ['private_key' => "$keys/test-key-pkcs8-encrypted.pem"],
    'encrypted key, wrong passphrase' => ['private_key' => "$keys/test-key-pkcs8-encrypted.pem", 'private_key_passphrase' => 'nope'],
    'private key not a string' => ['private_key' => 42],
];
foreach ($cases as $name => $override) {
    try {
        new Amazon\Pay\API\Client(is_array($override) ? $override + $good : $override);
        echo "$name: accepted\n";
    } catch (Throwable $e) {
        $leak = str_contains($e->getMessage(), 'BEGIN') || str_contains($e->getMessage(), 'MII');
        printf("%s: %s(%d): %s%s\n", $name, get_class($e), $e->getCode(), $e->getMessage(), $leak ? ' [LEAKS KEY]' : '');
    }
}
echo 'requests sent: ', count($server->requests()), "\n";
?>
--EXPECTF--
no config: AmazonPay\Exception\ConfigurationException(1): Expecting config array{region, sandbox, public_key_id, private_key}
string config: AmazonPay\Exception\ConfigurationException(0): $config is of the incorrect type string and should be of the type array
unknown region: AmazonPay\Exception\ConfigurationException(0): config['region'] is a required parameter and is not set
empty region: accepted
region not a string: AmazonPay\Exception\ConfigurationException(0): strtolower(): Argument #1 ($string) must be of type string, array given
sandbox string: AmazonPay\Exception\ConfigurationException(0): sandbox value true is of type string and should be a boolean value
sandbox int: AmazonPay\Exception\ConfigurationException(0): sandbox value 1 is of type integer and should be a boolean value
unknown algorithm: AmazonPay\Exception\ConfigurationException(0): RSA-SHA1 is not a valid algorithm
algorithm not a string: AmazonPay\Exception\ConfigurationException(0): config['algorithm'] must be of type string, int given
missing public_key_id: AmazonPay\Exception\ConfigurationException(0): public_key_id is a required parameter and is not set
public_key_id with CR/LF: AmazonPay\Exception\ConfigurationException(0): public_key_id must not contain CR, LF or NUL characters
endpoint http non-loopback: AmazonPay\Exception\ConfigurationException(0): %s
endpoint ftp: AmazonPay\Exception\ConfigurationException(0): %s
endpoint with user info: AmazonPay\Exception\ConfigurationException(0): %s
endpoint with newline: AmazonPay\Exception\ConfigurationException(0): %s
timeout_ms zero: AmazonPay\Exception\ConfigurationException(0): config['timeout_ms'] must be an integer between 1 and 600000
timeout_ms string: AmazonPay\Exception\ConfigurationException(0): config['timeout_ms'] must be an integer between 1 and 600000
max_retries too big: AmazonPay\Exception\ConfigurationException(0): config['max_retries'] must be an integer between 0 and 10
persistent string: AmazonPay\Exception\ConfigurationException(0): config['persistent'] must be of type bool
proxy not an array: AmazonPay\Exception\ConfigurationException(0): config['proxy'] must be an array of ['host' => ..., 'port' => ..., 'username' => ..., 'password' => ...]
missing private key: AmazonPay\Exception\KeyException(0): Path cannot be empty
unreadable key file: AmazonPay\Exception\KeyException(0): %s
malformed PEM: AmazonPay\Exception\KeyException(0): %s
EC key: AmazonPay\Exception\KeyException(0): %s
RSA-1024 key: AmazonPay\Exception\KeyException(0): %s
encrypted key, no passphrase: AmazonPay\Exception\KeyException(0): %s
encrypted key, wrong passphrase: AmazonPay\Exception\KeyException(0): %s
private key not a string: AmazonPay\Exception\ConfigurationException(0): config['private_key'] must be of type string, int given
requests sent: 0
