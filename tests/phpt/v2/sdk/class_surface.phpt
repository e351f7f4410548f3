--TEST--
Official SDK parity: sub-interfaces, class constants, HttpCurl, Constants\*, getPhpUname() and protected constructUserAgentHeader()
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

use Amazon\Pay\API;

$server = new TestServer();
$c = amzpay_v2_client($server->url);
foreach (['ClientInterface', 'ReportingClientInterface', 'MerchantOnboardingClientInterface',
          'AccountManagementClientInterface', 'DisputeClientInterface'] as $i) {
    echo $i, ': ', var_export($c instanceof ("Amazon\\Pay\\API\\$i"), true), ', ',
        count(get_class_methods("Amazon\\Pay\\API\\$i")), " methods\n";
}
/* the SDK README's install check */
echo 'SDK_VERSION ', API\Client::SDK_VERSION, ', API_VERSION ', API\Client::API_VERSION, ', HASH_ALGORITHM ',
    API\Client::HASH_ALGORITHM, ', CHARGES ', API\Client::CHARGES, ', STORES ', API\Client::STORES, "\n";
echo 'DisputeState::RESOLVED ', API\Constants\DisputeState::RESOLVED, ', EvidenceType::RECEIPT ',
    API\Constants\EvidenceType::RECEIPT, ', DisputeResolution ', implode(',', (new ReflectionClass(API\Constants\DisputeResolution::class))->getConstants()),
    ', DisputeFilingReason ', count((new ReflectionClass(API\Constants\DisputeFilingReason::class))->getConstants()),
    ', DisputeReasonCode ', count((new ReflectionClass(API\Constants\DisputeReasonCode::class))->getConstants()), "\n";
echo 'getPhpUname: ', var_export($c->getPhpUname('s') === php_uname('s') && $c->getPhpUname('m') === php_uname('m'), true), "\n";
$m = new ReflectionMethod(API\Client::class, 'constructUserAgentHeader');
echo 'constructUserAgentHeader protected: ', var_export($m->isProtected(), true), "\n";
$m->setAccessible(true);
$ua = $m->invoke($c);
echo 'user agent: ', preg_replace('/[0-9.]+/', 'N', strtok($ua, ' ')), "\n";

/* HttpCurl sends pre-signed lines as given and returns the official result array */
$server->script([['status' => 503, 'body' => '{}'], ['status' => 200, 'body' => '{"ok":true}', 'headers' => ['Location' => '/x']]]);
$lines = $c->getPostSignedHeaders('GET', $server->url . '/v2/charges/C1', [], null);
$r = (new API\HttpCurl())->invokeCurl('GET', $server->url . '/v2/charges/C1', null, $lines);
echo 'HttpCurl: status ', $r['status'], ', retries ', $r['retries'], ', location ', $r['location'], ', headers as given ',
    var_export($r['headers'] === $lines, true), ', keys ', implode(',', array_keys($r)), "\n";
$q = $server->requests()[1];
echo 'sent authorization unchanged: ', var_export(amzpay_header($q, 'authorization') === substr($lines[1], strlen('authorization:')), true), "\n";
echo 'MAX_ERROR_RETRY ', API\HttpCurl::MAX_ERROR_RETRY, "\n";
try {
    (new API\HttpCurl())->invokeCurl('GET', 'http://192.0.2.1/v2/charges/C1?x=1', null, $lines);
} catch (Exception $e) {
    echo 'plain http to a remote host: ', get_class($e), ', ', count($server->requests()), " requests in all\n";
}
?>
--EXPECT--
ClientInterface: true, 24 methods
ReportingClientInterface: true, 9 methods
MerchantOnboardingClientInterface: true, 3 methods
AccountManagementClientInterface: true, 5 methods
DisputeClientInterface: true, 5 methods
SDK_VERSION 2.7.2, API_VERSION v2, HASH_ALGORITHM sha256, CHARGES /charges, STORES /stores
DisputeState::RESOLVED Resolved, EvidenceType::RECEIPT Receipt, DisputeResolution BuyerWon,MerchantWon,NoFault, DisputeFilingReason 10, DisputeReasonCode 9
getPhpUname: true
constructUserAgentHeader protected: true
user agent: amzpay/N
HttpCurl: status 200, retries 1, location /x, headers as given true, keys status,method,location,url,headers,request,response,request_id,retries,duration
sent authorization unchanged: true
MAX_ERROR_RETRY 3
plain http to a remote host: AmazonPay\Exception\ConfigurationException, 2 requests in all
