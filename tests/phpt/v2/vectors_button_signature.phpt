--TEST--
Signing vectors: generateButtonSignature() verifies over each button vector's string to sign (string, escaped, array input)
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../inc/vectors.inc';

foreach (amzpay_vectors()['button_signatures'] as $b) {
    $config = ['public_key_id' => 'AGPTYXGL5VH6PSYLJUSHTKW6', 'private_key' => '<PEM>', 'region' => 'us', 'sandbox' => true];
    if ($b['algorithm_config'] !== null) {
        $config['algorithm'] = $b['algorithm_config'];
    }
    $client = amzpay_vector_client($config);
    $sig = $client->generateButtonSignature($b['input']);
    $salt = $b['pss_salt_len'];
    printf("%s %s: salt %d %s, other %s\n", $b['input_kind'], $b['algorithm_used'], $salt,
        amzpay_pss_verify($b['string_to_sign'], $sig, $salt) ? 'verifies' : 'FAILS',
        amzpay_pss_verify($b['string_to_sign'], $sig, $salt === 20 ? 32 : 20) ? 'VERIFIES' : 'fails');
}
?>
--EXPECT--
string AMZN-PAY-RSASSA-PSS: salt 20 verifies, other fails
escaped_string AMZN-PAY-RSASSA-PSS: salt 20 verifies, other fails
array AMZN-PAY-RSASSA-PSS: salt 20 verifies, other fails
string AMZN-PAY-RSASSA-PSS-V2: salt 32 verifies, other fails
escaped_string AMZN-PAY-RSASSA-PSS-V2: salt 32 verifies, other fails
array AMZN-PAY-RSASSA-PSS-V2: salt 32 verifies, other fails
array_non_ascii AMZN-PAY-RSASSA-PSS-V2: salt 32 verifies, other fails
