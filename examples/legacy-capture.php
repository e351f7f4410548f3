<?php
/*
 * The legacy Amazon Pay PHP SDK's capture step (integration guide), unchanged,
 * running on amzpay: authorize an order, capture the authorization, refund
 * part of the capture. No line of this file knows about API v2.
 *
 * The v2 credentials and the endpoint come from php.ini (amzpay.public_key_id,
 * amzpay.private_key, amzpay.endpoint); CHARGE_PERMISSION_ID names an order
 * the buyer has completed, i.e. the order reference id (scripts/demo creates
 * one in the sandbox).
 */

$config = array(
    'merchant_id' => 'YOUR_MERCHANT_ID',
    'access_key' => 'YOUR_ACCESS_KEY',
    'secret_key' => 'YOUR_SECRET_KEY',
    'client_id' => 'YOUR_LOGIN_WITH_AMAZON_CLIENT_ID',
    'region' => 'de',
    'currency_code' => 'EUR',
    'sandbox' => true,
);
$client = new \AmazonPay\Client($config);
$amazon_order_reference_id = getenv('CHARGE_PERMISSION_ID') ?: exit("CHARGE_PERMISSION_ID is not set\n");

function show($step, $client, $response, $path)
{
    $result = $response->toArray();
    $node = $result;
    foreach ($path as $key) {
        $node = isset($node[$key]) ? $node[$key] : null;
    }
    $state = is_array($node) ? $node['State'] : (isset($result['Error']) ? $result['Error']['Code'] : '?');
    printf("%-24s success=%-5s %s\n", $step, var_export($client->success, true), $state);
    if (!$client->success) {
        exit("unexpected answer:\n" . $response->toXml() . "\n");
    }
    return $result;
}

// Authorize
$requestParameters = array();
$requestParameters['amazon_order_reference_id'] = $amazon_order_reference_id;
$requestParameters['authorization_amount'] = '49.90';
$requestParameters['authorization_reference_id'] = uniqid('A');
$requestParameters['seller_authorization_note'] = 'Authorizing payment';
$requestParameters['transaction_timeout'] = 0;
$requestParameters['capture_now'] = false;
$response = $client->authorize($requestParameters);
$result = show('authorize', $client, $response, array('AuthorizeResult', 'AuthorizationDetails', 'AuthorizationStatus'));
$amazon_authorization_id = $result['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];

// Capture
$requestParameters = array();
$requestParameters['amazon_authorization_id'] = $amazon_authorization_id;
$requestParameters['capture_amount'] = '49.90';
$requestParameters['currency_code'] = 'EUR';
$requestParameters['capture_reference_id'] = uniqid('C');
$response = $client->capture($requestParameters);
$result = show('capture', $client, $response, array('CaptureResult', 'CaptureDetails', 'CaptureStatus'));
$amazon_capture_id = $result['CaptureResult']['CaptureDetails']['AmazonCaptureId'];
echo "AmazonCaptureId          $amazon_capture_id\n";

// Refund
$requestParameters = array();
$requestParameters['amazon_capture_id'] = $amazon_capture_id;
$requestParameters['refund_amount'] = '10.00';
$requestParameters['currency_code'] = 'EUR';
$requestParameters['refund_reference_id'] = uniqid('R');
$response = $client->refund($requestParameters);
$result = show('refund', $client, $response, array('RefundResult', 'RefundDetails', 'RefundStatus'));
$amazon_refund_id = $result['RefundResult']['RefundDetails']['AmazonRefundId'];

/* Refunds settle asynchronously. In the bundled sandbox, let its 30 s of processing pass at once. */
if ($sandbox = getenv('AMZPAY_SANDBOX_URL')) {
    file_get_contents("$sandbox/__sandbox/clock", false, stream_context_create(array('http' => array(
        'method' => 'POST', 'header' => 'Content-Type: application/json', 'content' => '{"advanceSeconds": 60}'))));
}
show('getRefundDetails', $client, $client->getRefundDetails(array('amazon_refund_id' => $amazon_refund_id)),
    array('GetRefundDetailsResult', 'RefundDetails', 'RefundStatus'));
show('getCaptureDetails', $client, $client->getCaptureDetails(array('amazon_capture_id' => $amazon_capture_id)),
    array('GetCaptureDetailsResult', 'CaptureDetails', 'CaptureStatus'));
