/*
 * amzpay core: error reporting.
 *
 * Every fallible core function takes an `amzpay_error *` as its last
 * argument and returns 0 on success, -1 on failure (or NULL for
 * constructors). The glue layer maps `domain` to a PHP exception class in
 * one place (amzpay_exceptions.c). Messages never contain key material.
 */
#ifndef AMZPAY_ERROR_H
#define AMZPAY_ERROR_H

#include <stddef.h>

typedef enum {
	AMZPAY_OK = 0,
	AMZPAY_ERR_CONFIG,    /* bad client configuration (region, algorithm, endpoint...) */
	AMZPAY_ERR_ARGUMENT,  /* bad call argument: id, header value, amount...             */
	AMZPAY_ERR_KEY,       /* private key unreadable, malformed, wrong passphrase       */
	AMZPAY_ERR_SIGN,      /* OpenSSL failed while signing                              */
	AMZPAY_ERR_TRANSPORT, /* connection refused/reset, DNS, proxy                      */
	AMZPAY_ERR_TIMEOUT,   /* connect or total timeout                                  */
	AMZPAY_ERR_TLS,       /* certificate or hostname verification failed              */
	AMZPAY_ERR_HTTP,      /* HTTP status error after retries (legacy bridge)           */
	AMZPAY_ERR_PARSE,     /* malformed JSON or XML                                     */
	AMZPAY_ERR_STATE,     /* state machine refused an operation                        */
	AMZPAY_ERR_MEMORY
} amzpay_domain;

#define AMZPAY_ERROR_MESSAGE_MAX 512

/*
 * Facts about a failure that callers act on. They are set by the layer that
 * knows them (the transport for the outcome) and never derived from the text.
 *   OUTCOME_UNKNOWN  a request that changes state may have reached the server
 *                    and been processed; retry only with the same idempotency
 *                    key. Clear only when no attempt can have reached it
 *                    (refused before connecting, DNS, TLS, throttled).
 */
#define AMZPAY_ERRF_OUTCOME_UNKNOWN 0x1u

typedef struct {
	amzpay_domain domain;
	int code;         /* domain specific (curl code, HTTP status...) or 0 */
	long http_status; /* last HTTP status seen, 0 when none               */
	unsigned flags;   /* AMZPAY_ERRF_*                                    */
	char message[AMZPAY_ERROR_MESSAGE_MAX];
} amzpay_error;

void amzpay_error_clear(amzpay_error *err);

/* printf-style; truncates silently at AMZPAY_ERROR_MESSAGE_MAX. Always returns -1 so callers can
 * `return amzpay_error_set(...)`. `err` may be NULL. */
int amzpay_error_set(amzpay_error *err, amzpay_domain domain, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

#endif
