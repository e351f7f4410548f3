--TEST--
Sandbox §9.7/§9.8: a second PHP process repeating the same capture with the same idempotency key gets the first response; a changed body is DuplicateIdempotencyKey
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/sandbox.inc';
require __DIR__ . '/../inc/server.inc';

$s = new Sandbox();
$cp = $s->order('50.00', 'EUR');
$charge = json_decode($s->v2()->createCharge(['chargePermissionId' => $cp, 'chargeAmount' => ['amount' => '50.00', 'currencyCode' => 'EUR']],
    ['x-amz-pay-idempotency-key' => 'order-7-auth'])['response'], true);
$code = sprintf('require %s; $s = new Sandbox(); $s->url = %s;'
    . '$r = $s->v2()->captureCharge(%s, ["captureAmount" => ["amount" => $argv[1], "currencyCode" => "EUR"]], ["x-amz-pay-idempotency-key" => "order-7-capture"]);'
    . '$b = json_decode($r["response"], true); echo $r["status"], " ", $b["statusDetails"]["state"] ?? $b["reasonCode"], "\n";',
    var_export(__DIR__ . '/../inc/sandbox.inc', true), var_export($s->url, true), var_export($charge['chargeId'], true));
$file = tempnam(sys_get_temp_dir(), 'amzpay');
file_put_contents($file, "<?php\n" . str_replace('$s = new Sandbox(); $s->url', '$s = (new ReflectionClass("Sandbox"))->newInstanceWithoutConstructor(); $s->url', $code));
foreach (['50.00', '50.00', '49.00'] as $amount) {
    echo amzpay_run([PHP_BINARY, '-n', '-d', 'extension=' . AMZPAY_SO, $file, $amount])[1];
}
unlink($file);
$applied = array_filter($s->requests(['operation' => 'captureCharge']), fn ($q) => $q['outcome'] === 'applied');
echo count($applied), " capture applied\n";
?>
--EXPECT--
200 Captured
200 Captured
400 DuplicateIdempotencyKey
1 capture applied
