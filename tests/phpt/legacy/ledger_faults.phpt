--TEST--
Ledger under fault (read-only file, locked database, corrupt file, MariaDB server down mid-run): the capture still succeeds exactly once, the answer degrades to what v2 alone gives, one warning per affected call is logged, nothing crashes
--EXTENSIONS--
amzpay
--FILE--
<?php
require __DIR__ . '/legacy.inc';
require __DIR__ . '/../inc/ledger.inc';

$s = new Sandbox();
$key = realpath(LEGACY_DEMO_KEY);
$inc = var_export(__DIR__ . '/ledger_shop.inc', true);

/** Runs shop_capture() in its own process; $prefix runs it as another user (root ignores file modes). */
function capture_process(array $ledger, string $tag, array $prefix = [], bool $pause = false, ?Closure $midRun = null): array
{
    global $s, $key, $inc;
    $cmd = array_merge($prefix, [PHP_BINARY, '-n', '-d', 'extension=' . realpath(AMZPAY_SO),
        '-d', 'amzpay.ledger=' . $ledger['dsn'], '-d', 'amzpay.ledger_password=' . $ledger['password'],
        '-r', "require $inc; shop_capture();", $s->url, $key,
        json_encode(['order' => legacy_order($s, '20.00'), 'tag' => $tag, 'pause' => $pause])]);
    $p = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    if ($pause) {
        $line = fgets($pipes[1]);
        if (trim((string) $line) !== 'authorized') {
            throw new RuntimeException("child: $line" . stream_get_contents($pipes[2]));
        }
        $midRun();
        fwrite($pipes[0], "go\n");
    }
    fclose($pipes[0]);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    return json_decode($out, true) ?? throw new RuntimeException("child: $out $err");
}

function report(string $what, array $r, string $tag): void
{
    global $s;
    $applied = count(array_filter($s->requests(['operation' => 'captureCharge']),
        fn ($q) => $q['outcome'] === 'applied' && $q['idempotencyKey'] === "capt-$tag-cap"));
    echo "$what: capture {$r['capture']} success=", var_export($r['success'], true), " applied=$applied",
        " read back reference id: {$r['read back reference id']}\n";
    foreach ($r['warnings'] as $w) {
        echo "  ", preg_replace(['/sqlite:\S+/', '/mysql:\/\/\S+/', '/\d+ s\)/'], ['sqlite:FILE', 'mysql://DSN', 'N s)'], $w), "\n";
    }
}

/* healthy, for comparison */
$ok = LedgerBackends::sqlite();
report('healthy SQLite', capture_process($ok, 'f0'), 'f0');

/* 1. read-only: a ledger file the PHP user may read but not write */
$ro = LedgerBackends::sqlite();
capture_process($ro, 'f1a');
chmod($ro['dir'], 0555);
chmod(substr($ro['dsn'], 7), 0444);
$asOther = trim(amzpay_run(['id', '-u'])[1]) === '0' ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
report('read-only file', capture_process($ro, 'f1', $asOther), 'f1');
chmod($ro['dir'], 0755);

/* 2. locked: another process holds the write lock for the whole call */
$locked = LedgerBackends::sqlite();
capture_process($locked, 'f2a');
$locker = proc_open([PHP_BINARY, '-n', '-d', 'extension=sqlite3', '-r',
    '$db = new SQLite3($argv[1]); $db->exec("BEGIN EXCLUSIVE"); echo "locked\n"; fgets(STDIN);', substr($locked['dsn'], 7)],
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $lp);
echo "locker: ", fgets($lp[1]);
report('locked database', capture_process($locked, 'f2'), 'f2');
fclose($lp[0]);
proc_close($locker);

/* 3. corrupt: the file is not a database any more */
$corrupt = LedgerBackends::sqlite();
file_put_contents(substr($corrupt['dsn'], 7), str_repeat("\x5a\xa5 not sqlite ", 400));
report('corrupt file', capture_process($corrupt, 'f3'), 'f3');

/* 4. MariaDB stops between the authorization and the capture (a server of this test's own) */
$dir = sys_get_temp_dir() . '/amzpay-mariadb-down-' . getmypid();
$script = __DIR__ . '/../../../scripts/lib/mariadb';
[$rc] = amzpay_run([$script, 'start', $dir]);
$down = ['dsn' => trim(amzpay_run([$script, 'dsn', $dir])[1]),
    'password' => trim((string) file_get_contents("$dir/password"))];
echo "own MariaDB started: ", var_export($rc === 0, true), "\n";
report('MariaDB down mid-run', capture_process($down, 'f4', [], true,
    fn () => amzpay_run([$script, 'stop', $dir])), 'f4');
amzpay_rm_tree($dir);
?>
--EXPECTF--
healthy SQLite: capture Completed success=true applied=1 read back reference id: f0-cap
read-only file: capture Completed success=true applied=1 read back reference id: (none)
  warning: amzpay: the ledger could not record authorization S01-%d-%d-A%d (ledger sqlite:FILE %s attempt to write a readonly database); Amazon Pay API v2 has the authorization, later answers lack what only the ledger keeps
  warning: amzpay: the ledger could not record capture S01-%d-%d-C%d (ledger sqlite:FILE %s attempt to write a readonly database (not retried for N s)); Amazon Pay API v2 has the capture, later answers lack what only the ledger keeps
  warning: amzpay: the ledger could not be read (ledger sqlite:FILE %s attempt to write a readonly database (not retried for N s)); getCaptureDetails answers what Amazon Pay API v2 alone returns
locker: locked
locked database: capture Completed success=true applied=1 read back reference id: (none)
  warning: amzpay: the ledger could not record authorization S01-%d-%d-A%d (ledger sqlite:FILE write: database is locked); Amazon Pay API v2 has the authorization, later answers lack what only the ledger keeps
  warning: amzpay: the ledger could not record capture S01-%d-%d-C%d (ledger sqlite:FILE write: database is locked (not retried for N s)); Amazon Pay API v2 has the capture, later answers lack what only the ledger keeps
  warning: amzpay: the ledger could not be read (ledger sqlite:FILE write: database is locked (not retried for N s)); getCaptureDetails answers what Amazon Pay API v2 alone returns
corrupt file: capture Completed success=true applied=1 read back reference id: (none)
  warning: amzpay: the ledger could not record authorization S01-%d-%d-A%d (ledger sqlite:FILE open: file is not a database); Amazon Pay API v2 has the authorization, later answers lack what only the ledger keeps
  warning: amzpay: the ledger could not record capture S01-%d-%d-C%d (ledger sqlite:FILE open: file is not a database (not retried for N s)); Amazon Pay API v2 has the capture, later answers lack what only the ledger keeps
  warning: amzpay: the ledger could not be read (ledger sqlite:FILE open: file is not a database (not retried for N s)); getCaptureDetails answers what Amazon Pay API v2 alone returns
own MariaDB started: true
MariaDB down mid-run: capture Completed success=true applied=1 read back reference id: (none)
  warning: amzpay: the ledger could not record capture S01-%d-%d-C%d (ledger mysql://DSN connect: %s); Amazon Pay API v2 has the capture, later answers lack what only the ledger keeps
  warning: amzpay: the ledger could not be read (ledger mysql://DSN connect: %s (not retried for N s)); getCaptureDetails answers what Amazon Pay API v2 alone returns
