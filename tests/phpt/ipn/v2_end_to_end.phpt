--TEST--
End to end: the sandbox delivers v2 notifications to a php -S endpoint running the unchanged legacy IPN handler; async authorization, Live capture after 7 days and refund end Open, Completed, Completed in the legacy toArray(); redeliveries are flagged as duplicates
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../legacy/legacy.inc';

$s = new Sandbox();
$dir = sys_get_temp_dir() . '/amzpay-ipn-e2e-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/ca.pem", file_get_contents("$s->url/__sandbox/ipn/ca.pem"));
$log = "$dir/ipn.jsonl";
/* the shop and its IPN endpoint share one ledger: reference ids and notes come from it */
$ledger = "sqlite:$dir/ledger.db";
ini_set('amzpay.ledger', $ledger);
$root = realpath(__DIR__ . '/../../..');

/* the shop's IPN endpoint: php -S with the extension and the shop's php.ini lines */
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)explode(':', stream_socket_get_name($probe, false))[1];
fclose($probe);
$shop = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . realpath("$root/modules/amzpay.so"),
    '-d', "amzpay.ipn_test_ca=$dir/ca.pem", '-d', "amzpay.endpoint=$s->url", '-d', "amzpay.ledger=$ledger",
    '-d', 'amzpay.public_key_id=' . Sandbox::KEY_ID, '-d', 'amzpay.private_key=' . realpath(LEGACY_DEMO_KEY),
    '-S', "127.0.0.1:$port", "$root/examples/legacy-ipn-endpoint.php"],
    [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/shop.out", 'w'], 2 => ['file', "$dir/shop.err", 'w']],
    $pipes, null, ['IPN_LOG' => $log, 'PATH' => getenv('PATH')]);
register_shutdown_function(function () use ($shop, $dir) {
    proc_terminate($shop, 9);
    proc_close($shop);
    array_map('unlink', glob("$dir/*"));
    rmdir($dir);
});
for ($i = 0; $i < 200 && !@fsockopen('127.0.0.1', $port); $i++) {
    usleep(20000);
}
$s->post('/__sandbox/ipn', ['url' => "http://127.0.0.1:$port/ipn"]);
$s->post('/__sandbox/config', ['ipnDuplicates' => true]);

/** Waits until a logged notification of $type for $idKey=$id reaches $state; returns the log. */
function wait_for(string $log, string $type, string $payload, string $idKey, string $id, string $statusKey, string $state): array
{
    for ($i = 0; $i < 300; $i++) {
        $entries = is_file($log) ? array_map(fn ($l) => json_decode($l, true), file($log, FILE_IGNORE_NEW_LINES)) : [];
        foreach ($entries as $e) {
            $n = $e['notification'];
            if (($n['NotificationType'] ?? '') === $type && ($n[$payload][$idKey] ?? '') === $id
                && ($n[$payload][$statusKey]['State'] ?? '') === $state) {
                return $entries;
            }
        }
        usleep(50000);
    }
    echo "timed out waiting for $type $id $state\n";
    return $entries;
}

$client = legacy_client($s, ['sandbox' => false]);
$order = legacy_order($s, '100.00', ['releaseEnvironment' => 'Live', 'paymentMethod' => '0701']);

/* asynchronous authorization: Pending, then Open once Amazon decides */
$auth = $client->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '40.00',
    'authorization_reference_id' => 'a' . getmypid()])->toArray()['AuthorizeResult']['AuthorizationDetails'];
echo "authorize: ", $auth['AuthorizationStatus']['State'], "\n";
legacy_advance($s, ['advanceSeconds' => 60]);
$entries = wait_for($log, 'PaymentAuthorize', 'AuthorizationDetails', 'AmazonAuthorizationId', $auth['AmazonAuthorizationId'], 'AuthorizationStatus', 'Open');
echo "IPN PaymentAuthorize: Open\n";

/* Live: a capture more than 7 days after the authorization is Pending first */
legacy_advance($s, ['advanceDays' => 8]);
$cap = $client->capture(['amazon_authorization_id' => $auth['AmazonAuthorizationId'], 'capture_amount' => '40.00',
    'capture_reference_id' => 'c' . getmypid()])->toArray()['CaptureResult']['CaptureDetails'];
echo "capture: ", $cap['CaptureStatus']['State'], "\n";
legacy_advance($s, ['advanceSeconds' => 60]);
$entries = wait_for($log, 'PaymentCapture', 'CaptureDetails', 'AmazonCaptureId', $cap['AmazonCaptureId'], 'CaptureStatus', 'Completed');
echo "IPN PaymentCapture: Completed\n";

$ref = $client->refund(['amazon_capture_id' => $cap['AmazonCaptureId'], 'refund_amount' => '15.00',
    'refund_reference_id' => 'r' . getmypid()])->toArray()['RefundResult']['RefundDetails'];
echo "refund: ", $ref['RefundStatus']['State'], "\n";
legacy_advance($s, ['advanceSeconds' => 60]);
$entries = wait_for($log, 'PaymentRefund', 'RefundDetails', 'AmazonRefundId', $ref['AmazonRefundId'], 'RefundStatus', 'Completed');
echo "IPN PaymentRefund: Completed\n";
/* let the sandbox finish delivering (each notification twice), then read what the shop stored */
for ($i = 0; $i < 300; $i++) {
    $queue = $s->get('/__sandbox/ipn/queue')['queue'];
    $done = array_filter($queue, fn ($q) => $q['status'] === 'delivered' && $q['deliveries'] === 2);
    clearstatcache();
    if (count($done) === count($queue) && count(file($log)) === 2 * count($queue)) {
        break;
    }
    usleep(50000);
}
$entries = array_map(fn ($l) => json_decode($l, true), file($log, FILE_IGNORE_NEW_LINES));
echo "queue delivered twice each: ", var_export(count($done) === count($queue) && count($queue) >= 3, true), "\n";

/* every notification verified and in the legacy shape; each one arrived twice, the second flagged */
$errors = array_filter($entries, fn ($e) => isset($e['notification']['error']));
echo "errors: ", count($errors), "\n", implode("\n", array_map(fn ($e) => $e['notification']['error'], $errors));
$seen = [];
$shapes = [];
foreach ($entries as $e) {
    $n = $e['notification'];
    if (isset($n['error'])) {
        continue;
    }
    $shapes[$n['NotificationType']] = implode(',', array_keys($n));
    $first = !isset($seen[$n['MessageId']]);
    $seen[$n['MessageId']] = ($seen[$n['MessageId']] ?? 0) + 1;
    if ($e['duplicate'] === $first) {
        echo "duplicate flag wrong for ", $n['MessageId'], "\n";
    }
    if ($n['SellerId'] !== 'A2AMZPAYSANDBOX1' || $n['ReleaseEnvironment'] !== 'Live' || $n['Type'] !== 'Notification'
        || !str_starts_with($n['TopicArn'], 'arn:aws:sns:eu-west-1:') || $n['NotificationReferenceId'] === '') {
        echo "bad fields: ", json_encode($n), "\n";
    }
}
ksort($shapes);
print_r($shapes);
echo "all delivered twice: ", var_export(array_unique(array_values($seen)) === [2], true), "\n";
$last = [];
foreach ($entries as $e) {
    $last[$e['notification']['NotificationType'] ?? 'error'] = $e['notification'];
}
echo "final: ", $last['PaymentAuthorize']['AuthorizationDetails']['AuthorizationStatus']['State'], ' ',
    $last['PaymentCapture']['CaptureDetails']['CaptureStatus']['State'], ' ',
    $last['PaymentRefund']['RefundDetails']['RefundStatus']['State'], "\n";
echo "refund amount: ", $last['PaymentRefund']['RefundDetails']['RefundAmount']['Amount'], "\n";
/* the payloads hold every element of the genuine v1 notifications (when the legacy fixtures are present) */
foreach (['PaymentAuthorize' => ['AuthorizeNotification', 'AuthorizationDetails'], 'PaymentCapture' => ['CaptureNotification', 'CaptureDetails'],
          'PaymentRefund' => ['RefundNotification', 'RefundDetails']] as $type => [$fx, $payload]) {
    $file = LEGACY_FIXTURES . "/ipn-toArray/$fx.toArray.json";
    if (is_file($file)) {
        $missing = array_diff(array_keys(json_decode(file_get_contents($file), true)[$payload]), array_keys($last[$type][$payload]));
        if ($missing) {
            echo "$type lacks ", implode(', ', $missing), "\n";
        }
    }
}
?>
--EXPECT--
authorize: Pending
IPN PaymentAuthorize: Open
capture: Pending
IPN PaymentCapture: Completed
refund: Pending
IPN PaymentRefund: Completed
queue delivered twice each: true
errors: 0
Array
(
    [PaymentAuthorize] => NotificationReferenceId,NotificationType,SellerId,ReleaseEnvironment,AuthorizationDetails,Type,MessageId,TopicArn
    [PaymentCapture] => NotificationReferenceId,NotificationType,SellerId,ReleaseEnvironment,CaptureDetails,Type,MessageId,TopicArn
    [PaymentRefund] => NotificationReferenceId,NotificationType,SellerId,ReleaseEnvironment,RefundDetails,Type,MessageId,TopicArn
)
all delivered twice: true
final: Open Completed Completed
refund amount: 15.00
