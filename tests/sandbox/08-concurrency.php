<?php

declare(strict_types=1);

/* 8 parallel clients on one permission (the server runs several php -S workers). */

require __DIR__ . '/harness.inc';

function cents(string $amount): int
{
    [$whole, $fraction] = explode('.', $amount);
    return (int) $whole * 100 + (int) $fraction;
}

test('concurrency: 8 parallel clients creating, capturing and refunding on one permission leave the state consistent', function (): void {
    $permission = permission(['chargeAmount' => price('600.00')]);
    $cp = $permission['chargePermissionId'];
    $startAt = microtime(true) + 0.7;
    $procs = [];
    for ($i = 0; $i < 8; $i++) {
        $cmd = [PHP_BINARY, __DIR__ . '/concurrency-worker.php', T::$base, $cp, (string) $startAt, '8'];
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        ok(is_resource($proc), 'worker started');
        $procs[] = [$proc, $pipes];
    }
    $reports = [];
    foreach ($procs as [$proc, $pipes]) {
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        $code = proc_close($proc);
        same(0, $code, "worker exit status ($err)");
        $reports[] = json_decode(trim($out), true) ?? throw new TestFailure("bad worker output: $out $err");
    }
    $unexpected = array_merge(...array_column($reports, 'unexpected'));
    same([], $unexpected, 'no unexpected answers');

    $state = inspect($cp);
    $view = $state['chargePermission'];
    $charges = $state['charges'];
    $limit = cents($view['limits']['amountLimit']['amount']);

    // no more than 25 charges, and exactly the ones clients were told about
    $reported = array_merge(...array_column($reports, 'charges'));
    same(count($reported), count(array_unique($reported)), 'no charge id handed out twice');
    $ids = array_column($charges, 'chargeId');
    sort($ids);
    sort($reported);
    same($reported, $ids, 'every created charge was reported to exactly one client (no lost or phantom writes)');
    ok(count($charges) <= 25, count($charges) . ' charges <= 25');
    ok(count($charges) >= 10, 'the clients really competed (' . count($charges) . ' charges)');

    // captured total within the limit, balance never negative and consistent
    $captured = 0;
    $capturesReported = array_merge(...array_column($reports, 'captures'));
    $capturedById = [];
    foreach ($charges as $charge) {
        if (state($charge) === 'Captured') {
            $capturedById[$charge['chargeId']] = cents($charge['captureAmount']['amount']);
            $captured += $capturedById[$charge['chargeId']];
        }
    }
    same(count($capturesReported), count($capturedById), 'captures reported == captured charges');
    foreach ($capturesReported as [$id, $amount]) {
        same($amount, $capturedById[$id] ?? null, "capture of $id");
    }
    ok($captured <= $limit, "captured $captured <= limit $limit");
    $balance = cents($view['limits']['amountBalance']['amount']);
    ok($balance >= 0, 'amountBalance not negative');
    same($limit - $captured, $balance, 'amountBalance = limit - captured');
    if ($captured === $limit) {
        same('Closed', state($view));
    }

    // refunds within captured + overage and at most 10 per charge
    $refundIds = [];
    foreach ($charges as $charge) {
        $sum = 0;
        foreach ($charge['refunds'] as $refund) {
            $refundIds[] = $refund['refundId'];
            $sum += state($refund) === 'Declined' ? 0 : cents($refund['refundAmount']['amount']);
        }
        ok(count($charge['refunds']) <= 10, 'refunds per charge');
        $cap = $capturedById[$charge['chargeId']] ?? 0;
        ok($sum <= $cap + min(intdiv($cap * 15, 100), 7500), "refunds of {$charge['chargeId']} within the limit");
    }
    $refundsReported = array_merge(...array_column($reports, 'refunds'));
    sort($refundIds);
    sort($refundsReported);
    same($refundsReported, $refundIds, 'every refund reported once');

    // the request log agrees: one applied request per object
    $log = requests();
    $applied = static fn (string $op): int => count(array_filter($log, static fn (array $e): bool => $e['operation'] === $op && $e['applied']));
    same(count($charges), $applied('createCharge'), 'applied createCharge');
    same(count($capturedById), $applied('captureCharge'), 'applied captureCharge');
    same(count($refundIds), $applied('createRefund'), 'applied createRefund');
    same(0, count(array_filter($log, static fn (array $e): bool => $e['status'] >= 500)), 'no server errors');
});
