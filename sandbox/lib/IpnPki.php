<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * The sandbox's IPN signing PKI (test only): a CA it generates and a leaf certificate issued by that CA
 * (CN=sns.amazonaws.com, as Amazon SNS signing certificates), created once next to the state file. The
 * leaf signs the notifications and is served at their SigningCertURL; the CA is served at
 * /__sandbox/ipn/ca.pem so that a verifier can check a real chain (amzpay: amzpay.ipn_test_ca).
 */
final class IpnPki
{
    public function __construct(private readonly string $base)
    {
    }

    /** @return array{ca: string, cert: string, key: string} PEMs of the CA certificate, the leaf and its key */
    public function load(): array
    {
        $files = ['ca' => "$this->base.ipn-ca.pem", 'cert' => "$this->base.ipn-cert.pem", 'key' => "$this->base.ipn-key.pem"];
        if (!$this->complete($files)) {
            $lock = fopen("$this->base.ipn.lock", 'c');
            flock($lock, LOCK_EX);
            try {
                if (!$this->complete($files)) {
                    $this->create($files);
                }
            } finally {
                flock($lock, LOCK_UN);
                fclose($lock);
            }
        }
        return array_map(static fn (string $f): string => (string) file_get_contents($f), $files);
    }

    private function complete(array $files): bool
    {
        return is_file($files['ca']) && is_file($files['cert']) && is_file($files['key']);
    }

    private function create(array $files): void
    {
        $rsa = ['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA];
        $caKey = openssl_pkey_new($rsa);
        $caCsr = openssl_csr_new(['commonName' => 'amzpay sandbox IPN test CA', 'organizationName' => 'amzpay sandbox (test only)'], $caKey, ['digest_alg' => 'sha256']);
        $ca = openssl_csr_sign($caCsr, null, $caKey, 3650, ['digest_alg' => 'sha256', 'x509_extensions' => 'v3_ca'], random_int(1, PHP_INT_MAX));
        $key = openssl_pkey_new($rsa);
        $csr = openssl_csr_new(['commonName' => 'sns.amazonaws.com', 'organizationName' => 'amzpay sandbox (test only)'], $key, ['digest_alg' => 'sha256']);
        $cert = openssl_csr_sign($csr, $ca, $caKey, 3650, ['digest_alg' => 'sha256', 'x509_extensions' => 'usr_cert'], random_int(1, PHP_INT_MAX));
        openssl_x509_export($ca, $caPem);
        openssl_x509_export($cert, $certPem);
        openssl_pkey_export($key, $keyPem);
        foreach (['key' => $keyPem, 'ca' => $caPem, 'cert' => $certPem] as $what => $pem) {
            file_put_contents("$files[$what].tmp", $pem);
            chmod("$files[$what].tmp", 0600);
            rename("$files[$what].tmp", $files[$what]);
        }
    }
}
