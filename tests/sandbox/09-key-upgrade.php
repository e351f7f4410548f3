<?php

declare(strict_types=1);

/* The MWS key upgrade: GetPublicKeyId signed with MWS keys registers a v2 public key. */

require __DIR__ . '/harness.inc';

/** A GetPublicKeyId URL signed the way Amazon's own plugin signs it (MerchantId signed as SellerId). */
function keyUpgradeUrl(string $secret, array $override = [], string $host = 'pay-api.amazon.eu'): string
{
    $key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
    $params = $override + ['AWSAccessKeyId' => 'AKIAUPGRADE', 'Action' => 'GetPublicKeyId', 'SellerId' => 'A1UPGRADEMERCHANT',
        'SignatureMethod' => 'HmacSHA256', 'SignatureVersion' => '2', 'Timestamp' => gmdate('Y-m-d\TH:i:s\Z')];
    ksort($params);
    $sts = "GET\n$host\n/live/v2/publicKeyId\n" . http_build_query($params, '', '&', PHP_QUERY_RFC3986);
    $params['PublicKey'] = openssl_pkey_get_details($key)['key'];
    $params['Signature'] = base64_encode(hash_hmac('sha256', $sts, $secret, true));
    return T::$base . '/live/v2/publicKeyId?' . str_replace('SellerId', 'MerchantId', http_build_query($params, '', '&', PHP_QUERY_RFC3986));
}

test('GetPublicKeyId registers the public key for MWS keys registered at /__sandbox/mwsKeys', function (): void {
    control('POST', 'mwsKeys', ['merchantId' => 'A1UPGRADEMERCHANT', 'accessKey' => 'AKIAUPGRADE', 'secretKey' => 'mws-secret']);
    $r = Http::request('GET', keyUpgradeUrl('mws-secret'));
    same(200, $r->status, $r->body);
    $id = $r->json()['publicKeyId'];
    ok(in_array($id, array_column(control('GET', 'keys')['keys'], 'publicKeyId'), true), 'key registered');
    same(200, Http::request('GET', keyUpgradeUrl('mws-secret', [], '127.0.0.1'))->status, 'the connected host may be signed');
});

test('GetPublicKeyId refuses a wrong secret, an unknown access key, another merchant, a stale timestamp', function (): void {
    control('POST', 'mwsKeys', ['merchantId' => 'A1UPGRADEMERCHANT', 'accessKey' => 'AKIAUPGRADE', 'secretKey' => 'mws-secret']);
    expectError(Http::request('GET', keyUpgradeUrl('wrong')), 403, 'InvalidRequestSignature');
    expectError(Http::request('GET', keyUpgradeUrl('mws-secret', ['AWSAccessKeyId' => 'AKIAOTHER'])), 403, 'InvalidAccessKeyId');
    expectError(Http::request('GET', keyUpgradeUrl('mws-secret', ['SellerId' => 'A9OTHER'])), 403, 'InvalidAccessKeyId');
    expectError(Http::request('GET', keyUpgradeUrl('mws-secret', ['Timestamp' => '2001-01-01T00:00:00Z'])), 400, 'InvalidParameterValue');
    expectError(Http::request('GET', keyUpgradeUrl('mws-secret', ['SignatureVersion' => '1'])), 400, 'InvalidParameterValue');
    expectError(Http::request('GET', T::$base . '/live/v2/publicKeyId?Action=GetPublicKeyId'), 400, 'MissingParameter');
});
