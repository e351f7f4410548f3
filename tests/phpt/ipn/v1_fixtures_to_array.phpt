--TEST--
IpnHandler: the 17 legacy v1 notifications (XML NotificationData), re-signed by a test SNS certificate, give exactly the legacy toArray()
--EXTENSIONS--
amzpay
--SKIPIF--
<?php
if (!is_dir(__DIR__ . '/../../../../shared/legacy-fixtures/ipn')) die('skip legacy fixtures not present');
?>
--INI--
amzpay.ipn_test_ca={PWD}/v1_fixtures_to_array.ca.pem
--FILE--
<?php
require __DIR__ . '/../inc/ipn.inc';

$fixtures = __DIR__ . '/../../../../shared/legacy-fixtures';
$pki = new IpnPki(__DIR__ . '/v1_fixtures_to_array.ca.pem');
$pki->leaf('sns-leaf');
$srv = new IpnCertServer("$pki->dir/www");
$url = "$srv->url/SimpleNotificationService-test.pem";
copy("$pki->dir/www/sns-leaf.pem", "$pki->dir/www/SimpleNotificationService-test.pem");

$ok = 0;
$n = 0;
foreach (glob("$fixtures/ipn/*.json") as $i => $file) {
    $name = basename($file, '.json');
    $orig = json_decode(file_get_contents($file), true);
    $version = $i % 2 ? '1' : '2';
    $env = ipn_envelope($orig['Message'], $url, $pki->key('sns-leaf'), $version,
        ['MessageId' => $orig['MessageId'], 'TopicArn' => $orig['TopicArn'], 'Timestamp' => $orig['Timestamp']]);
    $h = new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($env));
    $want = json_decode(file_get_contents("$fixtures/ipn-toArray/$name.toArray.json"), true);
    $got = $h->toArray();
    $n++;
    if ($got === $want && json_decode($h->toJson(), true) === $want
        && $h->returnMessage() === json_decode($orig['Message'], true)) {
        $ok++;
    } else {
        echo "$name differs\n";
        var_dump($got);
    }
}
echo "$ok of $n match\n";

/* the legacy toJson() keeps empty elements as {} (json_encode of a SimpleXMLElement) */
$cap = json_decode(file_get_contents("$fixtures/ipn/CaptureNotification.json"), true);
$h = new PayWithAmazon\IpnHandler(IPN_HEADERS, json_encode(ipn_envelope($cap['Message'], $url, $pki->key('sns-leaf'))));
var_dump(str_contains($h->toJson(), '"IdList":{}'), $h instanceof AmazonPay\IpnHandlerInterface);
echo $h->toArray()['CaptureDetails']['CaptureStatus']['State'], "\n";
?>
--CLEAN--
<?php @unlink(__DIR__ . '/v1_fixtures_to_array.ca.pem'); ?>
--EXPECT--
17 of 17 match
bool(true)
bool(true)
Completed
