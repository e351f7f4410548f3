/*
 * Minimal test harness for the Zend-free core. Each test file defines
 * tests with UNIT_TEST(name) and lists them in UNIT_MAIN(...). The runner
 * prints one line per failure and a final "N passed, N failed" line.
 */
#ifndef AMZPAY_UNIT_H
#define AMZPAY_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_failed_checks;

#define CHECK(cond)                                                                                            \
	do {                                                                                                       \
		if (!(cond)) {                                                                                         \
			fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond);                         \
			unit_failed_checks++;                                                                              \
		}                                                                                                      \
	} while (0)

#define CHECK_STR(a, b)                                                                                        \
	do {                                                                                                       \
		const char *a_ = (a), *b_ = (b);                                                                       \
		if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                                               \
			fprintf(stderr, "  %s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__, a_ ? a_ : "(null)",              \
			        b_ ? b_ : "(null)");                                                                       \
			unit_failed_checks++;                                                                              \
		}                                                                                                      \
	} while (0)

#define UNIT_TEST(name) static void name(void)

typedef struct {
	const char *name;
	void (*fn)(void);
} unit_case;

#define UNIT_MAIN(...)                                                                                         \
	int main(void)                                                                                             \
	{                                                                                                          \
		unit_case cases[] = {__VA_ARGS__};                                                                     \
		int passed = 0, failed = 0;                                                                            \
		for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {                                        \
			int before = unit_failed_checks;                                                                   \
			cases[i].fn();                                                                                     \
			if (unit_failed_checks == before) {                                                                \
				passed++;                                                                                      \
			} else {                                                                                           \
				failed++;                                                                                      \
				fprintf(stderr, "FAIL %s\n", cases[i].name);                                                   \
			}                                                                                                  \
		}                                                                                                      \
		printf("%d passed, %d failed\n", passed, failed);                                                      \
		return failed ? 1 : 0;                                                                                 \
	}

#define UNIT_CASE(fn) {#fn, fn}

#endif
