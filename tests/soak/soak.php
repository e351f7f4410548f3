<?php
/*
 * Fault soak: shops on the legacy \AmazonPay\Client and on the v2
 * Amazon\Pay\API\Client take payments against the bundled sandbox while it
 * injects random faults (connection reset after the charge was applied,
 * stalls past the timeout, 5xx before or after processing, 429 with
 * Retry-After). Each shop retries the way the documentation tells it to:
 * legacy shops repeat the call with the same reference ids, v2 shops repeat
 * it with the idempotency key of the TransportException (or their own key).
 * Then the sandbox's state is audited: every order charged exactly once,
 * every refund exactly once, nothing lost. An exception that says the
 * outcome is known (outcomeUnknown false) is checked against the sandbox's
 * request log at once: the request must not have been applied.
 *
 *   php -n -d extension=modules/amzpay.so tests/soak/soak.php [ROUNDS] [SEED]
 *
 * Prints one line per problem, the tallies, and "N passed, N failed" (one test per round).
 */
declare(strict_types=1);

require __DIR__ . '/../phpt/inc/sandbox.inc';

use AmazonPay\Exception\TransportException;

const KEY = __DIR__ . '/../../sandbox/keys/demo-private.pem';
const TIMEOUT_MS = 600;
const CALLER_ATTEMPTS = 6;

$rounds = (int) ($argv[1] ?? 200);
$seed = (int) ($argv[2] ?? random_int(1, PHP_INT_MAX >> 1));
mt_srand($seed);
ini_set('amzpay.timeout_ms', (string) TIMEOUT_MS);
ini_set('amzpay.connect_timeout_ms', '1000');

$s = new Sandbox(['PHP_CLI_SERVER_WORKERS' => '2']);
$tally = ['charged once' => 0, 'charged twice' => 0, 'not charged' => 0, 'refunded once' => 0,
    'refunded twice' => 0, 'not refunded' => 0, 'extra authorizations' => 0, 'caller retries' => 0,
    'transport exceptions' => 0, 'faults injected' => 0];
$problems = 0;
$passed = 0;
$failed = 0;

/** One random fault for the next request on `path` (method POST), or none. */
function inject(Sandbox $s, string $path, bool $ownKey): ?string
{
    global $tally;
    $kinds = ['none', 'none', 'reset', 'stall', 'status', 'throttle', 'burst'];
    if ($ownKey) {
        $kinds[] = 'status-after'; /* a 5xx after the charge was applied: only a caller with its key can retry it */
    }
    $kind = $kinds[mt_rand(0, count($kinds) - 1)];
    $base = ['path' => $path, 'method' => 'POST'];
    $spec = match ($kind) {
        'none' => null,
        'reset' => ['count' => mt_rand(1, 5), 'action' => 'reset-before-response'],
        'stall' => ['count' => 1, 'delayMs' => TIMEOUT_MS + 300],
        'status' => ['count' => mt_rand(1, 5), 'status' => [500, 502, 503, 504][mt_rand(0, 3)]],
        'status-after' => ['count' => mt_rand(1, 2), 'status' => 503, 'process' => true],
        'throttle' => ['count' => mt_rand(1, 3), 'status' => 429, 'retryAfter' => (string) mt_rand(0, 1)],
        'burst' => ['count' => 2, 'action' => 'reset-before-response'],
    };
    if ($spec) {
        $s->post('/__sandbox/faults', $base + $spec);
        $tally['faults injected']++;
    }
    return $spec ? $kind : null;
}

/** How many requests with this idempotency key the sandbox applied (processed, not replayed). */
function applied(string $key): int
{
    global $s;
    return count($s->requests(['idempotencyKey' => $key, 'outcome' => 'applied']));
}

/** Runs $call until it succeeds, as a shop's retry loop would; returns its result or throws the last error. */
function with_retries(callable $call, ?string &$key, array &$trace)
{
    global $tally;
    for ($attempt = 1; ; $attempt++) {
        try {
            return $call($key);
        } catch (TransportException $e) {
            $tally['transport exceptions']++;
            $trace[] = get_class($e) . ' outcomeUnknown=' . var_export($e->outcomeUnknown, true) . ' key=' . var_export($e->idempotencyKey, true);
            if ($e->idempotencyKey === null) {
                throw new RuntimeException('a keyed POST failed without its idempotency key: ' . $e->getMessage());
            }
            if ($key !== null && $e->idempotencyKey !== $key) {
                throw new RuntimeException("the exception names key {$e->idempotencyKey}, the request used $key");
            }
            if (!$e->outcomeUnknown && applied($e->idempotencyKey) > 0) {
                throw new RuntimeException("outcomeUnknown=false, but the sandbox applied {$e->idempotencyKey}: " . $e->getMessage());
            }
            $key = $e->idempotencyKey;
        } catch (Exception $e) {
            /* the legacy retry-attempts exception and 5xx answers: repeat with the same key */
            $trace[] = get_class($e) . ': ' . strtok($e->getMessage(), "\n");
        }
        if ($attempt >= CALLER_ATTEMPTS) {
            throw new RuntimeException("gave up after $attempt attempts: " . implode('; ', $trace));
        }
        $tally['caller retries']++;
    }
}

function legacy_flow(Sandbox $s, string $order, int $round, string $flow, array &$trace): void
{
    $c = new AmazonPay\Client(['merchant_id' => 'A1MERCHANTTEST', 'access_key' => 'AKIAEXAMPLE', 'secret_key' => 'x',
        'region' => 'de', 'currency_code' => 'EUR', 'sandbox' => true, 'endpoint' => $s->url,
        'public_key_id' => Sandbox::KEY_ID, 'private_key' => realpath(KEY)]);
    $ok = function ($r) use ($c) {
        if (!$c->success) {
            throw new Exception('legacy error answer: ' . $r->toXml());
        }
        return $r->toArray();
    };
    /* legacy keys come from the reference ids: each step starts without one */
    [$k1, $k2, $k3] = [null, null, null];
    $captureNow = $flow === 'capture_now';
    inject($s, '/charges', false);
    $auth = with_retries(fn () => $ok($c->authorize(['amazon_order_reference_id' => $order,
        'authorization_amount' => '10.00', 'authorization_reference_id' => "soak{$round}a",
        'capture_now' => $captureNow, 'transaction_timeout' => 0])), $k1, $trace);
    $details = $auth['AuthorizeResult']['AuthorizationDetails'];
    $state = $details['AuthorizationStatus']['State'];
    if ($captureNow) {
        if ($state !== 'Closed' || !isset($details['IdList']['member'])) {
            throw new RuntimeException("authorize with capture_now answered $state");
        }
        return;
    }
    inject($s, '/capture', false);
    $cap = with_retries(fn () => $ok($c->capture(['amazon_authorization_id' => $details['AmazonAuthorizationId'],
        'capture_amount' => '10.00', 'capture_reference_id' => "soak{$round}c"])), $k2, $trace);
    if ($flow !== 'refund') {
        return;
    }
    inject($s, '/refunds', false);
    with_retries(fn () => $ok($c->refund(['amazon_capture_id' => $cap['CaptureResult']['CaptureDetails']['AmazonCaptureId'],
        'refund_amount' => '4.00', 'refund_reference_id' => "soak{$round}r"])), $k3, $trace);
}

function v2_flow(Sandbox $s, string $order, int $round, string $flow, array &$trace): void
{
    $c = $s->v2('eu', ['timeout_ms' => TIMEOUT_MS]);
    $ownKey = (bool) mt_rand(0, 1);
    /* A 2xx is the answer; 5xx/429 after the client's own retries: repeat with the same key. */
    $post = function (string $what, callable $send) use ($ownKey, &$trace) {
        return function (?string $key) use ($what, $send, $ownKey, &$trace) {
            $r = $send($key === null ? [] : ['x-amz-pay-idempotency-key' => $key]);
            if ($r['status'] >= 500 || $r['status'] === 429) {
                if (!$ownKey) {
                    /* no key known to the caller: the request was not processed (the soak only
                     * injects 5xx-after-processing for callers with their own key) */
                    $trace[] = "$what: {$r['status']} without own key";
                }
                throw new Exception("$what: HTTP {$r['status']}");
            }
            if ($r['status'] >= 300) {
                throw new RuntimeException("$what: HTTP {$r['status']} {$r['response']}");
            }
            return json_decode($r['response'], true);
        };
    };
    $key = $ownKey ? "soak{$round}a" : null;
    $captureNow = $flow === 'capture_now';
    inject($s, '/charges', $ownKey);
    $charge = with_retries($post('createCharge', fn ($h) => $c->createCharge(['chargePermissionId' => $order,
        'chargeAmount' => ['amount' => '10.00', 'currencyCode' => 'EUR'], 'captureNow' => $captureNow,
        'canHandlePendingAuthorization' => false], $h)), $key, $trace);
    if ($captureNow) {
        return;
    }
    $key = $ownKey ? "soak{$round}c" : null;
    inject($s, '/capture', $ownKey);
    with_retries($post('captureCharge', fn ($h) => $c->captureCharge($charge['chargeId'], [
        'captureAmount' => ['amount' => '10.00', 'currencyCode' => 'EUR']], $h)), $key, $trace);
    if ($flow !== 'refund') {
        return;
    }
    $key = $ownKey ? "soak{$round}r" : null;
    inject($s, '/refunds', $ownKey);
    with_retries($post('createRefund', fn ($h) => $c->createRefund(['chargeId' => $charge['chargeId'],
        'refundAmount' => ['amount' => '4.00', 'currencyCode' => 'EUR']], $h)), $key, $trace);
}

/** What the sandbox holds for one order; returns problems (empty = exactly once). */
function audit(Sandbox $s, string $order, string $flow): array
{
    global $tally;
    $cp = $s->get("/__sandbox/chargePermissions/$order");
    $charges = $cp['charges'] ?? [];
    $captured = array_filter($charges, fn ($ch) => ($ch['statusDetails']['state'] ?? '') === 'Captured');
    $refunds = array_merge([], ...array_map(fn ($ch) => $ch['refunds'] ?? [], $charges));
    $problems = [];
    $n = count($captured);
    $tally[$n === 1 ? 'charged once' : ($n === 0 ? 'not charged' : 'charged twice')]++;
    if ($n !== 1) {
        $problems[] = "captured $n times";
    }
    if (count($charges) > 1) {
        $tally['extra authorizations'] += count($charges) - 1;
        $problems[] = count($charges) . ' charges (authorizations)';
    }
    foreach ($captured as $ch) {
        if (($ch['captureAmount']['amount'] ?? '') !== '10.00') {
            $problems[] = 'captured ' . json_encode($ch['captureAmount'] ?? null);
        }
    }
    if ($flow === 'refund') {
        $m = count($refunds);
        $tally[$m === 1 ? 'refunded once' : ($m === 0 ? 'not refunded' : 'refunded twice')]++;
        if ($m !== 1) {
            $problems[] = "refunded $m times";
        }
    } elseif ($refunds) {
        $problems[] = 'unexpected refund';
    }
    return $problems;
}

$flows = ['capture_now', 'authorize_capture', 'refund'];
$started = microtime(true);
for ($round = 1; $round <= $rounds; $round++) {
    $legacy = $round % 2 === 1;
    $flow = $flows[mt_rand(0, 2)];
    $order = $s->order('100.00', 'EUR');
    $trace = [];
    $error = null;
    try {
        ($legacy ? 'legacy_flow' : 'v2_flow')($s, $order, $round, $flow, $trace);
    } catch (Throwable $e) {
        $error = get_class($e) . ': ' . $e->getMessage();
    }
    $s->post('/__sandbox/faults', ['count' => 0]);
    $found = audit($s, $order, $flow);
    if ($error !== null) {
        $found[] = $error;
    }
    if ($found) {
        $failed++;
        printf("round %d (%s %s, order %s): %s\n", $round, $legacy ? 'legacy' : 'v2', $flow, $order, implode('; ', $found));
    } else {
        $passed++;
    }
}
$s->stop();
printf("soak: %d rounds in %.1f s, seed %d\n", $rounds, microtime(true) - $started, $seed);
foreach ($tally as $what => $n) {
    printf("  %-22s %d\n", $what, $n);
}
echo "$passed passed, $failed failed\n";
exit($failed ? 1 : 0);
