<?php
/*
 * A shop request under php-fpm: one signed createCharge to the loopback TLS
 * peer, through amzpay (?c=amzpay) or the official SDK (?c=sdk, its path in
 * the FastCGI parameter AMZPAY_BENCH_SDK). Answers 200 "ok" when the peer's
 * canned v2 answer came back, 502 otherwise.
 */
$cfg = [
    'public_key_id' => 'AMZPAYSANDBOXDEMOKEY0001',
    'private_key' => __DIR__ . '/../../sandbox/keys/demo-private.pem',
    'region' => 'us',
    'sandbox' => true,
];
if (($_GET['c'] ?? '') === 'sdk') {
    require_once '/usr/share/php/phpseclib3/autoload.php';
    $sdk = $_SERVER['AMZPAY_BENCH_SDK'];
    require_once "$sdk/Amazon/Pay/API/ClientInterface.php";
    require_once "$sdk/Amazon/Pay/API/HttpCurl.php";
    require_once "$sdk/Amazon/Pay/API/Client.php";
    /* the SDK always connects to port 443; the peer listens there on its own loopback address */
    $cfg['override_service_url'] = $_SERVER['AMZPAY_BENCH_SDK_HOST'];
} else {
    $cfg['endpoint'] = 'https://127.0.0.1:' . $_SERVER['AMZPAY_BENCH_PEER_PORT'];
}
$client = new Amazon\Pay\API\Client($cfg);
$r = $client->createCharge([
    'chargePermissionId' => 'S01-5105180-3221187',
    'chargeAmount' => ['amount' => '14.00', 'currencyCode' => 'USD'],
    'captureNow' => true,
    'canHandlePendingAuthorization' => false,
], ['x-amz-pay-idempotency-key' => bin2hex(random_bytes(12))]);
if (($r['status'] ?? 0) !== 201 || !str_contains((string) $r['response'], '"chargeId"')) {
    http_response_code(502);
    echo 'peer answered ', $r['status'] ?? '?', "\n";
    return;
}
echo "ok\n";
