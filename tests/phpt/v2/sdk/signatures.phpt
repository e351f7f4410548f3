--TEST--
Official SDK parity: parameter names (named arguments), required $headers where the SDK has no default, surplus arguments ignored
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$m = fn ($name) => implode(', ', array_map(fn ($p) => ($p->isOptional() ? '?' : '') . '$' . $p->getName(),
    (new ReflectionMethod(Amazon\Pay\API\Client::class, $name))->getParameters()));
foreach (['createReport', 'createReportSchedule', 'createCharge', 'updateMerchantAccount', 'getPostSignedHeaders', 'apiCall'] as $name) {
    echo "$name(", $m($name), ")\n";
}
$r = $c->createReport(requestPayload: ['reportType' => 'X'], headers: ['x-amz-pay-idempotency-key' => 'r1']);
echo "named createReport: ", $r['request'], "\n";
foreach ([fn () => $c->createCharge(['a' => 1]), fn () => $c->updateMerchantAccount('A1', ['a' => 1])] as $call) {
    try {
        $call();
        echo "sent\n";
    } catch (ArgumentCountError $e) {
        echo get_class($e), "\n";
    }
}
echo 'surplus: ', json_encode($c->getHeaderString(['Accept' => 'application/json'], 'https://pay-api.amazon.jp/x')), ', ',
    $c->getCharge('S01-1234567-1234567-C000001', null, 'surplus')['status'], ', ',
    strlen($c->generateButtonSignature('{}', 'x')) > 100 ? 'signed' : 'no', "\n";
echo count($server->requests()), " requests\n";
?>
--EXPECT--
createReport($requestPayload, ?$headers)
createReportSchedule($requestPayload, ?$headers)
createCharge($payload, $headers)
updateMerchantAccount($merchantAccountId, $payload, $headers)
getPostSignedHeaders($http_request_method, $request_uri, $request_parameters, $request_payload, ?$other_presigned_headers)
apiCall($method, $urlFragment, $payload, ?$headers, ?$queryParams)
named createReport: {"reportType":"X"}
ArgumentCountError
ArgumentCountError
surplus: "accept:application\/json\n", 200, signed
2 requests
