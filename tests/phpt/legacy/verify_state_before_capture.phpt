--TEST--
amzpay.verify_state_before_capture=1: capture() reads the charge first and answers InvalidAuthorizationStatus without sending the capture unless it is Open
--EXTENSIONS--
amzpay
--INI--
amzpay.verify_state_before_capture=1
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
$c = legacy_client($s);
$order = legacy_order($s);
$authorize = fn () => $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '10.00',
    'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];

$closed = $authorize();
$c->closeAuthorization(['amazon_authorization_id' => $closed, 'closure_reason' => 'test']);
$r = $c->capture(['amazon_authorization_id' => $closed, 'capture_amount' => '10.00', 'capture_reference_id' => uniqid('c')]);
echo "closed: success=", var_export($c->success, true), " ", $r->response['Status'], " ", $r->toArray()['Error']['Code'], "\n";
echo "capture requests sent: ", count($s->requests(['operation' => 'captureCharge'])), "\n";

$open = $authorize();
$r = $c->capture(['amazon_authorization_id' => $open, 'capture_amount' => '10.00', 'capture_reference_id' => uniqid('c')]);
echo "open: success=", var_export($c->success, true), " ", $r->toArray()['CaptureResult']['CaptureDetails']['CaptureStatus']['State'], "\n";
echo "capture requests sent: ", count($s->requests(['operation' => 'captureCharge'])), "\n";
?>
--EXPECT--
closed: success=false 405 InvalidAuthorizationStatus
capture requests sent: 0
open: success=true Completed
capture requests sent: 1
