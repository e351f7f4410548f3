--TEST--
Sandbox §9.19/§9.20/§9.28/§9.34/§9.38: charge and refund state rules through the extension
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/sandbox.inc';

$s = new Sandbox();
$c = $s->v2();
$cp = $s->order('30.00', 'EUR');
$show = function (string $what, array $r) {
    $b = json_decode($r['response'], true);
    printf("%s: %d %s\n", $what, $r['status'], $b['statusDetails']['state'] ?? $b['reasonCode']);
    return $b;
};
$show('charge over the balance', $c->createCharge(['chargePermissionId' => $cp, 'chargeAmount' => ['amount' => '31.00', 'currencyCode' => 'EUR']], ['x-amz-pay-idempotency-key' => 'a1']));
$ch = $show('charge', $c->createCharge(['chargePermissionId' => $cp, 'chargeAmount' => ['amount' => '30.00', 'currencyCode' => 'EUR']], ['x-amz-pay-idempotency-key' => 'a2']));
$show('refund before capture', $c->createRefund(['chargeId' => $ch['chargeId'], 'refundAmount' => ['amount' => '1.00', 'currencyCode' => 'EUR']], ['x-amz-pay-idempotency-key' => 'r0']));
$show('capture', $c->captureCharge($ch['chargeId'], ['captureAmount' => ['amount' => '30.00', 'currencyCode' => 'EUR']], ['x-amz-pay-idempotency-key' => 'c1']));
$show('second capture', $c->captureCharge($ch['chargeId'], ['captureAmount' => ['amount' => '30.00', 'currencyCode' => 'EUR']], ['x-amz-pay-idempotency-key' => 'c2']));
$show('cancel after capture', $c->cancelCharge($ch['chargeId'], ['cancellationReason' => 'too late']));
$show('permission after full capture', $c->getChargePermission($cp));
$show('charge on a closed permission', $c->createCharge(['chargePermissionId' => $cp, 'chargeAmount' => ['amount' => '1.00', 'currencyCode' => 'EUR']], ['x-amz-pay-idempotency-key' => 'a3']));
$show('refund', $c->createRefund(['chargeId' => $ch['chargeId'], 'refundAmount' => ['amount' => '30.00', 'currencyCode' => 'EUR']], ['x-amz-pay-idempotency-key' => 'r1']));
$show('unknown charge', $c->getCharge('S01-0000000-0000000-C000000'));
?>
--EXPECT--
charge over the balance: 400 TransactionAmountExceeded
charge: 201 Authorized
refund before capture: 422 InvalidChargeStatus
capture: 200 Captured
second capture: 422 InvalidChargeStatus
cancel after capture: 422 InvalidChargeStatus
permission after full capture: 200 Closed
charge on a closed permission: 422 InvalidChargePermissionStatus
refund: 201 RefundInitiated
unknown charge: 404 ResourceNotFound
