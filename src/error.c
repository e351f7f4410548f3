#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void amzpay_error_clear(amzpay_error *err)
{
	if (err) {
		memset(err, 0, sizeof(*err));
	}
}

int amzpay_error_set(amzpay_error *err, amzpay_domain domain, const char *fmt, ...)
{
	va_list ap;

	if (!err) {
		return -1;
	}
	err->domain = domain;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return -1;
}
