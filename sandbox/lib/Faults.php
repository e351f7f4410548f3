<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Injected faults for the next N signed API requests (optionally only those whose path contains
 * "path" and/or whose method is "method"). Kinds:
 *   {"status": 503}                       answer with that status, request not processed (unless "process": true);
 *                                         {"status": 429} answers throttleReasonCode unless "reasonCode" is given;
 *                                         "retryAfter": "2" adds that Retry-After header (seconds or an HTTP-date)
 *   {"body": "<raw>", "status": 200}      answer with that raw body, request not processed (unless "process": true)
 *   {"delayMs": 5000}                     process, then wait before answering ("delayPhase": "before" waits first)
 *   {"action": "reset-before-response"}   process and commit, then reset the connection without any response byte
 */
final class Faults
{
    private const REASONS = [
        400 => 'InvalidRequest', 408 => 'RequestTimeout', 425 => 'TooEarly',
        500 => 'InternalServerError', 502 => 'BadGateway', 503 => 'ServiceUnavailable', 504 => 'GatewayTimeout',
    ];

    private const FIELDS = ['count', 'status', 'delayMs', 'delayPhase', 'action', 'body', 'contentType', 'path',
        'method', 'process', 'reasonCode', 'message', 'retryAfter'];

    public static function add(Store $store, array $spec): array
    {
        foreach (array_keys($spec) as $field) {
            if (!in_array($field, self::FIELDS, true)) {
                throw ApiError::unrecognized((string) $field);
            }
        }
        $count = $spec['count'] ?? null;
        if (!is_int($count) || $count < 0) {
            throw ApiError::invalidValue('count', 'A non-negative integer is required.');
        }
        if ($count === 0) {
            $store->exec('DELETE FROM faults');
            return [];
        }
        $kinds = array_intersect(['status', 'delayMs', 'action', 'body'], array_keys($spec));
        if ($kinds === []) {
            throw ApiError::missing('status|delayMs|action|body');
        }
        if (isset($spec['status']) && (!is_int($spec['status']) || $spec['status'] < 100 || $spec['status'] > 599)) {
            throw ApiError::invalidValue('status');
        }
        if (isset($spec['delayMs']) && (!is_int($spec['delayMs']) || $spec['delayMs'] < 0 || $spec['delayMs'] > 600_000)) {
            throw ApiError::invalidValue('delayMs');
        }
        if (isset($spec['action']) && $spec['action'] !== 'reset-before-response') {
            throw ApiError::invalidValue('action', 'Supported: reset-before-response.');
        }
        if (isset($spec['retryAfter']) && (!is_string($spec['retryAfter']) || preg_match('/[\x00-\x1f\x7f]/', $spec['retryAfter']))) {
            throw ApiError::invalidValue('retryAfter', 'A header value string is required.');
        }
        foreach (['reasonCode', 'message'] as $text) {
            if (isset($spec[$text]) && !is_string($spec[$text])) {
                throw ApiError::invalidValue($text, 'A string is required.');
            }
        }
        if (isset($spec['body']) && !is_string($spec['body'])) {
            throw ApiError::invalidValue('body', 'A string is required.');
        }
        unset($spec['count']);
        $store->exec('INSERT INTO faults (remaining, spec) VALUES (?, ?)', [$count, json_encode($spec, JSON_UNESCAPED_SLASHES)]);
        return self::list($store);
    }

    public static function list(Store $store): array
    {
        return array_map(
            static fn (array $r): array => ['id' => (int) $r['id'], 'remaining' => (int) $r['remaining']] + json_decode($r['spec'], true),
            $store->query('SELECT * FROM faults ORDER BY id')
        );
    }

    /** Takes one use of the first fault matching this request. */
    public static function take(Store $store, string $method, string $path): ?array
    {
        foreach ($store->query('SELECT * FROM faults WHERE remaining > 0 ORDER BY id') as $row) {
            $spec = json_decode($row['spec'], true);
            if (isset($spec['path']) && !str_contains($path, (string) $spec['path'])) {
                continue;
            }
            if (isset($spec['method']) && strtoupper((string) $spec['method']) !== $method) {
                continue;
            }
            if ((int) $row['remaining'] <= 1) {
                $store->exec('DELETE FROM faults WHERE id = ?', [$row['id']]);
            } else {
                $store->exec('UPDATE faults SET remaining = remaining - 1 WHERE id = ?', [$row['id']]);
            }
            return $spec;
        }
        return null;
    }

    /** Whether the request is processed before the fault shows. */
    public static function processes(array $fault): bool
    {
        if (isset($fault['action']) || (isset($fault['delayMs']) && !isset($fault['status']) && !isset($fault['body']))) {
            return true;
        }
        return ($fault['process'] ?? false) === true;
    }

    /** The replacement response of a status/body fault, or null for delay/reset faults. */
    public static function response(array $fault, Config $config): ?Response
    {
        $extra = isset($fault['retryAfter']) ? ['Retry-After' => (string) $fault['retryAfter']] : [];
        if (isset($fault['body'])) {
            return new Response((int) ($fault['status'] ?? 200), $fault['body'],
                ['Content-Type' => (string) ($fault['contentType'] ?? 'application/json')] + $extra);
        }
        if (isset($fault['status'])) {
            $status = (int) $fault['status'];
            return Response::json($status, [
                'reasonCode' => $fault['reasonCode']
                    ?? ($status === 429 ? (string) $config->get('throttleReasonCode') : null)
                    ?? self::REASONS[$status] ?? 'InternalServerError',
                'message' => $fault['message'] ?? 'Injected by the sandbox fault API.',
            ], $extra);
        }
        return null;
    }

    public static function label(array $fault): string
    {
        return match (true) {
            isset($fault['action']) => (string) $fault['action'],
            isset($fault['body']) => 'body',
            isset($fault['status']) => 'status:' . $fault['status'],
            default => 'delay:' . $fault['delayMs'],
        };
    }
}
