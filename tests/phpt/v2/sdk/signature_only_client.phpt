--TEST--
Official SDK parity: a client without region signs buttons and requests (createSignature) but refuses to send, with the SDK's message
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/vectors.inc';
require __DIR__ . '/../../inc/server.inc';

$c = new Amazon\Pay\API\Client(['public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6', 'private_key' => amzpay_test_key()]);
$payload = '{"storeId":"amzn1.application-oa2-client.x"}';
$sig = $c->generateButtonSignature($payload);
echo 'button signature verifies: ', var_export(amzpay_pss_verify("AMZN-PAY-RSASSA-PSS\n" . hash('sha256', $payload), $sig, 20), true), "\n";
echo 'createSignature: ', strlen($c->createSignature('GET', 'https://pay-api.amazon.eu/v2/x', [], ['accept' => 'application/json'], null, '20240101T000000Z')), " chars\n";
foreach ([fn () => $c->getCharge('S01-1234567-1234567-C000001'), fn () => $c->apiCall('GET', 'v2/x', null)] as $call) {
    try {
        $call();
    } catch (Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
button signature verifies: true
createSignature: 344 chars
AmazonPay\Exception\ConfigurationException: config['region'] is a required parameter and is not set
AmazonPay\Exception\ConfigurationException: config['region'] is a required parameter and is not set
