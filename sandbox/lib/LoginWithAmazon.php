<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Login with Amazon, as the legacy SDK's getUserInfo() calls it (not part of API v2, unchanged by it):
 *
 *   GET /auth/o2/tokeninfo   x-amz-access-token: TOKEN  -> {iss, user_id, aud, app_id, exp, iat}
 *   GET /user/profile        x-amz-access-token: TOKEN  -> {user_id, name, email, postal_code}
 *
 * Older SDKs sent "Authorization: bearer TOKEN" (profile) and ?access_token=TOKEN (tokeninfo); both are
 * accepted. Tokens exist only when minted through the control API:
 *
 *   POST /__sandbox/lwa/tokens {"clientId": "amzn1.application-oa2-client.…", "appId"?: "…",
 *                               "expiresIn"?: 3600, "postalCode"?: "98109"}
 *     -> 201 {"access_token": "Atza|…", "token_type": "bearer", "expires_in": 3600}
 *
 * A token expires on the simulated clock (POST /__sandbox/clock). Unknown or expired tokens answer as
 * Login with Amazon does: 400 (tokeninfo) or 401 (profile) {"error": "invalid_token", ...}.
 */
final class LoginWithAmazon
{
    private const META = 'lwa_tokens';

    public function __construct(
        private readonly Store $store,
        private readonly Clock $clock,
    ) {
    }

    public static function handles(string $path): bool
    {
        return $path === '/auth/o2/tokeninfo' || $path === '/user/profile';
    }

    public function mint(array $body): Response
    {
        Validator::check($body, ['clientId' => 'string:256', 'appId' => 'string:256', 'postalCode' => 'string:16', 'expiresIn' => 'any'], ['clientId']);
        $expiresIn = $body['expiresIn'] ?? 3600;
        if (!is_int($expiresIn) || $expiresIn < 1 || $expiresIn > 86400) {
            throw ApiError::invalidValue('expiresIn', 'Seconds between 1 and 86400.');
        }
        $token = 'Atza|' . rtrim(strtr(base64_encode(random_bytes(48)), '+/', '-_'), '=');
        $now = $this->clock->now();
        $this->store->transaction(function () use ($token, $body, $now, $expiresIn): void {
            $tokens = $this->tokens();
            $tokens[$token] = [
                'aud' => $body['clientId'],
                'app_id' => $body['appId'] ?? 'amzn1.application.AMZPAYSANDBOXAPP0001',
                'postal_code' => $body['postalCode'] ?? null,
                'iat' => $now,
                'exp' => $now + $expiresIn,
            ];
            $this->store->setMeta(self::META, json_encode($tokens, JSON_THROW_ON_ERROR));
        });
        return Response::json(201, ['access_token' => $token, 'token_type' => 'bearer', 'expires_in' => $expiresIn]);
    }

    public function handle(Request $request): Response
    {
        if ($request->method !== 'GET') {
            return Response::json(405, ['error' => 'invalid_request', 'error_description' => 'Only GET is supported.']);
        }
        $profile = $request->path === '/user/profile';
        $grant = $this->grant($request);
        if ($grant === null) {
            return Response::json($profile ? 401 : 400, [
                'error' => 'invalid_token',
                'error_description' => 'The request has an invalid parameter : access_token',
            ]);
        }
        $buyer = TestBuyer::buyer();
        if ($profile) {
            return Response::json(200, array_filter([
                'user_id' => $buyer['buyerId'],
                'name' => $buyer['name'],
                'email' => $buyer['email'],
                'postal_code' => $grant['postal_code'],
            ], static fn ($v) => $v !== null));
        }
        return Response::json(200, [
            'iss' => 'https://www.amazon.com',
            'user_id' => $buyer['buyerId'],
            'aud' => $grant['aud'],
            'app_id' => $grant['app_id'],
            'exp' => $grant['exp'] - $this->clock->now(),
            'iat' => $grant['iat'],
        ]);
    }

    /** The grant of the request's token, or null when it is missing, unknown or expired. */
    private function grant(Request $request): ?array
    {
        $token = $request->header('x-amz-access-token');
        if ($token === null && preg_match('/^bearer\s+(\S+)$/i', (string) $request->header('authorization'), $m)) {
            $token = $m[1];
        }
        $token ??= $request->queryParams()['access_token'] ?? null;
        $grant = $token === null ? null : ($this->tokens()[$token] ?? null);
        return $grant !== null && $grant['exp'] > $this->clock->now() ? $grant : null;
    }

    private function tokens(): array
    {
        $json = $this->store->meta(self::META);
        return $json === null ? [] : (array) json_decode($json, true, 8, JSON_THROW_ON_ERROR);
    }
}
