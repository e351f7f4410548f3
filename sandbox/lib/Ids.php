<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/** Identifier formats: S/P + 2 digits + 7 + 7 digits, -C/-R + 6 digits, UUIDv4 sessions. */
final class Ids
{
    public const PERMISSION = '/^[SP]\d{2}-\d{7}-\d{7}$/';

    public static function uuid(): string
    {
        $bytes = random_bytes(16);
        $bytes[6] = chr((ord($bytes[6]) & 0x0f) | 0x40);
        $bytes[8] = chr((ord($bytes[8]) & 0x3f) | 0x80);
        return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($bytes), 4));
    }

    public static function envLetter(string $env): string
    {
        return $env === 'Live' ? 'P' : 'S';
    }

    public static function permission(Store $store, string $env): string
    {
        do {
            $id = sprintf('%s01-%07d-%07d', self::envLetter($env), random_int(0, 9_999_999), random_int(0, 9_999_999));
        } while ($store->exists('permissions', $id));
        return $id;
    }

    public static function charge(Store $store, string $permissionId): string
    {
        return self::child($store, 'charges', $permissionId . '-C');
    }

    public static function refund(Store $store, string $permissionId): string
    {
        return self::child($store, 'refunds', $permissionId . '-R');
    }

    private static function child(Store $store, string $table, string $prefix): string
    {
        do {
            $id = sprintf('%s%06d', $prefix, random_int(0, 999_999));
        } while ($store->exists($table, $id));
        return $id;
    }

    public static function requestId(): string
    {
        return self::uuid();
    }
}
