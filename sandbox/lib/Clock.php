<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * The simulated clock: real time plus an offset that only ever grows (POST /__sandbox/clock).
 * Request authentication (x-amz-pay-date) always uses real time, never this clock.
 */
final class Clock
{
    public const DAY = 86400;

    public function __construct(private readonly Store $store)
    {
    }

    public function offset(): int
    {
        return (int) ($this->store->meta('clock_offset') ?? 0);
    }

    public function now(): int
    {
        return time() + $this->offset();
    }

    public function advance(int $seconds): void
    {
        $this->store->setMeta('clock_offset', (string) ($this->offset() + $seconds));
    }

    public static function format(?int $timestamp): ?string
    {
        return $timestamp === null ? null : gmdate('Ymd\THis\Z', $timestamp);
    }

    /** Parses YYYYMMDDTHHMMSSZ; null when malformed. */
    public static function parse(string $value): ?int
    {
        if (!preg_match('/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/', $value, $m)) {
            return null;
        }
        $ts = gmmktime((int) $m[4], (int) $m[5], (int) $m[6], (int) $m[2], (int) $m[3], (int) $m[1]);
        return self::format($ts) === $value ? $ts : null;
    }

    /** Adds calendar months (used for the 13-month rules). */
    public static function addMonths(int $timestamp, int $months): int
    {
        return (new \DateTimeImmutable('@' . $timestamp))->modify("+$months months")->getTimestamp();
    }

    /** "YYYY-MM" of a timestamp, for per-calendar-month limits. */
    public static function month(int $timestamp): string
    {
        return gmdate('Y-m', $timestamp);
    }
}
