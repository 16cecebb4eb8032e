/* The scorer of the attribution guide, section 6. */
#ifndef PC_EVAL_H
#define PC_EVAL_H

#include <stdio.h>

#include "provcheck.h"

struct eval_options {
	int json;
	int verbose;        /* print every disagreement */
	const char *floors; /* file of "metric value" lines, or NULL */
	const char *features; /* write check-worthiness features here, or NULL */
	const char *pair_features; /* write same-fact pair features here, or NULL */
};

/* Returns 0, 1 when a metric is under its floor, -1 on error (*err). */
int eval_corpus(const pc_rules *rules, const char *corpus_dir,
		const struct eval_options *opt, FILE *out, char **err);

#endif
