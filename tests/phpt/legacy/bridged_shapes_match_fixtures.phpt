--TEST--
Bridged answers of every capture-path call have the keys, nesting and value types of the genuine MWS response (legacy fixtures)
--EXTENSIONS--
amzpay
--SKIPIF--
<?php if (!is_dir(__DIR__ . '/../../../../shared/legacy-fixtures/mws-toArray')) echo 'skip legacy fixtures not available';
--FILE--
<?php
require __DIR__ . '/legacy.inc';

/*
 * An empty MWS element (<SellerCaptureNote/>) reads [] in the legacy toArray(), a filled one a string:
 * both are what a shop already handles, so [] on one side matches a string on the other. Everything
 * else - every key, the nesting, lists, and string leaves - must be the same.
 */
function compare($bridged, $legacy, string $path, array &$diffs): void
{
    if ($bridged === [] || $legacy === []) {
        if (is_array($bridged) && is_array($legacy) && ($bridged === [] xor $legacy === [])) {
            $diffs[] = "$path: [] vs non-empty array";
        }
        return;
    }
    /* IdList: one member reads as a string, several as a list of strings (the legacy toArray()) */
    if (str_ends_with($path, '.IdList.member') && (is_string($bridged) || array_is_list($bridged))
        && (is_string($legacy) || array_is_list($legacy))) {
        return;
    }
    if (is_array($bridged) !== is_array($legacy)) {
        $diffs[] = "$path: " . get_debug_type($bridged) . ' vs ' . get_debug_type($legacy);
        return;
    }
    if (!is_array($bridged)) {
        if (gettype($bridged) !== gettype($legacy)) {
            $diffs[] = "$path: " . gettype($bridged) . ' vs ' . gettype($legacy);
        }
        return;
    }
    if (array_is_list($bridged) !== array_is_list($legacy)) {
        $diffs[] = "$path: list vs map";
    }
    foreach (array_unique(array_merge(array_keys($bridged), array_keys($legacy))) as $k) {
        if (!array_key_exists($k, $bridged)) {
            $diffs[] = "$path.$k: missing in the bridged answer";
        } elseif (!array_key_exists($k, $legacy)) {
            $diffs[] = "$path.$k: not in the legacy response";
        } else {
            compare($bridged[$k], $legacy[$k], "$path.$k", $diffs);
        }
    }
}

/* Several genuine samples of one action: a key is allowed when any sample has it, required when all have it. */
function merge_samples(array $samples, bool $all)
{
    $first = $samples[0];
    if (count($samples) === 1 || !is_array($first) || array_is_list($first) || $first === []) {
        return $first;
    }
    $keys = $all ? array_keys($first) : [];
    foreach ($samples as $x) {
        $keys = $all ? array_intersect($keys, array_keys(is_array($x) ? $x : [])) : array_merge($keys, array_keys(is_array($x) ? $x : []));
    }
    $out = [];
    foreach (array_unique($keys) as $k) {
        $sub = array_values(array_filter(array_map(fn ($x) => is_array($x) && array_key_exists($k, $x) ? [$x[$k]] : null, $samples)));
        $out[$k] = merge_samples(array_map(fn ($v) => $v[0], $sub), $all);
    }
    return $out;
}

function check(string $call, AmazonPay\ResponseParser $r, string ...$fixtures): array
{
    $samples = array_map(fn ($f) => json_decode(file_get_contents(LEGACY_FIXTURES . "/mws-toArray/$f.toArray.json"), true)['toArray'], $fixtures);
    $bridged = $r->toArray();
    $diffs = $missing = [];
    compare($bridged, merge_samples($samples, false), '', $diffs);        /* nothing the legacy responses never had */
    compare($bridged, merge_samples($samples, true), '', $missing);       /* everything all of them have */
    $diffs = array_merge(array_filter($diffs, fn ($d) => !str_ends_with($d, 'missing in the bridged answer')),
        array_filter($missing, fn ($d) => !str_ends_with($d, 'not in the legacy response')));
    /* optional MWS fields the samples happen to lack or carry (reference/legacy-sdk.md section 6): data, not shape */
    $optional = ['Buyer.Phone', 'PhysicalAddress.Phone', 'PhysicalDestination.StateOrRegion',
        /* MWS returned it to DE/UK merchants only; the samples are from the US */
        'AuthorizationDetails.AuthorizationBillingAddress'];
    $notes = array_filter($diffs, fn ($d) => array_filter($optional, fn ($o) => str_contains($d, ".$o:")));
    $diffs = array_diff($diffs, $notes);
    foreach ($notes as $n) {
        echo "  optional MWS field ", implode('.', array_slice(explode('.', strstr($n, ':', true)), -2)), strstr($n, ':'), "\n";
    }
    echo str_pad($call, 27), $diffs ? "DIFFERENT\n  " . implode("\n  ", $diffs) : 'same shape', "\n";
    return $bridged;
}

/* with the ledger, as a migrated shop runs: reference ids and IdList members come from it */
require __DIR__ . '/../inc/ledger.inc';
LedgerBackends::use('sqlite');
$s = new Sandbox();
$c = legacy_client($s);
$order = legacy_order($s);

$a = check('authorize', $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '1.00',
    'authorization_reference_id' => uniqid('a'), 'seller_authorization_note' => 'testing', 'capture_now' => true,
    'soft_descriptor' => 'testikiki', 'transaction_timeout' => 0]), 'AuthorizeResponse');
$authId = $a['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
$captureId = $a['AuthorizeResult']['AuthorizationDetails']['IdList']['member'];
check('getAuthorizationDetails', $c->getAuthorizationDetails(['amazon_authorization_id' => $authId]),
    'GetAuthorizationDetailsResponse');
check('getCaptureDetails', $c->getCaptureDetails(['amazon_capture_id' => $captureId]), 'GetCaptureDetailsResponse');

/* a separate authorization and capture */
$a = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '2.00',
    'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0])->toArray();
$authId2 = $a['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'];
$cap = check('capture', $c->capture(['amazon_authorization_id' => $authId2, 'capture_amount' => '1.00',
    'capture_reference_id' => uniqid('c'), 'soft_descriptor' => 'testsd']), 'CaptureResponse');
$captureId2 = $cap['CaptureResult']['CaptureDetails']['AmazonCaptureId'];
$ref = check('refund', $c->refund(['amazon_capture_id' => $captureId2, 'refund_amount' => '0.50',
    'refund_reference_id' => uniqid('r'), 'seller_refund_note' => 'note', 'soft_descriptor' => 'AMZ*test']), 'RefundResponse');
legacy_advance($s, ['advanceSeconds' => 60]);
check('getRefundDetails', $c->getRefundDetails(['amazon_refund_id' => $ref['RefundResult']['RefundDetails']['AmazonRefundId']]),
    'GetRefundDetails');

$a = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '3.00',
    'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0])->toArray();
check('closeAuthorization', $c->closeAuthorization(['amazon_authorization_id' =>
    $a['AuthorizeResult']['AuthorizationDetails']['AmazonAuthorizationId'], 'closure_reason' => 'done']),
    'CloseAuthorizationResponse');
check('getOrderReferenceDetails', $c->getOrderReferenceDetails(['amazon_order_reference_id' => $order]),
    'GetOrderReferenceDetailsResponse', 'GetOrderReferenceDetailsResponse_Full', 'GetOrderReferenceDetailsScaResponse',
    'GetOROwithoutPaymentDescriptor');
check('closeOrderReference', $c->closeOrderReference(['amazon_order_reference_id' => $order, 'closure_reason' => 'done']),
    'CloseOrderReferenceResponse');
$order2 = legacy_order($s);
check('cancelOrderReference', $c->cancelOrderReference(['amazon_order_reference_id' => $order2,
    'cancelation_reason' => 'out of stock']), 'CancelOrderReferenceResponse');
check('error (unknown capture id)', $c->getCaptureDetails(['amazon_capture_id' => 'S02-1234567-1234567-C123456']),
    'ErrorResponse');
?>
--EXPECT--
  optional MWS field AuthorizationDetails.AuthorizationBillingAddress: not in the legacy response
authorize                  same shape
  optional MWS field AuthorizationDetails.AuthorizationBillingAddress: not in the legacy response
getAuthorizationDetails    same shape
getCaptureDetails          same shape
capture                    same shape
refund                     same shape
getRefundDetails           same shape
closeAuthorization         same shape
  optional MWS field Buyer.Phone: not in the legacy response
  optional MWS field PhysicalAddress.Phone: not in the legacy response
  optional MWS field PhysicalDestination.StateOrRegion: missing in the bridged answer
getOrderReferenceDetails   same shape
closeOrderReference        same shape
cancelOrderReference       same shape
error (unknown capture id) same shape
