<?php

declare(strict_types=1);

/* Idempotency, injected faults, throttling, the request log. */

require __DIR__ . '/harness.inc';

test('§9.7 same idempotency key and same request: the first response is replayed and nothing new is created', function (): void {
    $cp = permission()['chargePermissionId'];
    $key = SandboxClient::key();
    $first = createCharge($cp, '10.00', [], ['idem' => $key]);
    $firstJson = expect($first, 201);
    $again = createCharge($cp, '10.00', [], ['idem' => $key]);
    same(201, $again->status);
    same($first->body, $again->body, 'replayed body');
    same(1, count(inspect($cp)['charges']), 'one charge');
    // also after the object changed state, and after a long (simulated) time: keys never expire
    expect(capture($firstJson['chargeId'], '10.00'), 200);
    advance(400 * DAY);
    $late = createCharge($cp, '10.00', [], ['idem' => $key]);
    same($first->body, $late->body, 'replayed a year later');
    $log = requests(['operation' => 'createCharge']);
    same(['applied', 'replayed', 'replayed'], array_column($log, 'outcome'));
    same([$firstJson['chargeId'], $firstJson['chargeId'], $firstJson['chargeId']], array_column($log, 'objectId'));
});

test('§9.7 with idempotencyScope "publicKeyId" keys are scoped per public key id', function (): void {
    config(['idempotencyScope' => 'publicKeyId']);
    $cp = permission()['chargePermissionId'];
    $pem = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pub.pem');
    $priv = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pem');
    control('POST', 'keys', ['publicKeyId' => 'AOTHERMERCHANTKEY0000001', 'publicKey' => $pem]);
    $key = SandboxClient::key();
    $a = expect(createCharge($cp, '10.00', [], ['idem' => $key]), 201);
    $b = expect(createCharge($cp, '10.00', [], ['idem' => $key, 'keyId' => 'AOTHERMERCHANTKEY0000001', 'privateKey' => $priv]), 201);
    ok($a['chargeId'] !== $b['chargeId'], 'two charges');
    same(2, count(inspect($cp)['charges']));
});

test('§9.8 same key with a different body or a different endpoint is 400 DuplicateIdempotencyKey', function (): void {
    $cp = permission()['chargePermissionId'];
    $key = SandboxClient::key();
    $charge = authorizedCharge($cp, '10.00', [], ['idem' => $key]);
    expectError(createCharge($cp, '11.00', [], ['idem' => $key]), 400, 'DuplicateIdempotencyKey');
    expectError(capture($charge['chargeId'], '10.00', ['idem' => $key]), 400, 'DuplicateIdempotencyKey');
    expectError(createCharge($cp, '10.00', [], ['idem' => $key, 'sim' => 'SoftDeclined']), 400, 'DuplicateIdempotencyKey');
    same(1, count(inspect($cp)['charges']));
    // a logically identical body (same JSON, other key order) still replays
    $body = '{"chargeAmount":{"currencyCode":"EUR","amount":"10.00"},"chargePermissionId":"' . $cp . '"}';
    expect(api()->api('POST', 'charges', $body, ['idem' => $key]), 201);
    same(1, count(inspect($cp)['charges']));
});

test('idempotency under reset-before-response: one capture applied, the retry replays the same response', function (): void {
    $cp = permission()['chargePermissionId'];
    $charge = authorizedCharge($cp, '30.00');
    control('POST', 'faults', ['count' => 1, 'action' => 'reset-before-response', 'path' => '/capture']);
    $key = SandboxClient::key();
    $lost = capture($charge['chargeId'], '30.00', ['idem' => $key]);
    same(0, $lost->status, 'no response reached the client');
    ok($lost->error !== null, 'transport error reported');
    same('Captured', state(getJson("charges/{$charge['chargeId']}")), 'the capture was committed');
    $retry = capture($charge['chargeId'], '30.00', ['idem' => $key]);
    $json = expect($retry, 200);
    same('Captured', state($json));
    same('30.00', $json['captureAmount']['amount']);
    $log = requests(['operation' => 'captureCharge']);
    same(2, count($log));
    same(['applied', 'replayed'], array_column($log, 'outcome'));
    same('reset-before-response', $log[0]['fault']);
    same([$key, $key], array_column($log, 'idempotencyKey'));
    same(1, count(array_filter($log, static fn (array $e): bool => $e['applied'])), 'exactly one capture applied');
    // the replay equals a fresh read of what the first request produced
    same($json['chargeId'], $charge['chargeId']);
    same('70.00', inspect($cp)['chargePermission']['limits']['amountBalance']['amount'], 'captured once');
});

test('reset-before-response looks like a connection failure to libcurl (curl exit 56 or 52)', function (): void {
    exec('command -v curl', $which, $code);
    if ($code !== 0) {
        return; // no curl binary on this machine: nothing to compare against
    }
    $cp = permission()['chargePermissionId'];
    $charge = authorizedCharge($cp, '10.00');
    control('POST', 'faults', ['count' => 1, 'action' => 'reset-before-response']);
    [$url, $headers, $payload] = api()->prepare('POST', "charges/{$charge['chargeId']}/capture", ['captureAmount' => price('10.00')]);
    $cmd = 'curl -sS -o /dev/null -X POST --data-binary ' . escapeshellarg($payload);
    foreach ($headers as $name => $value) {
        $cmd .= ' -H ' . escapeshellarg("$name: $value");
    }
    $cmd .= ' ' . escapeshellarg($url) . ' 2>&1';
    exec($cmd, $out, $exit);
    ok(in_array($exit, [52, 56], true), "curl exit $exit: " . implode(' ', $out));
    same('Captured', state(getJson("charges/{$charge['chargeId']}")));
});

test('§9.45 injected 408/425/500/502/503/504 answer once; the retry with the same key creates exactly one charge', function (): void {
    $cp = permission()['chargePermissionId'];
    foreach ([408, 425, 500, 502, 503, 504] as $status) {
        control('POST', 'faults', ['count' => 1, 'status' => $status, 'path' => '/charges']);
        $key = SandboxClient::key();
        $r = createCharge($cp, '1.00', [], ['idem' => $key]);
        same($status, $r->status, "fault $status");
        same(['reasonCode', 'message'], array_keys($r->json()));
        expect(createCharge($cp, '1.00', [], ['idem' => $key]), 201);
    }
    same(6, count(inspect($cp)['charges']), 'faults without "process" do not process the request');
    // a fault after processing (gateway timeout after commit): the retry is a replay
    control('POST', 'faults', ['count' => 1, 'status' => 504, 'process' => true]);
    $key = SandboxClient::key();
    same(504, createCharge($cp, '2.00', [], ['idem' => $key])->status);
    $replay = expect(createCharge($cp, '2.00', [], ['idem' => $key]), 201);
    same(7, count(inspect($cp)['charges']), 'one new charge only');
    same('2.00', $replay['chargeAmount']['amount']);
    $log = requests(['idempotencyKey' => $key]);
    same(['applied', 'replayed'], array_column($log, 'outcome'));
});

test('faults: body replacement, delays, path/method filters, and {"count": 0} clears them', function (): void {
    $cp = permission()['chargePermissionId'];
    control('POST', 'faults', ['count' => 1, 'body' => '<html>proxy error</html>', 'status' => 200, 'contentType' => 'text/html']);
    $r = api()->api('GET', "chargePermissions/$cp");
    same(200, $r->status);
    same('<html>proxy error</html>', $r->body);
    expect(api()->api('GET', "chargePermissions/$cp"), 200);
    control('POST', 'faults', ['count' => 2, 'status' => 503, 'method' => 'DELETE']);
    expect(api()->api('GET', "chargePermissions/$cp"), 200);
    same(1, count(control('GET', 'faults')['faults']));
    control('POST', 'faults', ['count' => 0]);
    same([], control('GET', 'faults')['faults']);
    $charge = authorizedCharge($cp);
    expect(api()->api('DELETE', "charges/{$charge['chargeId']}/cancel", []), 200);
    control('POST', 'faults', ['count' => 1, 'delayMs' => 1200]);
    $t = microtime(true);
    expect(api()->api('GET', "chargePermissions/$cp"), 200);
    ok(microtime(true) - $t >= 1.1, 'delayed response');
    // a client that gives up before the delayed answer retries with the same key and gets the replay
    control('POST', 'faults', ['count' => 1, 'delayMs' => 2500]);
    $key = SandboxClient::key();
    $timedOut = createCharge($cp, '3.00', [], ['idem' => $key, 'timeout' => 1]);
    ok($timedOut->status === 0, 'client timed out: ' . $timedOut->describe());
    expect(createCharge($cp, '3.00', [], ['idem' => $key]), 201);
    usleep(1_600_000);
    same(2, count(inspect($cp)['charges']), 'cancelled charge plus one delayed charge');
});

test('§9.45 throttling: above N requests per second per key the answer is 429 TooManyRequests', function (): void {
    $cp = permission()['chargePermissionId'];
    config(['throttleRate' => 3]);
    $statuses = [];
    for ($i = 0; $i < 6; $i++) {
        $statuses[] = api()->api('GET', "chargePermissions/$cp")->status;
    }
    ok(in_array(429, $statuses, true), 'throttled: ' . implode(',', $statuses));
    ok(count(array_filter($statuses, static fn (int $s): bool => $s === 200)) <= 3, 'at most 3 per second');
    $r = api()->api('GET', "chargePermissions/$cp");
    if ($r->status === 429) {
        expectError($r, 429, 'TooManyRequests');
    }
    usleep(1_100_000);
    expect(api()->api('GET', "chargePermissions/$cp"), 200);
    config(['throttleRate' => 0]);
});

test('the request log lists method, path, operation, idempotency key, status and applied/replayed', function (): void {
    $cp = permission()['chargePermissionId'];
    $key = SandboxClient::key();
    createCharge($cp, '1.00', [], ['idem' => $key]);
    createCharge($cp, '1.00', [], ['idem' => $key]);
    api()->api('GET', "chargePermissions/$cp");
    createCharge($cp, '1.00', [], ['sim' => 'HardDeclined']);
    $log = requests();
    same(4, count($log));
    same(['POST', 'POST', 'GET', 'POST'], array_column($log, 'method'));
    same('/sandbox/v2/charges', $log[0]['path']);
    same(['createCharge', 'createCharge', 'getChargePermission', 'createCharge'], array_column($log, 'operation'));
    same(['applied', 'replayed', 'read', 'rejected'], array_column($log, 'outcome'));
    same([201, 201, 200, 422], array_column($log, 'status'));
    same('HardDeclined', $log[3]['reasonCode']);
    same($key, $log[0]['idempotencyKey']);
    control('POST', 'requests/clear');
    same([], requests());
});
