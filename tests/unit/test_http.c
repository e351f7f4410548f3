/*
 * Unit tests of src/http.c against scripted loopback servers run in a thread
 * of this process: a plain HTTP/1.1 server (poll-based, several keep-alive
 * connections) and a one-connection-at-a-time TLS server with a self-signed
 * certificate generated at start. Nothing leaves 127.0.0.1.
 */
#include "endpoint.h"
#include "http.h"
#include "unit.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#define SRV_MAX_STEPS 16
#define SRV_MAX_REQS 16
#define SRV_MAX_CONNS 16
#define SRV_BUF 65536

/* ------------------------------------------------------------------------ */
/* scripted plain HTTP server                                                */
/* ------------------------------------------------------------------------ */

typedef struct {
	int status;
	const char *headers; /* extra header lines, each ending in "\r\n" */
	const char *body;
	int stall_ms;        /* wait this long before answering */
	bool reset;          /* read the request, then close with RST and no response */
	size_t big_body;     /* answer with this many bytes of 'x' instead of body */
} srv_step;

typedef struct {
	char method[16];
	char target[512];
	char headers[4096]; /* raw header lines after the request line */
	char body[8192];
	size_t body_len;
} srv_request;

typedef struct {
	int fd;
	char buf[SRV_BUF];
	size_t len;
} srv_conn;

typedef struct {
	int lfd;
	int port;
	pthread_t thread;
	pthread_mutex_t mu;
	bool stop;
	srv_step steps[SRV_MAX_STEPS];
	int nsteps;
	int next_step;
	int connections;
	int nrequests;
	srv_request reqs[SRV_MAX_REQS];
	srv_conn conns[SRV_MAX_CONNS];
} srv;

static bool srv_stopping(srv *s)
{
	bool stop;

	pthread_mutex_lock(&s->mu);
	stop = s->stop;
	pthread_mutex_unlock(&s->mu);
	return stop;
}

static int srv_connections(srv *s)
{
	int n;

	pthread_mutex_lock(&s->mu);
	n = s->connections;
	pthread_mutex_unlock(&s->mu);
	return n;
}

static int srv_requests(srv *s)
{
	int n;

	pthread_mutex_lock(&s->mu);
	n = s->nrequests;
	pthread_mutex_unlock(&s->mu);
	return n;
}

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

	nanosleep(&ts, NULL);
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int listen_loopback(int *port)
{
	struct sockaddr_in a;
	socklen_t alen = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;

	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(fd, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(fd, 16) != 0) {
		close(fd);
		return -1;
	}
	getsockname(fd, (struct sockaddr *)&a, &alen);
	*port = ntohs(a.sin_port);
	return fd;
}

/* A loopback port nobody listens on: bind, read the port, close. */
static int refused_port(void)
{
	int port = 0, fd = listen_loopback(&port);

	close(fd);
	return port;
}

static void send_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = send(fd, p, n, MSG_NOSIGNAL);

		if (w <= 0) {
			return;
		}
		p += w;
		n -= (size_t)w;
	}
}

static void srv_close_conn(srv_conn *c, bool rst)
{
	if (rst) {
		struct linger lg = {1, 0};

		setsockopt(c->fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	}
	close(c->fd);
	c->fd = -1;
	c->len = 0;
}

static void srv_respond(srv *s, srv_conn *c, const srv_step *st)
{
	char head[2048];
	const char *body = st->body ? st->body : "";
	size_t blen = st->big_body ? st->big_body : strlen(body);
	int n;

	n = snprintf(head, sizeof(head), "HTTP/1.1 %d Scripted\r\nContent-Length: %zu\r\n%s\r\n", st->status, blen,
	             st->headers ? st->headers : "");
	send_all(c->fd, head, (size_t)n);
	if (st->big_body) {
		static char chunk[65536];
		size_t left = blen;

		memset(chunk, 'x', sizeof(chunk));
		while (left > 0 && !srv_stopping(s)) {
			size_t k = left < sizeof(chunk) ? left : sizeof(chunk);
			ssize_t w = send(c->fd, chunk, k, MSG_NOSIGNAL);

			if (w <= 0) {
				break;
			}
			left -= (size_t)w;
		}
	} else {
		send_all(c->fd, body, blen);
	}
}

static void srv_record(srv *s, const char *req, size_t head_len, const char *body, size_t body_len)
{
	srv_request *r;
	const char *line_end = strstr(req, "\r\n");
	size_t hl;

	pthread_mutex_lock(&s->mu);
	if (s->nrequests < SRV_MAX_REQS) {
		r = &s->reqs[s->nrequests];
		memset(r, 0, sizeof(*r));
		sscanf(req, "%15s %511s", r->method, r->target);
		hl = head_len - (size_t)(line_end + 2 - req);
		if (hl >= sizeof(r->headers)) {
			hl = sizeof(r->headers) - 1;
		}
		memcpy(r->headers, line_end + 2, hl);
		r->body_len = body_len < sizeof(r->body) ? body_len : sizeof(r->body) - 1;
		memcpy(r->body, body, r->body_len);
	}
	s->nrequests++;
	pthread_mutex_unlock(&s->mu);
}

static srv_step srv_next_step(srv *s)
{
	srv_step st = {200, NULL, "{}", 0, false, 0};

	pthread_mutex_lock(&s->mu);
	if (s->next_step < s->nsteps) {
		st = s->steps[s->next_step++];
	}
	pthread_mutex_unlock(&s->mu);
	return st;
}

/* Handles every complete request in the connection's buffer. Returns false once the connection is gone. */
static bool srv_process(srv *s, srv_conn *c)
{
	for (;;) {
		char *end, *cl;
		size_t head_len, body_len = 0, total;
		srv_step st;

		c->buf[c->len] = '\0';
		end = strstr(c->buf, "\r\n\r\n");
		if (!end) {
			return true;
		}
		head_len = (size_t)(end - c->buf) + 4;
		cl = strcasestr(c->buf, "\r\ncontent-length:");
		if (cl && cl < end) {
			body_len = (size_t)strtoul(cl + 17, NULL, 10);
		}
		total = head_len + body_len;
		if (c->len < total) {
			return true;
		}
		srv_record(s, c->buf, head_len, c->buf + head_len, body_len);
		st = srv_next_step(s);
		for (int waited = 0; waited < st.stall_ms && !srv_stopping(s); waited += 10) {
			sleep_ms(10);
		}
		if (st.reset) {
			srv_close_conn(c, true);
			return false;
		}
		srv_respond(s, c, &st);
		memmove(c->buf, c->buf + total, c->len - total);
		c->len -= total;
	}
}

static void srv_accept(srv *s)
{
	int fd = accept(s->lfd, NULL, NULL);

	if (fd < 0) {
		return;
	}
	pthread_mutex_lock(&s->mu);
	s->connections++;
	pthread_mutex_unlock(&s->mu);
	for (int i = 0; i < SRV_MAX_CONNS; i++) {
		if (s->conns[i].fd < 0) {
			s->conns[i].fd = fd;
			s->conns[i].len = 0;
			return;
		}
	}
	close(fd);
}

static void srv_read(srv *s, srv_conn *c)
{
	ssize_t n = recv(c->fd, c->buf + c->len, SRV_BUF - 1 - c->len, 0);

	if (n <= 0) {
		srv_close_conn(c, false);
		return;
	}
	c->len += (size_t)n;
	srv_process(s, c);
}

static void *srv_main(void *arg)
{
	srv *s = arg;

	while (!srv_stopping(s)) {
		struct pollfd p[1 + SRV_MAX_CONNS];
		int idx[1 + SRV_MAX_CONNS], n = 1;

		p[0].fd = s->lfd;
		p[0].events = POLLIN;
		for (int i = 0; i < SRV_MAX_CONNS; i++) {
			if (s->conns[i].fd >= 0) {
				p[n].fd = s->conns[i].fd;
				p[n].events = POLLIN;
				idx[n++] = i;
			}
		}
		if (poll(p, (nfds_t)n, 20) <= 0) {
			continue;
		}
		if (p[0].revents & POLLIN) {
			srv_accept(s);
		}
		for (int k = 1; k < n; k++) {
			if (p[k].revents & (POLLIN | POLLHUP | POLLERR)) {
				srv_read(s, &s->conns[idx[k]]);
			}
		}
	}
	return NULL;
}

/* Starts a server answering with `steps` in order, then 200 "{}" for anything further. */
static srv *srv_start(const srv_step *steps, int nsteps)
{
	srv *s = calloc(1, sizeof(*s));

	pthread_mutex_init(&s->mu, NULL);
	for (int i = 0; i < SRV_MAX_CONNS; i++) {
		s->conns[i].fd = -1;
	}
	for (int i = 0; i < nsteps && i < SRV_MAX_STEPS; i++) {
		s->steps[i] = steps[i];
	}
	s->nsteps = nsteps;
	s->lfd = listen_loopback(&s->port);
	pthread_create(&s->thread, NULL, srv_main, s);
	return s;
}

static void srv_stop(srv *s)
{
	pthread_mutex_lock(&s->mu);
	s->stop = true;
	pthread_mutex_unlock(&s->mu);
	pthread_join(s->thread, NULL);
	for (int i = 0; i < SRV_MAX_CONNS; i++) {
		if (s->conns[i].fd >= 0) {
			close(s->conns[i].fd);
		}
	}
	close(s->lfd);
	pthread_mutex_destroy(&s->mu);
	free(s);
}

/* Value of header `name` in a recorded request (copied into `out`), or NULL. */
static const char *srv_header(const srv_request *r, const char *name, char *out, size_t out_len)
{
	size_t nlen = strlen(name);
	const char *p = r->headers;

	while (*p) {
		const char *eol = strstr(p, "\r\n");
		size_t len = eol ? (size_t)(eol - p) : strlen(p);

		if (len > nlen && p[nlen] == ':' && strncasecmp(p, name, nlen) == 0) {
			const char *v = p + nlen + 1;
			size_t vlen;

			while (*v == ' ') {
				v++;
			}
			vlen = (size_t)(p + len - v);
			if (vlen >= out_len) {
				vlen = out_len - 1;
			}
			memcpy(out, v, vlen);
			out[vlen] = '\0';
			return out;
		}
		p += len + (eol ? 2 : 0);
	}
	return NULL;
}

static void srv_url(srv *s, const char *path, char *out, size_t len)
{
	snprintf(out, len, "http://127.0.0.1:%d%s", s->port, path);
}

/* ------------------------------------------------------------------------ */
/* request helpers                                                           */
/* ------------------------------------------------------------------------ */

typedef struct {
	int calls;
	int attempts[32];
	const char *idempotency_key; /* NULL: none */
	const char *extra;           /* an extra header line, may be malformed on purpose */
	int fail_at;                 /* attempt at which to fail, -1 never */
} prep_ctx;

static int test_prepare(void *ctx, int attempt, struct curl_slist **headers, amzpay_error *err)
{
	prep_ctx *p = ctx;
	char line[128];

	if (p->calls < 32) {
		p->attempts[p->calls] = attempt;
	}
	p->calls++;
	if (attempt == p->fail_at) {
		return amzpay_error_set(err, AMZPAY_ERR_SIGN, "signing failed on purpose");
	}
	snprintf(line, sizeof(line), "x-amz-pay-date: attempt-%d", attempt);
	*headers = curl_slist_append(*headers, line);
	snprintf(line, sizeof(line), "Authorization: AMZN-PAY-RSASSA-PSS Signature=topsecret%d", attempt);
	*headers = curl_slist_append(*headers, line);
	*headers = curl_slist_append(*headers, "Content-Type: application/json");
	if (p->idempotency_key) {
		snprintf(line, sizeof(line), "x-amz-pay-idempotency-key: %s", p->idempotency_key);
		*headers = curl_slist_append(*headers, line);
	}
	if (p->extra) {
		*headers = curl_slist_append(*headers, p->extra);
	}
	return 0;
}

static long recorded_sleeps[64];
static int nrecorded_sleeps;

static void record_sleep(long ms)
{
	if (nrecorded_sleeps < 64) {
		recorded_sleeps[nrecorded_sleeps] = ms;
	}
	nrecorded_sleeps++;
}

static void reset_sleeps(void)
{
	nrecorded_sleeps = 0;
	amzpay_http_set_sleep(record_sleep);
}

static amzpay_http_config test_config(void)
{
	amzpay_http_config cfg;

	amzpay_http_config_defaults(&cfg);
	cfg.connect_timeout_ms = 2000;
	cfg.timeout_ms = 10000;
	return cfg;
}

/* One send on a fresh private handle. */
static int send_once(const amzpay_http_config *cfg, const char *method, const char *url, const char *body,
                     bool idempotent, prep_ctx *p, amzpay_http_response *res, amzpay_error *err)
{
	amzpay_http_request req = {method, url, body, body ? strlen(body) : 0, idempotent, test_prepare, p};
	amzpay_http_handle *h = amzpay_http_acquire(cfg, url, err);
	int rc;

	if (!h) {
		return -2;
	}
	rc = amzpay_http_send(h, &req, res, err);
	amzpay_http_release(h);
	return rc;
}

static bool contains(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

/* ------------------------------------------------------------------------ */
/* retries                                                                   */
/* ------------------------------------------------------------------------ */

UNIT_TEST(test_retryable_status_then_success)
{
	static const long statuses[] = {408, 425, 429, 500, 502, 503, 504};

	for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
		srv_step steps[] = {{(int)statuses[i], NULL, "{\"reasonCode\":\"x\"}", 0, false, 0},
		                    {201, "x-amz-pay-request-id: req-2\r\n", "{\"ok\":true}", 0, false, 0}};
		srv *s = srv_start(steps, 2);
		amzpay_http_config cfg = test_config();
		prep_ctx p = {0, {0}, "idem-key-123", NULL, -1};
		amzpay_http_response res;
		amzpay_error err;
		char url[128], v0[128], v1[128], d0[64], d1[64];
		int rc;

		reset_sleeps();
		amzpay_http_response_init(&res);
		srv_url(s, "/v2/charges", url, sizeof(url));
		rc = send_once(&cfg, "POST", url, "{\"a\":1}", true, &p, &res, &err);
		CHECK(rc == 0);
		CHECK(res.status == 201);
		CHECK(res.retries == 1);
		CHECK_STR(amzpay_buf_cstr(&res.request_id), "req-2");
		CHECK_STR(amzpay_buf_cstr(&res.body), "{\"ok\":true}");
		CHECK(p.calls == 2 && p.attempts[0] == 0 && p.attempts[1] == 1);
		CHECK(nrecorded_sleeps == 1);
		CHECK(srv_requests(s) == 2);
		CHECK_STR(srv_header(&s->reqs[0], "x-amz-pay-idempotency-key", v0, sizeof(v0)), "idem-key-123");
		CHECK_STR(srv_header(&s->reqs[1], "x-amz-pay-idempotency-key", v1, sizeof(v1)), "idem-key-123");
		/* re-prepared (re-signed) per attempt */
		CHECK_STR(srv_header(&s->reqs[0], "x-amz-pay-date", d0, sizeof(d0)), "attempt-0");
		CHECK_STR(srv_header(&s->reqs[1], "x-amz-pay-date", d1, sizeof(d1)), "attempt-1");
		CHECK_STR(s->reqs[1].body, "{\"a\":1}");
		CHECK(res.connections_opened >= 1);
		amzpay_http_response_free(&res);
		srv_stop(s);
	}
}

UNIT_TEST(test_retry_after_honoured_and_capped)
{
	srv_step steps[] = {{503, "Retry-After: 2\r\n", "", 0, false, 0},
	                    {429, "retry-after: 120\r\n", "", 0, false, 0},
	                    {200, NULL, "{}", 0, false, 0}};
	srv *s = srv_start(steps, 3);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, "k", NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	cfg.retry_after_max_ms = 5000;
	cfg.timeout_ms = 60000; /* the recorded sleeps do not consume real time */
	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/", url, sizeof(url));
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == 0);
	CHECK(res.status == 200 && res.retries == 2);
	CHECK(nrecorded_sleeps == 2);
	CHECK(recorded_sleeps[0] == 2000); /* jitter <= 100 ms < 2 s */
	CHECK(recorded_sleeps[1] == 5000); /* 120 s capped */
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* A huge retry base must not overflow the doubling: every sleep stays within [0, retry_max_ms]. */
UNIT_TEST(test_backoff_huge_base_no_overflow)
{
	srv_step steps[] = {{503, NULL, "", 0, false, 0},
	                    {503, NULL, "", 0, false, 0},
	                    {503, NULL, "", 0, false, 0},
	                    {200, NULL, "{}", 0, false, 0}};
	srv *s = srv_start(steps, 4);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, "k", NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	cfg.timeout_ms = 0; /* no overall deadline: every backoff is computed (and only recorded) */
	cfg.max_retries = 3;
	cfg.retry_base_ms = LONG_MAX / 2 + 1;
	cfg.retry_max_ms = LONG_MAX;
	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/", url, sizeof(url));
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == 0);
	CHECK(res.status == 200 && res.retries == 3);
	CHECK(nrecorded_sleeps == 3);
	for (int i = 0; i < 3 && i < nrecorded_sleeps; i++) {
		CHECK(recorded_sleeps[i] >= 0);
	}
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_retry_after_http_date)
{
	char hdr[128], date[64];
	time_t t = time(NULL) + 4;
	struct tm tm;
	srv_step steps[2] = {{503, hdr, "", 0, false, 0}, {200, NULL, "{}", 0, false, 0}};
	srv *s;
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	gmtime_r(&t, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S GMT", &tm);
	snprintf(hdr, sizeof(hdr), "Retry-After: %s\r\n", date);
	s = srv_start(steps, 2);
	cfg.timeout_ms = 60000;
	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/", url, sizeof(url));
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == 0);
	CHECK(res.status == 200 && res.retries == 1);
	CHECK(nrecorded_sleeps == 1);
	CHECK(recorded_sleeps[0] >= 2000 && recorded_sleeps[0] <= 4000);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_retry_stops_before_deadline)
{
	srv_step steps[] = {{503, "Retry-After: 10\r\nx-amz-pay-request-id: last\r\n", "busy", 0, false, 0}};
	srv *s = srv_start(steps, 1);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	cfg.timeout_ms = 2000; /* a 10 s Retry-After cannot fit */
	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/", url, sizeof(url));
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == 0);
	CHECK(res.status == 503 && res.retries == 0);
	CHECK_STR(amzpay_buf_cstr(&res.body), "busy");
	CHECK_STR(amzpay_buf_cstr(&res.retry_after), "10");
	CHECK(nrecorded_sleeps == 0);
	CHECK(srv_requests(s) == 1);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_jitter_bounds)
{
	srv_step steps[] = {{500, NULL, "", 0, false, 0}, {500, NULL, "", 0, false, 0}, {500, NULL, "", 0, false, 0},
	                    {500, NULL, "", 0, false, 0}, {500, NULL, "", 0, false, 0}, {500, NULL, "", 0, false, 0}};
	srv *s = srv_start(steps, 6);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	cfg.max_retries = 5;
	cfg.retry_base_ms = 100;
	cfg.retry_max_ms = 300;
	cfg.timeout_ms = 60000;
	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/", url, sizeof(url));
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == 0);
	CHECK(res.status == 500 && res.retries == 5);
	CHECK(nrecorded_sleeps == 5);
	CHECK(recorded_sleeps[0] >= 0 && recorded_sleeps[0] <= 100);
	CHECK(recorded_sleeps[1] >= 0 && recorded_sleeps[1] <= 200);
	for (int i = 2; i < 5; i++) {
		CHECK(recorded_sleeps[i] >= 0 && recorded_sleeps[i] <= 300);
	}
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_non_retryable_status_returned_at_once)
{
	static const int statuses[] = {400, 404, 422};

	for (size_t i = 0; i < 3; i++) {
		srv_step steps[] = {{statuses[i], "Location: /ignored\r\n", "{\"reasonCode\":\"InvalidParameterValue\"}",
		                     0, false, 0}};
		srv *s = srv_start(steps, 1);
		amzpay_http_config cfg = test_config();
		prep_ctx p = {0, {0}, "k", NULL, -1};
		amzpay_http_response res;
		amzpay_error err;
		char url[128];

		reset_sleeps();
		amzpay_http_response_init(&res);
		srv_url(s, "/v2/charges", url, sizeof(url));
		CHECK(send_once(&cfg, "POST", url, "{}", true, &p, &res, &err) == 0);
		CHECK(res.status == statuses[i]);
		CHECK(res.retries == 0 && nrecorded_sleeps == 0 && p.calls == 1);
		CHECK(srv_requests(s) == 1);
		CHECK_STR(amzpay_buf_cstr(&res.body), "{\"reasonCode\":\"InvalidParameterValue\"}");
		CHECK_STR(amzpay_buf_cstr(&res.location), "/ignored");
		amzpay_http_response_free(&res);
		srv_stop(s);
	}
}

UNIT_TEST(test_max_retries_exhausted_returns_last)
{
	srv_step steps[] = {{503, NULL, "one", 0, false, 0},
	                    {502, NULL, "two", 0, false, 0},
	                    {504, NULL, "three", 0, false, 0},
	                    {503, "x-amz-pay-request-id: r4\r\n", "four", 0, false, 0},
	                    {200, NULL, "never", 0, false, 0}};
	srv *s = srv_start(steps, 5);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/", url, sizeof(url));
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == 0);
	CHECK(res.status == 503 && res.retries == 3);
	CHECK_STR(amzpay_buf_cstr(&res.body), "four");
	CHECK_STR(amzpay_buf_cstr(&res.request_id), "r4");
	CHECK(srv_requests(s) == 4 && nrecorded_sleeps == 3 && p.calls == 4);
	CHECK(res.connections_opened == 1); /* all attempts on one keep-alive connection */
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_non_idempotent_status_not_retried)
{
	srv_step steps[] = {{503, NULL, "busy", 0, false, 0}};
	srv *s = srv_start(steps, 1);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/v2/x", url, sizeof(url));
	CHECK(send_once(&cfg, "POST", url, "{}", false, &p, &res, &err) == 0);
	CHECK(res.status == 503 && res.retries == 0 && srv_requests(s) == 1);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* ------------------------------------------------------------------------ */
/* connection failures                                                       */
/* ------------------------------------------------------------------------ */

UNIT_TEST(test_refused_idempotent_retried_then_error)
{
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, "k", NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	snprintf(url, sizeof(url), "http://127.0.0.1:%d/", refused_port());
	reset_sleeps();
	amzpay_http_response_init(&res);
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT);
	CHECK(err.code == CURLE_COULDNT_CONNECT);
	CHECK(res.retries == 3 && nrecorded_sleeps == 3 && p.calls == 4);
	CHECK(contains(err.message, "after 3 retries"));
	CHECK(!contains(err.message, "topsecret"));
	amzpay_http_response_free(&res);
}

UNIT_TEST(test_refused_non_idempotent_not_sent)
{
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	snprintf(url, sizeof(url), "http://127.0.0.1:%d/", refused_port());
	reset_sleeps();
	amzpay_http_response_init(&res);
	CHECK(send_once(&cfg, "POST", url, "{}", false, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT && err.code == CURLE_COULDNT_CONNECT);
	CHECK(res.retries == 0 && nrecorded_sleeps == 0 && p.calls == 1);
	CHECK(contains(err.message, "not sent"));
	CHECK(!contains(err.message, "unknown"));
	amzpay_http_response_free(&res);
}

UNIT_TEST(test_reset_non_idempotent_outcome_unknown)
{
	srv_step steps[] = {{0, NULL, NULL, 0, true, 0}};
	srv *s = srv_start(steps, 1);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/v2/charges", url, sizeof(url));
	CHECK(send_once(&cfg, "POST", url, "{\"x\":1}", false, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT);
	CHECK(err.code == CURLE_RECV_ERROR || err.code == CURLE_GOT_NOTHING || err.code == CURLE_SEND_ERROR);
	CHECK(contains(err.message, "outcome is unknown"));
	CHECK(!contains(err.message, "not sent"));
	CHECK(srv_requests(s) == 1 && res.retries == 0);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_reset_idempotent_retried)
{
	srv_step steps[] = {{0, NULL, NULL, 0, true, 0}, {200, NULL, "{\"ok\":1}", 0, false, 0}};
	srv *s = srv_start(steps, 2);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, "same-key", NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128], k0[64], k1[64];

	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/v2/charges", url, sizeof(url));
	CHECK(send_once(&cfg, "POST", url, "{\"x\":1}", true, &p, &res, &err) == 0);
	CHECK(res.status == 200 && res.retries == 1);
	CHECK(srv_requests(s) == 2 && srv_connections(s) == 2);
	CHECK(res.connections_opened == 2);
	CHECK_STR(srv_header(&s->reqs[0], "x-amz-pay-idempotency-key", k0, sizeof(k0)), "same-key");
	CHECK_STR(srv_header(&s->reqs[1], "x-amz-pay-idempotency-key", k1, sizeof(k1)), "same-key");
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* A keyed POST that may have been processed on its last attempt: the flag, not only the prose, says so. */
UNIT_TEST(test_reset_keyed_post_exhausted_outcome_unknown)
{
	srv_step steps[] = {{0, NULL, NULL, 0, true, 0}, {0, NULL, NULL, 0, true, 0}};
	srv *s = srv_start(steps, 2);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, "key-1", NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	cfg.max_retries = 1;
	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/v2/charges", url, sizeof(url));
	CHECK(send_once(&cfg, "POST", url, "{\"x\":1}", true, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT && res.retries == 1 && srv_requests(s) == 2);
	CHECK(res.maybe_processed && (err.flags & AMZPAY_ERRF_OUTCOME_UNKNOWN));
	CHECK(contains(err.message, "retry with the same idempotency key"));
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* An attempt answered 500 may have been processed before the server failed. */
UNIT_TEST(test_answered_500_maybe_processed)
{
	srv_step steps[] = {{500, NULL, "{}", 0, false, 0}};
	srv *s = srv_start(steps, 1);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, "key-2", NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	cfg.max_retries = 0;
	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/v2/charges", url, sizeof(url));
	CHECK(send_once(&cfg, "POST", url, "{}", true, &p, &res, &err) == 0);
	CHECK(res.status == 500 && res.maybe_processed);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* Provably not processed: refused on every attempt; a GET never carries the flag. */
UNIT_TEST(test_refused_keyed_post_not_processed)
{
	srv_step steps[] = {{0, NULL, NULL, 0, true, 0}, {0, NULL, NULL, 0, true, 0}};
	srv *s = srv_start(steps, 2);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, "key-3", NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	cfg.max_retries = 1;
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/", refused_port());
	reset_sleeps();
	amzpay_http_response_init(&res);
	CHECK(send_once(&cfg, "POST", url, "{}", true, &p, &res, &err) == -1);
	CHECK(!res.maybe_processed && !(err.flags & AMZPAY_ERRF_OUTCOME_UNKNOWN));
	CHECK(contains(err.message, "not sent"));
	srv_url(s, "/v2/charges/x", url, sizeof(url));
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == -1);
	CHECK(!res.maybe_processed && !(err.flags & AMZPAY_ERRF_OUTCOME_UNKNOWN));
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/*
 * A listener whose accept queue is full: Linux drops further SYNs, so a
 * connect() hangs until the connect timeout. fds[0] is the listener, fds[1..2]
 * the connections that fill the queue.
 */
static int blackhole_port(int fds[3])
{
	struct sockaddr_in a;
	socklen_t alen = sizeof(a);

	fds[0] = socket(AF_INET, SOCK_STREAM, 0);
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(fds[0], (struct sockaddr *)&a, sizeof(a));
	listen(fds[0], 0);
	getsockname(fds[0], (struct sockaddr *)&a, &alen);
	for (int i = 1; i < 3; i++) {
		fds[i] = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
		connect(fds[i], (struct sockaddr *)&a, sizeof(a));
	}
	sleep_ms(50);
	return ntohs(a.sin_port);
}

UNIT_TEST(test_connect_timeout)
{
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];
	int fds[3];
	double t0, elapsed;

	snprintf(url, sizeof(url), "http://127.0.0.1:%d/", blackhole_port(fds));
	cfg.connect_timeout_ms = 200;
	cfg.timeout_ms = 5000;
	cfg.max_retries = 1;
	reset_sleeps();
	amzpay_http_response_init(&res);
	t0 = now_ms();
	/* idempotent: retried once, then reported as a connect timeout */
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == -1);
	elapsed = now_ms() - t0;
	CHECK(err.domain == AMZPAY_ERR_TIMEOUT && err.code == CURLE_OPERATION_TIMEDOUT);
	CHECK(contains(err.message, "connect timeout"));
	CHECK(res.retries == 1 && nrecorded_sleeps == 1);
	CHECK(elapsed >= 350 && elapsed < 400 + 1500);
	/* not idempotent: not retried, and known not to be sent */
	CHECK(send_once(&cfg, "POST", url, "{}", false, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TIMEOUT && contains(err.message, "not sent"));
	CHECK(res.retries == 0);
	for (int i = 0; i < 3; i++) {
		close(fds[i]);
	}
	amzpay_http_response_free(&res);
}

UNIT_TEST(test_stall_total_timeout)
{
	srv_step steps[] = {{200, NULL, "late", 3000, false, 0}};
	srv *s = srv_start(steps, 1);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];
	double t0, elapsed;

	cfg.timeout_ms = 500;
	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/", url, sizeof(url));
	t0 = now_ms();
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == -1);
	elapsed = now_ms() - t0;
	CHECK(err.domain == AMZPAY_ERR_TIMEOUT && err.code == CURLE_OPERATION_TIMEDOUT);
	CHECK(contains(err.message, "Request timed out after 500 ms (total timeout)"));
	CHECK(elapsed >= 450 && elapsed < 500 + 1500); /* correctness bound, generous slack */
	CHECK(res.retries == 0);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_response_too_large)
{
	srv_step steps[] = {{200, NULL, NULL, 0, false, (size_t)AMZPAY_HTTP_MAX_RESPONSE_BYTES + 4096}};
	srv *s = srv_start(steps, 1);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	reset_sleeps();
	amzpay_http_response_init(&res);
	srv_url(s, "/", url, sizeof(url));
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT && err.code == CURLE_WRITE_ERROR);
	CHECK(contains(err.message, "larger than"));
	CHECK(res.retries == 0 && srv_requests(s) == 1);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* ------------------------------------------------------------------------ */
/* keep-alive and the registry                                               */
/* ------------------------------------------------------------------------ */

UNIT_TEST(test_keepalive_one_connection)
{
	srv *s = srv_start(NULL, 0);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_request req = {"GET", NULL, NULL, 0, true, test_prepare, &p};
	amzpay_http_response res;
	amzpay_error err;
	amzpay_http_handle *h;
	char url[128];

	srv_url(s, "/a", url, sizeof(url));
	req.url = url;
	h = amzpay_http_acquire(&cfg, url, &err);
	CHECK(h != NULL);
	amzpay_http_response_init(&res);
	CHECK(amzpay_http_send(h, &req, &res, &err) == 0 && res.status == 200);
	CHECK(res.connections_opened == 1);
	CHECK(amzpay_http_send(h, &req, &res, &err) == 0 && res.status == 200);
	CHECK(res.connections_opened == 0);
	CHECK(srv_connections(s) == 1 && srv_requests(s) == 2);
	CHECK(res.duration_ms >= 0);
	amzpay_http_response_free(&res);
	amzpay_http_release(h);
	srv_stop(s);
}

UNIT_TEST(test_persistent_registry)
{
	srv *s = srv_start(NULL, 0);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_request req = {"GET", NULL, NULL, 0, true, test_prepare, &p};
	amzpay_http_response res;
	amzpay_error err;
	amzpay_http_handle *h1, *h2, *h3;
	char url[128];

	cfg.persistent = true;
	srv_url(s, "/a", url, sizeof(url));
	req.url = url;
	amzpay_http_response_init(&res);
	CHECK(amzpay_http_registry_size() == 0);
	h1 = amzpay_http_acquire(&cfg, url, &err);
	CHECK(h1 && amzpay_http_send(h1, &req, &res, &err) == 0);
	amzpay_http_release(h1);
	CHECK(amzpay_http_registry_size() == 1);

	cfg.connect_timeout_ms = 1234; /* not part of the key */
	h2 = amzpay_http_acquire(&cfg, url, &err);
	CHECK(h2 == h1);
	CHECK(h2 && amzpay_http_send(h2, &req, &res, &err) == 0);
	CHECK(res.connections_opened == 0 && srv_connections(s) == 1);

	/* h2 is checked out: a concurrent acquire gets another handle */
	h3 = amzpay_http_acquire(&cfg, url, &err);
	CHECK(h3 && h3 != h2);
	CHECK(amzpay_http_registry_size() == 2);
	amzpay_http_release(h3);
	amzpay_http_release(h2);
	CHECK(amzpay_http_registry_size() == 2);
	amzpay_http_registry_shutdown();
	CHECK(amzpay_http_registry_size() == 0);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* The pool is capped: handles released while it is full are destroyed, not kept. */
UNIT_TEST(test_persistent_registry_capped)
{
	amzpay_http_config cfg = test_config();
	amzpay_http_handle *h[AMZPAY_HTTP_REGISTRY_MAX + 6];
	char ca[AMZPAY_HTTP_REGISTRY_MAX + 6][32];
	amzpay_error err;
	size_t i, n = sizeof(h) / sizeof(h[0]);

	cfg.persistent = true;
	for (i = 0; i < n; i++) {
		snprintf(ca[i], sizeof(ca[i]), "ca-%zu.pem", i); /* one registry key each */
		cfg.cabundle = ca[i];
		h[i] = amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu/v2/x", &err);
		CHECK(h[i] != NULL);
	}
	CHECK(amzpay_http_registry_size() == AMZPAY_HTTP_REGISTRY_MAX);
	for (i = 0; i < n; i++) {
		amzpay_http_release(h[i]);
	}
	CHECK(amzpay_http_registry_size() == AMZPAY_HTTP_REGISTRY_MAX);
	cfg.cabundle = ca[0];
	CHECK(amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu/v2/x", &err) == h[0]); /* kept: reused */
	amzpay_http_release(h[0]);
	amzpay_http_registry_shutdown();
	CHECK(amzpay_http_registry_size() == 0);
}

static void *pool_worker(void *arg)
{
	amzpay_http_config cfg = test_config();
	amzpay_error err;
	int *failures = arg;

	cfg.persistent = true;
	for (int i = 0; i < 200; i++) {
		amzpay_http_handle *h = amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu/v2/x", &err);

		if (!h) {
			(*failures)++;
		}
		amzpay_http_release(h);
	}
	return NULL;
}

/* Threads share the pool (ZTS): a handle is never checked out twice, and nothing leaks. */
UNIT_TEST(test_persistent_registry_threads)
{
	pthread_t t[4];
	int failures[4] = {0, 0, 0, 0};

	for (int i = 0; i < 4; i++) {
		CHECK(pthread_create(&t[i], NULL, pool_worker, &failures[i]) == 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		CHECK(failures[i] == 0);
	}
	CHECK(amzpay_http_registry_size() >= 1 && amzpay_http_registry_size() <= 4);
	amzpay_http_registry_shutdown();
}

UNIT_TEST(test_persistent_key_parts)
{
	amzpay_http_config cfg = test_config();
	amzpay_error err;
	amzpay_http_handle *a, *b, *c, *d, *e;

	cfg.persistent = true;
	a = amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu/v2/x", &err);
	amzpay_http_release(a);
	cfg.cabundle = "ca-one.pem";
	b = amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu/v2/x", &err);
	CHECK(b && b != a);
	amzpay_http_release(b);
	/* other path, same origin: same handle */
	CHECK(amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu:443/live/v2/y", &err) == b);
	amzpay_http_release(b);
	cfg.proxy = "127.0.0.1:3128";
	cfg.proxy_userpwd = "user:hunter2-secret";
	c = amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu/v2/x", &err);
	CHECK(c && c != b && c != a);
	CHECK(!contains(amzpay_http_handle_key(c), "hunter2"));
	CHECK(contains(amzpay_http_handle_key(c), "127.0.0.1:3128"));
	amzpay_http_release(c);
	cfg.proxy_userpwd = "user:other";
	d = amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu/v2/x", &err);
	CHECK(d && d != c);
	amzpay_http_release(d);
	cfg.proxy = "http://user:inline-secret@127.0.0.1:3128";
	cfg.proxy_userpwd = NULL;
	e = amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu/v2/x", &err);
	CHECK(e && !contains(amzpay_http_handle_key(e), "inline-secret"));
	amzpay_http_release(e);
	/* libcurl reads "h:/x:pass@host" as user-info too: the key keeps only scheme://host:port */
	cfg.proxy = "hp:/bob:odd-secret@127.0.0.1:3128";
	e = amzpay_http_acquire(&cfg, "https://pay-api.amazon.eu/v2/x", &err);
	CHECK(e && !contains(amzpay_http_handle_key(e), "odd-secret"));
	amzpay_http_release(e);
	/* other host: other handle */
	cfg.proxy = NULL;
	a = amzpay_http_acquire(&cfg, "https://pay-api.amazon.com/v2/x", &err);
	CHECK(a && a != b);
	amzpay_http_release(a);
	CHECK(amzpay_http_registry_size() == 7);
	amzpay_http_registry_shutdown();
	CHECK(amzpay_http_registry_size() == 0);
	/* bad URL refused */
	CHECK(amzpay_http_acquire(&cfg, "ftp://example.com/", &err) == NULL && err.domain == AMZPAY_ERR_ARGUMENT);
}

/* One URL parser: the endpoint policy, the transport's check and pool key, and libcurl agree on a tricky URL. */
UNIT_TEST(test_endpoint_and_transport_agree_on_urls)
{
	amzpay_http_config cfg = test_config();
	amzpay_buf url = AMZPAY_BUF_INIT;
	amzpay_url u;
	amzpay_http_handle *a, *b, *c;
	amzpay_error err;
	CURLU *cu = curl_url();
	char *curl_host = NULL, *curl_port = NULL;

	cfg.persistent = true;
	amzpay_error_clear(&err);
	CHECK(amzpay_endpoint_base(NULL, false, "LIVE-X", "https://[0:0:0:0:0:0:0:1]:8443/p", &url, &err) == 0);
	amzpay_buf_appends(&url, "v2/charges/C01-1?a=1");
	CHECK(amzpay_url_parse(amzpay_buf_cstr(&url), &u, &err) == 0);
	CHECK(u.https && u.ipv6 && u.port == 8443 && u.host_len == 5 && memcmp(u.host, "[::1]", 5) == 0);
	CHECK(u.path_len == 19 && memcmp(u.path, "/p/v2/charges/C01-1", 19) == 0);
	/* libcurl connects to the same host and port */
	CHECK(cu && curl_url_set(cu, CURLUPART_URL, amzpay_buf_cstr(&url), 0) == CURLUE_OK &&
	      curl_url_get(cu, CURLUPART_HOST, &curl_host, 0) == CURLUE_OK &&
	      curl_url_get(cu, CURLUPART_PORT, &curl_port, 0) == CURLUE_OK);
	CHECK_STR(curl_host ? curl_host : "", "[::1]");
	CHECK_STR(curl_port ? curl_port : "", "8443");
	/* and the signer's x-amz-pay-host is that host (written without brackets, as it always was) */
	{
		amzpay_buf sh = AMZPAY_BUF_INIT, sp = AMZPAY_BUF_INIT;

		CHECK(amzpay_url_parts(amzpay_buf_cstr(&url), &sh, &sp, &err) == 0);
		CHECK_STR(amzpay_buf_cstr(&sh), "::1");
		CHECK_STR(amzpay_buf_cstr(&sp), "/p/v2/charges/C01-1");
		amzpay_buf_free(&sh);
		amzpay_buf_free(&sp);
	}
	/* the pool key is the parser's origin: another spelling of the address shares the connection, a port does not */
	a = amzpay_http_acquire(&cfg, amzpay_buf_cstr(&url), &err);
	CHECK(a != NULL);
	amzpay_http_release(a);
	b = amzpay_http_acquire(&cfg, "https://[0::1]:8443/other", &err);
	CHECK(b == a);
	amzpay_http_release(b);
	c = amzpay_http_acquire(&cfg, "https://[::1]/p/v2/x", &err);
	CHECK(c && c != a);
	amzpay_http_release(c);
	/* what the policy refuses, the transport refuses too, without quoting the password */
	CHECK(amzpay_endpoint_check("https://u:secret@[::1]:8443/p", &err) == -1 && err.domain == AMZPAY_ERR_CONFIG);
	CHECK(amzpay_http_acquire(&cfg, "https://u:secret@[::1]:8443/p/v2/x", &err) == NULL);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT && strstr(err.message, "user info") && !strstr(err.message, "secret"));
	CHECK(amzpay_endpoint_check("https://127.1/", &err) == -1);
	CHECK(amzpay_http_acquire(&cfg, "https://127.1/v2/x", &err) == NULL && err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(amzpay_url_parse("https://[::1]:0/", &u, &err) == -1 && amzpay_url_parse("https://[::1/", &u, &err) == -1);
	CHECK(amzpay_url_parse("https://h/p#frag", &u, &err) == -1 && amzpay_url_parse("https://h/?q#f", &u, &err) == -1);
	curl_free(curl_host);
	curl_free(curl_port);
	curl_url_cleanup(cu);
	amzpay_buf_free(&url);
	amzpay_http_registry_shutdown();
}

UNIT_TEST(test_fork_child_does_not_reuse)
{
	srv *s = srv_start(NULL, 0);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_request req = {"GET", NULL, NULL, 0, true, test_prepare, &p};
	amzpay_http_response res;
	amzpay_error err;
	amzpay_http_handle *h;
	char url[128];
	int status = -1, pipefd[2];
	char verdict = '?';
	pid_t pid;

	cfg.persistent = true;
	srv_url(s, "/a", url, sizeof(url));
	req.url = url;
	amzpay_http_response_init(&res);
	h = amzpay_http_acquire(&cfg, url, &err);
	CHECK(h && amzpay_http_send(h, &req, &res, &err) == 0);
	amzpay_http_release(h);
	CHECK(srv_connections(s) == 1);

	CHECK(pipe(pipefd) == 0);
	pid = fork();
	if (pid == 0) {
		/* child: the parent's handle is invisible; a new one opens its own connection */
		amzpay_http_handle *ch;
		int ok = amzpay_http_registry_size() == 0;

		ch = amzpay_http_acquire(&cfg, url, &err);
		ok = ok && ch && amzpay_http_send(ch, &req, &res, &err) == 0 && res.connections_opened == 1;
		amzpay_http_release(ch);
		ok = ok && amzpay_http_registry_size() == 1;
		amzpay_http_registry_shutdown();
		/* The verdict goes through a pipe, not the exit code: leak checkers rightly flag the
		 * parent's curl handle that the child deliberately forgets. _exit skips LeakSanitizer. */
		verdict = ok ? 'Y' : 'N';
		(void)!write(pipefd[1], &verdict, 1);
		_exit(0);
	}
	close(pipefd[1]);
	CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
	CHECK(read(pipefd[0], &verdict, 1) == 1 && verdict == 'Y');
	close(pipefd[0]);
	CHECK(srv_connections(s) == 2);

	/* a handle checked out across fork() and released in the child is forgotten there */
	h = amzpay_http_acquire(&cfg, url, &err);
	CHECK(h != NULL && pipe(pipefd) == 0);
	pid = fork();
	if (pid == 0) {
		amzpay_http_handle *ch;
		int ok;

		amzpay_http_release(h);
		ok = amzpay_http_registry_size() == 0;
		ch = amzpay_http_acquire(&cfg, url, &err);
		ok = ok && ch && amzpay_http_send(ch, &req, &res, &err) == 0 && res.connections_opened == 1;
		amzpay_http_release(ch);
		ok = ok && amzpay_http_registry_size() == 1;
		amzpay_http_registry_shutdown();
		verdict = ok ? 'Y' : 'N';
		(void)!write(pipefd[1], &verdict, 1);
		_exit(0);
	}
	close(pipefd[1]);
	CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
	verdict = '?';
	CHECK(read(pipefd[0], &verdict, 1) == 1 && verdict == 'Y');
	close(pipefd[0]);
	CHECK(srv_connections(s) == 3);
	amzpay_http_release(h);
	/* the parent's connection is intact and still reused */
	h = amzpay_http_acquire(&cfg, url, &err);
	CHECK(h && amzpay_http_send(h, &req, &res, &err) == 0 && res.connections_opened == 0);
	amzpay_http_release(h);
	CHECK(srv_connections(s) == 3);
	amzpay_http_registry_shutdown();
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* ------------------------------------------------------------------------ */
/* request validation and methods                                            */
/* ------------------------------------------------------------------------ */

UNIT_TEST(test_crlf_header_refused)
{
	srv *s = srv_start(NULL, 0);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, "x-amz-pay-foo: a\r\nInjected: yes", -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	srv_url(s, "/", url, sizeof(url));
	amzpay_http_response_init(&res);
	CHECK(send_once(&cfg, "POST", url, "{}", true, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(!contains(err.message, "Injected"));
	p.extra = "x-amz-pay-foo: a\nb";
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == -1 && err.domain == AMZPAY_ERR_ARGUMENT);
	sleep_ms(50);
	CHECK(srv_requests(s) == 0 && srv_connections(s) == 0);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_bad_method_url_refused)
{
	srv *s = srv_start(NULL, 0);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	amzpay_http_handle *h;
	amzpay_http_request req = {"TRACE", NULL, NULL, 0, true, test_prepare, &p};
	char url[128];

	srv_url(s, "/", url, sizeof(url));
	amzpay_http_response_init(&res);
	h = amzpay_http_acquire(&cfg, url, &err);
	req.url = url;
	CHECK(amzpay_http_send(h, &req, &res, &err) == -1 && err.domain == AMZPAY_ERR_ARGUMENT);
	req.method = "get";
	CHECK(amzpay_http_send(h, &req, &res, &err) == -1 && err.domain == AMZPAY_ERR_ARGUMENT);
	req.method = "GET";
	req.url = "file:///etc/passwd";
	CHECK(amzpay_http_send(h, &req, &res, &err) == -1 && err.domain == AMZPAY_ERR_ARGUMENT);
	req.url = "http://127.0.0.1/a b";
	CHECK(amzpay_http_send(h, &req, &res, &err) == -1 && err.domain == AMZPAY_ERR_ARGUMENT);
	req.url = "/relative";
	CHECK(amzpay_http_send(h, &req, &res, &err) == -1 && err.domain == AMZPAY_ERR_ARGUMENT);
	CHECK(p.calls == 0);
	/* a failing prepare callback aborts with its own error */
	req.url = url;
	p.fail_at = 0;
	CHECK(amzpay_http_send(h, &req, &res, &err) == -1 && err.domain == AMZPAY_ERR_SIGN);
	CHECK_STR(err.message, "signing failed on purpose");
	amzpay_http_release(h);
	sleep_ms(50);
	CHECK(srv_requests(s) == 0);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_methods_and_bodies_on_one_handle)
{
	srv *s = srv_start(NULL, 0);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_request req = {"POST", NULL, "{\"p\":1}", 7, true, test_prepare, &p};
	amzpay_http_response res;
	amzpay_error err;
	amzpay_http_handle *h;
	char url[128], v[64];

	srv_url(s, "/m", url, sizeof(url));
	req.url = url;
	amzpay_http_response_init(&res);
	h = amzpay_http_acquire(&cfg, url, &err);
	CHECK(amzpay_http_send(h, &req, &res, &err) == 0);
	req.method = "GET", req.body = NULL, req.body_len = 0;
	CHECK(amzpay_http_send(h, &req, &res, &err) == 0);
	req.method = "DELETE", req.body = "{\"reason\":\"x\"}", req.body_len = 14;
	CHECK(amzpay_http_send(h, &req, &res, &err) == 0);
	req.method = "PATCH", req.body = "{\"q\":2}", req.body_len = 7;
	CHECK(amzpay_http_send(h, &req, &res, &err) == 0);
	req.method = "DELETE", req.body = NULL, req.body_len = 0;
	CHECK(amzpay_http_send(h, &req, &res, &err) == 0);
	req.method = "PUT", req.body = "", req.body_len = 0;
	CHECK(amzpay_http_send(h, &req, &res, &err) == 0);
	CHECK(srv_requests(s) == 6 && srv_connections(s) == 1);

	CHECK_STR(s->reqs[0].method, "POST");
	CHECK_STR(s->reqs[0].body, "{\"p\":1}");
	CHECK_STR(s->reqs[1].method, "GET");
	/* a GET or DELETE without payload says "Content-Length: 0", as the official SDK's curl does */
	CHECK(s->reqs[1].body_len == 0);
	CHECK_STR(srv_header(&s->reqs[1], "content-length", v, sizeof(v)), "0");
	CHECK_STR(s->reqs[2].method, "DELETE");
	CHECK_STR(s->reqs[2].body, "{\"reason\":\"x\"}");
	CHECK_STR(s->reqs[3].method, "PATCH");
	CHECK_STR(s->reqs[3].body, "{\"q\":2}");
	CHECK_STR(s->reqs[4].method, "DELETE");
	CHECK(s->reqs[4].body_len == 0);
	CHECK_STR(srv_header(&s->reqs[4], "content-length", v, sizeof(v)), "0");
	CHECK_STR(s->reqs[5].method, "PUT");
	CHECK_STR(srv_header(&s->reqs[5], "content-length", v, sizeof(v)), "0");
	CHECK_STR(s->reqs[0].target, "/m");
	/* the sent header list of the last attempt is kept, with Expect: appended */
	{
		int n = 0;
		bool expect = false;

		for (struct curl_slist *l = res.sent_headers; l; l = l->next, n++) {
			expect = expect || strcmp(l->data, "Expect:") == 0;
		}
		CHECK(n == 4 && expect);
	}
	amzpay_http_release(h);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_large_body_no_expect)
{
	srv *s = srv_start(NULL, 0);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128], v[64], *body = malloc(4001);

	memset(body, 'a', 4000);
	body[4000] = '\0';
	srv_url(s, "/big", url, sizeof(url));
	amzpay_http_response_init(&res);
	CHECK(send_once(&cfg, "POST", url, body, false, &p, &res, &err) == 0);
	CHECK(srv_requests(s) == 1 && s->reqs[0].body_len == 4000);
	CHECK(srv_header(&s->reqs[0], "expect", v, sizeof(v)) == NULL);
	free(body);
	amzpay_http_response_free(&res);
	srv_stop(s);
}

UNIT_TEST(test_header_capture_case_insensitive)
{
	srv_step steps[] = {{201, "X-Amz-Pay-Request-Id:   abc-123  \r\nLOCATION: /v2/charges/C1\r\n", "{}", 0, false, 0}};
	srv *s = srv_start(steps, 1);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	srv_url(s, "/", url, sizeof(url));
	amzpay_http_response_init(&res);
	CHECK(send_once(&cfg, "POST", url, "{}", false, &p, &res, &err) == 0);
	CHECK_STR(amzpay_buf_cstr(&res.request_id), "abc-123");
	CHECK_STR(amzpay_buf_cstr(&res.location), "/v2/charges/C1");
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* A field value with a control byte is no value: nothing of it reaches the caller. */
UNIT_TEST(test_header_with_control_byte_dropped)
{
	srv_step steps[] = {{503, "x-amz-pay-request-id: abc\001def\r\nRetry-After: 0\x7f\r\n", "{}", 0, false, 0}};
	srv *s = srv_start(steps, 1);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	cfg.max_retries = 0;
	srv_url(s, "/", url, sizeof(url));
	amzpay_http_response_init(&res);
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == 0);
	CHECK(res.status == 503);
	CHECK_STR(amzpay_buf_cstr(&res.request_id), "");
	CHECK_STR(amzpay_buf_cstr(&res.retry_after), "");
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* ------------------------------------------------------------------------ */
/* proxy                                                                     */
/* ------------------------------------------------------------------------ */

UNIT_TEST(test_proxy_with_and_without_credentials)
{
	srv *s = srv_start(NULL, 0);
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char proxy[64], v[128];

	snprintf(proxy, sizeof(proxy), "127.0.0.1:%d", s->port);
	cfg.proxy = proxy;
	amzpay_http_response_init(&res);
	CHECK(send_once(&cfg, "GET", "http://pay-api.example.invalid/v2/x", NULL, true, &p, &res, &err) == 0);
	cfg.proxy_userpwd = "user:s3cret-pw";
	CHECK(send_once(&cfg, "GET", "http://pay-api.example.invalid/v2/y", NULL, true, &p, &res, &err) == 0);
	CHECK(srv_requests(s) == 2);
	CHECK_STR(s->reqs[0].target, "http://pay-api.example.invalid/v2/x");
	CHECK(srv_header(&s->reqs[0], "proxy-authorization", v, sizeof(v)) == NULL);
	CHECK_STR(srv_header(&s->reqs[1], "proxy-authorization", v, sizeof(v)), "Basic dXNlcjpzM2NyZXQtcHc=");

	/* a refused proxy: the message names neither user nor password */
	snprintf(proxy, sizeof(proxy), "127.0.0.1:%d", refused_port());
	reset_sleeps();
	CHECK(send_once(&cfg, "POST", "http://pay-api.example.invalid/v2/z", "{}", false, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TRANSPORT && contains(err.message, "not sent"));
	CHECK(!contains(err.message, "s3cret") && !contains(err.message, "user:"));
	amzpay_http_response_free(&res);
	srv_stop(s);
}

/* ------------------------------------------------------------------------ */
/* TLS                                                                       */
/* ------------------------------------------------------------------------ */

typedef struct {
	int lfd;
	int port;
	SSL_CTX *ctx;
	pthread_t thread;
	pthread_mutex_t mu;
	bool stop;
	int handshakes;
} tls_srv;

static char tls_dir[256];
static char tls_cert_path[300];
static X509 *tls_cert;
static EVP_PKEY *tls_key;

/* Self-signed P-256 certificate for DNS:localhost only. */
static bool tls_make_cert(void)
{
	const char *tmp = getenv("TMPDIR");
	X509V3_CTX v3;
	X509_EXTENSION *ext;
	FILE *f;

	snprintf(tls_dir, sizeof(tls_dir), "%s/amzpay-http-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(tls_dir)) {
		return false;
	}
	snprintf(tls_cert_path, sizeof(tls_cert_path), "%s/cert.pem", tls_dir);
	tls_key = EVP_EC_gen("P-256");
	tls_cert = X509_new();
	if (!tls_key || !tls_cert) {
		return false;
	}
	X509_set_version(tls_cert, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(tls_cert), 4711);
	X509_gmtime_adj(X509_getm_notBefore(tls_cert), -3600);
	X509_gmtime_adj(X509_getm_notAfter(tls_cert), 3600);
	X509_set_pubkey(tls_cert, tls_key);
	X509_NAME_add_entry_by_txt(X509_get_subject_name(tls_cert), "CN", MBSTRING_ASC,
	                           (const unsigned char *)"localhost", -1, -1, 0);
	X509_set_issuer_name(tls_cert, X509_get_subject_name(tls_cert));
	X509V3_set_ctx(&v3, tls_cert, tls_cert, NULL, NULL, 0);
	ext = X509V3_EXT_conf_nid(NULL, &v3, NID_subject_alt_name, "DNS:localhost");
	if (!ext) {
		return false;
	}
	X509_add_ext(tls_cert, ext, -1);
	X509_EXTENSION_free(ext);
	if (!X509_sign(tls_cert, tls_key, EVP_sha256())) {
		return false;
	}
	f = fopen(tls_cert_path, "w");
	if (!f) {
		return false;
	}
	PEM_write_X509(f, tls_cert);
	fclose(f);
	return true;
}

static void tls_free_cert(void)
{
	unlink(tls_cert_path);
	rmdir(tls_dir);
	X509_free(tls_cert);
	EVP_PKEY_free(tls_key);
}

static bool tls_stopping(tls_srv *t)
{
	bool stop;

	pthread_mutex_lock(&t->mu);
	stop = t->stop;
	pthread_mutex_unlock(&t->mu);
	return stop;
}

static void tls_serve(tls_srv *t, int fd)
{
	static const char resp[] = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
	struct timeval tv = {2, 0};
	SSL *ssl = SSL_new(t->ctx);
	char buf[4096];
	size_t len = 0;

	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	SSL_set_fd(ssl, fd);
	if (SSL_accept(ssl) == 1) {
		pthread_mutex_lock(&t->mu);
		t->handshakes++;
		pthread_mutex_unlock(&t->mu);
		while (len < sizeof(buf) - 1) {
			int n = SSL_read(ssl, buf + len, (int)(sizeof(buf) - 1 - len));

			if (n <= 0) {
				break;
			}
			len += (size_t)n;
			buf[len] = '\0';
			if (strstr(buf, "\r\n\r\n")) {
				SSL_write(ssl, resp, (int)strlen(resp));
				break;
			}
		}
		SSL_shutdown(ssl);
	}
	SSL_free(ssl);
	ERR_clear_error();
	close(fd);
}

static void *tls_main(void *arg)
{
	tls_srv *t = arg;

	while (!tls_stopping(t)) {
		struct pollfd p = {t->lfd, POLLIN, 0};

		if (poll(&p, 1, 20) > 0) {
			int fd = accept(t->lfd, NULL, NULL);

			if (fd >= 0) {
				tls_serve(t, fd);
			}
		}
	}
	ERR_clear_error();
	OPENSSL_thread_stop();
	return NULL;
}

static tls_srv *tls_start(void)
{
	tls_srv *t = calloc(1, sizeof(*t));

	pthread_mutex_init(&t->mu, NULL);
	t->ctx = SSL_CTX_new(TLS_server_method());
	SSL_CTX_use_certificate(t->ctx, tls_cert);
	SSL_CTX_use_PrivateKey(t->ctx, tls_key);
	t->lfd = listen_loopback(&t->port);
	pthread_create(&t->thread, NULL, tls_main, t);
	return t;
}

static void tls_stop(tls_srv *t)
{
	pthread_mutex_lock(&t->mu);
	t->stop = true;
	pthread_mutex_unlock(&t->mu);
	pthread_join(t->thread, NULL);
	close(t->lfd);
	SSL_CTX_free(t->ctx);
	pthread_mutex_destroy(&t->mu);
	free(t);
}

UNIT_TEST(test_tls_verification)
{
	tls_srv *t;
	amzpay_http_config cfg = test_config();
	prep_ctx p = {0, {0}, NULL, NULL, -1};
	amzpay_http_response res;
	amzpay_error err;
	char url[128];

	cfg.connect_timeout_ms = 15000; /* a first handshake under valgrind can take seconds */
	cfg.timeout_ms = 30000;
	if (!tls_make_cert()) {
		CHECK(!"could not create a self-signed certificate");
		return;
	}
	t = tls_start();
	amzpay_http_response_init(&res);
	reset_sleeps();

	/* not trusted by the default bundle */
	snprintf(url, sizeof(url), "https://localhost:%d/v2/x", t->port);
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TLS);
	CHECK(contains(err.message, "TLS error"));
	CHECK(res.retries == 0);

	/* trusted through the cabundle option */
	cfg.cabundle = tls_cert_path;
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == 0);
	CHECK(res.status == 200);
	CHECK_STR(amzpay_buf_cstr(&res.body), "ok");

	/* trusted, but the name does not match */
	snprintf(url, sizeof(url), "https://127.0.0.1:%d/v2/x", t->port);
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TLS && err.code == CURLE_PEER_FAILED_VERIFICATION);

	/* missing bundle file */
	cfg.cabundle = "does-not-exist.pem";
	snprintf(url, sizeof(url), "https://localhost:%d/v2/x", t->port);
	CHECK(send_once(&cfg, "GET", url, NULL, true, &p, &res, &err) == -1);
	CHECK(err.domain == AMZPAY_ERR_TLS);

	amzpay_http_response_free(&res);
	tls_stop(t);
	tls_free_cert();
}

/* Runs last: curl_global_cleanup, restores the default sleep. */
UNIT_TEST(test_cleanup)
{
	amzpay_http_set_sleep(NULL);
	amzpay_http_registry_shutdown();
	CHECK(amzpay_http_registry_size() == 0);
	curl_global_cleanup();
}

__attribute__((constructor)) static void test_http_setup(void)
{
	/* The tests talk to 127.0.0.1 directly: ignore any proxy of the environment. */
	static const char *const vars[] = {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
	                                   "ALL_PROXY"};

	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		unsetenv(vars[i]);
	}
	/* The TLS test server writes with OpenSSL's plain socket BIO to clients that may have hung up. */
	signal(SIGPIPE, SIG_IGN);
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

UNIT_MAIN(UNIT_CASE(test_endpoint_and_transport_agree_on_urls),
          UNIT_CASE(test_retryable_status_then_success), UNIT_CASE(test_retry_after_honoured_and_capped),
          UNIT_CASE(test_backoff_huge_base_no_overflow), UNIT_CASE(test_retry_after_http_date), UNIT_CASE(test_retry_stops_before_deadline),
          UNIT_CASE(test_jitter_bounds), UNIT_CASE(test_non_retryable_status_returned_at_once),
          UNIT_CASE(test_max_retries_exhausted_returns_last), UNIT_CASE(test_non_idempotent_status_not_retried),
          UNIT_CASE(test_refused_idempotent_retried_then_error), UNIT_CASE(test_refused_non_idempotent_not_sent),
          UNIT_CASE(test_reset_non_idempotent_outcome_unknown), UNIT_CASE(test_reset_idempotent_retried),
          UNIT_CASE(test_reset_keyed_post_exhausted_outcome_unknown), UNIT_CASE(test_answered_500_maybe_processed),
          UNIT_CASE(test_refused_keyed_post_not_processed),
          UNIT_CASE(test_connect_timeout), UNIT_CASE(test_stall_total_timeout), UNIT_CASE(test_response_too_large),
          UNIT_CASE(test_keepalive_one_connection), UNIT_CASE(test_persistent_registry),
          UNIT_CASE(test_persistent_registry_capped), UNIT_CASE(test_persistent_registry_threads), UNIT_CASE(test_persistent_key_parts), UNIT_CASE(test_fork_child_does_not_reuse),
          UNIT_CASE(test_crlf_header_refused), UNIT_CASE(test_bad_method_url_refused),
          UNIT_CASE(test_methods_and_bodies_on_one_handle), UNIT_CASE(test_large_body_no_expect),
          UNIT_CASE(test_header_capture_case_insensitive), UNIT_CASE(test_header_with_control_byte_dropped),
          UNIT_CASE(test_proxy_with_and_without_credentials),
          UNIT_CASE(test_tls_verification), UNIT_CASE(test_cleanup))
