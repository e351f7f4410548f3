<?php

declare(strict_types=1);

/* Checkout Sessions, test-buyer cards, simulation codes. */

require __DIR__ . '/harness.inc';

function newSession(array $extra = [], array $opts = []): array
{
    return expect(api()->api('POST', 'checkoutSessions', [
        'webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://shop.example/review'],
        'storeId' => 'amzn1.application-oa2-client.sandboxstore',
    ] + $extra, $opts), 201);
}

test('§9.12 a Checkout Session starts Open; Update works only while Open, else 422 InvalidCheckoutSessionStatus', function (): void {
    $session = newSession();
    same('Open', state($session));
    $ids = array_column($session['constraints'], 'constraintId');
    ok(in_array('ChargeAmountNotSet', $ids, true) && in_array('PaymentIntentNotSet', $ids, true)
        && in_array('CheckoutResultReturnUrlNotSet', $ids, true), 'constraints listed: ' . implode(',', $ids));
    $id = $session['checkoutSessionId'];
    expectError(complete($id), 422, 'InvalidCheckoutSessionStatus');
    $updated = expect(api()->api('PATCH', "checkoutSessions/$id", [
        'webCheckoutDetails' => ['checkoutResultReturnUrl' => 'https://shop.example/result'],
        'paymentDetails' => ['paymentIntent' => 'Authorize', 'chargeAmount' => price('50.00')],
    ]), 200);
    same([], $updated['constraints']);
    ok(is_string($updated['webCheckoutDetails']['amazonPayRedirectUrl']), 'amazonPayRedirectUrl once complete');
    expect(complete($id), 200);
    expectError(api()->api('PATCH', "checkoutSessions/$id", ['merchantMetadata' => ['noteToBuyer' => 'x']]), 422, 'InvalidCheckoutSessionStatus');
    $canceled = readySession();
    expectError(complete($canceled['checkoutSessionId'], '50.00', ['sim' => 'BuyerCanceled']), 422, 'CheckoutSessionCanceled');
    expectError(api()->api('PATCH', "checkoutSessions/{$canceled['checkoutSessionId']}", ['platformId' => 'p']), 422, 'InvalidCheckoutSessionStatus');
});

test('§9.13 an Open session older than 24 hours reads Canceled/Expired and cannot be completed', function (): void {
    $session = readySession();
    $id = $session['checkoutSessionId'];
    advance(DAY - 60);
    same('Open', state(getJson("checkoutSessions/$id")));
    advance(120);
    $expired = getJson("checkoutSessions/$id");
    same('Canceled', state($expired));
    same('Expired', reason($expired));
    expectError(complete($id), 422, 'InvalidCheckoutSessionStatus');
    expectError(api()->api('PATCH', "checkoutSessions/$id", ['platformId' => 'p']), 422, 'InvalidCheckoutSessionStatus');
});

test('§9.14 Complete with another amount or currency than the session is 409 AmountMismatch', function (): void {
    $session = readySession();
    $id = $session['checkoutSessionId'];
    expectError(complete($id, '49.99'), 409, 'AmountMismatch');
    expectError(complete($id, '50.00', [], 'GBP'), 409, 'AmountMismatch');
    same('Open', state(getJson("checkoutSessions/$id")));
    expect(complete($id, '50.00'), 200);
    $withTotal = readySession(['totalOrderAmount' => price('80.00')]);
    expectError(complete($withTotal['checkoutSessionId']), 409, 'AmountMismatch');
    expect(api()->api('POST', "checkoutSessions/{$withTotal['checkoutSessionId']}/complete",
        ['chargeAmount' => price('50.00'), 'totalOrderAmount' => price('80.00')]), 200);
});

test('§9.15 Complete twice is 422 InvalidCheckoutSessionStatus; buyer-canceled/declined sessions answer CheckoutSessionCanceled', function (): void {
    $done = readySession();
    expect(complete($done['checkoutSessionId']), 200);
    expectError(complete($done['checkoutSessionId']), 422, 'InvalidCheckoutSessionStatus');

    $canceled = readySession();
    expectError(complete($canceled['checkoutSessionId'], '50.00', ['sim' => 'BuyerCanceled']), 422, 'CheckoutSessionCanceled');
    $view = getJson("checkoutSessions/{$canceled['checkoutSessionId']}");
    same(['Canceled', 'BuyerCanceled'], [state($view), reason($view)]);
    expectError(complete($canceled['checkoutSessionId']), 422, 'CheckoutSessionCanceled');

    $declined = readySession();
    control('POST', "checkoutSessions/{$declined['checkoutSessionId']}/buyer", ['paymentMethod' => '3434']);
    expectError(complete($declined['checkoutSessionId']), 422, 'CheckoutSessionCanceled');
    $view = getJson("checkoutSessions/{$declined['checkoutSessionId']}");
    same(['Canceled', 'Declined'], [state($view), reason($view)]);

    $amazon = readySession();
    expectError(complete($amazon['checkoutSessionId'], '50.00', ['sim' => 'AmazonCanceled']), 422, 'CheckoutSessionCanceled');
    same('AmazonCanceled', reason(getJson("checkoutSessions/{$amazon['checkoutSessionId']}")));

    config(['checkoutSessionCanceledStatus' => 400]);
    $other = readySession();
    expectError(complete($other['checkoutSessionId'], '50.00', ['sim' => 'Declined']), 400, 'CheckoutSessionCanceled');
});

test('§9.16 Complete: Confirm -> Chargeable permission and no charge; Authorize -> Authorized; AuthorizeWithCapture -> Captured', function (): void {
    $confirm = readySession(['paymentIntent' => 'Confirm']);
    $done = expect(complete($confirm['checkoutSessionId']), 200);
    same('Completed', state($done));
    same(null, $done['chargeId']);
    same('Chargeable', state(getJson("chargePermissions/{$done['chargePermissionId']}")));

    $auth = readySession(['paymentIntent' => 'Authorize']);
    $done = expect(complete($auth['checkoutSessionId']), 200);
    $charge = getJson("charges/{$done['chargeId']}");
    same('Authorized', state($charge));
    same('50.00', $charge['chargeAmount']['amount']);
    same($done['chargePermissionId'], $charge['chargePermissionId']);

    $capture = readySession(['paymentIntent' => 'AuthorizeWithCapture']);
    $done = expect(complete($capture['checkoutSessionId']), 200);
    $charge = getJson("charges/{$done['chargeId']}");
    same('Captured', state($charge));
    same('50.00', $charge['captureAmount']['amount']);
    same('Closed', state(getJson("chargePermissions/{$done['chargePermissionId']}")), 'fully captured one-time permission');
});

test('§9.16 Complete with canHandlePendingAuthorization and a pending simulation -> 202 and AuthorizationInitiated, Authorized later', function (): void {
    $session = readySession(['paymentIntent' => 'Authorize', 'canHandlePendingAuthorization' => true]);
    $r = complete($session['checkoutSessionId'], '50.00', ['sim' => 'AuthorizationInitiated']);
    $done = expect($r, 202);
    same('Completed', state($done));
    $charge = getJson("charges/{$done['chargeId']}");
    same('AuthorizationInitiated', state($charge));
    advance(20);
    same('AuthorizationInitiated', state(getJson("charges/{$done['chargeId']}")));
    advance(10);
    same('Authorized', state(getJson("charges/{$done['chargeId']}")));
    // without canHandlePendingAuthorization the pending simulation does not apply to the operation
    $plain = readySession();
    expectError(complete($plain['checkoutSessionId'], '50.00', ['sim' => 'AuthorizationInitiated']), 400, 'InvalidSandboxSimulationSpecified');
});

test('§9.17 a completed session no longer returns buyer or shipping; a canceled one only state and reasonCode', function (): void {
    $session = readySession();
    ok($session['buyer'] !== null && $session['shippingAddress'] !== null, 'open session shows the buyer');
    $done = expect(complete($session['checkoutSessionId']), 200);
    foreach ([$done, getJson("checkoutSessions/{$session['checkoutSessionId']}")] as $view) {
        same(null, $view['buyer']);
        same(null, $view['shippingAddress']);
        same(null, $view['billingAddress']);
        same(null, $view['paymentPreferences']);
    }
    $permission = getJson("chargePermissions/{$done['chargePermissionId']}");
    ok($permission['buyer'] !== null && $permission['shippingAddress'] !== null, 'the permission has the buyer');

    $canceled = readySession();
    expectError(complete($canceled['checkoutSessionId'], '50.00', ['sim' => 'BuyerCanceled']), 422, 'CheckoutSessionCanceled');
    $view = getJson("checkoutSessions/{$canceled['checkoutSessionId']}");
    same($canceled['checkoutSessionId'], $view['checkoutSessionId']);
    same('BuyerCanceled', reason($view));
    $rest = array_diff_key($view, ['checkoutSessionId' => 1, 'statusDetails' => 1]);
    same([], array_filter($rest, static fn ($v) => $v !== null), 'nothing but state and reason');
});

test('§9.42 test cards 3064 and 3434 cancel the session when the buyer returns (BuyerCanceled / Declined)', function (): void {
    $a = readySession();
    $r = control('POST', "checkoutSessions/{$a['checkoutSessionId']}/buyer", ['paymentMethod' => '3064']);
    same(['Canceled', 'BuyerCanceled'], [state($r), reason($r)]);
    $b = readySession();
    $r = control('POST', "checkoutSessions/{$b['checkoutSessionId']}/buyer", ['paymentMethod' => '3434']);
    same(['Canceled', 'Declined'], [state($r), reason($r)]);
    expectError(complete($b['checkoutSessionId']), 422, 'CheckoutSessionCanceled');
    // the amazonPayRedirectUrl page does the same and redirects back
    $c = readySession();
    $page = Http::request('GET', $c['webCheckoutDetails']['amazonPayRedirectUrl'] . '?paymentMethod=1111');
    same(302, $page->status);
    same('https://shop.example/result?amazonCheckoutSessionId=' . $c['checkoutSessionId'], $page->headers['location']);
    expect(complete($c['checkoutSessionId']), 200);
});

test('§9.42 test cards 0701 / 4354: AuthorizationInitiated then Authorized / Declined HardDeclined after 30 s; without pending support the session fails', function (): void {
    $ok = readySession(['paymentIntent' => 'Authorize', 'canHandlePendingAuthorization' => true]);
    control('POST', "checkoutSessions/{$ok['checkoutSessionId']}/buyer", ['paymentMethod' => '0701']);
    $done = expect(complete($ok['checkoutSessionId']), 202);
    same('AuthorizationInitiated', state(getJson("charges/{$done['chargeId']}")));
    advance(30);
    same('Authorized', state(getJson("charges/{$done['chargeId']}")));

    $bad = readySession(['paymentIntent' => 'Authorize', 'canHandlePendingAuthorization' => true]);
    control('POST', "checkoutSessions/{$bad['checkoutSessionId']}/buyer", ['paymentMethod' => '4354']);
    $done = expect(complete($bad['checkoutSessionId']), 202);
    advance(30);
    $charge = getJson("charges/{$done['chargeId']}");
    same(['Declined', 'HardDeclined'], [state($charge), reason($charge)]);
    same('NonChargeable', state(getJson("chargePermissions/{$done['chargePermissionId']}")));

    $noPending = readySession(['paymentIntent' => 'Authorize']);
    $r = control('POST', "checkoutSessions/{$noPending['checkoutSessionId']}/buyer", ['paymentMethod' => '0701']);
    same(['Canceled', 'Declined'], [state($r), reason($r)]);
    $confirm = readySession(['paymentIntent' => 'Confirm']);
    $r = control('POST', "checkoutSessions/{$confirm['checkoutSessionId']}/buyer", ['paymentMethod' => '4354']);
    same('Canceled', state($r));

    // the card stays with the permission: later charges behave the same way
    $cp = permission(['paymentMethod' => '0701'])['chargePermissionId'];
    expectError(createCharge($cp, '5.00'), 422, 'TransactionTimedOut');
    $pending = authorizedCharge($cp, '5.00', ['canHandlePendingAuthorization' => true]);
    same('AuthorizationInitiated', state($pending));
    $cp2 = permission(['paymentMethod' => '4354'])['chargePermissionId'];
    expectError(createCharge($cp2, '5.00'), 422, 'HardDeclined');
});

test('§9.41 unknown or operation-inappropriate simulation codes are 400 InvalidSandboxSimulationSpecified', function (): void {
    $cp = permission()['chargePermissionId'];
    $charge = authorizedCharge($cp);
    $session = readySession();
    expectError(createCharge($cp, '1.00', [], ['sim' => 'NoSuchCode']), 400, 'InvalidSandboxSimulationSpecified');
    expectError(createCharge($cp, '1.00', [], ['sim' => 'BuyerCanceled']), 400, 'InvalidSandboxSimulationSpecified');
    expectError(createCharge($cp, '1.00', [], ['sim' => 'CaptureInitiated']), 400, 'InvalidSandboxSimulationSpecified');
    expectError(capture($charge['chargeId'], '1.00', ['sim' => 'HardDeclined']), 400, 'InvalidSandboxSimulationSpecified');
    expectError(complete($session['checkoutSessionId'], '50.00', ['sim' => 'CaptureInitiated']), 400, 'InvalidSandboxSimulationSpecified');
    expectError(api()->api('GET', "charges/{$charge['chargeId']}", null, ['sim' => 'AmazonRejected']), 400, 'InvalidSandboxSimulationSpecified');
    expectError(api()->api('DELETE', "charges/{$charge['chargeId']}/cancel", [], ['sim' => 'SoftDeclined']), 400, 'InvalidSandboxSimulationSpecified');
    expectError(api()->api('DELETE', "chargePermissions/$cp/close", [], ['sim' => 'HardDeclined']), 400, 'InvalidSandboxSimulationSpecified');
    same('Authorized', state(getJson("charges/{$charge['chargeId']}")), 'nothing happened');
    same('Open', state(getJson("checkoutSessions/{$session['checkoutSessionId']}")));
});

test('§9.41 on live paths the simulation header is ignored (or refused with simulationOnLive=reject)', function (): void {
    $cp = permission(['releaseEnvironment' => 'Live'])['chargePermissionId'];
    $charge = authorizedCharge($cp, '5.00', [], ['mode' => 'live', 'sim' => 'HardDeclined']);
    same('Authorized', state($charge));
    authorizedCharge($cp, '5.00', [], ['mode' => 'live', 'sim' => 'NoSuchCode']);
    config(['simulationOnLive' => 'reject']);
    expectError(createCharge($cp, '5.00', [], ['mode' => 'live', 'sim' => 'HardDeclined']), 400, 'InvalidSandboxSimulationSpecified');
});

test('checkout sessions: presentmentCurrency cannot change, allowOvercharge only at creation, region ledger currencies', function (): void {
    $session = newSession(['paymentDetails' => ['presentmentCurrency' => 'EUR']]);
    $id = $session['checkoutSessionId'];
    expectError(api()->api('PATCH', "checkoutSessions/$id", ['paymentDetails' => ['presentmentCurrency' => 'GBP']]), 400, 'InvalidParameterValue');
    expectError(api()->api('PATCH', "checkoutSessions/$id", ['paymentDetails' => ['chargeAmount' => price('5.00', 'GBP')]]), 400, 'CurrencyMismatch');
    expectError(api()->api('PATCH', "checkoutSessions/$id", ['paymentDetails' => ['allowOvercharge' => true]]), 400, 'InvalidParameterValue');
    expectError(api()->api('POST', 'checkoutSessions', ['webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://x'], 'storeId' => 's',
        'paymentDetails' => ['chargeAmount' => price('5.00', 'EUR')]], ['region' => 'na']), 400, 'CurrencyMismatch');
    expect(api()->api('POST', 'checkoutSessions', ['webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://x'], 'storeId' => 's',
        'paymentDetails' => ['chargeAmount' => price('5.00', 'USD')]], ['region' => 'na']), 201);
    expect(api()->api('POST', 'checkoutSessions', ['webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://x'], 'storeId' => 's',
        'paymentDetails' => ['chargeAmount' => price('5.00', 'CHF')]], ['region' => 'eu']), 201);
});
