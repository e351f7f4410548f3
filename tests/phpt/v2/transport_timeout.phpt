--TEST--
Transport: a server that stalls past the total timeout gives a TimeoutException within the timeout
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
$client = amzpay_v2_client($server->url, ['timeout_ms' => 1000]);
$server->script([['status' => 200, 'delay_ms' => 4000]]);
$start = microtime(true);
try {
    $client->getCharge('S01-1234567-1234567-C123456');
    echo "no exception\n";
} catch (AmazonPay\Exception\TimeoutException $e) {
    $elapsed = microtime(true) - $start;
    echo get_class($e), "\n";
    echo str_contains($e->getMessage(), 'timed out') ? "message names the timeout\n" : $e->getMessage() . "\n";
    /* the bound is the configured total timeout (retries included), with slack for a loaded machine */
    echo $elapsed < 3.0 ? "gave up within the timeout\n" : "took $elapsed s\n";
}
?>
--EXPECT--
AmazonPay\Exception\TimeoutException
message names the timeout
gave up within the timeout
