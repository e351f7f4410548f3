/*
 * Helpers for the legacy-bridge unit tests: locating the shared legacy
 * fixtures (never copied into the project), reading files, skipping, and
 * comparing cJSON trees the way PHP would see them.
 *
 * The fixtures live beside the project root: ../../../shared/legacy-fixtures
 * relative to tests/unit (override with AMZPAY_LEGACY_FIXTURES). When the
 * folder is absent, fixture tests print "SKIP ..." and count as skipped.
 */
#ifndef AMZPAY_TEST_FIXTURES_H
#define AMZPAY_TEST_FIXTURES_H

#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int fixtures_skipped;

static inline void fixtures_report_skips(void)
{
	if (fixtures_skipped) {
		printf("%d skipped\n", fixtures_skipped);
	}
}

static inline const char *fixtures_dir(void)
{
	static bool registered;
	const char *env = getenv("AMZPAY_LEGACY_FIXTURES");

	if (!registered) {
		atexit(fixtures_report_skips);
		registered = true;
	}
	return env && *env ? env : "../../../shared/legacy-fixtures";
}

/* true when the fixture folder is there; otherwise prints a SKIP note for `test`. */
static inline bool fixtures_available(const char *test)
{
	struct stat st;
	char path[1024];

	snprintf(path, sizeof(path), "%s/mws", fixtures_dir());
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		return true;
	}
	printf("SKIP %s: legacy fixtures not found at %s\n", test, fixtures_dir());
	fixtures_skipped++;
	return false;
}

/* Whole file, NUL-terminated, malloc'd; NULL when unreadable. */
static inline char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f) {
		return NULL;
	}
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
		buf = malloc((size_t)n + 1);
		if (buf && fread(buf, 1, (size_t)n, f) == (size_t)n) {
			buf[n] = '\0';
			if (len) {
				*len = (size_t)n;
			}
		} else {
			free(buf);
			buf = NULL;
		}
	}
	fclose(f);
	return buf;
}

static inline char *read_fixture(const char *rel, size_t *len)
{
	char path[1024];

	snprintf(path, sizeof(path), "%s/%s", fixtures_dir(), rel);
	return read_file(path, len);
}

/* Parsed "toArray" member of mws-toArray/<name>.toArray.json (owned), and its status. */
static inline cJSON *read_to_array(const char *name, int *status)
{
	char rel[512];
	char *text;
	cJSON *doc, *arr;

	snprintf(rel, sizeof(rel), "mws-toArray/%s.toArray.json", name);
	text = read_fixture(rel, NULL);
	if (!text) {
		return NULL;
	}
	doc = cJSON_Parse(text);
	free(text);
	if (!doc) {
		return NULL;
	}
	if (status) {
		cJSON *s = cJSON_GetObjectItemCaseSensitive(doc, "_http_status_used");
		*status = cJSON_IsNumber(s) ? s->valueint : 0;
	}
	arr = cJSON_DetachItemFromObjectCaseSensitive(doc, "toArray");
	cJSON_Delete(doc);
	return arr;
}

/* Sorted names of the mws XML fixtures without extension; returns count (max `cap`). */
static inline int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static inline size_t list_mws_fixtures(char **names, size_t cap)
{
	char path[1024];
	DIR *d;
	struct dirent *e;
	size_t n = 0, l;

	snprintf(path, sizeof(path), "%s/mws", fixtures_dir());
	d = opendir(path);
	if (!d) {
		return 0;
	}
	while ((e = readdir(d)) && n < cap) {
		l = strlen(e->d_name);
		if (l > 4 && strcmp(e->d_name + l - 4, ".xml") == 0) {
			names[n] = strndup(e->d_name, l - 4);
			n++;
		}
	}
	closedir(d);
	qsort(names, n, sizeof(names[0]), cmp_names);
	return n;
}

/* PHP arrays: an empty object and an empty list are both []. */
static inline bool tree_is_empty_container(const cJSON *v)
{
	return (cJSON_IsObject(v) || cJSON_IsArray(v)) && v->child == NULL;
}

/*
 * Exact comparison as PHP arrays: same keys in the same order, same
 * values, lists element by element; {} == []. On mismatch prints the path.
 */
static inline bool tree_equal(const cJSON *a, const cJSON *b, const char *path)
{
	char sub[512];
	const cJSON *x, *y;
	int i = 0;

	if (tree_is_empty_container(a) && tree_is_empty_container(b)) {
		return true;
	}
	if (cJSON_IsString(a) && cJSON_IsString(b)) {
		if (strcmp(a->valuestring, b->valuestring) != 0) {
			fprintf(stderr, "  %s: \"%s\" != \"%s\"\n", path, a->valuestring, b->valuestring);
			return false;
		}
		return true;
	}
	if ((cJSON_IsObject(a) && cJSON_IsObject(b)) || (cJSON_IsArray(a) && cJSON_IsArray(b))) {
		for (x = a->child, y = b->child; x && y; x = x->next, y = y->next, i++) {
			if (cJSON_IsObject(a)) {
				if (strcmp(x->string, y->string) != 0) {
					fprintf(stderr, "  %s: key #%d \"%s\" != \"%s\"\n", path, i, x->string, y->string);
					return false;
				}
				snprintf(sub, sizeof(sub), "%s.%s", path, x->string);
			} else {
				snprintf(sub, sizeof(sub), "%s[%d]", path, i);
			}
			if (!tree_equal(x, y, sub)) {
				return false;
			}
		}
		if (x || y) {
			fprintf(stderr, "  %s: extra %s\n", path, x ? (x->string ? x->string : "item") : (y->string ? y->string : "item"));
			return false;
		}
		return true;
	}
	fprintf(stderr, "  %s: type %d != %d\n", path, a->type & 0xff, b->type & 0xff);
	return false;
}

/* Kind of a value as PHP code sees it: 's' string, 'e' empty array, 'o' map, 'l' list. */
static inline char tree_kind(const cJSON *v)
{
	if (cJSON_IsString(v)) {
		return 's';
	}
	if (tree_is_empty_container(v)) {
		return 'e';
	}
	return cJSON_IsArray(v) ? 'l' : 'o';
}

/*
 * "Same shape": every key of `mine` exists in `ref` with a compatible kind
 * (maps recurse; an empty element is compatible with anything, because MWS
 * itself renders an absent optional field or list that way), and - unless
 * `subset` - every key of `ref` exists in `mine`. Key order is not compared.
 */
static inline bool tree_same_shape(const cJSON *mine, const cJSON *ref, bool subset, const char *path)
{
	char sub[512];
	const cJSON *x, *y;
	char km = tree_kind(mine), kr = tree_kind(ref);

	if (km == 'e' || kr == 'e' || (km == 's' && kr == 's')) {
		return true; /* an empty element is how MWS renders any absent content */
	}
	if (km != kr) {
		fprintf(stderr, "  shape %s: kind '%c' != '%c'\n", path, km, kr);
		return false;
	}
	if (km == 'l') {
		return tree_same_shape(mine->child, ref->child, subset, path);
	}
	cJSON_ArrayForEach(x, mine)
	{
		snprintf(sub, sizeof(sub), "%s.%s", path, x->string);
		y = cJSON_GetObjectItemCaseSensitive(ref, x->string);
		if (!y) {
			fprintf(stderr, "  shape %s: not in the reference\n", sub);
			return false;
		}
		if (!tree_same_shape(x, y, subset, sub)) {
			return false;
		}
	}
	if (!subset) {
		cJSON_ArrayForEach(y, ref)
		{
			if (!cJSON_GetObjectItemCaseSensitive(mine, y->string)) {
				fprintf(stderr, "  shape %s.%s: missing\n", path, y->string);
				return false;
			}
		}
	}
	return true;
}

#endif
