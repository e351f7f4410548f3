--TEST--
INI: amzpay.v2_sdk_classes=0 leaves \Amazon\Pay\API\Client undeclared, so a bundled copy of the official SDK can be loaded instead
--EXTENSIONS--
amzpay
--INI--
amzpay.v2_sdk_classes=0
--FILE--
<?php
var_dump(class_exists('Amazon\Pay\API\Client', false), interface_exists('Amazon\Pay\API\ClientInterface', false));
var_dump(interface_exists('AmazonPay\Exception\AmazonPayException', false));
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
