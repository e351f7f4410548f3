<?php

declare(strict_types=1);

/* Login with Amazon (getUserInfo of the legacy SDK): tokeninfo, then profile. */

require __DIR__ . '/harness.inc';

function lwa(string $path, array $headers): HttpResult
{
    return Http::request('GET', T::$base . $path, $headers);
}

test('a minted token: tokeninfo names the client, profile the buyer', function (): void {
    $token = control('POST', 'lwa/tokens', ['clientId' => 'amzn1.application-oa2-client.shop', 'postalCode' => '98109']);
    same('bearer', $token['token_type']);
    ok(str_starts_with($token['access_token'], 'Atza|'), 'Atza| token');
    $info = expect(lwa('/auth/o2/tokeninfo', ['x-amz-access-token' => $token['access_token']]), 200);
    same('amzn1.application-oa2-client.shop', $info['aud']);
    same('amzn1.account.AMZPAYSANDBOXTESTBUYER0001', $info['user_id']);
    ok(is_int($info['exp']) && $info['exp'] > 3500 && $info['exp'] <= 3600, 'seconds left');
    $profile = expect(lwa('/user/profile', ['x-amz-access-token' => $token['access_token']]), 200);
    same(['user_id', 'name', 'email', 'postal_code'], array_keys($profile));
    same('98109', $profile['postal_code']);
    /* the pre-3.7.1 SDK: bearer header and the token in the query */
    expect(lwa('/user/profile', ['Authorization' => 'bearer ' . $token['access_token']]), 200);
    expect(lwa('/auth/o2/tokeninfo?access_token=' . rawurlencode($token['access_token']), []), 200);
});

test('unknown, missing and expired tokens are invalid_token', function (): void {
    $r = lwa('/auth/o2/tokeninfo', ['x-amz-access-token' => 'Atza|forged']);
    same(400, $r->status);
    same('invalid_token', $r->json()['error']);
    same(401, lwa('/user/profile', [])->status);
    $token = control('POST', 'lwa/tokens', ['clientId' => 'c', 'expiresIn' => 60])['access_token'];
    expect(lwa('/user/profile', ['x-amz-access-token' => $token]), 200);
    advance(61);
    same(400, lwa('/auth/o2/tokeninfo', ['x-amz-access-token' => $token])->status);
    same(401, lwa('/user/profile', ['x-amz-access-token' => $token])->status);
});

test('minting checks its input', function (): void {
    same(400, api()->control('POST', 'lwa/tokens', [])->status);
    same(400, api()->control('POST', 'lwa/tokens', ['clientId' => 'c', 'expiresIn' => 0])->status);
    same(405, Http::request('POST', T::$base . '/user/profile')->status);
});
