<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Exact money: amounts travel as integer minor units, never as floats.
 * Parsing accepts JSON strings or numbers; rendering gives strings with 2 decimals (JPY: none).
 */
final class Money
{
    /** Currencies the API knows (EU/UK multi-currency list plus the ledger currencies). */
    public const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'AUD', 'DKK', 'HKD', 'NZD', 'NOK', 'ZAR', 'SEK', 'CHF'];

    /** Ledger currencies per region; the eu region accepts every currency of CURRENCIES. */
    public const LEDGER = ['na' => ['USD'], 'jp' => ['JPY'], 'eu' => self::CURRENCIES];

    /** Largest charge or refund, in major units. */
    private const MAX = ['JPY' => 10_000_000];
    private const MAX_DEFAULT = 150_000;

    /** Refund overage cap in major units: min(15 %, this). */
    private const OVERAGE_CAP = ['JPY' => 8_400];
    private const OVERAGE_CAP_DEFAULT = 75;

    /** allowOvercharge floor in major units. */
    private const OVERCHARGE_FLOOR = ['JPY' => 70_000];
    private const OVERCHARGE_FLOOR_DEFAULT = 500;

    public static function decimals(string $currency): int
    {
        return $currency === 'JPY' ? 0 : 2;
    }

    public static function major(int $units, string $currency): int
    {
        return $units * 10 ** self::decimals($currency);
    }

    /**
     * Parses {"amount": "14.00" | 14, "currencyCode": "EUR"}.
     *
     * @return array{0: int, 1: string} minor units and currency
     */
    public static function parsePrice(mixed $price, string $field, bool $strictJpy = true): array
    {
        if (!is_array($price) || array_is_list($price) && $price !== []) {
            throw ApiError::invalidValue($field);
        }
        foreach (array_keys($price) as $key) {
            if (!in_array($key, ['amount', 'currencyCode'], true)) {
                throw ApiError::unrecognized("$field.$key");
            }
        }
        if (!array_key_exists('amount', $price) || $price['amount'] === null || $price['amount'] === '') {
            throw ApiError::missing("$field.amount");
        }
        if (!array_key_exists('currencyCode', $price) || $price['currencyCode'] === null || $price['currencyCode'] === '') {
            throw ApiError::missing("$field.currencyCode");
        }
        $currency = $price['currencyCode'];
        if (!is_string($currency) || !in_array($currency, self::CURRENCIES, true)) {
            throw ApiError::invalidValue("$field.currencyCode");
        }
        return [self::parseAmount($price['amount'], $currency, "$field.amount", $strictJpy), $currency];
    }

    public static function parseAmount(mixed $amount, string $currency, string $field, bool $strictJpy = true): int
    {
        if (is_int($amount)) {
            $text = (string) $amount;
        } elseif (is_float($amount)) {
            // shortest round-trip representation: the decimal literal the client wrote
            $text = json_encode($amount);
        } elseif (is_string($amount)) {
            $text = $amount;
        } else {
            throw ApiError::invalidValue($field);
        }
        if (!preg_match('/^(\d{1,12})(?:\.(\d+))?$/', $text, $m)) {
            throw ApiError::invalidValue($field, 'Amounts are non-negative decimal numbers.');
        }
        $whole = (int) $m[1];
        $fraction = $m[2] ?? null;
        $decimals = self::decimals($currency);
        if ($fraction !== null) {
            if ($decimals === 0 && $strictJpy) {
                throw ApiError::invalidValue($field, "$currency amounts have no fractional part.");
            }
            $significant = rtrim(substr($fraction, $decimals), '0');
            if ($significant !== '') {
                throw ApiError::invalidValue($field, "$currency amounts have at most $decimals decimals.");
            }
            $fraction = substr($fraction, 0, $decimals);
        }
        $fraction = str_pad($fraction ?? '', $decimals, '0');
        return $whole * 10 ** $decimals + ($decimals === 0 ? 0 : (int) $fraction);
    }

    public static function format(int $minor, string $currency): string
    {
        $decimals = self::decimals($currency);
        if ($decimals === 0) {
            return (string) $minor;
        }
        $sign = $minor < 0 ? '-' : '';
        $minor = abs($minor);
        $base = 10 ** $decimals;
        return sprintf('%s%d.%0' . $decimals . 'd', $sign, intdiv($minor, $base), $minor % $base);
    }

    public static function price(?int $minor, string $currency): ?array
    {
        return $minor === null ? null : ['amount' => self::format($minor, $currency), 'currencyCode' => $currency];
    }

    public static function maxTransaction(string $currency): int
    {
        return self::major(self::MAX[$currency] ?? self::MAX_DEFAULT, $currency);
    }

    /** Refunds may exceed the captured amount by min(15 %, 75 USD/GBP/EUR or 8,400 JPY). */
    public static function refundOverage(int $capturedMinor, string $currency): int
    {
        $cap = self::major(self::OVERAGE_CAP[$currency] ?? self::OVERAGE_CAP_DEFAULT, $currency);
        return min(intdiv($capturedMinor * 15, 100), $cap);
    }

    /** allowOvercharge: amountLimit = max(9 x order amount, 500 USD/GBP/EUR or 70,000 JPY). */
    public static function overchargeLimit(int $orderMinor, string $currency): int
    {
        $floor = self::major(self::OVERCHARGE_FLOOR[$currency] ?? self::OVERCHARGE_FLOOR_DEFAULT, $currency);
        return max($orderMinor * 9, $floor);
    }

    public static function regionAccepts(string $region, string $currency): bool
    {
        return in_array($currency, self::LEDGER[$region] ?? [], true);
    }
}
