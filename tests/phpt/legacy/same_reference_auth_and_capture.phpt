--TEST--
Idempotency keys are namespaced per operation: a module that uses one reference string for the authorization, the capture and the refund of an order gets all three done (MWS kept them apart), and repeating each call still replays it
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('sqlite');
$s = new Sandbox();
$c = legacy_client($s);
$order = legacy_order($s);
$ref = 'order-100023';
for ($i = 0; $i < 2; $i++) { /* the second round is a shop retrying every step */
    $a = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '30.00',
        'authorization_reference_id' => $ref, 'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails'];
    $cap = $c->capture(['amazon_authorization_id' => $a['AmazonAuthorizationId'], 'capture_amount' => '30.00',
        'capture_reference_id' => $ref])->toArray();
    $capture = $cap['CaptureResult']['CaptureDetails'] ?? null;
    $r = $c->refund(['amazon_capture_id' => $capture['AmazonCaptureId'] ?? '', 'refund_amount' => '10.00',
        'refund_reference_id' => $ref])->toArray();
    echo "round $i: authorization {$a['AuthorizationStatus']['State']}, capture ",
        $capture['CaptureStatus']['State'] ?? $cap['Error']['Code'], ", refund ",
        $r['RefundResult']['RefundDetails']['RefundStatus']['State'] ?? $r['Error']['Code'], "\n";
}
foreach ($s->requests() as $q) {
    if ($q['idempotencyKey'] ?? null) {
        echo "{$q['operation']} {$q['idempotencyKey']}: {$q['outcome']}\n";
    }
}
legacy_advance($s, ['advanceSeconds' => 60]); /* the refund settles */
$d = $c->getCaptureDetails(['amazon_capture_id' => $capture['AmazonCaptureId']])->toArray()['GetCaptureDetailsResult']['CaptureDetails'];
echo "captured once: {$d['CaptureAmount']['Amount']}, refunded once: {$d['RefundedAmount']['Amount']}, reference id {$d['CaptureReferenceId']}\n";
?>
--EXPECT--
round 0: authorization Open, capture Completed, refund Pending
round 1: authorization Open, capture Completed, refund Pending
createCharge auth-order-100023: applied
captureCharge capt-order-100023: applied
createRefund rfnd-order-100023: applied
createCharge auth-order-100023: replayed
captureCharge capt-order-100023: replayed
createRefund rfnd-order-100023: replayed
captured once: 30.00, refunded once: 10.00, reference id order-100023
