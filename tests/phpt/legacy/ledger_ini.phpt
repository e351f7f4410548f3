--TEST--
INI amzpay.ledger / amzpay.ledger_password: a malformed DSN is refused when set (a password in it is refused and never repeated); the password is shown as "(set)" in phpinfo() and never in a warning, log line or exception; it cannot be changed with ini_set()
--EXTENSIONS--
amzpay
--INI--
amzpay.ledger_password=Hunter2-ledger-secret
--FILE--
<?php
foreach (['sqlite:/var/lib/shop/ledger.db', 'mysql://shop@127.0.0.1:3306/shop', 'mysql://shop@[::1]/shop', '',
          'postgres://x@h/db', 'mysql://shop:pw-in-dsn@127.0.0.1/shop', 'mysql://127.0.0.1/shop', 'sqlite:'] as $dsn) {
    ini_set('amzpay.ledger', 'sqlite:/tmp/previous.db');
    ob_start();
    $ok = @ini_set('amzpay.ledger', $dsn) !== false;
    ob_end_clean();
    $msg = error_get_last()['message'] ?? '';
    error_clear_last();
    echo str_pad(var_export($dsn, true), 42), $ok ? 'accepted' : 'refused: ' . $msg, "\n";
}
echo "ini_set of the password: ", var_export(ini_set('amzpay.ledger_password', 'other'), true), "\n";
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
echo "phpinfo: ", preg_match('/amzpay\.ledger_password\s*=>\s*\(set\)\s*=>\s*\(set\)/', $info) ? '(set)' : 'entry missing', "\n";
echo "password anywhere in phpinfo: ", var_export(str_contains($info, 'Hunter2'), true), "\n";

/* a MySQL ledger that refuses the password: the warning names the DSN, never the password */
class L { public array $w = []; function warning($m) { $this->w[] = $m; } function debug($m) {} }
require __DIR__ . '/legacy.inc';
$s = new Sandbox();
ini_set('amzpay.ledger', 'mysql://amzpay@127.0.0.1:1/amzpay_test');
$c = legacy_client($s);
$c->setLogger($l = new L());
$c->getOrderReferenceDetails(['amazon_order_reference_id' => legacy_order($s)]);
echo "success=", var_export($c->success, true), ", warnings: ", count($l->w), ", password in them: ",
    var_export(str_contains(implode(' ', $l->w), 'Hunter2'), true), "\n";
?>
--EXPECT--
'sqlite:/var/lib/shop/ledger.db'          accepted
'mysql://shop@127.0.0.1:3306/shop'        accepted
'mysql://shop@[::1]/shop'                 accepted
''                                        accepted
'postgres://x@h/db'                       refused: ini_set(): amzpay.ledger: unknown backend (use sqlite:/path or mysql://user@host:port/db)
'mysql://shop:pw-in-dsn@127.0.0.1/shop'   refused: ini_set(): amzpay.ledger: the password goes in amzpay.ledger_password, not in the DSN
'mysql://127.0.0.1/shop'                  refused: ini_set(): amzpay.ledger: a MySQL DSN is mysql://user@host:port/dbname
'sqlite:'                                 refused: ini_set(): amzpay.ledger: a SQLite DSN is sqlite:/path/ledger.db
ini_set of the password: false
phpinfo: (set)
password anywhere in phpinfo: false
success=true, warnings: 1, password in them: false
