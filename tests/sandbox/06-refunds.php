<?php

declare(strict_types=1);

/* Refunds. */

require __DIR__ . '/harness.inc';

function refund(string $chargeId, string $amount, array $opts = [], string $currency = 'EUR'): HttpResult
{
    return api()->api('POST', 'refunds', ['chargeId' => $chargeId, 'refundAmount' => price($amount, $currency)], $opts);
}

function capturedCharge(string $amount = '100.00', array $spec = [], array $opts = [], string $currency = 'EUR'): array
{
    $cp = permission($spec + ['chargeAmount' => price($amount, $currency)])['chargePermissionId'];
    return authorizedCharge($cp, $amount, ['captureNow' => true, 'currency' => $currency], $opts);
}

test('§9.38 refunds only on Captured charges; 201 RefundInitiated, Refunded after the delay; refundedAmount grows on Refunded', function (): void {
    $cp = permission()['chargePermissionId'];
    $authorized = authorizedCharge($cp, '20.00');
    expectError(refund($authorized['chargeId'], '1.00'), 422, 'InvalidChargeStatus');
    $pendingCapture = authorizedCharge($cp, '20.00');
    expect(capture($pendingCapture['chargeId'], '20.00', ['sim' => 'CaptureInitiated']), 200);
    expectError(refund($pendingCapture['chargeId'], '1.00'), 422, 'InvalidChargeStatus');

    $charge = capturedCharge('50.00');
    $r = refund($charge['chargeId'], '20.00');
    $json = expect($r, 201);
    same(['RefundInitiated', '20.00', $charge['chargeId']], [state($json), $json['refundAmount']['amount'], $json['chargeId']]);
    same('0.00', getJson("charges/{$charge['chargeId']}")['refundedAmount']['amount']);
    advance(20);
    same('RefundInitiated', state(getJson("refunds/{$json['refundId']}")));
    advance(10);
    same('Refunded', state(getJson("refunds/{$json['refundId']}")));
    $after = getJson("charges/{$charge['chargeId']}");
    same(['Captured', '20.00'], [state($after), $after['refundedAmount']['amount']]);

    config(['refundedAmountOnInitiation' => true, 'refundDelaySeconds' => 300]);
    expect(refund($charge['chargeId'], '5.00'), 201);
    same('25.00', getJson("charges/{$charge['chargeId']}")['refundedAmount']['amount'], 'counted on initiation');
});

test('§9.38 refund simulations: AmazonRejected / RefundDeclined / ProcessingFailure end Declined after the delay', function (): void {
    $charge = capturedCharge('50.00');
    $a = expect(refund($charge['chargeId'], '1.00', ['sim' => 'AmazonRejected']), 201);
    $b = expect(refund($charge['chargeId'], '1.00', ['sim' => 'RefundDeclined']), 201);
    $c = expect(refund($charge['chargeId'], '1.00', ['sim' => 'ProcessingFailure']), 201);
    same('RefundInitiated', state($a));
    advance(30);
    $views = array_map(static fn (array $r): array => getJson("refunds/{$r['refundId']}"), [$a, $b, $c]);
    same(['Declined', 'Declined', 'Declined'], array_map('state', $views));
    same(['AmazonRejected', 'AmazonRejected', 'ProcessingFailure'], array_map('reason', $views));
    same('0.00', getJson("charges/{$charge['chargeId']}")['refundedAmount']['amount']);
    expectError(refund($charge['chargeId'], '1.00', ['sim' => 'HardDeclined']), 400, 'InvalidSandboxSimulationSpecified');
});

test('§9.39 refunds above captured + min(15 %, 75 EUR / 8,400 JPY) are 400 TransactionAmountExceeded', function (): void {
    $small = capturedCharge('100.00');
    expectError(refund($small['chargeId'], '115.01'), 400, 'TransactionAmountExceeded');
    expect(refund($small['chargeId'], '100.00'), 201);
    expectError(refund($small['chargeId'], '15.01'), 400, 'TransactionAmountExceeded');
    expect(refund($small['chargeId'], '15.00'), 201);
    expectError(refund($small['chargeId'], '0.01'), 400, 'TransactionAmountExceeded');

    $big = capturedCharge('1000.00');
    expectError(refund($big['chargeId'], '1075.01'), 400, 'TransactionAmountExceeded');
    expect(refund($big['chargeId'], '1075.00'), 201);

    $yen = capturedCharge('100000', ['region' => 'jp'], ['region' => 'jp'], 'JPY');
    expectError(refund($yen['chargeId'], '108401', ['region' => 'jp'], 'JPY'), 400, 'TransactionAmountExceeded');
    expect(refund($yen['chargeId'], '108400', ['region' => 'jp'], 'JPY'), 201);

    // declined refunds give their amount back; partial captures count what was captured
    $partial = authorizedCharge(permission()['chargePermissionId'], '80.00');
    expect(capture($partial['chargeId'], '40.00'), 200);
    expect(refund($partial['chargeId'], '46.00', ['sim' => 'AmazonRejected']), 201);
    expectError(refund($partial['chargeId'], '1.00'), 400, 'TransactionAmountExceeded');
    advance(30);
    expect(refund($partial['chargeId'], '46.00'), 201);
});

test('§9.40 the 11th refund on one charge is 422 TransactionCountExceeded', function (): void {
    $charge = capturedCharge('100.00');
    for ($i = 0; $i < 10; $i++) {
        expect(refund($charge['chargeId'], '1.00'), 201);
    }
    expectError(refund($charge['chargeId'], '1.00'), 422, 'TransactionCountExceeded');
    advance(60);
    expectError(refund($charge['chargeId'], '1.00'), 422, 'TransactionCountExceeded');
    same('10.00', getJson("charges/{$charge['chargeId']}")['refundedAmount']['amount']);
});
