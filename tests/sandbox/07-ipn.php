<?php

declare(strict_types=1);

/* IPN v2 notifications. */

require __DIR__ . '/harness.inc';

function inboxUrl(): string
{
    return T::$base . '/__sandbox/ipn/inbox';
}

/** Waits until the built-in receiver holds at least $n notifications (the background ticker delivers). */
function waitForNotifications(int $n, float $seconds = 8.0): array
{
    $deadline = microtime(true) + $seconds;
    do {
        $list = control('GET', 'ipn/inbox')['notifications'];
        if (count($list) >= $n) {
            return $list;
        }
        usleep(100_000);
    } while (microtime(true) < $deadline);
    throw new TestFailure("expected $n notifications, got " . count($list) . ': ' . json_encode(control('GET', 'ipn/queue')));
}

/** SNS signature check done here, independently of the sandbox. */
function snsSignatureValid(array $envelope): bool
{
    $certificate = Http::request('GET', $envelope['SigningCertURL']);
    if ($certificate->status !== 200) {
        return false;
    }
    $text = '';
    foreach (['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as $key) {
        if (isset($envelope[$key])) {
            $text .= "$key\n{$envelope[$key]}\n";
        }
    }
    return openssl_verify($text, base64_decode($envelope['Signature']), $certificate->body, OPENSSL_ALGO_SHA256) === 1;
}

test('§9.43 with ipnOnSynchronousChanges every state change of Charge Permission, Charge and Refund posts a signed SNS V2 notification', function (): void {
    control('POST', 'ipn', ['url' => inboxUrl()]);
    config(['ipnOnSynchronousChanges' => true]);
    $cp = permission()['chargePermissionId'];
    $charge = authorizedCharge($cp, '100.00');
    expect(capture($charge['chargeId'], '100.00'), 200);
    $refund = expect(api()->api('POST', 'refunds', ['chargeId' => $charge['chargeId'], 'refundAmount' => price('10.00')]), 201);
    advance(30);
    // CP created, charge Authorized, charge Captured, CP Closed (fully captured), refund initiated, refund Refunded
    $list = waitForNotifications(6);
    $messages = array_column($list, 'message');
    same([
        ['CHARGE_PERMISSION', $cp], ['CHARGE', $charge['chargeId']], ['CHARGE', $charge['chargeId']],
        ['CHARGE_PERMISSION', $cp], ['REFUND', $refund['refundId']], ['REFUND', $refund['refundId']],
    ], array_map(static fn (array $m): array => [$m['ObjectType'], $m['ObjectId']], $messages));
    foreach ($list as $n) {
        $env = $n['envelope'];
        same('Notification', $env['Type']);
        same('2', $env['SignatureVersion']);
        foreach (['MessageId', 'TopicArn', 'Message', 'Timestamp', 'Signature', 'SigningCertURL'] as $key) {
            ok(is_string($env[$key] ?? null) && $env[$key] !== '', "envelope has $key");
        }
        ok(is_string($env['Message']), 'Message is a JSON string');
        same(['MerchantID', 'ObjectType', 'ObjectId', 'ChargePermissionId', 'NotificationType', 'NotificationId', 'NotificationVersion'],
            array_keys($n['message']));
        same('STATE_CHANGE', $n['message']['NotificationType']);
        same('V2', $n['message']['NotificationVersion']);
        same($cp, $n['message']['ChargePermissionId']);
        same(T::$base . '/__sandbox/ipn/cert.pem', $env['SigningCertURL']);
        same('Notification', $n['messageType'], 'x-amz-sns-message-type header');
        ok(str_starts_with((string) $n['contentType'], 'text/plain'), 'content-type text/plain');
        ok($n['signatureValid'], 'the sandbox receiver verified the signature');
        ok(snsSignatureValid($env), 'independent SNS signature check');
    }
    // the state itself is not in the message: it is read with a signed GET
    same('Refunded', state(getJson("refunds/{$refund['refundId']}")));
});

test('§9.43 async transitions notify without further API traffic (background ticker)', function (): void {
    control('POST', 'ipn', ['url' => inboxUrl()]);
    config(['asyncDelaySeconds' => 1, 'ipnOnSynchronousChanges' => true]);
    $cp = permission()['chargePermissionId'];
    $charge = authorizedCharge($cp, '5.00', ['canHandlePendingAuthorization' => true], ['sim' => 'AuthorizationInitiated']);
    $list = waitForNotifications(3);
    same([$charge['chargeId'], $charge['chargeId']], [$list[1]['message']['ObjectId'], $list[2]['message']['ObjectId']]);
    same('Authorized', state(getJson("charges/{$charge['chargeId']}")));
});

test('§9.44 failed IPN deliveries are retried until accepted; duplicates can be switched on; only loopback URLs', function (): void {
    control('POST', 'ipn', ['url' => inboxUrl()]);
    // permission creation is a synchronous change: notified with the switch on
    config(['ipnRetrySchedule' => [1, 1, 1], 'ipnOnSynchronousChanges' => true]);
    control('POST', 'ipn/inbox/fail', ['count' => 2, 'status' => 503]);
    permission();
    $list = waitForNotifications(3, 10);
    same([503, 503, 200], array_column($list, 'answeredWith'));
    same(1, count(array_unique(array_map(static fn (array $n): string => $n['envelope']['MessageId'], $list))), 'same MessageId on retries');
    $queue = control('GET', 'ipn/queue')['queue'];
    same(['delivered', 3], [$queue[0]['status'], $queue[0]['attempts']]);

    control('DELETE', 'ipn/inbox');
    config(['ipnDuplicates' => true]);
    permission();
    $list = waitForNotifications(2);
    same($list[0]['envelope']['MessageId'], $list[1]['envelope']['MessageId'], 'a duplicate delivery');

    // a receiver that never accepts: the attempts stop after the schedule
    control('DELETE', 'ipn/inbox');
    config(['ipnDuplicates' => false, 'ipnRetrySchedule' => [1]]);
    control('POST', 'ipn/inbox/fail', ['count' => 10, 'status' => 500]);
    permission();
    waitForNotifications(2, 10);
    usleep(1_500_000);
    $queue = control('GET', 'ipn/queue')['queue'];
    $last = end($queue);
    same(['failed', 2], [$last['status'], $last['attempts']]);

    $r = api()->control('POST', 'ipn', ['url' => 'https://shop.example/ipn']);
    same(400, $r->status, 'non-loopback URL refused');
});

test('§9.31 CaptureInitiated and AmazonRejected captures emit CHARGE notifications when they settle', function (): void {
    $cp = permission()['chargePermissionId'];
    $a = authorizedCharge($cp, '10.00');
    $b = authorizedCharge($cp, '10.00');
    control('POST', 'ipn', ['url' => inboxUrl()]);
    config(['ipnOnSynchronousChanges' => true]);
    expect(capture($a['chargeId'], '10.00', ['sim' => 'CaptureInitiated']), 200);
    expect(capture($b['chargeId'], '10.00', ['sim' => 'AmazonRejected']), 200);
    advance(30);
    // a: CaptureInitiated, b: CaptureInitiated, then a: Captured, b: Declined, permission: Closed (AmazonCanceled)
    $list = waitForNotifications(5);
    $seen = array_map(static fn (array $n): string => $n['message']['ObjectType'] . ' ' . $n['message']['ObjectId'], $list);
    same(2, count(array_keys($seen, "CHARGE {$a['chargeId']}")), 'two notifications for the CaptureInitiated charge');
    same(2, count(array_keys($seen, "CHARGE {$b['chargeId']}")), 'two notifications for the AmazonRejected charge');
    same(['Captured', 'Declined'], [state(getJson("charges/{$a['chargeId']}")), state(getJson("charges/{$b['chargeId']}"))]);
});
