<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * IPN v2: a state change of a Charge, Refund or Charge Permission is queued as an SNS-shaped
 * notification (STATE_CHANGE; ATTRIBUTE_CHANGE when a permission changes without a state change,
 * e.g. the buyer updates the payment method). IPNs are for asynchronous updates: a change that the
 * answer of the API call which made it already reports (Authorized on Create Charge, Closed on Close
 * Charge Permission, ...) is notified only with ipnOnSynchronousChanges. The notification is signed
 * (SignatureVersion 2, SHA256withRSA) with a self-signed test certificate that the sandbox generates
 * next to its state file, and POSTed to the configured loopback URL.
 * Failed deliveries are retried on the configured schedule (real time).
 */
final class Ipn
{
    private const SNS_REGION = ['na' => 'us-east-1', 'eu' => 'eu-west-1', 'jp' => 'us-west-2'];

    public function __construct(
        private readonly Store $store,
        private readonly Config $config,
    ) {
    }

    /** @return array<string, string> environment => URL */
    public function urls(): array
    {
        return json_decode($this->store->meta('ipn_urls') ?? '{}', true) ?: [];
    }

    public function setUrl(?string $url, ?string $env): void
    {
        if ($url !== null && !self::isLoopback($url)) {
            throw ApiError::invalidValue('url', 'IPN URLs must point at a loopback address (127.0.0.1, ::1 or localhost) over http or https.');
        }
        $urls = $this->urls();
        foreach ($env === null ? ['Sandbox', 'Live'] : [$env] as $e) {
            if ($url === null) {
                unset($urls[$e]);
            } else {
                $urls[$e] = $url;
            }
        }
        $this->store->setMeta('ipn_urls', json_encode($urls, JSON_UNESCAPED_SLASHES));
    }

    public static function isLoopback(string $url): bool
    {
        $parts = parse_url($url);
        if (!is_array($parts) || !in_array($parts['scheme'] ?? '', ['http', 'https'], true) || !isset($parts['host'])) {
            return false;
        }
        $host = strtolower(trim($parts['host'], '[]'));
        return $host === 'localhost' || $host === '::1' || preg_match('/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/', $host) === 1;
    }

    /** Queues a notification when an IPN URL is configured for the environment (see the class comment). */
    public function notify(Context $ctx, string $objectType, string $objectId, string $permissionId, string $region,
        bool $synchronous, string $type = 'STATE_CHANGE'): void
    {
        $url = $this->urls()[$ctx->env] ?? null;
        if ($url === null || ($synchronous && !$this->config->bool('ipnOnSynchronousChanges'))) {
            return;
        }
        $message = json_encode([
            'MerchantID' => $this->config->get('merchantId'),
            'ObjectType' => $objectType,
            'ObjectId' => $objectId,
            'ChargePermissionId' => $permissionId,
            'NotificationType' => $type,
            'NotificationId' => Ids::uuid(),
            'NotificationVersion' => 'V2',
        ], JSON_UNESCAPED_SLASHES);
        $messageId = Ids::uuid();
        $topic = sprintf('arn:aws:sns:%s:000000000000:amzpay-sandbox-%s-%s',
            self::SNS_REGION[$region] ?? 'us-east-1', strtolower($ctx->env), $this->config->get('merchantId'));
        $envelope = [
            'Type' => 'Notification',
            'MessageId' => $messageId,
            'TopicArn' => $topic,
            'Message' => $message,
            'Timestamp' => gmdate('Y-m-d\TH:i:s', $ctx->now) . '.000Z',
            'SignatureVersion' => '2',
            'Signature' => '',
            'SigningCertURL' => $ctx->baseUrl . '/__sandbox/ipn/cert.pem',
            'UnsubscribeURL' => $ctx->baseUrl . '/__sandbox/ipn/unsubscribe?SubscriptionArn=' . rawurlencode($topic),
        ];
        [, $key] = $this->certificate();
        openssl_sign(self::stringToSign($envelope), $signature, $key, OPENSSL_ALGO_SHA256);
        $envelope['Signature'] = base64_encode($signature);
        $this->store->exec(
            "INSERT INTO ipn_queue (message_id, env, url, body, object_type, object_id, created_at, status, next_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
            [$messageId, $ctx->env, $url, json_encode($envelope, JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT),
                $objectType, $objectId, microtime(true), microtime(true)]
        );
    }

    /** The SNS string to sign: "Key\nValue\n" for the keys present, in SNS order. */
    public static function stringToSign(array $envelope): string
    {
        $keys = $envelope['Type'] === 'Notification'
            ? ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type']
            : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
        $out = '';
        foreach ($keys as $key) {
            if (isset($envelope[$key])) {
                $out .= $key . "\n" . $envelope[$key] . "\n";
            }
        }
        return $out;
    }

    public static function verifyEnvelope(array $envelope, string $certPem): bool
    {
        $signature = base64_decode((string) ($envelope['Signature'] ?? ''), true);
        $algo = ($envelope['SignatureVersion'] ?? '') === '1' ? OPENSSL_ALGO_SHA1 : OPENSSL_ALGO_SHA256;
        return $signature !== false && openssl_verify(self::stringToSign($envelope), $signature, $certPem, $algo) === 1;
    }

    /**
     * The signing certificate and key, created on first use next to the state file.
     *
     * @return array{0: string, 1: string} certificate PEM, private key PEM
     */
    public function certificate(): array
    {
        $base = $this->store->file;
        $certFile = "$base.ipn-cert.pem";
        $keyFile = "$base.ipn-key.pem";
        if (is_file($certFile) && is_file($keyFile)) {
            return [(string) file_get_contents($certFile), (string) file_get_contents($keyFile)];
        }
        $lock = fopen("$base.ipn.lock", 'c');
        flock($lock, LOCK_EX);
        try {
            if (!is_file($certFile) || !is_file($keyFile)) {
                $key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
                $dn = ['commonName' => 'sns.us-east-1.amazonaws.com', 'organizationName' => 'amzpay sandbox (test only)'];
                $csr = openssl_csr_new($dn, $key, ['digest_alg' => 'sha256']);
                $cert = openssl_csr_sign($csr, null, $key, 3650, ['digest_alg' => 'sha256'], random_int(1, PHP_INT_MAX));
                openssl_x509_export($cert, $certPem);
                openssl_pkey_export($key, $keyPem);
                file_put_contents("$keyFile.tmp", $keyPem);
                chmod("$keyFile.tmp", 0600);
                rename("$keyFile.tmp", $keyFile);
                file_put_contents("$certFile.tmp", $certPem);
                rename("$certFile.tmp", $certFile);
            }
        } finally {
            flock($lock, LOCK_UN);
            fclose($lock);
        }
        return [(string) file_get_contents($certFile), (string) file_get_contents($keyFile)];
    }

    /**
     * Delivers due notifications. Rows are leased inside a short transaction, sent outside it.
     *
     * @param ?string $skipPrefix URLs starting with this are left for another deliverer (self-delivery
     *                            from a single-worker server would deadlock)
     * @return int number of attempts made
     */
    public function deliverDue(int $limit = 20, ?string $skipPrefix = null): int
    {
        $timeout = $this->config->int('ipnTimeoutMs');
        $waiting = $this->store->query("SELECT COUNT(*) AS n FROM ipn_queue WHERE status = 'pending' AND next_at <= ?", [microtime(true)]);
        if ((int) $waiting[0]['n'] === 0) {
            return 0;
        }
        $rows = $this->store->transaction(function () use ($limit, $timeout): array {
            $now = microtime(true);
            $rows = $this->store->query(
                "SELECT id, url, body, attempts FROM ipn_queue
                 WHERE status = 'pending' AND next_at <= ? AND (lease_until IS NULL OR lease_until < ?)
                 ORDER BY id LIMIT ?",
                [$now, $now, $limit]
            );
            foreach ($rows as $row) {
                $this->store->exec('UPDATE ipn_queue SET lease_until = ? WHERE id = ?', [$now + $timeout / 1000 * 2 + 5, $row['id']]);
            }
            return $rows;
        });
        $schedule = array_values((array) $this->config->get('ipnRetrySchedule'));
        $attempts = 0;
        foreach ($rows as $row) {
            if ($skipPrefix !== null && str_starts_with($row['url'], $skipPrefix)) {
                $this->store->exec('UPDATE ipn_queue SET lease_until = NULL WHERE id = ?', [$row['id']]);
                continue;
            }
            if ($this->store->query("SELECT 1 FROM ipn_queue WHERE id = ? AND status = 'pending'", [$row['id']]) === []) {
                continue; // reset or delivered meanwhile
            }
            [$status, $error] = self::post($row['url'], $row['body'], $timeout);
            $ok = $status !== null && $status >= 200 && $status < 300;
            $deliveries = $ok ? 1 : 0;
            if ($ok && $this->config->bool('ipnDuplicates')) {
                [$again] = self::post($row['url'], $row['body'], $timeout);
                $deliveries += ($again !== null && $again >= 200 && $again < 300) ? 1 : 0;
            }
            $attempts++;
            $done = (int) $row['attempts'] + 1;
            $next = $schedule[$done - 1] ?? null;
            $state = $ok ? 'delivered' : ($next === null ? 'failed' : 'pending');
            $this->store->transaction(fn () => $this->store->exec(
                'UPDATE ipn_queue SET status = ?, attempts = ?, deliveries = deliveries + ?, last_status = ?, last_error = ?,
                 next_at = ?, lease_until = NULL WHERE id = ?',
                [$state, $done, $deliveries, $status, $error, microtime(true) + (float) ($next ?? 0), $row['id']]
            ));
        }
        return $attempts;
    }

    /**
     * POSTs an SNS notification. Only loopback targets are ever contacted.
     *
     * @return array{0: ?int, 1: ?string} HTTP status (null on transport failure), error text
     */
    public static function post(string $url, string $body, int $timeoutMs): array
    {
        if (!self::isLoopback($url)) {
            return [null, 'not a loopback URL'];
        }
        $parts = parse_url($url);
        $tls = $parts['scheme'] === 'https';
        $host = $parts['host'];
        $port = $parts['port'] ?? ($tls ? 443 : 80);
        $path = ($parts['path'] ?? '/') . (isset($parts['query']) ? '?' . $parts['query'] : '');
        $context = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
        $target = ($tls ? 'tls://' : 'tcp://') . (str_contains($host, ':') && $host[0] !== '[' ? "[$host]" : $host) . ":$port";
        $socket = @stream_socket_client($target, $errno, $errstr, $timeoutMs / 1000, STREAM_CLIENT_CONNECT, $context);
        if ($socket === false) {
            return [null, "connect failed: $errstr"];
        }
        stream_set_timeout($socket, intdiv($timeoutMs, 1000), ($timeoutMs % 1000) * 1000);
        $request = "POST $path HTTP/1.1\r\nHost: $host:$port\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            . "x-amz-sns-message-type: Notification\r\nx-amz-sns-message-id: " . (json_decode($body, true)['MessageId'] ?? '') . "\r\n"
            . "User-Agent: Amazon Simple Notification Service Agent\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n\r\n" . $body;
        fwrite($socket, $request);
        $line = fgets($socket);
        $meta = stream_get_meta_data($socket);
        fclose($socket);
        if ($line === false) {
            return [null, $meta['timed_out'] ? 'timed out' : 'no response'];
        }
        if (!preg_match('#^HTTP/\d\.\d (\d{3})#', $line, $m)) {
            return [null, 'malformed response'];
        }
        return [(int) $m[1], null];
    }

    /** The queue, for the control API. */
    public function queue(): array
    {
        return array_map(static fn (array $r): array => [
            'messageId' => $r['message_id'],
            'environment' => $r['env'],
            'url' => $r['url'],
            'objectType' => $r['object_type'],
            'objectId' => $r['object_id'],
            'status' => $r['status'],
            'attempts' => (int) $r['attempts'],
            'deliveries' => (int) $r['deliveries'],
            'lastStatus' => $r['last_status'] === null ? null : (int) $r['last_status'],
            'lastError' => $r['last_error'],
            'nextAttemptAt' => $r['status'] === 'pending' ? gmdate('Ymd\THis\Z', (int) $r['next_at']) : null,
        ], $this->store->query('SELECT * FROM ipn_queue ORDER BY id'));
    }
}
