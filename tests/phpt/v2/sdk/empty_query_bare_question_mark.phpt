--TEST--
Official SDK parity: given query parameters that are empty, the URL ends with a bare "?" (getReports([]), getDisbursements([]), getReportSchedules(), apiCall(..., [])); none given, no "?"
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$server = new TestServer();
$c = amzpay_v2_client($server->url);
$results = [
    $c->getReports([]),
    $c->getReports(),
    $c->getDisbursements([]),
    $c->getReportSchedules(),
    $c->getReportSchedules(['A', 'B']),
    $c->apiCall('GET', 'v2/reports', null, null, []),
    $c->apiCall('GET', 'v2/reports', null, null, ['x' => null]),
];
foreach ($server->requests() as $i => $q) {
    echo $q['target'], '  url ', str_replace($server->url, '', $results[$i]['url']), "\n";
}
?>
--EXPECT--
/sandbox/v2/reports?  url /sandbox/v2/reports?
/sandbox/v2/reports  url /sandbox/v2/reports
/sandbox/v2/disbursements?  url /sandbox/v2/disbursements?
/sandbox/v2/report-schedules?  url /sandbox/v2/report-schedules?
/sandbox/v2/report-schedules?reportTypes.1=A&reportTypes.2=B  url /sandbox/v2/report-schedules?reportTypes.1=A&reportTypes.2=B
/sandbox/v2/reports?  url /sandbox/v2/reports?
/sandbox/v2/reports?  url /sandbox/v2/reports?
