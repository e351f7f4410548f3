<?php
/*
 * A shop's capture step written for the legacy Amazon Pay SDK: authorize the order, capture the
 * authorization. Run by tests/package/run through Composer's autoloader (the shop) and without it
 * (the pecl-installed module). AMZPAY_SANDBOX_URL names the sandbox; the v2 key comes from php.ini.
 * Prints what a shop would log and exits non-zero unless the money was captured on the extension.
 */

if (is_file(__DIR__ . '/vendor/autoload.php')) {
    require __DIR__ . '/vendor/autoload.php';
}

$sandbox = getenv('AMZPAY_SANDBOX_URL') ?: exit("AMZPAY_SANDBOX_URL is not set\n");

/* The buyer completed checkout: an order (charge permission) in the sandbox. */
$body = json_encode(array('chargeAmount' => array('amount' => '25.00', 'currencyCode' => 'EUR'), 'region' => 'eu'));
$order = json_decode(file_get_contents("$sandbox/__sandbox/chargePermissions", false, stream_context_create(array(
    'http' => array('method' => 'POST', 'header' => 'Content-Type: application/json', 'content' => $body)))), true);
$amazon_order_reference_id = $order['chargePermissionId'];

$client = new \AmazonPay\Client(array(
    'merchant_id' => 'A2SHOPMERCHANT',
    'access_key' => 'AKIASHOPACCESSKEY',
    'secret_key' => 'shop-secret-key',
    'region' => 'de',
    'currency_code' => 'EUR',
    'sandbox' => true,
));
$class = new ReflectionClass($client);
printf("AmazonPay\\Client from   %s\n", $class->getExtensionName() ? 'ext-' . $class->getExtensionName() . ' ' . phpversion('amzpay') : $class->getFileName());

$response = $client->authorize(array(
    'amazon_order_reference_id' => $amazon_order_reference_id,
    'authorization_amount' => '25.00',
    'authorization_reference_id' => uniqid('A'),
    'transaction_timeout' => 0,
));
$result = $response->toArray();
$auth = $result['AuthorizeResult']['AuthorizationDetails'] ?? exit("authorize failed:\n" . $response->toXml() . "\n");
printf("authorize               %s %s\n", $auth['AuthorizationStatus']['State'], $auth['AmazonAuthorizationId']);

$response = $client->capture(array(
    'amazon_authorization_id' => $auth['AmazonAuthorizationId'],
    'capture_amount' => '25.00',
    'currency_code' => 'EUR',
    'capture_reference_id' => uniqid('C'),
));
$result = $response->toArray();
$capture = $result['CaptureResult']['CaptureDetails'] ?? exit("capture failed:\n" . $response->toXml() . "\n");
printf("capture                 %s %s %s\n", $capture['CaptureStatus']['State'], $capture['CaptureAmount']['Amount'], $capture['AmazonCaptureId']);

/* Only this script and Composer's own autoloader files were loaded. */
$foreign = array_filter(get_included_files(), function ($f) {
    return $f !== __FILE__ && strpos($f, __DIR__ . '/vendor/composer/') !== 0 && $f !== __DIR__ . '/vendor/autoload.php';
});
printf("files loaded            %d besides the autoloader\n", count($foreign));
foreach ($foreign as $f) {
    echo "  $f\n";
}
exit($class->getExtensionName() === 'amzpay' && $client->success && $capture['CaptureStatus']['State'] === 'Completed' && !$foreign ? 0 : 1);
