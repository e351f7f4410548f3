--TEST--
Endpoints: region map (case-insensitive), sandbox/live segment, LIVE-/SANDBOX- key ids, setSandbox(), mapped region in __get
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$base = fn ($c) => $c->__debugInfo()['base_url'];
$make = fn (array $cfg) => new Amazon\Pay\API\Client($cfg + ['public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6', 'private_key' => amzpay_test_key()]);
foreach (['us', 'NA', 'eu', 'De', 'UK', 'jp'] as $region) {
    foreach ([true, false] as $sandbox) {
        $c = $make(['region' => $region, 'sandbox' => $sandbox]);
        printf("%s %s: %s (region %s)\n", $region, $sandbox ? 'sandbox' : 'live', $base($c), $c->region);
    }
}
echo $base($make(['region' => 'eu', 'sandbox' => true, 'public_key_id' => 'LIVE-AHTVDLHFN3ZQXV4U7UZ7JQSW'])), "\n";
echo $base($make(['region' => 'eu', 'sandbox' => false, 'public_key_id' => 'sandbox-abc'])), "\n";
$c = $make(['region' => 'jp']);
$c->setSandbox(true);
echo 'after setSandbox(true): ', $base($c), ' sandbox=', var_export($c->sandbox, true), "\n";
echo $base($make(['region' => 'eu', 'sandbox' => true, 'endpoint' => 'http://127.0.0.1:8080'])), "\n";
echo $base($make(['region' => 'eu', 'sandbox' => true, 'override_service_url' => 'localhost:8443'])), "\n";
try {
    $c->nope;
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
us sandbox: https://pay-api.amazon.com/sandbox/ (region na)
us live: https://pay-api.amazon.com/live/ (region na)
NA sandbox: https://pay-api.amazon.com/sandbox/ (region na)
NA live: https://pay-api.amazon.com/live/ (region na)
eu sandbox: https://pay-api.amazon.eu/sandbox/ (region eu)
eu live: https://pay-api.amazon.eu/live/ (region eu)
De sandbox: https://pay-api.amazon.eu/sandbox/ (region eu)
De live: https://pay-api.amazon.eu/live/ (region eu)
UK sandbox: https://pay-api.amazon.eu/sandbox/ (region eu)
UK live: https://pay-api.amazon.eu/live/ (region eu)
jp sandbox: https://pay-api.amazon.jp/sandbox/ (region jp)
jp live: https://pay-api.amazon.jp/live/ (region jp)
https://pay-api.amazon.eu/
https://pay-api.amazon.eu/
after setSandbox(true): https://pay-api.amazon.jp/sandbox/ sandbox=true
http://127.0.0.1:8080/sandbox/
https://localhost:8443/sandbox/
Key nope is either not a part of the configuration array config or the nope does not match the key name in the config array
