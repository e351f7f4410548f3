/*
 * amzpay core: the MWS key upgrade (see key_upgrade.h).
 */
#include "key_upgrade.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "sign.h"

#define KU_PATH "/live/v2/publicKeyId"

const char *amzpay_key_upgrade_host(const char *region, amzpay_error *err)
{
	static const struct {
		const char *region, *host;
	} map[] = {{"us", "pay-api.amazon.com"}, {"na", "pay-api.amazon.com"}, {"de", "pay-api.amazon.eu"},
	           {"uk", "pay-api.amazon.eu"},  {"gb", "pay-api.amazon.eu"},  {"eu", "pay-api.amazon.eu"},
	           {"jp", "pay-api.amazon.jp"}};

	for (size_t i = 0; region && i < sizeof(map) / sizeof(map[0]); i++) {
		if (strcasecmp(region, map[i].region) == 0) {
			return map[i].host;
		}
	}
	amzpay_error_set(err, AMZPAY_ERR_CONFIG, "%s is not a valid region", region ? region : "(none)");
	return NULL;
}

/* The signed parameters (MerchantId as SellerId), canonical order and encoding. */
static int ku_signed_query(const amzpay_key_upgrade *ku, const char *timestamp, amzpay_buf *out, amzpay_error *err)
{
	amzpay_kv kv[] = {
	    {"AWSAccessKeyId", 14, ku->access_key, strlen(ku->access_key)},
	    {"Action", 6, "GetPublicKeyId", 14},
	    {"SellerId", 8, ku->merchant_id, strlen(ku->merchant_id)},
	    {"SignatureMethod", 15, "HmacSHA256", 10},
	    {"SignatureVersion", 16, "2", 1},
	    {"Timestamp", 9, timestamp, strlen(timestamp)},
	};

	return amzpay_canonical_query(kv, sizeof(kv) / sizeof(kv[0]), out, err);
}

int amzpay_key_upgrade_string_to_sign(const amzpay_key_upgrade *ku, const char *host, const char *timestamp,
                                      amzpay_buf *out, amzpay_error *err)
{
	amzpay_buf_appendf(out, "GET\n%s\n%s\n", host, KU_PATH);
	return ku_signed_query(ku, timestamp, out, err);
}

static int ku_check_credentials(const amzpay_key_upgrade *ku, amzpay_error *err)
{
	if (!ku->merchant_id || !*ku->merchant_id) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "merchant_id is required for the key upgrade");
	}
	if (!ku->access_key || !*ku->access_key) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "access_key is required for the key upgrade");
	}
	if (!ku->secret_key || !*ku->secret_key) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "secret_key is required for the key upgrade");
	}
	return 0;
}

static int ku_pem_of(EVP_PKEY *key, bool private_part, amzpay_buf *out)
{
	BIO *b = BIO_new(BIO_s_mem());
	char *p;
	long n;
	int ok;

	if (!b) {
		return -1;
	}
	ok = private_part ? PEM_write_bio_PrivateKey(b, key, NULL, NULL, 0, NULL, NULL) : PEM_write_bio_PUBKEY(b, key);
	n = BIO_get_mem_data(b, &p);
	if (ok == 1 && n > 0) {
		amzpay_buf_append(out, p, (size_t)n);
	}
	OPENSSL_cleanse(p, n > 0 ? (size_t)n : 0);
	BIO_free(b);
	return ok == 1 && !out->failed ? 0 : -1;
}

int amzpay_key_upgrade_generate(amzpay_buf *private_pem, amzpay_buf *public_pem, amzpay_error *err)
{
	EVP_PKEY *key = EVP_RSA_gen(2048);
	int rc = 0;

	if (!key || ku_pem_of(key, true, private_pem) != 0 || ku_pem_of(key, false, public_pem) != 0) {
		rc = amzpay_error_set(err, AMZPAY_ERR_KEY, "Unable to generate an RSA-2048 key pair");
	}
	EVP_PKEY_free(key);
	return rc;
}

/* Creates the private key file, 0600, refusing a path that exists (or is a symbolic link). */
static int ku_create_private(const char *path, amzpay_error *err)
{
	int fd;

	if (!path || !*path) {
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "A path for the private key is required");
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		if (errno == EEXIST) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s exists: refusing to overwrite a private key", path);
		}
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Cannot create %s: %s", path, strerror(errno));
	}
	if (fchmod(fd, 0600) != 0) {
		amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Cannot write %s: %s", path, strerror(errno));
		close(fd);
		unlink(path);
		return -1;
	}
	return fd;
}

/* Writes the PEM into the file ku_create_private() made and closes it; removes the file on failure. */
static int ku_fill_private(int fd, const char *path, const amzpay_buf *pem, amzpay_error *err)
{
	size_t off = 0;

	while (off < pem->len) {
		ssize_t n = write(fd, pem->data + off, pem->len - off);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Cannot write %s: %s", path, strerror(errno));
			close(fd);
			unlink(path);
			return -1;
		}
		off += (size_t)n;
	}
	if (fsync(fd) != 0 || close(fd) != 0) {
		unlink(path);
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Cannot write %s: %s", path, strerror(errno));
	}
	return 0;
}

int amzpay_key_upgrade_write_private(const char *path, const amzpay_buf *pem, amzpay_error *err)
{
	int fd = ku_create_private(path, err);

	return fd < 0 ? -1 : ku_fill_private(fd, path, pem, err);
}

static void ku_timestamp(time_t now, char out[32])
{
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The request URL: the signed parameters in canonical order with MerchantId, then PublicKey and Signature. */
static int ku_url(const amzpay_key_upgrade *ku, const char *host, const char *public_pem, amzpay_buf *url,
                  amzpay_error *err)
{
	amzpay_buf sts = AMZPAY_BUF_INIT, sig = AMZPAY_BUF_INIT;
	char ts[32];
	int rc;

	ku_timestamp(ku->now ? ku->now : time(NULL), ts);
	/* MWS signature version 2: base64(HMAC-SHA256(secret, string to sign)), as the legacy getSignature() */
	if (amzpay_key_upgrade_string_to_sign(ku, host, ts, &sts, err) != 0 ||
	    amzpay_mws_signature(sts.data, sts.len, ku->secret_key, strlen(ku->secret_key), &sig, err) != 0) {
		amzpay_buf_free(&sts);
		return -1;
	}
	if (ku->endpoint && *ku->endpoint) {
		size_t len = strlen(ku->endpoint);
		amzpay_buf_append(url, ku->endpoint, ku->endpoint[len - 1] == '/' ? len - 1 : len);
	} else {
		amzpay_buf_appendf(url, "https://%s", host);
	}
	amzpay_buf_appends(url, KU_PATH "?AWSAccessKeyId=");
	amzpay_rawurlencode(url, ku->access_key, strlen(ku->access_key));
	amzpay_buf_appends(url, "&Action=GetPublicKeyId&MerchantId=");
	amzpay_rawurlencode(url, ku->merchant_id, strlen(ku->merchant_id));
	amzpay_buf_appends(url, "&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=");
	amzpay_rawurlencode(url, ts, strlen(ts));
	amzpay_buf_appends(url, "&PublicKey=");
	amzpay_rawurlencode(url, public_pem, strlen(public_pem));
	amzpay_buf_appends(url, "&Signature=");
	amzpay_rawurlencode(url, sig.data, sig.len);
	rc = url->failed ? amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory") : 0;
	amzpay_buf_free(&sts);
	amzpay_buf_free(&sig);
	return rc;
}

/* {"publicKeyId": ...} on 200; otherwise the error's reasonCode and message. */
static int ku_answer(const amzpay_http_response *res, amzpay_buf *public_key_id, amzpay_error *err)
{
	cJSON *j = cJSON_ParseWithLength(res->body.data ? res->body.data : "", res->body.len);
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(j, "publicKeyId");
	const cJSON *code = cJSON_GetObjectItemCaseSensitive(j, "reasonCode");
	const cJSON *msg = cJSON_GetObjectItemCaseSensitive(j, "message");
	int rc = 0;

	if (res->status == 200 && cJSON_IsString(id) && *id->valuestring) {
		amzpay_buf_appends(public_key_id, id->valuestring);
	} else {
		rc = amzpay_error_set(err, AMZPAY_ERR_HTTP, "GetPublicKeyId failed: HTTP %ld %.64s %.200s", res->status,
		                      cJSON_IsString(code) ? code->valuestring : "",
		                      cJSON_IsString(msg) ? msg->valuestring : "");
		if (err) {
			err->http_status = res->status;
		}
	}
	cJSON_Delete(j);
	return rc;
}

int amzpay_key_upgrade_request(const amzpay_key_upgrade *ku, const char *public_pem, amzpay_buf *public_key_id,
                               amzpay_error *err)
{
	amzpay_buf url = AMZPAY_BUF_INIT;
	amzpay_http_request req = {
	    "GET", NULL, NULL, 0, true, amzpay_http_prepare_line, (void *)"Accept: application/json"};
	amzpay_http_response res;
	amzpay_http_handle *h = NULL;
	const char *host;
	int rc = -1;

	if (ku_check_credentials(ku, err) != 0 || !(host = amzpay_key_upgrade_host(ku->region, err)) ||
	    ku_url(ku, host, public_pem, &url, err) != 0) {
		amzpay_buf_free(&url);
		return -1;
	}
	req.url = url.data;
	amzpay_http_response_init(&res);
	if ((h = amzpay_http_acquire(&ku->http, url.data, err)) != NULL && amzpay_http_send(h, &req, &res, err) == 0) {
		rc = ku_answer(&res, public_key_id, err);
	}
	amzpay_http_response_free(&res);
	amzpay_http_release(h);
	amzpay_buf_free(&url);
	return rc;
}

int amzpay_key_upgrade_run(const amzpay_key_upgrade *ku, const char *private_key_path, amzpay_buf *public_key_id,
                           amzpay_error *err)
{
	amzpay_buf priv = AMZPAY_BUF_INIT, pub = AMZPAY_BUF_INIT;
	int fd, rc = -1;

	/* the file is created before the key is generated: a path that exists is refused at once */
	if (ku_check_credentials(ku, err) != 0 || !amzpay_key_upgrade_host(ku->region, err) ||
	    (fd = ku_create_private(private_key_path, err)) < 0) {
		return -1;
	}
	if (amzpay_key_upgrade_generate(&priv, &pub, err) != 0) {
		close(fd);
		unlink(private_key_path);
		goto done;
	}
	if (ku_fill_private(fd, private_key_path, &priv, err) != 0) {
		goto done;
	}
	rc = amzpay_key_upgrade_request(ku, pub.data, public_key_id, err);
	if (rc != 0) {
		unlink(private_key_path); /* the key was not registered: leave nothing behind */
	}
done:
	amzpay_buf_cleanse(&priv);
	amzpay_buf_free(&pub);
	return rc;
}
