<?php
/*
 * The official v2 SDK flow, unchanged, running on amzpay: authorize a charge
 * on a charge permission, capture it, refund part of it.
 *
 * The credentials and the endpoint come from php.ini (amzpay.public_key_id,
 * amzpay.private_key, amzpay.endpoint); CHARGE_PERMISSION_ID names an order
 * the buyer has completed (scripts/demo creates one in the sandbox).
 */

$client = new Amazon\Pay\API\Client([
    'region' => 'eu',
    'sandbox' => true,
    'algorithm' => 'AMZN-PAY-RSASSA-PSS-V2',
]);
$chargePermissionId = getenv('CHARGE_PERMISSION_ID') ?: exit("CHARGE_PERMISSION_ID is not set\n");
$orderId = 'order-' . bin2hex(random_bytes(4));

function show(string $step, array $result, string $stateOf = 'statusDetails'): array
{
    $body = json_decode($result['response'], true);
    printf("%-15s HTTP %d  %-22s %s\n", $step, $result['status'],
        $body[$stateOf]['state'] ?? ($body['reasonCode'] ?? '?'), $body['refundId'] ?? $body['chargeId'] ?? '');
    if ($result['status'] >= 300) {
        exit("unexpected answer: {$result['response']}\n");
    }
    return $body;
}

$charge = show('createCharge', $client->createCharge([
    'chargePermissionId' => $chargePermissionId,
    'chargeAmount' => ['amount' => '49.90', 'currencyCode' => 'EUR'],
    'captureNow' => false,
    'canHandlePendingAuthorization' => false,
], ['x-amz-pay-idempotency-key' => "$orderId-auth"]));

show('captureCharge', $client->captureCharge($charge['chargeId'], [
    'captureAmount' => ['amount' => '49.90', 'currencyCode' => 'EUR'],
    'softDescriptor' => 'AMZPAY DEMO',
], ['x-amz-pay-idempotency-key' => "$orderId-capture"]));

$refund = show('createRefund', $client->createRefund([
    'chargeId' => $charge['chargeId'],
    'refundAmount' => ['amount' => '10.00', 'currencyCode' => 'EUR'],
], ['x-amz-pay-idempotency-key' => "$orderId-refund"]));

/* Refunds settle asynchronously. In the bundled sandbox, let its 30 s of processing pass at once. */
if ($sandbox = getenv('AMZPAY_SANDBOX_URL')) {
    file_get_contents("$sandbox/__sandbox/clock", false, stream_context_create(['http' => [
        'method' => 'POST', 'header' => 'Content-Type: application/json', 'content' => '{"advanceSeconds": 60}']]));
}
show('getRefund', $client->getRefund($refund['refundId']));
show('getCharge', $client->getCharge($charge['chargeId']));
