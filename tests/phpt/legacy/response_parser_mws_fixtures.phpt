--TEST--
ResponseParser over every genuine MWS response fixture gives exactly the legacy SDK's toArray() (and toJson() agrees)
--EXTENSIONS--
amzpay
--SKIPIF--
<?php if (!is_dir(__DIR__ . '/../../../../shared/legacy-fixtures/mws')) echo 'skip legacy fixtures not available';
--FILE--
<?php
require __DIR__ . '/legacy.inc';

$files = glob(LEGACY_FIXTURES . '/mws/*.xml');
sort($files);
$ok = 0;
foreach ($files as $xmlFile) {
    $name = basename($xmlFile, '.xml');
    $expected = json_decode(file_get_contents(LEGACY_FIXTURES . "/mws-toArray/$name.toArray.json"), true);
    $parser = new AmazonPay\ResponseParser(['Status' => $expected['_http_status_used'],
        'ResponseBody' => file_get_contents($xmlFile)]);
    $array = $parser->toArray();
    $same = $array === $expected['toArray'] && json_decode($parser->toJson(), true) === $array;
    $ok += $same;
    echo $same ? 'same' : 'DIFFERENT', " $name\n";
}
echo "$ok of ", count($files), " fixtures identical\n";
?>
--EXPECT--
same AuthorizeOnBillingAgreementResponse
same AuthorizeResponse
same CancelOrderReferenceResponse
same CaptureResponse
same CloseAuthorizationResponse
same CloseBillingAgreementResponse
same CloseOrderReferenceResponse
same ConfirmBillingAgreementResponse
same ConfirmOrderReferenceResponse
same CreateOrderReferenceForIdResponse
same ErrorResponse
same GetAuthorizationDetailsResponse
same GetBillingAgreementDetailsResponse
same GetBillingAgreementDetailsWithSCAResponse
same GetCaptureDetailsResponse
same GetCaptureDetailsResponse_Multicurrency
same GetMerchantAccountStatusActive
same GetMerchantAccountStatusError
same GetMerchantAccountStatusInactive
same GetMerchantNotificationConfigurationResponse
same GetOROwithoutPaymentDescriptor
same GetOrderReferenceDetailsResponse
same GetOrderReferenceDetailsResponse_Full
same GetOrderReferenceDetailsScaResponse
same GetProviderCreditDetailsResponse
same GetProviderCreditDetailsResponse1
same GetProviderCreditReversalDetailsResponse
same GetRefundDetails
same GetRefundDetails_Multicurrency
same GetServiceStatusResponseGreen
same GetServiceStatusResponseGreenI
same ListOrderReferenceByNextTokenResponse
same ListOrderReferenceResponse
same RefundResponse
same ReverseProviderCreditResponse
same SetBillingAgreementDetailsResponse
same SetBillingAgreementDetailsWithSCAResponse
same SetMerchantNotificationConfigurationResponse
same SetOrderAttributesResponse
same SetOrderAttributesScaResponse
same SetOrderReferenceDetailsResponse
same TestPaymentDescriptor
same Throttled
same ValidateBillingAgreementResponse
44 of 44 fixtures identical
