/*
 * key.c: key loading and the process-wide key cache - capped (least
 * recently used out), reference counted, locked, and never leaving key bytes
 * in freed memory.
 */
#include "key.h"
#include "sign.h"
#include "unit.h"

#include <openssl/evp.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#define KEY_PKCS8 "../fixtures/vectors/test-key.pem"

static char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *data = NULL;
	long n;

	if (fp && fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) > 0 && fseek(fp, 0, SEEK_SET) == 0 &&
	    (data = malloc((size_t)n + 1)) != NULL && fread(data, 1, (size_t)n, fp) == (size_t)n) {
		data[n] = '\0';
		*len = (size_t)n;
	} else {
		free(data);
		data = NULL;
	}
	if (fp) {
		fclose(fp);
	}
	return data;
}

/* The unencrypted key under passphrase `i`: OpenSSL ignores the passphrase, the cache keys by it. */
static const amzpay_key *key_variant(const char *pem, size_t len, int i)
{
	char pass[16];
	amzpay_error err;

	snprintf(pass, sizeof(pass), "p%d", i);
	amzpay_error_clear(&err);
	return amzpay_key_get(pem, len, pass, strlen(pass), &err);
}

static bool key_signs(const amzpay_key *key)
{
	EVP_PKEY_CTX *ctx = amzpay_key_pss_ctx(key, 32);
	unsigned char digest[32] = {1, 2, 3}, sig[AMZPAY_KEY_MAX_BITS / 8];
	size_t sig_len = sizeof(sig);
	bool ok = ctx && EVP_PKEY_sign(ctx, sig, &sig_len, digest, sizeof(digest)) > 0 && sig_len == 256;

	EVP_PKEY_CTX_free(ctx);
	return ok;
}

UNIT_TEST(test_cache_is_capped_lru)
{
	size_t len = 0;
	char *pem = slurp(KEY_PKCS8, &len);
	const amzpay_key *held, *recent, *k;
	int i;

	CHECK(pem != NULL);
	if (!pem) {
		return;
	}
	held = key_variant(pem, len, 0);   /* kept by "a client" through the evictions */
	recent = key_variant(pem, len, 1); /* used again and again: never evicted */
	CHECK(held && recent);
	for (i = 2; i < 3 * AMZPAY_KEY_CACHE_MAX; i++) {
		k = key_variant(pem, len, i);
		CHECK(k != NULL);
		amzpay_key_release(k);
		amzpay_key_release(key_variant(pem, len, 1) == recent ? recent : NULL);
		CHECK(amzpay_key_cache_size() <= AMZPAY_KEY_CACHE_MAX);
	}
	CHECK(amzpay_key_cache_size() == AMZPAY_KEY_CACHE_MAX);
	k = key_variant(pem, len, 1);
	CHECK(k == recent); /* still cached: the same object comes back */
	amzpay_key_release(k);
	/* the evicted key still works for its holder and is freed by the last release (ASAN checks both) */
	CHECK(key_signs(held));
	amzpay_key_release(held);
	amzpay_key_release(recent);
	amzpay_key_cache_shutdown();
	CHECK(amzpay_key_cache_size() == 0);
	free(pem);
}

static size_t observed_blocks;
static bool observed_dirty;

static void observe(const void *block, size_t size)
{
	const unsigned char *p = block;

	observed_blocks++;
	for (size_t i = 0; i < size; i++) {
		if (p[i]) {
			observed_dirty = true;
		}
	}
}

/* A key file of 4 KiB or more: every block that held its bytes is cleansed before it is freed. */
UNIT_TEST(test_large_key_file_leaves_no_copy)
{
	char path[] = "build/amzpay-key-XXXXXX"; /* tests run in tests/unit */
	size_t len = 0;
	char *pem = slurp(KEY_PKCS8, &len);
	const amzpay_key *key;
	amzpay_error err;
	FILE *fp;
	int fd = mkstemp(path);

	CHECK(pem != NULL && fd >= 0);
	if (!pem || fd < 0) {
		free(pem);
		return;
	}
	fp = fdopen(fd, "wb");
	for (int i = 0; i < 200; i++) { /* 200 x 50 bytes of text before the PEM block: > 8 KiB in all */
		fprintf(fp, "# comment line before the key, ignored by PEM #%02d\n", i % 100);
	}
	fwrite(pem, 1, len, fp);
	fclose(fp);
	observed_blocks = 0;
	observed_dirty = false;
	amzpay_key_set_free_observer(observe);
	amzpay_error_clear(&err);
	key = amzpay_key_get(path, strlen(path), NULL, 0, &err);
	amzpay_key_set_free_observer(NULL);
	unlink(path);
	CHECK(key != NULL);
	CHECK(key && key_signs(key));
	CHECK(observed_blocks >= 2); /* the read buffer grew at least once, then was released */
	CHECK(!observed_dirty);
	amzpay_key_release(key);
	amzpay_key_cache_shutdown();
	free(pem);
}

typedef struct {
	const char *pem;
	size_t len;
	int failures;
} worker_arg;

static void *worker(void *p)
{
	worker_arg *a = p;

	for (int i = 0; i < 20; i++) {
		const amzpay_key *key = key_variant(a->pem, a->len, i % (AMZPAY_KEY_CACHE_MAX + 4));

		if (!key || !key_signs(key)) {
			a->failures++;
		}
		amzpay_key_release(key);
	}
	return NULL;
}

/* Threads share the cache (ZTS): gets, evictions, signatures and releases race safely. */
UNIT_TEST(test_cache_threads)
{
	size_t len = 0;
	char *pem = slurp(KEY_PKCS8, &len);
	pthread_t t[4];
	worker_arg args[4];
	int i;

	CHECK(pem != NULL);
	if (!pem) {
		return;
	}
	for (i = 0; i < 4; i++) {
		args[i] = (worker_arg){pem, len, 0};
		CHECK(pthread_create(&t[i], NULL, worker, &args[i]) == 0);
	}
	for (i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		CHECK(args[i].failures == 0);
	}
	CHECK(amzpay_key_cache_size() <= AMZPAY_KEY_CACHE_MAX);
	amzpay_key_cache_shutdown();
	free(pem);
}

UNIT_MAIN(UNIT_CASE(test_cache_is_capped_lru), UNIT_CASE(test_large_key_file_leaves_no_copy),
          UNIT_CASE(test_cache_threads))
