/*
 * amzpay core: what http.c (one transfer with retries) and http_pool.c
 * (handle life cycle and the registry of persistent handles) share. Only
 * those two files include it.
 */
#ifndef AMZPAY_HTTP_PRIVATE_H
#define AMZPAY_HTTP_PRIVATE_H

#include <stdbool.h>
#include <sys/types.h>

#include "endpoint.h"
#include "http.h"

struct amzpay_http_handle {
	CURL *curl;
	pid_t pid;          /* creator; another pid must neither use nor curl_easy_cleanup() `curl` */
	char *key;          /* registry key (never holds credentials); NULL for private handles */
	bool persistent;    /* asked for persistence (key is set) */
	bool registered;    /* present in the registry array */
	bool checked_out;   /* in use by a caller; never handed out twice */
	amzpay_http_config cfg; /* copy; its string members point to the owned copies below */
	char *cabundle;
	char *proxy;
	char *proxy_userpwd; /* cleansed before free */
	char errbuf[CURL_ERROR_SIZE];
};

/* http.c */
int http_parse_url(const char *url, amzpay_url *out, amzpay_error *err);
char *http_strdup_or_null(const char *s);
void http_handle_apply_numbers(amzpay_http_handle *h, const amzpay_http_config *src);

/* http_pool.c */
int http_handle_ensure_own(amzpay_http_handle *h, amzpay_error *err);
char *http_proxy_without_userinfo(const char *proxy, const char **ui, size_t *ui_len);

#endif
