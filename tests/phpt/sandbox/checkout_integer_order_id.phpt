--TEST--
Sandbox: a checkout with an integer order id as merchantReferenceId (as the most deployed v2 integration sends it) works; the completed session answers nulls, the order details are read from the Charge Permission
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/sandbox.inc';

$s = new Sandbox();
$c = $s->v2();
$order_id = 12345;
$r = $c->createCheckoutSession([
    'webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://shop.example/review'],
    'storeId' => 'amzn1.application-oa2-client.sandboxstore',
    'merchantMetadata' => ['merchantReferenceId' => $order_id, 'merchantStoreName' => 'Shop'],
], ['x-amz-pay-idempotency-key' => 'session-12345']);
$session = json_decode($r['response'], true);
echo "create: {$r['status']} ", var_export($session['merchantMetadata']['merchantReferenceId'], true), "\n";
$id = $session['checkoutSessionId'];

$r = $c->updateCheckoutSession($id, [
    'webCheckoutDetails' => ['checkoutResultReturnUrl' => 'https://shop.example/result'],
    'paymentDetails' => ['paymentIntent' => 'Authorize', 'chargeAmount' => ['amount' => 49.9, 'currencyCode' => 'EUR']],
    'merchantMetadata' => ['merchantReferenceId' => $order_id],
]);
echo "update: {$r['status']}\n";

$r = $c->completeCheckoutSession($id, ['chargeAmount' => ['amount' => '49.90', 'currencyCode' => 'EUR']]);
$done = json_decode($r['response'], true);
echo "complete: {$r['status']} {$done['statusDetails']['state']}, paymentDetails ", var_export($done['paymentDetails'], true),
    ", merchantMetadata ", var_export($done['merchantMetadata'], true), ", ids ",
    is_string($done['chargePermissionId']) && is_string($done['chargeId']) ? 'set' : 'missing', "\n";

$permission = json_decode($c->getChargePermission($done['chargePermissionId'])['response'], true);
$charge = json_decode($c->getCharge($done['chargeId'])['response'], true);
echo "permission: ", var_export($permission['merchantMetadata']['merchantReferenceId'], true), ", charge: ",
    $charge['chargeAmount']['amount'], ' ', $charge['statusDetails']['state'], "\n";

$r = $c->updateChargePermission($done['chargePermissionId'], ['merchantMetadata' => ['merchantReferenceId' => ['id' => $order_id]]]);
echo "an object as merchantReferenceId: {$r['status']} ", json_decode($r['response'], true)['reasonCode'], "\n";
?>
--EXPECT--
create: 201 '12345'
update: 200
complete: 200 Completed, paymentDetails NULL, merchantMetadata NULL, ids set
permission: '12345', charge: 49.90 Authorized
an object as merchantReferenceId: 400 InvalidParameterValue
