--TEST--
scripts/amzpay-neutralize-sdk: a shop that require_once's its bundled legacy SDK runs on the extension's classes
--FILE--
<?php
require_once __DIR__ . '/../inc/server.inc';

$shop = sys_get_temp_dir() . '/amzpay-shop-' . getmypid();
$sdk = "$shop/vendor/amzn/amazon-pay-sdk-php/AmazonPay";
@mkdir($sdk, 0777, true);
@mkdir("$shop/lib/PayWithAmazon", 0777, true);
/* the SDK's own files, as a shop tree carries them */
file_put_contents("$sdk/Client.php", "<?php\nnamespace AmazonPay;\nrequire_once 'ClientInterface.php';\nrequire_once 'HttpCurl.php';\n\nclass Client implements ClientInterface\n{\n    const SDK_VERSION = '3.7.1';\n}\n");
file_put_contents("$sdk/ClientInterface.php", "<?php\nnamespace AmazonPay;\n\ninterface ClientInterface\n{\n}\n");
file_put_contents("$sdk/HttpCurl.php", "<?php\nnamespace AmazonPay;\n\nclass HttpCurl\n{\n}\n");
file_put_contents("$shop/lib/PayWithAmazon/ResponseParser.php", "<?php\nnamespace PayWithAmazon;\n\nclass ResponseParser\n{\n}\n");
file_put_contents("$shop/lib/amazon-pay.phar", "<?php\nnamespace AmazonPay;\nclass Client {}\n__HALT_COMPILER();");
file_put_contents("$shop/checkout.php", "<?php\nrequire_once __DIR__ . '/vendor/amzn/amazon-pay-sdk-php/AmazonPay/Client.php';\n"
    . "require_once __DIR__ . '/lib/PayWithAmazon/ResponseParser.php';\n"
    . "\$c = new AmazonPay\\Client(['merchant_id' => 'M', 'access_key' => 'A', 'secret_key' => 'S', 'region' => 'de']);\n"
    . "echo get_class(\$c), ' ', (new ReflectionClass(\$c))->isInternal() ? 'internal' : 'userland', \"\\n\";\n");

function shop_run(string $shop): string
{
    return trim(amzpay_run([PHP_BINARY, '-n', '-d', 'extension=' . AMZPAY_SO, "$shop/checkout.php"])[1]);
}
function script(string ...$args): string
{
    [$rc, $out] = amzpay_run([PHP_BINARY, '-n', __DIR__ . '/../../../scripts/amzpay-neutralize-sdk', ...$args]);
    return str_replace($GLOBALS['shop'], 'SHOP', $out . "exit=$rc\n");
}

echo "before: ", str_contains(shop_run($shop), 'Cannot declare ') ? "Cannot declare ...\n" : shop_run($shop) . "\n";
echo script($shop, '--dry-run');
echo "after dry run: ", str_contains(shop_run($shop), 'Cannot declare ') ? "still fails\n" : "changed!\n";
echo script($shop);
echo "after: ", shop_run($shop), "\n";
echo "backup kept: ", var_export(str_contains(file_get_contents("$sdk/Client.php.amzpay-orig"), 'SDK_VERSION'), true), "\n";
echo "HttpCurl untouched: ", var_export(str_contains(file_get_contents("$sdk/HttpCurl.php"), 'class HttpCurl'), true), "\n";
echo "second run:\n", script($shop);
echo script($shop, '--restore');
echo "restored: ", str_contains(shop_run($shop), 'Cannot declare ') ? "Cannot declare ... again\n" : "no\n";
echo script('/nonexistent-dir');
echo script(sys_get_temp_dir() . '/amzpay-shop-' . getmypid() . '/lib/PayWithAmazon/..', '--bogus');
amzpay_rm_tree($shop);
?>
--EXPECTF--
before: Cannot declare ...
Legacy Amazon Pay SDK files under SHOP (dry run, nothing changed):
  neutralize: SHOP/lib/PayWithAmazon/ResponseParser.php (original kept as ResponseParser.php.amzpay-orig)
  neutralize: SHOP/lib/amazon-pay.phar (original kept as amazon-pay.phar.amzpay-orig)
  neutralize: SHOP/vendor/amzn/amazon-pay-sdk-php/AmazonPay/Client.php (original kept as Client.php.amzpay-orig)
  neutralize: SHOP/vendor/amzn/amazon-pay-sdk-php/AmazonPay/ClientInterface.php (original kept as ClientInterface.php.amzpay-orig)
Direct requires of these files (they keep working; remove them when convenient):
  SHOP/checkout.php:2: require_once __DIR__ . '/vendor/amzn/amazon-pay-sdk-php/AmazonPay/Client.php';
  SHOP/checkout.php:3: require_once __DIR__ . '/lib/PayWithAmazon/ResponseParser.php';
exit=0
after dry run: still fails
Legacy Amazon Pay SDK files under SHOP:
  neutralize: SHOP/lib/PayWithAmazon/ResponseParser.php (original kept as ResponseParser.php.amzpay-orig)
  neutralize: SHOP/lib/amazon-pay.phar (original kept as amazon-pay.phar.amzpay-orig)
  neutralize: SHOP/vendor/amzn/amazon-pay-sdk-php/AmazonPay/Client.php (original kept as Client.php.amzpay-orig)
  neutralize: SHOP/vendor/amzn/amazon-pay-sdk-php/AmazonPay/ClientInterface.php (original kept as ClientInterface.php.amzpay-orig)
Direct requires of these files (they keep working; remove them when convenient):
  SHOP/checkout.php:2: require_once __DIR__ . '/vendor/amzn/amazon-pay-sdk-php/AmazonPay/Client.php';
  SHOP/checkout.php:3: require_once __DIR__ . '/lib/PayWithAmazon/ResponseParser.php';
exit=0
after: AmazonPay\Client internal
backup kept: true
HttpCurl untouched: true
second run:
Legacy Amazon Pay SDK files under SHOP:
  already neutralized: SHOP/lib/PayWithAmazon/ResponseParser.php
  already neutralized: SHOP/lib/amazon-pay.phar
  already neutralized: SHOP/vendor/amzn/amazon-pay-sdk-php/AmazonPay/Client.php
  already neutralized: SHOP/vendor/amzn/amazon-pay-sdk-php/AmazonPay/ClientInterface.php
Direct requires of these files (they keep working; remove them when convenient):
  SHOP/checkout.php:2: require_once __DIR__ . '/vendor/amzn/amazon-pay-sdk-php/AmazonPay/Client.php';
  SHOP/checkout.php:3: require_once __DIR__ . '/lib/PayWithAmazon/ResponseParser.php';
exit=0
%A  restore: SHOP/vendor/amzn/amazon-pay-sdk-php/AmazonPay/Client.php
%Aexit=0
restored: Cannot declare ... again
usage: amzpay-neutralize-sdk PATH [--dry-run] [--restore]
exit=2
usage: amzpay-neutralize-sdk PATH [--dry-run] [--restore]
exit=2
