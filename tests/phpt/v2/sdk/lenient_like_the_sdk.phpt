--TEST--
Official SDK parity: what the SDK sends is sent (GET with a body, non-UTF-8 payload strings converted, ids with ";" or "%"-free oddities, relative URIs signed with host "/"); what cannot be sent safely gets the SDK's 400 answer shape, never a TypeError/ValueError
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$show = function (string $name, callable $call) use ($server) {
    $before = count($server->requests());
    try {
        $r = $call();
        $sent = array_slice($server->requests(), $before);
        if ($sent) {
            printf("%s: sent %s %s body %s\n", $name, $sent[0]['method'], $sent[0]['target'], $sent[0]['body'] === '' ? '(empty)' : $sent[0]['body']);
        } else {
            printf("%s: not sent, status %d, request_id %s, %s\n", $name, $r['status'], var_export($r['request_id'], true), $r['response']);
        }
    } catch (Throwable $e) {
        printf("%s: %s: %s\n", $name, get_class($e), $e->getMessage());
    }
};
$show('GET with a body', fn () => $c->apiCall('GET', 'v2/charges/C1', ['a' => 1]));
$show('non-UTF-8 payload', fn () => $c->updateCharge('C1', ['note' => "caf\xe9 \xe2\x82 ok"], null));
$show('id with space', fn () => $c->getCharge('S01 1'));
$show('id with percent', fn () => $c->getCharge('S01%2F1'));
$show('id non-ASCII', fn () => $c->getRefund("S01-\xc3\xa9"));
$show('empty id', fn () => $c->getCharge(''));
$show('null id', fn () => @$c->getCharge(null));
$show('lower-case method', fn () => $c->apiCall('get', 'v2/charges/C1', null));
$show('unknown method', fn () => $c->apiCall('HEAD', 'v2/charges/C1', null));
$show('query name with &', fn () => $c->getReports(['a&b' => 'x']));
$lines = $c->getPostSignedHeaders('GET', 'v2/charges/C1', [], null);
echo 'relative URI: ', implode(' ', preg_grep('/^x-amz-pay-host:/', $lines)), "\n";
?>
--EXPECT--
GET with a body: sent GET /sandbox/v2/charges/C1 body {"a":1}
non-UTF-8 payload: sent PATCH /sandbox/v2/charges/C1 body {"note":"caf? ? ok"}
id with space: not sent, status 400, request_id NULL, {"reasonCode":"InvalidParameterValue","message":"chargeId must not contain whitespace"}
id with percent: not sent, status 400, request_id NULL, {"reasonCode":"InvalidParameterValue","message":"chargeId must not contain '%'"}
id non-ASCII: not sent, status 400, request_id NULL, {"reasonCode":"InvalidParameterValue","message":"refundId must contain only letters, digits and the characters - . _ ~ : @ = +"}
empty id: not sent, status 400, request_id NULL, {"reasonCode":"InvalidParameterValue","message":"chargeId must not be empty"}
null id: not sent, status 400, request_id NULL, {"reasonCode":"InvalidParameterValue","message":"chargeId must not be empty"}
lower-case method: not sent, status 400, request_id NULL, {"reasonCode":"InvalidParameterValue","message":"The HTTP method must be one of GET, POST, PUT, PATCH or DELETE (upper case)"}
unknown method: not sent, status 400, request_id NULL, {"reasonCode":"InvalidParameterValue","message":"The HTTP method must be one of GET, POST, PUT, PATCH or DELETE (upper case)"}
query name with &: not sent, status 400, request_id NULL, {"reasonCode":"InvalidParameterValue","message":"Query parameter names must be non-empty and contain only letters, digits, '-', '_', '.' and '~'"}
relative URI: x-amz-pay-host:/
