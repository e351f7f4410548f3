--TEST--
Official SDK parity: GET and DELETE without payload send "Content-Length: 0"; the result's headers end with the caller's, not "Expect:"
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$r1 = $c->getCharge('S01-1234567-1234567-C000001', ['x-amz-pay-authtoken' => 'tok']);
$c->cancelReportSchedule('R-1');
$c->createCharge(['chargePermissionId' => 'S01-1234567-1234567'], ['x-amz-pay-idempotency-key' => 'k1']);
foreach ($server->requests() as $q) {
    printf("%s content-length: %s\n", $q['method'], amzpay_header($q, 'content-length') ?? '(none)');
}
echo "last result header: ", end($r1['headers']), "\n";
echo in_array('Expect:', $r1['headers'], true) ? "Expect: listed\n" : "no Expect: in the result\n";
echo "expect sent: ", var_export(amzpay_header($server->requests()[0], 'expect'), true), "\n";
?>
--EXPECT--
GET content-length: 0
DELETE content-length: 0
POST content-length: 44
last result header: x-amz-pay-authtoken:tok
no Expect: in the result
expect sent: NULL
