/*
 * Unit tests of src/endpoint.c: regions, hosts, base URLs, endpoint override
 * validation, URL splitting and path id checks.
 */
#include "endpoint.h"
#include "unit.h"

#include <curl/curl.h>
#include <stdio.h>

#include <stdlib.h>

/* {{{ helpers */
static bool endpoint_ok(const char *url)
{
	amzpay_error err;

	amzpay_error_clear(&err);
	return amzpay_endpoint_check(url, &err) == 0 && err.domain == AMZPAY_OK;
}

/* true when refused with AMZPAY_ERR_CONFIG and a message containing `needle` (NULL: any message) */
static bool endpoint_refused(const char *url, const char *needle)
{
	amzpay_error err;

	amzpay_error_clear(&err);
	if (amzpay_endpoint_check(url, &err) != -1 || err.domain != AMZPAY_ERR_CONFIG || !err.message[0]) {
		return false;
	}
	if (needle && !strstr(err.message, needle)) {
		fprintf(stderr, "  message \"%s\" lacks \"%s\"\n", err.message, needle);
		return false;
	}
	return true;
}

/* base URL or an "ERR:<message>" string; the result is static */
static const char *base_url(const char *mapped, bool sandbox, const char *key_id, const char *override)
{
	static char result[1024];
	amzpay_buf out = AMZPAY_BUF_INIT;
	amzpay_error err;

	amzpay_error_clear(&err);
	if (amzpay_endpoint_base(mapped, sandbox, key_id, override, &out, &err) == 0) {
		snprintf(result, sizeof(result), "%s", amzpay_buf_cstr(&out));
	} else {
		snprintf(result, sizeof(result), "ERR:%s", err.message);
	}
	amzpay_buf_free(&out);
	return result;
}

static bool url_parts_are(const char *url, const char *host, const char *path)
{
	amzpay_buf h = AMZPAY_BUF_INIT, p = AMZPAY_BUF_INIT;
	amzpay_error err;
	bool ok;

	amzpay_error_clear(&err);
	ok = amzpay_url_parts(url, &h, &p, &err) == 0 && strcmp(amzpay_buf_cstr(&h), host) == 0 &&
	     strcmp(amzpay_buf_cstr(&p), path) == 0;
	if (!ok) {
		fprintf(stderr, "  url_parts(%s) -> host \"%s\" path \"%s\" (%s)\n", url, amzpay_buf_cstr(&h),
		        amzpay_buf_cstr(&p), err.message);
	}
	amzpay_buf_free(&h);
	amzpay_buf_free(&p);
	return ok;
}

/* the error message of amzpay_path_id_check, or "" when accepted */
static const char *id_check(const char *id, size_t len)
{
	static amzpay_error err;

	amzpay_error_clear(&err);
	if (amzpay_path_id_check(id, len, "chargeId", &err) == 0) {
		return "";
	}
	return err.domain == AMZPAY_ERR_ARGUMENT ? err.message : "(wrong domain)";
}

#define ID_CHECK(lit) id_check((lit), sizeof(lit) - 1)
/* }}} */

UNIT_TEST(test_region_map)
{
	CHECK_STR(amzpay_region_map("us"), "na");
	CHECK_STR(amzpay_region_map("US"), "na");
	CHECK_STR(amzpay_region_map("na"), "na");
	CHECK_STR(amzpay_region_map("Na"), "na");
	CHECK_STR(amzpay_region_map("eu"), "eu");
	CHECK_STR(amzpay_region_map("DE"), "eu");
	CHECK_STR(amzpay_region_map("uk"), "eu");
	CHECK_STR(amzpay_region_map("Uk"), "eu");
	CHECK_STR(amzpay_region_map("jp"), "jp");
	CHECK_STR(amzpay_region_map("JP"), "jp");
	CHECK(amzpay_region_map("fr") == NULL);
	CHECK(amzpay_region_map("") == NULL);
	CHECK(amzpay_region_map(NULL) == NULL);
	CHECK(amzpay_region_map("usa") == NULL);
	CHECK(amzpay_region_map("u") == NULL);
	CHECK(amzpay_region_map("gb") == NULL);
}

UNIT_TEST(test_region_host)
{
	CHECK_STR(amzpay_region_host("na"), "pay-api.amazon.com");
	CHECK_STR(amzpay_region_host("eu"), "pay-api.amazon.eu");
	CHECK_STR(amzpay_region_host("jp"), "pay-api.amazon.jp");
	CHECK(amzpay_region_host("us") == NULL); /* takes the mapped region only */
	CHECK(amzpay_region_host(NULL) == NULL);
	CHECK(amzpay_region_host("") == NULL);
}

UNIT_TEST(test_key_id_env_specific)
{
	CHECK(amzpay_key_id_is_env_specific("LIVE-AHTVDLHFN3ZQXV4U7UZ7JQSW"));
	CHECK(amzpay_key_id_is_env_specific("SANDBOX-AEXKFMDMJWHE3BFVYYOCXJ6J"));
	CHECK(amzpay_key_id_is_env_specific("live-abc"));   /* strtoupper() */
	CHECK(amzpay_key_id_is_env_specific("Sandbox-x"));
	CHECK(amzpay_key_id_is_env_specific("LIVEX"));      /* no dash required */
	CHECK(amzpay_key_id_is_env_specific("LIVE"));
	CHECK(!amzpay_key_id_is_env_specific("AGPTYXGL5VH6PSYLJUSHTKW6"));
	CHECK(!amzpay_key_id_is_env_specific("LIV"));
	CHECK(!amzpay_key_id_is_env_specific("SANDBO"));
	CHECK(!amzpay_key_id_is_env_specific("XLIVE-1"));
	CHECK(!amzpay_key_id_is_env_specific(""));
	CHECK(!amzpay_key_id_is_env_specific(NULL));
}

UNIT_TEST(test_base_url_regions)
{
	/* the SDK's createServiceUrl test matrix */
	CHECK_STR(base_url("na", true, "AGPTYXGL5VH6PSYLJUSHTKW6", NULL), "https://pay-api.amazon.com/sandbox/");
	CHECK_STR(base_url("na", false, "AGPTYXGL5VH6PSYLJUSHTKW6", NULL), "https://pay-api.amazon.com/live/");
	CHECK_STR(base_url("eu", true, "AGPTYXGL5VH6PSYLJUSHTKW6", NULL), "https://pay-api.amazon.eu/sandbox/");
	CHECK_STR(base_url("eu", false, "AGPTYXGL5VH6PSYLJUSHTKW6", NULL), "https://pay-api.amazon.eu/live/");
	CHECK_STR(base_url("jp", true, "AGPTYXGL5VH6PSYLJUSHTKW6", NULL), "https://pay-api.amazon.jp/sandbox/");
	CHECK_STR(base_url("jp", false, "AGPTYXGL5VH6PSYLJUSHTKW6", NULL), "https://pay-api.amazon.jp/live/");
	/* env-specific key ids: no mode segment, the sandbox flag is ignored */
	CHECK_STR(base_url("na", false, "LIVE-AHTVDLHFN3ZQXV4U7UZ7JQSW", NULL), "https://pay-api.amazon.com/");
	CHECK_STR(base_url("na", true, "LIVE-AHTVDLHFN3ZQXV4U7UZ7JQSW", NULL), "https://pay-api.amazon.com/");
	CHECK_STR(base_url("eu", true, "SANDBOX-AEXKFMDMJWHE3BFVYYOCXJ6J", NULL), "https://pay-api.amazon.eu/");
	CHECK_STR(base_url("jp", false, "sandbox-lower", NULL), "https://pay-api.amazon.jp/");
	/* NULL key id: legacy behaviour */
	CHECK_STR(base_url("na", true, NULL, NULL), "https://pay-api.amazon.com/sandbox/");
	/* empty override = none */
	CHECK_STR(base_url("eu", false, "K", ""), "https://pay-api.amazon.eu/live/");
}

UNIT_TEST(test_base_url_bad_region)
{
	const char *r = base_url(NULL, true, "K", NULL);

	CHECK(strncmp(r, "ERR:", 4) == 0);
	CHECK(strstr(r, "region") != NULL);
	r = base_url("us", true, "K", NULL); /* unmapped */
	CHECK(strncmp(r, "ERR:", 4) == 0);
}

UNIT_TEST(test_base_url_override)
{
	CHECK_STR(base_url("na", true, "K", "http://127.0.0.1:8080"), "http://127.0.0.1:8080/sandbox/");
	CHECK_STR(base_url("na", false, "K", "https://example.com"), "https://example.com/live/");
	CHECK_STR(base_url("na", false, "LIVE-K", "https://example.com"), "https://example.com/");
	CHECK_STR(base_url(NULL, true, "K", "https://example.com"), "https://example.com/sandbox/"); /* region unused */
	/* path prefix kept, trailing slashes normalised */
	CHECK_STR(base_url("na", true, "K", "https://example.com/"), "https://example.com/sandbox/");
	CHECK_STR(base_url("na", true, "K", "https://example.com/prefix"), "https://example.com/prefix/sandbox/");
	CHECK_STR(base_url("na", true, "K", "https://example.com/prefix/"), "https://example.com/prefix/sandbox/");
	CHECK_STR(base_url("na", true, "K", "https://example.com/a/b//"), "https://example.com/a/b/sandbox/");
	CHECK_STR(base_url("na", true, "SANDBOX-K", "http://[::1]:9/x"), "http://[::1]:9/x/");
	CHECK_STR(base_url("na", true, "K", "http://localhost"), "http://localhost/sandbox/");
	/* scheme and host case normalised */
	CHECK_STR(base_url("na", true, "K", "HTTPS://Example.COM:8443/P"), "https://example.com:8443/P/sandbox/");
	/* refused overrides give an error, not a URL */
	CHECK(strncmp(base_url("na", true, "K", "http://example.com"), "ERR:", 4) == 0);
}

UNIT_TEST(test_endpoint_accepts)
{
	CHECK(endpoint_ok("https://example.com"));
	CHECK(endpoint_ok("https://example.com/"));
	CHECK(endpoint_ok("https://example.com:443"));
	CHECK(endpoint_ok("https://pay-api.amazon.com/prefix/more"));
	CHECK(endpoint_ok("https://10.0.0.1:8443"));
	CHECK(endpoint_ok("https://[2001:db8::1]:443/x"));
	CHECK(endpoint_ok("https://localhost"));
	CHECK(endpoint_ok("http://127.0.0.1:8080"));
	CHECK(endpoint_ok("http://127.0.0.1"));
	CHECK(endpoint_ok("http://127.255.255.254:1"));
	CHECK(endpoint_ok("http://localhost"));
	CHECK(endpoint_ok("http://LOCALHOST:8080/"));
	CHECK(endpoint_ok("http://localhost.:8080"));
	CHECK(endpoint_ok("http://[::1]:9/x"));
	CHECK(endpoint_ok("http://[::1]"));
	CHECK(endpoint_ok("http://[0:0:0:0:0:0:0:1]:80"));
	CHECK(endpoint_ok("http://[::0001]:80"));
	CHECK(endpoint_ok("https://example.com/a%2Fb/c;d=e"));
}

UNIT_TEST(test_endpoint_http_only_for_loopback)
{
	CHECK(endpoint_refused("http://example.com", "loopback"));
	CHECK(endpoint_refused("http://example.com:80/", "loopback"));
	CHECK(endpoint_refused("http://128.0.0.1", "loopback"));
	CHECK(endpoint_refused("http://10.0.0.1", "loopback"));
	CHECK(endpoint_refused("http://0.0.0.0", "loopback"));
	CHECK(endpoint_refused("http://[::2]", "loopback"));
	CHECK(endpoint_refused("http://[::]", "loopback"));
	CHECK(endpoint_refused("http://[::ffff:127.0.0.1]", "loopback")); /* only ::1 counts for IPv6 */
	CHECK(endpoint_refused("http://localhost.example.com", "loopback"));
	CHECK(endpoint_refused("http://127.0.0.1.example.com", "loopback"));
	CHECK(endpoint_refused("http://127.1", "loopback"));        /* inet_aton shorthand is not loopback syntax */
	CHECK(endpoint_refused("http://0177.0.0.1", "loopback"));   /* octal */
	CHECK(endpoint_refused("http://127.0.0.01", "loopback"));   /* leading zero */
	CHECK(endpoint_refused("http://127.0.0.256", "loopback"));
	CHECK(endpoint_refused("http://2130706433", "loopback"));   /* decimal form */
	CHECK(endpoint_refused("http://localhos", "loopback"));
}

/* The host of the base URL (what x-amz-pay-host signs) as libcurl's URL parser sees it. */
static bool curl_host_of(const char *url, char *out, size_t size)
{
	CURLU *u = curl_url();
	char *host = NULL;
	bool ok = u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	          curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK;

	if (ok) {
		snprintf(out, size, "%s", host);
	}
	curl_free(host);
	curl_url_cleanup(u);
	return ok;
}

/* The signed host is the connected host: numeric hosts libcurl would reinterpret are refused, IPv6 is canonical. */
UNIT_TEST(test_endpoint_signed_host_is_connected_host)
{
	static const struct {
		const char *override, *host;
	} ok[] = {
		{"https://[0:0:0:0:0:0:0:1]:8443", "[::1]"},
		{"https://[::FFFF:7F00:1]", "[::ffff:127.0.0.1]"},
		{"https://[2001:DB8:0:0:1:0:0:1]/p", "[2001:db8::1:0:0:1]"},
		{"http://[::1]:8080", "[::1]"},
		{"https://10.1.2.3:8443", "10.1.2.3"},
		{"https://Pay-API.Example.COM", "pay-api.example.com"},
		{"https://a1.example.com", "a1.example.com"},
	};
	static const char *const refused[] = {"https://200", "https://127.1", "https://0x7f.0.0.1", "https://017.0.0.1",
	                                      "https://1.2.3.4.5", "https://2130706433:443", "https://example.123",
	                                      "https://10.0.0.01/"};
	char curl_host[128];
	size_t i;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		amzpay_buf base = AMZPAY_BUF_INIT, h = AMZPAY_BUF_INIT, p = AMZPAY_BUF_INIT;
		amzpay_error err;

		amzpay_error_clear(&err);
		CHECK(amzpay_endpoint_base(NULL, false, "LIVE-X", ok[i].override, &base, &err) == 0);
		CHECK(amzpay_url_parts(amzpay_buf_cstr(&base), &h, &p, &err) == 0);
		CHECK(curl_host_of(amzpay_buf_cstr(&base), curl_host, sizeof(curl_host)));
		/* amzpay_url_parts() drops the brackets of IPv6; curl keeps them */
		CHECK_STR(curl_host, ok[i].host);
		CHECK(strstr(amzpay_buf_cstr(&base), ok[i].host) != NULL);
		amzpay_buf_free(&base);
		amzpay_buf_free(&h);
		amzpay_buf_free(&p);
	}
	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		if (!endpoint_refused(refused[i], "numeric host")) {
			fprintf(stderr, "  accepted %s\n", refused[i]);
			CHECK(false);
		}
	}
}

UNIT_TEST(test_endpoint_refuses_malformed)
{
	CHECK(endpoint_refused("", "empty"));
	CHECK(endpoint_refused(NULL, "empty"));
	CHECK(endpoint_refused("example.com", "https://"));
	CHECK(endpoint_refused("ftp://example.com", "https://"));
	CHECK(endpoint_refused("https:/example.com", "https://"));
	CHECK(endpoint_refused("//example.com", "https://"));
	CHECK(endpoint_refused("https://", "host"));
	CHECK(endpoint_refused("https:///path", "host"));
	CHECK(endpoint_refused("https://:8080", "host"));
	CHECK(endpoint_refused("https://user:pass@example.com", "user info"));
	CHECK(endpoint_refused("https://user@example.com", "user info"));
	CHECK(endpoint_refused("http://user:pass@127.0.0.1:8080", "user info"));
	CHECK(endpoint_refused("https://example.com?x=1", "query"));
	CHECK(endpoint_refused("https://example.com/p?x", "query"));
	CHECK(endpoint_refused("https://example.com#frag", "fragment"));
	CHECK(endpoint_refused("https://example.com\r\nX-Injected: 1", "CR or LF"));
	CHECK(endpoint_refused("https://example.com\n", "CR or LF"));
	CHECK(endpoint_refused("https://example.com\r", "CR or LF"));
	CHECK(endpoint_refused("https://exa mple.com", "whitespace"));
	CHECK(endpoint_refused(" https://example.com", "whitespace"));
	CHECK(endpoint_refused("https://example.com/a b", "whitespace"));
	CHECK(endpoint_refused("https://example.com\t", "whitespace"));
	CHECK(endpoint_refused("https://example.com\x01", "control"));
	CHECK(endpoint_refused("https://exämple.com", "ASCII"));
	CHECK(endpoint_refused("https://example.com\\@evil.com", "'\\'"));
	CHECK(endpoint_refused("https://example.com:", "port"));
	CHECK(endpoint_refused("https://example.com:0", "port"));
	CHECK(endpoint_refused("https://example.com:65536", "port"));
	CHECK(endpoint_refused("https://example.com:123456", "port"));
	CHECK(endpoint_refused("https://example.com:80a", "port"));
	CHECK(endpoint_refused("https://example.com:-1", "port"));
	CHECK(endpoint_refused("https://exa_mple.com", "host"));
	CHECK(endpoint_refused("https://example..com", "host"));
	CHECK(endpoint_refused("https://.example.com", "host"));
	CHECK(endpoint_refused("https://[::1", "']'"));
	CHECK(endpoint_refused("https://[::1]x", "after the IPv6"));
	CHECK(endpoint_refused("https://[::g]", "IPv6"));
	CHECK(endpoint_refused("https://[1:2:3:4:5:6:7:8:9]", "IPv6"));
	CHECK(endpoint_refused("https://[1::2::3]", "IPv6"));
	CHECK(endpoint_refused("https://[fe80::1%25eth0]", "IPv6"));
	CHECK(endpoint_refused("https://[]", "IPv6"));
	CHECK(endpoint_refused("https://example.com/%zz", "path"));
	CHECK(endpoint_refused("https://example.com/a\"b", "path"));
}

UNIT_TEST(test_endpoint_error_never_quotes_url)
{
	amzpay_error err;

	amzpay_error_clear(&err);
	CHECK(amzpay_endpoint_check("https://alice:s3cret@example.com", &err) == -1);
	CHECK(strstr(err.message, "s3cret") == NULL);
	CHECK(strstr(err.message, "alice") == NULL);
}

UNIT_TEST(test_endpoint_too_long)
{
	char url[4096];

	memcpy(url, "https://example.com/", 20);
	memset(url + 20, 'a', sizeof(url) - 21);
	url[sizeof(url) - 1] = '\0';
	CHECK(endpoint_refused(url, "too long"));
}

UNIT_TEST(test_url_parts)
{
	CHECK(url_parts_are("https://pay-api.amazon.com/sandbox/v2/charges", "pay-api.amazon.com", "/sandbox/v2/charges"));
	CHECK(url_parts_are("https://pay-api.amazon.jp/live/v2/reports?a=1&b=2", "pay-api.amazon.jp", "/live/v2/reports"));
	CHECK(url_parts_are("http://pay-api.amazon.jp/sandbox/in-store/v999/charge?extradata", "pay-api.amazon.jp",
	                    "/sandbox/in-store/v999/charge")); /* the SDK's getCanonicalURI test */
	CHECK(url_parts_are("https://example.com", "example.com", "/"));
	CHECK(url_parts_are("https://example.com?x=1", "example.com", "/"));
	CHECK(url_parts_are("https://example.com#f", "example.com", "/"));
	CHECK(url_parts_are("http://127.0.0.1:8080/sandbox/v2/x", "127.0.0.1", "/sandbox/v2/x"));
	CHECK(url_parts_are("http://[::1]:9/x/v2/charges", "::1", "/x/v2/charges"));
	CHECK(url_parts_are("http://[::1]/", "::1", "/"));
	CHECK(url_parts_are("https://u:p@h.example:1/p", "h.example", "/p"));
	/* path verbatim: no re-encoding or normalisation */
	CHECK(url_parts_are("https://h/a/../b/%41c/", "h", "/a/../b/%41c/"));
}

UNIT_TEST(test_url_parts_errors)
{
	amzpay_buf h = AMZPAY_BUF_INIT, p = AMZPAY_BUF_INIT;
	amzpay_error err;

	amzpay_error_clear(&err);
	CHECK(amzpay_url_parts("pay-api.amazon.com/v2", &h, &p, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(amzpay_url_parts(NULL, &h, &p, &err) == -1);
	CHECK(amzpay_url_parts("https:///path", &h, &p, &err) == -1);
	CHECK(amzpay_url_parts("https://:80/path", &h, &p, &err) == -1);
	CHECK(amzpay_url_parts("https://[::1/path", &h, &p, &err) == -1);
	amzpay_buf_free(&h);
	amzpay_buf_free(&p);
}

UNIT_TEST(test_url_parts_of_base_urls)
{
	/* the base URL builder and the splitter agree: x-amz-pay-host is the host of the URL we send to */
	amzpay_buf base = AMZPAY_BUF_INIT, h = AMZPAY_BUF_INIT, p = AMZPAY_BUF_INIT;
	amzpay_error err;

	amzpay_error_clear(&err);
	CHECK(amzpay_endpoint_base("eu", false, "K", "http://[::1]:9/x/", &base, &err) == 0);
	amzpay_buf_appends(&base, "v2/charges/C1/capture");
	CHECK(amzpay_url_parts(amzpay_buf_cstr(&base), &h, &p, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&h), "::1");
	CHECK_STR(amzpay_buf_cstr(&p), "/x/live/v2/charges/C1/capture");
	amzpay_buf_free(&base);
	amzpay_buf_free(&h);
	amzpay_buf_free(&p);
}

UNIT_TEST(test_has_ctl)
{
	CHECK(!amzpay_has_ctl("abc", 3));
	CHECK(!amzpay_has_ctl("", 0));
	CHECK(!amzpay_has_ctl(NULL, 0));
	CHECK(!amzpay_has_ctl("a\tb", 3)); /* TAB is allowed in header values */
	CHECK(amzpay_has_ctl("a\rb", 3));
	CHECK(amzpay_has_ctl("a\nb", 3));
	CHECK(amzpay_has_ctl("a\0b", 3));
	CHECK(amzpay_has_ctl("abc\n", 4));
	CHECK(!amzpay_has_ctl("abc\n", 3)); /* only the first len bytes count */
}

UNIT_TEST(test_path_id_accepts)
{
	char max[129];

	CHECK_STR(ID_CHECK("S01-5105180-3221187-C056351"), "");
	CHECK_STR(ID_CHECK("bd504926-f659-4ad7-a1a9-9a747aaf5275"), "");
	CHECK_STR(ID_CHECK("amzn1.account.AH3ZN"), "");
	CHECK_STR(ID_CHECK("a~b_c:d@e=f+g"), "");
	CHECK_STR(ID_CHECK("x.y"), "");
	CHECK_STR(ID_CHECK("1"), "");
	memset(max, 'a', 128);
	max[128] = '\0';
	CHECK_STR(id_check(max, 128), "");
}

UNIT_TEST(test_path_id_refuses)
{
	char big[130];

	CHECK_STR(id_check("", 0), "chargeId must not be empty");
	CHECK_STR(id_check(NULL, 0), "chargeId must not be empty");
	memset(big, 'a', 129);
	big[129] = '\0';
	CHECK_STR(id_check(big, 129), "chargeId must be at most 128 characters long");
	CHECK_STR(ID_CHECK("a/b"), "chargeId must not contain '/'");
	CHECK_STR(ID_CHECK("/"), "chargeId must not contain '/'");
	CHECK_STR(ID_CHECK("../x"), "chargeId must not contain '/'");
	CHECK_STR(ID_CHECK(".."), "chargeId must not contain '..'");
	CHECK_STR(ID_CHECK("a..b"), "chargeId must not contain '..'");
	CHECK_STR(ID_CHECK("."), "chargeId must not be '.'");
	CHECK_STR(ID_CHECK("a%2Fb"), "chargeId must not contain '%'");
	CHECK_STR(ID_CHECK("a?b"), "chargeId must not contain '?'");
	CHECK_STR(ID_CHECK("a#b"), "chargeId must not contain '#'");
	CHECK_STR(ID_CHECK("a\\b"), "chargeId must not contain '\\'");
	CHECK_STR(ID_CHECK("a b"), "chargeId must not contain whitespace");
	CHECK_STR(ID_CHECK("a\tb"), "chargeId must not contain whitespace");
	CHECK_STR(ID_CHECK("a\rb"), "chargeId must not contain control characters");
	CHECK_STR(ID_CHECK("a\nb"), "chargeId must not contain control characters");
	CHECK_STR(ID_CHECK("a\0b"), "chargeId must not contain control characters");
	CHECK_STR(ID_CHECK("a\x7f"), "chargeId must not contain control characters");
	CHECK(strstr(ID_CHECK("caf\xc3\xa9"), "must contain only letters, digits") != NULL);
	CHECK(strstr(ID_CHECK("a&b"), "must contain only letters, digits") != NULL);
}

UNIT_TEST(test_path_id_default_name)
{
	amzpay_error err;

	amzpay_error_clear(&err);
	CHECK(amzpay_path_id_check("a/b", 3, NULL, &err) == -1);
	CHECK_STR(err.message, "The id must not contain '/'");
	CHECK(amzpay_path_id_check("a/b", 3, "x", NULL) == -1); /* err may be NULL */
}

UNIT_MAIN(UNIT_CASE(test_region_map), UNIT_CASE(test_region_host), UNIT_CASE(test_key_id_env_specific),
          UNIT_CASE(test_base_url_regions), UNIT_CASE(test_base_url_bad_region), UNIT_CASE(test_base_url_override),
          UNIT_CASE(test_endpoint_accepts), UNIT_CASE(test_endpoint_http_only_for_loopback),
          UNIT_CASE(test_endpoint_signed_host_is_connected_host), UNIT_CASE(test_endpoint_refuses_malformed), UNIT_CASE(test_endpoint_error_never_quotes_url),
          UNIT_CASE(test_endpoint_too_long), UNIT_CASE(test_url_parts), UNIT_CASE(test_url_parts_errors),
          UNIT_CASE(test_url_parts_of_base_urls), UNIT_CASE(test_has_ctl), UNIT_CASE(test_path_id_accepts),
          UNIT_CASE(test_path_id_refuses), UNIT_CASE(test_path_id_default_name))
