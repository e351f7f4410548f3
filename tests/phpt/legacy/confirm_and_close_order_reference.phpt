--TEST--
confirmOrderReference on a Chargeable order succeeds (re-confirm after a soft decline, then authorize again); on a hard-declined order it answers PaymentMethodNotUpdated, on a closed one InvalidOrderReferenceStatus; closeOrderReference on an order v2 closed because it was fully charged succeeds
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('sqlite');
$s = new Sandbox();
$c = legacy_client($s);
function decline(AmazonPay\Client $c, string $order, string $soft): string
{
    $d = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '10.00',
        'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0,
        'seller_authorization_note' => '{"SandboxSimulation": {"State":"Declined", "ReasonCode":"InvalidPaymentMethod", "SoftDecline":"' . $soft . '"}}'])
        ->toArray()['AuthorizeResult']['AuthorizationDetails']['AuthorizationStatus'];
    return "{$d['State']}/{$d['ReasonCode']}";
}
function confirm(AmazonPay\Client $c, string $order): string
{
    $r = $c->confirmOrderReference(['amazon_order_reference_id' => $order, 'success_url' => 'https://shop.example/ok',
        'failure_url' => 'https://shop.example/ko']);
    $a = $r->toArray();
    return 'success=' . var_export($c->success, true) . " status={$r->response['Status']} "
        . (isset($a['Error']) ? $a['Error']['Code'] : 'keys ' . implode(',', array_keys($a)));
}

$soft = legacy_order($s, '50.00');
echo "soft decline: ", decline($c, $soft, 'true'), "\n";
echo "re-confirm: ", confirm($c, $soft), "\n";
$a = $c->authorize(['amazon_order_reference_id' => $soft, 'authorization_amount' => '10.00',
    'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails'];
echo "authorize again: ", $a['AuthorizationStatus']['State'], "\n";

$hard = legacy_order($s, '50.00');
echo "hard decline: ", decline($c, $hard, 'false'), "\n";
echo "confirm: ", confirm($c, $hard), "\n";

$closed = legacy_order($s, '50.00');
$c->closeOrderReference(['amazon_order_reference_id' => $closed]);
echo "confirm a closed order: ", confirm($c, $closed), "\n";
echo "confirm an unknown order: ", confirm($c, 'S01-0000000-0000000'), "\n";

/* fully charged: v2 closes the permission itself (AmazonClosed); MWS kept it Open until the seller closed it */
$full = legacy_order($s, '20.00');
$c->authorize(['amazon_order_reference_id' => $full, 'authorization_amount' => '20.00', 'capture_now' => true,
    'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0]);
$st = $c->getOrderReferenceDetails(['amazon_order_reference_id' => $full])->toArray()['GetOrderReferenceDetailsResult']['OrderReferenceDetails']['OrderReferenceStatus'];
echo "fully charged: {$st['State']}/{$st['ReasonCode']}\n";
$r = $c->closeOrderReference(['amazon_order_reference_id' => $full, 'closure_reason' => 'shipped']);
echo "closeOrderReference: success=", var_export($c->success, true), " status={$r->response['Status']}\n";
$st = $c->getOrderReferenceDetails(['amazon_order_reference_id' => $full])->toArray()['GetOrderReferenceDetailsResult']['OrderReferenceDetails']['OrderReferenceStatus'];
echo "reads: {$st['State']}/{$st['ReasonCode']}\n";
$r = $c->closeOrderReference(['amazon_order_reference_id' => $closed]);
echo "closing a seller-closed order again: success=", var_export($c->success, true), " ", $r->toArray()['Error']['Code'], "\n";
?>
--EXPECT--
soft decline: Declined/InvalidPaymentMethod
re-confirm: success=true status=200 keys ResponseMetadata,ResponseStatus
authorize again: Open
hard decline: Declined/InvalidPaymentMethod
confirm: success=false status=400 PaymentMethodNotUpdated
confirm a closed order: success=false status=400 InvalidOrderReferenceStatus
confirm an unknown order: success=false status=404 InvalidOrderReferenceId
fully charged: Closed/AmazonClosed
closeOrderReference: success=true status=200
reads: Closed/SellerClosed
closing a seller-closed order again: success=false InvalidOrderReferenceStatus
