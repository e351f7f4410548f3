--TEST--
Official SDK parity: a subclass's apiCall(), getPostSignedHeaders() and constructUserAgentHeader() are called by the convenience methods, as payment modules rely on
--EXTENSIONS--
amzpay
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

class RecordingClient extends Amazon\Pay\API\Client {
    public array $calls = [];
    public function apiCall($method, $urlFragment, $payload, $headers = null, $queryParams = null) {
        $this->calls[] = func_get_args();
        return parent::apiCall($method, $urlFragment, $payload, $headers, $queryParams);
    }
}
class OwnSignature extends Amazon\Pay\API\Client {
    public function getPostSignedHeaders($http_request_method, $request_uri, $request_parameters, $request_payload, $other_presigned_headers = null) {
        $lines = parent::getPostSignedHeaders($http_request_method, $request_uri, $request_parameters, $request_payload, $other_presigned_headers);
        $lines[] = 'x-psp-module:1.2.3';
        $lines[] = 'x-signed-for:' . $http_request_method . ' ' . $request_uri . ' key=' . ($other_presigned_headers['x-amz-pay-idempotency-key'] ?? '-');
        return $lines;
    }
}
class OwnAgent extends Amazon\Pay\API\Client {
    protected function constructUserAgentHeader() {
        return 'psp-module/4.5 (' . parent::constructUserAgentHeader() . ')';
    }
}

$server = new TestServer();
$config = ['public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6', 'private_key' => amzpay_test_key(), 'region' => 'eu',
           'sandbox' => true, 'endpoint' => $server->url];

$c = new RecordingClient($config);
$c->getCharge('S01-1234567-1234567-C000001', ['x-amz-pay-authtoken' => 't']);
$c->createCharge(['a' => 1], ['x-amz-pay-idempotency-key' => 'k1']);
$c->getReports(['reportTypes' => '_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_']);
$c->getAuthorizationToken('tok', 'M1');
foreach ($c->calls as $a) {
    echo count($a), ' args: ', json_encode($a), "\n";
}
echo count($server->requests()), " requests sent\n";
$r = $c->getCharge('S01/../../refunds/R1');
echo 'unsafe id with an override: status ', $r['status'], ', override calls ', count($c->calls), ', ', count($server->requests()), " sent\n";

$o = new OwnSignature($config);
$o->captureCharge('S01-1234567-1234567-C000001', ['captureAmount' => ['amount' => '1.00', 'currencyCode' => 'EUR']], ['x-amz-pay-idempotency-key' => 'cap-1']);
$q = $server->requests()[4];
echo 'override lines sent: ', amzpay_header($q, 'x-psp-module'), ' / ', preg_replace('/:\d+/', ':PORT', amzpay_header($q, 'x-signed-for')), "\n";

$u = new OwnAgent($config);
$u->getCharge('S01-1234567-1234567-C000001');
$ua = amzpay_header($server->requests()[5], 'user-agent');
echo 'user agent: ', preg_replace('/amzpay\/.*$/', 'amzpay/...)', $ua), "\n";
echo 'signed header UA: ', var_export(in_array('user-agent:' . $ua, $u->getPostSignedHeaders('GET', $server->url . '/v2/x', [], null), true), true), "\n";
echo 'base class unchanged: ', str_starts_with(amzpay_header(array_slice($server->requests(), -1)[0], 'user-agent'), 'psp') ? 'no' : 'yes', "\n";
amzpay_v2_client($server->url)->getCharge('S01-1234567-1234567-C000001');
echo 'plain client UA: ', strtok(amzpay_header(array_slice($server->requests(), -1)[0], 'user-agent'), '/'), "\n";
?>
--EXPECT--
4 args: ["GET","v2\/charges\/S01-1234567-1234567-C000001",null,{"x-amz-pay-authtoken":"t"}]
4 args: ["POST","v2\/charges",{"a":1},{"x-amz-pay-idempotency-key":"k1"}]
5 args: ["GET","v2\/reports",null,null,{"reportTypes":"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_"}]
5 args: ["GET","v2\/authorizationTokens\/tok",null,null,{"merchantId":"M1"}]
4 requests sent
unsafe id with an override: status 400, override calls 4, 4 sent
override lines sent: 1.2.3 / POST http://127.0.0.1:PORT/sandbox/v2/charges/S01-1234567-1234567-C000001/capture key=cap-1
user agent: psp-module/4.5 (amzpay/...)
signed header UA: true
base class unchanged: no
plain client UA: amzpay
