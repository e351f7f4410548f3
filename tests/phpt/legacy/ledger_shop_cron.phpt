--TEST--
Ledger, shop cron on Live rules, both backends: orders authorized at checkout (asynchronous authorization, which v2 answers at once), captured late (Pending after 7 days) by a fulfilment cron that finds them through IdList, refunded twice; a separate sync process walks IdList down to every refund and reaches every final state
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
    $orders = [legacy_order($s, '100.00', ['releaseEnvironment' => 'Live']), legacy_order($s, '100.00', ['releaseEnvironment' => 'Live'])];
    $in = ['live' => true, 'orders' => $orders, 'tag' => $name];
    echo "checkout: ", implode(' ', array_column(step($ledger, $s, $key, 'shop_checkout', $in), 'state')), "\n";
    legacy_advance($s, ['advanceSeconds' => 60]);  /* the asynchronous authorizations settle */
    legacy_advance($s, ['advanceDays' => 8]);      /* goods shipped late: Live captures after 7 days are Pending */
    echo "fulfilment cron: ", implode(' ', step($ledger, $s, $key, 'shop_fulfil', $in)), "\n";
    legacy_advance($s, ['advanceSeconds' => 60]);
    echo "refunds: ", implode(' ', array_merge(...array_values(step($ledger, $s, $key, 'shop_refund', $in)))), "\n";
    legacy_advance($s, ['advanceSeconds' => 60]);
    echo implode("\n", step($ledger, $s, $key, 'shop_sync', $in)), "\n";
}
?>
--EXPECT--
== sqlite
checkout: Open Open
fulfilment cron: Pending Pending
refunds: Pending Pending Pending Pending
order 0: Open
  authorization shopsqlite-0-auth "order 0": Closed/MaxCapturesProcessed
    capture shopsqlite-0-cap "shipped 0": Completed, refunded 12.50
      refund shopsqlite-0-ref0 "refund 0": Completed 5.00
      refund shopsqlite-0-ref1 "refund 1": Completed 7.50
order 1: Open
  authorization shopsqlite-1-auth "order 1": Closed/MaxCapturesProcessed
    capture shopsqlite-1-cap "shipped 1": Completed, refunded 12.50
      refund shopsqlite-1-ref0 "refund 0": Completed 5.00
      refund shopsqlite-1-ref1 "refund 1": Completed 7.50
== mysql
checkout: Open Open
fulfilment cron: Pending Pending
refunds: Pending Pending Pending Pending
order 0: Open
  authorization shopmysql-0-auth "order 0": Closed/MaxCapturesProcessed
    capture shopmysql-0-cap "shipped 0": Completed, refunded 12.50
      refund shopmysql-0-ref0 "refund 0": Completed 5.00
      refund shopmysql-0-ref1 "refund 1": Completed 7.50
order 1: Open
  authorization shopmysql-1-auth "order 1": Closed/MaxCapturesProcessed
    capture shopmysql-1-cap "shipped 1": Completed, refunded 12.50
      refund shopmysql-1-ref0 "refund 0": Completed 5.00
      refund shopmysql-1-ref1 "refund 1": Completed 7.50
