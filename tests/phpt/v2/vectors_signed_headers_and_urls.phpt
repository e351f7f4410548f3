--TEST--
Signing vectors: getPostSignedHeaders() names and Authorization prefix, and the URL each SDK method builds
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/vectors.inc';
require __DIR__ . '/../inc/server.inc';

$server = new TestServer();
foreach (amzpay_vectors()['vectors'] as $v) {
    $client = amzpay_vector_client($v['sdk_config']);
    $headers = $client->getPostSignedHeaders($v['request']['http_method'], $v['request']['url'],
        amzpay_vector_query($v), amzpay_vector_body($v), $v['request']['user_headers'] ?: null);
    $names = array_map(fn ($l) => strstr($l, ':', true), $headers);
    $expected = [];
    foreach ($v['sent_header_lines'] as $line) {
        $name = strstr($line, ':', true);
        if ($name === 'Expect' || array_key_exists($name, $v['request']['user_headers'] ?? [])) {
            continue;
        }
        $expected[] = $name;
    }
    $auth = substr($headers[array_search('authorization', $names)], strlen('authorization:'));
    $prefix_ok = str_starts_with($auth, $v['authorization_prefix']);
    $host = $headers[array_search('x-amz-pay-host', $names)];

    /* The same call through the SDK method, sent to a loopback server: the path and query it built. */
    $sent_config = $v['sdk_config'];
    $sent_config['endpoint'] = $server->url;
    $sent = amzpay_vector_client($sent_config);
    $result = $sent->{$v['sdk_call']['method']}(...$v['sdk_call']['args']);
    $want = parse_url($v['request']['url']);
    $got = parse_url($result['url']);
    $url_ok = $got['path'] === $want['path'] && ($got['query'] ?? '') === ($want['query'] ?? '');
    printf("%s: names %s, prefix %s, %s, url %s\n", $v['id'], $names === $expected ? 'same' : 'DIFFER ' . json_encode($names),
        $prefix_ok ? 'same' : 'DIFFERS', $host, $url_ok ? 'same' : 'DIFFERS ' . $result['url']);
}
?>
--EXPECT--
v01-createCharge-na-sandbox-v1: names same, prefix same, x-amz-pay-host:pay-api.amazon.com, url same
v02-captureCharge-eu-live-v2: names same, prefix same, x-amz-pay-host:pay-api.amazon.eu, url same
v03-getCharge-jp-sandbox-v2: names same, prefix same, x-amz-pay-host:pay-api.amazon.jp, url same
v04-cancelCharge-us-live-v1: names same, prefix same, x-amz-pay-host:pay-api.amazon.com, url same
v05-createRefund-uk-sandbox-v2: names same, prefix same, x-amz-pay-host:pay-api.amazon.eu, url same
v06-getChargePermission-na-LIVEkey-v2: names same, prefix same, x-amz-pay-host:pay-api.amazon.com, url same
v07-closeChargePermission-de-SANDBOXkey-v1: names same, prefix same, x-amz-pay-host:pay-api.amazon.eu, url same
v08-getReports-query-jp-live-v2: names same, prefix same, x-amz-pay-host:pay-api.amazon.jp, url same
v09-getDisbursements-query-eu-sandbox-v1: names same, prefix same, x-amz-pay-host:pay-api.amazon.eu, url same
v10-apiCall-GET-edge-query-na-sandbox-v2: names same, prefix same, x-amz-pay-host:pay-api.amazon.com, url same
v11-updateCheckoutSession-PATCH-authtoken-integrator-na-sandbox-v2: names same, prefix same, x-amz-pay-host:pay-api.amazon.com, url same
v12-createCharge-arrayPayload-US-sandbox-v2: names same, prefix same, x-amz-pay-host:pay-api.amazon.com, url same
v13-completeCheckoutSession-jp-sandbox-v1-nobody-GET-style-idempotency: names same, prefix same, x-amz-pay-host:pay-api.amazon.jp, url same
