<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Amazon Pay v2 request signatures, verified independently of any SDK:
 * canonical request -> string to sign -> RSASSA-PSS (SHA-256, MGF1-SHA-256) verification with
 * EMSA-PSS-VERIFY (RFC 8017 section 9.1.2) written here in PHP on top of a raw RSA public operation.
 */
final class Signature
{
    /** Algorithm name => PSS salt length. */
    public const ALGORITHMS = [
        'AMZN-PAY-RSASSA-PSS' => 20,
        'AMZN-PAY-RSASSA-PSS-V2' => 32,
    ];

    public const DEFAULT_SIGNED_HEADERS = ['accept', 'content-type', 'x-amz-pay-date', 'x-amz-pay-host', 'x-amz-pay-region'];

    /**
     * Splits "ALG PublicKeyId=<id>, SignedHeaders=<a;b>, Signature=<b64>".
     *
     * @return array{algorithm: string, publicKeyId: ?string, signedHeaders: ?list<string>, signature: ?string}
     */
    public static function parseAuthorization(string $value): array
    {
        $value = trim($value);
        $space = strpos($value, ' ');
        $algorithm = $space === false ? $value : substr($value, 0, $space);
        $fields = [];
        foreach (explode(',', $space === false ? '' : substr($value, $space + 1)) as $part) {
            $part = trim($part);
            $eq = strpos($part, '=');
            if ($eq !== false) {
                $fields[substr($part, 0, $eq)] = substr($part, $eq + 1);
            }
        }
        $signed = isset($fields['SignedHeaders']) && $fields['SignedHeaders'] !== ''
            ? explode(';', $fields['SignedHeaders'])
            : null;
        return [
            'algorithm' => $algorithm,
            'publicKeyId' => $fields['PublicKeyId'] ?? null,
            'signedHeaders' => $signed,
            'signature' => $fields['Signature'] ?? null,
        ];
    }

    /**
     * Canonical query from a received query string: key=rawurlencode(value), keys verbatim, byte-order sorted.
     */
    public static function canonicalQuery(string $queryString): string
    {
        $pairs = [];
        foreach (explode('&', $queryString) as $segment) {
            if ($segment === '') {
                continue;
            }
            $eq = strpos($segment, '=');
            $key = $eq === false ? $segment : substr($segment, 0, $eq);
            $value = $eq === false ? '' : substr($segment, $eq + 1);
            $pairs[] = [$key, rawurlencode(rawurldecode($value))];
        }
        usort($pairs, static fn (array $a, array $b): int => strcmp($a[0], $b[0]));
        return implode('&', array_map(static fn (array $p): string => $p[0] . '=' . $p[1], $pairs));
    }

    /**
     * @param array<string, string> $headers lower-case name => value as received
     * @param list<string> $signedHeaders names as listed in the Authorization header
     */
    public static function canonicalRequest(
        string $method,
        string $path,
        string $queryString,
        array $headers,
        array $signedHeaders,
        string $body,
    ): string {
        $names = array_map('strtolower', $signedHeaders);
        $lines = '';
        foreach ($names as $name) {
            $lines .= $name . ':' . ($headers[$name] ?? '') . "\n";
        }
        return implode("\n", [
            $method,
            $path === '' ? '/' : $path,
            self::canonicalQuery($queryString),
            $lines,
            implode(';', $names),
            hash('sha256', $body),
        ]);
    }

    public static function stringToSign(string $algorithm, string $canonicalRequest): string
    {
        return $algorithm . "\n" . hash('sha256', $canonicalRequest);
    }

    /** RSASSA-PSS-VERIFY with SHA-256 and MGF1-SHA-256. */
    public static function verify(string $message, string $signature, string $publicKeyPem, int $saltLength): bool
    {
        $key = openssl_pkey_get_public($publicKeyPem);
        if ($key === false) {
            return false;
        }
        $details = openssl_pkey_get_details($key);
        if (($details['type'] ?? null) !== OPENSSL_KEYTYPE_RSA) {
            return false;
        }
        $modBits = (int) $details['bits'];
        $k = intdiv($modBits + 7, 8);
        if (strlen($signature) !== $k) {
            return false;
        }
        // m = s^e mod n; fails when s >= n
        if (!@openssl_public_decrypt($signature, $m, $key, OPENSSL_NO_PADDING) || strlen($m) !== $k) {
            return false;
        }
        $emBits = $modBits - 1;
        $emLen = intdiv($emBits + 7, 8);
        if ($emLen < $k) {
            if (strspn($m, "\0") < $k - $emLen) {
                return false;
            }
            $m = substr($m, $k - $emLen);
        }
        return self::emsaPssVerify(hash('sha256', $message, true), $m, $emBits, $saltLength);
    }

    /** RFC 8017 section 9.1.2, steps 3-14. */
    public static function emsaPssVerify(string $mHash, string $em, int $emBits, int $sLen): bool
    {
        $hLen = 32;
        $emLen = intdiv($emBits + 7, 8);
        if (strlen($em) !== $emLen || $emLen < $hLen + $sLen + 2) {
            return false;
        }
        if ($em[$emLen - 1] !== "\xbc") {
            return false;
        }
        $dbLen = $emLen - $hLen - 1;
        $maskedDb = substr($em, 0, $dbLen);
        $h = substr($em, $dbLen, $hLen);
        $unusedBits = 8 * $emLen - $emBits;
        $topMask = 0xff >> $unusedBits;
        if ((ord($maskedDb[0]) & ~$topMask & 0xff) !== 0) {
            return false;
        }
        $db = $maskedDb ^ self::mgf1($h, $dbLen);
        $db[0] = chr(ord($db[0]) & $topMask);
        $psLen = $emLen - $hLen - $sLen - 2;
        if (strspn($db, "\0", 0, $psLen) !== $psLen || $db[$psLen] !== "\x01") {
            return false;
        }
        $salt = substr($db, $dbLen - $sLen);
        $hPrime = hash('sha256', str_repeat("\0", 8) . $mHash . $salt, true);
        return hash_equals($h, $hPrime);
    }

    public static function mgf1(string $seed, int $length): string
    {
        $out = '';
        for ($counter = 0; strlen($out) < $length; $counter++) {
            $out .= hash('sha256', $seed . pack('N', $counter), true);
        }
        return substr($out, 0, $length);
    }
}
