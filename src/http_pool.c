/*
 * amzpay core: curl handles and the per-process pool of persistent ones
 * (contract in http.h: amzpay_http_acquire/release).
 *
 * Persistence: the pool is one of the two pieces of process-wide state of
 * the core (the other is the key cache, key.c). Both are capped and locked
 * with a pthread mutex: at most AMZPAY_HTTP_REGISTRY_MAX idle handles are
 * kept (a handle released when the pool is full is destroyed), entries are
 * keyed by connection settings and pid, and a forked child never touches
 * its parent's handles.
 */
#if !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* strdup under -std=c11 */
#endif
#include "http_private.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

/* ------------------------------------------------------------------------ */
/* registry key                                                              */
/* ------------------------------------------------------------------------ */

/*
 * The proxy as libcurl reaches it, "scheme://host:port" without credentials,
 * parsed by libcurl's own URL parser (as CURLOPT_PROXY is), so that no
 * spelling of "user:pass@" can leave a credential in the key. *ui / *ui_len
 * span the user-info libcurl found ("user:password", as written in the
 * string) for the digest and for masking messages; when libcurl cannot parse
 * the string (the key is then "?") they span all of it.
 */
char *http_proxy_without_userinfo(const char *proxy, const char **ui, size_t *ui_len)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *port = NULL, *user = NULL, *password = NULL, *out = NULL;
	amzpay_buf needle = AMZPAY_BUF_INIT;
	bool parsed;

	parsed = u && curl_url_set(u, CURLUPART_URL, proxy, CURLU_GUESS_SCHEME | CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
	         curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
	         curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
	         curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK && scheme && host && port;
	*ui = NULL;
	*ui_len = 0;
	if (parsed) {
		curl_url_get(u, CURLUPART_USER, &user, 0);
		curl_url_get(u, CURLUPART_PASSWORD, &password, 0);
		if (user || password) {
			amzpay_buf_appendf(&needle, "%s%s%s", user ? user : "", password ? ":" : "", password ? password : "");
			*ui = needle.len ? strstr(proxy, amzpay_buf_cstr(&needle)) : NULL;
			*ui_len = *ui ? needle.len : 0;
			if (!*ui) { /* not found verbatim: treat the whole string as secret */
				*ui = proxy;
				*ui_len = strlen(proxy);
			}
		}
	} else {
		*ui = proxy;
		*ui_len = strlen(proxy);
	}
	if (!parsed) {
		out = strdup("?");
	} else if ((out = malloc(strlen(scheme) + strlen(host) + strlen(port) + 5)) != NULL) {
		sprintf(out, "%s://%s:%s", scheme, host, port);
	}
	amzpay_buf_free(&needle);
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_free(user);
	curl_free(password);
	curl_url_cleanup(u);
	return out;
}

/* SHA-256 hex of the proxy credentials (separate field + URL userinfo), or "-" when there are none. */
static int http_credentials_digest(const char *userpwd, const char *ui, size_t ui_len, amzpay_buf *out)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int md_len = 0;
	EVP_MD_CTX *ctx;
	int ok;

	if (!userpwd && !ui) {
		amzpay_buf_appendc(out, '-');
		return 0;
	}
	ctx = EVP_MD_CTX_new();
	if (!ctx) {
		return -1;
	}
	ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1 &&
	     EVP_DigestUpdate(ctx, userpwd ? userpwd : "", userpwd ? strlen(userpwd) : 0) == 1 &&
	     EVP_DigestUpdate(ctx, "\n", 1) == 1 && EVP_DigestUpdate(ctx, ui ? ui : "", ui_len) == 1 &&
	     EVP_DigestFinal_ex(ctx, md, &md_len) == 1;
	EVP_MD_CTX_free(ctx);
	if (!ok) {
		return -1;
	}
	amzpay_buf_append_hex(out, md, md_len);
	OPENSSL_cleanse(md, sizeof(md));
	return 0;
}

/*
 * "<pid>|<scheme>://<host>:<port>|ca=<len>:<path>|proxy=<len>:<proxy>|auth=<sha256 hex or ->", the
 * origin as amzpay_url_append_origin() writes it (the endpoint parser decides scheme, host and port).
 * Lengths make the free-form parts unambiguous. Timeouts and retry settings
 * are deliberately not part of the key: they are applied on every acquire.
 */
static char *http_registry_key(const amzpay_http_config *cfg, const amzpay_url *u, amzpay_error *err)
{
	amzpay_buf key = AMZPAY_BUF_INIT;
	char *proxy = NULL;
	const char *cabundle = (cfg->cabundle && *cfg->cabundle) ? cfg->cabundle : "";
	const char *userpwd = (cfg->proxy_userpwd && *cfg->proxy_userpwd) ? cfg->proxy_userpwd : NULL;
	const char *ui = NULL;
	size_t ui_len = 0;
	int rc = -1;

	if (cfg->proxy && *cfg->proxy) {
		proxy = http_proxy_without_userinfo(cfg->proxy, &ui, &ui_len);
		if (!proxy) {
			amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
			goto done;
		}
	}
	amzpay_buf_appendf(&key, "%ld|", (long)getpid());
	amzpay_url_append_origin(u, &key);
	amzpay_buf_appendf(&key, "|ca=%zu:%s|proxy=%zu:%s|auth=", strlen(cabundle), cabundle, proxy ? strlen(proxy) : 0,
	                   proxy ? proxy : "");
	if (http_credentials_digest(userpwd, ui, ui_len, &key) != 0 || key.failed) {
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Could not build the connection key");
		goto done;
	}
	rc = 0;
done:
	free(proxy);
	if (rc != 0) {
		amzpay_buf_free(&key);
		return NULL;
	}
	return amzpay_buf_detach(&key, NULL);
}

/* ------------------------------------------------------------------------ */
/* handle life cycle                                                         */
/* ------------------------------------------------------------------------ */

static void http_free_strings(amzpay_http_handle *h)
{
	if (h->proxy_userpwd) {
		OPENSSL_cleanse(h->proxy_userpwd, strlen(h->proxy_userpwd));
	}
	free(h->proxy_userpwd);
	free(h->proxy);
	free(h->cabundle);
	free(h->key);
}

/*
 * Frees the handle. The CURL handle (and with it the sockets and TLS sessions
 * it caches) is only cleaned up by the process that created it: in a forked
 * child those connections are shared with the parent, and a TLS close_notify
 * or a reused session would corrupt the parent's stream. The child just
 * forgets (leaks) its copy.
 */
static void http_handle_destroy(amzpay_http_handle *h)
{
	if (h->curl && h->pid == getpid()) {
		curl_easy_cleanup(h->curl);
	}
	http_free_strings(h);
	free(h);
}

static amzpay_http_handle *http_handle_new(const amzpay_http_config *cfg, amzpay_error *err)
{
	amzpay_http_handle *h = calloc(1, sizeof(*h));

	if (!h) {
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
		return NULL;
	}
	h->pid = getpid();
	h->cabundle = http_strdup_or_null(cfg->cabundle);
	h->proxy = http_strdup_or_null(cfg->proxy);
	h->proxy_userpwd = http_strdup_or_null(cfg->proxy_userpwd);
	h->curl = curl_easy_init();
	if (!h->curl || (cfg->cabundle && *cfg->cabundle && !h->cabundle) || (cfg->proxy && *cfg->proxy && !h->proxy) ||
	    (cfg->proxy_userpwd && *cfg->proxy_userpwd && !h->proxy_userpwd)) {
		http_handle_destroy(h);
		amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Could not create a curl handle");
		return NULL;
	}
	http_handle_apply_numbers(h, cfg);
	h->cfg.cabundle = h->cabundle;
	h->cfg.proxy = h->proxy;
	h->cfg.proxy_userpwd = h->proxy_userpwd;
	return h;
}

/*
 * A handle used in a process other than its creator (a private handle kept
 * across fork()) gets a fresh CURL handle; the inherited one is forgotten.
 */
int http_handle_ensure_own(amzpay_http_handle *h, amzpay_error *err)
{
	pid_t pid = getpid();

	if (h->pid == pid) {
		return 0;
	}
	h->curl = curl_easy_init(); /* the old pointer is intentionally leaked, see http_handle_destroy() */
	h->pid = pid;
	if (!h->curl) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Could not create a curl handle");
	}
	return 0;
}

/* ------------------------------------------------------------------------ */
/* registry of persistent handles                                            */
/* ------------------------------------------------------------------------ */

/*
 * Process-wide, shared by all threads (ZTS), hence the mutex. Entries created
 * by another pid (we are a forked child) are dropped on the next access:
 * idle ones are freed without touching their CURL handle, checked-out ones
 * are only unregistered so that their holder's release forgets them.
 */
static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static amzpay_http_handle **registry;
static size_t registry_len;
static size_t registry_cap;

static void registry_remove_at(size_t i)
{
	registry[i]->registered = false;
	registry[i] = registry[--registry_len];
}

static void registry_remove(amzpay_http_handle *h)
{
	size_t i;

	for (i = 0; i < registry_len; i++) {
		if (registry[i] == h) {
			registry_remove_at(i);
			return;
		}
	}
}

static void registry_drop_foreign(pid_t pid)
{
	size_t i = 0;

	while (i < registry_len) {
		amzpay_http_handle *h = registry[i];

		if (h->pid == pid) {
			i++;
			continue;
		}
		registry_remove_at(i);
		if (!h->checked_out) {
			http_handle_destroy(h); /* pid differs: curl handle is not cleaned up */
		}
	}
}

static bool registry_add(amzpay_http_handle *h)
{
	if (registry_len >= AMZPAY_HTTP_REGISTRY_MAX) {
		return false;
	}
	if (registry_len == registry_cap) {
		size_t cap = registry_cap ? registry_cap * 2 : 8;
		amzpay_http_handle **p = realloc(registry, cap * sizeof(*p));

		if (!p) {
			return false;
		}
		registry = p;
		registry_cap = cap;
	}
	registry[registry_len++] = h;
	h->registered = true;
	return true;
}

static amzpay_http_handle *registry_checkout(const char *key, pid_t pid)
{
	size_t i;

	for (i = 0; i < registry_len; i++) {
		amzpay_http_handle *h = registry[i];

		if (!h->checked_out && h->pid == pid && strcmp(h->key, key) == 0) {
			h->checked_out = true;
			return h;
		}
	}
	return NULL;
}

static amzpay_http_handle *http_acquire_persistent(const amzpay_http_config *cfg, const amzpay_url *u,
                                                   amzpay_error *err)
{
	amzpay_http_handle *h;
	char *key = http_registry_key(cfg, u, err);
	pid_t pid = getpid();

	if (!key) {
		return NULL;
	}
	pthread_mutex_lock(&registry_lock);
	registry_drop_foreign(pid);
	h = registry_checkout(key, pid);
	if (h) {
		/* Same connection settings; timeouts and retry policy follow the caller's config. */
		http_handle_apply_numbers(h, cfg);
		free(key);
	} else if ((h = http_handle_new(cfg, err)) != NULL) {
		h->key = key;
		h->persistent = true;
		h->checked_out = true;
		registry_add(h); /* when full, the handle stays unregistered and release destroys it */
	} else {
		free(key);
	}
	pthread_mutex_unlock(&registry_lock);
	return h;
}

amzpay_http_handle *amzpay_http_acquire(const amzpay_http_config *cfg, const char *url, amzpay_error *err)
{
	amzpay_http_config defaults;
	amzpay_http_handle *h;
	amzpay_url u;

	if (!cfg) {
		amzpay_http_config_defaults(&defaults);
		cfg = &defaults;
	}
	if (http_parse_url(url, &u, err) != 0) {
		return NULL;
	}
	if (cfg->persistent) {
		h = http_acquire_persistent(cfg, &u, err);
	} else {
		h = http_handle_new(cfg, err);
	}
	return h;
}

void amzpay_http_release(amzpay_http_handle *h)
{
	bool keep;

	if (!h) {
		return;
	}
	pthread_mutex_lock(&registry_lock);
	keep = h->registered && h->pid == getpid();
	if (keep) {
		h->checked_out = false; /* send() already dropped its pointers into the caller's memory */
	} else if (h->registered) {
		/* Checked out before a fork and released in the child: forget it, registry entry included. */
		registry_remove(h);
	}
	pthread_mutex_unlock(&registry_lock);
	if (!keep) {
		http_handle_destroy(h);
	}
}

void amzpay_http_registry_shutdown(void)
{
	size_t i;

	pthread_mutex_lock(&registry_lock);
	for (i = 0; i < registry_len; i++) {
		amzpay_http_handle *h = registry[i];

		h->registered = false;
		/* A handle still checked out is destroyed by its holder's release. */
		if (!h->checked_out) {
			http_handle_destroy(h); /* cleans up curl only when h->pid == pid */
		}
	}
	free(registry);
	registry = NULL;
	registry_len = registry_cap = 0;
	pthread_mutex_unlock(&registry_lock);
}

size_t amzpay_http_registry_size(void)
{
	pid_t pid = getpid();
	size_t i, n = 0;

	pthread_mutex_lock(&registry_lock);
	for (i = 0; i < registry_len; i++) {
		n += registry[i]->pid == pid;
	}
	pthread_mutex_unlock(&registry_lock);
	return n;
}

const char *amzpay_http_handle_key(const amzpay_http_handle *h)
{
	return (h && h->key) ? h->key : "";
}

