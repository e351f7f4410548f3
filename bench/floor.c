/*
 * The signing floor: what one RSASSA-PSS signature costs with nothing but
 * OpenSSL, so amzpay_sign() can be judged against it (bench/sign_bench.c).
 *
 *   floor [--reuse] [-n ITERATIONS | -s SECONDS] [-w WARMUP] KEY.pem SALT_LEN
 *
 * Signs a fixed 32-byte digest with EVP_PKEY_sign(): PSS padding, SHA-256,
 * MGF1-SHA-256, the salt length given (20 for AMZN-PAY-RSASSA-PSS, 32 for
 * -V2). By default every signature gets a new EVP_PKEY_CTX (the floor any
 * implementation pays when it does not keep a context); --reuse keeps one
 * context for the whole run. Prints exactly one line on stdout:
 *
 *   floor_us_per_sign=<float>
 *
 * and the run's parameters on stderr. Standalone: no PHP, no amzpay code.
 */
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
	const char *key_path;
	int salt_len;
	bool reuse;
	long iterations; /* 0: run for `seconds` */
	double seconds;
	long warmup;
} options;

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void usage(void)
{
	fprintf(stderr, "usage: floor [--reuse] [-n ITERATIONS | -s SECONDS] [-w WARMUP] KEY.pem SALT_LEN\n");
	exit(2);
}

static options parse_options(int argc, char **argv)
{
	options o = {NULL, 0, false, 0, 3.0, 20};
	int i, positional = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--reuse") == 0) {
			o.reuse = true;
		} else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
			o.iterations = atol(argv[++i]);
		} else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
			o.seconds = atof(argv[++i]);
			o.iterations = 0;
		} else if (strcmp(argv[i], "-w") == 0 && i + 1 < argc) {
			o.warmup = atol(argv[++i]);
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			usage();
		} else if (positional == 0) {
			o.key_path = argv[i];
			positional++;
		} else if (positional == 1) {
			o.salt_len = atoi(argv[i]);
			positional++;
		} else {
			usage();
		}
	}
	if (positional != 2 || o.salt_len < 0 || (o.iterations <= 0 && o.seconds <= 0)) {
		usage();
	}
	return o;
}

/* No passphrase support, and never a terminal prompt. */
static int no_passphrase(char *buf, int size, int rwflag, void *u)
{
	(void)buf;
	(void)size;
	(void)rwflag;
	(void)u;
	return -1;
}

static EVP_PKEY *load_key(const char *path)
{
	FILE *fp = fopen(path, "rb");
	EVP_PKEY *pkey;

	if (!fp) {
		perror(path);
		exit(1);
	}
	pkey = PEM_read_PrivateKey(fp, NULL, no_passphrase, NULL);
	fclose(fp);
	if (!pkey) {
		fprintf(stderr, "%s: not an unencrypted PEM private key\n", path);
		exit(1);
	}
	return pkey;
}

static EVP_PKEY_CTX *new_sign_ctx(EVP_PKEY *pkey, int salt_len)
{
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, NULL);

	if (!ctx || EVP_PKEY_sign_init(ctx) <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) <= 0 ||
	    EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) <= 0 || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) <= 0 ||
	    EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, salt_len) <= 0) {
		ERR_print_errors_fp(stderr);
		exit(1);
	}
	return ctx;
}

/* One signature; `shared` is NULL in the default (new context per signature) mode. */
static void sign_once(EVP_PKEY *pkey, EVP_PKEY_CTX *shared, int salt_len, const unsigned char digest[32])
{
	unsigned char sig[2048];
	size_t sig_len = sizeof(sig);
	EVP_PKEY_CTX *ctx = shared ? shared : new_sign_ctx(pkey, salt_len);

	if (EVP_PKEY_sign(ctx, sig, &sig_len, digest, 32) <= 0) {
		ERR_print_errors_fp(stderr);
		exit(1);
	}
	if (!shared) {
		EVP_PKEY_CTX_free(ctx);
	}
}

int main(int argc, char **argv)
{
	options o = parse_options(argc, argv);
	EVP_PKEY *pkey = load_key(o.key_path);
	EVP_PKEY_CTX *shared = o.reuse ? new_sign_ctx(pkey, o.salt_len) : NULL;
	unsigned char digest[32];
	double start, elapsed;
	long i, done = 0;

	/* any fixed digest will do: the cost does not depend on its value */
	for (i = 0; i < 32; i++) {
		digest[i] = (unsigned char)(i * 7 + 1);
	}
	for (i = 0; i < o.warmup; i++) {
		sign_once(pkey, shared, o.salt_len, digest);
	}
	start = now_seconds();
	if (o.iterations > 0) {
		for (done = 0; done < o.iterations; done++) {
			sign_once(pkey, shared, o.salt_len, digest);
		}
	} else {
		while (now_seconds() - start < o.seconds) {
			sign_once(pkey, shared, o.salt_len, digest);
			done++;
		}
	}
	elapsed = now_seconds() - start;
	fprintf(stderr, "mode=%s salt=%d bits=%d signatures=%ld seconds=%.3f\n", o.reuse ? "reuse-ctx" : "new-ctx",
	        o.salt_len, EVP_PKEY_bits(pkey), done, elapsed);
	printf("floor_us_per_sign=%.2f\n", elapsed * 1e6 / (double)done);
	EVP_PKEY_CTX_free(shared);
	EVP_PKEY_free(pkey);
	return 0;
}
