/*
 * Unit tests of src/sign.c against the official SDK's vectors
 * (tests/fixtures/vectors, copied from the research vectors) and the
 * test-only keys in tests/fixtures/keys.
 *
 * Paths are relative to tests/unit: run the binary from there (make -C tests/unit does).
 */
#include "endpoint.h"
#include "sign.h"
#include "unit.h"

#include <cjson/cJSON.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <stdlib.h>
#include <strings.h>
#include <unistd.h>

#define VECTORS_DIR "../fixtures/vectors/"
#define KEYS_DIR    "../fixtures/keys/"
#define KEY_PKCS8   VECTORS_DIR "test-key.pem"
#define KEY_PUBLIC  VECTORS_DIR "test-key.pub.pem"
#define PASSPHRASE  "test-only-passphrase"
#define FIXED_DATE  "20240501T123456Z"

/* {{{ helpers */
static char *read_file(const char *path, size_t *len_out)
{
	FILE *fp = fopen(path, "rb");
	char *data = NULL;
	long len;

	if (!fp) {
		fprintf(stderr, "  cannot open %s (run from tests/unit)\n", path);
		return NULL;
	}
	if (fseek(fp, 0, SEEK_END) == 0 && (len = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0 &&
	    (data = malloc((size_t)len + 1)) != NULL) {
		if (fread(data, 1, (size_t)len, fp) != (size_t)len) {
			free(data);
			data = NULL;
		} else {
			data[len] = '\0';
			if (len_out) {
				*len_out = (size_t)len;
			}
		}
	}
	fclose(fp);
	return data;
}

static bool write_file(const char *path, const char *data, size_t len)
{
	FILE *fp = fopen(path, "wb");
	bool ok;

	if (!fp) {
		return false;
	}
	ok = fwrite(data, 1, len, fp) == len;
	return fclose(fp) == 0 && ok;
}

static cJSON *load_vectors(void)
{
	char *text = read_file(VECTORS_DIR "vectors.json", NULL);
	cJSON *json = text ? cJSON_Parse(text) : NULL;

	free(text);
	return json;
}

static EVP_PKEY *load_public_key(void)
{
	size_t len;
	char *pem = read_file(KEY_PUBLIC, &len);
	BIO *bio = pem ? BIO_new_mem_buf(pem, (int)len) : NULL;
	EVP_PKEY *pub = bio ? PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL) : NULL;

	BIO_free(bio);
	free(pem);
	return pub;
}

static const amzpay_key *key_from_file(const char *path, const char *pass)
{
	amzpay_error err;
	const amzpay_key *key;

	amzpay_error_clear(&err);
	key = amzpay_key_get(path, strlen(path), pass, pass ? strlen(pass) : 0, &err);
	if (!key) {
		fprintf(stderr, "  key %s: %s\n", path, err.message);
	}
	return key;
}

/* AMZPAY_ERR_KEY and the message of a refused key; "" when the key loaded */
static const char *key_error(const char *material, size_t len, const char *pass)
{
	static amzpay_error err;

	amzpay_error_clear(&err);
	if (amzpay_key_get(material, len, pass, pass ? strlen(pass) : 0, &err)) {
		return "";
	}
	return err.domain == AMZPAY_ERR_KEY ? err.message : "(wrong domain)";
}

/* RSASSA-PSS verification of base64 `sig_b64` over sha256(msg) at `salt_len`; leaves no OpenSSL error behind. */
static bool pss_verify(EVP_PKEY *pub, const char *msg, size_t msg_len, const char *sig_b64, int salt_len)
{
	unsigned char digest[32], sig[1024];
	size_t b64_len = strlen(sig_b64), sig_len;
	EVP_PKEY_CTX *ctx;
	int n, ok;

	if (b64_len == 0 || b64_len % 4 || b64_len / 4 * 3 > sizeof(sig)) {
		return false;
	}
	n = EVP_DecodeBlock(sig, (const unsigned char *)sig_b64, (int)b64_len);
	if (n < 0) {
		return false;
	}
	sig_len = (size_t)n - (sig_b64[b64_len - 1] == '=') - (sig_b64[b64_len - 2] == '=');
	if (EVP_Digest(msg, msg_len, digest, NULL, EVP_sha256(), NULL) != 1) {
		return false;
	}
	ctx = EVP_PKEY_CTX_new(pub, NULL);
	ok = ctx && EVP_PKEY_verify_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) > 0 &&
	     EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) > 0 && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) > 0 &&
	     EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, salt_len) > 0 &&
	     EVP_PKEY_verify(ctx, sig, sig_len, digest, sizeof(digest)) == 1;
	EVP_PKEY_CTX_free(ctx);
	ERR_clear_error();
	return ok;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	return -1;
}

/* PHP rawurldecode() of s[0..len), appended */
static void rawurldecode(amzpay_buf *out, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '%' && i + 2 < len && hex_digit(s[i + 1]) >= 0 && hex_digit(s[i + 2]) >= 0) {
			amzpay_buf_appendc(out, (char)(hex_digit(s[i + 1]) * 16 + hex_digit(s[i + 2])));
			i += 2;
		} else {
			amzpay_buf_appendc(out, s[i]);
		}
	}
}

/* Key/value storage for amzpay_kv arrays built by the tests. */
typedef struct {
	amzpay_kv kv[64];
	amzpay_buf keys[64];
	amzpay_buf values[64];
	size_t count;
} kv_list;

static void kv_add(kv_list *l, const char *key, size_t key_len, const char *value, size_t value_len, bool decode)
{
	size_t i = l->count++;

	memset(&l->keys[i], 0, sizeof(amzpay_buf));
	memset(&l->values[i], 0, sizeof(amzpay_buf));
	amzpay_buf_append(&l->keys[i], key, key_len);
	if (decode) {
		rawurldecode(&l->values[i], value, value_len);
	} else {
		amzpay_buf_append(&l->values[i], value, value_len);
	}
	amzpay_buf_append(&l->values[i], "", 0);
}

static void kv_finish(kv_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++) {
		l->kv[i].key = l->keys[i].data;
		l->kv[i].key_len = l->keys[i].len;
		l->kv[i].value = l->values[i].data;
		l->kv[i].value_len = l->values[i].len;
	}
}

static void kv_free(kv_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++) {
		amzpay_buf_free(&l->keys[i]);
		amzpay_buf_free(&l->values[i]);
	}
	l->count = 0;
}

/* the parameters of a URL's query string, values rawurldecode()d */
static void kv_from_url(kv_list *l, const char *url)
{
	const char *q = strchr(url, '?'), *end, *eq;

	l->count = 0;
	if (!q) {
		kv_finish(l);
		return;
	}
	for (q++; *q; q = *end ? end + 1 : end) {
		end = q + strcspn(q, "&");
		eq = memchr(q, '=', (size_t)(end - q));
		if (eq) {
			kv_add(l, q, (size_t)(eq - q), eq + 1, (size_t)(end - eq - 1), true);
		} else {
			kv_add(l, q, (size_t)(end - q), "", 0, false);
		}
	}
	kv_finish(l);
}

static void kv_add_scalar(kv_list *l, const char *key, const cJSON *item)
{
	char num[64];

	if (cJSON_IsString(item)) {
		kv_add(l, key, strlen(key), item->valuestring, strlen(item->valuestring), false);
	} else if (cJSON_IsNumber(item)) {
		snprintf(num, sizeof(num), "%d", item->valueint);
		kv_add(l, key, strlen(key), num, strlen(num), false);
	} else if (cJSON_IsTrue(item)) {
		kv_add(l, key, strlen(key), "1", 1, false);
	} else {
		kv_add(l, key, strlen(key), "", 0, false); /* false */
	}
}

/* The SDK's flattening of a query-parameter array: arrays become k.1, k.2 (items kept even when
 * empty); top-level null and "" are dropped. Done here the way the PHP glue does it. */
static void kv_from_args(kv_list *l, const cJSON *params)
{
	const cJSON *item, *sub;
	char key[256];
	int n;

	l->count = 0;
	cJSON_ArrayForEach(item, params)
	{
		if (cJSON_IsNull(item) || (cJSON_IsString(item) && item->valuestring[0] == '\0')) {
			continue;
		}
		if (cJSON_IsArray(item)) {
			n = 0;
			cJSON_ArrayForEach(sub, item)
			{
				snprintf(key, sizeof(key), "%s.%d", item->string, ++n);
				kv_add_scalar(l, key, sub);
			}
		} else {
			kv_add_scalar(l, item->string, item);
		}
	}
	kv_finish(l);
}

static const char *json_str(const cJSON *obj, const char *path1, const char *path2)
{
	const cJSON *o = cJSON_GetObjectItemCaseSensitive(obj, path1);

	if (path2) {
		o = cJSON_GetObjectItemCaseSensitive(o, path2);
	}
	return cJSON_IsString(o) ? o->valuestring : NULL;
}

/* the caller's idempotency key, matched case-insensitively like the SDK */
static const char *user_idempotency_key(const cJSON *user_headers)
{
	const cJSON *h;

	cJSON_ArrayForEach(h, user_headers)
	{
		if (h->string && strcasecmp(h->string, "x-amz-pay-idempotency-key") == 0 && cJSON_IsString(h)) {
			return h->valuestring;
		}
	}
	return NULL;
}

static bool canonical_query_is(const kv_list *l, const char *expected, const char *id, const char *from)
{
	amzpay_buf q = AMZPAY_BUF_INIT;
	amzpay_error err;
	bool ok;

	amzpay_error_clear(&err);
	ok = amzpay_canonical_query(l->kv, l->count, &q, &err) == 0 && strcmp(amzpay_buf_cstr(&q), expected) == 0;
	if (!ok) {
		fprintf(stderr, "  %s: query from %s\n    got      %s\n    expected %s (%s)\n", id, from,
		        amzpay_buf_cstr(&q), expected, err.message);
	}
	amzpay_buf_free(&q);
	return ok;
}

static bool same(const char *id, const char *what, const char *got, const char *expected)
{
	if (got && expected && strcmp(got, expected) == 0) {
		return true;
	}
	fprintf(stderr, "  %s: %s differs\n    got      %s\n    expected %s\n", id, what, got ? got : "(null)",
	        expected ? expected : "(null)");
	return false;
}
/* }}} */

UNIT_TEST(test_alg_names)
{
	amzpay_alg alg = AMZPAY_ALG_PSS_V2;
	amzpay_error err;

	amzpay_error_clear(&err);
	CHECK(amzpay_alg_from_name(NULL, &alg, &err) == 0 && alg == AMZPAY_ALG_PSS);
	alg = AMZPAY_ALG_PSS_V2;
	CHECK(amzpay_alg_from_name("", &alg, &err) == 0 && alg == AMZPAY_ALG_PSS);
	CHECK(amzpay_alg_from_name("AMZN-PAY-RSASSA-PSS", &alg, &err) == 0 && alg == AMZPAY_ALG_PSS);
	CHECK(amzpay_alg_from_name("AMZN-PAY-RSASSA-PSS-V2", &alg, &err) == 0 && alg == AMZPAY_ALG_PSS_V2);
	CHECK(amzpay_alg_from_name("amzn-pay-rsassa-pss", &alg, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_CONFIG);
	CHECK_STR(err.message, "amzn-pay-rsassa-pss is not a valid algorithm");
	CHECK(amzpay_alg_from_name("AMZN-PAY-RSASSA-PSS-V3", &alg, &err) == -1);
	CHECK_STR(amzpay_alg_name(AMZPAY_ALG_PSS), "AMZN-PAY-RSASSA-PSS");
	CHECK_STR(amzpay_alg_name(AMZPAY_ALG_PSS_V2), "AMZN-PAY-RSASSA-PSS-V2");
	CHECK(amzpay_alg_salt_len(AMZPAY_ALG_PSS) == 20);
	CHECK(amzpay_alg_salt_len(AMZPAY_ALG_PSS_V2) == 32);
}

UNIT_TEST(test_format_date)
{
	char date[17];

	amzpay_format_date(1714566896, date); /* the vectors' fixed clock */
	CHECK_STR(date, FIXED_DATE);
	amzpay_format_date(0, date);
	CHECK_STR(date, "19700101T000000Z");
	amzpay_format_date(951782400, date); /* leap day 2000-02-29 */
	CHECK_STR(date, "20000229T000000Z");
	amzpay_format_date(253402300799, date);
	CHECK_STR(date, "99991231T235959Z");
	CHECK(strlen(date) == 16);
}

UNIT_TEST(test_rawurlencode)
{
	amzpay_buf out = AMZPAY_BUF_INIT;
	char all[256], expected[3 * 256 + 1], *p = expected;
	int c;

	/* strings checked against PHP 8.2 rawurlencode() */
	amzpay_rawurlencode(&out, "a b+c/d?e=f&g~h*i'j(k)l!m", 25);
	CHECK_STR(amzpay_buf_cstr(&out), "a%20b%2Bc%2Fd%3Fe%3Df%26g~h%2Ai%27j%28k%29l%21m");
	amzpay_buf_reset(&out);
	amzpay_rawurlencode(&out, "Z\xc3\xbcrich \xe6\x97\xa5\xe6\x9c\xac", 14);
	CHECK_STR(amzpay_buf_cstr(&out), "Z%C3%BCrich%20%E6%97%A5%E6%9C%AC");
	amzpay_buf_reset(&out);
	amzpay_rawurlencode(&out, "", 0);
	CHECK(out.len == 0);
	/* every byte: only A-Za-z0-9-_.~ survive, the rest is %XX upper case */
	for (c = 0; c < 256; c++) {
		all[c] = (char)c;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.' || c == '~') {
			*p++ = (char)c;
		} else {
			p += sprintf(p, "%%%02X", c);
		}
	}
	*p = '\0';
	amzpay_buf_reset(&out);
	amzpay_rawurlencode(&out, all, 256);
	CHECK_STR(amzpay_buf_cstr(&out), expected);
	/* appends */
	amzpay_buf_reset(&out);
	amzpay_buf_appends(&out, "k=");
	amzpay_rawurlencode(&out, "a b", 3);
	CHECK_STR(amzpay_buf_cstr(&out), "k=a%20b");
	amzpay_buf_free(&out);
}

UNIT_TEST(test_canonical_query_sdk_example)
{
	/* the SDK's createCanonicalQuery unit test, after its flattening/filtering */
	static const char *pairs[][2] = {
		{"chargePermissionId", "P03-0772540-6944847"},
		{"chargeReferenceId", "chargeReferenceId-1"},
		{"chargeTotal", "100.50"},
		{"currencyCode", "JPY"},
		{"amount", "100.50"},
		{"softDescriptor", "chargeTest-1"},
		{"metadata.1", "shoe sale"},
		{"metadata.2", "Information about order"},
		{"customInformation", "Information about order"},
		{"merchantStoreName", "Name of Store"},
		{"merchantOrderId", "Order 123"},
	};
	amzpay_kv kv[11];
	amzpay_buf out = AMZPAY_BUF_INIT;
	amzpay_error err;
	size_t i;

	for (i = 0; i < 11; i++) {
		kv[i] = (amzpay_kv){pairs[i][0], strlen(pairs[i][0]), pairs[i][1], strlen(pairs[i][1])};
	}
	amzpay_error_clear(&err);
	CHECK(amzpay_canonical_query(kv, 11, &out, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&out),
	          "amount=100.50&chargePermissionId=P03-0772540-6944847&chargeReferenceId=chargeReferenceId-1&"
	          "chargeTotal=100.50&currencyCode=JPY&customInformation=Information%20about%20order&"
	          "merchantOrderId=Order%20123&merchantStoreName=Name%20of%20Store&metadata.1=shoe%20sale&"
	          "metadata.2=Information%20about%20order&softDescriptor=chargeTest-1");
	amzpay_buf_free(&out);
}

UNIT_TEST(test_canonical_query_order_and_errors)
{
	amzpay_kv kv[5] = {
		{"b", 1, "2", 1}, {"a", 1, "first", 5}, {"B", 1, "", 0}, {"a", 1, "second", 6}, {"ab", 2, NULL, 0},
	};
	amzpay_kv bad[2] = {{"ok", 2, "v", 1}, {"a b", 3, "v", 1}};
	amzpay_kv empty_key[1] = {{"", 0, "v", 1}};
	amzpay_buf out = AMZPAY_BUF_INIT;
	amzpay_error err;

	amzpay_error_clear(&err);
	/* byte order (upper case first), stable for equal keys, prefix before longer key, empty values kept */
	CHECK(amzpay_canonical_query(kv, 5, &out, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&out), "B=&a=first&a=second&ab=&b=2");
	amzpay_buf_reset(&out);
	CHECK(amzpay_canonical_query(NULL, 0, &out, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&out), "");
	CHECK(out.data != NULL);
	CHECK(amzpay_canonical_query(bad, 2, &out, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(strstr(err.message, "Query parameter names") != NULL);
	CHECK(amzpay_canonical_query(empty_key, 1, &out, &err) == -1);
	amzpay_buf_free(&out);
}

UNIT_TEST(test_stripcslashes)
{
	/* inputs and outputs checked against PHP 8.2 stripcslashes() */
	static const struct {
		const char *in;
		size_t in_len;
		const char *out;
		size_t out_len;
	} cases[] = {
		{"a\\nb", 4, "a\nb", 3},
		{"\\r\\t\\a\\v\\b\\f", 12, "\r\t\a\v\b\f", 6},
		{"\\x41\\x4g\\xZ", 11, "A\x04gxZ", 5},
		{"\\101\\7777\\08", 12, "A\xff" "7\0" "8", 5},
		{"\\q\\\\\\", 5, "q\\\\", 3},
		{"\\u00e9", 6, "u00e9", 5},
		{"\\\"\\/", 4, "\"/", 2},
		{"end\\", 4, "end\\", 4},
		{"\\", 1, "\\", 1},
		{"", 0, "", 0},
		{"\\x", 2, "x", 1},
		{"\\xfff", 5, "\xff" "f", 2},
		{"\\0", 2, "\0", 1},
		{"\\12345", 6, "S45", 3},
		{"\\8\\9", 4, "89", 2},
		{"plain {\"a\":1}", 14, "plain {\"a\":1}", 14},
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		amzpay_buf out = AMZPAY_BUF_INIT;

		amzpay_stripcslashes(&out, cases[i].in, cases[i].in_len);
		if (out.len != cases[i].out_len || memcmp(amzpay_buf_cstr(&out), cases[i].out, out.len) != 0) {
			fprintf(stderr, "  stripcslashes case %zu differs\n", i);
			unit_failed_checks++;
		}
		amzpay_buf_free(&out);
	}
}

/* {{{ request vectors */
static bool check_vector_query(const cJSON *v, const char *id, const char *url, const char *expected)
{
	const cJSON *call = cJSON_GetObjectItemCaseSensitive(v, "sdk_call");
	const char *method = json_str(call, "method", NULL);
	const cJSON *args = cJSON_GetObjectItemCaseSensitive(call, "args");
	kv_list l;
	bool ok;

	/* (1) re-canonicalised from the URL's query string (which the SDK built from the same string) */
	kv_from_url(&l, url);
	ok = canonical_query_is(&l, expected, id, "the URL");
	kv_free(&l);
	/* (2) from the call's parameter array, flattened like the SDK */
	if (method && (strcmp(method, "getReports") == 0 || strcmp(method, "getDisbursements") == 0 ||
	               strcmp(method, "apiCall") == 0)) {
		const cJSON *params = cJSON_GetArrayItem(args, strcmp(method, "apiCall") == 0 ? 4 : 0);

		kv_from_args(&l, params);
		ok = canonical_query_is(&l, expected, id, "the arguments") && ok;
		kv_free(&l);
	}
	return ok;
}

static const amzpay_key *vector_key(const cJSON *v)
{
	const char *placeholder = json_str(v, "sdk_config", "private_key");
	amzpay_error err;
	const amzpay_key *key = NULL;

	amzpay_error_clear(&err);
	if (placeholder && strstr(placeholder, "PEM content")) {
		size_t len;
		char *pem = read_file(KEY_PKCS8, &len);

		key = pem ? amzpay_key_get(pem, len, NULL, 0, &err) : NULL;
		free(pem);
	} else if (placeholder && strstr(placeholder, "path")) {
		key = amzpay_key_get(KEY_PKCS8, strlen(KEY_PKCS8), NULL, 0, &err);
	}
	return key;
}

static size_t safe_strlen(const char *s)
{
	return s ? strlen(s) : 0;
}

/*
 * createSignature() path: the same request signed through amzpay_sign_headers() with the headers given
 * in mixed case and shuffled order, plus decoys it must drop (empty values) or override (duplicates).
 */
static bool check_vector_with_sign_headers(const cJSON *v, const amzpay_sign_input *in, EVP_PKEY *pub, int salt)
{
	const cJSON *signing = cJSON_GetObjectItemCaseSensitive(v, "signing");
	const char *id = json_str(v, "id", NULL);
	amzpay_kv h[9];
	size_t n = 0;
	amzpay_signature sig;
	amzpay_error err;
	bool ok;

#define ADD_HEADER(k, val) (h[n++] = (amzpay_kv){(k), strlen(k), (val), safe_strlen(val)})
	ADD_HEADER("X-Amz-Pay-Region", in->region);
	ADD_HEADER("x-amz-pay-host", "decoy.example"); /* overridden by the later X-Amz-Pay-Host */
	ADD_HEADER("User-Agent", "");                  /* empty: not signed */
	ADD_HEADER("Content-Type", "application/json");
	ADD_HEADER("x-amz-pay-Idempotency-Key", in->idempotency_key);
	ADD_HEADER("Accept", "application/json");
	ADD_HEADER("X-Amz-Pay-Authtoken", NULL); /* null: not signed */
	ADD_HEADER("X-Amz-Pay-Date", in->date);
	ADD_HEADER("X-Amz-Pay-Host", in->host);
#undef ADD_HEADER
	amzpay_error_clear(&err);
	amzpay_signature_init(&sig);
	ok = amzpay_sign_headers(vector_key(v), in->alg, in->method, in->canonical_uri, in->canonical_query, h, n, in->body,
	                         in->body_len, &sig, &err) == 0;
	ok = ok && same(id, "sign_headers canonical_request", amzpay_buf_cstr(&sig.canonical_request),
	                json_str(signing, "canonical_request", NULL));
	ok = ok && same(id, "sign_headers signed_headers", amzpay_buf_cstr(&sig.signed_headers),
	                json_str(signing, "signed_headers", NULL));
	ok = ok && same(id, "sign_headers string_to_sign", amzpay_buf_cstr(&sig.string_to_sign),
	                json_str(signing, "string_to_sign", NULL));
	ok = ok && sig.authorization.len == 0;
	ok = ok && pss_verify(pub, sig.string_to_sign.data, sig.string_to_sign.len, sig.signature.data, salt);
	if (!ok) {
		fprintf(stderr, "  %s: amzpay_sign_headers failed %s\n", id, err.message);
	}
	amzpay_signature_free(&sig);
	return ok;
}

static bool check_request_vector(const cJSON *v, EVP_PKEY *pub)
{
	const char *id = json_str(v, "id", NULL);
	const cJSON *config = cJSON_GetObjectItemCaseSensitive(v, "sdk_config");
	const cJSON *request = cJSON_GetObjectItemCaseSensitive(v, "request");
	const cJSON *signing = cJSON_GetObjectItemCaseSensitive(v, "signing");
	const cJSON *body = cJSON_GetObjectItemCaseSensitive(request, "body");
	const char *url = json_str(request, "url", NULL), *key_id = json_str(config, "public_key_id", NULL);
	const char *region = amzpay_region_map(json_str(config, "region", NULL));
	const char *prefix = json_str(v, "authorization_prefix", NULL);
	int salt = cJSON_GetObjectItemCaseSensitive(signing, "pss_salt_len")->valueint;
	amzpay_buf host = AMZPAY_BUF_INIT, path = AMZPAY_BUF_INIT, query = AMZPAY_BUF_INIT, base = AMZPAY_BUF_INIT;
	amzpay_signature sig;
	amzpay_sign_input in;
	amzpay_error err;
	amzpay_alg alg;
	kv_list l;
	bool ok = true;
	char date[17];

	amzpay_error_clear(&err);
	amzpay_signature_init(&sig);
	ok = amzpay_alg_from_name(json_str(config, "algorithm", NULL), &alg, &err) == 0 &&
	     same(id, "algorithm", amzpay_alg_name(alg), json_str(signing, "algorithm", NULL)) &&
	     amzpay_alg_salt_len(alg) == salt;
	/* base URL: the request URL starts with it */
	ok = amzpay_endpoint_base(region, cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(config, "sandbox")), key_id, NULL,
	                          &base, &err) == 0 &&
	     strncmp(url, amzpay_buf_cstr(&base), base.len) == 0 && ok;
	ok = amzpay_url_parts(url, &host, &path, &err) == 0 && ok;
	ok = same(id, "canonical_uri", amzpay_buf_cstr(&path), json_str(signing, "canonical_uri", NULL)) && ok;
	ok = check_vector_query(v, id, url, json_str(signing, "canonical_query", NULL)) && ok;
	kv_from_url(&l, url);
	ok = amzpay_canonical_query(l.kv, l.count, &query, &err) == 0 && ok;
	kv_free(&l);
	amzpay_format_date(1714566896, date);

	memset(&in, 0, sizeof(in));
	in.method = json_str(request, "http_method", NULL);
	in.canonical_uri = amzpay_buf_cstr(&path);
	in.canonical_query = amzpay_buf_cstr(&query);
	in.host = amzpay_buf_cstr(&host);
	in.region = region;
	in.date = date;
	in.idempotency_key = user_idempotency_key(cJSON_GetObjectItemCaseSensitive(request, "user_headers"));
	in.body = cJSON_IsString(body) ? body->valuestring : NULL;
	in.body_len = in.body ? strlen(in.body) : 0;
	in.public_key_id = key_id;
	in.alg = alg;
	if (!ok || amzpay_sign(vector_key(v), &in, &sig, &err) != 0) {
		fprintf(stderr, "  %s: could not sign: %s\n", id, err.message);
		ok = false;
	} else {
		const char *auth = amzpay_buf_cstr(&sig.authorization);

		ok = same(id, "canonical_request", amzpay_buf_cstr(&sig.canonical_request),
		          json_str(signing, "canonical_request", NULL)) && ok;
		ok = same(id, "string_to_sign", amzpay_buf_cstr(&sig.string_to_sign), json_str(signing, "string_to_sign", NULL)) &&
		     ok;
		ok = same(id, "signed_headers", amzpay_buf_cstr(&sig.signed_headers), json_str(signing, "signed_headers", NULL)) &&
		     ok;
		ok = strncmp(auth, prefix, strlen(prefix)) == 0 && strcmp(auth + strlen(prefix), sig.signature.data) == 0 && ok;
		ok = sig.signature.len == 344 && ok;
		if (!pss_verify(pub, sig.string_to_sign.data, sig.string_to_sign.len, sig.signature.data, salt)) {
			fprintf(stderr, "  %s: signature does not verify at salt %d\n", id, salt);
			ok = false;
		}
		if (pss_verify(pub, sig.string_to_sign.data, sig.string_to_sign.len, sig.signature.data, salt == 20 ? 32 : 20)) {
			fprintf(stderr, "  %s: signature verifies at the wrong salt length\n", id);
			ok = false;
		}
		/* the SDK's own sample signature verifies over our string to sign: same bytes were signed */
		ok = pss_verify(pub, sig.string_to_sign.data, sig.string_to_sign.len, json_str(v, "sample_signature_b64", NULL),
		                salt) && ok;
	}
	if (ok) {
		ok = check_vector_with_sign_headers(v, &in, pub, salt) && ok;
	}
	amzpay_signature_free(&sig);
	amzpay_buf_free(&host);
	amzpay_buf_free(&path);
	amzpay_buf_free(&query);
	amzpay_buf_free(&base);
	if (!ok) {
		fprintf(stderr, "  vector %s failed\n", id);
	}
	return ok;
}

UNIT_TEST(test_request_vectors)
{
	cJSON *json = load_vectors();
	EVP_PKEY *pub = load_public_key();
	const cJSON *v;
	int count = 0, passed = 0;

	CHECK(json != NULL && pub != NULL);
	cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(json, "vectors"))
	{
		count++;
		passed += check_request_vector(v, pub);
	}
	CHECK(count == 13);
	CHECK(passed == count);
	/* path and PEM text of the same file share one cache entry */
	CHECK(amzpay_key_cache_size() == 1);
	amzpay_key_cache_shutdown();
	EVP_PKEY_free(pub);
	cJSON_Delete(json);
}
/* }}} */

/* {{{ button vectors */

/* PHP json_encode() of an ASCII document: cJSON's output with '/' escaped as "\/" */
static char *php_json_encode(const cJSON *input)
{
	char *plain = cJSON_PrintUnformatted(input), *out, *p;
	const char *s;

	if (!plain || !(out = malloc(strlen(plain) * 2 + 1))) {
		free(plain);
		return NULL;
	}
	for (s = plain, p = out; *s; s++) {
		if (*s == '/') {
			*p++ = '\\';
		}
		*p++ = *s;
	}
	*p = '\0';
	free(plain);
	return out;
}

static bool check_button_vector(const cJSON *b, const amzpay_key *key, EVP_PKEY *pub)
{
	const char *kind = json_str(b, "input_kind", NULL), *encoded = json_str(b, "json_encode_output", NULL);
	const cJSON *input = cJSON_GetObjectItemCaseSensitive(b, "input");
	int salt = cJSON_GetObjectItemCaseSensitive(b, "pss_salt_len")->valueint;
	amzpay_buf stripped = AMZPAY_BUF_INIT, sts = AMZPAY_BUF_INIT, sig = AMZPAY_BUF_INIT;
	char *payload;
	amzpay_error err;
	amzpay_alg alg;
	bool ok;

	amzpay_error_clear(&err);
	if (cJSON_IsString(input)) {
		payload = strdup(input->valuestring);
	} else {
		payload = encoded ? strdup(encoded) : php_json_encode(input);
	}
	ok = payload && amzpay_alg_from_name(json_str(b, "algorithm_config", NULL), &alg, &err) == 0 &&
	     strcmp(amzpay_alg_name(alg), json_str(b, "algorithm_used", NULL)) == 0;
	if (ok) {
		amzpay_stripcslashes(&stripped, payload, strlen(payload));
		ok = same(kind, "hashed text", amzpay_buf_cstr(&stripped), json_str(b, "hashed_text_after_stripcslashes", NULL));
		ok = amzpay_button_string_to_sign(alg, payload, strlen(payload), &sts, &err) == 0 &&
		     same(kind, "button string_to_sign", amzpay_buf_cstr(&sts), json_str(b, "string_to_sign", NULL)) && ok;
		ok = amzpay_sign_button(key, alg, payload, strlen(payload), &sig, &err) == 0 && sig.len == 344 && ok;
		ok = pss_verify(pub, sts.data, sts.len, amzpay_buf_cstr(&sig), salt) && ok;
		ok = !pss_verify(pub, sts.data, sts.len, amzpay_buf_cstr(&sig), salt == 20 ? 32 : 20) && ok;
		ok = pss_verify(pub, sts.data, sts.len, json_str(b, "sample_signature_b64", NULL), salt) && ok;
	}
	if (!ok) {
		fprintf(stderr, "  button vector %s/%s failed %s\n", kind, json_str(b, "algorithm_used", NULL), err.message);
	}
	free(payload);
	amzpay_buf_free(&stripped);
	amzpay_buf_free(&sts);
	amzpay_buf_free(&sig);
	return ok;
}

UNIT_TEST(test_button_vectors)
{
	cJSON *json = load_vectors();
	EVP_PKEY *pub = load_public_key();
	const amzpay_key *key = key_from_file(KEY_PKCS8, NULL);
	const cJSON *b;
	int count = 0, passed = 0;

	CHECK(json != NULL && pub != NULL && key != NULL);
	cJSON_ArrayForEach(b, cJSON_GetObjectItemCaseSensitive(json, "button_signatures"))
	{
		count++;
		passed += check_button_vector(b, key, pub);
	}
	CHECK(count == 7);
	CHECK(passed == count);
	amzpay_key_cache_shutdown();
	EVP_PKEY_free(pub);
	cJSON_Delete(json);
}

UNIT_TEST(test_button_sdk_constant)
{
	/* the SDK's ClientTest constant, for the escaped form of its payload */
	static const char payload[] =
		"{\"storeId\\\":\\\"amzn1.application-oa2-client.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\\",\\\"webCheckoutDetails\\\":"
		"{\\\"checkoutReviewReturnUrl\\\":\\\"https:\\/\\/localhost\\/test\\/CheckoutReview.php\\\",\\\"checkoutResultReturnUrl"
		"\\\":\\\"https:\\/\\/localhost\\/test\\/CheckoutResult.php\\\"}}";
	amzpay_buf sts = AMZPAY_BUF_INIT;
	amzpay_error err;

	amzpay_error_clear(&err);
	CHECK(amzpay_button_string_to_sign(AMZPAY_ALG_PSS_V2, payload, sizeof(payload) - 1, &sts, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&sts),
	          "AMZN-PAY-RSASSA-PSS-V2\n8dec52d799607be40f82d5c8e7ecb6c171e6591c41b1111a576b16076c89381c");
	amzpay_buf_free(&sts);
	CHECK(amzpay_sign_button(NULL, AMZPAY_ALG_PSS, "x", 1, &sts, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_KEY);
	amzpay_buf_free(&sts);
}
/* }}} */

/* {{{ keys */
static bool key_signs_verifiably(const amzpay_key *key, EVP_PKEY *pub, amzpay_alg alg)
{
	amzpay_buf sig = AMZPAY_BUF_INIT, sts = AMZPAY_BUF_INIT;
	amzpay_error err;
	bool ok;

	amzpay_error_clear(&err);
	ok = key && amzpay_sign_button(key, alg, "{}", 2, &sig, &err) == 0 &&
	     amzpay_button_string_to_sign(alg, "{}", 2, &sts, &err) == 0 &&
	     pss_verify(pub, sts.data, sts.len, sig.data, amzpay_alg_salt_len(alg));
	amzpay_buf_free(&sig);
	amzpay_buf_free(&sts);
	return ok;
}

UNIT_TEST(test_key_pkcs1_and_pkcs8)
{
	EVP_PKEY *pub = load_public_key();
	const amzpay_key *k8 = key_from_file(KEY_PKCS8, NULL);
	const amzpay_key *k1 = key_from_file(KEYS_DIR "test-key-pkcs1.pem", NULL);

	CHECK(k8 != NULL && k1 != NULL);
	CHECK(k8 != k1); /* different PEM bytes, different entries */
	CHECK(amzpay_key_cache_size() == 2);
	CHECK(key_signs_verifiably(k8, pub, AMZPAY_ALG_PSS));
	CHECK(key_signs_verifiably(k8, pub, AMZPAY_ALG_PSS_V2));
	CHECK(key_signs_verifiably(k1, pub, AMZPAY_ALG_PSS));
	CHECK(key_signs_verifiably(k1, pub, AMZPAY_ALG_PSS_V2));
	amzpay_key_cache_shutdown();
	CHECK(amzpay_key_cache_size() == 0);
	EVP_PKEY_free(pub);
}

UNIT_TEST(test_key_path_and_text)
{
	EVP_PKEY *pub = load_public_key();
	size_t len;
	char *pem = read_file(KEYS_DIR "test-key-pkcs1.pem", &len);
	amzpay_error err;
	const amzpay_key *from_text, *from_path;

	amzpay_error_clear(&err);
	from_text = pem ? amzpay_key_get(pem, len, NULL, 0, &err) : NULL;
	CHECK(from_text != NULL);
	CHECK(key_signs_verifiably(from_text, pub, AMZPAY_ALG_PSS_V2));
	/* the cache is keyed by the PEM bytes, so the file holding the same text is a hit */
	from_path = key_from_file(KEYS_DIR "test-key-pkcs1.pem", NULL);
	CHECK(from_path == from_text);
	CHECK(amzpay_key_cache_size() == 1);
	/* text need not be NUL-terminated: material_len counts */
	if (pem) {
		char *copy = malloc(len + 8);

		memcpy(copy, pem, len);
		memcpy(copy + len, "garbage", 8);
		CHECK(amzpay_key_get(copy, len, NULL, 0, &err) == from_text);
		free(copy);
	}
	free(pem);
	amzpay_key_cache_shutdown();
	EVP_PKEY_free(pub);
}

UNIT_TEST(test_key_cache_hits)
{
	const amzpay_key *a = key_from_file(KEY_PKCS8, NULL);
	const amzpay_key *b = key_from_file(KEY_PKCS8, NULL);
	const amzpay_key *c;

	CHECK(a != NULL && a == b);
	CHECK(amzpay_key_cache_size() == 1);
	/* an empty passphrase is no passphrase */
	c = key_from_file(KEY_PKCS8, "");
	CHECK(c == a);
	CHECK(amzpay_key_cache_size() == 1);
	/* a passphrase is part of the cache id even when the key is not encrypted */
	c = key_from_file(KEY_PKCS8, "unused");
	CHECK(c != NULL && c != a);
	CHECK(amzpay_key_cache_size() == 2);
	amzpay_key_cache_shutdown();
	CHECK(amzpay_key_cache_size() == 0);
	/* usable again after shutdown */
	CHECK(key_from_file(KEY_PKCS8, NULL) != NULL);
	CHECK(amzpay_key_cache_size() == 1);
	amzpay_key_cache_shutdown();
}

static void encrypted_key_cases(const char *file)
{
	EVP_PKEY *pub = load_public_key();
	const amzpay_key *key, *again;

	/* wrong and missing passphrase first: failures are not cached */
	CHECK_STR(key_error(file, strlen(file), "wrong-passphrase"), "Unable to decrypt the private key: wrong passphrase");
	CHECK_STR(key_error(file, strlen(file), NULL),
	          "Unable to decrypt the private key: it is encrypted and no passphrase was given");
	CHECK_STR(key_error(file, strlen(file), ""),
	          "Unable to decrypt the private key: it is encrypted and no passphrase was given");
	CHECK(amzpay_key_cache_size() == 0);
	CHECK(ERR_peek_error() == 0);
	key = key_from_file(file, PASSPHRASE);
	CHECK(key != NULL);
	CHECK(key_signs_verifiably(key, pub, AMZPAY_ALG_PSS));
	again = key_from_file(file, PASSPHRASE);
	CHECK(again == key);
	/* the right key with a wrong passphrase is still refused, never served from the cache */
	CHECK_STR(key_error(file, strlen(file), PASSPHRASE "x"), "Unable to decrypt the private key: wrong passphrase");
	CHECK(amzpay_key_cache_size() == 1);
	amzpay_key_cache_shutdown();
	EVP_PKEY_free(pub);
}

UNIT_TEST(test_key_encrypted_pkcs8)
{
	encrypted_key_cases(KEYS_DIR "test-key-pkcs8-encrypted.pem");
}

UNIT_TEST(test_key_encrypted_pkcs1)
{
	encrypted_key_cases(KEYS_DIR "test-key-pkcs1-encrypted.pem");
}

UNIT_TEST(test_key_passphrase_too_long)
{
	char pass[4096];
	const char *file = KEYS_DIR "test-key-pkcs8-encrypted.pem";
	const char *msg;

	memset(pass, 'p', sizeof(pass) - 1);
	pass[sizeof(pass) - 1] = '\0';
	msg = key_error(file, strlen(file), pass);
	CHECK(strncmp(msg, "Unable to decrypt the private key: ", 35) == 0);
	CHECK(ERR_peek_error() == 0);
	amzpay_key_cache_shutdown();
}

UNIT_TEST(test_key_rotated_file)
{
	char path[] = "build/rotated-key-XXXXXX";
	size_t len1, len2;
	char *pem8 = read_file(KEY_PKCS8, &len1), *pem1 = read_file(KEYS_DIR "test-key-pkcs1.pem", &len2);
	const amzpay_key *before, *after;
	int fd = mkstemp(path);

	CHECK(fd >= 0 && pem8 && pem1);
	if (fd < 0 || !pem8 || !pem1) {
		free(pem8);
		free(pem1);
		return;
	}
	close(fd);
	CHECK(write_file(path, pem8, len1));
	before = key_from_file(path, NULL);
	CHECK(write_file(path, pem1, len2)); /* key rotation: new content at the same path */
	after = key_from_file(path, NULL);
	CHECK(before != NULL && after != NULL && before != after);
	CHECK(amzpay_key_cache_size() == 2);
	CHECK(key_from_file(path, NULL) == after);
	unlink(path);
	free(pem8);
	free(pem1);
	amzpay_key_cache_shutdown();
}

UNIT_TEST(test_key_refused)
{
	static const char bad_pem[] = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n";
	static const char truncated[] = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCJd7+Qjt/5a/Z0\n";
	static const char not_valid[] = "The private key is not a valid PEM RSA private key (PKCS#1 or PKCS#8 expected)";
	size_t len;
	char *pub = read_file(KEY_PUBLIC, &len);
	const char *msg;

	CHECK_STR(key_error(bad_pem, sizeof(bad_pem) - 1, NULL), not_valid);
	CHECK_STR(key_error(truncated, sizeof(truncated) - 1, NULL), not_valid);
	CHECK_STR(key_error("-----BEGIN", 10, NULL), not_valid);
	CHECK_STR(pub ? key_error(pub, len, NULL) : "", not_valid); /* a public key is not a private key */
	free(pub);
	CHECK(ERR_peek_error() == 0);
	CHECK_STR(key_error(KEYS_DIR "ec-p256.pem", strlen(KEYS_DIR "ec-p256.pem"), NULL), "The private key is not an RSA key");
	CHECK_STR(key_error(KEYS_DIR "rsa-1024.pem", strlen(KEYS_DIR "rsa-1024.pem"), NULL),
	          "The private key is too small: 1024 bits, at least 2048 are required");
	CHECK_STR(key_error("", 0, NULL), "No private key was given");
	CHECK_STR(key_error(NULL, 0, NULL), "No private key was given");
	/* nothing refused was cached */
	CHECK(amzpay_key_cache_size() == 0);
	CHECK(ERR_peek_error() == 0);
	/* a message never quotes key material */
	msg = key_error(truncated, sizeof(truncated) - 1, NULL);
	CHECK(strstr(msg, "MII") == NULL);
}

UNIT_TEST(test_key_file_errors)
{
	char big_path[] = "build/big-key-XXXXXX", empty_path[] = "build/empty-key-XXXXXX";
	static const char base64_body[] =
		"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCJd7+Qjt/5a/Z063XTvM6ubPPRPhbAMTi1VKbTVRfuvbGcSAuFuEZFkuC1BnNXhCgmd7gfP6sDlHHr";
	char *big;
	const char *msg;
	int fd;

	msg = key_error("no/such/key.pem", 15, NULL);
	CHECK(strncmp(msg, "Unable to load file: no/such/key.pem (", 38) == 0);
	CHECK(strstr(msg, "No such file") != NULL);
	msg = key_error("../fixtures/keys", 16, NULL);
	CHECK_STR(msg, "Unable to load file: ../fixtures/keys (is a directory)");
	/* the path is material_len bytes, not up to a NUL */
	msg = key_error("no/such/key.pemXYZ", 15, NULL);
	CHECK(strstr(msg, "XYZ") == NULL);
	msg = key_error("a\0b", 3, NULL);
	CHECK(strstr(msg, "NUL") != NULL);
	/* a pasted key body without the PEM armour is taken as a path, but never echoed */
	msg = key_error(base64_body, sizeof(base64_body) - 1, NULL);
	CHECK(strncmp(msg, "Unable to load file: ", 21) == 0);
	CHECK(strstr(msg, "MIIE") == NULL);
	msg = key_error("MIIEvQ\nIBADAN", 13, NULL);
	CHECK(strstr(msg, "MIIE") == NULL);
	/* empty and oversized files */
	fd = mkstemp(empty_path);
	CHECK(fd >= 0);
	if (fd >= 0) {
		close(fd);
		msg = key_error(empty_path, strlen(empty_path), NULL);
		CHECK(strstr(msg, "empty") != NULL);
		unlink(empty_path);
	}
	fd = mkstemp(big_path);
	big = malloc(1024 * 1024 + 2);
	CHECK(fd >= 0 && big);
	if (fd >= 0 && big) {
		close(fd);
		memset(big, 'A', 1024 * 1024 + 1);
		CHECK(write_file(big_path, big, 1024 * 1024 + 1));
		msg = key_error(big_path, strlen(big_path), NULL);
		CHECK(strstr(msg, "larger than 1 MiB") != NULL);
		unlink(big_path);
	}
	free(big);
	CHECK(amzpay_key_cache_size() == 0);
	CHECK(ERR_peek_error() == 0);
}

UNIT_TEST(test_key_errors_keep_foreign_openssl_errors)
{
	/* an error queued by someone else before our call survives it; ours are gone */
	unsigned long foreign;

	ERR_clear_error();
	ERR_raise(ERR_LIB_USER, 42);
	foreign = ERR_peek_last_error();
	CHECK(foreign != 0);
	CHECK_STR(key_error(KEYS_DIR "test-key-pkcs8-encrypted.pem", strlen(KEYS_DIR "test-key-pkcs8-encrypted.pem"), "bad"),
	          "Unable to decrypt the private key: wrong passphrase");
	CHECK(ERR_peek_last_error() == foreign);
	CHECK(ERR_get_error() == foreign);
	CHECK(ERR_get_error() == 0);
	amzpay_key_cache_shutdown();
}
/* }}} */

/* {{{ amzpay_sign() behaviour beyond the vectors */
static amzpay_sign_input basic_input(void)
{
	amzpay_sign_input in;

	memset(&in, 0, sizeof(in));
	in.method = "POST";
	in.canonical_uri = "/sandbox/v2/charges";
	in.canonical_query = "";
	in.host = "pay-api.amazon.com";
	in.region = "na";
	in.date = FIXED_DATE;
	in.idempotency_key = "idem-1";
	in.body = "{}";
	in.body_len = 2;
	in.public_key_id = "AGPTYXGL5VH6PSYLJUSHTKW6";
	in.alg = AMZPAY_ALG_PSS_V2;
	return in;
}

UNIT_TEST(test_sign_defaults)
{
	const amzpay_key *key = key_from_file(KEY_PKCS8, NULL);
	amzpay_sign_input in = basic_input();
	amzpay_signature sig;
	amzpay_error err;

	amzpay_error_clear(&err);
	amzpay_signature_init(&sig);
	in.method = "GET";
	in.canonical_uri = ""; /* "" becomes "/" */
	in.canonical_query = NULL;
	in.idempotency_key = ""; /* empty: not signed */
	in.body = NULL;
	in.body_len = 0;
	CHECK(amzpay_sign(key, &in, &sig, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&sig.canonical_request),
	          "GET\n/\n\naccept:application/json\ncontent-type:application/json\nx-amz-pay-date:20240501T123456Z\n"
	          "x-amz-pay-host:pay-api.amazon.com\nx-amz-pay-region:na\n\n"
	          "accept;content-type;x-amz-pay-date;x-amz-pay-host;x-amz-pay-region\n"
	          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	in.canonical_uri = NULL;
	CHECK(amzpay_sign(key, &in, &sig, &err) == 0);
	CHECK(strncmp(amzpay_buf_cstr(&sig.canonical_request), "GET\n/\n\n", 7) == 0);
	amzpay_signature_free(&sig);
	amzpay_key_cache_shutdown();
}

UNIT_TEST(test_sign_reuses_signature_struct)
{
	EVP_PKEY *pub = load_public_key();
	const amzpay_key *key = key_from_file(KEY_PKCS8, NULL);
	amzpay_sign_input in = basic_input();
	amzpay_signature sig;
	amzpay_error err;
	amzpay_buf first = AMZPAY_BUF_INIT;
	int i;

	amzpay_error_clear(&err);
	amzpay_signature_init(&sig);
	for (i = 0; i < 3; i++) {
		in.alg = i % 2 ? AMZPAY_ALG_PSS : AMZPAY_ALG_PSS_V2;
		CHECK(amzpay_sign(key, &in, &sig, &err) == 0);
		CHECK(pss_verify(pub, sig.string_to_sign.data, sig.string_to_sign.len, sig.signature.data,
		                 amzpay_alg_salt_len(in.alg)));
		CHECK(sig.signature.len == 344);
		CHECK(strncmp(sig.authorization.data, amzpay_alg_name(in.alg), strlen(amzpay_alg_name(in.alg))) == 0);
		if (i == 0) {
			amzpay_buf_append(&first, sig.canonical_request.data, sig.canonical_request.len);
		}
	}
	/* same input, same canonical request: nothing accumulated across calls */
	CHECK_STR(amzpay_buf_cstr(&sig.canonical_request), amzpay_buf_cstr(&first));
	amzpay_buf_free(&first);
	amzpay_signature_free(&sig);
	amzpay_key_cache_shutdown();
	EVP_PKEY_free(pub);
}

static const char *sign_error(const amzpay_key *key, const amzpay_sign_input *in, amzpay_domain *domain)
{
	static amzpay_error err;
	amzpay_signature sig;

	amzpay_error_clear(&err);
	amzpay_signature_init(&sig);
	if (amzpay_sign(key, in, &sig, &err) == 0) {
		err.message[0] = '\0';
	}
	amzpay_signature_free(&sig);
	*domain = err.domain;
	return err.message;
}

UNIT_TEST(test_sign_refuses_bad_input)
{
	const amzpay_key *key = key_from_file(KEY_PKCS8, NULL);
	amzpay_sign_input in;
	amzpay_domain d;

	in = basic_input();
	in.idempotency_key = "idem\r\nX-Evil: 1";
	CHECK_STR(sign_error(key, &in, &d), "x-amz-pay-idempotency-key must not contain CR or LF");
	CHECK(d == AMZPAY_ERR_ARGUMENT);
	in = basic_input();
	in.public_key_id = "K\n";
	CHECK_STR(sign_error(key, &in, &d), "public_key_id must not contain CR or LF");
	in = basic_input();
	in.canonical_uri = "/a\nb";
	CHECK_STR(sign_error(key, &in, &d), "The URL path must not contain CR or LF");
	in = basic_input();
	in.canonical_query = "a=b\r";
	CHECK_STR(sign_error(key, &in, &d), "The query string must not contain CR or LF");
	in = basic_input();
	in.host = NULL;
	CHECK_STR(sign_error(key, &in, &d), "x-amz-pay-host is required for signing");
	in = basic_input();
	in.region = "";
	CHECK_STR(sign_error(key, &in, &d), "x-amz-pay-region must not be empty");
	in = basic_input();
	in.method = NULL;
	CHECK_STR(sign_error(key, &in, &d), "The HTTP method is required for signing");
	in = basic_input();
	in.alg = (amzpay_alg)7;
	CHECK_STR(sign_error(key, &in, &d), "Unknown signing algorithm");
	CHECK(d == AMZPAY_ERR_CONFIG);
	in = basic_input();
	in.body = NULL;
	in.body_len = 3;
	CHECK(sign_error(key, &in, &d)[0] != '\0');
	in = basic_input();
	CHECK_STR(sign_error(NULL, &in, &d), "No private key was loaded");
	CHECK(d == AMZPAY_ERR_KEY);
	CHECK_STR(sign_error(key, &in, &d), "");
	amzpay_key_cache_shutdown();
}

UNIT_TEST(test_sign_body_bytes)
{
	/* the body is hashed as bytes: embedded NUL and non-UTF-8 count */
	const amzpay_key *key = key_from_file(KEY_PKCS8, NULL);
	amzpay_sign_input in = basic_input();
	amzpay_signature sig;
	amzpay_error err;
	const char *cr;

	amzpay_error_clear(&err);
	amzpay_signature_init(&sig);
	in.body = "a\0b";
	in.body_len = 3;
	CHECK(amzpay_sign(key, &in, &sig, &err) == 0);
	cr = amzpay_buf_cstr(&sig.canonical_request);
	CHECK(strlen(cr) > 64);
	{
		unsigned char d[32];
		amzpay_buf hex = AMZPAY_BUF_INIT;

		EVP_Digest("a\0b", 3, d, NULL, EVP_sha256(), NULL);
		amzpay_buf_append_hex(&hex, d, 32);
		CHECK_STR(cr + strlen(cr) - 64, amzpay_buf_cstr(&hex));
		amzpay_buf_free(&hex);
	}
	amzpay_signature_free(&sig);
	amzpay_key_cache_shutdown();
}
/* }}} */

UNIT_TEST(test_sign_headers_sdk_example)
{
	/* the SDK's canonical-headers unit test: {Accept, Content-Type, X-Amz-Pay-Host, User-Agent ''} */
	amzpay_kv h[4] = {
		{"Accept", 6, "application/json", 16},
		{"Content-Type", 12, "application/json", 16},
		{"X-Amz-Pay-Host", 14, "pay-api.amazon.jp", 17},
		{"User-Agent", 10, "", 0},
	};
	const amzpay_key *key = key_from_file(KEY_PKCS8, NULL);
	amzpay_signature sig;
	amzpay_error err;

	amzpay_error_clear(&err);
	amzpay_signature_init(&sig);
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS, "GET", "", NULL, h, 4, NULL, 0, &sig, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&sig.signed_headers), "accept;content-type;x-amz-pay-host");
	CHECK_STR(amzpay_buf_cstr(&sig.canonical_request),
	          "GET\n/\n\naccept:application/json\ncontent-type:application/json\nx-amz-pay-host:pay-api.amazon.jp\n\n"
	          "accept;content-type;x-amz-pay-host\n"
	          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	CHECK(sig.authorization.len == 0);
	CHECK(sig.signature.len == 344);
	amzpay_signature_free(&sig);
	amzpay_key_cache_shutdown();
}

UNIT_TEST(test_sign_headers_duplicates_and_values)
{
	const amzpay_key *key = key_from_file(KEY_PKCS8, NULL);
	amzpay_signature sig;
	amzpay_error err;
	amzpay_kv last_wins[3] = {{"X-Foo", 5, "1", 1}, {"x-bar", 5, " spaced  value ", 15}, {"x-foo", 5, "2", 1}};
	amzpay_kv empty_keeps[2] = {{"x-foo", 5, "1", 1}, {"X-FOO", 5, "", 0}};
	amzpay_kv bad_name[1] = {{"x-foo:", 6, "1", 1}};
	amzpay_kv space_name[1] = {{"x foo", 5, "1", 1}};
	amzpay_kv empty_name[1] = {{"", 0, "1", 1}};
	amzpay_kv bad_value[1] = {{"x-foo", 5, "1\r\nx-evil: 2", 13}};
	amzpay_kv nul_value[1] = {{"x-foo", 5, "1\0002", 3}};

	amzpay_error_clear(&err);
	amzpay_signature_init(&sig);
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "POST", "/p", "a=1", last_wins, 3, "x", 1, &sig, &err) == 0);
	CHECK(strstr(amzpay_buf_cstr(&sig.canonical_request),
	             "POST\n/p\na=1\nx-bar: spaced  value \nx-foo:2\n\nx-bar;x-foo\n") != NULL);
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "POST", "/p", "", empty_keeps, 2, NULL, 0, &sig, &err) == 0);
	CHECK(strstr(amzpay_buf_cstr(&sig.canonical_request), "\nx-foo:1\n\nx-foo\n") != NULL);
	/* no headers at all */
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "GET", "/", "", NULL, 0, NULL, 0, &sig, &err) == 0);
	CHECK(strncmp(amzpay_buf_cstr(&sig.canonical_request), "GET\n/\n\n\n\n", 9) == 0);
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "GET", "/", "", bad_name, 1, NULL, 0, &sig, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "GET", "/", "", space_name, 1, NULL, 0, &sig, &err) == -1);
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "GET", "/", "", empty_name, 1, NULL, 0, &sig, &err) == -1);
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "GET", "/", "", bad_value, 1, NULL, 0, &sig, &err) == -1);
	CHECK_STR(err.message, "Header values must not contain CR, LF or NUL");
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "GET", "/", "", nul_value, 1, NULL, 0, &sig, &err) == -1);
	CHECK(amzpay_sign_headers(NULL, AMZPAY_ALG_PSS_V2, "GET", "/", "", NULL, 0, NULL, 0, &sig, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_KEY);
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "GET", "/", "", NULL, 2, NULL, 0, &sig, &err) == -1);
	CHECK(amzpay_sign_headers(key, AMZPAY_ALG_PSS_V2, "GET\n", "/", "", NULL, 0, NULL, 0, &sig, &err) == -1);
	amzpay_signature_free(&sig);
	amzpay_key_cache_shutdown();
}

/* The legacy getSignature(): base64(HMAC-SHA256), RFC 4231-style known answers. */
UNIT_TEST(test_mws_signature)
{
	static const char fox[] = "The quick brown fox jumps over the lazy dog";
	amzpay_buf b = AMZPAY_BUF_INIT;
	amzpay_error err;

	amzpay_error_clear(&err);
	CHECK(amzpay_mws_signature(fox, strlen(fox), "key", 3, &b, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&b), "97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=");
	amzpay_buf_reset(&b);
	/* an empty secret and empty data are still a MAC, as PHP's hash_hmac() gives */
	CHECK(amzpay_mws_signature("", 0, "", 0, &b, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&b), "thNnmggU2ex3L5XXeMNfxf8Wl8STcVZTxscSFEKSxa0=");
	amzpay_buf_free(&b);
}

/* The digest the glue's createSignature() puts in its canonical request (FIPS 180-2 vectors). */
UNIT_TEST(test_sha256_hex)
{
	char hex[65];

	CHECK(amzpay_sha256_hex("", 0, hex) == 0);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	CHECK(amzpay_sha256_hex("abc", 3, hex) == 0);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

UNIT_MAIN(UNIT_CASE(test_sha256_hex),
          UNIT_CASE(test_alg_names), UNIT_CASE(test_mws_signature), UNIT_CASE(test_format_date), UNIT_CASE(test_rawurlencode),
          UNIT_CASE(test_canonical_query_sdk_example), UNIT_CASE(test_canonical_query_order_and_errors),
          UNIT_CASE(test_stripcslashes), UNIT_CASE(test_request_vectors), UNIT_CASE(test_button_vectors),
          UNIT_CASE(test_button_sdk_constant), UNIT_CASE(test_key_pkcs1_and_pkcs8), UNIT_CASE(test_key_path_and_text),
          UNIT_CASE(test_key_cache_hits), UNIT_CASE(test_key_encrypted_pkcs8), UNIT_CASE(test_key_encrypted_pkcs1),
          UNIT_CASE(test_key_passphrase_too_long), UNIT_CASE(test_key_rotated_file), UNIT_CASE(test_key_refused),
          UNIT_CASE(test_key_file_errors), UNIT_CASE(test_key_errors_keep_foreign_openssl_errors),
          UNIT_CASE(test_sign_defaults), UNIT_CASE(test_sign_reuses_signature_struct),
          UNIT_CASE(test_sign_refuses_bad_input), UNIT_CASE(test_sign_body_bytes),
          UNIT_CASE(test_sign_headers_sdk_example), UNIT_CASE(test_sign_headers_duplicates_and_values))
