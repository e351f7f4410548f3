--TEST--
Official SDK parity: __get() returns the configured values (also private_key), sandbox as a bool, and looks up the lower-cased name among config keys matched exactly
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$key = __DIR__ . '/../../../fixtures/vectors/test-key.pem';
$base = ['public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6', 'private_key' => $key, 'region' => 'us'];
$c = new Amazon\Pay\API\Client($base + ['integrator_id' => 'I1', 'custom' => ['a' => 1]]);
echo 'private_key: ', $c->__get('private_key') === $key ? 'the configured path' : 'other', "\n";
echo 'region: ', $c->region, ', Public_Key_Id: ', $c->__get('Public_Key_Id'), ', custom: ', json_encode($c->custom), "\n";
foreach (['', 0, null, false, true] as $v) {
    echo 'sandbox ', var_export($v, true), ' -> ', var_export((new Amazon\Pay\API\Client($base + ['sandbox' => $v]))->sandbox, true), "\n";
}
/* config keys are case-sensitive in the official SDK: "Region" is not the region */
$s = new Amazon\Pay\API\Client(['public_key_id' => 'X', 'private_key' => $key, 'Region' => 'eu']);
echo 'Region key: region ', var_export($s->region, true), ', __get(\'Region\') ', var_export($s->__get('Region'), true), "\n";
try {
    $s->__get('nope');
} catch (Exception $e) {
    echo get_class($e), '(', $e->getCode(), '): ', $e->getMessage(), "\n";
}
?>
--EXPECT--
private_key: the configured path
region: na, Public_Key_Id: AGPTYXGL5VH6PSYLJUSHTKW6, custom: {"a":1}
sandbox '' -> false
sandbox 0 -> false
sandbox NULL -> false
sandbox false -> false
sandbox true -> true
Region key: region NULL, __get('Region') NULL
Exception(1): Key nope is either not a part of the configuration array config or the nope does not match the key name in the config array
