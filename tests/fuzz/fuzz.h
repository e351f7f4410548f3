/*
 * Shared helpers of the libFuzzer targets (tests/fuzz/fuzz_*.c).
 *
 * A target checks invariants a shop relies on and aborts when one breaks,
 * so that libFuzzer records the input as a crash. Memory errors and
 * undefined behaviour are caught by ASAN/UBSan (see Makefile).
 */
#ifndef AMZPAY_FUZZ_H
#define AMZPAY_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(cond, ...)                                                                                     \
	do {                                                                                                           \
		if (!(cond)) {                                                                                             \
			fprintf(stderr, "invariant broken at %s:%d: %s: ", __FILE__, __LINE__, #cond);                         \
			fprintf(stderr, __VA_ARGS__);                                                                          \
			fputc('\n', stderr);                                                                                   \
			abort();                                                                                               \
		}                                                                                                          \
	} while (0)

/* A NUL-terminated copy of the input (the parsers take C strings). Caller frees. */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (!s) {
		abort();
	}
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Splits off the first line (without its '\n'); *rest and *rest_len get what follows. */
static inline size_t fuzz_line(const uint8_t *data, size_t size, const uint8_t **rest, size_t *rest_len)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t n = nl ? (size_t)(nl - data) : size;

	*rest = nl ? nl + 1 : data + size;
	*rest_len = nl ? size - n - 1 : 0;
	return n;
}

/* Leading decimal number of a line (0 when none), bounded so it never overflows. */
static inline unsigned long fuzz_number(const uint8_t *s, size_t len, size_t *used)
{
	unsigned long v = 0;
	size_t i = 0;

	while (i < len && s[i] == ' ') {
		i++;
	}
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
		if (v < 100000000UL) {
			v = v * 10 + (unsigned long)(s[i] - '0');
		}
	}
	if (used) {
		*used = i;
	}
	return v;
}

/* The v2 idempotency key syntax: [A-Za-z0-9_-]{1,32}. */
static inline bool fuzz_valid_idempotency_key(const char *k)
{
	size_t n = strlen(k), i;

	if (n < 1 || n > 32) {
		return false;
	}
	for (i = 0; i < n; i++) {
		char c = k[i];
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
			return false;
		}
	}
	return true;
}

#endif
