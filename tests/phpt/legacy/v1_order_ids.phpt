--TEST--
Orders placed under v1 (S02-... order reference ids, authorization ids with A at index 20) are authorized, captured, refunded and closed
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
$c = legacy_client($s);
$v1 = sprintf('S02-%07d-%07d', random_int(0, 9999999), random_int(0, 9999999));
$order = legacy_order($s, '100.00', ['chargePermissionId' => $v1]);
echo "order reference kept: ", var_export($order === $v1, true), "\n";

$a = $c->authorize(['amazon_order_reference_id' => $v1, 'authorization_amount' => '40.00',
    'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails'];
$auth = $a['AmazonAuthorizationId'];
echo "authorization id: ", substr($auth, 0, 19) === $v1 ? 'order reference' : $auth, " + -", $auth[20], "\n";
$cap = $c->capture(['amazon_authorization_id' => $auth, 'capture_amount' => '40.00', 'capture_reference_id' => uniqid('c')])
    ->toArray()['CaptureResult']['CaptureDetails'];
echo "capture: ", $cap['CaptureStatus']['State'], " id ", substr($cap['AmazonCaptureId'], 0, 19) === $v1 ? 'order reference' : '?', " + -",
    $cap['AmazonCaptureId'][20], " (same counter: ", var_export(substr($cap['AmazonCaptureId'], 21) === substr($auth, 21), true), ")\n";
$ref = $c->refund(['amazon_capture_id' => $cap['AmazonCaptureId'], 'refund_amount' => '5.00', 'refund_reference_id' => uniqid('r')])
    ->toArray()['RefundResult']['RefundDetails'];
legacy_advance($s, ['advanceSeconds' => 60]);
echo "refund: ", $c->getRefundDetails(['amazon_refund_id' => $ref['AmazonRefundId']])
    ->toArray()['GetRefundDetailsResult']['RefundDetails']['RefundStatus']['State'], "\n";
echo "authorization now: ", $c->getAuthorizationDetails(['amazon_authorization_id' => $auth])
    ->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails']['AuthorizationStatus']['State'], "\n";

$a2 = $c->authorize(['amazon_order_reference_id' => $v1, 'authorization_amount' => '10.00',
    'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails'];
$c->closeAuthorization(['amazon_authorization_id' => $a2['AmazonAuthorizationId'], 'closure_reason' => 'not needed']);
echo "closeAuthorization: success=", var_export($c->success, true), " state=", $c->getAuthorizationDetails(['amazon_authorization_id' => $a2['AmazonAuthorizationId']])
    ->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails']['AuthorizationStatus']['State'], "\n";
$c->closeOrderReference(['amazon_order_reference_id' => $v1, 'closure_reason' => 'shipped']);
echo "closeOrderReference: success=", var_export($c->success, true), "\n";
$st = $c->getOrderReferenceDetails(['amazon_order_reference_id' => $v1]);
echo "order reference: ", $st->getOrderReferenceDetailsStatus($st->toXml())['State'], "\n";
?>
--EXPECT--
order reference kept: true
authorization id: order reference + -A
capture: Completed id order reference + -C (same counter: true)
refund: Completed
authorization now: Closed
closeAuthorization: success=true state=Closed
closeOrderReference: success=true
order reference: Closed
