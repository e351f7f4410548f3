--TEST--
Transport: with amzpay.persistent=1 three PHP requests served by one long-lived PHP process share one connection; with 0 they do not
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

$api = new TestServer();
$dir = sys_get_temp_dir() . '/amzpay-web-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/index.php", '<?php
require ' . var_export(__DIR__ . '/../inc/server.inc', true) . ';
echo amzpay_v2_client(' . var_export($api->url, true) . ')->getCharge("S01-1234567-1234567-C123456")["status"];
');
foreach (['1', '0'] as $persistent) {
    /* php -S serves every request in the same process, one PHP request after another, like an FPM worker */
    $proc = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . AMZPAY_SO, '-d', "amzpay.persistent=$persistent",
        '-S', '127.0.0.1:0', '-t', $dir], [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['pipe', 'w']], $pipes,
        null, []);
    $m = [];
    while (!$m && ($line = fgets($pipes[2])) !== false) {
        preg_match('/127\.0\.0\.1:(\d+)/', $line, $m);
    }
    $before = count($api->requests());
    $statuses = [];
    for ($i = 0; $i < 3; $i++) {
        $statuses[] = file_get_contents("http://127.0.0.1:$m[1]/index.php");
    }
    proc_terminate($proc, 9);
    proc_close($proc);
    $seen = array_slice($api->requests(), $before);
    printf("persistent=%s: statuses %s, %d requests on %d connection(s)\n", $persistent, implode(',', $statuses),
        count($seen), count(array_unique(array_column($seen, 'conn'))));
}
unlink("$dir/index.php");
rmdir($dir);
?>
--EXPECT--
persistent=1: statuses 200,200,200, 3 requests on 1 connection(s)
persistent=0: statuses 200,200,200, 3 requests on 3 connection(s)
