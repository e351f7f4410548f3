--TEST--
IpnHandler: a signing certificate served without its intermediate (as SNS serves it) is completed from the leaf's caIssuers URL, from allowed hosts only
--EXTENSIONS--
amzpay
--INI--
amzpay.ipn_test_ca={PWD}/missing_intermediate.ca.pem
--FILE--
<?php
require __DIR__ . '/../inc/ipn.inc';

$pki = new IpnPki(__DIR__ . '/missing_intermediate.ca.pem');
$srv = new IpnCertServer("$pki->dir/www");
$pki->leaf('inter', 'amzpay test intermediate', 'ca', null, null, 'ca');
rename("$pki->dir/www/inter.pem", "$pki->dir/inter.crt");
/* AIA serves DER */
amzpay_run(['openssl', 'x509', '-in', "$pki->dir/inter.crt", '-outform', 'DER', '-out', "$pki->dir/www/inter.der"]);
$pki->leaf('leaf', 'sns.amazonaws.com', 'inter', null, null, 'leaf', "$srv->url/inter.der");
$pki->leaf('elsewhere', 'sns.amazonaws.com', 'inter', null, null, 'leaf', 'http://crt.evil.example/inter.der');
$pki->leaf('noaia', 'sns.amazonaws.com', 'inter');

$msg = json_encode(['NotificationType' => 'PaymentCapture', 'SellerId' => 'S', 'ReleaseEnvironment' => 'Live', 'NotificationReferenceId' => 'r',
    'NotificationData' => '<CaptureNotification><CaptureDetails><AmazonCaptureId>P01-1</AmazonCaptureId></CaptureDetails></CaptureNotification>']);
$try = function (string $name) use ($pki, $srv, $msg) {
    ipn_try($name, fn () => new AmazonPay\IpnHandler(IPN_HEADERS, json_encode(ipn_envelope($msg, "$srv->url/$name.pem", $pki->key($name)))));
};
$try('leaf');
$try('elsewhere');   /* not Amazon Trust Services: never fetched */
$try('noaia');
/* the completed chain is cached with the leaf: the intermediate is not fetched again */
unlink("$pki->dir/www/inter.der");
$try('leaf');
?>
--CLEAN--
<?php @unlink(__DIR__ . '/missing_intermediate.ca.pem'); ?>
--EXPECT--
leaf: accepted
elsewhere: AmazonPay\Exception\TlsException: Unable to verify certificate issued by Amazon - certificate chain: unable to get local issuer certificate
noaia: AmazonPay\Exception\TlsException: Unable to verify certificate issued by Amazon - certificate chain: unable to get local issuer certificate
leaf: accepted
