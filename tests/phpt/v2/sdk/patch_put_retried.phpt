--TEST--
Official SDK parity: PATCH and PUT answered 429 are retried like GET (an update sets the values sent: repeating it is safe); retries counted
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$calls = [
    'updateCharge' => fn () => $c->updateCharge('S01-1234567-1234567-C000001', ['merchantMetadata' => ['merchantReferenceId' => 'o-1']], null),
    'updateCheckoutSession' => fn () => $c->updateCheckoutSession('bd504926-f659-4ad7-a1a9-9a747aaf5275', ['webCheckoutDetails' => []]),
    "apiCall('PUT')" => fn () => $c->apiCall('PUT', 'v2/merchantAccounts/A1', ['x' => 1]),
];
foreach ($calls as $name => $call) {
    $server->script([['status' => 429, 'body' => '{"reasonCode":"TooManyRequests"}'], ['status' => 200, 'body' => '{}']]);
    $before = count($server->requests());
    $r = $call();
    $seen = array_slice($server->requests(), $before);
    printf("%s: status %d, retries %d, attempts %d, same body %s\n", $name, $r['status'], $r['retries'], count($seen),
        var_export(count(array_unique(array_column($seen, 'body'))) === 1, true));
}
/* every attempt dies after the request went out: the outcome is reported unknown, and why a repeat is safe */
$server->script([['action' => 'reset'], ['action' => 'reset']]);
try {
    amzpay_v2_client($server->url, ['max_retries' => 1, 'persistent' => false])->updateCharge('S01-1234567-1234567-C000001', ['x' => 1], null);
} catch (AmazonPay\Exception\TransportException $e) {
    echo get_class($e), ': outcomeUnknown=', var_export($e->outcomeUnknown, true), ', ', strstr($e->getMessage(), 'the outcome is unknown'), "\n";
}
?>
--EXPECT--
updateCharge: status 200, retries 1, attempts 2, same body true
updateCheckoutSession: status 200, retries 1, attempts 2, same body true
apiCall('PUT'): status 200, retries 1, attempts 2, same body true
AmazonPay\Exception\TransportException: outcomeUnknown=true, the outcome is unknown: sending it again is safe, it sets the same state
