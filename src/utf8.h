/* amzpay core: the one UTF-8 decoder (strict: no overlongs, surrogates or code points past U+10FFFF). */
#ifndef AMZPAY_UTF8_H
#define AMZPAY_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the sequence at s[0..len): its length with *cp set, or 0 when it is invalid or truncated (len > 0). */
size_t amzpay_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);
/* Number of code points in s[0..len), or (size_t)-1 when it is not valid UTF-8. */
size_t amzpay_utf8_length(const char *s, size_t len);

#endif
