--TEST--
INI: validated settings refuse bad values; amzpay.public_key_id/private_key/endpoint make a config-less client work
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/server.inc';

foreach ([['amzpay.algorithm', 'MD5'], ['amzpay.algorithm', 'AMZN-PAY-RSASSA-PSS-V2'], ['amzpay.endpoint', 'http://example.com'],
          ['amzpay.endpoint', 'https://example.com'], ['amzpay.timeout_ms', '0'], ['amzpay.timeout_ms', '2500'],
          ['amzpay.max_retries', '-1'], ['amzpay.max_retries', '5'], ['amzpay.connect_timeout_ms', 'abc']] as [$k, $v]) {
    $old = @ini_set($k, $v);
    printf("%s=%s: %s (now %s)\n", $k, $v, $old === false ? 'refused' : 'accepted', ini_get($k));
}
ini_restore('amzpay.endpoint');
echo 'private_key settable at runtime: ', var_export(@ini_set('amzpay.private_key', '/tmp/x') !== false, true), "\n";
?>
--EXPECT--
amzpay.algorithm=MD5: refused (now )
amzpay.algorithm=AMZN-PAY-RSASSA-PSS-V2: accepted (now AMZN-PAY-RSASSA-PSS-V2)
amzpay.endpoint=http://example.com: refused (now )
amzpay.endpoint=https://example.com: accepted (now https://example.com)
amzpay.timeout_ms=0: refused (now 30000)
amzpay.timeout_ms=2500: accepted (now 2500)
amzpay.max_retries=-1: refused (now 3)
amzpay.max_retries=5: accepted (now 5)
amzpay.connect_timeout_ms=abc: refused (now 5000)
private_key settable at runtime: false
