--TEST--
Legacy config: a string with a NUL byte is refused by the constructor (the value used would otherwise be cut short); nothing is sent
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';

$s = new Sandbox();
foreach (['merchant_id', 'access_key', 'secret_key', 'client_id', 'region', 'currency_code', 'platform_id',
          'application_name', 'application_version', 'private_key', 'public_key_id'] as $k) {
    try {
        $cfg = legacy_config($s);
        $cfg[$k] = ($cfg[$k] ?? 'x') . "\0tail";
        $c = new AmazonPay\Client($cfg);
        $c->getOrderReferenceDetails(['amazon_order_reference_id' => 'S02-1234567-1234567']);
        echo "$k: sent\n";
    } catch (Throwable $e) {
        echo "$k: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
merchant_id: AmazonPay\Exception\ConfigurationException: config['merchant_id'] must not contain NUL bytes
access_key: AmazonPay\Exception\ConfigurationException: config['access_key'] must not contain NUL bytes
secret_key: AmazonPay\Exception\ConfigurationException: config['secret_key'] must not contain NUL bytes
client_id: AmazonPay\Exception\ConfigurationException: config['client_id'] must not contain NUL bytes
region: AmazonPay\Exception\ConfigurationException: config['region'] must not contain NUL bytes
currency_code: AmazonPay\Exception\ConfigurationException: config['currency_code'] must not contain NUL bytes
platform_id: AmazonPay\Exception\ConfigurationException: config['platform_id'] must not contain NUL bytes
application_name: AmazonPay\Exception\ConfigurationException: config['application_name'] must not contain NUL bytes
application_version: AmazonPay\Exception\ConfigurationException: config['application_version'] must not contain NUL bytes
private_key: AmazonPay\Exception\ConfigurationException: config['private_key'] must not contain NUL bytes
public_key_id: AmazonPay\Exception\ConfigurationException: config['public_key_id'] must not contain NUL bytes
