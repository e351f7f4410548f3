--TEST--
Live time rules: a capture more than 7 days after authorization is Pending and polling reaches Completed; an authorization older than 30 days reads Closed/ExpiredUnused and capture answers the legacy error
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
$c = legacy_client($s, ['sandbox' => false]);
$order = legacy_order($s, '100.00', ['releaseEnvironment' => 'Live']);
echo "live order reference: ", $order[0], "\n";

function authorize(AmazonPay\Client $c, string $order, string $amount): string
{
    $a = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => $amount,
        'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0])->toArray();
    return $a['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
}

$auth = authorize($c, $order, '30.00');
legacy_advance($s, ['advanceDays' => 8]);
$r = $c->capture(['amazon_authorization_id' => $auth, 'capture_amount' => '30.00', 'capture_reference_id' => uniqid('c')]);
$details = $r->toArray()['CaptureResult']['CaptureDetails'];
echo "capture after 8 days: success=", var_export($c->success, true), " state=", $details['CaptureStatus']['State'], "\n";
for ($i = 0; $i < 5 && $details['CaptureStatus']['State'] === 'Pending'; $i++) {
    legacy_advance($s, ['advanceSeconds' => 60]);
    $details = $c->getCaptureDetails(['amazon_capture_id' => $details['AmazonCaptureId']])
        ->toArray()['GetCaptureDetailsResult']['CaptureDetails'];
}
echo "getCaptureDetails: state=", $details['CaptureStatus']['State'], "\n";

$auth = authorize($c, $order, '20.00');
legacy_advance($s, ['advanceDays' => 31]);
$status = $c->getAuthorizationDetails(['amazon_authorization_id' => $auth])
    ->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails']['AuthorizationStatus'];
echo "authorization after 31 days: ", $status['State'], '/', $status['ReasonCode'] ?? '-', "\n";
$r = $c->capture(['amazon_authorization_id' => $auth, 'capture_amount' => '20.00', 'capture_reference_id' => uniqid('c')]);
$a = $r->toArray();
echo "capture: success=", var_export($c->success, true), " Status=", $r->response['Status'], " ", $a['Error']['Code'] ?? 'no error', "\n";
echo "v2 said: ", json_encode(array_intersect_key($r->getV2Error() ?? [], ['reasonCode' => 1, 'status' => 1])), "\n";
?>
--EXPECT--
live order reference: P
capture after 8 days: success=true state=Pending
getCaptureDetails: state=Completed
authorization after 31 days: Closed/ExpiredUnused
capture: success=false Status=405 InvalidAuthorizationStatus
v2 said: {"reasonCode":"InvalidChargeStatus","status":422}
