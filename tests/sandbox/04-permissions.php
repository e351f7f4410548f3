<?php

declare(strict_types=1);

/* Charge Permissions: limits, states, closing, expiry, metadata, recurring limits. */

require __DIR__ . '/harness.inc';

test('§9.18 amountLimit = totalOrderAmount if given, else chargeAmount; allowOvercharge = max(9x, 500); amountBalance = limit - captured', function (): void {
    $plain = permission();
    same(price('100.00'), $plain['limits']['amountLimit']);
    same(price('100.00'), $plain['limits']['amountBalance']);
    $total = permission(['totalOrderAmount' => price('250.00')]);
    same(price('250.00'), $total['limits']['amountLimit']);
    $over = permission(['chargeAmount' => price('20.00'), 'allowOvercharge' => true]);
    same(price('500.00'), $over['limits']['amountLimit']);
    $overBig = permission(['chargeAmount' => price('100.00'), 'allowOvercharge' => true]);
    same(price('900.00'), $overBig['limits']['amountLimit']);
    $yen = permission(['chargeAmount' => price('1000', 'JPY'), 'allowOvercharge' => true]);
    same(price('70000', 'JPY'), $yen['limits']['amountLimit']);
    // through checkout: totalOrderAmount becomes the limit
    $session = readySession(['paymentIntent' => 'Confirm', 'totalOrderAmount' => price('80.00')]);
    $done = expect(api()->api('POST', "checkoutSessions/{$session['checkoutSessionId']}/complete",
        ['chargeAmount' => price('50.00'), 'totalOrderAmount' => price('80.00')]), 200);
    same(price('80.00'), getJson("chargePermissions/{$done['chargePermissionId']}")['limits']['amountLimit']);
    // balance: captured reduces it, open authorizations do not (unless configured)
    $cp = $plain['chargePermissionId'];
    $a = authorizedCharge($cp, '30.00');
    same('100.00', getJson("chargePermissions/$cp")['limits']['amountBalance']['amount']);
    expect(capture($a['chargeId'], '25.00'), 200);
    same('75.00', getJson("chargePermissions/$cp")['limits']['amountBalance']['amount']);
    authorizedCharge($cp, '20.00');
    config(['authorizationsReduceBalance' => true]);
    same('55.00', getJson("chargePermissions/$cp")['limits']['amountBalance']['amount']);
});

test('§9.19 Create Charge on a NonChargeable or Closed permission is 422 InvalidChargePermissionStatus', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(createCharge($cp, '1.00', [], ['sim' => 'HardDeclined']), 422, 'HardDeclined');
    same('NonChargeable', state(getJson("chargePermissions/$cp")));
    expectError(createCharge($cp, '1.00'), 422, 'InvalidChargePermissionStatus');
    $closed = permission()['chargePermissionId'];
    expect(api()->api('DELETE', "chargePermissions/$closed/close", ['closureReason' => 'x']), 200);
    expectError(createCharge($closed, '1.00'), 422, 'InvalidChargePermissionStatus');
});

test('§9.22 Recurring permission: charges in one calendar month above the limit are 400 PeriodicAmountExceeded', function (): void {
    $cp = permission(['chargeAmount' => price('10.00', 'USD'), 'region' => 'na', 'chargePermissionType' => 'Recurring'])['chargePermissionId'];
    $view = getJson("chargePermissions/$cp", ['region' => 'na']);
    same('Recurring', $view['chargePermissionType']);
    same(price('1000.00', 'USD'), $view['limits']['amountLimit']);
    $c = authorizedCharge($cp, '600.00', ['currency' => 'USD'], ['region' => 'na']);
    expect(capture($c['chargeId'], '600.00', ['region' => 'na'], 'USD'), 200);
    authorizedCharge($cp, '300.00', ['currency' => 'USD'], ['region' => 'na']);
    expectError(createCharge($cp, '100.01', ['currency' => 'USD'], ['region' => 'na']), 400, 'PeriodicAmountExceeded');
    authorizedCharge($cp, '100.00', ['currency' => 'USD'], ['region' => 'na']);
    same('Chargeable', state(getJson("chargePermissions/$cp", ['region' => 'na'])), 'recurring permissions do not close when used up');
    // the next calendar month starts afresh
    $clock = control('GET', 'clock');
    $now = $clock['epoch'];
    $nextMonth = gmmktime(0, 0, 10, (int) gmdate('n', $now) + 1, 1, (int) gmdate('Y', $now));
    advance($nextMonth - $now);
    authorizedCharge($cp, '900.00', ['currency' => 'USD'], ['region' => 'na']);
});

test('§9.32 when the captured total reaches amountLimit a one-time permission becomes Closed/AmazonClosed with balance 0', function (): void {
    $cp = permission()['chargePermissionId'];
    $a = authorizedCharge($cp, '60.00');
    $b = authorizedCharge($cp, '40.00');
    expect(capture($a['chargeId'], '60.00'), 200);
    same('Chargeable', state(getJson("chargePermissions/$cp")));
    expect(capture($b['chargeId'], '40.00'), 200);
    $view = getJson("chargePermissions/$cp");
    same('Closed', state($view));
    same([['reasonCode' => 'AmazonClosed', 'reasonDescription' => $view['statusDetails']['reasons'][0]['reasonDescription']]],
        $view['statusDetails']['reasons']);
    same(price('0.00'), $view['limits']['amountBalance']);
    expectError(createCharge($cp, '1.00'), 422, 'InvalidChargePermissionStatus');
});

test('§9.35 Close: Closed/MerchantClosed; cancelPendingCharges cancels open charges (or leaves them); closing twice is 422', function (): void {
    $cp = permission()['chargePermissionId'];
    $pending = authorizedCharge($cp, '5.00', ['canHandlePendingAuthorization' => true], ['sim' => 'AuthorizationInitiated']);
    $open = authorizedCharge($cp, '5.00');
    $captured = authorizedCharge($cp, '5.00', ['captureNow' => true]);
    $closed = expect(api()->api('DELETE', "chargePermissions/$cp/close", ['closureReason' => 'order canceled', 'cancelPendingCharges' => true]), 200);
    same('Closed', state($closed));
    same('MerchantClosed', $closed['statusDetails']['reasons'][0]['reasonCode']);
    foreach ([$pending, $open] as $charge) {
        $view = getJson("charges/{$charge['chargeId']}");
        same(['Canceled', 'ChargePermissionCanceled'], [state($view), reason($view)]);
    }
    same('Captured', state(getJson("charges/{$captured['chargeId']}")));
    expectError(createCharge($cp, '1.00'), 422, 'InvalidChargePermissionStatus');
    expectError(api()->api('DELETE', "chargePermissions/$cp/close", ['closureReason' => 'again']), 422, 'InvalidChargePermissionStatus');
    expectError(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => ['noteToBuyer' => 'x']]), 422, 'InvalidChargePermissionStatus');

    $keep = permission()['chargePermissionId'];
    $stays = authorizedCharge($keep, '5.00');
    expect(api()->api('DELETE', "chargePermissions/$keep/close", ['closureReason' => 'x', 'cancelPendingCharges' => false]), 200);
    same('Authorized', state(getJson("charges/{$stays['chargeId']}")));
    expect(capture($stays['chargeId'], '5.00'), 200);

    $amazon = permission()['chargePermissionId'];
    $r = expect(api()->api('DELETE', "chargePermissions/$amazon/close", ['closureReason' => 'x'], ['sim' => 'AmazonClosed']), 200);
    same('AmazonClosed', $r['statusDetails']['reasons'][0]['reasonCode']);

    config(['closeClosedPermission' => 'ok']);
    expect(api()->api('DELETE', "chargePermissions/$cp/close", ['closureReason' => 'again']), 200);
    expectError(api()->api('DELETE', "chargePermissions/$cp/close", ['closureReason' => str_repeat('x', 256)]), 400, 'InvalidParameterValue');
});

test('§9.36 a one-time permission older than 180 days (13 months with extendExpiration) is Closed/Expired', function (): void {
    $cp = permission()['chargePermissionId'];
    $extended = permission(['extendExpiration' => true])['chargePermissionId'];
    $recurring = permission(['chargePermissionType' => 'Recurring'])['chargePermissionId'];
    $view = getJson("chargePermissions/$cp");
    $created = DateTimeImmutable::createFromFormat('Ymd\THis\Z', $view['creationTimestamp'], new DateTimeZone('UTC'));
    $expires = DateTimeImmutable::createFromFormat('Ymd\THis\Z', $view['expirationTimestamp'], new DateTimeZone('UTC'));
    same(180 * DAY, $expires->getTimestamp() - $created->getTimestamp());
    advance(180 * DAY - 100);
    same('Chargeable', state(getJson("chargePermissions/$cp")));
    advance(200);
    $view = getJson("chargePermissions/$cp");
    same('Closed', state($view));
    same('Expired', $view['statusDetails']['reasons'][0]['reasonCode']);
    expectError(createCharge($cp, '1.00'), 422, 'InvalidChargePermissionStatus');
    same('Chargeable', state(getJson("chargePermissions/$extended")));
    same('Chargeable', state(getJson("chargePermissions/$recurring")));
    advance(220 * DAY);
    same('Closed', state(getJson("chargePermissions/$extended")), '13 months');
    same('Closed', state(getJson("chargePermissions/$recurring")), 'recurring: 13 months');
});

test('§9.37 Update merchantMetadata works once; the second change is 422 ChargePermissionNotModifiable; lengths are enforced', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => ['merchantReferenceId' => str_repeat('r', 257)]]), 400, 'InvalidParameterValue');
    expectError(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => ['merchantStoreName' => str_repeat('s', 51)]]), 400, 'InvalidParameterValue');
    expectError(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => ['noteToBuyer' => str_repeat('n', 256)]]), 400, 'InvalidParameterValue');
    expectError(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => ['customInformation' => str_repeat('c', 4097)]]), 400, 'InvalidParameterValue');
    $first = expect(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => [
        'merchantReferenceId' => str_repeat('r', 256), 'merchantStoreName' => str_repeat('s', 50),
        'noteToBuyer' => str_repeat('n', 255), 'customInformation' => str_repeat('c', 4096)]]), 200);
    same(str_repeat('s', 50), $first['merchantMetadata']['merchantStoreName']);
    // sending the same values again is not a change
    expect(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => ['merchantStoreName' => str_repeat('s', 50)]]), 200);
    expectError(api()->api('PATCH', "chargePermissions/$cp", ['merchantMetadata' => ['merchantStoreName' => 'Other']]), 422, 'ChargePermissionNotModifiable');
    same(str_repeat('s', 50), getJson("chargePermissions/$cp")['merchantMetadata']['merchantStoreName']);
});

test('charge permission fields: statusDetails.reasons is a list, buyer details readable for 30 days', function (): void {
    $cp = permission()['chargePermissionId'];
    $view = getJson("chargePermissions/$cp");
    same(null, $view['statusDetails']['reasons']);
    same('OneTime', $view['chargePermissionType']);
    ok($view['buyer']['buyerId'] !== null, 'buyer');
    expectError(createCharge($cp, '1.00', [], ['sim' => 'HardDeclined']), 422, 'HardDeclined');
    $view = getJson("chargePermissions/$cp");
    same('PaymentMethodInvalid', $view['statusDetails']['reasons'][0]['reasonCode']);
    advance(31 * DAY);
    same(null, getJson("chargePermissions/$cp")['buyer']);
});
