--TEST--
INI: with amzpay.public_key_id, amzpay.private_key and amzpay.algorithm in php.ini a client needs only the region
--EXTENSIONS--
amzpay
--INI--
amzpay.public_key_id=AGPTYXGL5VH6PSYLJUSHTKW6
amzpay.algorithm=AMZN-PAY-RSASSA-PSS-V2
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';
require __DIR__ . '/../inc/vectors.inc';

$server = new TestServer();
/* amzpay.private_key is PHP_INI_SYSTEM|PERDIR: a child process gets it on the command line, as php.ini would */
$code = '$c = new Amazon\Pay\API\Client(["region" => "de", "sandbox" => true, "endpoint" => ' . var_export($server->url, true) . ']);'
    . 'echo $c->getCharge("S01-1234567-1234567-C123456")["status"], " ", $c->__debugInfo()["algorithm"], "\n";';
echo amzpay_run([PHP_BINARY, '-n', '-d', 'extension=' . AMZPAY_SO, '-d', 'amzpay.public_key_id=AGPTYXGL5VH6PSYLJUSHTKW6',
    '-d', 'amzpay.algorithm=AMZN-PAY-RSASSA-PSS-V2', '-d', 'amzpay.private_key=' . realpath(__DIR__ . '/../../fixtures/vectors/test-key.pem'),
    '-r', $code])[1];
$auth = amzpay_header($server->requests()[0], 'authorization');
echo str_starts_with($auth, 'AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=AGPTYXGL5VH6PSYLJUSHTKW6,') ? "signed with the INI key id\n" : "$auth\n";
?>
--EXPECT--
200 AMZN-PAY-RSASSA-PSS-V2
signed with the INI key id
