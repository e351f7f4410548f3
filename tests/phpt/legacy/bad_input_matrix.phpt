--TEST--
Bad input matrix: over 100 malformed legacy calls each give the legacy-style exception or MWS error, and nothing reaches the API
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';

$s = new Sandbox();
$c = legacy_client($s);
$order = 'S02-1234567-1234567';
$auth = 'S02-1234567-1234567-A123456';
$capture = 'S02-1234567-1234567-C123456';
$refund = 'S02-1234567-1234567-R123456';
$okAuthorize = ['amazon_order_reference_id' => $order, 'authorization_amount' => '10.00', 'authorization_reference_id' => 'ref1'];
$okCapture = ['amazon_authorization_id' => $auth, 'capture_amount' => '10.00', 'capture_reference_id' => 'cap1'];
$okRefund = ['amazon_capture_id' => $capture, 'refund_amount' => '1.00', 'refund_reference_id' => 'rf1'];

$cases = [];
/* types: booleans and arrays the legacy SDK checked, texts that are not text */
foreach (['true', 1, 0, null, [], 'yes', 1.5] as $v) {
    $cases[] = ['authorize', ['capture_now' => $v] + $okAuthorize];
}
foreach (['x', 1, true] as $v) {
    $cases[] = ['authorize', ['provider_credit_details' => $v] + $okAuthorize];
    $cases[] = ['capture', ['provider_credit_details' => $v] + $okCapture];
    $cases[] = ['refund', ['provider_credit_reversal_details' => $v] + $okRefund];
}
foreach ([['10.00'], true, new stdClass] as $v) {
    $cases[] = ['authorize', ['authorization_amount' => $v] + $okAuthorize];
    $cases[] = ['capture', ['capture_amount' => $v] + $okCapture];
    $cases[] = ['refund', ['refund_amount' => $v] + $okRefund];
    $cases[] = ['capture', ['amazon_authorization_id' => $v] + $okCapture];
}
/* missing keys */
foreach (array_keys($okAuthorize) as $k) {
    $p = $okAuthorize; unset($p[$k]); $cases[] = ['authorize', $p];
}
foreach (array_keys($okCapture) as $k) {
    $p = $okCapture; unset($p[$k]); $cases[] = ['capture', $p];
}
foreach (array_keys($okRefund) as $k) {
    $p = $okRefund; unset($p[$k]); $cases[] = ['refund', $p];
}
foreach (['getAuthorizationDetails', 'getCaptureDetails', 'getRefundDetails', 'closeAuthorization',
          'getOrderReferenceDetails', 'cancelOrderReference', 'closeOrderReference'] as $m) {
    $cases[] = [$m, []];
}
/* (values are trim()med first, as by the legacy SDK: a trailing newline or NUL is not an error) */
/* bad amounts */
foreach (['', '0', '0.00', '-1.00', '1.001', '1,00', 'abc', '1e3', '99999999.99', ' 1 0', '0x10', '1.2.3', '150000.01', 'NaN'] as $amount) {
    $cases[] = ['capture', ['capture_amount' => $amount] + $okCapture];
}
foreach (['-5', '1.999', 'ten'] as $amount) {
    $cases[] = ['authorize', ['authorization_amount' => $amount] + $okAuthorize];
    $cases[] = ['refund', ['refund_amount' => $amount] + $okRefund];
}
/* currencies */
foreach (['EURO', 'E', 'XXX', '12', 'eu r', "EU\nR"] as $cur) {
    $cases[] = ['capture', ['currency_code' => $cur] + $okCapture];
    $cases[] = ['authorize', ['currency_code' => $cur] + $okAuthorize];
}
/* ids */
foreach (['S02-1234567', 'S02-1234567-1234567-C123456', '../../v2/refunds', 'S02-1234567-1234567-A12', 'X02-1234567-1234567-A123456',
          "S02-1234567-1234567-A123456\nX", 'S02-1234567-1234567-A123456/capture', 'S02%2F1234567'] as $id) {
    $cases[] = ['capture', ['amazon_authorization_id' => $id] + $okCapture];
    $cases[] = ['getAuthorizationDetails', ['amazon_authorization_id' => $id]];
}
foreach (['S02-1234567-1234567-A123456', 'abc', 'S02-1234567-1234567-C12'] as $id) {
    $cases[] = ['refund', ['amazon_capture_id' => $id] + $okRefund];
    $cases[] = ['getRefundDetails', ['amazon_refund_id' => $id]];
    $cases[] = ['authorize', ['amazon_order_reference_id' => $id] + $okAuthorize];
}
/* soft descriptor length, reference ids, CR/LF, NUL, invalid UTF-8, notes */
$cases[] = ['capture', ['soft_descriptor' => str_repeat('D', 17)] + $okCapture];
$cases[] = ['capture', ['soft_descriptor' => "AMZ\r\nX-Evil: 1"] + $okCapture];
$cases[] = ['refund', ['soft_descriptor' => str_repeat('ü', 9)] + $okRefund];
$cases[] = ['capture', ['capture_reference_id' => "a\x7fb"] + $okCapture];
$cases[] = ['capture', ['capture_reference_id' => "cap\nid"] + $okCapture];
$cases[] = ['capture', ['capture_reference_id' => "cap\0id"] + $okCapture];
$cases[] = ['authorize', ['authorization_reference_id' => "a\tb"] + $okAuthorize];
$cases[] = ['refund', ['refund_reference_id' => "\xff\xfe"] + $okRefund];
$cases[] = ['capture', ['seller_capture_note' => "no\0te"] + $okCapture];
$cases[] = ['capture', ['seller_capture_note' => str_repeat('n', 1025)] + $okCapture];
$cases[] = ['authorize', ['seller_authorization_note' => "\x1b[31m"] + $okAuthorize];
$cases[] = ['authorize', ['transaction_timeout' => 'soon'] + $okAuthorize];
$cases[] = ['authorize', ['transaction_timeout' => '-1'] + $okAuthorize];
$cases[] = ['authorize', ['transaction_timeout' => '1441'] + $okAuthorize];
$cases[] = ['capture', ['seller_capture_note' => '{"SandboxSimulation":{"State":"Bogus"}}'] + $okCapture];
$cases[] = ['closeAuthorization', ['amazon_authorization_id' => $auth, 'closure_reason' => "a\0b"]];
$cases[] = ['cancelOrderReference', ['amazon_order_reference_id' => "S02-1234567\r\n-1234567"]];
/* methods v2 cannot do */
foreach (['closeBillingAgreement', 'createOrderReferenceForId', 'listOrderReference', 'getBillingAgreementDetails',
          'authorizeOnBillingAgreement', 'getServiceStatus', 'getMerchantAccountStatus', 'reverseProviderCredit',
          'setMerchantNotificationConfiguration', 'getProviderCreditDetails'] as $m) {
    $cases[] = [$m, ['amazon_order_reference_id' => $order]];
}

$n = $exceptions = $errors = 0;
foreach ($cases as [$method, $params]) {
    $n++;
    try {
        $r = $c->$method($params);
        $a = $r->toArray();
        if ($c->success || !isset($a['Error']['Code'])) {
            echo "#$n $method: NOT REFUSED\n";
            continue;
        }
        $errors++;
        printf("#%d %s: %s %s %s\n", $n, $method, $r->response['Status'], $a['Error']['Type'], $a['Error']['Code']);
    } catch (Exception $e) {
        $exceptions++;
        printf("#%d %s: %s: %s\n", $n, $method, get_class($e), json_encode($e->getMessage()));
    }
}
echo "$n calls: $exceptions exceptions, $errors MWS errors\n";
echo "requests that reached the API: ", count($s->requests()), "\n";
?>
--EXPECT--
#1 authorize: AmazonPay\Exception\InvalidArgumentException: "capture_now value true is of type string and should be a boolean value"
#2 authorize: AmazonPay\Exception\InvalidArgumentException: "capture_now value 1 is of type string and should be a boolean value"
#3 authorize: AmazonPay\Exception\InvalidArgumentException: "capture_now value 0 is of type string and should be a boolean value"
#4 authorize: AmazonPay\Exception\InvalidArgumentException: "capture_now value  is of type string and should be a boolean value"
#5 authorize: AmazonPay\Exception\InvalidArgumentException: "capture_now value Array is of type array and should be a boolean value"
#6 authorize: AmazonPay\Exception\InvalidArgumentException: "capture_now value yes is of type string and should be a boolean value"
#7 authorize: AmazonPay\Exception\InvalidArgumentException: "capture_now value 1.5 is of type string and should be a boolean value"
#8 authorize: AmazonPay\Exception\InvalidArgumentException: "provider_credit_details value x is of type string and should be an array value"
#9 capture: AmazonPay\Exception\InvalidArgumentException: "provider_credit_details value x is of type string and should be an array value"
#10 refund: AmazonPay\Exception\InvalidArgumentException: "provider_credit_reversal_details value x is of type string and should be an array value"
#11 authorize: AmazonPay\Exception\InvalidArgumentException: "provider_credit_details value 1 is of type string and should be an array value"
#12 capture: AmazonPay\Exception\InvalidArgumentException: "provider_credit_details value 1 is of type string and should be an array value"
#13 refund: AmazonPay\Exception\InvalidArgumentException: "provider_credit_reversal_details value 1 is of type string and should be an array value"
#14 authorize: AmazonPay\Exception\InvalidArgumentException: "provider_credit_details value 1 is of type boolean and should be an array value"
#15 capture: AmazonPay\Exception\InvalidArgumentException: "provider_credit_details value 1 is of type boolean and should be an array value"
#16 refund: AmazonPay\Exception\InvalidArgumentException: "provider_credit_reversal_details value 1 is of type boolean and should be an array value"
#17 authorize: AmazonPay\Exception\InvalidArgumentException: "authorization_amount value Array is of type array and should be a string value"
#18 capture: AmazonPay\Exception\InvalidArgumentException: "capture_amount value Array is of type array and should be a string value"
#19 refund: AmazonPay\Exception\InvalidArgumentException: "refund_amount value Array is of type array and should be a string value"
#20 capture: AmazonPay\Exception\InvalidArgumentException: "amazon_authorization_id value Array is of type array and should be a string value"
#21 authorize: AmazonPay\Exception\InvalidArgumentException: "authorization_amount value 1 is of type boolean and should be a string value"
#22 capture: AmazonPay\Exception\InvalidArgumentException: "capture_amount value 1 is of type boolean and should be a string value"
#23 refund: AmazonPay\Exception\InvalidArgumentException: "refund_amount value 1 is of type boolean and should be a string value"
#24 capture: AmazonPay\Exception\InvalidArgumentException: "amazon_authorization_id value 1 is of type boolean and should be a string value"
#25 authorize: AmazonPay\Exception\InvalidArgumentException: "authorization_amount value  is of type object and should be a string value"
#26 capture: AmazonPay\Exception\InvalidArgumentException: "capture_amount value  is of type object and should be a string value"
#27 refund: AmazonPay\Exception\InvalidArgumentException: "refund_amount value  is of type object and should be a string value"
#28 capture: AmazonPay\Exception\InvalidArgumentException: "amazon_authorization_id value  is of type object and should be a string value"
#29 authorize: 400 Sender MissingParameter
#30 authorize: 400 Sender MissingParameter
#31 authorize: 400 Sender MissingParameter
#32 capture: 400 Sender MissingParameter
#33 capture: 400 Sender MissingParameter
#34 capture: 400 Sender MissingParameter
#35 refund: 400 Sender MissingParameter
#36 refund: 400 Sender MissingParameter
#37 refund: 400 Sender MissingParameter
#38 getAuthorizationDetails: 400 Sender MissingParameter
#39 getCaptureDetails: 400 Sender MissingParameter
#40 getRefundDetails: 400 Sender MissingParameter
#41 closeAuthorization: 400 Sender MissingParameter
#42 getOrderReferenceDetails: 400 Sender MissingParameter
#43 cancelOrderReference: 400 Sender MissingParameter
#44 closeOrderReference: 400 Sender MissingParameter
#45 capture: 400 Sender MissingParameter
#46 capture: 400 Sender InvalidParameterValue
#47 capture: 400 Sender InvalidParameterValue
#48 capture: 400 Sender InvalidParameterValue
#49 capture: 400 Sender InvalidParameterValue
#50 capture: 400 Sender InvalidParameterValue
#51 capture: 400 Sender InvalidParameterValue
#52 capture: 400 Sender InvalidParameterValue
#53 capture: 400 Sender InvalidParameterValue
#54 capture: 400 Sender InvalidParameterValue
#55 capture: 400 Sender InvalidParameterValue
#56 capture: 400 Sender InvalidParameterValue
#57 capture: 400 Sender InvalidParameterValue
#58 capture: 400 Sender InvalidParameterValue
#59 authorize: 400 Sender InvalidParameterValue
#60 refund: 400 Sender InvalidParameterValue
#61 authorize: 400 Sender InvalidParameterValue
#62 refund: 400 Sender InvalidParameterValue
#63 authorize: 400 Sender InvalidParameterValue
#64 refund: 400 Sender InvalidParameterValue
#65 capture: 400 Sender InvalidParameterValue
#66 authorize: 400 Sender InvalidParameterValue
#67 capture: 400 Sender InvalidParameterValue
#68 authorize: 400 Sender InvalidParameterValue
#69 capture: 400 Sender InvalidParameterValue
#70 authorize: 400 Sender InvalidParameterValue
#71 capture: 400 Sender InvalidParameterValue
#72 authorize: 400 Sender InvalidParameterValue
#73 capture: 400 Sender InvalidParameterValue
#74 authorize: 400 Sender InvalidParameterValue
#75 capture: 400 Sender InvalidParameterValue
#76 authorize: 400 Sender InvalidParameterValue
#77 capture: 400 Sender InvalidParameterValue
#78 getAuthorizationDetails: 400 Sender InvalidParameterValue
#79 capture: 400 Sender InvalidParameterValue
#80 getAuthorizationDetails: 400 Sender InvalidParameterValue
#81 capture: 400 Sender InvalidParameterValue
#82 getAuthorizationDetails: 400 Sender InvalidParameterValue
#83 capture: 400 Sender InvalidParameterValue
#84 getAuthorizationDetails: 400 Sender InvalidParameterValue
#85 capture: 400 Sender InvalidParameterValue
#86 getAuthorizationDetails: 400 Sender InvalidParameterValue
#87 capture: 400 Sender InvalidParameterValue
#88 getAuthorizationDetails: 400 Sender InvalidParameterValue
#89 capture: 400 Sender InvalidParameterValue
#90 getAuthorizationDetails: 400 Sender InvalidParameterValue
#91 capture: 400 Sender InvalidParameterValue
#92 getAuthorizationDetails: 400 Sender InvalidParameterValue
#93 refund: 400 Sender InvalidParameterValue
#94 getRefundDetails: 400 Sender InvalidParameterValue
#95 authorize: 400 Sender InvalidParameterValue
#96 refund: 400 Sender InvalidParameterValue
#97 getRefundDetails: 400 Sender InvalidParameterValue
#98 authorize: 400 Sender InvalidParameterValue
#99 refund: 400 Sender InvalidParameterValue
#100 getRefundDetails: 400 Sender InvalidParameterValue
#101 authorize: 400 Sender InvalidParameterValue
#102 capture: 400 Sender InvalidParameterValue
#103 capture: 400 Sender InvalidParameterValue
#104 refund: 400 Sender InvalidParameterValue
#105 capture: 400 Sender InvalidParameterValue
#106 capture: 400 Sender InvalidParameterValue
#107 capture: 400 Sender InvalidParameterValue
#108 authorize: 400 Sender InvalidParameterValue
#109 refund: 400 Sender InvalidParameterValue
#110 capture: 400 Sender InvalidParameterValue
#111 capture: 400 Sender InvalidParameterValue
#112 authorize: 400 Sender InvalidParameterValue
#113 authorize: 400 Sender InvalidParameterValue
#114 authorize: 400 Sender InvalidParameterValue
#115 authorize: 400 Sender InvalidParameterValue
#116 capture: 400 Sender InvalidSandboxSimulationSpecified
#117 closeAuthorization: 400 Sender InvalidParameterValue
#118 cancelOrderReference: 400 Sender InvalidParameterValue
#119 closeBillingAgreement: 400 Sender UnsupportedOperation
#120 createOrderReferenceForId: 400 Sender UnsupportedOperation
#121 listOrderReference: 400 Sender UnsupportedOperation
#122 getBillingAgreementDetails: 400 Sender UnsupportedOperation
#123 authorizeOnBillingAgreement: 400 Sender UnsupportedOperation
#124 getServiceStatus: 400 Sender UnsupportedOperation
#125 getMerchantAccountStatus: 400 Sender UnsupportedOperation
#126 reverseProviderCredit: 400 Sender UnsupportedOperation
#127 setMerchantNotificationConfiguration: 400 Sender UnsupportedOperation
#128 getProviderCreditDetails: 400 Sender UnsupportedOperation
128 calls: 28 exceptions, 100 MWS errors
requests that reached the API: 0
