/*
 * Response header lines (the transport's header callback) and request
 * header checks (amzpay_headers_check for caller headers, the per-attempt
 * line check of the transport).
 *
 * Built together with http.c (included below) to reach its static callback.
 * Input: header lines as a server could send them, '\n'-separated (a line
 * keeps its '\r'); the same lines are also tried as caller headers
 * "name: value" and as request header lines.
 * Invariants:
 *   - captured values (x-amz-pay-request-id, Location, Retry-After) hold no
 *     CR, LF or NUL and no surrounding blanks, and belong to the final response;
 *   - accepted caller headers have token names and values without CR/LF/NUL;
 *   - request header lines the transport accepts hold no CR or LF.
 */
#include "../../src/http.c"

#include "client.h"
#include "fuzz.h"

static void check_value(const amzpay_buf *b, const char *what)
{
	const char *s = amzpay_buf_cstr(b);
	size_t n = b->len;

	FUZZ_ASSERT(strlen(s) == n && !strpbrk(s, "\r\n"), "%s holds CR, LF or NUL", what);
	FUZZ_ASSERT(n == 0 || (s[0] != ' ' && s[0] != '\t' && s[n - 1] != ' ' && s[n - 1] != '\t'), "%s not trimmed: '%s'",
	            what, s);
}

static bool is_tchar(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr("!#$%&'*+-.^_`|~", c);
}

static void check_caller_headers(amzpay_header *hs, size_t count)
{
	amzpay_error err;
	size_t i;
	const char *p;

	amzpay_error_clear(&err);
	if (amzpay_headers_check(hs, count, &err) != 0) {
		FUZZ_ASSERT(err.message[0] != '\0', "header refused without a message");
		return;
	}
	for (i = 0; i < count; i++) {
		FUZZ_ASSERT(hs[i].name[0] != '\0', "empty header name accepted");
		for (p = hs[i].name; *p; p++) {
			FUZZ_ASSERT(is_tchar((unsigned char)*p), "header name byte 0x%02x accepted", (unsigned char)*p);
		}
		FUZZ_ASSERT(!strpbrk(hs[i].value, "\r\n"), "header value with CR/LF accepted");
	}
}

#define MAX_LINES 32

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	amzpay_http_response res;
	http_attempt at = {&res, false, false};
	char *lines[MAX_LINES], *colon;
	amzpay_header hs[MAX_LINES];
	struct curl_slist *sl = NULL, *l;
	amzpay_error err;
	size_t count = 0, hcount = 0, i, n;
	const uint8_t *rest = data;
	size_t rest_len = size;
	bool last_was_status = false;

	amzpay_http_response_init(&res);
	while (rest_len > 0 && count < MAX_LINES) {
		const uint8_t *line = rest;
		n = fuzz_line(line, rest_len, &rest, &rest_len);
		/* libcurl hands the callback one line including its line end */
		lines[count] = fuzz_cstr(line, n + (rest > line + n ? 1 : 0));
		FUZZ_ASSERT(http_header_cb(lines[count], 1, n + (rest > line + n ? 1 : 0), &at) ==
		                n + (rest > line + n ? 1 : 0),
		            "header callback refused a line");
		last_was_status = n >= 5 && !memcmp(line, "HTTP/", 5);
		count++;
	}
	check_value(&res.request_id, "request id");
	check_value(&res.location, "Location");
	check_value(&res.retry_after, "Retry-After");
	if (last_was_status) {
		FUZZ_ASSERT(!res.request_id.len && !res.location.len && !res.retry_after.len,
		            "headers of an earlier response kept after a new status line");
	}

	for (i = 0; i < count; i++) {
		lines[i][strcspn(lines[i], "\n")] = '\0';
		colon = strchr(lines[i], ':');
		if (colon) {
			*colon = '\0';
			hs[hcount].name = lines[i];
			hs[hcount].value = colon + 1 + strspn(colon + 1, " ");
			hcount++;
		}
	}
	check_caller_headers(hs, hcount);

	for (i = 0; i < hcount; i++) {
		char *joined = malloc(strlen(hs[i].name) + strlen(hs[i].value) + 3);
		sprintf(joined, "%s: %s", hs[i].name, hs[i].value);
		sl = curl_slist_append(sl, joined);
		free(joined);
	}
	amzpay_error_clear(&err);
	if (http_check_headers(&sl, &err) == 0) {
		for (l = sl; l; l = l->next) {
			FUZZ_ASSERT(!strpbrk(l->data, "\r\n"), "request header line with CR/LF accepted");
		}
		FUZZ_ASSERT(sl != NULL, "no Expect: line added");
	}
	curl_slist_free_all(sl);
	for (i = 0; i < count; i++) {
		free(lines[i]);
	}
	amzpay_http_response_free(&res);
	return 0;
}
