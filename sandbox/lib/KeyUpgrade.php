<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * The MWS key upgrade: `GET /live/v2/publicKeyId?AWSAccessKeyId&Action=GetPublicKeyId&MerchantId&
 * SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp&PublicKey&Signature` registers the RSA public
 * key of a shop that only holds MWS keys and answers {"publicKeyId": ...}. The request carries an MWS
 * signature: base64(HMAC-SHA256(secret, "GET\n<host>\n<path>\n<query>")), where <query> holds every
 * parameter but PublicKey and Signature, MerchantId named SellerId, sorted by name and RFC 3986 encoded;
 * <host> is Amazon's API host of a region or the host the request was sent to. The MWS keys are
 * registered beforehand with POST /__sandbox/mwsKeys {"merchantId", "accessKey", "secretKey"}.
 */
final class KeyUpgrade
{
    private const HOSTS = ['pay-api.amazon.com', 'pay-api.amazon.eu', 'pay-api.amazon.jp'];

    public function __construct(private readonly Store $store, private readonly Config $config)
    {
    }

    public static function matches(string $path): bool
    {
        return $path === '/live/v2/publicKeyId' || $path === '/sandbox/v2/publicKeyId';
    }

    /** POST /__sandbox/mwsKeys */
    public function register(array $body): Response
    {
        Validator::check($body, ['merchantId' => 'string:64', 'accessKey' => 'string:128', 'secretKey' => 'string:256'],
            ['merchantId', 'accessKey', 'secretKey']);
        $this->store->transaction(function () use ($body): void {
            $keys = $this->keys();
            $keys[$body['accessKey']] = ['merchantId' => $body['merchantId'], 'secretKey' => $body['secretKey']];
            $this->store->setMeta('mws_keys', json_encode($keys));
        });
        return Response::json(201, ['accessKey' => $body['accessKey'], 'registered' => true]);
    }

    /** @return array<string, array{merchantId: string, secretKey: string}> */
    private function keys(): array
    {
        return json_decode($this->store->meta('mws_keys') ?? '{}', true) ?: [];
    }

    public function handle(Request $request): Response
    {
        if ($request->method !== 'GET') {
            return Response::json(405, ['reasonCode' => 'MethodNotAllowed', 'message' => 'GetPublicKeyId is a GET.']);
        }
        $p = $request->queryParams();
        foreach (['AWSAccessKeyId', 'Action', 'MerchantId', 'SignatureMethod', 'SignatureVersion', 'Timestamp', 'PublicKey', 'Signature'] as $name) {
            if (($p[$name] ?? '') === '') {
                return self::error(400, 'MissingParameter', "The parameter $name is missing.");
            }
        }
        if ($p['Action'] !== 'GetPublicKeyId' || $p['SignatureMethod'] !== 'HmacSHA256' || $p['SignatureVersion'] !== '2') {
            return self::error(400, 'InvalidParameterValue', 'Action must be GetPublicKeyId, SignatureMethod HmacSHA256, SignatureVersion 2.');
        }
        $time = strtotime($p['Timestamp']);
        if ($time === false || abs($time - time()) > $this->config->int('clockSkewSeconds')) {
            return self::error(400, 'InvalidParameterValue', 'Timestamp is missing, malformed or too far from the current time.');
        }
        $mws = $this->keys()[$p['AWSAccessKeyId']] ?? null;
        if ($mws === null || !hash_equals($mws['merchantId'], $p['MerchantId'])) {
            return self::error(403, 'InvalidAccessKeyId', 'The MWS access key is not registered for this merchant.');
        }
        if (!$this->signatureValid($request, $p, $mws['secretKey'])) {
            return self::error(403, 'InvalidRequestSignature', 'The MWS signature does not match.');
        }
        $key = openssl_pkey_get_public($p['PublicKey']);
        if ($key === false || (openssl_pkey_get_details($key)['type'] ?? null) !== OPENSSL_KEYTYPE_RSA
            || (openssl_pkey_get_details($key)['bits'] ?? 0) < 2048) {
            return self::error(400, 'InvalidParameterValue', 'PublicKey must be an RSA public key (2048 bits or more) in PEM form.');
        }
        $id = 'AMZPAYUPGRADED' . strtoupper(bin2hex(random_bytes(5)));
        $this->store->transaction(function () use ($id, $p): void {
            $this->store->exec('INSERT INTO keys (public_key_id, pem, builtin, created_at) VALUES (?, ?, 0, ?)',
                [$id, $p['PublicKey'], time()]);
            Idempotency::setMerchant($this->store, $id, $p['MerchantId']); // the key is the MWS merchant's
        });
        return Response::json(200, ['publicKeyId' => $id]);
    }

    private function signatureValid(Request $request, array $p, string $secret): bool
    {
        $signed = $p;
        unset($signed['PublicKey'], $signed['Signature'], $signed['MerchantId']);
        $signed['SellerId'] = $p['MerchantId'];
        ksort($signed, SORT_STRING);
        $query = http_build_query($signed, '', '&', PHP_QUERY_RFC3986);
        $hosts = self::HOSTS;
        $hosts[] = strtolower((string) $request->header('host'));
        $hosts[] = preg_replace('/:\d+$/', '', strtolower((string) $request->header('host')));
        foreach (array_unique($hosts) as $host) {
            $mac = base64_encode(hash_hmac('sha256', "GET\n$host\n$request->path\n$query", $secret, true));
            if (hash_equals($mac, $p['Signature'])) {
                return true;
            }
        }
        return false;
    }

    private static function error(int $status, string $code, string $message): Response
    {
        return Response::json($status, ['reasonCode' => $code, 'message' => $message]);
    }
}
