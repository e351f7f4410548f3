--TEST--
IpnHandler refuses every forged or broken notification with the legacy message (or a clear new one): header, JSON, fields, tampering, cert URL, chain, dates, subject, signature version, size
--EXTENSIONS--
amzpay
--INI--
amzpay.ipn_test_ca={PWD}/verification_failures.ca.pem
--FILE--
<?php
require __DIR__ . '/../inc/ipn.inc';

$pki = new IpnPki(__DIR__ . '/verification_failures.ca.pem');
$pki->leaf('good');
$pki->leaf('expired', 'sns.amazonaws.com', 'ca', '200101000000Z', '200201000000Z');
$pki->leaf('future', 'sns.amazonaws.com', 'ca', '400101000000Z', '400201000000Z');
$pki->leaf('subject', 'sns.evil.example');
$pki->ca('rogue', 'amzpay test CA');          /* same name as the trusted CA, another key */
$pki->leaf('untrusted', 'sns.amazonaws.com', 'rogue');
$pki->leaf('notca', 'not a CA');               /* an end-entity certificate ... */
copy("$pki->dir/notca.key", "$pki->dir/notca_issuer.key");
rename("$pki->dir/www/notca.pem", "$pki->dir/notca_issuer.crt");
$pki->leaf('wrongly', 'sns.amazonaws.com', 'notca_issuer'); /* ... that issued a certificate */
file_put_contents("$pki->dir/www/wrongly.pem", file_get_contents("$pki->dir/www/wrongly.pem") . file_get_contents("$pki->dir/notca_issuer.crt"));
$pki->leaf('inter', 'amzpay test intermediate', 'ca', null, null, 'ca');
rename("$pki->dir/www/inter.pem", "$pki->dir/inter.crt");
copy("$pki->dir/inter.key", "$pki->dir/inter.key");
$pki->leaf('chained', 'sns.amazonaws.com', 'inter');
file_put_contents("$pki->dir/www/chained.pem", file_get_contents("$pki->dir/www/chained.pem") . file_get_contents("$pki->dir/inter.crt"));
file_put_contents("$pki->dir/www/garbage.pem", "not a certificate\n");
file_put_contents("$pki->dir/www/huge.pem", file_get_contents("$pki->dir/www/good.pem") . str_repeat("#", 70000));
$srv = new IpnCertServer("$pki->dir/www");

$msg = json_encode(['NotificationType' => 'PaymentCapture', 'SellerId' => 'A2K7NDRCTOTPW9', 'ReleaseEnvironment' => 'Sandbox',
    'NotificationReferenceId' => 'ref-1', 'NotificationData' => '<CaptureNotification><CaptureDetails><AmazonCaptureId>P01-1</AmazonCaptureId></CaptureDetails></CaptureNotification>']);
$good = fn (string $v = '2', array $extra = []) => ipn_envelope($msg, "$srv->url/good.pem", $pki->key('good'), $v, $extra);
$with = fn (string $cert, string $v = '2') => ipn_envelope($msg, "$srv->url/$cert.pem", $pki->key($cert), $v);
$new = fn (array $env, array $h = IPN_HEADERS) => new AmazonPay\IpnHandler($h, json_encode($env));

ipn_try('valid SignatureVersion 2', fn () => $new($good('2')));
ipn_try('valid SignatureVersion 1', fn () => $new($good('1')));
ipn_try('valid via an intermediate', fn () => $new($with('chained')));
$noversion = $good('1');
unset($noversion['SignatureVersion']);
ipn_try('no SignatureVersion (legacy: SHA1)', fn () => $new($noversion));
ipn_try('old Timestamp (a redelivery)', fn () => $new($good('2', ['Timestamp' => '2001-01-01T00:00:00.000Z'])));

echo "-- header and body\n";
ipn_try('no header', fn () => $new($good(), ['Content-Type' => 'text/plain']));
ipn_try('wrong header', fn () => $new($good(), ['x-amz-sns-message-type' => 'SubscriptionConfirmation']));
ipn_try('invalid JSON', fn () => new AmazonPay\IpnHandler(IPN_HEADERS, '{"Type": "Notification",'));
ipn_try('JSON list', fn () => new AmazonPay\IpnHandler(IPN_HEADERS, '[1, 2]'));
ipn_try('oversized body', fn () => new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($good() + ['Pad' => str_repeat('x', 600000)])));

echo "-- fields\n";
foreach (['Type', 'Message', 'MessageId', 'Timestamp', 'TopicArn', 'Signature', 'SigningCertURL'] as $f) {
    $env = $good();
    unset($env[$f]);
    ipn_try("missing $f", fn () => $new($env));
}
ipn_try('Type SubscriptionConfirmation', fn () => $new($good('2', ['Type' => 'SubscriptionConfirmation'])));
ipn_try('Message not a string', fn () => $new(['Message' => ['a' => 1]] + $good()));

echo "-- tampering (the signature no longer matches)\n";
$short = function (string $label, callable $fn) {
    try {
        $fn();
        echo "$label: accepted\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', substr($e->getMessage(), 0, 80), '...', "\n";
        echo '    quotes the certificate and the signature: ',
            var_export(str_contains($e->getMessage(), '-----BEGIN CERTIFICATE-----') && str_contains($e->getMessage(), ' , SignatureOf '), true), "\n";
    }
};
foreach (['Message' => str_replace('P01-1', 'P01-2', $msg), 'MessageId' => 'other', 'Timestamp' => '2015-08-28T17:47:29.281Z',
          'TopicArn' => 'arn:aws:sns:us-east-1:1:other', 'Subject' => 'added'] as $f => $v) {
    $env = $good();
    $env[$f] = $v;
    $short("tampered $f", fn () => $new($env));
}
$env = $good();
$env['Signature'] = strrev($env['Signature']);
$short('tampered Signature', fn () => $new($env));
$env = $good('2');
$env['SignatureVersion'] = '1';
$short('SHA256 signature claimed as version 1', fn () => $new($env));
ipn_try('unknown SignatureVersion 3', fn () => $new($good('2', ['SignatureVersion' => '3'])));

echo "-- certificate URL\n";
foreach (['https://sns.us-east-1.amazonaws.com.evil.example/x.pem', 'https://evil.example/sns.us-east-1.amazonaws.com.pem',
          'https://sns.amazonaws.com/x.pem', 'https://sns.us-east-1.amazonaws.com/x.pem.txt', 'http://sns.us-east-1.amazonaws.com/x.pem',
          'ftp://127.0.0.1/x.pem', 'https://sns.us-east-1.amazonaws.com:443@evil.example/x.pem',
          'https:/@sns.us-east-1.amazonaws.com/x.pem', 'https://amazon@sns.us-east-1.amazonaws.com/x.pem'] as $u) {
    ipn_try($u, fn () => $new(ipn_envelope($msg, $u, $pki->key('good'))));
}
ob_start();
ipn_try('certificate missing (404)', fn () => $new(ipn_envelope($msg, "$srv->url/nothing.pem", $pki->key('good'))));
echo str_replace($srv->url, 'http://127.0.0.1:PORT', ob_get_clean());
ipn_try('not a certificate', fn () => $new(ipn_envelope($msg, "$srv->url/garbage.pem", $pki->key('good'))));
ipn_try('certificate file over 64 KiB', fn () => $new(ipn_envelope($msg, "$srv->url/huge.pem", $pki->key('good'))));

echo "-- certificate\n";
ipn_try('expired', fn () => $new($with('expired')));
ipn_try('not yet valid', fn () => $new($with('future')));
ipn_try('untrusted chain', fn () => $new($with('untrusted')));
ipn_try('issued by a non-CA', fn () => $new($with('wrongly')));
ipn_try('wrong subject', fn () => $new($with('subject')));
$short('signed with another key', fn () => $new(ipn_envelope($msg, "$srv->url/good.pem", $pki->key('subject'))));

echo "-- constructor config cannot switch a check off\n";
ipn_try('unknown key', fn () => new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($with('expired')), ['verify_peer' => false]));
ipn_try('cabundle_file names the trusted CAs (the rogue CA in it is trusted)', fn () => new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($with('untrusted')), ['cabundle_file' => "$pki->dir/rogue.crt"]));
ipn_try('unreadable cabundle_file', fn () => new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($with('good')), ['cabundle_file' => "$pki->dir/missing.crt"]));
ipn_try('proxy settings do not change the checks', fn () => new AmazonPay\IpnHandler(IPN_HEADERS, json_encode($with('expired')), ['proxy_host' => '', 'PROXY_PORT' => ' -1 ']));
var_dump(ini_set('amzpay.ipn_test_ca', ''));
/* without cabundle_file, amzpay.cabundle names the trusted CAs */
ini_set('amzpay.cabundle', "$pki->dir/rogue.crt");
ipn_try('amzpay.cabundle with the rogue CA', fn () => $new($with('untrusted')));
ini_set('amzpay.cabundle', "$pki->dir/missing.crt");
ipn_try('amzpay.cabundle unreadable', fn () => $new($with('good')));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/verification_failures.ca.pem'); ?>
--EXPECT--
valid SignatureVersion 2: accepted
valid SignatureVersion 1: accepted
valid via an intermediate: accepted
no SignatureVersion (legacy: SHA1): accepted
old Timestamp (a redelivery): accepted
-- header and body
no header: AmazonPay\Exception\InvalidArgumentException: Error with message - header does not contain x-amz-sns-message-type header
wrong header: AmazonPay\Exception\InvalidArgumentException: Error with message - header x-amz-sns-message-type is not Notification, is SubscriptionConfirmation
invalid JSON: AmazonPay\Exception\ResponseException: Error with message - content is not in json format - syntax error. 
JSON list: AmazonPay\Exception\ResponseException: Error with message - content is not in json format - not a JSON object.
oversized body: AmazonPay\Exception\ResponseException: Error with message - content is larger than 524288 bytes
-- fields
missing Type: AmazonPay\Exception\ResponseException: Error with json message - mandatory field Type cannot be found
missing Message: AmazonPay\Exception\ResponseException: Error with json message - mandatory field Message cannot be found
missing MessageId: AmazonPay\Exception\ResponseException: Error with json message - mandatory field MessageId cannot be found
missing Timestamp: AmazonPay\Exception\ResponseException: Error with json message - mandatory field Timestamp cannot be found
missing TopicArn: AmazonPay\Exception\ResponseException: Error with json message - mandatory field TopicArn cannot be found
missing Signature: AmazonPay\Exception\ResponseException: Error with json message - mandatory field Signature cannot be found
missing SigningCertURL: AmazonPay\Exception\ResponseException: Error with json message - mandatory field SigningCertURL cannot be found
Type SubscriptionConfirmation: AmazonPay\Exception\ResponseException: Error with SNS Notification - unexpected message with Type of SubscriptionConfirmation
Message not a string: AmazonPay\Exception\ResponseException: Error with json message - field Message is not a string
-- tampering (the signature no longer matches)
tampered Message: AmazonPay\Exception\TlsException: Unable to match signature from remote server: signature of -----BEGIN CERTIFICAT...
    quotes the certificate and the signature: true
tampered MessageId: AmazonPay\Exception\TlsException: Unable to match signature from remote server: signature of -----BEGIN CERTIFICAT...
    quotes the certificate and the signature: true
tampered Timestamp: AmazonPay\Exception\TlsException: Unable to match signature from remote server: signature of -----BEGIN CERTIFICAT...
    quotes the certificate and the signature: true
tampered TopicArn: AmazonPay\Exception\TlsException: Unable to match signature from remote server: signature of -----BEGIN CERTIFICAT...
    quotes the certificate and the signature: true
tampered Subject: AmazonPay\Exception\TlsException: Unable to match signature from remote server: signature of -----BEGIN CERTIFICAT...
    quotes the certificate and the signature: true
tampered Signature: AmazonPay\Exception\TlsException: Unable to match signature from remote server: signature of -----BEGIN CERTIFICAT...
    quotes the certificate and the signature: true
SHA256 signature claimed as version 1: AmazonPay\Exception\TlsException: Unable to match signature from remote server: signature of -----BEGIN CERTIFICAT...
    quotes the certificate and the signature: true
unknown SignatureVersion 3: AmazonPay\Exception\ResponseException: Error with SNS Notification - unsupported SignatureVersion 3 (only 1 and 2 are supported)
-- certificate URL
https://sns.us-east-1.amazonaws.com.evil.example/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
https://evil.example/sns.us-east-1.amazonaws.com.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
https://sns.amazonaws.com/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
https://sns.us-east-1.amazonaws.com/x.pem.txt: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
http://sns.us-east-1.amazonaws.com/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
ftp://127.0.0.1/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
https://sns.us-east-1.amazonaws.com:443@evil.example/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
https:/@sns.us-east-1.amazonaws.com/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
https://amazon@sns.us-east-1.amazonaws.com/x.pem: AmazonPay\Exception\InvalidArgumentException: The certificate is located on an invalid domain.
certificate missing (404): AmazonPay\Exception\TransportException: Unable to download the certificate from http://127.0.0.1:PORT/nothing.pem: HTTP 404
not a certificate: AmazonPay\Exception\TlsException: Unable to extract public key from cert
certificate file over 64 KiB: AmazonPay\Exception\TransportException: Unable to download the certificate: larger than 65536 bytes
-- certificate
expired: AmazonPay\Exception\TlsException: Unable to verify certificate issued by Amazon - certificate chain: certificate has expired
not yet valid: AmazonPay\Exception\TlsException: Unable to verify certificate issued by Amazon - certificate chain: certificate is not yet valid
untrusted chain: AmazonPay\Exception\TlsException: Unable to verify certificate issued by Amazon - certificate chain: unable to get local issuer certificate
issued by a non-CA: AmazonPay\Exception\TlsException: Unable to verify certificate issued by Amazon - certificate chain: invalid CA certificate
wrong subject: AmazonPay\Exception\TlsException: Unable to verify certificate issued by Amazon - error with certificate subject
signed with another key: AmazonPay\Exception\TlsException: Unable to match signature from remote server: signature of -----BEGIN CERTIFICAT...
    quotes the certificate and the signature: true
-- constructor config cannot switch a check off
unknown key: Exception: Key verify_peer is either not part of the configuration or has incorrect Key name.
                check the ipnConfig array key names to match your key names of your config array 
cabundle_file names the trusted CAs (the rogue CA in it is trusted): accepted
unreadable cabundle_file: AmazonPay\Exception\ConfigurationException: Unable to verify certificate issued by Amazon - the CA bundle cannot be read
proxy settings do not change the checks: AmazonPay\Exception\TlsException: Unable to verify certificate issued by Amazon - certificate chain: certificate has expired
bool(false)
amzpay.cabundle with the rogue CA: accepted
amzpay.cabundle unreadable: AmazonPay\Exception\ConfigurationException: Unable to verify certificate issued by Amazon - the CA bundle cannot be read
