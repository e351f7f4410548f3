<?php
/*
 * toArray() of an XML response with many distinct sibling names: amzpay's
 * ResponseParser against the legacy SDK's own conversion
 * (json_decode(json_encode(simplexml_load_string(...)), true)), same input.
 *
 *   php -n -d extension=modules/amzpay.so [-d extension=simplexml] bench/xml_siblings.php [N...]
 * prints one line per N: siblings, amzpay seconds, SimpleXML seconds (or "n/a"), ratio.
 */
$sizes = array_map('intval', array_slice($argv, 1)) ?: [1000, 10000, 100000];
foreach ($sizes as $n) {
    $xml = '<GetOrderReferenceDetailsResponse xmlns="http://mws.amazonservices.com/schema/OffAmazonPayments/2013-01-01"><R>';
    for ($i = 0; $i < $n; $i++) {
        $xml .= "<n$i>$i</n$i>";
    }
    $xml .= '</R></GetOrderReferenceDetailsResponse>';

    $t = hrtime(true);
    $mine = (new AmazonPay\ResponseParser(['Status' => 200, 'ResponseBody' => $xml]))->toArray();
    $amzpay = (hrtime(true) - $t) / 1e9;
    if (count($mine['R']) !== $n) {
        fwrite(STDERR, "amzpay converted " . count($mine['R']) . " of $n siblings\n");
        exit(1);
    }
    $sx = 'n/a';
    if (function_exists('simplexml_load_string')) {
        $t = hrtime(true);
        $ref = json_decode(json_encode(simplexml_load_string($xml)), true);
        $sx = (hrtime(true) - $t) / 1e9;
        if ($ref['R'] !== $mine['R']) {
            fwrite(STDERR, "amzpay and SimpleXML differ for $n siblings\n");
            exit(1);
        }
    }
    printf("siblings %7d  amzpay %8.3f s  SimpleXML %s  ratio %s\n", $n, $amzpay,
        is_float($sx) ? sprintf('%8.3f s', $sx) : 'n/a', is_float($sx) ? sprintf('%.2f', $amzpay / $sx) : 'n/a');
}
