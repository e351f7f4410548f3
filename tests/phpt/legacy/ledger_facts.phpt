--TEST--
Ledger, both backends, written by one process and read by another: a hard-declined authorization has a v1-shaped id that reads back Declined with its reason; a cancelled order with nothing captured reads Canceled/SellerCanceled, a closed one Closed/SellerClosed; a capture_now capture keeps the authorization's reference id
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

$s = new Sandbox();
$key = realpath(LEGACY_DEMO_KEY);
function step(array $ledger, Sandbox $s, string $key, string $fn, array $in)
{
    $out = ledger_php($ledger, 'require ' . var_export(__DIR__ . '/ledger_shop.inc', true) . "; $fn();", [$s->url, $key, $in]);
    return json_decode($out, true) ?? throw new RuntimeException("$fn: $out");
}

foreach (LedgerBackends::all() as $name => $ledger) {
    echo "== $name\n";
    $orders = [legacy_order($s, '20.00'), legacy_order($s, '20.00'), legacy_order($s, '20.00')];
    $w = step($ledger, $s, $key, 'shop_facts_write', ['orders' => $orders, 'tag' => $name]);
    echo "authorize answered: ", $w['declined state']['State'], '/', $w['declined state']['ReasonCode'], ", id ",
        preg_match('/^S01-\d{7}-\d{7}-A9\d{6}$/', $w['declined']) ? 'v1-shaped' : $w['declined'], "\n";
    echo implode("\n", step($ledger, $s, $key, 'shop_facts_read', $w + ['orders' => $orders])), "\n";
}

/* without a ledger the same reads give what v2 alone knows */
echo "== no ledger\n";
$orders = [legacy_order($s, '20.00'), legacy_order($s, '20.00'), legacy_order($s, '20.00')];
$w = step(['dsn' => '', 'password' => ''], $s, $key, 'shop_facts_write', ['orders' => $orders, 'tag' => 'none']);
$c = legacy_client($s);
$r = $c->getAuthorizationDetails(['amazon_authorization_id' => $w['declined']])->toArray();
echo "declined authorization: success=", var_export($c->success, true), " ", $r['Error']['Code'], "\n";
$st = $c->getOrderReferenceDetails(['amazon_order_reference_id' => $orders[1]])->toArray()['GetOrderReferenceDetailsResult']['OrderReferenceDetails']['OrderReferenceStatus'];
echo "cancelled order: {$st['State']}/{$st['ReasonCode']}\n";
?>
--EXPECT--
== sqlite
authorize answered: Declined/InvalidPaymentMethod, id v1-shaped
declined authorization: success=true Declined/InvalidPaymentMethod SoftDecline=false sqlite-declined 20.00 EUR
its order: Suspended, IdList true
cancelled order: Canceled/SellerCanceled
closed order: Closed/SellerClosed
capture_now capture: Completed sqlite-to-close
== mysql
authorize answered: Declined/InvalidPaymentMethod, id v1-shaped
declined authorization: success=true Declined/InvalidPaymentMethod SoftDecline=false mysql-declined 20.00 EUR
its order: Suspended, IdList true
cancelled order: Canceled/SellerCanceled
closed order: Closed/SellerClosed
capture_now capture: Completed mysql-to-close
== no ledger
declined authorization: success=false InvalidAuthorizationId
cancelled order: Closed/SellerClosed
