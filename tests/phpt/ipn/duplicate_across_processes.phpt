--TEST--
IpnHandler::isDuplicate() with a ledger: a redelivery that reaches another process (another php-fpm worker, a restarted server) is recognised, on SQLite and on MariaDB; without a ledger each process only knows its own
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/ipn.inc';
require __DIR__ . '/../inc/ledger.inc';

$pki = new IpnPki(__DIR__ . '/duplicate_across_processes.ca.pem');
$pki->leaf('good');
$srv = new IpnCertServer("$pki->dir/www");
$msg = json_encode(['NotificationType' => 'PaymentCapture', 'SellerId' => 'A2K7NDRCTOTPW9', 'ReleaseEnvironment' => 'Sandbox',
    'NotificationReferenceId' => 'ref-7', 'NotificationData' => '<CaptureNotification><CaptureDetails><AmazonCaptureId>P01-C</AmazonCaptureId></CaptureDetails></CaptureNotification>']);
$body = "$pki->dir/notification.json";
file_put_contents($body, json_encode(ipn_envelope($msg, "$srv->url/good.pem", $pki->key('good'))));

/* one IPN endpoint process: verifies the delivery and prints isDuplicate() */
function deliver(string $body, string $ca, ?array $ledger): string
{
    $code = '$h = new AmazonPay\IpnHandler(["x-amz-sns-message-type" => "Notification"], file_get_contents($argv[1]));'
        . 'echo var_export($h->isDuplicate(), true);';
    $ini = ['-d', "amzpay.ipn_test_ca=$ca"];
    if ($ledger) {
        array_push($ini, '-d', "amzpay.ledger={$ledger['dsn']}", '-d', "amzpay.ledger_password={$ledger['password']}");
    }
    $cmd = array_merge([PHP_BINARY, '-n', '-d', 'extension=' . realpath(__DIR__ . '/../../../modules/amzpay.so')], $ini,
        ['-r', $code, $body]);
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    return trim($out) . (trim($err) !== '' ? ' (stderr: ' . trim($err) . ')' : '');
}

$ca = __DIR__ . '/duplicate_across_processes.ca.pem';
foreach (LedgerBackends::all() as $name => $ledger) {
    echo "$name: first delivery ", deliver($body, $ca, $ledger), ", redelivery in another process ",
        deliver($body, $ca, $ledger), "\n";
}
echo "no ledger: ", deliver($body, $ca, null), ", ", deliver($body, $ca, null), "\n";
$broken = ['dsn' => "sqlite:$pki->dir/missing-dir/ledger.db", 'password' => ''];
$r = deliver($body, $ca, $broken);
echo "unusable ledger: ", substr($r, 0, 5), str_contains($r, 'ledger not used for IpnHandler::isDuplicate()') ? ", one warning" : " $r", "\n";
?>
--CLEAN--
<?php @unlink(__DIR__ . '/duplicate_across_processes.ca.pem'); ?>
--EXPECT--
sqlite: first delivery false, redelivery in another process true
mysql: first delivery false, redelivery in another process true
no ledger: false, false
unusable ledger: false, one warning
