--TEST--
phpinfo() of amzpay names the version, the build's thread safety (ZTS/NTS) and the libraries it runs on
--EXTENSIONS--
amzpay
--FILE--
<?php
ob_start();
(new ReflectionExtension('amzpay'))->info();
$info = ob_get_clean();

$row = function (string $name) use ($info): ?string {
    return preg_match('/^' . preg_quote($name, '/') . ' => (.*)$/m', $info, $m) ? $m[1] : null;
};
var_dump($row('Version') === phpversion('amzpay'));
var_dump($row('Thread safety') === (PHP_ZTS ? 'ZTS (thread-safe build)' : 'NTS'));
foreach (['libcurl (runtime)', 'OpenSSL (runtime)', 'cJSON', 'libxml2'] as $lib) {
    echo $lib, ': ', $row($lib) !== null && $row($lib) !== '' ? 'shown' : 'missing', "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
libcurl (runtime): shown
OpenSSL (runtime): shown
cJSON: shown
libxml2: shown
