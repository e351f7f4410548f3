<?php

declare(strict_types=1);

/*
 * Router script for `php -S 127.0.0.1:PORT sandbox/router.php` (sandbox/serve does this).
 * State file: $AMZPAY_SANDBOX_STATE (default: <temp dir>/amzpay-sandbox.sqlite).
 */

require __DIR__ . '/lib/bootstrap.php';

AmzPay\Sandbox\App::fromEnvironment()->run();

return true;
