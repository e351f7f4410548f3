--TEST--
setLogger(): a PSR-3-style logger (no psr/log needed; the level's method or log()) gets each v2 request and answer at debug level with no key, signature, buyer data, address or note, and ledger warnings at warning level
--EXTENSIONS--
amzpay
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

/* psr/log 3 style: typed methods per level */
class LevelLogger
{
    public array $lines = [];
    public function debug(string|\Stringable $message, array $context = []): void { $this->lines[] = "debug $message"; }
    public function warning(string|\Stringable $message, array $context = []): void { $this->lines[] = "warning $message"; }
}
/* psr/log 1 style: only log() */
class LogOnly
{
    public array $lines = [];
    public function log($level, $message, array $context = array()) { $this->lines[] = "$level $message"; }
}

$s = new Sandbox();
$c = legacy_client($s);
$c->setLogger($log = new LevelLogger());
$order = legacy_order($s);
$c->setOrderReferenceDetails(['amazon_order_reference_id' => $order, 'seller_note' => 'SECRET-SELLER-NOTE']);
$a = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '10.00', 'authorization_reference_id' => 'log-a',
    'seller_authorization_note' => 'SECRET-AUTH-NOTE', 'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails'];
$c->capture(['amazon_authorization_id' => $a['AmazonAuthorizationId'], 'capture_amount' => '10.00', 'capture_reference_id' => 'log-c',
    'seller_capture_note' => 'SECRET-CAPTURE-NOTE']);
$o = $c->getOrderReferenceDetails(['amazon_order_reference_id' => $order])->toArray()['GetOrderReferenceDetailsResult']['OrderReferenceDetails'];
echo "the shop still sees the buyer: ", $o['Buyer']['Name'], "\n";

$all = implode("\n", $log->lines);
echo count($log->lines), " lines, all debug: ", var_export(count(array_filter($log->lines, fn ($l) => str_starts_with($l, 'debug '))) === count($log->lines), true), "\n";
foreach ($log->lines as $l) {
    echo substr(preg_replace(['/S01-\d{7}-\d{7}(-[CA]\d{6})?/', '/request-id=[0-9a-f-]+/'], ['ID', 'request-id=R'], $l), 0, 90), "\n";
}
$pem = file_get_contents(LEGACY_DEMO_KEY);
foreach (['SECRET-', 'Sandbox Test Buyer', 'test.buyer@example.com', 'Marcel-Breuer', '80807', 'Visa ****', 'Signature',
          'x-amz-pay-authorization', substr(trim(explode("\n", $pem)[1]), 0, 20), 'wJalrXUtnFEMI'] as $secret) {
    echo "'$secret' logged: ", var_export(str_contains($all, $secret), true), "\n";
}
echo "values masked: ", var_export(substr_count($all, '"REMOVED"') >= 6, true), "\n";

/* log() only, and setLogger(null) stops logging */
$c->setLogger($only = new LogOnly());
$c->getOrderReferenceDetails(['amazon_order_reference_id' => $order]);
echo "log() logger: ", count($only->lines), " lines, first level ", strtok($only->lines[0], ' '), "\n";
$c->setLogger(null);
$c->getOrderReferenceDetails(['amazon_order_reference_id' => $order]);
echo "after setLogger(null): ", count($only->lines), " lines\n";

/* a ledger warning reaches the logger at warning level */
ini_set('amzpay.ledger', 'sqlite:' . sys_get_temp_dir() . '/amzpay-no-such-dir-' . getmypid() . '/ledger.db');
$c->setLogger($w = new LevelLogger());
$c->getOrderReferenceDetails(['amazon_order_reference_id' => $order]);
echo "success=", var_export($c->success, true), "; ", implode("\n", array_map(fn ($l) => preg_replace('/\(.*\)/', '(...)', $l),
    array_filter($w->lines, fn ($l) => str_starts_with($l, 'warning ')))), "\n";
try {
    $c->setLogger('not an object');
} catch (TypeError $e) {
    echo "TypeError\n";
}
?>
--EXPECTF--
the shop still sees the buyer: Sandbox Test Buyer
10 lines, all debug: true
debug amzpay request: PATCH v2/chargePermissions/ID {"merchantMetadata":{"noteToBuyer":"RE
debug amzpay response: HTTP 200 x-amz-pay-request-id=R {"chargePermissionId":"ID","chargeP
debug amzpay request: POST v2/charges idempotency-key=auth-log-a {"chargePermissionId":"ID
debug amzpay response: HTTP 201 x-amz-pay-request-id=R {"chargeId":"ID","chargePermissionI
debug amzpay request: GET v2/chargePermissions/ID
debug amzpay response: HTTP 200 x-amz-pay-request-id=R {"chargePermissionId":"ID","chargeP
debug amzpay request: POST v2/charges/ID/capture idempotency-key=capt-log-c {"captureAmoun
debug amzpay response: HTTP 200 x-amz-pay-request-id=R {"chargeId":"ID","chargePermissionI
debug amzpay request: GET v2/chargePermissions/ID
debug amzpay response: HTTP 200 x-amz-pay-request-id=R {"chargePermissionId":"ID","chargeP
'SECRET-' logged: false
'Sandbox Test Buyer' logged: false
'test.buyer@example.com' logged: false
'Marcel-Breuer' logged: false
'80807' logged: false
'Visa ****' logged: false
'Signature' logged: false
'x-amz-pay-authorization' logged: false
'%s' logged: false
'wJalrXUtnFEMI' logged: false
values masked: true
log() logger: 2 lines, first level debug
after setLogger(null): 2 lines
success=true; warning amzpay: the ledger could not be read (...); getOrderReferenceDetails answers what Amazon Pay API v2 alone returns
TypeError
