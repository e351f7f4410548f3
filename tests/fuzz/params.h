/*
 * Text form of a legacy call's parameters, shared by the legacy targets and
 * the corpus generator's output:
 *
 *   line 1:   <op number> [flags]     flags: s = sandbox config, j = JPY default, n = no default currency
 *   then:     <type><key>=<value>     type s string, b bool ("1"/"0"), a array (value = count), n null, o object
 *
 * Values run to the end of the line and may hold any byte but '\n'.
 */
#ifndef AMZPAY_FUZZ_PARAMS_H
#define AMZPAY_FUZZ_PARAMS_H

#include "fuzz.h"
#include "legacy.h"

#define FUZZ_MAX_PARAMS 32

typedef struct {
	amzpay_legacy_op op;
	amzpay_legacy_config cfg;
	amzpay_param items[FUZZ_MAX_PARAMS];
	char *keys[FUZZ_MAX_PARAMS];
	char *values[FUZZ_MAX_PARAMS]; /* NUL-terminated copies: the glue passes zend_string bytes, which are */
	amzpay_params list;
} fuzz_params;

static inline void fuzz_params_free(fuzz_params *fp)
{
	size_t i;

	for (i = 0; i < fp->list.count; i++) {
		free(fp->keys[i]);
		free(fp->values[i]);
	}
	fp->list.count = 0;
}

static inline void fuzz_params_parse(fuzz_params *fp, const uint8_t *data, size_t size)
{
	const uint8_t *rest;
	size_t rest_len, n, used;

	memset(fp, 0, sizeof(*fp));
	fp->list.items = fp->items;
	n = fuzz_line(data, size, &rest, &rest_len);
	fp->op = (amzpay_legacy_op)(fuzz_number(data, n, &used) % AMZPAY_LEGACY_OP_COUNT);
	fp->cfg.currency_code = "USD";
	for (; used < n; used++) {
		switch (data[used]) {
			case 's': fp->cfg.sandbox = true; break;
			case 'j': fp->cfg.currency_code = "JPY"; break;
			case 'n': fp->cfg.currency_code = NULL; break;
			default: break;
		}
	}
	while (rest_len > 0 && fp->list.count < FUZZ_MAX_PARAMS) {
		const uint8_t *line = rest, *eq;
		amzpay_param *p = &fp->items[fp->list.count];
		size_t klen;

		n = fuzz_line(line, rest_len, &rest, &rest_len);
		eq = n > 1 ? memchr(line + 1, '=', n - 1) : NULL;
		if (!eq) {
			continue;
		}
		klen = (size_t)(eq - line - 1);
		fp->keys[fp->list.count] = fuzz_cstr(line + 1, klen);
		memset(p, 0, sizeof(*p));
		p->key = fp->keys[fp->list.count];
		p->len = n - klen - 2;
		fp->values[fp->list.count] = fuzz_cstr(eq + 1, p->len);
		p->str = fp->values[fp->list.count];
		switch (line[0]) {
			case 'b': p->type = AMZPAY_PARAM_BOOL; p->b = p->len && p->str[0] == '1'; break;
			case 'a': p->type = AMZPAY_PARAM_ARRAY; p->count = fuzz_number(eq + 1, p->len, NULL); break;
			case 'n': p->type = AMZPAY_PARAM_NULL; break;
			case 'o': p->type = AMZPAY_PARAM_OTHER; break;
			default: p->type = AMZPAY_PARAM_STRING; break;
		}
		if (p->type != AMZPAY_PARAM_STRING && p->type != AMZPAY_PARAM_OTHER) {
			p->str = NULL;
			p->len = 0;
		}
		fp->list.count++;
	}
}

#endif
