<?php
/*
 * IPN verification cost: one signed SNS notification verified N times through AmazonPay\IpnHandler
 * (certificate from the per-process cache after the first, chain against the system store plus the
 * test CA, signature), with a throwaway PKI and a loopback certificate server. Run by bench/ipn.sh.
 *
 *   php -n -d extension=modules/amzpay.so -d amzpay.ipn_test_ca=CA.pem bench/ipn_verify.php CA.pem N
 * prints ipn_us_per_notification=<float>.
 */
require __DIR__ . '/../tests/phpt/inc/ipn.inc';

[, $caFile, $n] = $argv + [null, null, '200'];
$pki = new IpnPki($caFile);
$srv = new IpnCertServer("$pki->dir/www");
$pki->leaf('leaf');
$msg = json_encode(['NotificationType' => 'PaymentCapture', 'SellerId' => 'S', 'ReleaseEnvironment' => 'Live',
    'NotificationReferenceId' => 'r', 'NotificationData' => '<CaptureNotification><CaptureDetails>'
    . '<AmazonCaptureId>P01-1</AmazonCaptureId></CaptureDetails></CaptureNotification>']);
$body = json_encode(ipn_envelope($msg, "$srv->url/leaf.pem", $pki->key('leaf')));
new AmazonPay\IpnHandler(IPN_HEADERS, $body); /* fetches and caches the certificate */
$t = hrtime(true);
for ($i = 0; $i < (int)$n; $i++) {
    new AmazonPay\IpnHandler(IPN_HEADERS, $body);
}
printf("ipn_us_per_notification=%.1f\n", (hrtime(true) - $t) / 1e3 / (int)$n);
