--TEST--
Method arguments: wrong types, CR/LF in headers, ids with "/" or "..", bad query values are refused and nothing is sent
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$cases = [
    'payload int' => fn () => $c->createCharge(42, []),
    'payload object' => fn () => $c->createCharge(new stdClass, []),
    'payload bad UTF-8' => fn () => $c->createCharge(['softDescriptor' => "\xff\xfe"], []),
    'headers string' => fn () => $c->createCharge('{}', 'x-amz-pay-idempotency-key: 1'),
    'header value array' => fn () => $c->createCharge('{}', ['x-amz-pay-idempotency-key' => ['a']]),
    'header value CRLF' => fn () => $c->createCharge('{}', ['x-amz-pay-idempotency-key' => "k\r\nX-Evil: 1"]),
    'header value NUL' => fn () => $c->getCharge('S01-1234567-1234567-C123456', ['x-amz-pay-authtoken' => "a\0b"]),
    'header name with space' => fn () => $c->getCharge('S01-1234567-1234567-C123456', ['bad name' => 'x']),
    'header list without names' => fn () => $c->getCharge('S01-1234567-1234567-C123456', ['x']),
    'id with slash' => fn () => $c->getCharge('S01-1234567-1234567/../../refunds'),
    'id dot dot' => fn () => $c->getCharge('..'),
    'id empty' => fn () => $c->getRefund(''),
    'id with CRLF' => fn () => $c->getChargePermission("S01\r\nHost: evil"),
    'id with query' => fn () => $c->getCharge('S01?x=1'),
    'id array' => fn () => $c->getCharge(['S01']),
    'second id with slash' => fn () => $c->updateStore('ACCOUNT', 'store/1', '{}', []),
    'query nested array' => fn () => $c->getReports(['reportTypes' => [['a']]]),
    'query key CRLF' => fn () => $c->getReports(["a\r\nb" => 'c']),
    'apiCall bad method' => fn () => $c->apiCall("GET\r\n", 'v2/charges', null),
    'apiCall absolute path' => fn () => $c->apiCall('GET', '/v2/charges', null),
    'apiCall dot dot' => fn () => $c->apiCall('GET', 'v2/../admin', null),
    'apiCall query in path' => fn () => $c->apiCall('GET', 'v2/reports?x=1', null),
    'setSandbox string' => fn () => $c->setSandbox('yes'),
    'too few arguments' => fn () => $c->captureCharge('S01-1234567-1234567-C123456'),
];
foreach ($cases as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (Throwable $e) {
        printf("%s: %s: %s\n", $name, get_class($e), $e->getMessage());
    }
}
echo 'requests sent: ', count($server->requests()), "\n";
?>
--EXPECTF--
payload int: TypeError: Amazon\Pay\API\Client::createCharge(): Argument #1 ($payload) must be of type array|string|null, int given
payload object: TypeError: Amazon\Pay\API\Client::createCharge(): Argument #1 ($payload) must be of type array|string|null, stdClass given
payload bad UTF-8: ValueError: Amazon\Pay\API\Client::createCharge(): Argument #1 ($payload) could not be encoded as JSON (malformed UTF-8 characters)
headers string: TypeError: Amazon\Pay\API\Client::createCharge(): Argument #2 ($headers) must be of type ?array, string given
header value array: TypeError: Amazon\Pay\API\Client::createCharge(): Argument #2 ($headers) must contain only string header values, array given for "x-amz-pay-idempotency-key"
header value CRLF: AmazonPay\Exception\InvalidArgumentException: Header "x-amz-pay-idempotency-key" must not contain CR, LF or NUL characters
header value NUL: AmazonPay\Exception\InvalidArgumentException: Header "x-amz-pay-authtoken" must not contain CR, LF or NUL characters
header name with space: AmazonPay\Exception\InvalidArgumentException: Header name "bad name" contains an invalid character
header list without names: ValueError: Amazon\Pay\API\Client::getCharge(): Argument #2 ($headers) must be an array of header names to string values
id with slash: AmazonPay\Exception\InvalidArgumentException: chargeId %s
id dot dot: AmazonPay\Exception\InvalidArgumentException: chargeId %s
id empty: AmazonPay\Exception\InvalidArgumentException: refundId %s
id with CRLF: AmazonPay\Exception\InvalidArgumentException: chargePermissionId %s
id with query: AmazonPay\Exception\InvalidArgumentException: chargeId %s
id array: TypeError: Amazon\Pay\API\Client::getCharge(): Argument #1 ($chargeId) must be of type string, array given
second id with slash: AmazonPay\Exception\InvalidArgumentException: storeId %s
query nested array: TypeError: Amazon\Pay\API\Client::getReports(): Argument #1 ($queryParameters) must contain only scalar values or lists of scalar values
query key CRLF: ValueError: Amazon\Pay\API\Client::getReports(): Argument #1 ($queryParameters) must not contain CR, LF or NUL characters in its keys
apiCall bad method: ValueError: Amazon\Pay\API\Client::apiCall(): Argument #1 ($method) must be one of "GET", "POST", "PUT", "PATCH" or "DELETE"
apiCall absolute path: ValueError: Amazon\Pay\API\Client::apiCall(): Argument #2 ($urlFragment) must be a relative API path such as "v2/charges" (no "..", query, whitespace or control characters)
apiCall dot dot: ValueError: Amazon\Pay\API\Client::apiCall(): Argument #2 ($urlFragment) must be a relative API path such as "v2/charges" (no "..", query, whitespace or control characters)
apiCall query in path: ValueError: Amazon\Pay\API\Client::apiCall(): Argument #2 ($urlFragment) must be a relative API path such as "v2/charges" (no "..", query, whitespace or control characters)
setSandbox string: AmazonPay\Exception\ConfigurationException: sandbox value yes is of type string and should be a boolean value
too few arguments: ArgumentCountError: Amazon\Pay\API\Client::captureCharge() expects at least 2 arguments, 1 given
requests sent: 0
