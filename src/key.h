/*
 * amzpay core: RSA private keys and the process-wide key cache (key.c).
 *
 * Persistence: the cache is one of the two pieces of process-wide state of
 * the core (the other is the connection pool, http_pool.c). It is capped at
 * AMZPAY_KEY_CACHE_MAX keys (least recently used out), locked with a mutex,
 * and its keys are reference counted, so ZTS builds are safe.
 */
#ifndef AMZPAY_KEY_H
#define AMZPAY_KEY_H

#include <stddef.h>

#include <openssl/types.h>

#include "error.h"

#define AMZPAY_KEY_MIN_BITS 2048
/* OpenSSL refuses RSA operations above 16384 bits (OPENSSL_RSA_MAX_MODULUS_BITS), so this sizes the
 * stack buffer for a signature. */
#define AMZPAY_KEY_MAX_BITS 16384
/* Distinct keys kept parsed per process; a shop uses one or two. */
#define AMZPAY_KEY_CACHE_MAX 16

typedef struct amzpay_key amzpay_key;

/*
 * Returns the parsed private key for `material`: PEM text when it contains
 * "-----BEGIN", otherwise a file path whose content is read. PKCS#1, PKCS#8
 * and encrypted PKCS#8/PKCS#1 PEM (with `passphrase`) are accepted.
 * The caller holds a reference: give it back with amzpay_key_release().
 * Errors (AMZPAY_ERR_KEY) never quote the key material.
 */
const amzpay_key *amzpay_key_get(const char *material, size_t material_len, const char *passphrase,
                                 size_t passphrase_len, amzpay_error *err);
/* Drops a reference from amzpay_key_get(); NULL is ignored. */
void amzpay_key_release(const amzpay_key *key);
/* Frees (and cleanses) every cached key. Called at module shutdown, when no key is held any more. */
void amzpay_key_cache_shutdown(void);
/* Number of keys currently cached (for tests and phpinfo()). */
size_t amzpay_key_cache_size(void);

/*
 * A new RSASSA-PSS/SHA-256 signing context of `key` with `salt_len`, owned
 * by the caller (EVP_PKEY_CTX_free()); NULL on failure. Every signature gets
 * its own, so threads never share a context.
 */
EVP_PKEY_CTX *amzpay_key_pss_ctx(const amzpay_key *key, int salt_len);

/* Tests: sees every block that held key-file bytes, after it was cleansed and before it is freed. */
void amzpay_key_set_free_observer(void (*fn)(const void *block, size_t size));

#endif
