/*
 * amzpay core: growable byte buffer (the core's smart_str).
 *
 * The buffer owns `data` (malloc); it is always NUL-terminated once
 * anything has been appended, so `data` can be used as a C string when the
 * content has no NUL byte. amzpay_buf_free() releases it; amzpay_buf_cleanse()
 * zeroes it first (use for anything that held key material).
 */
#ifndef AMZPAY_BUF_H
#define AMZPAY_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
	char *data;
	size_t len;
	size_t cap;
	bool failed; /* an allocation failed; further appends are no-ops */
} amzpay_buf;

#define AMZPAY_BUF_INIT {NULL, 0, 0, false}

bool amzpay_buf_reserve(amzpay_buf *b, size_t extra);
void amzpay_buf_append(amzpay_buf *b, const void *data, size_t len);
void amzpay_buf_appends(amzpay_buf *b, const char *s);
void amzpay_buf_appendc(amzpay_buf *b, char c);
void amzpay_buf_appendf(amzpay_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* lowercase hex of `len` bytes */
void amzpay_buf_append_hex(amzpay_buf *b, const unsigned char *bytes, size_t len);
/* C string view: "" when empty, never NULL */
const char *amzpay_buf_cstr(const amzpay_buf *b);
void amzpay_buf_reset(amzpay_buf *b);
void amzpay_buf_free(amzpay_buf *b);
void amzpay_buf_cleanse(amzpay_buf *b);
/* Overwrites `len` bytes with zeros in a way the compiler cannot drop (key material). */
void amzpay_cleanse(void *p, size_t len);
/* Hands ownership of the data to the caller (malloc'd, NUL-terminated, never NULL unless failed). */
char *amzpay_buf_detach(amzpay_buf *b, size_t *len);

#endif
