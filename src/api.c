#include "api.h"

#include <string.h>

#include "endpoint.h"

static const amzpay_op amzpay_ops[AMZPAY_OP_COUNT] = {
#define AMZPAY_OP(sym, name, method, path, shape, idem, id0, id1) {#name, method, path, shape, idem, {id0, id1}},
#include "api_ops.h"
#undef AMZPAY_OP
};

const amzpay_op *amzpay_op_get(amzpay_op_id id)
{
	if ((int)id < 0 || id >= AMZPAY_OP_COUNT) {
		return NULL;
	}
	return &amzpay_ops[id];
}

bool amzpay_op_keyed(const amzpay_op *op, const char *method)
{
	if (op) {
		return op->idempotency != AMZPAY_IDEMPOTENCY_NONE;
	}
	return method && strcmp(method, "POST") == 0;
}

int amzpay_op_path(const amzpay_op *op, const char *const ids[2], const size_t id_lens[2], amzpay_buf *out,
                   amzpay_error *err)
{
	const char *p = op->path;

	while (*p) {
		const char *brace = strchr(p, '{');
		int slot;

		if (!brace) {
			amzpay_buf_appends(out, p);
			break;
		}
		amzpay_buf_append(out, p, (size_t)(brace - p));
		slot = brace[1] - '0';
		if ((slot != 0 && slot != 1) || brace[2] != '}' || !ids[slot]) {
			return amzpay_error_set(err, AMZPAY_ERR_ARGUMENT, "%s(): missing path id", op->name);
		}
		if (amzpay_path_id_check(ids[slot], id_lens[slot], op->id_names[slot], err) != 0) {
			return -1;
		}
		amzpay_buf_append(out, ids[slot], id_lens[slot]);
		p = brace + 3;
	}
	if (out->failed) {
		return amzpay_error_set(err, AMZPAY_ERR_MEMORY, "Out of memory");
	}
	return 0;
}
