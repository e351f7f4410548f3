--TEST--
charge(): the legacy one-call flow authorizes an Open order (with capture_now), refuses bad references and closed orders with the legacy exceptions
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
$c = legacy_client($s);
$order = legacy_order($s, '80.00');

$r = $c->charge(['amazon_reference_id' => $order, 'charge_amount' => '80.00', 'currency_code' => 'EUR',
    'authorization_reference_id' => uniqid('ch'), 'charge_note' => 'order 1001', 'capture_now' => true, 'transaction_timeout' => 0]);
$a = $r->toArray()['AuthorizeResult']['AuthorizationDetails'];
echo "charge: success=", var_export($c->success, true), " state=", $a['AuthorizationStatus']['State'],
    " captured=", $a['CapturedAmount']['Amount'], "\n";
echo "one charge created: ", count($s->requests(['operation' => 'createCharge'])), "\n";

foreach ([
    'no reference' => ['charge_amount' => '1.00'],
    'reference of an unknown kind' => ['amazon_reference_id' => 'X01-1234567-1234567', 'charge_amount' => '1.00'],
] as $name => $params) {
    try {
        $c->charge($params);
        echo "$name: accepted\n";
    } catch (Exception $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}

/* An order the merchant has closed: neither Draft nor Open. */
$closed = legacy_order($s, '10.00');
$c->closeOrderReference(['amazon_order_reference_id' => $closed, 'closure_reason' => 'cancelled by the buyer']);
try {
    $c->charge(['amazon_order_reference_id' => $closed, 'charge_amount' => '10.00', 'authorization_reference_id' => uniqid('ch')]);
    echo "closed order: accepted\n";
} catch (Exception $e) {
    echo "closed order: ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
charge: success=true state=Closed captured=80.00
one charge created: 1
no reference: key amazon_order_reference_id or amazon_billing_agreement_id is null and is a required parameter
reference of an unknown kind: Invalid Amazon Reference ID
closed order: The Order Reference is in the %s State. It should be in the Draft or Open State
