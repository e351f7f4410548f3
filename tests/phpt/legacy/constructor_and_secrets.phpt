--TEST--
Constructor: the legacy exception messages and codes (null, non-file, bad JSON, scalar JSON, unknown key, sandbox type, region at the first call); the private key never shows
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';

function attempt(callable $f): void
{
    try {
        $f();
        echo "ok\n";
    } catch (Exception $e) {
        echo get_class($e), " (", $e->getCode(), "): ", json_encode($e->getMessage()), "\n";
    }
}

$dir = sys_get_temp_dir() . '/amzpay-legacy-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/bad.json", '{"region": ');
file_put_contents("$dir/scalar.json", '42');
file_put_contents("$dir/good.json", '{"Merchant_ID": " A1 ", "region": "uk", "sandbox": true}');

attempt(fn () => new AmazonPay\Client());
attempt(fn () => new AmazonPay\Client(null));
attempt(fn () => new AmazonPay\Client('/no/such/file.json'));
attempt(fn () => new AmazonPay\Client(42));
attempt(fn () => new AmazonPay\Client("$dir/bad.json"));
attempt(fn () => new AmazonPay\Client("$dir/scalar.json"));
attempt(fn () => new AmazonPay\Client(['merchant_id' => 'A1', 'public_keyid' => 'x']));
attempt(fn () => new AmazonPay\Client(['sandbox' => 'true']));
attempt(fn () => new AmazonPay\Client(['sandbox' => 0]));
attempt(fn () => new AmazonPay\Client([]));
$c = new AmazonPay\Client("$dir/good.json");
echo "from JSON file: merchant_id=", json_encode($c->merchant_id), " region=", $c->__get('REGION'), "\n";
attempt(fn () => $c->__get('nope'));
attempt(fn () => $c->setSandbox('yes'));
attempt(fn () => $c->setClientId(''));
attempt(fn () => $c->setAppId(''));

/* region errors come at the first call, with the legacy wording (nothing is validated locally first) */
attempt(fn () => (new AmazonPay\Client(['currency_code' => 'EUR']))->getCaptureDetails(['amazon_capture_id' => 'S02-1234567-1234567-C123456']));
attempt(fn () => (new AmazonPay\Client(['region' => 'fr']))->getCaptureDetails(['amazon_capture_id' => 'S02-1234567-1234567-C123456']));
echo "PayWithAmazon alias: ", var_export(new PayWithAmazon\Client([]) instanceof AmazonPay\ClientInterface, true), "\n";

/* the private key: never read back, never dumped, never in an exception */
$pem = file_get_contents(LEGACY_DEMO_KEY);
$c = new AmazonPay\Client(['region' => 'de', 'private_key' => $pem, 'private_key_passphrase' => 'pass-phrase-secret',
    'secret_key' => 'mws-secret-value', 'public_key_id' => 'AMZPAYSANDBOXDEMOKEY0001', 'endpoint' => 'http://127.0.0.1:9']);
attempt(fn () => $c->private_key);
attempt(fn () => $c->__get('Private_Key_Passphrase'));
ob_start();
var_dump($c);
print_r($c);
var_export($c);
echo json_encode((array)$c);
try {
    $c->getCaptureDetails(['amazon_capture_id' => 'S02-1234567-1234567-C123456']);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n", $e;
}
$all = ob_get_clean();
$leaks = array_filter(['PRIVATE KEY' => 'PRIVATE KEY', 'key body' => substr(explode("\n", $pem)[1], 0, 20),
    'passphrase' => 'pass-phrase-secret', 'MWS secret' => 'mws-secret-value'], fn ($needle) => str_contains($all, $needle));
echo "secrets shown: ", $leaks ? implode(', ', array_keys($leaks)) : 'none', "\n";
echo "transport failure in the legacy wording: ", (int)str_contains($all, 'Unable to post request, underlying exception of '), "\n";

array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
AmazonPay\Exception\ConfigurationException (0): "$config cannot be null."
AmazonPay\Exception\ConfigurationException (0): "$config cannot be null."
AmazonPay\Exception\ConfigurationException (0): "$config is not a Json File path or the Json File was not found in the path provided"
AmazonPay\Exception\ConfigurationException (0): "$config is not a Json File path or the Json File was not found in the path provided"
AmazonPay\Exception\ConfigurationException (0): "Error with message - content is not in json format - syntax error. "
AmazonPay\Exception\ConfigurationException (0): "$config is of the incorrect type integer and should be of the type array"
AmazonPay\Exception\ConfigurationException (1): "Key public_keyid is either not part of the configuration or has incorrect Key name.\n                check the config array key names to match your key names of your config array"
AmazonPay\Exception\ConfigurationException (0): "sandbox value true is of type string and should be a boolean value"
ok
ok
from JSON file: merchant_id="A1" region=uk
Exception (1): "Key nope is either not a part of the configuration array config or the nope does not match the key name in the config array"
Exception (0): "sandbox value yes is of type string and should be a boolean value"
Exception (0): "setter value for client ID provided is empty"
Exception (0): "setter value for app ID provided is empty"
AmazonPay\Exception\ConfigurationException (0): "config['region'] is a required parameter and is not set"
AmazonPay\Exception\ConfigurationException (0): "fr is not a valid region"
PayWithAmazon alias: true
AmazonPay\Exception\ConfigurationException (1): "Key private_key cannot be read back"
AmazonPay\Exception\ConfigurationException (1): "Key private_key_passphrase cannot be read back"
secrets shown: none
transport failure in the legacy wording: 1
