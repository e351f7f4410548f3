#include "buf.h"

#include <openssl/crypto.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool amzpay_buf_reserve(amzpay_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (b->failed) {
		return false;
	}
	if (extra > ((size_t)-1) / 2 - b->len) {
		b->failed = true;
		return false;
	}
	need = b->len + extra + 1;
	if (need <= b->cap) {
		return true;
	}
	cap = b->cap ? b->cap : 64;
	while (cap < need) {
		cap *= 2;
	}
	p = realloc(b->data, cap);
	if (!p) {
		b->failed = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void amzpay_buf_append(amzpay_buf *b, const void *data, size_t len)
{
	if (!amzpay_buf_reserve(b, len)) {
		return;
	}
	if (len) {
		memcpy(b->data + b->len, data, len);
	}
	b->len += len;
	b->data[b->len] = '\0';
}

void amzpay_buf_appends(amzpay_buf *b, const char *s)
{
	amzpay_buf_append(b, s, strlen(s));
}

void amzpay_buf_appendc(amzpay_buf *b, char c)
{
	amzpay_buf_append(b, &c, 1);
}

void amzpay_buf_appendf(amzpay_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !amzpay_buf_reserve(b, (size_t)n)) {
		b->failed = true;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void amzpay_buf_append_hex(amzpay_buf *b, const unsigned char *bytes, size_t len)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	if (!amzpay_buf_reserve(b, len * 2)) {
		return;
	}
	for (i = 0; i < len; i++) {
		b->data[b->len++] = digits[bytes[i] >> 4];
		b->data[b->len++] = digits[bytes[i] & 0x0f];
	}
	b->data[b->len] = '\0';
}

const char *amzpay_buf_cstr(const amzpay_buf *b)
{
	return b->data ? b->data : "";
}

void amzpay_buf_reset(amzpay_buf *b)
{
	b->len = 0;
	if (b->data) {
		b->data[0] = '\0';
	}
}

void amzpay_buf_free(amzpay_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = false;
}

void amzpay_buf_cleanse(amzpay_buf *b)
{
	if (b->data) {
		OPENSSL_cleanse(b->data, b->cap);
	}
	amzpay_buf_free(b);
}

char *amzpay_buf_detach(amzpay_buf *b, size_t *len)
{
	char *p;

	if (b->failed) {
		amzpay_buf_free(b);
		return NULL;
	}
	if (!b->data && !amzpay_buf_reserve(b, 0)) {
		return NULL;
	}
	if (b->len == 0) {
		b->data[0] = '\0';
	}
	p = b->data;
	if (len) {
		*len = b->len;
	}
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void amzpay_cleanse(void *p, size_t len)
{
	OPENSSL_cleanse(p, len);
}
