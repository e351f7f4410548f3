--TEST--
IpnHandler on sandbox v2 notifications: verified against the sandbox's test CA, answered in the legacy shape through a passed AmazonPay\Client or php.ini credentials; forged, unreadable and unsupported v2 notifications throw
--EXTENSIONS--
amzpay
--INI--
amzpay.ipn_test_ca={PWD}/v2_in_process.ca.pem
amzpay.private_key={PWD}/../../../sandbox/keys/demo-private.pem
--FILE--
<?php
require __DIR__ . '/../legacy/legacy.inc';
require __DIR__ . '/../inc/ipn.inc';

$s = new Sandbox();
/* one CA file: the sandbox's CA and a CA of this test (for a notification the sandbox never sends) */
$pki = new IpnPki(__DIR__ . '/v2_in_process.ca.pem');
$pki->leaf('leaf');
file_put_contents(__DIR__ . '/v2_in_process.ca.pem', file_get_contents("$s->url/__sandbox/ipn/ca.pem"), FILE_APPEND);
$srv = new IpnCertServer("$pki->dir/www");

/* the sandbox notifies the changes the API answers already report too (Captured, Closed) */
$s->post('/__sandbox/config', ['ipnOnSynchronousChanges' => true]);
$s->post('/__sandbox/ipn', ['url' => "$s->url/__sandbox/ipn/inbox"]);
$client = legacy_client($s);
$order = legacy_order($s);
$auth = $client->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '10.00',
    'authorization_reference_id' => 'a' . getmypid(), 'transaction_timeout' => 0, 'capture_now' => true])->toArray();
$client->closeOrderReference(['amazon_order_reference_id' => $order]);
for ($i = 0; $i < 200; $i++) {
    $inbox = $s->get('/__sandbox/ipn/inbox')['notifications'];
    $types = array_count_values(array_map(fn ($n) => $n['message']['ObjectType'], $inbox));
    if (($types['CHARGE'] ?? 0) >= 1 && ($types['CHARGE_PERMISSION'] ?? 0) >= 1) {
        break;
    }
    usleep(50000);
}
$charge = array_values(array_filter($inbox, fn ($n) => $n['message']['ObjectType'] === 'CHARGE'))[0];
$body = json_encode($charge['envelope']);

$h = new AmazonPay\IpnHandler(IPN_HEADERS, $body, null, $client);
$a = $h->toArray();
echo $a['NotificationType'], ' ', $a['CaptureDetails']['CaptureStatus']['State'], ' ', $a['ReleaseEnvironment'], "\n";
var_dump($a['CaptureDetails']['AmazonCaptureId'] === $charge['message']['ObjectId'], $a['NotificationReferenceId'] === $charge['message']['NotificationId']);
var_dump($h->returnMessage()['NotificationVersion'], json_decode($h->toJson(), true) === $a);

/* without a client: php.ini credentials, region from the SNS topic */
ini_set('amzpay.endpoint', $s->url);
ini_set('amzpay.public_key_id', Sandbox::KEY_ID);
$h = new AmazonPay\IpnHandler(IPN_HEADERS, $body);
echo $h->toArray()['CaptureDetails']['CaptureStatus']['State'], "\n";
var_dump($h->isDuplicate());

/* the permission's notification: the v1 OrderReference fields only */
$cp = array_values(array_filter($inbox, fn ($n) => $n['message']['ObjectType'] === 'CHARGE_PERMISSION'));
$o = (new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($cp[0]['envelope']), null, $client))->toArray();
$v1 = ['AmazonOrderReferenceId', 'OrderTotal', 'SellerOrderAttributes', 'OrderReferenceStatus', 'CreationTimestamp', 'ExpirationTimestamp'];
$keys = array_keys($o['OrderReference']);
echo $o['NotificationType'], ': v1 fields in v1 order only: ', var_export(array_values(array_intersect($v1, $keys)) === $keys, true),
    ', ', $o['OrderReference']['AmazonOrderReferenceId'] === $order ? 'same order' : 'other order',
    ', ', $o['OrderReference']['OrderReferenceStatus']['State'], ', SellerOrderAttributes ', var_export($o['OrderReference']['SellerOrderAttributes'], true), "\n";

/* forged: another object id under the sandbox's signature */
$forged = $charge['envelope'];
$id = $charge['message']['ObjectId'];
$forged['Message'] = str_replace($id, substr($id, 0, -1) . (substr($id, -1) === '9' ? '8' : '9'), $forged['Message']);
try {
    new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($forged));
    echo "forged ObjectId: accepted\n";
} catch (Exception $e) {
    echo 'forged ObjectId: ', get_class($e), ': ', substr($e->getMessage(), 0, 44), "\n";
}

/* verified, but the object cannot be read / has no legacy shape */
$msg = fn (string $type, string $id) => json_encode(['MerchantID' => 'A2AMZPAYSANDBOX1', 'ObjectType' => $type, 'ObjectId' => $id,
    'ChargePermissionId' => $order, 'NotificationType' => 'STATE_CHANGE', 'NotificationId' => 'n-' . $type, 'NotificationVersion' => 'V2']);
$env = fn (string $m) => json_encode(ipn_envelope($m, "$srv->url/leaf.pem", $pki->key('leaf'), '2', ['TopicArn' => 'arn:aws:sns:eu-west-1:0:t']));
ipn_try('CHARGEBACK', fn () => (new AmazonPay\IpnHandler(IPN_HEADERS, $env($msg('CHARGEBACK', 'S02-1111111-2222222-B000001')), null, $client))->toArray());
ipn_try('unknown refund', fn () => (new AmazonPay\IpnHandler(IPN_HEADERS, $env($msg('REFUND', 'S02-1111111-2222222-R000001')), null, $client))->toArray());
ipn_try('no credentials', function () use ($env, $msg) {
    ini_set('amzpay.public_key_id', '');
    (new AmazonPay\IpnHandler(IPN_HEADERS, $env($msg('REFUND', 'S02-1111111-2222222-R000001'))))->toArray();
});
ipn_try('neither v1 nor v2', fn () => (new AmazonPay\IpnHandler(IPN_HEADERS, $env('{"NotificationType":"PaymentCapture"}')))->toArray());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/v2_in_process.ca.pem'); ?>
--EXPECT--
PaymentCapture Completed Sandbox
bool(true)
bool(true)
string(2) "V2"
bool(true)
Completed
bool(true)
OrderReferenceNotification: v1 fields in v1 order only: true, same order, Closed, SellerOrderAttributes array (
)
forged ObjectId: AmazonPay\Exception\TlsException: Unable to match signature from remote server
CHARGEBACK: AmazonPay\Exception\ResponseException: v2 CHARGEBACK notifications have no legacy shape: use returnMessage() and read the object with the v2 API
unknown refund: AmazonPay\Exception\ResponseException: Unable to read REFUND S02-1111111-2222222-R000001 for the legacy notification: HTTP 404 InvalidRefundId: The requested Refund was not found.
no credentials: AmazonPay\Exception\ConfigurationException: public_key_id is a required parameter and is not set
neither v1 nor v2: AmazonPay\Exception\ResponseException: Error with IPN message - NotificationData cannot be found
