--TEST--
amzpay.legacy_charge_capture_now: charge() without capture_now only authorizes by default (SDK 2.x/3.x); with the switch on it captures (modified 1.x SDKs bundled by a plugin), and an explicit capture_now => false still only authorizes
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
$c = legacy_client($s);
function charge(Sandbox $s, AmazonPay\Client $c, array $extra = []): string
{
    $order = legacy_order($s, '25.00');
    $a = $c->charge($extra + ['amazon_reference_id' => $order, 'charge_amount' => '25.00', 'currency_code' => 'EUR',
        'authorization_reference_id' => uniqid('ch'), 'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails'];
    return "{$a['AuthorizationStatus']['State']}, captured {$a['CapturedAmount']['Amount']}, CaptureNow {$a['CaptureNow']}";
}
echo "default: ", charge($s, $c), "\n";
ini_set('amzpay.legacy_charge_capture_now', '1');
echo "switch on: ", charge($s, $c), "\n";
echo "switch on, capture_now false: ", charge($s, $c, ['capture_now' => false]), "\n";
echo "switch on, capture_now true: ", charge($s, $c, ['capture_now' => true]), "\n";
echo "charges created: ", count($s->requests(['operation' => 'createCharge'])), ", captures sent separately: ",
    count($s->requests(['operation' => 'captureCharge'])), "\n";
?>
--EXPECT--
default: Open, captured 0.00, CaptureNow false
switch on: Closed, captured 25.00, CaptureNow true
switch on, capture_now false: Open, captured 0.00, CaptureNow false
switch on, capture_now true: Closed, captured 25.00, CaptureNow true
charges created: 4, captures sent separately: 0
