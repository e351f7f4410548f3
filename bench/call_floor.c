/*
 * The per-call floor of a signed v2 call: one raw EVP_PKEY_sign() (RSASSA-PSS,
 * SHA-256, a new EVP_PKEY_CTX each time, as bench/floor.c) plus one raw libcurl
 * POST on a kept-alive TLS connection (one easy handle for the whole run), with
 * nothing else: no canonical request, no headers beyond what the body needs.
 *
 *   call_floor -s SECONDS KEY.pem SALT_LEN URL CA.pem
 *
 * Prints floor_us_per_call=<float> (process CPU time per call, so a busy
 * machine or the peer's own work does not count) and floor_wall_us_per_call.
 */
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char body[] = "{\"chargePermissionId\":\"S01-5105180-3221187\",\"chargeAmount\":{\"amount\":\"14.00\","
                           "\"currencyCode\":\"USD\"},\"captureNow\":true,\"canHandlePendingAuthorization\":false}";

static double clock_s(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static size_t sink(char *data, size_t size, size_t n, void *ud)
{
	(void)data;
	*(size_t *)ud += size * n;
	return size * n;
}

static void sign_once(EVP_PKEY *key, int salt)
{
	static const unsigned char digest[32] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
	                                         17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32};
	unsigned char sig[1024];
	size_t sig_len = sizeof(sig);
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, NULL);

	if (!ctx || EVP_PKEY_sign_init(ctx) <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) <= 0 ||
	    EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) <= 0 || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) <= 0 ||
	    EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, salt) <= 0 || EVP_PKEY_sign(ctx, sig, &sig_len, digest, 32) <= 0) {
		fprintf(stderr, "sign failed\n");
		exit(1);
	}
	EVP_PKEY_CTX_free(ctx);
}

int main(int argc, char **argv)
{
	double seconds, t0, c0, deadline;
	struct curl_slist *headers = NULL;
	size_t received = 0;
	long status = 0, n = 0;
	EVP_PKEY *key;
	FILE *f;
	CURL *c;

	if (argc != 7 || strcmp(argv[1], "-s") != 0) {
		fprintf(stderr, "usage: call_floor -s SECONDS KEY.pem SALT_LEN URL CA.pem\n");
		return 2;
	}
	seconds = atof(argv[2]);
	f = fopen(argv[3], "r");
	key = f ? PEM_read_PrivateKey(f, NULL, NULL, NULL) : NULL;
	if (f) {
		fclose(f);
	}
	if (!key) {
		fprintf(stderr, "cannot read %s\n", argv[3]);
		return 1;
	}
	curl_global_init(CURL_GLOBAL_DEFAULT);
	c = curl_easy_init();
	headers = curl_slist_append(headers, "Content-Type: application/json");
	headers = curl_slist_append(headers, "Expect:");
	curl_easy_setopt(c, CURLOPT_URL, argv[5]);
	curl_easy_setopt(c, CURLOPT_CAINFO, argv[6]);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)(sizeof(body) - 1));
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &received);
	for (int i = 0; i < 20; i++) { /* warm-up: connect once */
		sign_once(key, atoi(argv[4]));
		curl_easy_perform(c);
	}
	t0 = clock_s(CLOCK_MONOTONIC);
	c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
	deadline = t0 + seconds;
	do {
		sign_once(key, atoi(argv[4]));
		if (curl_easy_perform(c) != CURLE_OK) {
			fprintf(stderr, "request failed\n");
			return 1;
		}
		n++;
	} while (clock_s(CLOCK_MONOTONIC) < deadline);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	printf("floor_us_per_call=%.2f\nfloor_wall_us_per_call=%.2f\n",
	       (clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0) * 1e6 / (double)n, (clock_s(CLOCK_MONOTONIC) - t0) * 1e6 / (double)n);
	fprintf(stderr, "floor: %ld calls, last status %ld\n", n, status);
	curl_slist_free_all(headers);
	curl_easy_cleanup(c);
	EVP_PKEY_free(key);
	curl_global_cleanup();
	return status >= 200 && status < 300 ? 0 : 1;
}
