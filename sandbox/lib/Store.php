<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

use PDO;

/**
 * SQLite state. Every request that reads or changes objects runs inside one BEGIN IMMEDIATE
 * transaction, so concurrent php -S workers are serialised by SQLite's write lock (busy_timeout
 * makes them wait instead of failing) and no update is ever lost.
 */
final class Store
{
    private const SCHEMA_VERSION = 1;

    /** Object tables: id, environment, parent id, next time-based event, JSON document. */
    public const OBJECT_TABLES = ['sessions', 'permissions', 'charges', 'refunds'];

    private PDO $pdo;
    private int $depth = 0;

    public function __construct(public readonly string $file)
    {
        $this->pdo = new PDO('sqlite:' . $file, null, null, [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            PDO::ATTR_TIMEOUT => 60,
        ]);
        $this->pdo->exec('PRAGMA busy_timeout = 60000');
        $this->migrate();
        $this->pdo->exec('PRAGMA synchronous = NORMAL');
        $this->pdo->exec('PRAGMA foreign_keys = OFF');
    }

    public function pdo(): PDO
    {
        return $this->pdo;
    }

    /**
     * Runs $work inside BEGIN IMMEDIATE ... COMMIT (nested calls join the outer transaction).
     * The callback's writes are committed even when it throws an ApiError: a refusal may have
     * side effects (a declined charge, a permission that became NonChargeable).
     *
     * @template T
     * @param callable(): T $work
     * @return T
     */
    public function transaction(callable $work): mixed
    {
        if ($this->depth > 0) {
            return $work();
        }
        $this->begin();
        $this->depth = 1;
        try {
            $result = $work();
        } catch (ApiError $e) {
            $this->depth = 0;
            $this->pdo->exec('COMMIT');
            throw $e;
        } catch (\Throwable $e) {
            $this->depth = 0;
            $this->pdo->exec('ROLLBACK');
            throw $e;
        }
        $this->depth = 0;
        $this->pdo->exec('COMMIT');
        return $result;
    }

    private function begin(): void
    {
        for ($attempt = 0; ; $attempt++) {
            try {
                $this->pdo->exec('BEGIN IMMEDIATE');
                return;
            } catch (\PDOException $e) {
                if ($attempt >= 50 || !str_contains($e->getMessage(), 'locked')) {
                    throw $e;
                }
                usleep(20000 + random_int(0, 20000));
            }
        }
    }

    public function query(string $sql, array $params = []): array
    {
        $stmt = $this->pdo->prepare($sql);
        $stmt->execute($params);
        return $stmt->fetchAll();
    }

    public function exec(string $sql, array $params = []): int
    {
        $stmt = $this->pdo->prepare($sql);
        $stmt->execute($params);
        return $stmt->rowCount();
    }

    public function meta(string $key): ?string
    {
        $rows = $this->query('SELECT v FROM meta WHERE k = ?', [$key]);
        return $rows === [] ? null : $rows[0]['v'];
    }

    public function setMeta(string $key, ?string $value): void
    {
        if ($value === null) {
            $this->exec('DELETE FROM meta WHERE k = ?', [$key]);
            return;
        }
        $this->exec('INSERT INTO meta (k, v) VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v', [$key, $value]);
    }

    /** One object document, or null when it does not exist in that environment. */
    public function find(string $table, string $id, string $env): ?array
    {
        $rows = $this->query("SELECT data FROM $table WHERE id = ? AND env = ?", [$id, $env]);
        return $rows === [] ? null : json_decode($rows[0]['data'], true, 512, JSON_THROW_ON_ERROR);
    }

    public function exists(string $table, string $id): bool
    {
        return $this->query("SELECT 1 FROM $table WHERE id = ?", [$id]) !== [];
    }

    /** @return list<array> children documents ordered by creation */
    public function children(string $table, string $parentId): array
    {
        $rows = $this->query("SELECT data FROM $table WHERE parent = ? ORDER BY seq", [$parentId]);
        return array_map(static fn (array $r): array => json_decode($r['data'], true, 512, JSON_THROW_ON_ERROR), $rows);
    }

    public function save(string $table, array $doc, ?string $parent, ?int $dueAt): void
    {
        $this->exec(
            "INSERT INTO $table (id, env, parent, due_at, data) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT(id) DO UPDATE SET due_at = excluded.due_at, data = excluded.data",
            [$doc['id'], $doc['env'], $parent, $dueAt, json_encode($doc, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES)]
        );
    }

    /** @return list<array{table: string, id: string, due_at: int}> */
    public function due(int $now): array
    {
        $events = [];
        foreach (self::OBJECT_TABLES as $table) {
            foreach ($this->query("SELECT id, due_at FROM $table WHERE due_at IS NOT NULL AND due_at <= ?", [$now]) as $row) {
                $events[] = ['table' => $table, 'id' => $row['id'], 'due_at' => (int) $row['due_at']];
            }
        }
        usort($events, static fn (array $a, array $b): int => [$a['due_at'], $a['id']] <=> [$b['due_at'], $b['id']]);
        return $events;
    }

    public function findAnyEnv(string $table, string $id): ?array
    {
        $rows = $this->query("SELECT data FROM $table WHERE id = ?", [$id]);
        return $rows === [] ? null : json_decode($rows[0]['data'], true, 512, JSON_THROW_ON_ERROR);
    }

    /** Wipes objects, logs, faults, idempotency records, IPN queue, clock and config. Keys stay. */
    public function reset(bool $keys): void
    {
        $this->transaction(function () use ($keys): void {
            foreach ([...self::OBJECT_TABLES, 'idempotency', 'requests', 'faults', 'ipn_queue', 'ipn_inbox'] as $table) {
                $this->pdo->exec("DELETE FROM $table");
            }
            $this->pdo->exec("DELETE FROM meta WHERE k IN ('clock_offset', 'config', 'ipn_urls', 'inbox_faults')");
            if ($keys) {
                $this->pdo->exec('DELETE FROM keys WHERE builtin = 0');
                $this->pdo->exec("DELETE FROM meta WHERE k = 'key_merchants'");
            }
        });
    }

    private function migrate(): void
    {
        $version = (int) $this->pdo->query('PRAGMA user_version')->fetchColumn();
        if ($version >= self::SCHEMA_VERSION) {
            return;
        }
        try {
            $this->pdo->exec('PRAGMA journal_mode = WAL');
        } catch (\PDOException) {
            // another process is switching the mode at the same moment; WAL is persistent anyway
        }
        $this->transaction(function (): void {
            if ((int) $this->pdo->query('PRAGMA user_version')->fetchColumn() >= self::SCHEMA_VERSION) {
                return;
            }
            foreach (self::OBJECT_TABLES as $table) {
                $this->pdo->exec("CREATE TABLE $table (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE, env TEXT NOT NULL, parent TEXT, due_at INTEGER, data TEXT NOT NULL)");
                $this->pdo->exec("CREATE INDEX {$table}_parent ON $table (parent)");
                $this->pdo->exec("CREATE INDEX {$table}_due ON $table (due_at)");
            }
            $this->pdo->exec('CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)');
            $this->pdo->exec('CREATE TABLE keys (public_key_id TEXT PRIMARY KEY, pem TEXT NOT NULL,
                builtin INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)');
            $this->pdo->exec('CREATE TABLE idempotency (
                scope TEXT NOT NULL, idem_key TEXT NOT NULL, fingerprint TEXT NOT NULL,
                status INTEGER NOT NULL, body TEXT NOT NULL, object_id TEXT, created_at INTEGER NOT NULL,
                PRIMARY KEY (scope, idem_key))');
            $this->pdo->exec('CREATE TABLE requests (
                id INTEGER PRIMARY KEY AUTOINCREMENT, real_time REAL NOT NULL, sim_time INTEGER NOT NULL,
                request_id TEXT NOT NULL, env TEXT, method TEXT NOT NULL, path TEXT NOT NULL, operation TEXT,
                public_key_id TEXT, idempotency_key TEXT, simulation_code TEXT, status INTEGER NOT NULL,
                reason_code TEXT, outcome TEXT NOT NULL, object_id TEXT, fault TEXT)');
            $this->pdo->exec('CREATE INDEX requests_key_time ON requests (public_key_id, real_time)');
            $this->pdo->exec('CREATE TABLE faults (id INTEGER PRIMARY KEY AUTOINCREMENT,
                remaining INTEGER NOT NULL, spec TEXT NOT NULL)');
            $this->pdo->exec('CREATE TABLE ipn_queue (id INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id TEXT NOT NULL, env TEXT NOT NULL, url TEXT NOT NULL, body TEXT NOT NULL,
                object_type TEXT NOT NULL, object_id TEXT NOT NULL, created_at REAL NOT NULL,
                status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_at REAL NOT NULL,
                lease_until REAL, last_status INTEGER, last_error TEXT, deliveries INTEGER NOT NULL DEFAULT 0)');
            $this->pdo->exec('CREATE TABLE ipn_inbox (id INTEGER PRIMARY KEY AUTOINCREMENT,
                received_at REAL NOT NULL, message_type TEXT, content_type TEXT, body TEXT NOT NULL,
                signature_valid INTEGER NOT NULL, answered INTEGER NOT NULL)');
            $this->pdo->exec('PRAGMA user_version = ' . self::SCHEMA_VERSION);
        });
    }
}
