--TEST--
A shop with only its legacy config keys: the v2 credentials come from php.ini (amzpay.private_key) and ini_set() (endpoint, public key id)
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';

$s = new Sandbox();
$cp = legacy_order($s);
/* amzpay.private_key is PHP_INI_SYSTEM|PERDIR: a child process gets it on the command line, as php.ini would */
$code = <<<'PHP'
ini_set('amzpay.endpoint', $argv[1]);
ini_set('amzpay.public_key_id', 'AMZPAYSANDBOXDEMOKEY0001');
$client = new AmazonPay\Client([
    'merchant_id' => 'A1MERCHANTTEST', 'access_key' => 'AKIAEXAMPLE', 'secret_key' => 'secret',
    'region' => 'DE', 'currency_code' => 'eur', 'sandbox' => true,
]);
$auth = $client->authorize(['amazon_order_reference_id' => $argv[2], 'authorization_amount' => '20.00',
    'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0])->toArray();
$id = $auth['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
$cap = $client->capture(['amazon_authorization_id' => $id, 'capture_amount' => '20.00',
    'capture_reference_id' => uniqid('c')])->toArray();
echo $cap['CaptureResult']['CaptureDetails']['CaptureStatus']['State'], ' ',
    $cap['CaptureResult']['CaptureDetails']['CaptureAmount']['CurrencyCode'], "\n";
PHP;
echo amzpay_run([PHP_BINARY, '-n', '-d', 'extension=' . realpath(__DIR__ . '/../../../modules/amzpay.so'),
    '-d', 'amzpay.private_key=' . realpath(LEGACY_DEMO_KEY), '-r', $code, $s->url, $cp])[1];
echo "captures: ", count($s->requests(['operation' => 'captureCharge'])), "\n";
?>
--EXPECT--
Completed EUR
captures: 1
