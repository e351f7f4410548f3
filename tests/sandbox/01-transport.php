<?php

declare(strict_types=1);

/* Operations, errors, signatures, formats, environments. */

require __DIR__ . '/harness.inc';
require_once __DIR__ . '/../../sandbox/lib/bootstrap.php';

use AmzPay\Sandbox\Signature;

test('§9.1 the 13 operations answer with their success codes under /sandbox/v2/', function (): void {
    $session = readySession(['paymentIntent' => 'Confirm']);
    $id = $session['checkoutSessionId'];
    expect(api()->api('GET', "checkoutSessions/$id"), 200);
    expect(api()->api('PATCH', "checkoutSessions/$id", ['merchantMetadata' => ['merchantReferenceId' => 'order-1']]), 200);
    $completed = expect(complete($id), 200);
    $cp = $completed['chargePermissionId'];
    expect(api()->api('GET', "chargePermissions/$cp"), 200);
    expect(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => ['merchantStoreName' => 'Shop']]), 200);
    $charge = expect(createCharge($cp, '20.00'), 201);
    expect(api()->api('GET', "charges/{$charge['chargeId']}"), 200);
    expect(capture($charge['chargeId'], '20.00'), 200);
    $other = expect(createCharge($cp, '5.00'), 201);
    expect(api()->api('DELETE', "charges/{$other['chargeId']}/cancel", ['cancellationReason' => 'not needed']), 200);
    $refund = expect(api()->api('POST', 'refunds', ['chargeId' => $charge['chargeId'], 'refundAmount' => price('5.00')]), 201);
    expect(api()->api('GET', "refunds/{$refund['refundId']}"), 200);
    expect(api()->api('DELETE', "chargePermissions/$cp/close", ['closureReason' => 'done']), 200);
});

test('§9.1 operations are served under /live/v2/ and /v2/ (environment from the SANDBOX-/LIVE- key id)', function (): void {
    $live = permission(['releaseEnvironment' => 'Live']);
    expect(api()->api('GET', "chargePermissions/{$live['chargePermissionId']}", null, ['mode' => 'live']), 200);
    $charge = expect(createCharge($live['chargePermissionId'], '10.00', [], ['mode' => 'live']), 201);
    same('Live', $charge['releaseEnvironment']);
    expect(api()->api('GET', "chargePermissions/{$live['chargePermissionId']}", null,
        ['mode' => '', 'keyId' => 'LIVE-AMZPAYSANDBOXDEMOKEY0001']), 200);
    $sandbox = permission();
    expect(api()->api('GET', "chargePermissions/{$sandbox['chargePermissionId']}", null,
        ['mode' => '', 'keyId' => 'SANDBOX-AMZPAYSANDBOXDEMOKEY0001']), 200);
    expect(api()->api('POST', 'checkoutSessions', [
        'webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://shop.example/r'], 'storeId' => 'store'], ['mode' => 'live']), 201);
});

test('environments are separate worlds: an object is visible only in its own environment', function (): void {
    $sandbox = permission();
    $live = permission(['releaseEnvironment' => 'Live']);
    ok(str_starts_with($sandbox['chargePermissionId'], 'S'), 'sandbox ids start with S');
    ok(str_starts_with($live['chargePermissionId'], 'P'), 'live ids start with P');
    expectError(api()->api('GET', "chargePermissions/{$sandbox['chargePermissionId']}", null, ['mode' => 'live']), 404, 'ResourceNotFound');
    expectError(api()->api('GET', "chargePermissions/{$live['chargePermissionId']}"), 404, 'ResourceNotFound');
    expectError(api()->api('GET', "chargePermissions/{$live['chargePermissionId']}", null,
        ['mode' => '', 'keyId' => 'SANDBOX-AMZPAYSANDBOXDEMOKEY0001']), 404, 'ResourceNotFound');
    $charge = authorizedCharge($sandbox['chargePermissionId']);
    expectError(api()->api('GET', "charges/{$charge['chargeId']}", null, ['mode' => 'live']), 404, 'ResourceNotFound');
    expectError(createCharge($sandbox['chargePermissionId'], '1.00', [], ['mode' => 'live']), 404, 'ResourceNotFound');
});

test('§9.2 error bodies are exactly {"reasonCode","message"} with the HTTP status of the reason', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(api()->api('GET', 'charges/S01-0000000-0000000-C000000'), 404, 'ResourceNotFound');
    expectError(createCharge($cp, '500.00'), 400, 'TransactionAmountExceeded');
    expectError(api()->api('POST', 'charges', '{nope'), 400, 'InvalidRequestFormat');
    $charge = authorizedCharge($cp);
    expectError(api()->api('POST', 'refunds', ['chargeId' => $charge['chargeId'], 'refundAmount' => price('1.00')]), 422, 'InvalidChargeStatus');
    expectError(api()->api('GET', 'charges/x', null, ['keyId' => 'UNKNOWNKEY0000000000000']), 403, 'InvalidAuthentication');
    $session = readySession();
    expectError(complete($session['checkoutSessionId'], '49.00'), 409, 'AmountMismatch');
    expectError(createCharge($cp, '1.00', [], ['sim' => 'ProcessingFailure']), 500, 'ProcessingFailure');
    expectError(api()->api('PUT', "charges/{$charge['chargeId']}"), 405, 'UnsupportedOperation');
});

test('§9.3 unknown ids on GET/PATCH/DELETE/capture answer 404 ResourceNotFound', function (): void {
    $c = 'S01-1234567-1234567-C123456';
    expectError(api()->api('GET', 'checkoutSessions/00000000-0000-4000-8000-000000000000'), 404, 'ResourceNotFound');
    expectError(api()->api('PATCH', 'checkoutSessions/00000000-0000-4000-8000-000000000000', ['platformId' => 'x']), 404, 'ResourceNotFound');
    expectError(complete('00000000-0000-4000-8000-000000000000'), 404, 'ResourceNotFound');
    expectError(api()->api('GET', 'chargePermissions/S01-1234567-1234567'), 404, 'ResourceNotFound');
    expectError(api()->api('PATCH', 'chargePermissions/S01-1234567-1234567', ['merchantMetadata' => ['noteToBuyer' => 'x']]), 404, 'ResourceNotFound');
    expectError(api()->api('DELETE', 'chargePermissions/S01-1234567-1234567/close', ['closureReason' => 'x']), 404, 'ResourceNotFound');
    expectError(api()->api('GET', "charges/$c"), 404, 'ResourceNotFound');
    expectError(capture($c, '1.00'), 404, 'ResourceNotFound');
    expectError(api()->api('DELETE', "charges/$c/cancel", ['cancellationReason' => 'x']), 404, 'ResourceNotFound');
    expectError(api()->api('GET', 'refunds/S01-1234567-1234567-R123456'), 404, 'ResourceNotFound');
    expectError(createCharge('S01-1234567-1234567'), 404, 'ResourceNotFound');
    expectError(api()->api('POST', 'refunds', ['chargeId' => $c, 'refundAmount' => price('1.00')]), 404, 'ResourceNotFound');
});

test('§9.4 malformed JSON, unknown field, missing field, bad enum and bad amount are 400s', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(api()->api('POST', 'charges', '{"chargePermissionId": '), 400, 'InvalidRequestFormat');
    expectError(api()->api('POST', 'charges', '[1,2]'), 400, 'InvalidRequestFormat');
    expectError(createCharge($cp, '1.00', ['colour' => 'red']), 400, 'UnrecognizedField');
    expectError(createCharge($cp, '1.00', ['merchantMetadata' => ['orderNumber' => '1']]), 400, 'UnrecognizedField');
    expectError(api()->api('POST', 'charges', ['chargePermissionId' => $cp]), 400, 'MissingParameterValue');
    expectError(api()->api('POST', 'charges', ['chargeAmount' => price('1.00')]), 400, 'MissingParameterValue');
    expectError(api()->api('POST', 'charges', ['chargePermissionId' => $cp, 'chargeAmount' => ['amount' => '1.00']]), 400, 'MissingParameterValue');
    expectError(createCharge($cp, '1.00', ['channel' => 'Carrier pigeon']), 400, 'InvalidParameterValue');
    expectError(createCharge($cp, '1.00', ['captureNow' => 'yes']), 400, 'InvalidParameterValue');
    expectError(createCharge($cp, 'ten'), 400, 'InvalidParameterValue');
    expectError(createCharge($cp, '-1.00'), 400, 'InvalidParameterValue');
    expectError(createCharge($cp, '1.001'), 400, 'InvalidParameterValue');
    expectError(createCharge($cp, '1.00', ['currency' => 'XYZ']), 400, 'InvalidParameterValue');
    expectError(api()->api('POST', 'checkoutSessions', ['storeId' => 's']), 400, 'MissingParameterValue');
    expectError(api()->api('POST', 'checkoutSessions', ['storeId' => 's', 'webCheckoutDetails' => [
        'checkoutReviewReturnUrl' => 'https://x'], 'paymentDetails' => ['paymentIntent' => 'Steal']]), 400, 'InvalidParameterValue');
});

test('§9.5 a request without authorization is 403 InvalidRequestSignature with the expected signing string', function (): void {
    $r = api()->api('GET', 'charges/S01-1234567-1234567-C123456', null, ['authorization' => '']);
    $json = expectError($r, 403, 'InvalidRequestSignature');
    ok(str_starts_with($json['message'], 'Unable to verify signature, signing String [AMZN-PAY-RSASSA-PSS'), $json['message']);
});

test('§9.5 wrong key: a signature made with another private key is 403 InvalidRequestSignature', function (): void {
    $other = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pem');
    $json = expectError(api()->api('GET', 'chargePermissions/' . permission()['chargePermissionId'], null,
        ['privateKey' => $other]), 403, 'InvalidRequestSignature');
    ok(str_starts_with($json['message'], 'Unable to verify signature, signing String ['), $json['message']);
});

test('§9.5 tampered body: changing the body after signing is 403 and the message shows the expected string to sign', function (): void {
    $cp = permission()['chargePermissionId'];
    $date = gmdate('Ymd\THis\Z');
    $key = SandboxClient::key();
    $r = createCharge($cp, '10.00', [], ['date' => $date, 'idem' => $key,
        'tamper' => static fn (string $body): string => str_replace('10.00', '99.00', $body)]);
    $json = expectError($r, 403, 'InvalidRequestSignature');
    $tampered = json_encode(['chargePermissionId' => $cp, 'chargeAmount' => price('99.00')], JSON_UNESCAPED_SLASHES);
    $headers = ['accept' => 'application/json', 'content-type' => 'application/json', 'x-amz-pay-date' => $date,
        'x-amz-pay-host' => '127.0.0.1', 'x-amz-pay-idempotency-key' => $key, 'x-amz-pay-region' => 'eu'];
    $expected = SandboxClient::stringToSign('AMZN-PAY-RSASSA-PSS-V2', 'POST', '/sandbox/v2/charges', '', $headers,
        array_keys($headers), $tampered);
    ok(str_starts_with($json['message'], "Unable to verify signature, signing String [$expected]"), $json['message']);
    same([], inspect($cp)['charges'], 'no charge was created');
});

test('§9.5 stale x-amz-pay-date: beyond the allowed skew from real time is 403', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['date' => gmdate('Ymd\THis\Z', time() - 16 * 60)]), 403, 'InvalidAuthentication');
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['date' => gmdate('Ymd\THis\Z', time() + 16 * 60)]), 403, 'InvalidAuthentication');
    expect(api()->api('GET', "chargePermissions/$cp", null, ['date' => gmdate('Ymd\THis\Z', time() - 10 * 60)]), 200);
    config(['clockSkewSeconds' => 60]);
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['date' => gmdate('Ymd\THis\Z', time() - 120)]), 403, 'InvalidAuthentication');
    // the simulated clock does not count: advancing it does not make fresh dates stale
    advance(30 * DAY);
    expect(api()->api('GET', "chargePermissions/$cp"), 200);
});

test('§9.5 wrong region: unknown region, region of another object, or host of another region is 403', function (): void {
    $cp = permission(['region' => 'eu'])['chargePermissionId'];
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['region' => 'us']), 403, 'InvalidAuthentication');
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['region' => 'na']), 403, 'InvalidAuthentication');
    expectError(createCharge($cp, '1.00', [], ['region' => 'jp']), 403, 'InvalidAuthentication');
    $charge = authorizedCharge($cp);
    expectError(api()->api('GET', "charges/{$charge['chargeId']}", null, ['region' => 'na']), 403, 'InvalidAuthentication');
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['host' => 'pay-api.amazon.com']), 403, 'InvalidAuthentication');
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['host' => 'evil.example']), 403, 'InvalidAuthentication');
    expect(api()->api('GET', "chargePermissions/$cp", null, ['host' => 'pay-api.amazon.eu']), 200);
});

test('§9.5 unknown public key ids are refused; registered keys work; the legacy algorithm uses salt 20', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['keyId' => 'AHNOTREGISTERED000000000']), 403, 'InvalidAuthentication');
    $pem = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pub.pem');
    expect(api()->control('POST', 'keys', ['publicKeyId' => 'SANDBOX-SHOPTESTKEY0001', 'publicKey' => $pem]), 201);
    $priv = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pem');
    expect(api()->api('GET', "chargePermissions/$cp", null, ['keyId' => 'SANDBOX-SHOPTESTKEY0001', 'privateKey' => $priv, 'mode' => '']), 200);
    expect(api()->api('GET', "chargePermissions/$cp", null, ['algorithm' => 'AMZN-PAY-RSASSA-PSS']), 200);
    // a salt-32 signature announced as the legacy (salt 20) algorithm does not verify
    $sig = base64_encode(PssSigner::sign('x', api()->privateKey, 32));
    $r = api()->api('GET', "chargePermissions/$cp", null, ['authorization' =>
        "AMZN-PAY-RSASSA-PSS PublicKeyId=AMZPAYSANDBOXDEMOKEY0001, SignedHeaders=accept;content-type;x-amz-pay-date;x-amz-pay-host;x-amz-pay-region, Signature=$sig"]);
    expectError($r, 403, 'InvalidRequestSignature');
    // a SANDBOX- key on a /live/v2/ path is refused
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['keyId' => 'SANDBOX-SHOPTESTKEY0001', 'privateKey' => $priv,
        'mode' => 'live']), 403, 'InvalidAuthentication');
});

test('§9.5 the simulation header is not signed, headers must be signed as sent, and query strings are canonicalised', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(createCharge($cp, '1.00', [], ['sim' => 'SoftDeclined']), 422, 'SoftDeclined');
    $r = createCharge($cp, '1.00', [], ['signedHeaders' => ['accept', 'content-type', 'x-amz-pay-date', 'x-amz-pay-host', 'x-amz-pay-region']]);
    expectError($r, 403, 'InvalidRequestSignature');
    expectError(api()->api('GET', "chargePermissions/$cp", null, ['signedHeaders' => ['accept', 'content-type', 'x-amz-pay-host', 'x-amz-pay-region']]),
        403, 'InvalidRequestSignature');
    expect(api()->api('GET', "chargePermissions/$cp", null, ['query' => 'a=1&b=x%20y']), 200);
});

test('signature cross-check: the sandbox verifier accepts every vector sample signature at its salt length only', function (): void {
    $vectors = json_decode((string) file_get_contents(__DIR__ . '/../fixtures/vectors/vectors.json'), true);
    $pub = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pub.pem');
    ok(count($vectors['vectors']) === 13, '13 vectors');
    foreach ($vectors['vectors'] as $v) {
        $s = $v['signing'];
        $sig = base64_decode($v['sample_signature_b64']);
        ok(Signature::verify($s['string_to_sign'], $sig, $pub, $s['pss_salt_len']), "{$v['id']} verifies");
        ok(!Signature::verify($s['string_to_sign'], $sig, $pub, $s['pss_salt_len'] === 20 ? 32 : 20), "{$v['id']} fails at the other salt");
        $url = parse_url($v['request']['url']);
        $headers = [];
        foreach ($s['canonical_headers'] as $line) {
            [$name, $value] = explode(':', $line, 2);
            $headers[$name] = $value;
        }
        same($s['canonical_request'], Signature::canonicalRequest($v['request']['http_method'], $url['path'], $url['query'] ?? '',
            $headers, explode(';', $s['signed_headers']), $v['request']['body'] ?? ''), "{$v['id']} canonical request");
        same($s['string_to_sign'], SandboxClient::stringToSign($s['algorithm'], $v['request']['http_method'], $url['path'],
            $s['canonical_query'], $headers, explode(';', $s['signed_headers']), $v['request']['body'] ?? ''), "{$v['id']} client string to sign");
    }
});

test('signature cross-check: the test client\'s PSS signatures verify with openssl and with the sandbox at salt 20 and 32', function (): void {
    $vectors = json_decode((string) file_get_contents(__DIR__ . '/../fixtures/vectors/vectors.json'), true);
    $priv = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pem');
    $pubFile = __DIR__ . '/../fixtures/vectors/test-key.pub.pem';
    $pub = (string) file_get_contents($pubFile);
    $tmp = sys_get_temp_dir() . '/amzpay-sbx-' . bin2hex(random_bytes(4));
    foreach ([$vectors['vectors'][0], $vectors['vectors'][1]] as $v) {
        $s = $v['signing'];
        $sig = PssSigner::sign($s['string_to_sign'], $priv, $s['pss_salt_len']);
        ok(Signature::verify($s['string_to_sign'], $sig, $pub, $s['pss_salt_len']), "sandbox verifies the client signature of {$v['id']}");
        file_put_contents("$tmp.dgst", hash('sha256', $s['string_to_sign'], true));
        file_put_contents("$tmp.sig", $sig);
        $cmd = sprintf('openssl pkeyutl -verify -pubin -inkey %s -sigfile %s -in %s -pkeyopt digest:sha256 '
            . '-pkeyopt rsa_padding_mode:pss -pkeyopt rsa_pss_saltlen:%d -pkeyopt rsa_mgf1_md:sha256 2>&1',
            escapeshellarg($pubFile), escapeshellarg("$tmp.sig"), escapeshellarg("$tmp.dgst"), $s['pss_salt_len']);
        exec($cmd, $out, $code);
        same(0, $code, "openssl verifies the client signature of {$v['id']}: " . implode(' ', $out));
    }
    @unlink("$tmp.dgst");
    @unlink("$tmp.sig");
});

test('signature cross-check: the recorded SDK requests of all 13 vectors pass the server\'s authentication', function (): void {
    $vectors = json_decode((string) file_get_contents(__DIR__ . '/../fixtures/vectors/vectors.json'), true);
    $pub = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pub.pem');
    config(['clockSkewSeconds' => 2_000_000_000]);
    foreach ($vectors['vectors'] as $v) {
        $keyId = $v['sdk_config']['public_key_id'];
        expect(api()->control('POST', 'keys', ['publicKeyId' => $keyId, 'publicKey' => $pub]), 201);
        $headers = [];
        foreach ($v['sent_header_lines'] as $line) {
            [$name, $value] = explode(':', $line, 2);
            if ($value !== '' && strtolower($name) !== 'expect') {
                $headers[$name] = $value;
            }
        }
        $url = parse_url($v['request']['url']);
        $target = T::$base . $url['path'] . (isset($url['query']) ? '?' . $url['query'] : '');
        $r = Http::request($v['request']['http_method'], $target, $headers, $v['request']['body'] ?? '');
        ok($r->status !== 403, "{$v['id']} authenticated: " . $r->describe());
        ok(in_array($r->status, [404, 405], true), "{$v['id']} reached the API: " . $r->describe());
        // one flipped bit in the signature must fail
        $auth = $headers['authorization'];
        $headers['authorization'] = substr($auth, 0, -6) . (substr($auth, -6, 1) === 'A' ? 'B' : 'A') . substr($auth, -5);
        expectError(Http::request($v['request']['http_method'], $target, $headers, $v['request']['body'] ?? ''), 403, 'InvalidRequestSignature');
    }
});

test('§9.6 POST without idempotency key is 400 MissingHeader; overlong or odd keys are 400 InvalidHeaderValue', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(createCharge($cp, '1.00', [], ['idem' => false]), 400, 'MissingHeader');
    expectError(createCharge($cp, '1.00', [], ['idem' => str_repeat('a', 33)]), 400, 'InvalidHeaderValue');
    expectError(createCharge($cp, '1.00', [], ['idem' => 'has.dot']), 400, 'InvalidHeaderValue');
    expectError(createCharge($cp, '1.00', [], ['idem' => 'has space']), 400, 'InvalidHeaderValue');
    expect(createCharge($cp, '1.00', [], ['idem' => str_repeat('a', 32)]), 201);
    expect(createCharge($cp, '1.00', [], ['idem' => 'Az09_-']), 201);
    config(['missingIdempotencyKeyCode' => 'MissingHeaderValue']);
    expectError(api()->api('POST', 'refunds', ['chargeId' => 'x', 'refundAmount' => price('1.00')], ['idem' => false]), 400, 'MissingHeaderValue');
    same(2, count(inspect($cp)['charges']), 'only the two valid requests created charges');
});

test('§9.9 timestamps are YYYYMMDDTHHMMSSZ; amounts are strings with 2 decimals (JPY 0); numbers accepted; JPY fractions refused', function (): void {
    $cp = permission()['chargePermissionId'];
    $charge = expect(api()->api('POST', 'charges', ['chargePermissionId' => $cp, 'chargeAmount' => ['amount' => 12.5, 'currencyCode' => 'EUR']]), 201);
    same(['amount' => '12.50', 'currencyCode' => 'EUR'], $charge['chargeAmount']);
    same(['amount' => '0.00', 'currencyCode' => 'EUR'], $charge['refundedAmount']);
    foreach ([$charge['creationTimestamp'], $charge['expirationTimestamp'], $charge['statusDetails']['lastUpdatedTimestamp']] as $ts) {
        ok((bool) preg_match('/^\d{8}T\d{6}Z$/', $ts), "timestamp $ts");
    }
    $c2 = expect(api()->api('POST', 'charges', ['chargePermissionId' => $cp, 'chargeAmount' => ['amount' => 7, 'currencyCode' => 'EUR']]), 201);
    same('7.00', $c2['chargeAmount']['amount']);
    $c3 = expect(createCharge($cp, '0.1'), 201);
    same('0.10', $c3['chargeAmount']['amount']);
    $jp = permission(['chargeAmount' => price('10000', 'JPY')])['chargePermissionId'];
    $yen = expect(api()->api('POST', 'charges', ['chargePermissionId' => $jp, 'chargeAmount' => ['amount' => 5000, 'currencyCode' => 'JPY']],
        ['region' => 'jp']), 201);
    same(['amount' => '5000', 'currencyCode' => 'JPY'], $yen['chargeAmount']);
    expectError(createCharge($jp, '100.50', ['currency' => 'JPY'], ['region' => 'jp']), 400, 'InvalidParameterValue');
    expectError(createCharge($jp, '100.0', ['currency' => 'JPY'], ['region' => 'jp']), 400, 'InvalidParameterValue');
    $view = getJson("chargePermissions/$jp", ['region' => 'jp']);
    same('10000', $view['limits']['amountLimit']['amount']);
    same('10000', $view['limits']['amountBalance']['amount'], 'uncaptured authorizations do not reduce the balance');
});

test('§9.10 ids: session UUIDv4, permission S99-9999999-9999999, charge -C999999, refund -R999999', function (): void {
    $session = readySession(['paymentIntent' => 'AuthorizeWithCapture']);
    ok((bool) preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', $session['checkoutSessionId']), 'uuid v4');
    $done = expect(complete($session['checkoutSessionId']), 200);
    $cp = $done['chargePermissionId'];
    ok((bool) preg_match('/^S\d{2}-\d{7}-\d{7}$/', $cp), "permission id $cp");
    ok((bool) preg_match('/^' . preg_quote($cp, '/') . '-C\d{6}$/', $done['chargeId']), "charge id {$done['chargeId']}");
    $refund = expect(api()->api('POST', 'refunds', ['chargeId' => $done['chargeId'], 'refundAmount' => price('1.00')]), 201);
    ok((bool) preg_match('/^' . preg_quote($cp, '/') . '-R\d{6}$/', $refund['refundId']), "refund id {$refund['refundId']}");
    $live = permission(['releaseEnvironment' => 'Live'])['chargePermissionId'];
    ok((bool) preg_match('/^P\d{2}-\d{7}-\d{7}$/', $live), "live permission id $live");
    $v1 = permission(['chargePermissionId' => 'S02-1234567-1234567'])['chargePermissionId'];
    same('S02-1234567-1234567', $v1);
    $charge = authorizedCharge($v1);
    ok((bool) preg_match('/^S02-1234567-1234567-C\d{6}$/', $charge['chargeId']), 'charge under a v1-style id');
});

test('§9.11 releaseEnvironment is "Sandbox" on sandbox paths and "Live" on live paths', function (): void {
    $s = permission();
    same('Sandbox', $s['releaseEnvironment']);
    same('Sandbox', authorizedCharge($s['chargePermissionId'])['releaseEnvironment']);
    $l = permission(['releaseEnvironment' => 'Live']);
    same('Live', $l['releaseEnvironment']);
    same('Live', authorizedCharge($l['chargePermissionId'], '1.00', [], ['mode' => 'live'])['releaseEnvironment']);
    $session = expect(api()->api('POST', 'checkoutSessions', ['webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://x'],
        'storeId' => 's'], ['mode' => 'live']), 201);
    same('Live', $session['releaseEnvironment']);
});

test('§9.46 every response sets x-amz-pay-request-id (success, error, 403, control API)', function (): void {
    $cp = permission()['chargePermissionId'];
    $responses = [
        api()->api('GET', "chargePermissions/$cp"),
        api()->api('GET', 'charges/S01-1234567-1234567-C123456'),
        api()->api('GET', "chargePermissions/$cp", null, ['authorization' => 'garbage']),
        createCharge($cp, '1.00'),
        api()->control('GET', 'clock'),
    ];
    $ids = [];
    foreach ($responses as $r) {
        ok(($r->headers['x-amz-pay-request-id'] ?? '') !== '', 'request id on ' . $r->describe());
        $ids[] = $r->headers['x-amz-pay-request-id'];
    }
    same(count($ids), count(array_unique($ids)), 'request ids are unique');
});
