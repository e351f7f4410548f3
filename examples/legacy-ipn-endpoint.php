<?php
/*
 * The legacy Amazon Pay PHP SDK's IPN endpoint (integration guide), unchanged,
 * running on amzpay: the handler verifies the SNS notification (certificate
 * chain and signature) and answers in the legacy notification shape, also for
 * Amazon Pay API v2 notifications (amzpay reads the object's current state).
 *
 * The shop part below stores each notification; IPN_LOG names the file (one
 * JSON line per notification). isDuplicate() is an amzpay addition: SNS
 * delivers a notification again when it is unsure it arrived.
 */

$headers = getallheaders();
$body = file_get_contents('php://input');

try {
    $ipnHandler = new \AmazonPay\IpnHandler($headers, $body);
    $notification = $ipnHandler->toArray();
    $duplicate = method_exists($ipnHandler, 'isDuplicate') ? $ipnHandler->isDuplicate() : false;
} catch (\Exception $e) {
    // not from Amazon, or not readable now: answer an error so that a genuine notification is sent again
    http_response_code(500);
    $notification = array('error' => get_class($e) . ': ' . $e->getMessage());
    $duplicate = null;
}

if (getenv('IPN_LOG')) {
    file_put_contents(getenv('IPN_LOG'), json_encode(array('notification' => $notification, 'duplicate' => $duplicate)) . "\n",
        FILE_APPEND | LOCK_EX);
}
