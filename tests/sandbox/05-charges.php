<?php

declare(strict_types=1);

/* Charges: limits, declines, capture, cancel, expiry, async steps. */

require __DIR__ . '/harness.inc';

test('§9.20 Create Charge above amountBalance is 400 TransactionAmountExceeded', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(createCharge($cp, '100.01'), 400, 'TransactionAmountExceeded');
    $c = authorizedCharge($cp, '100.00');
    expect(capture($c['chargeId'], '70.00'), 200);
    expectError(createCharge($cp, '30.01'), 400, 'TransactionAmountExceeded');
    authorizedCharge($cp, '30.00');
    // per-currency maximum
    $big = permission(['chargeAmount' => price('150000.00', 'USD'), 'totalOrderAmount' => price('150000.00', 'USD'), 'region' => 'na'])['chargePermissionId'];
    expectError(createCharge($big, '150000.01', ['currency' => 'USD'], ['region' => 'na']), 400, 'TransactionAmountExceeded');
    authorizedCharge($big, '150000.00', ['currency' => 'USD'], ['region' => 'na']);
    $r = api()->control('POST', 'chargePermissions', ['chargeAmount' => price('10000001', 'JPY')]);
    same(400, $r->status, 'JPY maximum 10,000,000');
});

test('§9.21 the 26th open Charge on a one-time permission is 422 TransactionCountExceeded; declined/canceled ones do not count', function (): void {
    $cp = permission(['chargeAmount' => price('1000.00')])['chargePermissionId'];
    $ids = [];
    for ($i = 0; $i < 24; $i++) {
        $ids[] = authorizedCharge($cp, '1.00')['chargeId'];
    }
    expectError(createCharge($cp, '1.00', [], ['sim' => 'SoftDeclined']), 422, 'SoftDeclined');
    $last = authorizedCharge($cp, '1.00');
    expect(api()->api('DELETE', "charges/{$last['chargeId']}/cancel", ['cancellationReason' => 'x']), 200);
    authorizedCharge($cp, '1.00');
    expectError(createCharge($cp, '1.00'), 422, 'TransactionCountExceeded');
    expect(capture($ids[0], '1.00'), 200);
    expectError(createCharge($cp, '1.00'), 422, 'TransactionCountExceeded');
    same(25, count(array_filter(inspect($cp)['charges'], static fn (array $c): bool => !in_array(state($c), ['Declined', 'Canceled'], true))));
    // recurring permissions have no 25-charge limit
    $rec = permission(['chargeAmount' => price('1.00'), 'chargePermissionType' => 'Recurring'])['chargePermissionId'];
    for ($i = 0; $i < 26; $i++) {
        authorizedCharge($rec, '1.00');
    }
});

test('§9.23 currency of charge/capture/refund different from the permission/charge is 400 CurrencyMismatch', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(createCharge($cp, '1.00', ['currency' => 'GBP']), 400, 'CurrencyMismatch');
    $c = authorizedCharge($cp, '10.00');
    expectError(capture($c['chargeId'], '10.00', [], 'USD'), 400, 'CurrencyMismatch');
    expect(capture($c['chargeId'], '10.00'), 200);
    expectError(api()->api('POST', 'refunds', ['chargeId' => $c['chargeId'], 'refundAmount' => price('1.00', 'GBP')]), 400, 'CurrencyMismatch');
    // non-ledger currency in na / jp
    expectError(api()->api('POST', 'checkoutSessions', ['webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://x'], 'storeId' => 's',
        'paymentDetails' => ['chargeAmount' => price('5.00', 'USD')]], ['region' => 'jp']), 400, 'CurrencyMismatch');
    config(['nonLedgerCurrencyCode' => 'InvalidParameterValue']);
    expectError(api()->api('POST', 'checkoutSessions', ['webCheckoutDetails' => ['checkoutReviewReturnUrl' => 'https://x'], 'storeId' => 's',
        'paymentDetails' => ['chargeAmount' => price('5.00', 'EUR')]], ['region' => 'na']), 400, 'InvalidParameterValue');
});

test('§9.24 softDescriptor longer than 16 is 400 InvalidParameterValue; without captureNow it is 400 InvalidParameterCombination', function (): void {
    $cp = permission()['chargePermissionId'];
    expectError(createCharge($cp, '1.00', ['captureNow' => true, 'softDescriptor' => str_repeat('x', 17)]), 400, 'InvalidParameterValue');
    expectError(createCharge($cp, '1.00', ['softDescriptor' => 'Shop']), 400, 'InvalidParameterCombination');
    $c = authorizedCharge($cp, '1.00', ['captureNow' => true, 'softDescriptor' => str_repeat('x', 16)]);
    same('AMZ*' . str_repeat('x', 16), $c['softDescriptor'], 'echoed with the AMZ* statement prefix');
    $a = authorizedCharge($cp, '1.00');
    expectError(api()->api('POST', "charges/{$a['chargeId']}/capture", ['captureAmount' => price('1.00'), 'softDescriptor' => str_repeat('y', 17)]), 400, 'InvalidParameterValue');
    expectError(api()->api('POST', 'refunds', ['chargeId' => $c['chargeId'], 'refundAmount' => price('1.00'), 'softDescriptor' => str_repeat('z', 17)]), 400, 'InvalidParameterValue');
    config(['softDescriptorRequiresCaptureNow' => false]);
    authorizedCharge($cp, '1.00', ['softDescriptor' => 'Shop']);
});

test('§9.25 Create Charge: 201 Authorized (Captured with captureNow); pending simulation -> AuthorizationInitiated, settled after 30 s', function (): void {
    $cp = permission()['chargePermissionId'];
    $r = createCharge($cp, '10.00');
    same(201, $r->status);
    same('Authorized', state($r->json()));
    same(null, $r->json()['captureAmount']);
    $now = authorizedCharge($cp, '10.00', ['captureNow' => true]);
    same('Captured', state($now));
    same('10.00', $now['captureAmount']['amount']);
    $pending = authorizedCharge($cp, '10.00', ['canHandlePendingAuthorization' => true], ['sim' => 'AuthorizationInitiated']);
    same('AuthorizationInitiated', state($pending));
    $declining = authorizedCharge($cp, '10.00', ['canHandlePendingAuthorization' => true], ['sim' => 'PendingHardDeclined']);
    $soft = authorizedCharge($cp, '10.00', ['canHandlePendingAuthorization' => true], ['sim' => 'PendingSoftDeclined']);
    advance(30);
    same('Authorized', state(getJson("charges/{$pending['chargeId']}")));
    $d = getJson("charges/{$declining['chargeId']}");
    same(['Declined', 'HardDeclined'], [state($d), reason($d)]);
    same(['Declined', 'SoftDeclined'], [state($s = getJson("charges/{$soft['chargeId']}")), reason($s)]);
    config(['asyncDelaySeconds' => 5]);
    $fast = authorizedCharge(permission()['chargePermissionId'], '1.00', ['canHandlePendingAuthorization' => true], ['sim' => 'AuthorizationInitiated']);
    advance(5);
    same('Authorized', state(getJson("charges/{$fast['chargeId']}")));
    // pending + captureNow: captured as soon as authorized
    $both = authorizedCharge(permission()['chargePermissionId'], '1.00', ['canHandlePendingAuthorization' => true, 'captureNow' => true],
        ['sim' => 'AuthorizationInitiated']);
    advance(5);
    same('Captured', state(getJson("charges/{$both['chargeId']}")));
});

test('§9.26 sync decline simulations: 422 SoftDeclined/HardDeclined/AmazonRejected/TransactionTimedOut/PaymentMethodNotAllowed/MFANotCompleted, 500 ProcessingFailure', function (): void {
    foreach (['SoftDeclined', 'HardDeclined', 'AmazonRejected', 'TransactionTimedOut', 'PaymentMethodNotAllowed', 'MFANotCompleted'] as $code) {
        $cp = permission()['chargePermissionId'];
        expectError(createCharge($cp, '1.00', [], ['sim' => $code]), 422, $code);
        $declined = inspect($cp)['charges'];
        same(1, count($declined), "$code: the declined charge is kept");
        same(['Declined', $code], [state($declined[0]), reason($declined[0])]);
    }
    $cp = permission()['chargePermissionId'];
    expectError(createCharge($cp, '1.00', [], ['sim' => 'ProcessingFailure']), 500, 'ProcessingFailure');
    same('Chargeable', state(getJson("chargePermissions/$cp")));
});

test('§9.27 after HardDeclined the permission is NonChargeable/PaymentMethodInvalid, after AmazonRejected Closed/AmazonCanceled, after SoftDeclined still Chargeable', function (): void {
    $hard = permission()['chargePermissionId'];
    createCharge($hard, '1.00', [], ['sim' => 'HardDeclined']);
    $v = getJson("chargePermissions/$hard");
    same(['NonChargeable', 'PaymentMethodInvalid'], [state($v), $v['statusDetails']['reasons'][0]['reasonCode']]);
    $rejected = permission()['chargePermissionId'];
    createCharge($rejected, '1.00', [], ['sim' => 'AmazonRejected']);
    $v = getJson("chargePermissions/$rejected");
    same(['Closed', 'AmazonCanceled'], [state($v), $v['statusDetails']['reasons'][0]['reasonCode']]);
    $soft = permission()['chargePermissionId'];
    createCharge($soft, '1.00', [], ['sim' => 'SoftDeclined']);
    same('Chargeable', state(getJson("chargePermissions/$soft")));
    authorizedCharge($soft, '1.00');
    config(['hardDeclinedPermissionReason' => '']);
    $stays = permission()['chargePermissionId'];
    createCharge($stays, '1.00', [], ['sim' => 'HardDeclined']);
    same('Chargeable', state(getJson("chargePermissions/$stays")), 'configurable');
});

test('§9.28 capture only from Authorized, else 422 InvalidChargeStatus; a second capture is 422 too', function (): void {
    $cp = permission()['chargePermissionId'];
    $c = authorizedCharge($cp, '10.00');
    expect(capture($c['chargeId'], '10.00'), 200);
    expectError(capture($c['chargeId'], '10.00'), 422, 'InvalidChargeStatus');
    $pending = authorizedCharge($cp, '5.00', ['canHandlePendingAuthorization' => true], ['sim' => 'AuthorizationInitiated']);
    expectError(capture($pending['chargeId'], '5.00'), 422, 'InvalidChargeStatus');
    $canceled = authorizedCharge($cp, '5.00');
    expect(api()->api('DELETE', "charges/{$canceled['chargeId']}/cancel", ['cancellationReason' => 'x']), 200);
    expectError(capture($canceled['chargeId'], '5.00'), 422, 'InvalidChargeStatus');
    createCharge($cp, '5.00', [], ['sim' => 'SoftDeclined']);
    $declined = array_values(array_filter(inspect($cp)['charges'], static fn (array $ch): bool => state($ch) === 'Declined'))[0];
    expectError(capture($declined['chargeId'], '5.00'), 422, 'InvalidChargeStatus');
    $initiated = authorizedCharge($cp, '5.00');
    expect(capture($initiated['chargeId'], '5.00', ['sim' => 'CaptureInitiated']), 200);
    expectError(capture($initiated['chargeId'], '5.00'), 422, 'InvalidChargeStatus');
});

test('§9.29 captureAmount above chargeAmount is 400 TransactionAmountExceeded; a smaller capture is Captured with that amount', function (): void {
    $cp = permission()['chargePermissionId'];
    $c = authorizedCharge($cp, '40.00');
    expectError(capture($c['chargeId'], '40.01'), 400, 'TransactionAmountExceeded');
    $done = expect(capture($c['chargeId'], '25.50'), 200);
    same(['Captured', '25.50', '40.00'], [state($done), $done['captureAmount']['amount'], $done['chargeAmount']['amount']]);
    same('74.50', getJson("chargePermissions/$cp")['limits']['amountBalance']['amount']);
    // capturing beyond what the permission has left is refused as well
    $x = authorizedCharge($cp, '60.00');
    $y = authorizedCharge($cp, '60.00');
    expect(capture($x['chargeId'], '60.00'), 200);
    expectError(capture($y['chargeId'], '60.00'), 400, 'TransactionAmountExceeded');
    expect(capture($y['chargeId'], '14.50'), 200);
    same('0.00', getJson("chargePermissions/$cp")['limits']['amountBalance']['amount']);
});

test('§9.30 capture within 7 days is synchronous; later (Live rules) it is CaptureInitiated, then Captured; Sandbox captures at once', function (): void {
    $live = permission(['releaseEnvironment' => 'Live'])['chargePermissionId'];
    $early = authorizedCharge($live, '10.00', [], ['mode' => 'live']);
    $late = authorizedCharge($live, '10.00', [], ['mode' => 'live']);
    advance(6 * DAY);
    same('Captured', state(expect(capture($early['chargeId'], '10.00', ['mode' => 'live']), 200)));
    advance(DAY + 60);
    $r = expect(capture($late['chargeId'], '10.00', ['mode' => 'live']), 200);
    same('CaptureInitiated', state($r));
    advance(30);
    same('Captured', state(getJson("charges/{$late['chargeId']}", ['mode' => 'live'])));
    $sandbox = permission()['chargePermissionId'];
    $s = authorizedCharge($sandbox, '10.00');
    advance(DAY + 3600);
    same('Captured', state(expect(capture($s['chargeId'], '10.00'), 200)));
});

test('§9.31 capture simulation CaptureInitiated -> Captured after 30 s; AmazonRejected -> CaptureInitiated then Declined/AmazonRejected', function (): void {
    $cp = permission()['chargePermissionId'];
    $a = authorizedCharge($cp, '10.00');
    same('CaptureInitiated', state(expect(capture($a['chargeId'], '10.00', ['sim' => 'CaptureInitiated']), 200)));
    $b = authorizedCharge($cp, '10.00');
    same('CaptureInitiated', state(expect(capture($b['chargeId'], '10.00', ['sim' => 'AmazonRejected']), 200)));
    same('80.00', getJson("chargePermissions/$cp")['limits']['amountBalance']['amount'], 'captures in progress are reserved');
    advance(20);
    same('CaptureInitiated', state(getJson("charges/{$a['chargeId']}")));
    advance(10);
    same('Captured', state(getJson("charges/{$a['chargeId']}")));
    $d = getJson("charges/{$b['chargeId']}");
    same(['Declined', 'AmazonRejected'], [state($d), reason($d)]);
    $permission = getJson("chargePermissions/$cp");
    same('90.00', $permission['limits']['amountBalance']['amount'], 'the declined capture is released');
    same(['Closed', 'AmazonCanceled'], [state($permission), $permission['statusDetails']['reasons'][0]['reasonCode']],
        'AmazonRejected also cancels the permission');
    // Create Charge with captureNow and CaptureInitiated
    $c = authorizedCharge(permission()['chargePermissionId'], '5.00', ['captureNow' => true], ['sim' => 'CaptureInitiated']);
    same('CaptureInitiated', state($c));
    advance(30);
    same('Captured', state(getJson("charges/{$c['chargeId']}")));
});

test('§9.33 an Authorized charge expires after 2 days in Sandbox / 30 days in Live: Canceled/ExpiredUnused, capture 422', function (): void {
    $s = authorizedCharge(permission()['chargePermissionId'], '10.00');
    $l = authorizedCharge(permission(['releaseEnvironment' => 'Live'])['chargePermissionId'], '10.00', [], ['mode' => 'live']);
    advance(2 * DAY - 60);
    same('Authorized', state(getJson("charges/{$s['chargeId']}")));
    advance(120);
    $v = getJson("charges/{$s['chargeId']}");
    same(['Canceled', 'ExpiredUnused'], [state($v), reason($v)]);
    expectError(capture($s['chargeId'], '10.00'), 422, 'InvalidChargeStatus');
    same('Authorized', state(getJson("charges/{$l['chargeId']}", ['mode' => 'live'])));
    advance(28 * DAY);
    $v = getJson("charges/{$l['chargeId']}", ['mode' => 'live']);
    same(['Canceled', 'ExpiredUnused'], [state($v), reason($v)]);
    expectError(capture($l['chargeId'], '10.00', ['mode' => 'live']), 422, 'InvalidChargeStatus');
});

test('§9.34 Cancel from AuthorizationInitiated or Authorized -> Canceled/MerchantCanceled with the reason; otherwise 422', function (): void {
    $cp = permission()['chargePermissionId'];
    $a = authorizedCharge($cp, '10.00');
    $r = expect(api()->api('DELETE', "charges/{$a['chargeId']}/cancel", ['cancellationReason' => 'Out of stock']), 200);
    same(['Canceled', 'MerchantCanceled', 'Out of stock'], [state($r), reason($r), $r['statusDetails']['reasonDescription']]);
    $p = authorizedCharge($cp, '10.00', ['canHandlePendingAuthorization' => true], ['sim' => 'AuthorizationInitiated']);
    same('Canceled', state(expect(api()->api('DELETE', "charges/{$p['chargeId']}/cancel", ['cancellationReason' => 'x']), 200)));
    advance(60);
    same('Canceled', state(getJson("charges/{$p['chargeId']}")), 'the pending authorization does not come back');
    expectError(api()->api('DELETE', "charges/{$a['chargeId']}/cancel", ['cancellationReason' => 'x']), 422, 'InvalidChargeStatus');
    $c = authorizedCharge($cp, '10.00', ['captureNow' => true]);
    expectError(api()->api('DELETE', "charges/{$c['chargeId']}/cancel", ['cancellationReason' => 'x']), 422, 'InvalidChargeStatus');
    $i = authorizedCharge($cp, '10.00');
    expect(capture($i['chargeId'], '10.00', ['sim' => 'CaptureInitiated']), 200);
    expectError(api()->api('DELETE', "charges/{$i['chargeId']}/cancel", []), 422, 'InvalidChargeStatus');
});
