<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * x-amz-pay-idempotency-key: unique per merchant account and environment (idempotencyScope
 * "merchant", as Amazon documents it: every key of one merchant shares the keys) or per public
 * key id ("publicKeyId"); stored forever. The same key with the same request (method, path,
 * body, and the simulation code unless idempotencyFingerprintSimulation is off) replays the
 * first stored response; with anything else it is 400 DuplicateIdempotencyKey.
 */
final class Idempotency
{
    public const PATTERN = '/^[A-Za-z0-9_-]{1,32}$/';

    public static function validate(?string $key, bool $required, Config $config): ?string
    {
        if ($key === null || $key === '') {
            if ($required) {
                throw new ApiError(400, (string) $config->get('missingIdempotencyKeyCode'),
                    'The header [x-amz-pay-idempotency-key] is required for this operation.');
            }
            return null;
        }
        if (!preg_match(self::PATTERN, $key)) {
            throw new ApiError(400, 'InvalidHeaderValue',
                'The header [x-amz-pay-idempotency-key] must be 1 to 32 characters of A-Z, a-z, 0-9, "_" and "-".');
        }
        return $key;
    }

    /** The namespace a key lives in for this caller. */
    public static function scope(Store $store, Config $config, string $publicKeyId, string $env): string
    {
        if ($config->get('idempotencyScope') === 'publicKeyId') {
            return $publicKeyId;
        }
        return 'merchant:' . self::merchantOf($store, $config, $publicKeyId) . ':' . $env;
    }

    /** The merchant account a public key id belongs to (set at registration; default: the merchantId switch). */
    public static function merchantOf(Store $store, Config $config, string $publicKeyId): string
    {
        $owners = json_decode($store->meta('key_merchants') ?? '{}', true) ?: [];
        return (string) ($owners[$publicKeyId] ?? $config->get('merchantId'));
    }

    public static function setMerchant(Store $store, string $publicKeyId, ?string $merchantId): void
    {
        $owners = json_decode($store->meta('key_merchants') ?? '{}', true) ?: [];
        if ($merchantId === null) {
            unset($owners[$publicKeyId]);
        } else {
            $owners[$publicKeyId] = $merchantId;
        }
        $store->setMeta('key_merchants', json_encode($owners, JSON_THROW_ON_ERROR));
    }

    /** $resource: environment and the path after /v2/; $simulation null when it does not count. */
    public static function fingerprint(string $method, string $resource, string $body, ?string $simulation): string
    {
        $decoded = json_decode($body, true);
        $canonical = is_array($decoded) ? json_encode(self::sortKeys($decoded)) : $body;
        return hash('sha256', $method . ' ' . $resource . "\n" . ($simulation ?? '') . "\n" . $canonical);
    }

    private static function sortKeys(array $value): array
    {
        if (!array_is_list($value)) {
            ksort($value, SORT_STRING);
        }
        return array_map(static fn ($v) => is_array($v) ? self::sortKeys($v) : $v, $value);
    }

    /** @return ?array{status: int, body: string, objectId: ?string} the stored response, if any */
    public static function lookup(Store $store, string $scope, string $key, string $fingerprint): ?array
    {
        $rows = $store->query('SELECT * FROM idempotency WHERE scope = ? AND idem_key = ?', [$scope, $key]);
        if ($rows === []) {
            return null;
        }
        if ($rows[0]['fingerprint'] !== $fingerprint) {
            throw new ApiError(400, 'DuplicateIdempotencyKey',
                'The IdempotencyKey specified in this request was already used in a different request, and cannot be reused.');
        }
        return ['status' => (int) $rows[0]['status'], 'body' => $rows[0]['body'], 'objectId' => $rows[0]['object_id']];
    }

    public static function store(Store $store, string $scope, string $key, string $fingerprint, Response $response,
        ?string $objectId, int $now): void
    {
        $store->exec(
            'INSERT OR IGNORE INTO idempotency (scope, idem_key, fingerprint, status, body, object_id, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)',
            [$scope, $key, $fingerprint, $response->status, $response->body, $objectId, $now]
        );
    }
}
