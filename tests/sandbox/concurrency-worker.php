<?php

declare(strict_types=1);

/*
 * One of the parallel clients of 08-concurrency.php: creates charges on one permission, captures
 * them, refunds them, sometimes repeats a request with the same idempotency key. Prints a JSON
 * report of what it was told.
 *
 * usage: php concurrency-worker.php <base URL> <charge permission id> <start at (unix time)> <iterations>
 */

require __DIR__ . '/client.inc';

[, $base, $permissionId, $startAt, $iterations] = $argv;
$client = new SandboxClient($base);
mt_srand(getmypid());

$report = ['charges' => [], 'captures' => [], 'refunds' => [], 'statuses' => [], 'unexpected' => []];
$expected = [
    'createCharge' => ['201', '400 TransactionAmountExceeded', '422 TransactionCountExceeded', '422 InvalidChargePermissionStatus'],
    'captureCharge' => ['200', '400 TransactionAmountExceeded'],
    'createRefund' => ['201', '400 TransactionAmountExceeded', '422 TransactionCountExceeded'],
];
$record = static function (string $op, HttpResult $r) use (&$report, $expected): ?array {
    $label = $r->status . ($r->status >= 300 ? ' ' . ($r->json()['reasonCode'] ?? '?') : '');
    $report['statuses'][$op][$label] = ($report['statuses'][$op][$label] ?? 0) + 1;
    if (!in_array($label, $expected[$op], true)) {
        $report['unexpected'][] = "$op: " . $r->describe();
    }
    return $r->status < 300 ? $r->json() : null;
};
$money = static fn (int $cents): string => sprintf('%d.%02d', intdiv($cents, 100), $cents % 100);

while (microtime(true) < (float) $startAt) {
    usleep(1000);
}

for ($i = 0; $i < (int) $iterations; $i++) {
    $amount = mt_rand(100, 9000);
    $key = SandboxClient::key();
    $body = ['chargePermissionId' => $permissionId, 'chargeAmount' => ['amount' => $money($amount), 'currencyCode' => 'EUR']];
    $charge = $record('createCharge', $client->api('POST', 'charges', $body, ['idem' => $key]));
    if ($charge === null) {
        continue;
    }
    $report['charges'][] = $charge['chargeId'];
    if (mt_rand(0, 3) === 0) {
        // a retry of the same request must replay, not create a second charge
        $again = $client->api('POST', 'charges', $body, ['idem' => $key]);
        if (($again->json()['chargeId'] ?? null) !== $charge['chargeId']) {
            $report['unexpected'][] = 'replay returned ' . $again->describe();
        }
    }
    $captureAmount = mt_rand(1, $amount);
    $captureKey = SandboxClient::key();
    $captured = $record('captureCharge', $client->api('POST', "charges/{$charge['chargeId']}/capture",
        ['captureAmount' => ['amount' => $money($captureAmount), 'currencyCode' => 'EUR']], ['idem' => $captureKey]));
    if ($captured === null) {
        continue;
    }
    $report['captures'][] = [$charge['chargeId'], $captureAmount];
    for ($j = mt_rand(0, 2); $j > 0; $j--) {
        $refundAmount = mt_rand(1, (int) ($captureAmount * 0.7) + 1);
        $refund = $record('createRefund', $client->api('POST', 'refunds',
            ['chargeId' => $charge['chargeId'], 'refundAmount' => ['amount' => $money($refundAmount), 'currencyCode' => 'EUR']]));
        if ($refund !== null) {
            $report['refunds'][] = $refund['refundId'];
        }
    }
}

echo json_encode($report), "\n";
