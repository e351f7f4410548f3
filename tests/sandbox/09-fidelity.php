<?php

declare(strict_types=1);

/*
 * Response shapes and rules matched to Amazon's recorded answers and documentation. Each title
 * names its row of the fidelity comparison ("row N") listed in sandbox/README.md.
 */

require __DIR__ . '/harness.inc';

function inbox(): string
{
    return T::$base . '/__sandbox/ipn/inbox';
}

/** The notifications received so far, as "OBJECT_TYPE NotificationType ObjectId", after delivering all due ones. */
function notified(): array
{
    control('POST', 'tick');
    return array_map(
        static fn (array $n): string => "{$n['message']['ObjectType']} {$n['message']['NotificationType']} {$n['message']['ObjectId']}",
        control('GET', 'ipn/inbox')['notifications']
    );
}

/** A completed session (Authorize intent) and its Complete answer. */
function completedSession(): array
{
    $session = readySession();
    $done = expect(complete($session['checkoutSessionId']), 200);
    return [$session, $done];
}

test('row 1: a completed Checkout Session answers only its ids and statusDetails, on Complete and on later GETs', function (): void {
    [$open, $done] = completedSession();
    ok(is_array($open['paymentDetails']) && is_array($open['merchantMetadata']), 'the open session was filled');
    $id = $open['checkoutSessionId'];
    foreach ([$done, getJson("checkoutSessions/$id")] as $answer) {
        same('Completed', state($answer));
        same($id, $answer['checkoutSessionId']);
        ok(is_string($answer['chargePermissionId']) && is_string($answer['chargeId']), 'ids filled');
        foreach (['webCheckoutDetails', 'productType', 'paymentDetails', 'chargePermissionType', 'recurringMetadata',
            'merchantMetadata', 'buyer', 'billingAddress', 'paymentPreferences', 'shippingAddress', 'platformId',
            'storeId', 'providerMetadata', 'deliverySpecifications', 'checkoutType'] as $key) {
            ok(array_key_exists($key, $answer), "$key present");
            same(null, $answer[$key], $key);
        }
        same([], $answer['constraints']);
        ok(is_string($answer['creationTimestamp']), 'creationTimestamp kept under "current"');
    }
    config(['responseProfile' => 'strict-nulls']);
    $strict = getJson("checkoutSessions/$id");
    same([null, null, null, null], [$strict['creationTimestamp'], $strict['expirationTimestamp'], $strict['constraints'],
        $strict['releaseEnvironment']], 'strict-nulls: timestamps, constraints and environment null too');
    same($done['chargeId'], $strict['chargeId']);
});

test('row 2: a JSON number or boolean in a string field is bound as its text; objects and arrays stay 400', function (): void {
    $cp = permission()['chargePermissionId'];
    $charge = authorizedCharge($cp, '10.00', ['merchantMetadata' => ['merchantReferenceId' => 12345, 'merchantStoreName' => 12.5,
        'customInformation' => true], 'platformId' => 42]);
    same(['12345', '12.5', 'true'], [$charge['merchantMetadata']['merchantReferenceId'],
        $charge['merchantMetadata']['merchantStoreName'], $charge['merchantMetadata']['customInformation']]);
    same('42', $charge['platformId']);
    $updated = expect(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => ['merchantReferenceId' => 987]]), 200);
    same('987', $updated['merchantMetadata']['merchantReferenceId']);
    // the number is checked as its text: length limits apply to the digits
    $long = sprintf('{"chargePermissionId":"%s","chargeAmount":{"amount":"1.00","currencyCode":"EUR"},'
        . '"merchantMetadata":{"merchantStoreName":%s}}', $cp, str_repeat('9', 51));
    expectError(api()->api('POST', 'charges', $long), 400, 'InvalidParameterValue');
    $fits = expect(api()->api('POST', 'charges', str_replace(str_repeat('9', 51), str_repeat('9', 50), $long)), 201);
    same(str_repeat('9', 50), $fits['merchantMetadata']['merchantStoreName'], 'a long number keeps every digit');
    expectError(createCharge($cp, '1.00', ['merchantMetadata' => ['merchantReferenceId' => ['a' => 1]]]), 400, 'InvalidParameterValue');
    expectError(createCharge($cp, '1.00', ['merchantMetadata' => ['merchantReferenceId' => [1, 2]]]), 400, 'InvalidParameterValue');
    // an id given as a number is looked up as text
    expectError(api()->api('POST', 'refunds', ['chargeId' => 1234567, 'refundAmount' => price('1.00')]), 404, 'ResourceNotFound');
    $session = expect(api()->api('POST', 'checkoutSessions', [
        'webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://shop.example/review'],
        'storeId' => 'amzn1.application-oa2-client.sandboxstore',
        'merchantMetadata' => ['merchantReferenceId' => 555],
    ]), 201);
    same('555', $session['merchantMetadata']['merchantReferenceId']);
    same(2, count(inspect($cp)['charges']), 'no charge from the refused requests');
});

test('rows 6 and 8: strict-nulls renders refundedAmount null before capture and a 30-day expirationTimestamp; expiry stays 2 days', function (): void {
    $cp = permission()['chargePermissionId'];
    $charge = authorizedCharge($cp, '10.00');
    same(price('0.00'), $charge['refundedAmount'], 'current: a price before capture');
    $created = Clock_parse($charge['creationTimestamp']);
    same(2 * DAY, Clock_parse($charge['expirationTimestamp']) - $created, 'current: 2 days in Sandbox');
    config(['responseProfile' => 'strict-nulls']);
    $strict = getJson("charges/{$charge['chargeId']}");
    same(null, $strict['refundedAmount']);
    same(30 * DAY, Clock_parse($strict['expirationTimestamp']) - $created, 'strict-nulls: 30 days shown');
    $captured = expect(capture($charge['chargeId'], '10.00'), 200);
    same(price('0.00'), $captured['refundedAmount'], 'a price once captured');
    $other = authorizedCharge($cp, '10.00');
    advance(2 * DAY);
    same(['Canceled', 'ExpiredUnused'], [state(getJson("charges/{$other['chargeId']}")), reason(getJson("charges/{$other['chargeId']}"))]);
});

function Clock_parse(string $t): int
{
    return (int) DateTimeImmutable::createFromFormat('Ymd\THis\Z', $t, new DateTimeZone('UTC'))->format('U');
}

test('row 9: softDescriptors are echoed with the AMZ* prefix; strict-nulls gives refunds the store name by default', function (): void {
    $cp = permission()['chargePermissionId'];
    $charge = authorizedCharge($cp, '10.00');
    $captured = expect(api()->api('POST', "charges/{$charge['chargeId']}/capture",
        ['captureAmount' => price('10.00'), 'softDescriptor' => 'SOFT-DESC']), 200);
    same('AMZ*SOFT-DESC', $captured['softDescriptor']);
    $plain = expect(api()->api('POST', 'refunds', ['chargeId' => $charge['chargeId'], 'refundAmount' => price('1.00')]), 201);
    same(null, $plain['softDescriptor'], 'current: none given, none shown');
    $named = expect(api()->api('POST', 'refunds', ['chargeId' => $charge['chargeId'], 'refundAmount' => price('1.00'),
        'softDescriptor' => 'Refund 7']), 201);
    same('AMZ*Refund 7', $named['softDescriptor']);
    config(['responseProfile' => 'strict-nulls', 'merchantStoreName' => 'MyStore']);
    same('AMZ*MyStore', getJson("refunds/{$plain['refundId']}")['softDescriptor']);
});

test('row 10: closing with a closureReason echoes it as the reasonDescription', function (): void {
    $cp = permission()['chargePermissionId'];
    $closed = expect(api()->api('DELETE', "chargePermissions/$cp/close", ['closureReason' => 'No more charges required']), 200);
    same([['reasonCode' => 'MerchantClosed', 'reasonDescription' => 'No more charges required']], $closed['statusDetails']['reasons']);
    $other = permission()['chargePermissionId'];
    $plain = expect(api()->api('DELETE', "chargePermissions/$other/close", []), 200);
    same('MerchantClosed', $plain['statusDetails']['reasons'][0]['reasonCode']);
    ok(is_string($plain['statusDetails']['reasons'][0]['reasonDescription']), 'Amazon\'s text without a closureReason');
});

test('row 11: a Charge Permission carries amazonPayToken and recurringMetadata {frequency, amount}; strict-nulls nulls limits and expiration', function (): void {
    $p = permission();
    ok(is_string($p['amazonPayToken']) && $p['amazonPayToken'] !== '', 'amazonPayToken');
    same(['frequency' => null, 'amount' => null], $p['recurringMetadata'], 'one-time: the object with null members');
    same(price('100.00'), $p['limits']['amountLimit']);
    ok(is_array($p['shippingAddress']), 'PayAndShip: shipping address');
    same(null, permission(['productType' => 'PayOnly'])['shippingAddress'], 'PayOnly: no shipping address');
    config(['responseProfile' => 'strict-nulls']);
    $strict = getJson("chargePermissions/{$p['chargePermissionId']}");
    same(['amountLimit' => null, 'amountBalance' => null], $strict['limits']);
    same(null, $strict['expirationTimestamp']);
    same([['paymentDescriptor' => null]], $strict['paymentPreferences']);
    same($p['amazonPayToken'], $strict['amazonPayToken'], 'the token is stable');
    // the limit still holds, it is only not shown
    expectError(createCharge($p['chargePermissionId'], '100.01'), 400, 'TransactionAmountExceeded');
});

test('row 13: an open session renders unset allowOvercharge/extendExpiration as null, paymentPreferences [null] without buyer, checkoutType', function (): void {
    config(['autoBuyer' => false]);
    $session = expect(api()->api('POST', 'checkoutSessions', [
        'webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://shop.example/review'],
        'storeId' => 'amzn1.application-oa2-client.sandboxstore',
    ]), 201);
    same([null, null], [$session['paymentDetails']['allowOvercharge'], $session['paymentDetails']['extendExpiration']]);
    same([null], $session['paymentPreferences']);
    same('MultiStep', $session['checkoutType']);
    $set = expect(api()->api('POST', 'checkoutSessions', [
        'webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://shop.example/review'],
        'storeId' => 'amzn1.application-oa2-client.sandboxstore',
        'paymentDetails' => ['allowOvercharge' => true, 'extendExpiration' => false],
    ]), 201);
    same([true, false], [$set['paymentDetails']['allowOvercharge'], $set['paymentDetails']['extendExpiration']]);
});

test('row 22: idempotency keys are unique per merchant account and environment, whatever public key id signs', function (): void {
    $cp = permission()['chargePermissionId'];
    $pem = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pub.pem');
    $priv = (string) file_get_contents(__DIR__ . '/../fixtures/vectors/test-key.pem');
    $rotated = control('POST', 'keys', ['publicKeyId' => 'AROTATEDKEYOFDEMOMERCHANT', 'publicKey' => $pem]);
    same('A2AMZPAYSANDBOX1', $rotated['merchantId'], 'a key belongs to the default merchant unless told otherwise');
    control('POST', 'keys', ['publicKeyId' => 'AKEYOFANOTHERMERCHANT0001', 'publicKey' => $pem, 'merchantId' => 'AOTHERMERCHANT']);
    $key = SandboxClient::key();
    $first = createCharge($cp, '10.00', [], ['idem' => $key]);
    expect($first, 201);
    // key rotation and the SANDBOX- prefixed id of the same merchant replay the first answer
    $rotatedAnswer = createCharge($cp, '10.00', [], ['idem' => $key, 'keyId' => 'AROTATEDKEYOFDEMOMERCHANT', 'privateKey' => $priv]);
    same($first->body, $rotatedAnswer->body, 'replayed across the merchant\'s keys');
    $prefixed = createCharge($cp, '10.00', [], ['idem' => $key, 'mode' => '', 'keyId' => 'SANDBOX-AMZPAYSANDBOXDEMOKEY0001']);
    same($first->body, $prefixed->body, 'replayed for the SANDBOX- key id');
    // another merchant's key has its own keys
    $foreign = createCharge($cp, '10.00', [], ['idem' => $key, 'keyId' => 'AKEYOFANOTHERMERCHANT0001', 'privateKey' => $priv]);
    same(201, $foreign->status);
    ok($foreign->json()['chargeId'] !== $first->json()['chargeId'], 'a new charge for the other merchant');
    same(['applied', 'replayed', 'replayed', 'applied'], array_column(requests(['operation' => 'createCharge']), 'outcome'));
    same(['AROTATEDKEYOFDEMOMERCHANT', 'AKEYOFANOTHERMERCHANT0001'], array_values(array_intersect(
        ['AROTATEDKEYOFDEMOMERCHANT', 'AKEYOFANOTHERMERCHANT0001'], array_column(control('GET', 'keys')['keys'], 'publicKeyId'))));
});

test('row 22: the Live environment does not share the Sandbox\'s idempotency keys', function (): void {
    $sandbox = permission()['chargePermissionId'];
    $live = permission(['releaseEnvironment' => 'Live'])['chargePermissionId'];
    $key = SandboxClient::key();
    expect(createCharge($sandbox, '10.00', [], ['idem' => $key]), 201);
    $liveCharge = createCharge($live, '10.00', [], ['idem' => $key, 'mode' => 'live']);
    same(201, $liveCharge->status, 'the same key is new in Live: ' . $liveCharge->describe());
    same($live, $liveCharge->json()['chargePermissionId']);
    // per public key id (the demo key serves both environments) a Live request never gets a Sandbox answer
    config(['idempotencyScope' => 'publicKeyId']);
    $key = SandboxClient::key();
    expect(createCharge($sandbox, '10.00', [], ['idem' => $key]), 201);
    expectError(createCharge($sandbox, '10.00', [], ['idem' => $key, 'mode' => 'live']), 400, 'DuplicateIdempotencyKey');
});

test('row 23: the simulation code is part of the fingerprint unless idempotencyFingerprintSimulation is off', function (): void {
    $cp = permission()['chargePermissionId'];
    $key = SandboxClient::key();
    $plain = createCharge($cp, '10.00', [], ['idem' => $key]);
    expect($plain, 201);
    expectError(createCharge($cp, '10.00', [], ['idem' => $key, 'sim' => 'SoftDeclined']), 400, 'DuplicateIdempotencyKey');
    config(['idempotencyFingerprintSimulation' => false]);
    $again = createCharge($cp, '10.00', [], ['idem' => $key, 'sim' => 'SoftDeclined']);
    same($plain->body, $again->body, 'replayed despite another simulation code');
    same(1, count(inspect($cp)['charges']));
});

test('row 24: a stored 4xx is replayed by default; with idempotencyReplayErrors off the fixed request runs under the same key', function (): void {
    $cp = permission()['chargePermissionId'];
    $nonChargeable = function () use ($cp): void {
        expectError(createCharge($cp, '10.00', [], ['sim' => 'HardDeclined']), 422, 'HardDeclined');
        same('NonChargeable', state(getJson("chargePermissions/$cp")));
    };
    $nonChargeable();
    $key = SandboxClient::key();
    expectError(createCharge($cp, '10.00', [], ['idem' => $key]), 422, 'InvalidChargePermissionStatus');
    same('Chargeable', state(control('POST', "chargePermissions/$cp/paymentMethod", ['paymentMethod' => '1111'])));
    expectError(createCharge($cp, '10.00', [], ['idem' => $key]), 422, 'InvalidChargePermissionStatus');
    same(['rejected', 'replayed'], array_column(requests(['idempotencyKey' => $key]), 'outcome'), 'default: the 422 is replayed');

    config(['idempotencyReplayErrors' => false]);
    $nonChargeable();
    $key = SandboxClient::key();
    expectError(createCharge($cp, '10.00', [], ['idem' => $key]), 422, 'InvalidChargePermissionStatus');
    control('POST', "chargePermissions/$cp/paymentMethod", ['paymentMethod' => '1111']);
    $charge = expect(createCharge($cp, '10.00', [], ['idem' => $key]), 201);
    same('Authorized', state($charge));
    same(['rejected', 'applied'], array_column(requests(['idempotencyKey' => $key]), 'outcome'));
    same($charge, expect(createCharge($cp, '10.00', [], ['idem' => $key]), 201), 'a 2xx is always replayed');
});

test('row 35: throttling answers TooManyRequests or RequestThrottled (throttleReasonCode, or per 429 fault)', function (): void {
    $cp = permission()['chargePermissionId'];
    control('POST', 'faults', ['count' => 1, 'status' => 429]);
    expectError(api()->api('GET', "chargePermissions/$cp"), 429, 'TooManyRequests');
    control('POST', 'faults', ['count' => 1, 'status' => 429, 'reasonCode' => 'RequestThrottled']);
    expectError(api()->api('GET', "chargePermissions/$cp"), 429, 'RequestThrottled');
    config(['throttleReasonCode' => 'RequestThrottled']);
    control('POST', 'faults', ['count' => 1, 'status' => 429]);
    expectError(api()->api('GET', "chargePermissions/$cp"), 429, 'RequestThrottled');
    config(['throttleRate' => 2]);
    $codes = [];
    for ($i = 0; $i < 4; $i++) {
        $r = api()->api('GET', "chargePermissions/$cp");
        $codes[] = $r->status === 429 ? $r->json()['reasonCode'] : $r->status;
    }
    ok(in_array('RequestThrottled', $codes, true), 'rate throttling uses the switch: ' . json_encode($codes));
    $bad = api()->control('POST', 'config', ['throttleReasonCode' => 'SlowDown']);
    same(400, $bad->status, 'only the two codes Amazon uses');
    same(400, api()->control('POST', 'faults', ['count' => 1, 'status' => 429, 'reasonCode' => 7])->status);
});

test('rows 38 and 39: by default only asynchronous changes raise IPNs; ipnOnSynchronousChanges adds the others', function (): void {
    control('POST', 'ipn', ['url' => inbox()]);
    $cp = permission()['chargePermissionId'];
    $charge = authorizedCharge($cp, '60.00');
    $pending = authorizedCharge($cp, '40.00', ['canHandlePendingAuthorization' => true], ['sim' => 'AuthorizationInitiated']);
    expect(capture($charge['chargeId'], '60.00'), 200);
    same([], notified(), 'create, authorize and capture are answered synchronously: no IPN');
    advance(30);
    same(["CHARGE STATE_CHANGE {$pending['chargeId']}"], notified(), 'the pending authorization settles');
    expect(capture($pending['chargeId'], '40.00'), 200);
    $refund = expect(api()->api('POST', 'refunds', ['chargeId' => $charge['chargeId'], 'refundAmount' => price('5.00')]), 201);
    advance(30);
    same(["CHARGE STATE_CHANGE {$pending['chargeId']}", "CHARGE_PERMISSION STATE_CHANGE $cp", "REFUND STATE_CHANGE {$refund['refundId']}"],
        notified(), 'the permission closing after the full capture and the refund settling');

    control('DELETE', 'ipn/inbox');
    config(['ipnOnSynchronousChanges' => true]);
    $other = permission()['chargePermissionId'];
    $c = authorizedCharge($other, '10.00');
    expect(api()->api('PATCH', "chargePermissions/$other", ['merchantMetadata' => ['merchantReferenceId' => 'order-7']]), 200);
    expect(api()->api('PATCH', "chargePermissions/$other", ['merchantMetadata' => ['merchantReferenceId' => 'order-7']]), 200);
    same(["CHARGE_PERMISSION STATE_CHANGE $other", "CHARGE STATE_CHANGE {$c['chargeId']}", "CHARGE_PERMISSION ATTRIBUTE_CHANGE $other"],
        notified(), 'an unchanged PATCH notifies nothing');
});

test('row 38: a buyer changing the payment method raises ATTRIBUTE_CHANGE, or STATE_CHANGE when it makes the permission Chargeable', function (): void {
    control('POST', 'ipn', ['url' => inbox()]);
    $cp = permission(['chargePermissionType' => 'Recurring'])['chargePermissionId'];
    $changed = control('POST', "chargePermissions/$cp/paymentMethod", ['paymentMethod' => '0701']);
    same('Chargeable', state($changed));
    same(["CHARGE_PERMISSION ATTRIBUTE_CHANGE $cp"], notified());
    expectError(createCharge($cp, '10.00', [], ['sim' => 'HardDeclined']), 422, 'HardDeclined');
    same(['NonChargeable', 'PaymentMethodInvalid'], [state(getJson("chargePermissions/$cp")),
        getJson("chargePermissions/$cp")['statusDetails']['reasons'][0]['reasonCode']]);
    same('Chargeable', state(control('POST', "chargePermissions/$cp/paymentMethod", ['paymentMethod' => '1111'])));
    same(["CHARGE_PERMISSION ATTRIBUTE_CHANGE $cp", "CHARGE_PERMISSION STATE_CHANGE $cp", "CHARGE_PERMISSION STATE_CHANGE $cp"],
        notified(), 'the decline made it NonChargeable, the new payment method Chargeable');
    same(400, api()->control('POST', "chargePermissions/$cp/paymentMethod", ['paymentMethod' => '9999'])->status, 'unknown card');
    expect(api()->api('DELETE', "chargePermissions/$cp/close", []), 200);
    same(422, api()->control('POST', "chargePermissions/$cp/paymentMethod", ['paymentMethod' => '1111'])->status, 'closed');
});

test('responseProfile is a control-API switch with two values; GET /__sandbox/config shows it', function (): void {
    same('current', control('GET', 'config')['responseProfile']);
    same('strict-nulls', control('POST', 'config', ['responseProfile' => 'strict-nulls'])['responseProfile']);
    same(400, api()->control('POST', 'config', ['responseProfile' => 'lenient'])->status);
    control('POST', 'reset');
    same('current', control('GET', 'config')['responseProfile'], 'a reset restores the default');
});
