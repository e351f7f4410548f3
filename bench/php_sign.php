<?php
/*
 * Builds and signs a createCharge request through the extension, N times:
 * JSON-encoding the array payload, canonical request, two SHA-256, RSASSA-PSS
 * and the header lines (getPostSignedHeaders(), no network).
 *
 *   php -n -d extension=modules/amzpay.so bench/php_sign.php KEY.pem SALT_LEN SECONDS
 * prints php_us_per_request=<float> and php_peak_kb=<int>.
 */
[, $key, $salt, $seconds] = $argv + [null, null, '32', '3'];
$client = new Amazon\Pay\API\Client([
    'public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6',
    'private_key' => $key,
    'region' => 'us',
    'sandbox' => true,
    'algorithm' => $salt === '20' ? 'AMZN-PAY-RSASSA-PSS' : 'AMZN-PAY-RSASSA-PSS-V2',
]);
$payload = [
    'chargePermissionId' => 'S01-5105180-3221187',
    'chargeAmount' => ['amount' => '14.00', 'currencyCode' => 'USD'],
    'captureNow' => true,
    'softDescriptor' => 'Descriptor',
    'canHandlePendingAuthorization' => false,
];
$url = 'https://pay-api.amazon.com/sandbox/v2/charges';
$headers = ['x-amz-pay-idempotency-key' => 'bench-idempotency-key-0001'];
for ($i = 0; $i < 20; $i++) {
    $client->getPostSignedHeaders('POST', $url, null, $payload, $headers);
}
$n = 0;
$start = hrtime(true);
$deadline = $start + (int)($seconds * 1e9);
do {
    for ($i = 0; $i < 50; $i++) {
        $client->getPostSignedHeaders('POST', $url, null, $payload, $headers);
    }
    $n += 50;
    $now = hrtime(true);
} while ($now < $deadline);
printf("php_us_per_request=%.2f\n", ($now - $start) / 1e3 / $n);
printf("php_peak_kb=%d\n", memory_get_peak_usage() / 1024);
