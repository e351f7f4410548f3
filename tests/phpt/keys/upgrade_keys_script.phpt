--TEST--
scripts/amzpay-upgrade-keys: MWS keys in, php.ini lines out (secret from the environment, never printed); the unchanged legacy example captures with them
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../legacy/legacy.inc';

$s = new Sandbox();
$secret = 'kQ9/secretEXAMPLEkey+for/the/upgrade';
$s->post('/__sandbox/mwsKeys', ['merchantId' => 'A2SHOPMERCHANT', 'accessKey' => 'AKIASHOPEXAMPLE', 'secretKey' => $secret]);
$dir = sys_get_temp_dir() . '/amzpay-keys-script-' . getmypid();
@mkdir($dir);
$root = realpath(__DIR__ . '/../../..');
$so = realpath("$root/modules/amzpay.so");

$run = function (array $args, array $env) use ($so, $root) {
    $p = proc_open(array_merge([PHP_BINARY, '-n', '-d', "extension=$so", "$root/scripts/amzpay-upgrade-keys"], $args),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env + ['PATH' => getenv('PATH')]);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    return [proc_close($p), $out, $err];
};
$args = ['--merchant-id', 'A2SHOPMERCHANT', '--access-key', 'AKIASHOPEXAMPLE', '--region', 'de', '--out', "$dir/key.pem", '--endpoint', $s->url];
[$rc, $out, $err] = $run($args, ['AMZPAY_MWS_SECRET_KEY' => $secret]);
echo "exit $rc\n";
echo preg_replace(['/AMZPAYUPGRADED[0-9A-F]+/', '#"/[^"]+key\.pem"#'], ['<id>', '"<path>"'], $out);
echo str_replace("$dir/key.pem", '<path>', $err);
var_dump(str_contains($out . $err, $secret));
printf("mode %o\n", fileperms("$dir/key.pem") & 0777);

/* the printed lines, as php.ini settings, for the unchanged legacy example */
preg_match_all('/^(amzpay\.[a-z_]+) = "([^"]+)"$/m', $out, $m, PREG_SET_ORDER);
$ini = [];
foreach ($m as [, $k, $v]) {
    array_push($ini, '-d', "$k=$v");
}
$order = $s->order('100.00', 'EUR', ['chargePermissionId' => sprintf('S02-%07d-%07d', getmypid() % 9999999, 4242)]);
$p = proc_open(array_merge([PHP_BINARY, '-n', '-d', "extension=$so", '-d', "amzpay.endpoint=$s->url"], $ini, ["$root/examples/legacy-capture.php"]),
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['CHARGE_PERMISSION_ID' => $order, 'PATH' => getenv('PATH')]);
echo preg_replace(['/ +/', '/S02-\d{7}-\d{7}-C\d+/'], [' ', '<capture id>'], stream_get_contents($pipes[1])), stream_get_contents($pipes[2]);
proc_close($p);

/* run again: refuses to overwrite the key */
[$rc, $out, $err] = $run($args, ['AMZPAY_MWS_SECRET_KEY' => $secret]);
echo "exit $rc: ", str_replace("$dir/key.pem", '<path>', $err);
/* the secret from standard input when the variable is unset; a wrong one is refused */
$p = proc_open(array_merge([PHP_BINARY, '-n', '-d', "extension=$so", "$root/scripts/amzpay-upgrade-keys"],
    ['--merchant-id', 'A2SHOPMERCHANT', '--access-key', 'AKIASHOPEXAMPLE', '--region', 'de', '--out', "$dir/k2.pem", '--endpoint', $s->url]),
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
fwrite($pipes[0], "wrong-secret\n");
fclose($pipes[0]);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
echo 'exit ', proc_close($p), "\n";
var_dump(file_exists("$dir/k2.pem"));
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
exit 0
amzpay.public_key_id = "<id>"
amzpay.private_key = "<path>"
private key written to <path> (mode 0600); add to php.ini:
bool(false)
mode 600
authorize success=true Open
capture success=true Completed
AmazonCaptureId <capture id>
refund success=true Pending
getRefundDetails success=true Pending
getCaptureDetails success=true Completed
exit 1: amzpay-upgrade-keys: <path> exists: refusing to overwrite a private key
amzpay-upgrade-keys: GetPublicKeyId failed: HTTP 403 InvalidRequestSignature The MWS signature does not match.
exit 1
bool(false)
