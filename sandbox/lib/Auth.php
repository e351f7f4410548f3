<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Authenticates a signed API request: rebuilds the canonical request from what was received,
 * verifies the RSASSA-PSS signature with the registered public key, then checks the date
 * (against real time), the region and the signed host.
 */
final class Auth
{
    public const REGIONS = ['na', 'eu', 'jp'];

    public const API_HOSTS = ['na' => 'pay-api.amazon.com', 'eu' => 'pay-api.amazon.eu', 'jp' => 'pay-api.amazon.jp'];

    /** Headers that must be covered by the signature whenever they are sent. */
    private const MUST_SIGN = ['x-amz-pay-date', 'x-amz-pay-host', 'x-amz-pay-region', 'x-amz-pay-idempotency-key'];

    /**
     * @param ?string $pathEnv "Sandbox" / "Live" from a /sandbox/v2 or /live/v2 path, null for /v2
     * @return array{publicKeyId: string, algorithm: string, region: string, env: string}
     */
    public static function authenticate(Store $store, Config $config, Request $request, ?string $pathEnv): array
    {
        $header = $request->header('authorization');
        $auth = Signature::parseAuthorization($header ?? '');
        $algorithm = $auth['algorithm'];
        $signedHeaders = $auth['signedHeaders'] ?? Signature::DEFAULT_SIGNED_HEADERS;
        $expected = Signature::stringToSign(
            isset(Signature::ALGORITHMS[$algorithm]) ? $algorithm : 'AMZN-PAY-RSASSA-PSS-V2',
            Signature::canonicalRequest($request->method, $request->path, $request->query, $request->headers,
                $signedHeaders, $request->body)
        );
        if ($header === null || $header === '') {
            throw self::badSignature($expected, 'The authorization header is missing.');
        }
        if (!isset(Signature::ALGORITHMS[$algorithm])) {
            throw self::badSignature($expected, "Unknown signing algorithm [$algorithm].");
        }
        if ($auth['publicKeyId'] === null || $auth['publicKeyId'] === '' || $auth['signature'] === null) {
            throw self::badSignature($expected, 'The authorization header must carry PublicKeyId, SignedHeaders and Signature.');
        }
        $keyId = $auth['publicKeyId'];
        $rows = $store->query('SELECT pem FROM keys WHERE public_key_id = ?', [$keyId]);
        if ($rows === []) {
            throw new ApiError(403, 'InvalidAuthentication', "The public key id [$keyId] is not registered.");
        }
        $signature = base64_decode($auth['signature'], true);
        if ($signature === false || !Signature::verify($expected, $signature, $rows[0]['pem'], Signature::ALGORITHMS[$algorithm])) {
            throw self::badSignature($expected, 'The signature does not match.');
        }
        $signed = array_map('strtolower', $signedHeaders);
        foreach (self::MUST_SIGN as $name) {
            if ($request->header($name) !== null && $request->header($name) !== '' && !in_array($name, $signed, true)) {
                throw self::badSignature($expected, "The header [$name] must be signed.");
            }
            if ($name !== 'x-amz-pay-idempotency-key' && !in_array($name, $signed, true)) {
                throw self::badSignature($expected, "The header [$name] must be sent and signed.");
            }
        }

        self::checkDate($config, (string) $request->header('x-amz-pay-date'));
        $region = (string) $request->header('x-amz-pay-region');
        if (!in_array($region, self::REGIONS, true)) {
            throw new ApiError(403, 'InvalidAuthentication', "The region [$region] is not valid; use na, eu or jp.");
        }
        self::checkHost($request, $region);
        return [
            'publicKeyId' => $keyId,
            'algorithm' => $algorithm,
            'region' => $region,
            'env' => self::environment($keyId, $pathEnv),
        ];
    }

    private static function badSignature(string $expected, string $detail): ApiError
    {
        return new ApiError(403, 'InvalidRequestSignature',
            "Unable to verify signature, signing String [$expected]. $detail");
    }

    private static function checkDate(Config $config, string $value): void
    {
        $date = Clock::parse($value);
        if ($date === null) {
            throw new ApiError(403, 'InvalidAuthentication',
                "The x-amz-pay-date [$value] is not a valid YYYYMMDDTHHMMSSZ timestamp.");
        }
        $skew = $config->int('clockSkewSeconds');
        if (abs(time() - $date) > $skew) {
            throw new ApiError(403, 'InvalidAuthentication',
                "The x-amz-pay-date [$value] is more than $skew seconds away from the current time ["
                . gmdate('Ymd\THis\Z') . '].');
        }
    }

    /** The signed host is either the host the request was sent to, or Amazon's API host of the signed region. */
    private static function checkHost(Request $request, string $region): void
    {
        $signedHost = strtolower((string) $request->header('x-amz-pay-host'));
        $hostHeader = strtolower((string) $request->header('host'));
        $received = preg_replace('/:\d+$/', '', $hostHeader);
        if ($signedHost === self::API_HOSTS[$region] || ($signedHost !== '' && $signedHost === $received)) {
            return;
        }
        $other = array_search($signedHost, self::API_HOSTS, true);
        if ($other !== false) {
            throw new ApiError(403, 'InvalidAuthentication',
                "The signed host [$signedHost] belongs to the region [$other], not to the signed region [$region].");
        }
        throw new ApiError(403, 'InvalidAuthentication',
            "The signed host [$signedHost] does not match the host the request was sent to [$hostHeader].");
    }

    /** Environment: from the path, or for /v2/ paths from the key id's SANDBOX-/LIVE- prefix. */
    private static function environment(string $keyId, ?string $pathEnv): string
    {
        $upper = strtoupper($keyId);
        $keyEnv = str_starts_with($upper, 'SANDBOX') ? 'Sandbox' : (str_starts_with($upper, 'LIVE') ? 'Live' : null);
        if ($pathEnv === null) {
            if ($keyEnv === null) {
                throw new ApiError(403, 'InvalidAuthentication',
                    "The public key id [$keyId] has no SANDBOX-/LIVE- prefix; use the /sandbox/v2/ or /live/v2/ paths.");
            }
            return $keyEnv;
        }
        if ($keyEnv !== null && $keyEnv !== $pathEnv) {
            throw new ApiError(403, 'InvalidAuthentication',
                "The public key id [$keyId] belongs to the $keyEnv environment, the path to the $pathEnv environment.");
        }
        return $pathEnv;
    }
}
