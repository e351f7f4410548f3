<?php

declare(strict_types=1);

/*
 * Autoloader for the sandbox: class AmzPay\Sandbox\Foo lives in lib/Foo.php.
 */

spl_autoload_register(static function (string $class): void {
    $prefix = 'AmzPay\\Sandbox\\';
    if (str_starts_with($class, $prefix)) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
