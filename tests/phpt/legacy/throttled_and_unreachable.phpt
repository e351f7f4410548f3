--TEST--
Legacy errors that throw: 503 after every retry gives the legacy "Maximum number of retry attempts" exception; an unreachable endpoint gives "Unable to post request"
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
$config = [
    'merchant_id' => 'A2MERCHANT', 'access_key' => 'AKIAOLD', 'secret_key' => 'old-secret', 'region' => 'de',
    'currency_code' => 'EUR', 'sandbox' => true, 'public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6',
    'private_key' => amzpay_test_key(), 'endpoint' => $server->url,
];
$client = new AmazonPay\Client($config);
$server->script(array_fill(0, 4, ['status' => 503, 'body' => '{"reasonCode":"ServiceUnavailable","message":"x"}']));
try {
    $client->capture(['amazon_authorization_id' => 'S01-1234567-1234567-A123456', 'capture_amount' => '1.00',
        'capture_reference_id' => 'cap-1']);
    echo "no exception\n";
} catch (Exception $e) {
    echo json_encode($e->getMessage()), "\n";
    echo 'success: ', var_export($client->success, true), ', attempts: ', count($server->requests()), "\n";
    $keys = array_unique(array_map(fn ($q) => amzpay_header($q, 'x-amz-pay-idempotency-key'), $server->requests()));
    echo 'idempotency keys: ', implode(',', $keys), "\n";
}

$config['endpoint'] = 'http://127.0.0.1:1';
try {
    (new AmazonPay\Client($config))->getAuthorizationDetails(['amazon_authorization_id' => 'S01-1234567-1234567-A123456']);
    echo "no exception\n";
} catch (Exception $e) {
    echo $e instanceof AmazonPay\Exception\TransportException ? 'TransportException: ' : get_class($e) . ': ',
        str_starts_with($e->getMessage(), 'Unable to post request, underlying exception of ') ? 'legacy message' : $e->getMessage(), "\n";
}
?>
--EXPECT--
"Error Code: 503\nMaximum number of retry attempts - 4 reached"
success: false, attempts: 4
idempotency keys: capt-cap-1
TransportException: legacy message
