<?php
/*
 * Writes the seed corpora of the fuzz targets: gen_corpus.php OUT_DIR
 *
 * Seeds are built here from the shapes amzpay handles (MWS responses, v2
 * objects and errors, legacy parameter arrays, endpoints, header blocks,
 * Retry-After values, proxy strings), plus the malformed variants each
 * parser must refuse cleanly. One file per seed, OUT_DIR/<target>/<name>.
 */
declare(strict_types=1);

$out = $argv[1] ?? 'build/corpus';
$seeds = [];

function seed(string $target, string $data): void
{
	global $seeds;
	$seeds[$target][] = $data;
}

/* ---- MWS XML ---- */
const NS = 'http://mws.amazonservices.com/schema/OffAmazonPayments/2013-01-01';

function mws(string $op, string $inner): string
{
	return "<?xml version=\"1.0\"?>\n<{$op}Response xmlns=\"" . NS . "\">\n  <{$op}Result>\n$inner\n  </{$op}Result>\n"
		. "  <ResponseMetadata>\n    <RequestId>b4ab4bc3-c9ea-44f0-9a3d-67cccef565c6</RequestId>\n  </ResponseMetadata>\n</{$op}Response>\n";
}

function details(string $kind, string $id, string $state, string $amount = '10.50', string $extra = ''): string
{
	return "<{$kind}Details><Amazon{$kind}Id>$id</Amazon{$kind}Id><{$kind}Amount><Amount>$amount</Amount>"
		. "<CurrencyCode>USD</CurrencyCode></{$kind}Amount><{$kind}Status><State>$state</State>"
		. "<LastUpdateTimestamp>2019-07-14T15:53:00.000Z</LastUpdateTimestamp>$extra</{$kind}Status>"
		. "<CreationTimestamp>2019-07-14T15:53:00.000Z</CreationTimestamp></{$kind}Details>";
}

$auth = 'S01-9821095-1837200-A041953';
foreach (['Pending', 'Open', 'Declined', 'Closed'] as $state) {
	seed('xml', mws('Authorize', details('Authorization', $auth, $state, '10.50', $state === 'Declined' ? '<ReasonCode>InvalidPaymentMethod</ReasonCode>' : '')));
}
seed('xml', mws('Capture', details('Capture', 'S01-9821095-1837200-C041953', 'Completed')));
seed('xml', mws('Refund', details('Refund', 'S01-9821095-1837200-R072290', 'Pending', '0.50')));
seed('xml', mws('GetOrderReferenceDetails', '<OrderReferenceDetails><OrderReferenceStatus><State>Open</State></OrderReferenceStatus>'
	. '<IdList><member>A1</member><member>A2</member><member>A3</member></IdList><Constraints/></OrderReferenceDetails>'));
seed('xml', mws('GetBillingAgreementDetails', '<BillingAgreementDetails><BillingAgreementStatus><State>Open</State>'
	. '</BillingAgreementStatus></BillingAgreementDetails>'));
seed('xml', "<ErrorResponse xmlns=\"" . NS . "\"><Error><Type>Sender</Type><Code>InvalidParameterValue</Code>"
	. "<Message>The value 'x' is invalid &amp; &lt;refused&gt;</Message></Error><RequestId>r-1</RequestId></ErrorResponse>");
seed('xml', '<a x="1" y="&quot;2&quot;"><b>t</b><b>u</b><c><!-- comment --><?pi data?></c><d><![CDATA[cdata <x>]]></d></a>');
seed('xml', '<r xmlns:p="urn:p"><p:hidden>1</p:hidden><shown p:attr="x" attr="y">2</shown><e/><w>   </w></r>');
seed('xml', '<root>only text</root>');
seed('xml', '<root>text<child>lost</child>more</root>');
seed('xml', '<root><ResponseStatus>own</ResponseStatus></root>');
seed('xml', "<root><u>\u{e9}\u{4e2d}\u{1f600}/\\\"</u><ctl>&#9;&#10;&#13;</ctl></root>");
seed('xml', '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>');
seed('xml', '<r><unclosed></r>');
seed('xml', str_repeat('<n>', 60) . 'deep' . str_repeat('</n>', 60));
$many = '';
for ($i = 0; $i < 64; $i++) {
	$many .= "<s$i>$i</s$i><same>$i</same>";
}
seed('xml', "<r>$many</r>");
seed('xml', '');

/* ---- v2 answers: "<op> <status> [c]\n<body>" ---- */
$oro = 'S01-9821095-1837200';
$charge = fn(string $state, ?string $reason = null, string $capture = '1.00') => json_encode([
	'chargeId' => "$oro-C041953", 'chargePermissionId' => $oro,
	'chargeAmount' => ['amount' => '1.00', 'currencyCode' => 'USD'],
	'captureAmount' => $state === 'Captured' ? ['amount' => $capture, 'currencyCode' => 'USD'] : null,
	'refundedAmount' => ['amount' => '0.00', 'currencyCode' => 'USD'], 'softDescriptor' => 'AMZ*shop',
	'merchantMetadata' => ['merchantReferenceId' => 'ref-1', 'noteToBuyer' => 'n'],
	'statusDetails' => ['state' => $state, 'reasonCode' => $reason, 'reasonDescription' => null,
		'lastUpdatedTimestamp' => '20190714T155300Z'],
	'creationTimestamp' => '20190714T155300Z', 'expirationTimestamp' => '20190813T155300Z',
	'releaseEnvironment' => 'Sandbox',
]);
$refund = fn(string $state) => json_encode([
	'refundId' => "$oro-R072290", 'chargeId' => "$oro-C041953",
	'refundAmount' => ['amount' => '0.50', 'currencyCode' => 'USD'], 'softDescriptor' => 'AMZ*shop',
	'creationTimestamp' => '20190714T155300Z',
	'statusDetails' => ['state' => $state, 'reasonCode' => null, 'lastUpdatedTimestamp' => '20190714T155300Z'],
	'releaseEnvironment' => 'Sandbox',
]);
$permission = fn(string $state) => json_encode([
	'chargePermissionId' => $oro, 'chargePermissionType' => 'OneTime',
	'buyer' => ['buyerId' => 'amzn1.account.X', 'name' => "J\u{f6}rg <Green>", 'email' => 'a@example.com'],
	'limits' => ['amountLimit' => ['amount' => '1.29', 'currencyCode' => 'USD'],
		'amountBalance' => ['amount' => '1.29', 'currencyCode' => 'USD']],
	'merchantMetadata' => ['merchantReferenceId' => 'order-42', 'merchantStoreName' => 'Shop'],
	'statusDetails' => ['state' => $state, 'reasons' => $state === 'Closed' ? [['reasonCode' => 'MerchantClosed', 'reasonDescription' => 'x']] : null,
		'lastUpdatedTimestamp' => '20190714T155300Z'],
	'creationTimestamp' => '20190714T155300Z', 'releaseEnvironment' => 'Sandbox', 'presentmentCurrency' => 'USD',
]);
$error = fn(string $code) => json_encode(['reasonCode' => $code, 'message' => "v2 says $code"]);
$chargeStates = [['Authorized', null], ['Captured', null], ['CaptureInitiated', null], ['AuthorizationInitiated', null],
	['Declined', 'SoftDeclined'], ['Declined', 'HardDeclined'], ['Declined', 'AmazonRejected'], ['Canceled', 'ExpiredUnused']];
$errors = ['ResourceNotFound', 'InvalidChargeStatus', 'InvalidChargePermissionStatus', 'ChargePermissionNotModifiable',
	'DuplicateIdempotencyKey', 'MissingParameterValue', 'SoftDeclined', 'HardDeclined', 'TransactionTimedOut',
	'ProcessingFailure', 'TooManyRequests', 'InternalServerError', 'SomethingNew'];
for ($op = 0; $op < 12; $op++) {
	$isRefund = $op === 4 || $op === 5;
	$isPermission = $op >= 7;
	if ($isRefund) {
		foreach (['RefundInitiated', 'Refunded', 'Declined'] as $s) {
			seed('v2_answer', "$op 201\n" . $refund($s));
		}
	} elseif ($isPermission) {
		foreach (['Chargeable', 'NonChargeable', 'Closed'] as $s) {
			seed('v2_answer', "$op 200\n" . $permission($s));
		}
	} else {
		foreach ($chargeStates as [$s, $r]) {
			seed('v2_answer', "$op 200" . ($s === 'Declined' ? ' c' : '') . "\n" . $charge($s, $r));
		}
	}
	foreach ($errors as $i => $code) {
		$status = [404, 422, 409, 400, 400, 400, 422, 422, 422, 500, 429, 500, 418][$i];
		seed('v2_answer', "$op $status\n" . $error($code));
	}
	seed('v2_answer', "$op 200\n<html>not json</html>");
	seed('v2_answer', "$op 503\n");
	seed('v2_answer', "$op 200\n{\"chargeId\":null,\"statusDetails\":{\"state\":7},\"chargeAmount\":{\"amount\":1e400}}");
}

/* ---- legacy parameters: params.h text form ---- */
function params(int $op, string $flags, array $p): string
{
	$s = "$op $flags";
	foreach ($p as $k => $v) {
		if (is_bool($v)) {
			$s .= "\nb$k=" . ($v ? '1' : '0');
		} elseif (is_array($v)) {
			$s .= "\na$k=" . count($v);
		} elseif ($v === null) {
			$s .= "\nn$k=";
		} else {
			$s .= "\ns$k=$v";
		}
	}
	return $s;
}
$auth = ['amazon_order_reference_id' => $oro, 'authorization_amount' => '1.00', 'currency_code' => 'USD',
	'authorization_reference_id' => 'ref-1', 'capture_now' => false];
$base = [
	0 => $auth,
	1 => ['amazon_authorization_id' => "$oro-A041953"],
	2 => ['amazon_authorization_id' => "$oro-A041953", 'capture_amount' => '1.00', 'capture_reference_id' => 'cap-1'],
	3 => ['amazon_capture_id' => "$oro-C041953"],
	4 => ['amazon_capture_id' => "$oro-C041953", 'refund_amount' => '0.50', 'refund_reference_id' => 'ref-r1'],
	5 => ['amazon_refund_id' => "$oro-R072290"],
	6 => ['amazon_authorization_id' => "$oro-A041953", 'closure_reason' => 'out of stock'],
	7 => ['amazon_order_reference_id' => $oro],
	8 => ['amazon_order_reference_id' => $oro, 'cancelation_reason' => 'buyer asked'],
	9 => ['amazon_order_reference_id' => $oro, 'closure_reason' => 'done'],
	10 => ['amazon_order_reference_id' => $oro, 'seller_order_id' => 'order-42', 'store_name' => 'Shop'],
	11 => ['amazon_order_reference_id' => $oro, 'seller_order_id' => 'order-42', 'amount' => '5'],
];
for ($op = 0; $op < 28; $op++) {
	$p = $base[$op] ?? ['amazon_order_reference_id' => $oro, 'amazon_billing_agreement_id' => 'C01-1234567-1234567'];
	seed('legacy_params', params($op, '', $p));
	seed('legacy_params', params($op, 's', $p));
	seed('legacy_params', params($op, 'n', []));
}
$variants = [
	['capture_now' => true, 'soft_descriptor' => 'AMZ*shop'], ['capture_now' => 'true'], ['authorization_amount' => '01.5'],
	['authorization_amount' => '-1'], ['authorization_amount' => '1,50'], ['authorization_amount' => '1e3'],
	['authorization_amount' => '150000.01'], ['currency_code' => 'jpy', 'authorization_amount' => '1050'],
	['currency_code' => 'XXX'], ['authorization_reference_id' => str_repeat('r', 33)],
	['authorization_reference_id' => "r\x00f"], ['authorization_reference_id' => "caf\u{e9} / ? #"],
	['amazon_order_reference_id' => '../../v2/refunds'], ['amazon_order_reference_id' => 'P01-1234567-1234567'],
	['seller_authorization_note' => '{"SandboxSimulation": {"State":"Declined", "ReasonCode":"InvalidPaymentMethod"}}'],
	['seller_authorization_note' => '{"SandboxSimulation": {"State":"Declined", "ReasonCode":"AmazonRejected"}}'],
	['seller_authorization_note' => '{"SandboxSimulation": {"State":"Pending"}}', 'transaction_timeout' => '1440'],
	['seller_authorization_note' => "tab\tcr\rok"], ['seller_authorization_note' => "bad\x01"],
	['provider_credit_details' => [1, 2]], ['merchant_id' => 'A1', 'mws_auth_token' => 'amzn.mws.x'],
	['transaction_timeout' => '0'], ['transaction_timeout' => 'x'], ['authorization_amount' => null],
	['soft_descriptor' => str_repeat('S', 17), 'capture_now' => true], ["\xff" => "\xfe\xff"],
];
foreach ($variants as $i => $v) {
	seed('legacy_params', params(0, $i % 2 ? 's' : '', array_merge($auth, $v)));
}
seed('legacy_params', params(2, 's', $base[2] + ['seller_capture_note' => '{"SandboxSimulation": {"State":"Pending"}}']));
seed('legacy_params', params(4, 's', $base[4] + ['seller_refund_note' => '{"SandboxSimulation": {"State":"Declined"}}']));
seed('legacy_params', "0\nocapture_now=Object\nsamazon_order_reference_id=$oro");

/* ---- endpoints: "<flags>\n<override URL>" ---- */
$urls = ['https://pay-api.amazon.com', 'https://pay-api.amazon.eu/sandbox/', 'https://Example.COM:8443/prefix//',
	'http://127.0.0.1:8080', 'http://127.0.0.2', 'http://[::1]:9000/x', 'http://localhost', 'http://localhost.',
	'http://example.com', 'https://user:pw@example.com', 'https://example.com/?q=1', 'https://example.com/#f',
	'https://[2001:db8::1]/', 'https://exa mple.com', "https://example.com\r\nX: y", 'ftp://example.com', '//example.com',
	'https://', 'https://:443', 'https://example.com:99999', 'https://xn--bcher-kva.example/', 'https://a_b.example/',
	'http://0x7f000001/', 'https://[::ffff:127.0.0.1]/', 'https://example.com.', 'HTTPS://EXAMPLE.COM'];
foreach ($urls as $i => $u) {
	seed('endpoint', ['', 's', 'l', 'e', 'js', 'sl'][$i % 6] . "\n$u");
}
foreach (['S01-1234567-1234567-C000001', '.', '..', 'a..b', 'a/b', str_repeat('x', 128), str_repeat('x', 129),
	'id:with@sym=+', "\x00", 'a%2Fb'] as $id) {
	seed('endpoint', $id);
}

/* ---- response headers: one header line per line ---- */
$h = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-amz-pay-request-id: req-1\r\n"
	. "Location: https://pay-api.amazon.com/v2/charges/x\r\nRetry-After: 3\r\n\r\n";
seed('headers', $h);
seed('headers', "HTTP/1.1 100 Continue\r\nx-amz-pay-request-id: early\r\n\r\nHTTP/1.1 201 Created\r\nX-AMZ-PAY-REQUEST-ID:   late  \r\n\r\n");
seed('headers', "HTTP/2 429\r\nretry-after: Wed, 21 Oct 2015 07:28:00 GMT\r\nretry-after:\t\t\r\n");
seed('headers', "x-amz-pay-request-id:\r\nlocation\r\n: nothing\r\nBad Name: v\r\nx-amz-pay-idempotency-key: a/b\r\n");
seed('headers', "x-amz-pay-simulation-code: HardDeclined\r\nAccept: application/json\r\nx-custom: caf\xc3\xa9\r\nx-bad: \xff\x01\r\n");

/* ---- Retry-After: "<base> <max> <after max> <retry>\n<value>" ---- */
foreach (['0', '3', '86400', '86401', '99999999999999999999', '-1', '1.5', ' 7', 'Wed, 21 Oct 2015 07:28:00 GMT',
	'Sun, 06 Nov 2094 08:49:37 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT', 'tomorrow', ''] as $i => $v) {
	seed('retry_after', ['100 5000 10000 0', '100 5000 10000 3', '1 1 1 63', '0 0 0 0', '99999999 99999999 99999999 62'][$i % 5] . "\n$v");
}

/* ---- proxy: "<request URL>\n<proxy>\n<user:password>" ---- */
foreach ([['proxy.local:3128', ''], ['http://proxy.local:3128', 'alice:s3cret-pass'],
	['http://bob:hunter2-secret@proxy.local:8080', ''], ['socks5h://carol:pa55word-x@127.0.0.1:1080', 'dave:x'],
	['http://eve:p@ss@word-long@proxy.local/', ''], ['proxy.local', ':'], ['https://[::1]:3128', 'user:'],
	['http://user%40corp:pw%3Aa-long@proxy/', '']] as [$proxy, $cred]) {
	seed('proxy', "https://pay-api.amazon.com/v2/charges\n$proxy\n$cred");
	seed('proxy', "http://127.0.0.1:8080/sandbox/v2/refunds\n$proxy\n$cred");
}

/* ---- IPN (fuzz_ipn): first byte picks the entry point: 0 envelope, 1 certificate URL, 2 certificate, 3 v2 answer ---- */
$message = json_encode(['NotificationReferenceId' => '32d195c3-a829-4222-b1e2-14ab28909513', 'MarketplaceID' => '136291',
	'NotificationType' => 'PaymentCapture', 'SellerId' => 'A1MERCHANTTEST', 'ReleaseEnvironment' => 'Sandbox',
	'Version' => '2013-01-01', 'NotificationData' => '<?xml version="1.0" encoding="UTF-8"?><CaptureNotification xmlns="'
	. NS . '"><CaptureDetails><AmazonCaptureId>S01-9821095-1837200-C041953</AmazonCaptureId><CaptureStatus><State>Completed'
	. '</State></CaptureStatus></CaptureDetails></CaptureNotification>', 'Timestamp' => '2019-07-14T15:53:00Z']);
$v2message = json_encode(['MerchantID' => 'A2AMZPAYSANDBOX1', 'ObjectType' => 'CHARGE', 'ObjectId' => "$oro-C041953",
	'ChargePermissionId' => $oro, 'NotificationType' => 'STATE_CHANGE', 'NotificationId' => 'n-1',
	'NotificationVersion' => 'V2']);
foreach ([[$message, '2'], [$message, '1'], [$v2message, '2'], [$v2message, null]] as [$m, $version]) {
	$env = ['Type' => 'Notification', 'MessageId' => 'e2a2a4e5-0b2a-5c3a-9c3a-1d2a3b4c5d6e',
		'TopicArn' => 'arn:aws:sns:us-east-1:291180941288:A1MERCHANTTEST', 'Message' => $m,
		'Timestamp' => '2019-07-14T15:53:00.000Z', 'Signature' => base64_encode(str_repeat("\x5a", 256)),
		'SigningCertURL' => 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000.pem'];
	if ($version !== null) {
		$env['SignatureVersion'] = $version;
	}
	seed('ipn', '0' . json_encode($env, JSON_UNESCAPED_SLASHES));
}
seed('ipn', '0{"Type":"SubscriptionConfirmation","Message":"x"}');
seed('ipn', '0[]');
foreach (['https://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem', 'https://sns.cn-north-1.amazonaws.com.cn/x.pem',
	'http://sns.us-east-1.amazonaws.com/x.pem', 'https://sns.evil.com/x.pem', 'https://sns.us-east-1.amazonaws.com.evil/x.pem',
	'https://127.0.0.1:8443/cert.pem', 'HTTPS://SNS.EU-WEST-1.AMAZONAWS.COM/X.pem', 'https://sns.x.amazonaws.com/x.txt',
	'https:/@sns.us-east-2.amazonaws.com/x.pem', 'https://u@sns.us-east-1.amazonaws.com/x.pem'] as $u) {
	seed('ipn', '1' . $u);
}
if (function_exists('openssl_pkey_new')) {
	$key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
	$csr = $key ? openssl_csr_new(['commonName' => 'sns.amazonaws.com'], $key) : false;
	$cert = $csr ? openssl_csr_sign($csr, null, $key, 1) : false;
	if ($cert && openssl_x509_export($cert, $pem)) {
		seed('ipn', '2' . $pem);
		seed('ipn', '2' . $pem . $pem);
	}
}
seed('ipn', "2-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
seed('ipn', '3' . $charge('Captured'));
seed('ipn', '7' . $refund('Refunded'));
seed('ipn', '3' . $error('ResourceNotFound'));

foreach ($seeds as $target => $list) {
	$dir = "$out/fuzz_$target";
	if (!is_dir($dir) && !mkdir($dir, 0777, true)) {
		fwrite(STDERR, "cannot create $dir\n");
		exit(1);
	}
	foreach ($list as $data) {
		file_put_contents("$dir/seed-" . substr(hash('sha1', $data), 0, 16), $data);
	}
	printf("%-24s %3d seeds\n", "fuzz_$target", count($list));
}
