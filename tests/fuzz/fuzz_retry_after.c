/*
 * Retry-After values and the backoff computed from them (http.c statics).
 *
 * Input: line 1 "<retry_base_ms> <retry_max_ms> <retry_after_max_ms> <retry>",
 *        line 2 the Retry-After header value as the server sent it.
 * Invariants:
 *   - a parsed Retry-After is -1 (absent/unparsable) or 0..86400 s in ms;
 *   - a backoff sleep is never negative and never longer than the larger
 *     of retry_max_ms and retry_after_max_ms; without Retry-After never
 *     longer than retry_max_ms or the exponential ceiling.
 */
#include "../../src/http.c"

#include "fuzz.h"

/* A leading decimal number, saturating at LONG_MAX (config values may be anything a caller passes). */
static long big_number(const uint8_t *s, size_t len, size_t *used)
{
	long v = 0;
	size_t i = 0;

	while (i < len && s[i] == ' ') {
		i++;
	}
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
		int d = s[i] - '0';
		v = v > (LONG_MAX - d) / 10 ? LONG_MAX : v * 10 + d;
	}
	*used = i;
	return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	amzpay_http_config cfg;
	amzpay_buf value = AMZPAY_BUF_INIT;
	const uint8_t *rest, *line2, *p;
	size_t rest_len, n, used, total = 0;
	long nums[4] = {0, 0, 0, 0};
	long ra, sleep_ms, limit;
	int i;

	n = fuzz_line(data, size, &rest, &rest_len);
	for (i = 0, p = data; i < 4; i++) {
		nums[i] = big_number(p, n - total, &used);
		p += used;
		total += used;
	}
	amzpay_http_config_defaults(&cfg);
	cfg.retry_base_ms = nums[0];
	cfg.retry_max_ms = nums[1];
	cfg.retry_after_max_ms = nums[2];

	line2 = rest;
	n = fuzz_line(line2, rest_len, &rest, &rest_len);
	amzpay_buf_append(&value, line2, n);
	ra = http_retry_after_ms(&value);
	FUZZ_ASSERT(ra == -1 || (ra >= 0 && ra <= AMZPAY_HTTP_RETRY_AFTER_CLAMP_S * 1000), "Retry-After %ld ms", ra);

	sleep_ms = http_backoff_ms(&cfg, (int)(nums[3] % 64), ra);
	limit = cfg.retry_max_ms > cfg.retry_after_max_ms ? cfg.retry_max_ms : cfg.retry_after_max_ms;
	FUZZ_ASSERT(sleep_ms >= 0 && sleep_ms <= limit, "backoff %ld ms (limit %ld)", sleep_ms, limit);
	if (ra < 0) {
		FUZZ_ASSERT(sleep_ms <= cfg.retry_max_ms, "backoff %ld ms above retry_max_ms %ld", sleep_ms,
		            cfg.retry_max_ms);
	}
	amzpay_buf_free(&value);
	return 0;
}
