--TEST--
Legacy client and ResponseParser: surplus arguments are ignored, as by the legacy SDK's userland methods
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
$c = legacy_client($s);
$calls = [
    'getOrderReferenceDetails' => fn () => $c->getOrderReferenceDetails(['amazon_order_reference_id' => 'S02-1234567-1234567'], 'surplus'),
    'setSandbox' => fn () => $c->setSandbox(true, 'surplus'),
    'setClientId' => fn () => $c->setClientId('amzn1.application-oa2-client.x', 'surplus'),
    '__get' => fn () => $c->__get('region', 'surplus'),
    'toArray' => fn () => $c->getOrderReferenceDetails(['amazon_order_reference_id' => 'S02-1234567-1234567'])->toArray('surplus'),
    'toXml' => fn () => $c->getOrderReferenceDetails(['amazon_order_reference_id' => 'S02-1234567-1234567'])->toXml(1, 2),
];
foreach ($calls as $name => $call) {
    try {
        $r = $call();
        echo "$name: ", get_debug_type($r), "\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
getOrderReferenceDetails: AmazonPay\ResponseParser
setSandbox: null
setClientId: null
__get: string
toArray: array
toXml: string
