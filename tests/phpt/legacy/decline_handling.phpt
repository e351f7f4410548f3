--TEST--
Decline handling of the legacy guide: a declined capture and a soft-declined authorization lead the shop's handler to retry, re-authorize with capture_now, or fail the order
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';

require __DIR__ . '/../inc/ledger.inc';
LedgerBackends::use('sqlite');
$s = new Sandbox();
$c = legacy_client($s);

/* the shop's unchanged decline handler: retry the capture if the authorization is still Open, else re-authorize
 * with capture_now if the order reference is Open, else give up */
function handle_decline(AmazonPay\Client $c, string $order, string $auth, string $amount): string
{
    /* also for a decline v2 refused outright (no v2 charge): the ledger answers it */
    $state = $c->getAuthorizationDetails(['amazon_authorization_id' => $auth])
        ->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails']['AuthorizationStatus']['State'];
    if ($state === 'Open') {
        $r = $c->capture(['amazon_authorization_id' => $auth, 'capture_amount' => $amount, 'capture_reference_id' => uniqid('c')]);
        return 'authorization Open, capture retried: ' . $r->toArray()['CaptureResult']['CaptureDetails']['CaptureStatus']['State'];
    }
    $o = $c->getOrderReferenceDetails(['amazon_order_reference_id' => $order]);
    $oro = $o->getOrderReferenceDetailsStatus($o->toXml());
    if ($oro['State'] === 'Open') {
        $r = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => $amount,
            'authorization_reference_id' => uniqid('a'), 'capture_now' => true, 'transaction_timeout' => 0])->toArray();
        $d = $r['AuthorizeResult']['AuthorizationDetails'];
        $captured = $c->getCaptureDetails(['amazon_capture_id' => $d['IdList']['member']])
            ->toArray()['GetCaptureDetailsResult']['CaptureDetails']['CaptureStatus']['State'];
        return "authorization $state, order reference Open, authorize with capture_now: "
            . $d['AuthorizationStatus']['State'] . '/' . $d['AuthorizationStatus']['ReasonCode'] . ", capture $captured";
    }
    return "authorization $state, order reference {$oro['State']}/" . ($oro['ReasonCode'] ?? '-') . ": order failed, buyer notified";
}

/* 1. a soft-declined authorization (v1: Declined/InvalidPaymentMethod, SoftDecline true) */
$order = legacy_order($s);
$r = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '25.00', 'authorization_reference_id' => uniqid('a'),
    'transaction_timeout' => 0, 'seller_authorization_note' => '{"SandboxSimulation": {"State":"Declined", "ReasonCode":"InvalidPaymentMethod", "SoftDecline":"true"}}']);
$d = $r->toArray()['AuthorizeResult']['AuthorizationDetails'];
echo "authorize: success=", var_export($c->success, true), " ", $d['AuthorizationStatus']['State'], '/', $d['AuthorizationStatus']['ReasonCode'],
    " (v2: ", $r->getV2Error()['reasonCode'], ")\n";
echo "declined authorization id: ", preg_match('/^S01-\d{7}-\d{7}-A9\d{6}$/', $d['AmazonAuthorizationId']) ? 'v1-shaped' : json_encode($d['AmazonAuthorizationId']), "\n";
$again = $c->getAuthorizationDetails(['amazon_authorization_id' => $d['AmazonAuthorizationId']])->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails'];
echo "read back: ", $again['AuthorizationStatus']['State'], '/', $again['AuthorizationStatus']['ReasonCode'], ' SoftDecline=', $again['SoftDecline'],
    ' ', $again['AuthorizationAmount']['Amount'], ' ', $again['AuthorizationReferenceId'] === $d['AuthorizationReferenceId'] ? 'same reference id' : 'other reference id', "\n";
echo handle_decline($c, $order, $d['AmazonAuthorizationId'], '25.00'), "\n";

/* 2. a capture Amazon rejects (v1 Declined/AmazonRejected): settles asynchronously, then nothing is Open any more */
$order = legacy_order($s);
$auth = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '30.00', 'authorization_reference_id' => uniqid('a'),
    'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
$r = $c->capture(['amazon_authorization_id' => $auth, 'capture_amount' => '30.00', 'capture_reference_id' => uniqid('c'),
    'seller_capture_note' => '{"SandboxSimulation": {"State":"Declined", "ReasonCode":"AmazonRejected"}}']);
$cap = $r->toArray()['CaptureResult']['CaptureDetails'];
echo "capture: success=", var_export($c->success, true), " ", $cap['CaptureStatus']['State'], "\n";
legacy_advance($s, ['advanceSeconds' => 60]);
$st = $c->getCaptureDetails(['amazon_capture_id' => $cap['AmazonCaptureId']])->toArray()['GetCaptureDetailsResult']['CaptureDetails']['CaptureStatus'];
echo "getCaptureDetails: ", $st['State'], '/', $st['ReasonCode'] ?? '-', "\n";
echo handle_decline($c, $order, $auth, '30.00'), "\n";

/* 3. the authorization is still Open (the first capture attempt failed with an error, not a decline): retry succeeds */
$order = legacy_order($s);
$auth = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '30.00', 'authorization_reference_id' => uniqid('a'),
    'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
$r = $c->capture(['amazon_authorization_id' => $auth, 'capture_amount' => '31.00', 'capture_reference_id' => uniqid('c')]);
echo "capture over the authorized amount: success=", var_export($c->success, true), " ", $r->toArray()['Error']['Code'] ?? '?', "\n";
echo handle_decline($c, $order, $auth, '30.00'), "\n";
?>
--EXPECT--
authorize: success=true Declined/InvalidPaymentMethod (v2: SoftDeclined)
declined authorization id: v1-shaped
read back: Declined/InvalidPaymentMethod SoftDecline=true 25.00 same reference id
authorization Declined, order reference Open, authorize with capture_now: Closed/MaxCapturesProcessed, capture Completed
capture: success=true Pending
getCaptureDetails: Declined/AmazonRejected
authorization Declined, order reference Canceled/AmazonCanceled: order failed, buyer notified
capture over the authorized amount: success=false TransactionAmountExceeded
authorization Open, capture retried: Completed
