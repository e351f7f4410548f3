--TEST--
IpnHandler: the trust store loaded for one notification serves the next ones, and a replaced CA file is read again at once (the old CA is no longer trusted, the new one is)
--EXTENSIONS--
amzpay
--INI--
amzpay.ipn_test_ca={PWD}/trust_store_follows_ca_file.ca.pem
--FILE--
<?php
require __DIR__ . '/../inc/ipn.inc';

$caFile = __DIR__ . '/trust_store_follows_ca_file.ca.pem';
$msg = json_encode(['NotificationType' => 'PaymentCapture', 'SellerId' => 'S', 'ReleaseEnvironment' => 'Live', 'NotificationReferenceId' => 'r',
    'NotificationData' => '<CaptureNotification><CaptureDetails><AmazonCaptureId>P01-1</AmazonCaptureId></CaptureDetails></CaptureNotification>']);
$try = function (string $label, IpnPki $pki, IpnCertServer $srv) use ($msg) {
    ipn_try($label, fn () => new AmazonPay\IpnHandler(IPN_HEADERS, json_encode(ipn_envelope($msg, "$srv->url/leaf.pem", $pki->key('leaf')))));
};

$a = new IpnPki($caFile);
$srvA = new IpnCertServer("$a->dir/www");
$a->leaf('leaf');
$try('CA A in the file, leaf of A', $a, $srvA);
$try('CA A in the file, leaf of A again', $a, $srvA);

/* the file now holds another CA (a rotated test CA, an updated bundle) */
$b = new IpnPki($caFile);
$srvB = new IpnCertServer("$b->dir/www");
$b->leaf('leaf');
$try('CA B in the file, leaf of B', $b, $srvB);
$try('CA B in the file, leaf of A', $a, $srvA);

/* the file is gone: nothing is trusted from a stale copy */
unlink($caFile);
$try('no CA file, leaf of B', $b, $srvB);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/trust_store_follows_ca_file.ca.pem'); ?>
--EXPECT--
CA A in the file, leaf of A: accepted
CA A in the file, leaf of A again: accepted
CA B in the file, leaf of B: accepted
CA B in the file, leaf of A: AmazonPay\Exception\TlsException: Unable to verify certificate issued by Amazon - certificate chain: unable to get local issuer certificate
no CA file, leaf of B: AmazonPay\Exception\ConfigurationException: Unable to verify certificate issued by Amazon - the CA bundle cannot be read
