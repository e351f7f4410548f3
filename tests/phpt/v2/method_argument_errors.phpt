--TEST--
Method arguments: what the official SDK sends is sent; unsafe ids, paths and methods get its 400 answer unsent; the rest an \Exception (never TypeError/ValueError)
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
    $before = count($server->requests());
    try {
        $r = $call();
        $sent = count($server->requests()) - $before;
        if ($r['request_id'] === null && $r['status'] === 400) {
            printf("%s: %d, %s, sent %d\n", $name, $r['status'], $r['response'], $sent);
        } else {
            printf("%s: sent %d: %s\n", $name, $sent, $server->requests()[$before]['body'] ?? '');
        }
    } catch (Throwable $e) {
        printf("%s: %s: %s (sent %d)\n", $name, get_class($e), $e->getMessage(), count($server->requests()) - $before);
    }
}
?>
--EXPECTF--
payload int: sent 1: 42
payload object: AmazonPay\Exception\InvalidArgumentException: The payload must be an array, a string or null, object given (sent 0)
payload bad UTF-8: sent 1: {"softDescriptor":"??"}
headers string: AmazonPay\Exception\InvalidArgumentException: headers must be a key-value array; e.g. array('x-amz-pay-authtoken' => 'abcd1234xyzIJK') (sent 0)
header value array: AmazonPay\Exception\InvalidArgumentException: Header values must be strings, array given (sent 0)
header value CRLF: AmazonPay\Exception\InvalidArgumentException: Header "x-amz-pay-idempotency-key" must not contain CR, LF or NUL characters (sent 0)
header value NUL: AmazonPay\Exception\InvalidArgumentException: Header "x-amz-pay-authtoken" must not contain CR, LF or NUL characters (sent 0)
header name with space: AmazonPay\Exception\InvalidArgumentException: Header name "bad name" contains an invalid character (sent 0)
header list without names: sent 1: 
id with slash: 400, {"reasonCode":"InvalidParameterValue","message":"chargeId must not contain '/'"}, sent 0
id dot dot: 400, {"reasonCode":"InvalidParameterValue","message":"chargeId must not contain '..'"}, sent 0
id empty: 400, {"reasonCode":"InvalidParameterValue","message":"refundId must not be empty"}, sent 0
id with CRLF: 400, {"reasonCode":"InvalidParameterValue","message":"chargePermissionId must not contain control characters"}, sent 0
id with query: 400, {"reasonCode":"InvalidParameterValue","message":"chargeId must not contain '?'"}, sent 0

Warning: Array to string conversion in %s on line 21
id array: sent 1: 
second id with slash: 400, {"reasonCode":"InvalidParameterValue","message":"storeId must not contain '/'"}, sent 0
query nested array: AmazonPay\Exception\InvalidArgumentException: Query parameters must be scalar values or lists of scalar values (sent 0)
query key CRLF: AmazonPay\Exception\InvalidArgumentException: Query parameter names must not contain CR, LF or NUL characters (sent 0)
apiCall bad method: 400, {"reasonCode":"InvalidParameterValue","message":"The HTTP method must be one of GET, POST, PUT, PATCH or DELETE (upper case)"}, sent 0
apiCall absolute path: 400, {"reasonCode":"InvalidParameterValue","message":"The URL fragment must be a relative API path such as \"v2/charges\" (no \"..\", query, whitespace or control characters)"}, sent 0
apiCall dot dot: 400, {"reasonCode":"InvalidParameterValue","message":"The URL fragment must be a relative API path such as \"v2/charges\" (no \"..\", query, whitespace or control characters)"}, sent 0
apiCall query in path: 400, {"reasonCode":"InvalidParameterValue","message":"The URL fragment must be a relative API path such as \"v2/charges\" (no \"..\", query, whitespace or control characters)"}, sent 0
setSandbox string: AmazonPay\Exception\ConfigurationException: sandbox value yes is of type string and should be a boolean value (sent 0)
too few arguments: ArgumentCountError: Amazon\Pay\API\Client::captureCharge() expects at least 3 arguments, 1 given (sent 0)
