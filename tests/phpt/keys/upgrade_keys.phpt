--TEST--
upgradeKeys(): a legacy shop's MWS keys register a new RSA key with GetPublicKeyId; the key file is 0600, never overwritten, and the legacy capture flow runs with the new public key id
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../legacy/legacy.inc';

$s = new Sandbox();
$secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
$s->post('/__sandbox/mwsKeys', ['merchantId' => 'A1MERCHANTTEST', 'accessKey' => 'AKIAIOSFODNN7EXAMPLE', 'secretKey' => $secret]);
$dir = sys_get_temp_dir() . '/amzpay-keys-' . getmypid();
@mkdir($dir);
$path = "$dir/amazon-pay-private.pem";
$mws = ['merchant_id' => 'A1MERCHANTTEST', 'access_key' => 'AKIAIOSFODNN7EXAMPLE', 'secret_key' => $secret,
    'region' => 'de', 'currency_code' => 'EUR', 'sandbox' => true];

$client = new AmazonPay\Client($mws);
$r = $client->upgradeKeys(['private_key_path' => $path, 'endpoint' => $s->url]);
echo implode(',', array_keys($r)), "\n";
var_dump((bool)preg_match('/^AMZPAYUPGRADED[0-9A-F]{10}$/', $r['public_key_id']));
printf("mode %o\n", fileperms($path) & 0777);
var_dump(openssl_pkey_get_details(openssl_pkey_get_private(file_get_contents($path)))['bits']);
echo str_replace([$r['public_key_id'], $path], ['<id>', '<path>'], $r['php_ini']);

/* the request the sandbox saw was signed with the MWS secret and carried only the public key */
$keys = array_column($s->get('/__sandbox/keys')['keys'], 'publicKeyId');
var_dump(in_array($r['public_key_id'], $keys, true));

/* the legacy integration guide's capture step, with the new key */
$order = legacy_order($s);
$shop = new AmazonPay\Client($mws + ['endpoint' => $s->url, 'public_key_id' => $r['public_key_id'], 'private_key' => $path]);
$auth = $shop->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '20.00',
    'authorization_reference_id' => 'a' . getmypid(), 'transaction_timeout' => 0])->toArray();
$id = $auth['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
$cap = $shop->capture(['amazon_authorization_id' => $id, 'capture_amount' => '20.00', 'capture_reference_id' => 'c' . getmypid()])->toArray();
echo $cap['CaptureResult']['CaptureDetails']['CaptureStatus']['State'], "\n";

/* refuses to overwrite, leaves the existing key alone */
$before = file_get_contents($path);
try {
    $client->upgradeKeys(['private_key_path' => $path, 'endpoint' => $s->url]);
} catch (Exception $e) {
    echo get_class($e), ': ', str_replace($path, '<path>', $e->getMessage()), "\n";
}
var_dump($before === file_get_contents($path));

/* a wrong secret: Amazon refuses, no key file is left behind, the secret is not in the message */
$bad = new AmazonPay\Client(['secret_key' => 'not-the-secret'] + $mws);
try {
    $bad->upgradeKeys(['private_key_path' => "$dir/other.pem", 'endpoint' => $s->url]);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    var_dump(str_contains($e->getMessage(), 'not-the-secret'));
}
var_dump(file_exists("$dir/other.pem"));

/* bad input: nothing sent */
$s->post('/__sandbox/requests/clear');
foreach ([[], ['private_key_path' => '']] as $o) {
    try {
        $client->upgradeKeys($o);
    } catch (Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    (new AmazonPay\Client(['secret_key' => null] + $mws))->upgradeKeys(['private_key_path' => "$dir/x.pem", 'endpoint' => $s->url]);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(file_exists("$dir/x.pem"));
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
public_key_id,private_key_path,php_ini
bool(true)
mode 600
int(2048)
amzpay.public_key_id = "<id>"
amzpay.private_key = "<path>"
bool(true)
Completed
AmazonPay\Exception\InvalidArgumentException: <path> exists: refusing to overwrite a private key
bool(true)
AmazonPay\Exception\TransportException: GetPublicKeyId failed: HTTP 403 InvalidRequestSignature The MWS signature does not match.
bool(false)
bool(false)
AmazonPay\Exception\InvalidArgumentException: upgradeKeys(): $options['private_key_path'] (where the new private key is written) is required
AmazonPay\Exception\InvalidArgumentException: upgradeKeys(): $options['private_key_path'] (where the new private key is written) is required
AmazonPay\Exception\ConfigurationException: secret_key is required for the key upgrade
bool(false)
