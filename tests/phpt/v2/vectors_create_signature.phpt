--TEST--
Signing vectors: createSignature() verifies over each vector's string to sign at its salt length only
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/vectors.inc';

$data = amzpay_vectors();
foreach ($data['vectors'] as $v) {
    $client = amzpay_vector_client($v['sdk_config']);
    $pre = [
        'accept' => 'application/json',
        'content-type' => 'application/json',
        'X-Amz-Pay-Region' => amzpay_mapped_region($v['sdk_config']['region']),
    ];
    if (($key = amzpay_vector_idempotency_key($v)) !== null) {
        $pre['x-amz-pay-idempotency-key'] = $key;
    }
    $sig = $client->createSignature($v['request']['http_method'], $v['request']['url'], amzpay_vector_query($v),
        $pre, amzpay_vector_body($v), '20240501T123456Z');
    $salt = $v['signing']['pss_salt_len'];
    $other = $salt === 20 ? 32 : 20;
    $ok = amzpay_pss_verify($v['signing']['string_to_sign'], $sig, $salt);
    $wrong = amzpay_pss_verify($v['signing']['string_to_sign'], $sig, $other);
    printf("%s: len=%d salt %d %s, salt %d %s\n", $v['id'], strlen($sig), $salt, $ok ? 'verifies' : 'FAILS',
        $other, $wrong ? 'VERIFIES' : 'fails');
}
?>
--EXPECT--
v01-createCharge-na-sandbox-v1: len=344 salt 20 verifies, salt 32 fails
v02-captureCharge-eu-live-v2: len=344 salt 32 verifies, salt 20 fails
v03-getCharge-jp-sandbox-v2: len=344 salt 32 verifies, salt 20 fails
v04-cancelCharge-us-live-v1: len=344 salt 20 verifies, salt 32 fails
v05-createRefund-uk-sandbox-v2: len=344 salt 32 verifies, salt 20 fails
v06-getChargePermission-na-LIVEkey-v2: len=344 salt 32 verifies, salt 20 fails
v07-closeChargePermission-de-SANDBOXkey-v1: len=344 salt 20 verifies, salt 32 fails
v08-getReports-query-jp-live-v2: len=344 salt 32 verifies, salt 20 fails
v09-getDisbursements-query-eu-sandbox-v1: len=344 salt 20 verifies, salt 32 fails
v10-apiCall-GET-edge-query-na-sandbox-v2: len=344 salt 32 verifies, salt 20 fails
v11-updateCheckoutSession-PATCH-authtoken-integrator-na-sandbox-v2: len=344 salt 32 verifies, salt 20 fails
v12-createCharge-arrayPayload-US-sandbox-v2: len=344 salt 32 verifies, salt 20 fails
v13-completeCheckoutSession-jp-sandbox-v1-nobody-GET-style-idempotency: len=344 salt 20 verifies, salt 32 fails
