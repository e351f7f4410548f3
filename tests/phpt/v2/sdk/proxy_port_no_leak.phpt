--TEST--
Proxy config: an integer or string port builds the proxy address without leaking it (valgrind-checked), and the password is cleansed
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

for ($i = 0; $i < 50; $i++) {
    $c = amzpay_v2_client('http://127.0.0.1:9', ['proxy' => ['host' => '127.0.0.1', 'port' => 3128 + $i, 'username' => 'u', 'password' => "p$i"]]);
    $d = amzpay_v2_client('http://127.0.0.1:9', ['proxy' => ['127.0.0.1', (string)(3128 + $i)]]);
}
$h = new Amazon\Pay\API\HttpCurl(['host' => '127.0.0.1', 'port' => 3128, 'username' => 'u', 'password' => 'pw-secret']);
echo str_contains(print_r($h, true), 'pw-secret') ? "HttpCurl shows the password\n" : "HttpCurl masks the password\n";
$h2 = clone $h;
unset($h);
echo str_contains(print_r($h2, true), '3128') ? "a clone keeps the proxy\n" : "a clone lost the proxy\n";
echo "built 100 clients\n";
?>
--EXPECT--
HttpCurl masks the password
a clone keeps the proxy
built 100 clients
