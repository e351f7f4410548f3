--TEST--
Against Amazon's null fields (sandbox responseProfile "strict-nulls": null limits, expirationTimestamp, refundedAmount, AMZ* descriptors) the legacy answers keep the MWS shapes: amounts stay amounts (never []), no warning
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

/* Paths of empty arrays ([] = an empty MWS element) in a toArray() result. */
function empties(array $a, string $path = ''): array
{
    $out = [];
    foreach ($a as $k => $v) {
        if ($v === []) {
            $out[] = "$path.$k";
        } elseif (is_array($v)) {
            $out = array_merge($out, empties($v, "$path.$k"));
        }
    }
    return $out;
}

$s = new Sandbox();
$s->post('/__sandbox/config', ['responseProfile' => 'strict-nulls']);
$client = legacy_client($s);
$order = legacy_order($s);

$details = $client->getOrderReferenceDetails(['amazon_order_reference_id' => $order])->toArray()
    ['GetOrderReferenceDetailsResult']['OrderReferenceDetails'];
/*
 * Amazon tells no total and no expiration: the total (an amount) is left out, never rendered empty;
 * the expiration is an empty element (<ExpirationTimestamp/>, [] in toArray()) as MWS renders a text it lacks
 */
echo 'order: ', $details['OrderReferenceStatus']['State'], ', OrderTotal ', isset($details['OrderTotal']) ? 'shown' : 'absent',
    ', ExpirationTimestamp ', json_encode($details['ExpirationTimestamp']),
    ', CreationTimestamp ', preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/', $details['CreationTimestamp']) ? 'ok' : 'bad',
    ', empty elements: ', json_encode(empties($details)), "\n";

$auth = $client->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '30.00',
    'authorization_reference_id' => 'auth-null-1', 'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails'];
/* refundedAmount is null before the capture: the MWS amounts are still amounts */
echo 'authorization: ', $auth['AuthorizationStatus']['State'], ', captured ', json_encode($auth['CapturedAmount']),
    ', fee ', json_encode($auth['AuthorizationFee']), "\n";
$again = $client->getAuthorizationDetails(['amazon_authorization_id' => $auth['AmazonAuthorizationId']])->toArray()
    ['GetAuthorizationDetailsResult']['AuthorizationDetails'];
echo 'get authorization: ', json_encode($again['CapturedAmount']), ', ExpirationTimestamp ',
    preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/', $again['ExpirationTimestamp']) ? 'ok' : 'bad', "\n";

$capture = $client->capture(['amazon_authorization_id' => $auth['AmazonAuthorizationId'], 'capture_amount' => '30.00',
    'capture_reference_id' => 'cap-null-1', 'soft_descriptor' => 'Shop 42'])->toArray()['CaptureResult']['CaptureDetails'];
echo 'capture: ', $capture['CaptureStatus']['State'], ', refunded ', json_encode($capture['RefundedAmount']),
    ', descriptor ', json_encode($capture['SoftDescriptor']), "\n";

$refund = $client->refund(['amazon_capture_id' => $capture['AmazonCaptureId'], 'refund_amount' => '5.00',
    'refund_reference_id' => 'ref-null-1'])->toArray()['RefundResult']['RefundDetails'];
echo 'refund: ', $refund['RefundStatus']['State'], ', amount ', json_encode($refund['RefundAmount']),
    ', descriptor ', json_encode($refund['SoftDescriptor']), "\n";
?>
--EXPECT--
order: Open, OrderTotal absent, ExpirationTimestamp [], CreationTimestamp ok, empty elements: [".ExpirationTimestamp"]
authorization: Open, captured {"CurrencyCode":"EUR","Amount":"0.00"}, fee {"CurrencyCode":"EUR","Amount":"0.00"}
get authorization: {"CurrencyCode":"EUR","Amount":"0.00"}, ExpirationTimestamp ok
capture: Completed, refunded {"CurrencyCode":"EUR","Amount":"0.00"}, descriptor "AMZ*Shop 42"
refund: Pending, amount {"CurrencyCode":"EUR","Amount":"5.00"}, descriptor "AMZ*AmzPaySandbox"
