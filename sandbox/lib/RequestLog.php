<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * The log of signed API requests: what was asked, what was answered, and whether the request
 * changed state ("applied"), was answered from the idempotency store ("replayed"), was only a
 * read ("read"), was refused ("rejected") or was answered by an injected fault ("fault").
 */
final class RequestLog
{
    public static function write(Store $store, array $entry): void
    {
        $store->exec(
            'INSERT INTO requests (real_time, sim_time, request_id, env, method, path, operation, public_key_id,
             idempotency_key, simulation_code, status, reason_code, outcome, object_id, fault)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                microtime(true), $entry['simTime'], $entry['requestId'], $entry['env'] ?? null, $entry['method'],
                $entry['path'], $entry['operation'] ?? null, $entry['publicKeyId'] ?? null, $entry['idempotencyKey'] ?? null,
                $entry['simulationCode'] ?? null, $entry['status'], $entry['reasonCode'] ?? null, $entry['outcome'],
                $entry['objectId'] ?? null, $entry['fault'] ?? null,
            ]
        );
    }

    /** @param array<string, string> $filter operation, method, outcome, path (substring), idempotencyKey */
    public static function list(Store $store, array $filter): array
    {
        $where = [];
        $params = [];
        foreach (['operation' => 'operation', 'method' => 'method', 'outcome' => 'outcome',
            'idempotencyKey' => 'idempotency_key', 'environment' => 'env'] as $param => $column) {
            if (isset($filter[$param]) && $filter[$param] !== '') {
                $where[] = "$column = ?";
                $params[] = $filter[$param];
            }
        }
        if (isset($filter['path']) && $filter['path'] !== '') {
            $where[] = 'instr(path, ?) > 0';
            $params[] = $filter['path'];
        }
        $sql = 'SELECT * FROM requests' . ($where === [] ? '' : ' WHERE ' . implode(' AND ', $where)) . ' ORDER BY id';
        return array_map(static fn (array $r): array => [
            'id' => (int) $r['id'],
            'time' => Clock::format((int) $r['sim_time']),
            'requestId' => $r['request_id'],
            'environment' => $r['env'],
            'method' => $r['method'],
            'path' => $r['path'],
            'operation' => $r['operation'],
            'publicKeyId' => $r['public_key_id'],
            'idempotencyKey' => $r['idempotency_key'],
            'simulationCode' => $r['simulation_code'],
            'status' => (int) $r['status'],
            'reasonCode' => $r['reason_code'],
            'outcome' => $r['outcome'],
            'applied' => $r['outcome'] === 'applied',
            'replayed' => $r['outcome'] === 'replayed',
            'objectId' => $r['object_id'],
            'fault' => $r['fault'],
        ], $store->query($sql, $params));
    }

    /** Requests of this key in the last real second that were not themselves throttled. */
    public static function recentCount(Store $store, string $publicKeyId): int
    {
        $rows = $store->query(
            'SELECT COUNT(*) AS n FROM requests WHERE public_key_id = ? AND real_time > ? AND status <> 429',
            [$publicKeyId, microtime(true) - 1.0]
        );
        return (int) $rows[0]['n'];
    }
}
