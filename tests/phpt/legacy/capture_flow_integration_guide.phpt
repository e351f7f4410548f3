--TEST--
Legacy capture flow of the integration guide, unchanged code: authorize (sync and async), capture Completed, refund, poll the refund to Completed
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
$client = legacy_client($s);

foreach (['synchronous' => ['transaction_timeout' => 0], 'asynchronous (default timeout)' => []] as $mode => $timeout) {
    echo "--- $mode\n";
    $amazon_order_reference_id = legacy_order($s);

    /* integration guide: authorize */
    $requestParameters = array();
    $requestParameters['amazon_order_reference_id'] = $amazon_order_reference_id;
    $requestParameters['authorization_amount'] = '49.90';
    $requestParameters['authorization_reference_id'] = uniqid('auth');
    $requestParameters['seller_authorization_note'] = 'Authorizing payment';
    $requestParameters['mws_auth_token'] = null;
    $response = $client->authorize($requestParameters + $timeout);
    $result = $response->toArray();
    $details = $result['AuthorizeResult']['AuthorizationDetails'];
    $amazon_authorization_id = $details['AmazonAuthorizationId'];
    echo "authorize: success=", var_export($client->success, true), " Open or Pending: ",
        (int)in_array($details['AuthorizationStatus']['State'], ['Open', 'Pending'], true), "\n";

    if ($details['AuthorizationStatus']['State'] === 'Pending') {
        /* asynchronous authorizations settle later: poll, as the guide says (the sandbox clock moves instead of sleeping) */
        legacy_advance($s, ['advanceSeconds' => 60]);
        $details = $client->getAuthorizationDetails(['amazon_authorization_id' => $amazon_authorization_id])
            ->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails'];
    }
    /* the guide checks the authorization is Open before capturing */
    $details = $client->getAuthorizationDetails(['amazon_authorization_id' => $amazon_authorization_id])
        ->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails'];
    echo "getAuthorizationDetails: state=", $details['AuthorizationStatus']['State'], "\n";
    echo "authorization id looks like v1: ", preg_match('/^S\d{2}-\d{7}-\d{7}-A\d{6,7}$/', $amazon_authorization_id), "\n";

    /* integration guide: capture */
    $requestParameters = array();
    $requestParameters['amazon_authorization_id'] = $amazon_authorization_id;
    $requestParameters['capture_amount'] = '49.90';
    $requestParameters['currency_code'] = 'EUR';
    $requestParameters['capture_reference_id'] = uniqid('cap');
    $response = $client->capture($requestParameters);
    $result = $response->toArray();
    echo "capture: success=", var_export($client->success, true), " Status=", $response->response['Status'],
        " state=", $result['CaptureResult']['CaptureDetails']['CaptureStatus']['State'], "\n";
    $amazon_capture_id = $result['CaptureResult']['CaptureDetails']['AmazonCaptureId'];

    /* integration guide: refund */
    $response = $client->refund([
        'amazon_capture_id' => $amazon_capture_id,
        'refund_reference_id' => uniqid('ref'),
        'refund_amount' => '10.00',
        'currency_code' => 'EUR',
        'seller_refund_note' => 'Refund for damaged item',
    ]);
    $refund = $response->toArray()['RefundResult']['RefundDetails'];
    echo "refund: success=", var_export($client->success, true), " state=", $refund['RefundStatus']['State'], "\n";

    for ($i = 0; $i < 5; $i++) {
        legacy_advance($s, ['advanceSeconds' => 60]);
        $state = $client->getRefundDetails(['amazon_refund_id' => $refund['AmazonRefundId']])
            ->toArray()['GetRefundDetailsResult']['RefundDetails']['RefundStatus']['State'];
        if ($state !== 'Pending') {
            break;
        }
    }
    echo "getRefundDetails: state=$state\n";

    $capture = $client->getCaptureDetails(['amazon_capture_id' => $amazon_capture_id])->toArray()
        ['GetCaptureDetailsResult']['CaptureDetails'];
    echo "getCaptureDetails: state=", $capture['CaptureStatus']['State'], " refunded=", $capture['RefundedAmount']['Amount'], "\n";
}
echo "captureCharge requests: ", count($s->requests(['operation' => 'captureCharge'])), "\n";
?>
--EXPECT--
--- synchronous
authorize: success=true Open or Pending: 1
getAuthorizationDetails: state=Open
authorization id looks like v1: 1
capture: success=true Status=200 state=Completed
refund: success=true state=Pending
getRefundDetails: state=Completed
getCaptureDetails: state=Completed refunded=10.00
--- asynchronous (default timeout)
authorize: success=true Open or Pending: 1
getAuthorizationDetails: state=Open
authorization id looks like v1: 1
capture: success=true Status=200 state=Completed
refund: success=true state=Pending
getRefundDetails: state=Completed
getCaptureDetails: state=Completed refunded=10.00
captureCharge requests: 2
