--TEST--
AuthorizationBillingAddress: authorize and getAuthorizationDetails answer the charge permission's billing address for DE/UK shops, as MWS did there (invoice addresses stay up to date); a US shop gets none
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

LedgerBackends::use('none');

$s = new Sandbox();
foreach (['de' => 'EUR', 'uk' => 'GBP', 'us' => 'USD'] as $region => $currency) {
    $c = legacy_client($s, ['region' => $region, 'currency_code' => $currency]);
    $order = $s->order('30.00', $currency);
    $a = $c->authorize(['amazon_order_reference_id' => $order, 'authorization_amount' => '30.00',
        'authorization_reference_id' => uniqid('a'), 'transaction_timeout' => 0])->toArray()['AuthorizeResult']['AuthorizationDetails'];
    $g = $c->getAuthorizationDetails(['amazon_authorization_id' => $a['AmazonAuthorizationId']])
        ->toArray()['GetAuthorizationDetailsResult']['AuthorizationDetails'];
    echo "$region: authorize ", json_encode($a['AuthorizationBillingAddress'] ?? null), "\n";
    echo "$region: getAuthorizationDetails same: ", var_export(($g['AuthorizationBillingAddress'] ?? null) === ($a['AuthorizationBillingAddress'] ?? null), true), "\n";
}
?>
--EXPECT--
de: authorize {"Name":"Sandbox Test Buyer","AddressLine1":"Marcel-Breuer-Str. 12","City":"Muenchen","PostalCode":"80807","CountryCode":"DE","Phone":"+49 89 0000000"}
de: getAuthorizationDetails same: true
uk: authorize {"Name":"Sandbox Test Buyer","AddressLine1":"Marcel-Breuer-Str. 12","City":"Muenchen","PostalCode":"80807","CountryCode":"DE","Phone":"+49 89 0000000"}
uk: getAuthorizationDetails same: true
us: authorize null
us: getAuthorizationDetails same: true
