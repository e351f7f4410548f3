/* amzpay core: Login with Amazon tokeninfo + profile (see lwa.h). */
#include "lwa.h"

#include <cjson/cJSON.h>
#include <openssl/crypto.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "endpoint.h"

static const struct {
	const char *region, *domain;
} lwa_domains[] = {{"us", "amazon.com"}, {"de", "amazon.de"}, {"uk", "amazon.co.uk"}, {"jp", "amazon.co.jp"}};

int amzpay_lwa_base(const char *region, bool sandbox, const char *override, amzpay_buf *out, amzpay_error *err)
{
	const char *domain = NULL;

	/* the region is checked even with an override, as the legacy SDK checked it first */
	for (size_t i = 0; region && i < sizeof(lwa_domains) / sizeof(lwa_domains[0]); i++) {
		if (strcasecmp(region, lwa_domains[i].region) == 0) {
			domain = lwa_domains[i].domain;
		}
	}
	if (!domain) {
		return amzpay_error_set(err, AMZPAY_ERR_CONFIG, "%s is not a valid region", region ? region : "");
	}
	if (override && *override) {
		size_t n = strlen(override);

		if (amzpay_endpoint_check(override, err) != 0) {
			return -1;
		}
		while (n && override[n - 1] == '/') {
			n--;
		}
		amzpay_buf_append(out, override, n);
		return 0;
	}
	amzpay_buf_appendf(out, "https://api.%s%s", sandbox ? "sandbox." : "", domain);
	return 0;
}

/* PHP's urldecode(): %XX and '+'. */
static void url_decode(const char *s, amzpay_buf *out)
{
	for (; *s; s++) {
		if (*s == '+') {
			amzpay_buf_appendc(out, ' ');
		} else if (*s == '%' && s[1] && s[2] && strchr("0123456789abcdefABCDEF", s[1]) &&
		           strchr("0123456789abcdefABCDEF", s[2])) {
			char hex[3] = {s[1], s[2], '\0'};
			amzpay_buf_appendc(out, (char)strtol(hex, NULL, 16));
			s += 2;
		} else {
			amzpay_buf_appendc(out, *s);
		}
	}
}

static int token_header(void *ctx, int attempt, struct curl_slist **headers, amzpay_error *err)
{
	amzpay_buf line = AMZPAY_BUF_INIT;
	struct curl_slist *l;

	(void)attempt;
	amzpay_buf_appends(&line, "x-amz-access-token: ");
	amzpay_buf_appends(&line, ctx);
	l = line.failed ? NULL : curl_slist_append(NULL, line.data);
	amzpay_buf_cleanse(&line);
	if (!l) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
	}
	*headers = l;
	return 0;
}

static int lwa_get(const amzpay_http_config *http, const char *url, const char *token, amzpay_http_response *res,
                   amzpay_error *err)
{
	amzpay_http_request req;
	amzpay_http_handle *h = amzpay_http_acquire(http, url, err);
	int rc;

	if (!h) {
		return -1;
	}
	memset(&req, 0, sizeof(req));
	req.method = "GET";
	req.url = url;
	req.idempotent = true;
	req.prepare = token_header;
	req.prepare_ctx = (void *)token;
	rc = amzpay_http_send(h, &req, res, err);
	amzpay_http_release(h);
	return rc;
}

static bool json_equals(const cJSON *obj, const char *key, const char *want)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	return want && *want && cJSON_IsString(v) && strcmp(v->valuestring, want) == 0;
}

/* tokeninfo: the token's audience must be the shop's client id or app id. */
static int check_token(const amzpay_http_response *res, const char *client_id, const char *app_id, amzpay_error *err)
{
	cJSON *info = cJSON_ParseWithLength(amzpay_buf_cstr(&res->body), res->body.len);
	int rc = 0;

	if (!cJSON_GetObjectItemCaseSensitive(info, "aud")) {
		rc = amzpay_error_set(err, AMZPAY_ERR_STATE, "The tokeninfo API call did not succeed");
	} else if (!json_equals(info, "aud", client_id) && !json_equals(info, "app_id", app_id)) {
		rc = amzpay_error_set(err, AMZPAY_ERR_STATE, "The Access Token belongs to neither your Client ID nor App ID");
	}
	cJSON_Delete(info);
	return rc;
}

int amzpay_lwa_user_info(const amzpay_http_config *http, const char *base, const char *token, const char *client_id,
                         const char *app_id, amzpay_buf *profile, long *status, amzpay_error *err)
{
	amzpay_buf decoded = AMZPAY_BUF_INIT, url = AMZPAY_BUF_INIT;
	amzpay_http_response res;
	int rc = -1;

	if (!token || !*token || strcmp(token, "0") == 0) { /* PHP's empty() */
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "Access Token is a required parameter and is not set");
	}
	url_decode(token, &decoded);
	if (decoded.failed || amzpay_has_ctl(amzpay_buf_cstr(&decoded), decoded.len)) {
		amzpay_buf_cleanse(&decoded);
		return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "The Access Token must not contain CR, LF or NUL characters");
	}
	amzpay_http_response_init(&res);
	amzpay_buf_appendf(&url, "%s/auth/o2/tokeninfo", base);
	if (lwa_get(http, amzpay_buf_cstr(&url), amzpay_buf_cstr(&decoded), &res, err) != 0 ||
	    check_token(&res, client_id, app_id, err) != 0) {
		goto out;
	}
	amzpay_buf_reset(&url);
	amzpay_buf_appendf(&url, "%s/user/profile", base);
	if (lwa_get(http, amzpay_buf_cstr(&url), amzpay_buf_cstr(&decoded), &res, err) != 0) {
		goto out;
	}
	amzpay_buf_append(profile, amzpay_buf_cstr(&res.body), res.body.len);
	*status = res.status;
	rc = 0;
out:
	amzpay_http_response_free(&res);
	amzpay_buf_free(&url);
	amzpay_buf_cleanse(&decoded);
	return rc;
}
