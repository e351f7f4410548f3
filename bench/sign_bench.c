/*
 * amzpay_sign() under the same conditions as bench/floor.c: one whole
 * request signature per iteration (canonical request, two SHA-256, PSS
 * signature, base64, Authorization header), with the key loaded once from
 * the process-wide cache, as the extension does.
 *
 *   sign_bench [-n ITERATIONS | -s SECONDS] [-w WARMUP] KEY.pem SALT_LEN
 *   sign_bench --vs-floor [-r ROUNDS] [-b BATCH] KEY.pem SALT_LEN
 *
 * SALT_LEN 20 selects AMZN-PAY-RSASSA-PSS, 32 AMZN-PAY-RSASSA-PSS-V2.
 * The request is vector v01 (createCharge, 190-byte body, idempotency key).
 * Each iteration formats the date and initialises/frees its amzpay_signature,
 * like amzpay_client_signed_headers() does. Prints exactly one line on stdout:
 *
 *   amzpay_us_per_sign=<float>
 *
 * --vs-floor alternates, in this one process, batches of BATCH signatures:
 * the raw floor of bench/floor.c (new EVP_PKEY_CTX per signature), the floor
 * with a reused context, and amzpay_sign(), ROUNDS times, timed with this
 * thread's CPU clock. On a busy machine that cancels most of the noise that
 * separate wall-clock runs suffer. Prints floor_new_ctx_us=, floor_reuse_ctx_us=,
 * amzpay_sign_us= and the overheads in percent.
 */
#include "sign.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double thread_cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void usage(void)
{
	fprintf(stderr, "usage: sign_bench [-n ITERATIONS | -s SECONDS] [-w WARMUP] KEY.pem SALT_LEN\n"
	                "       sign_bench --vs-floor [-r ROUNDS] [-b BATCH] KEY.pem SALT_LEN\n");
	exit(2);
}

static const char body[] = "{\"chargePermissionId\":\"S01-5105180-3221187\",\"chargeAmount\":{\"amount\":\"14.00\","
                           "\"currencyCode\":\"USD\"},\"captureNow\":true,\"softDescriptor\":\"Descriptor\","
                           "\"canHandlePendingAuthorization\":false}";

static void sign_once(const amzpay_key *key, amzpay_alg alg)
{
	amzpay_signature sig;
	amzpay_sign_input in;
	amzpay_error err;
	char date[17];

	amzpay_format_date(time(NULL), date);
	memset(&in, 0, sizeof(in));
	in.method = "POST";
	in.canonical_uri = "/sandbox/v2/charges";
	in.canonical_query = "";
	in.host = "pay-api.amazon.com";
	in.region = "na";
	in.date = date;
	in.idempotency_key = "idem-v01-5f1c2a";
	in.body = body;
	in.body_len = sizeof(body) - 1;
	in.public_key_id = "AGPTYXGL5VH6PSYLJUSHTKW6";
	in.alg = alg;
	amzpay_signature_init(&sig);
	if (amzpay_sign(key, &in, &sig, &err) != 0) {
		fprintf(stderr, "amzpay_sign: %s\n", err.message);
		exit(1);
	}
	amzpay_signature_free(&sig);
}

/* {{{ the floor, as in bench/floor.c */
static int no_passphrase(char *buf, int size, int rwflag, void *u)
{
	(void)buf;
	(void)size;
	(void)rwflag;
	(void)u;
	return -1;
}

static EVP_PKEY_CTX *floor_ctx(EVP_PKEY *pkey, int salt_len)
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

static void floor_sign(EVP_PKEY *pkey, EVP_PKEY_CTX *shared, int salt_len)
{
	static const unsigned char digest[32] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
	                                         17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32};
	unsigned char sig[2048];
	size_t sig_len = sizeof(sig);
	EVP_PKEY_CTX *ctx = shared ? shared : floor_ctx(pkey, salt_len);

	if (EVP_PKEY_sign(ctx, sig, &sig_len, digest, 32) <= 0) {
		ERR_print_errors_fp(stderr);
		exit(1);
	}
	if (!shared) {
		EVP_PKEY_CTX_free(ctx);
	}
}
/* }}} */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int vs_floor(const char *key_path, const amzpay_key *key, amzpay_alg alg, int salt, int rounds, int batch)
{
	FILE *fp = fopen(key_path, "rb");
	EVP_PKEY *pkey = fp ? PEM_read_PrivateKey(fp, NULL, no_passphrase, NULL) : NULL;
	EVP_PKEY_CTX *shared;
	double t, total[3] = {0, 0, 0}, *ratio_new = calloc((size_t)rounds, sizeof(double));
	double *ratio_reuse = calloc((size_t)rounds, sizeof(double));
	int r, i;

	if (fp) {
		fclose(fp);
	}
	if (!pkey || !ratio_new || !ratio_reuse) {
		fprintf(stderr, "%s: cannot load the key for the floor\n", key_path);
		return 1;
	}
	shared = floor_ctx(pkey, salt);
	for (r = 0; r < rounds; r++) {
		double round[3];

		t = thread_cpu_seconds();
		for (i = 0; i < batch; i++) {
			floor_sign(pkey, NULL, salt);
		}
		round[0] = thread_cpu_seconds() - t;
		t = thread_cpu_seconds();
		for (i = 0; i < batch; i++) {
			floor_sign(pkey, shared, salt);
		}
		round[1] = thread_cpu_seconds() - t;
		t = thread_cpu_seconds();
		for (i = 0; i < batch; i++) {
			sign_once(key, alg);
		}
		round[2] = thread_cpu_seconds() - t;
		for (i = 0; i < 3; i++) {
			total[i] += round[i];
		}
		ratio_new[r] = round[2] / round[0];
		ratio_reuse[r] = round[2] / round[1];
	}
	printf("salt=%d rounds=%d batch=%d (thread CPU time)\n", salt, rounds, batch);
	printf("floor_new_ctx_us=%.2f\n", total[0] * 1e6 / ((double)rounds * batch));
	printf("floor_reuse_ctx_us=%.2f\n", total[1] * 1e6 / ((double)rounds * batch));
	printf("amzpay_sign_us=%.2f\n", total[2] * 1e6 / ((double)rounds * batch));
	printf("amzpay_vs_floor_new_ctx=%+.2f%% (median of rounds %+.2f%%)\n", (total[2] / total[0] - 1) * 100,
	       (median(ratio_new, rounds) - 1) * 100);
	printf("amzpay_vs_floor_reuse_ctx=%+.2f%% (median of rounds %+.2f%%)\n", (total[2] / total[1] - 1) * 100,
	       (median(ratio_reuse, rounds) - 1) * 100);
	free(ratio_new);
	free(ratio_reuse);
	EVP_PKEY_CTX_free(shared);
	EVP_PKEY_free(pkey);
	return 0;
}

int main(int argc, char **argv)
{
	const char *key_path = NULL;
	int salt = -1, i, positional = 0, rounds = 40, batch = 50;
	bool compare = false;
	long iterations = 0, warmup = 20, done = 0, w;
	double seconds = 3.0, start, elapsed;
	const amzpay_key *key;
	amzpay_error err;
	amzpay_alg alg;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--vs-floor") == 0) {
			compare = true;
		} else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc) {
			rounds = atoi(argv[++i]);
		} else if (strcmp(argv[i], "-b") == 0 && i + 1 < argc) {
			batch = atoi(argv[++i]);
		} else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
			iterations = atol(argv[++i]);
		} else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
			seconds = atof(argv[++i]);
			iterations = 0;
		} else if (strcmp(argv[i], "-w") == 0 && i + 1 < argc) {
			warmup = atol(argv[++i]);
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			usage();
		} else if (positional == 0) {
			key_path = argv[i];
			positional++;
		} else if (positional == 1) {
			salt = atoi(argv[i]);
			positional++;
		} else {
			usage();
		}
	}
	if (positional != 2 || (salt != 20 && salt != 32) || (iterations <= 0 && seconds <= 0) || rounds < 1 ||
	    batch < 1) {
		usage();
	}
	alg = salt == 20 ? AMZPAY_ALG_PSS : AMZPAY_ALG_PSS_V2;
	amzpay_error_clear(&err);
	key = amzpay_key_get(key_path, strlen(key_path), NULL, 0, &err);
	if (!key) {
		fprintf(stderr, "%s\n", err.message);
		return 1;
	}
	for (w = 0; w < warmup; w++) {
		sign_once(key, alg);
	}
	if (compare) {
		int rc = vs_floor(key_path, key, alg, salt, rounds, batch);

		amzpay_key_cache_shutdown();
		return rc;
	}
	start = now_seconds();
	if (iterations > 0) {
		for (done = 0; done < iterations; done++) {
			sign_once(key, alg);
		}
	} else {
		while (now_seconds() - start < seconds) {
			sign_once(key, alg);
			done++;
		}
	}
	elapsed = now_seconds() - start;
	fprintf(stderr, "alg=%s signatures=%ld seconds=%.3f\n", amzpay_alg_name(alg), done, elapsed);
	printf("amzpay_us_per_sign=%.2f\n", elapsed * 1e6 / (double)done);
	amzpay_key_cache_shutdown();
	return 0;
}
