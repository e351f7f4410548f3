--TEST--
Ledger shared by two PHP processes at the same time (a web request and a CLI cron), SQLite file and MariaDB: every authorization both made is in the order's IdList exactly once, and a retried call adds no row
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

$s = new Sandbox();
$key = realpath(LEGACY_DEMO_KEY);
$inc = var_export(__DIR__ . '/ledger_shop.inc', true);
foreach (LedgerBackends::all() as $name => $ledger) {
    $order = legacy_order($s, '500.00');
    $procs = [];
    foreach (['web', 'cron'] as $who) {
        $procs[$who] = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . realpath(AMZPAY_SO), '-d', 'amzpay.ledger=' . $ledger['dsn'],
            '-d', 'amzpay.ledger_password=' . $ledger['password'], '-r', "require $inc; shop_authorize_many();", $s->url, $key,
            json_encode(['order' => $order, 'count' => 10, 'tag' => "$name-$who"])], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes[$who]);
    }
    $made = [];
    foreach ($procs as $who => $p) {
        $out = stream_get_contents($pipes[$who][1]);
        $err = stream_get_contents($pipes[$who][2]);
        proc_close($p);
        $made = array_merge($made, json_decode($out, true) ?? throw new RuntimeException("$who: $out $err"));
    }
    /* the web request's first call again (a retry): same id, no new row */
    $again = json_decode(ledger_php($ledger, "require $inc; shop_authorize_many();", [$s->url, $key, ['order' => $order, 'count' => 1, 'tag' => "$name-web"]]), true);
    $list = json_decode(ledger_php($ledger, 'echo json_encode((array) (new AmazonPay\Client(["region" => "de", "sandbox" => true, "endpoint" => $argv[1],'
        . ' "public_key_id" => "AMZPAYSANDBOXDEMOKEY0001", "private_key" => $argv[2]]))->getOrderReferenceDetails(["amazon_order_reference_id" => $argv[3]])'
        . '->toArray()["GetOrderReferenceDetailsResult"]["OrderReferenceDetails"]["IdList"]["member"]);', [$s->url, $key, $order]), true);
    sort($made);
    $sorted = $list;
    sort($sorted);
    echo "$name: made ", count($made), ", IdList ", count($list), ", same ids: ", var_export($sorted === $made, true),
        ", retry answered the same id: ", var_export(in_array($again[0], $made, true), true), "\n";
}
?>
--EXPECT--
sqlite: made 20, IdList 20, same ids: true, retry answered the same id: true
mysql: made 20, IdList 20, same ids: true, retry answered the same id: true
