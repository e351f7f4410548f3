<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Applies every time-based transition that is due by the simulated "now", oldest first:
 * pending authorizations/captures/refunds, authorization expiry, permission and session expiry.
 */
final class Settler
{
    public static function run(Context $base): int
    {
        $applied = 0;
        for ($round = 0; $round < 10; $round++) {
            $events = $base->store->due($base->now);
            if ($events === []) {
                break;
            }
            foreach ($events as $event) {
                $doc = $base->store->findAnyEnv($event['table'], $event['id']);
                if ($doc === null) {
                    continue;
                }
                $ctx = $base->forEnv($doc['env']);
                match ($event['table']) {
                    'charges' => Charges::settle($ctx, $doc),
                    'refunds' => Refunds::settle($ctx, $doc),
                    'permissions' => ChargePermissions::settle($ctx, $doc),
                    'sessions' => CheckoutSessions::settle($ctx, $doc),
                };
                $applied++;
            }
        }
        return $applied;
    }
}
