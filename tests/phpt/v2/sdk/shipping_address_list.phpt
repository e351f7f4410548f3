--TEST--
Official SDK parity: getCheckoutSession/updateCheckoutSession/completeCheckoutSession decode each shippingAddressList item and re-encode the response (also on errors); other calls are untouched
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$answer = json_encode([
    'checkoutSessionId' => 'cs-1',
    'shippingAddressList' => [json_encode(['name' => 'Jürgen', 'city' => 'Köln']), '{"name":"A\/B"}', 'not json'],
    'empty' => new stdClass,
]);
$sid = 'bd504926-f659-4ad7-a1a9-9a747aaf5275';
$server->script([
    ['status' => 200, 'body' => $answer],
    ['status' => 200, 'body' => $answer],
    ['status' => 400, 'body' => $answer],
    ['status' => 200, 'body' => $answer],
]);
echo $c->getCheckoutSession($sid)['response'], "\n";
echo $c->updateCheckoutSession($sid, ['webCheckoutDetails' => []])['response'], "\n";
$r = $c->completeCheckoutSession($sid, ['chargeAmount' => ['amount' => '1.00', 'currencyCode' => 'EUR']]);
echo $r['status'], ' ', $r['response'], "\n";
echo $c->getChargePermission('S01-1234567-1234567')['response'] === $answer ? "getChargePermission untouched\n" : "changed\n";
?>
--EXPECT--
{"checkoutSessionId":"cs-1","shippingAddressList":[{"name":"Jürgen","city":"Köln"},{"name":"A\/B"},null],"empty":[]}
{"checkoutSessionId":"cs-1","shippingAddressList":[{"name":"Jürgen","city":"Köln"},{"name":"A\/B"},null],"empty":[]}
400 {"checkoutSessionId":"cs-1","shippingAddressList":[{"name":"Jürgen","city":"Köln"},{"name":"A\/B"},null],"empty":[]}
getChargePermission untouched
