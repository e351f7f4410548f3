--TEST--
getUserInfo(): Login with Amazon tokeninfo then profile through the core transport against the sandbox, with the legacy SDK's checks, order and messages (the legacy portable testGetUserInfo included)
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
$token = $s->post('/__sandbox/lwa/tokens', ['clientId' => 'amzn1.application-oa2-client.shop', 'postalCode' => '80807'])['access_token'];
$appToken = $s->post('/__sandbox/lwa/tokens', ['clientId' => 'amzn1.application-oa2-client.mobile', 'appId' => 'amzn1.application.shopapp'])['access_token'];

function attempt(callable $fn): string
{
    try {
        return json_encode($fn());
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
}

$c = legacy_client($s, ['client_id' => 'amzn1.application-oa2-client.shop']);
echo "profile: ", attempt(fn () => $c->getUserInfo($token)), "\n";
echo "url-encoded token: ", attempt(fn () => $c->getUserInfo(rawurlencode($token))['user_id']), "\n";
echo "other client's token: ", attempt(fn () => $c->getUserInfo($appToken)), "\n";
$byApp = legacy_client($s, ['client_id' => 'amzn1.application-oa2-client.shop', 'app_id' => 'amzn1.application.shopapp']);
echo "same app id: ", attempt(fn () => $byApp->getUserInfo($appToken)['name']), "\n";
echo "unknown token: ", attempt(fn () => $c->getUserInfo('Atza|forged')), "\n";
legacy_advance($s, ['advanceSeconds' => 3601]);
echo "expired token: ", attempt(fn () => $c->getUserInfo($token)), "\n";

/* the legacy portable test: region first, then the token */
echo "no region: ", attempt(fn () => legacy_client($s, ['region' => ''])->getUserInfo('Atza')), "\n";
echo "eu: ", attempt(fn () => legacy_client($s, ['region' => 'eu'])->getUserInfo('Atza')), "\n";
foreach ([null, '', '0', false] as $empty) {
    echo "token ", var_export($empty, true), ": ", attempt(fn () => legacy_client($s, ['region' => 'us'])->getUserInfo($empty)), "\n";
}
echo "header injection: ", attempt(fn () => $c->getUserInfo("Atza%0d%0aX-Evil:%201")), "\n";
$down = legacy_client($s, ['endpoint' => 'http://127.0.0.1:1']);
echo "unreachable: ", preg_replace('/of .*/', 'of ...', attempt(fn () => $down->getUserInfo($token))), "\n";
?>
--EXPECT--
profile: {"user_id":"amzn1.account.AMZPAYSANDBOXTESTBUYER0001","name":"Sandbox Test Buyer","email":"test.buyer@example.com","postal_code":"80807"}
url-encoded token: "amzn1.account.AMZPAYSANDBOXTESTBUYER0001"
other client's token: Exception: The Access Token belongs to neither your Client ID nor App ID
same app id: "Sandbox Test Buyer"
unknown token: Exception: The tokeninfo API call did not succeed
expired token: Exception: The tokeninfo API call did not succeed
no region: AmazonPay\Exception\ConfigurationException: config['region'] is a required parameter and is not set
eu: AmazonPay\Exception\ConfigurationException: eu is not a valid region
token NULL: InvalidArgumentException: Access Token is a required parameter and is not set
token '': InvalidArgumentException: Access Token is a required parameter and is not set
token '0': InvalidArgumentException: Access Token is a required parameter and is not set
token false: InvalidArgumentException: Access Token is a required parameter and is not set
header injection: InvalidArgumentException: The Access Token must not contain CR, LF or NUL characters
unreachable: AmazonPay\Exception\TransportException: Unable to post request, underlying exception of ...
