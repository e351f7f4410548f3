/*
 * amzpay core: private keys. Loading (PEM text or a file, PKCS#1/PKCS#8,
 * encrypted or not) and the process-wide key cache.
 *
 * Persistence: this file and http_pool.c are the only process-wide state of
 * the core. Both are capped and both are locked with a pthread mutex, so a
 * ZTS build is safe:
 *   - at most AMZPAY_KEY_CACHE_MAX keys are cached, least recently used
 *     first out; an evicted key lives on until its last holder releases it;
 *   - keys are reference counted: amzpay_key_get() takes a reference,
 *     amzpay_key_release() drops it;
 *   - signing never shares an EVP_PKEY_CTX: amzpay_key_pss_ctx() hands every
 *     signature its own duplicate of the context prepared at load time.
 * Key bytes read from a file are cleansed before any block holding them is
 * freed (the buffer never grows by realloc()).
 *
 * OpenSSL hygiene: every OpenSSL call sequence runs between ERR_set_mark()
 * and ERR_pop_to_mark(), so nothing we cause is left in the thread's error
 * queue.
 */
#include "key.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include "buf.h"

#define SHA256_LEN 32

/* A key file is a few KiB; anything bigger is certainly not a key and is not read into memory. */
#define AMZPAY_KEY_FILE_MAX (1024 * 1024)

/* The reason of the newest OpenSSL error since the mark, for messages that help an operator. */
static const char *openssl_reason(void)
{
	const char *reason = ERR_reason_error_string(ERR_peek_last_error());

	return reason ? reason : "unknown error";
}

/* {{{ key cache */
struct amzpay_key {
	unsigned char id[SHA256_LEN]; /* see key_cache_id() */
	EVP_PKEY *pkey;               /* owned; RSA_free() clears the private numbers */
	/* RSASSA-PSS/SHA-256 context prepared once at load time; only ever duplicated, never used to sign. */
	EVP_PKEY_CTX *pss_ctx;
	unsigned refs; /* holders besides the cache (amzpay_key_get() minus amzpay_key_release()) */
	bool cached;   /* in the list below; an evicted key is freed by its last release */
	struct amzpay_key *prev, *next;
};

/* Most recently used first; guarded by key_cache_lock, as are refs and cached of every key. */
static pthread_mutex_t key_cache_lock = PTHREAD_MUTEX_INITIALIZER;
static amzpay_key *key_cache_head;
static size_t key_cache_count;

static void key_free(amzpay_key *key)
{
	EVP_PKEY_CTX_free(key->pss_ctx);
	EVP_PKEY_free(key->pkey);
	OPENSSL_cleanse(key, sizeof(*key));
	free(key);
}

static void key_cache_unlink(amzpay_key *key)
{
	if (key->prev) {
		key->prev->next = key->next;
	} else {
		key_cache_head = key->next;
	}
	if (key->next) {
		key->next->prev = key->prev;
	}
	key->prev = key->next = NULL;
	key->cached = false;
	key_cache_count--;
}

static void key_cache_push_front(amzpay_key *key)
{
	key->prev = NULL;
	key->next = key_cache_head;
	if (key_cache_head) {
		key_cache_head->prev = key;
	}
	key_cache_head = key;
	key->cached = true;
	key_cache_count++;
}

/* Drops the least recently used keys until there is room for one more. */
static void key_cache_make_room(void)
{
	amzpay_key *tail = key_cache_head;

	while (tail && tail->next) {
		tail = tail->next;
	}
	while (tail && key_cache_count >= AMZPAY_KEY_CACHE_MAX) {
		amzpay_key *prev = tail->prev;

		key_cache_unlink(tail);
		if (tail->refs == 0) {
			key_free(tail);
		}
		tail = prev;
	}
}

void amzpay_key_cache_shutdown(void)
{
	amzpay_key *key, *next;

	pthread_mutex_lock(&key_cache_lock);
	for (key = key_cache_head; key; key = next) {
		next = key->next;
		key_free(key);
	}
	key_cache_head = NULL;
	key_cache_count = 0;
	pthread_mutex_unlock(&key_cache_lock);
}

size_t amzpay_key_cache_size(void)
{
	size_t n;

	pthread_mutex_lock(&key_cache_lock);
	n = key_cache_count;
	pthread_mutex_unlock(&key_cache_lock);
	return n;
}

void amzpay_key_release(const amzpay_key *ckey)
{
	amzpay_key *key = (amzpay_key *)ckey;

	if (!key) {
		return;
	}
	pthread_mutex_lock(&key_cache_lock);
	if (key->refs > 0) {
		key->refs--;
	}
	if (key->refs == 0 && !key->cached) {
		key_free(key);
	}
	pthread_mutex_unlock(&key_cache_lock);
}

/* Under the lock: the cached key with `id`, moved to the front and referenced, or NULL. */
static amzpay_key *key_cache_take(const unsigned char id[SHA256_LEN])
{
	amzpay_key *key;

	for (key = key_cache_head; key; key = key->next) {
		if (CRYPTO_memcmp(key->id, id, SHA256_LEN) == 0) {
			key_cache_unlink(key);
			key_cache_push_front(key);
			key->refs++;
			return key;
		}
	}
	return NULL;
}

/*
 * Cache id = SHA-256(len(pem) as 8 bytes big-endian || pem || passphrase). The PEM bytes are the text
 * given or the content of the file, so a rotated key file gets a new entry while the same key given
 * as text or through any path shares one. The length prefix makes the split between PEM and
 * passphrase unambiguous.
 */
static int key_cache_id(const char *pem, size_t pem_len, const char *pass, size_t pass_len,
                        unsigned char id[SHA256_LEN])
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned char len_be[8];
	uint64_t n = (uint64_t)pem_len;
	int i, ok;

	for (i = 7; i >= 0; i--) {
		len_be[i] = (unsigned char)(n & 0xff);
		n >>= 8;
	}
	ok = md && EVP_DigestInit_ex(md, EVP_sha256(), NULL) == 1 && EVP_DigestUpdate(md, len_be, 8) == 1 &&
	     EVP_DigestUpdate(md, pem, pem_len) == 1 && (pass_len == 0 || EVP_DigestUpdate(md, pass, pass_len) == 1) &&
	     EVP_DigestFinal_ex(md, id, NULL) == 1;
	EVP_MD_CTX_free(md);
	return ok ? 0 : -1;
}

static EVP_PKEY_CTX *new_pss_ctx(EVP_PKEY *pkey)
{
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, NULL);

	if (!ctx || EVP_PKEY_sign_init(ctx) <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) <= 0 ||
	    EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) <= 0 || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) <= 0) {
		EVP_PKEY_CTX_free(ctx);
		return NULL;
	}
	return ctx;
}

EVP_PKEY_CTX *amzpay_key_pss_ctx(const amzpay_key *key, int salt_len)
{
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_dup(key->pss_ctx);

	if (ctx && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, salt_len) <= 0) {
		EVP_PKEY_CTX_free(ctx);
		return NULL;
	}
	return ctx;
}

/* A new key holding `pkey` (taken over, freed on failure), referenced once, not yet cached. */
static amzpay_key *key_new(const unsigned char id[SHA256_LEN], EVP_PKEY *pkey, amzpay_error *err)
{
	amzpay_key *key = calloc(1, sizeof(*key));

	if (!key) {
		EVP_PKEY_free(pkey);
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while loading the private key");
		return NULL;
	}
	memcpy(key->id, id, SHA256_LEN);
	key->pkey = pkey;
	key->refs = 1;
	key->pss_ctx = new_pss_ctx(pkey);
	if (!key->pss_ctx) {
		amzpay_error_set(err, AMZPAY_ERR_KEY, "The private key cannot be used for RSASSA-PSS signing: %s",
		                 openssl_reason());
		key_free(key);
		return NULL;
	}
	return key;
}

/* Caches `fresh` unless another thread cached the same key meanwhile; returns the key to use. */
static amzpay_key *key_cache_put(amzpay_key *fresh)
{
	amzpay_key *key;

	pthread_mutex_lock(&key_cache_lock);
	key = key_cache_take(fresh->id);
	if (key) {
		key_free(fresh);
	} else {
		key_cache_make_room();
		key_cache_push_front(fresh);
		key = fresh;
	}
	pthread_mutex_unlock(&key_cache_lock);
	return key;
}
/* }}} */

/* {{{ key parsing */
typedef struct {
	const char *pass;
	size_t len;
	bool asked;    /* OpenSSL needed a passphrase: the PEM is encrypted */
	bool too_long; /* the passphrase did not fit OpenSSL's buffer       */
} passphrase_request;

/* Always installed, so OpenSSL never falls back to prompting on the terminal. */
static int passphrase_cb(char *buf, int size, int rwflag, void *userdata)
{
	passphrase_request *req = userdata;

	(void)rwflag;
	req->asked = true;
	if (req->len == 0) {
		return -1;
	}
	if (size < 0 || req->len > (size_t)size) {
		req->too_long = true;
		return -1;
	}
	memcpy(buf, req->pass, req->len);
	return (int)req->len;
}

static int key_parse_error(const passphrase_request *req, amzpay_error *err)
{
	if (req->asked && req->len == 0) {
		return amzpay_error_set(err, AMZPAY_ERR_KEY,
		                        "Unable to decrypt the private key: it is encrypted and no passphrase was given");
	}
	if (req->too_long) {
		return amzpay_error_set(err, AMZPAY_ERR_KEY, "Unable to decrypt the private key: the passphrase is too long");
	}
	if (req->asked) {
		return amzpay_error_set(err, AMZPAY_ERR_KEY, "Unable to decrypt the private key: wrong passphrase");
	}
	return amzpay_error_set(err, AMZPAY_ERR_KEY,
	                        "The private key is not a valid PEM RSA private key (PKCS#1 or PKCS#8 expected)");
}

static int key_check_usable(EVP_PKEY *pkey, amzpay_error *err)
{
	int bits;

	if (EVP_PKEY_base_id(pkey) != EVP_PKEY_RSA) {
		return amzpay_error_set(err, AMZPAY_ERR_KEY, "The private key is not an RSA key");
	}
	bits = EVP_PKEY_bits(pkey);
	if (bits < AMZPAY_KEY_MIN_BITS) {
		return amzpay_error_set(err, AMZPAY_ERR_KEY, "The private key is too small: %d bits, at least %d are required",
		                        bits, AMZPAY_KEY_MIN_BITS);
	}
	if (bits > AMZPAY_KEY_MAX_BITS) {
		return amzpay_error_set(err, AMZPAY_ERR_KEY, "The private key is too large: %d bits, at most %d are supported",
		                        bits, AMZPAY_KEY_MAX_BITS);
	}
	return 0;
}

/* PEM text (PKCS#1, PKCS#8, encrypted forms of both) to an RSA EVP_PKEY; NULL with err set otherwise. */
static EVP_PKEY *key_parse_pem(const char *pem, size_t pem_len, const char *pass, size_t pass_len, amzpay_error *err)
{
	passphrase_request req = {pass, pass_len, false, false};
	EVP_PKEY *pkey = NULL;
	BIO *bio;

	if (pem_len > INT_MAX) {
		amzpay_error_set(err, AMZPAY_ERR_KEY, "The private key is too large");
		return NULL;
	}
	bio = BIO_new_mem_buf(pem, (int)pem_len); /* read-only view, no copy */
	if (!bio) {
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while loading the private key");
		return NULL;
	}
	pkey = PEM_read_bio_PrivateKey(bio, NULL, passphrase_cb, &req);
	BIO_free(bio);
	if (!pkey) {
		key_parse_error(&req, err);
		return NULL;
	}
	if (key_check_usable(pkey, err) != 0) {
		EVP_PKEY_free(pkey);
		return NULL;
	}
	return pkey;
}

static bool contains(const char *haystack, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; n <= len && i <= len - n; i++) {
		if (haystack[i] == needle[0] && memcmp(haystack + i, needle, n) == 0) {
			return true;
		}
	}
	return false;
}

/*
 * Whether `path` may appear in an error message. Material without "-----BEGIN" is taken as a path,
 * but a user may have pasted the base64 body of a key instead: such strings (long, base64 alphabet
 * only, or with line breaks) are never echoed.
 */
static bool path_is_quotable(const char *path, size_t len)
{
	size_t i;
	bool base64_only = true;

	if (len == 0 || len > 256) {
		return false;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)path[i];

		if (c < 0x20 || c == 0x7f) {
			return false;
		}
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
		      c == '=')) {
			base64_only = false;
		}
	}
	return !(base64_only && len > 64);
}

static int file_error(const char *path, size_t path_len, const char *reason, amzpay_error *err)
{
	if (path_is_quotable(path, path_len)) {
		return amzpay_error_set(err, AMZPAY_ERR_KEY, "Unable to load file: %.*s (%s)", (int)path_len, path, reason);
	}
	return amzpay_error_set(err, AMZPAY_ERR_KEY,
	                        "Unable to load file: the private key is neither PEM text nor the path of a readable file "
	                        "(%s)",
	                        reason);
}

static void (*key_buf_observer)(const void *block, size_t size);

void amzpay_key_set_free_observer(void (*fn)(const void *block, size_t size))
{
	key_buf_observer = fn;
}

/* Cleanses and frees a block that held key-file bytes. */
static void key_block_free(char *block, size_t size)
{
	if (!block) {
		return;
	}
	OPENSSL_cleanse(block, size);
	if (key_buf_observer) {
		key_buf_observer(block, size);
	}
	free(block);
}

/*
 * Room for `extra` more bytes (+ NUL) in a buffer of key-file bytes. Never
 * realloc(): that could free the old block with key bytes still in it, so
 * the content moves to a new block and the old one is cleansed first.
 */
static bool key_buf_grow(amzpay_buf *b, size_t extra)
{
	size_t cap;
	char *p;

	if (b->cap - b->len > extra) {
		return true;
	}
	cap = b->cap ? b->cap * 2 : 4096 + 1;
	while (cap - b->len <= extra) {
		cap *= 2;
	}
	p = malloc(cap);
	if (!p) {
		b->failed = true;
		return false;
	}
	if (b->len) {
		memcpy(p, b->data, b->len);
	}
	key_block_free(b->data, b->cap);
	b->data = p;
	b->cap = cap;
	return true;
}

static void key_buf_cleanse(amzpay_buf *b)
{
	key_block_free(b->data, b->cap);
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = false;
}

static int read_stream(FILE *fp, amzpay_buf *out)
{
	size_t n;

	for (;;) {
		if (!key_buf_grow(out, 4096)) {
			return -1;
		}
		n = fread(out->data + out->len, 1, 4096, fp);
		out->len += n;
		out->data[out->len] = '\0';
		if (out->len > AMZPAY_KEY_FILE_MAX) {
			return 1;
		}
		if (n < 4096) {
			return ferror(fp) ? -1 : 0;
		}
	}
}

/* Reads the key file into `out` (the caller cleanses it). `path` need not be NUL-terminated. */
static int read_key_file(const char *path, size_t path_len, amzpay_buf *out, amzpay_error *err)
{
	amzpay_buf cpath = AMZPAY_BUF_INIT;
	struct stat st;
	FILE *fp;
	int rc;

	if (memchr(path, '\0', path_len)) {
		return file_error(path, 0, "the path contains a NUL byte", err);
	}
	amzpay_buf_append(&cpath, path, path_len);
	if (cpath.failed) {
		amzpay_buf_cleanse(&cpath);
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while loading the private key");
	}
	fp = fopen(cpath.data, "rb");
	amzpay_buf_cleanse(&cpath); /* it might have been key material after all */
	if (!fp) {
		return file_error(path, path_len, strerror(errno), err);
	}
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		return file_error(path, path_len, "is a directory", err);
	}
	setvbuf(fp, NULL, _IONBF, 0); /* no stdio buffer: the only copy of the key is `out` */
	rc = read_stream(fp, out);
	fclose(fp);
	if (rc > 0) {
		return file_error(path, path_len, "larger than 1 MiB, not a key file", err);
	}
	if (rc < 0) {
		return out->failed ? amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory while loading the private key")
		                   : file_error(path, path_len, "read error", err);
	}
	if (out->len == 0) {
		return file_error(path, path_len, "the file is empty", err);
	}
	return 0;
}

const amzpay_key *amzpay_key_get(const char *material, size_t material_len, const char *passphrase,
                                 size_t passphrase_len, amzpay_error *err)
{
	amzpay_buf file = AMZPAY_BUF_INIT; /* file content: cleansed before it is freed */
	const char *pem = material;
	size_t pem_len = material_len;
	unsigned char id[SHA256_LEN];
	amzpay_key *key = NULL;
	EVP_PKEY *pkey;

	if (!material || material_len == 0) {
		amzpay_error_set(err, AMZPAY_ERR_KEY, "No private key was given");
		return NULL;
	}
	if (!passphrase) {
		passphrase_len = 0;
	}
	ERR_set_mark();
	if (!contains(material, material_len, "-----BEGIN")) {
		if (read_key_file(material, material_len, &file, err) != 0) {
			goto done;
		}
		pem = file.data;
		pem_len = file.len;
	}
	if (key_cache_id(pem, pem_len, passphrase, passphrase_len, id) != 0) {
		amzpay_error_set(err, AMZPAY_ERR_KEY, "Unable to hash the private key: %s", openssl_reason());
		goto done;
	}
	pthread_mutex_lock(&key_cache_lock);
	key = key_cache_take(id);
	pthread_mutex_unlock(&key_cache_lock);
	/* parsed outside the lock: a slow (encrypted) key does not hold up other threads */
	if (!key && (pkey = key_parse_pem(pem, pem_len, passphrase, passphrase_len, err)) != NULL &&
	    (key = key_new(id, pkey, err)) != NULL) {
		key = key_cache_put(key);
	}
done:
	ERR_pop_to_mark();
	key_buf_cleanse(&file);
	return key;
}
/* }}} */
