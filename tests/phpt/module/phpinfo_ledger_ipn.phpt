--TEST--
phpinfo(): the ledger's backend and state, and what IpnHandler trusts, without the ledger password
--EXTENSIONS--
amzpay
--INI--
amzpay.ledger=sqlite:/nonexistent-dir/amzpay-ledger.db
amzpay.ledger_password=s3cret-ledger-pw
amzpay.ipn_test_ca={PWD}/no-such-test-ca.pem
--FILE--
<?php
function rows(): array
{
    ob_start();
    phpinfo(INFO_MODULES);
    $info = ob_get_clean();
    preg_match_all('/^(Ledger|Ledger state|IPN trust) => (.*)$/m', $info, $m, PREG_SET_ORDER);
    echo str_contains($info, 's3cret-ledger-pw') ? "password shown\n" : '';
    return array_map(fn ($r) => "$r[1]: " . str_replace(__DIR__, '{PWD}', $r[2]), $m);
}
echo implode("\n", rows()), "\n";
ini_set('amzpay.ledger', '');
echo implode("\n", rows()), "\n";
?>
--EXPECT--
Ledger: SQLite
Ledger state: not opened in this process yet (opened on first use)
IPN trust: system CA store (or cabundle_file) and the test CA {PWD}/no-such-test-ca.pem, loopback certificate hosts (test setting)
Ledger: off (amzpay.ledger is empty)
IPN trust: system CA store (or cabundle_file) and the test CA {PWD}/no-such-test-ca.pem, loopback certificate hosts (test setting)
