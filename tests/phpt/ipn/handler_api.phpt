--TEST--
IpnHandler API: legacy __get/__set messages, setLogger() lines, verifySignatureIsCorrectFromCertificate(), isDuplicate() on a redelivery, no proxy password in var_dump()
--EXTENSIONS--
amzpay
--INI--
amzpay.ipn_test_ca={PWD}/handler_api.ca.pem
--FILE--
<?php
require __DIR__ . '/../inc/ipn.inc';

$pki = new IpnPki(__DIR__ . '/handler_api.ca.pem');
$pki->leaf('good');
$srv = new IpnCertServer("$pki->dir/www");
$msg = json_encode(['NotificationType' => 'PaymentRefund', 'SellerId' => 'A2K7NDRCTOTPW9', 'ReleaseEnvironment' => 'Live',
    'NotificationReferenceId' => 'ref-2', 'NotificationData' => '<RefundNotification><RefundDetails><AmazonRefundId>P01-R</AmazonRefundId><SellerRefundNote>buyer data</SellerRefundNote></RefundDetails></RefundNotification>']);
$env = ipn_envelope($msg, "$srv->url/good.pem", $pki->key('good'));

$h = new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($env), ['proxy_username' => 'u', 'proxy_password' => 'hunter2']);
var_dump($h->isDuplicate());
var_dump($h->cabundle_file, $h->proxy_port, $h->PROXY_USERNAME);
ipn_try('__get unknown', fn () => $h->nope);
ipn_try('__set unknown', function () use ($h) { $h->nope = 1; });
$h->proxy_host = 'proxy.invalid';
var_dump($h->proxy_host);
var_dump(str_contains(print_r($h, true), 'hunter2'), str_contains(var_export((array)$h, true), 'hunter2'));

var_dump($h->verifySignatureIsCorrectFromCertificate(base64_decode($env['Signature'])));
var_dump($h->verifySignatureIsCorrectFromCertificate('forged'));

$log = new class {
    public array $lines = [];
    public function debug($m) { $this->lines[] = $m; }
};
$h->setLogger($log);
echo $h->toArray()['RefundDetails']['AmazonRefundId'], "\n";
print_r($log->lines);

/* SNS redelivers the same MessageId: the second handler in this process says so */
$again = new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($env));
var_dump($again->isDuplicate(), $h->isDuplicate());
$other = new AmazonPay\IpnHandler(IPN_HEADERS, json_encode(ipn_envelope($msg, "$srv->url/good.pem", $pki->key('good'))));
var_dump($other->isDuplicate());

/* the certificate is fetched once per URL per process: stop the server and verify again */
$srv->stop();
$third = new AmazonPay\IpnHandler(IPN_HEADERS, json_encode(ipn_envelope($msg, $env['SigningCertURL'], $pki->key('good'))));
echo "cached certificate used\n";
ipn_try('4th argument not a Client', fn () => new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($env), null, new stdClass));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/handler_api.ca.pem'); ?>
--EXPECT--
bool(false)
NULL
int(-1)
string(1) "u"
__get unknown: Exception: Key nope was not found in the configuration
__set unknown: Exception: Key nope is not part of the configuration
string(13) "proxy.invalid"
bool(false)
bool(false)
bool(true)
bool(false)
P01-R
Array
(
    [0] => IPN received for merchant account: A2K7NDRCTOTPW9
)
bool(true)
bool(false)
bool(false)
cached certificate used
4th argument not a Client: TypeError: AmazonPay\IpnHandler::__construct(): Argument #4 ($client) must be of type ?AmazonPay\Client, stdClass given
