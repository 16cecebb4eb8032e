/* provcheck: the command line over libprovcheck. */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "changes.h"
#include "eval.h"
#include "provcheck.h"

#define EXIT_FINDINGS 1
#define EXIT_TROUBLE 2

static const char usage[] =
	"usage: provcheck check [options] FILE...   check articles ('-' reads stdin)\n"
	"       provcheck eval [options] CORPUS_DIR  score against CORPUS_DIR/gold\n"
	"       provcheck rules test [DIR]           run every rule's examples\n"
	"       provcheck rules list                 list the attribution patterns\n"
	"       provcheck rules pattern              print the expanded patterns, one a line\n"
	"       provcheck explain RULE               what a finding or pattern means, how to fix it\n"
	"       provcheck db prune --db FILE         drop stored articles whose files are gone\n"
	"       provcheck graph --db FILE [-f dot|prov-json]\n"
	"                                            the stored citation graph, as Graphviz DOT\n"
	"                                            (default) or W3C PROV-JSON\n"
	"       provcheck report --db FILE [--format text|json|html]\n"
	"                                            figures of a stored citation graph\n"
	"\n"
	"check options:\n"
	"  -f, --format FORMAT           output format (default text): text, json,\n"
	"                                html (one self-contained report of all FILEs),\n"
	"                                sarif (GitHub code scanning), checkstyle,\n"
	"                                rdjsonl (reviewdog), github (Actions annotations)\n"
	"      --fail-on note|warning|error|none\n"
	"                                exit 1 when a finding reaches this level\n"
	"                                (default: the config's fail-on, else error)\n"
	"      --config FILE             use FILE for every article instead of the\n"
	"                                nearest .provcheck.ini (or PROVCHECK_CONFIG)\n"
	"      --no-config               use no config file\n"
	"      --baseline FILE           report only findings not in FILE\n"
	"      --write-baseline FILE     record the current findings in FILE, exit 0\n"
	"      --diff FILE               report only findings on lines a unified diff\n"
	"                                adds ('-' reads stdin)\n"
	"      --since REV               report only findings on lines changed since\n"
	"                                the git revision REV (and in new files)\n"
	"      --db FILE                 store every article in the SQLite citation\n"
	"                                graph FILE; unchanged articles are skipped\n"
	"      --corpus-status           with --db: count the origins of the same\n"
	"                                fact in other stored articles\n"
	"      --input-format text|markdown|html|nitf|newsml|docx|odt\n"
	"                                override the format given by the extension\n"
	"      --color auto|always|never colour text output (default auto; NO_COLOR)\n"
	"      --stats                   print throughput figures on stderr\n"
	"      --time-limit SECONDS      refuse an article whose analysis takes longer\n"
	"                                (default 120; 0: no limit)\n"
	"eval options:\n"
	"      --json                    metrics as JSON\n"
	"  -v, --verbose                 list every disagreement with the gold\n"
	"      --floors FILE             exit 1 when a metric is under its floor\n"
	"      --features FILE           write the check-worthiness features of every\n"
	"                                gold claim to FILE (scripts/train-weights)\n"
	"      --pair-features FILE      write the features of every candidate same-fact\n"
	"                                link to FILE (scripts/train-weights)\n"
	"common options:\n"
	"  -r, --rules DIR               add or replace rule files (repeatable)\n"
	"  -h, --help, -V, --version\n"
	"\n"
	"Exit status: 0 no finding at the fail level, 1 some, 2 usage or input error.\n";

struct opts {
	const char *format, *input_format, *color, *floors, *features, *pair_features;
	const char *config, *baseline, *write_baseline, *diff, *since, *db;
	bool no_config, fail_on_set, corpus_status, format_set;
	enum pc_severity fail_on;
	const char **rules;
	size_t nrules;
	int json, verbose, stats;
	double time_limit;
};

static int die_usage(const char *msg)
{
	fprintf(stderr, "provcheck: %s\n%s", msg, usage);
	return EXIT_TROUBLE;
}

/* Reads a file or stdin whole; a directory or unreadable file is an
 * input error with the reason. */
static char *read_input(const char *path, size_t *len)
{
	FILE *f = stdin;
	const char *name = strcmp(path, "-") ? path : "<stdin>";
	if (strcmp(path, "-") != 0) {
		struct stat st;
		if (stat(path, &st) != 0) {
			fprintf(stderr, "%s: error: cannot read: %s\n", path, strerror(errno));
			return NULL;
		}
		if (S_ISDIR(st.st_mode)) {
			fprintf(stderr, "%s: error: is a directory, not an article\n", path);
			return NULL;
		}
		if (st.st_size > PC_MAX_INPUT) {
			fprintf(stderr, "%s: error: %lld bytes, over the %d MB limit for one "
				"article; not read\n", path, (long long)st.st_size,
				PC_MAX_INPUT >> 20);
			return NULL;
		}
		f = fopen(path, "rb");
		if (!f) {
			fprintf(stderr, "%s: error: cannot open: %s\n", path, strerror(errno));
			return NULL;
		}
	}
	size_t cap = 1 << 16, n = 0, got;
	char *buf = malloc(cap);
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n > PC_MAX_INPUT) {
			fprintf(stderr, "%s: error: over the %d MB limit for one article; "
				"not read\n", name, PC_MAX_INPUT >> 20);
			free(buf);
			if (f != stdin)
				fclose(f);
			return NULL;
		}
		if (n == cap) {
			char *nb = realloc(buf, cap *= 2);
			if (!nb) {
				free(buf);
				buf = NULL;
			}
			buf = nb;
		}
	}
	bool bad = ferror(f);
	if (f != stdin)
		fclose(f);
	if (!buf || bad) {
		fprintf(stderr, "%s: error: read failed: %s\n", name,
			buf ? strerror(errno) : "out of memory");
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* What one `check` run shares across documents: the config files read,
 * the rule sets loaded (one per distinct list of rule directories), the
 * baselines and the changed lines. */
struct run {
	pc_config *cfg;
	struct {
		char *key;
		pc_rules *rules;
	} *sets;
	size_t nsets;
	pc_baseline *baseline, *record;
	struct changes *changes;
	pc_db *db;
	/* the analysis thread's own connection to db, for its reads */
	pc_db *reader;
	/* an article could not be stored: the run stops there, since the
	 * next would fail alike (a full disk, a lost lock, an I/O error) */
	bool db_failed;
	size_t baselined, unchanged, skipped, stored;
};

/* SIGINT and SIGTERM while loading a database: finish the document being
 * written, then stop, so the database holds whole documents only (a
 * kill -9 loses at most the open transaction, which SQLite rolls back). */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	interrupted = sig;
}

static void run_free(struct run *r)
{
	for (size_t i = 0; i < r->nsets; i++) {
		free(r->sets[i].key);
		pc_rules_free(r->sets[i].rules);
	}
	free(r->sets);
	pc_config_free(r->cfg);
	pc_baseline_free(r->baseline);
	pc_baseline_free(r->record);
	changes_free(r->changes);
	pc_db_close(r->reader);
	pc_db_close(r->db);
}

/* The config's rule directories, then the command line's (which win);
 * *key names the list, for caching. */
static const char **rule_dirs(const struct opts *o, const pc_settings *s, size_t *n,
			      char **key)
{
	size_t nconf, keylen = 1;
	const char *const *conf = s ? pc_settings_rule_dirs(s, &nconf) : NULL;
	if (!s)
		nconf = 0;
	*n = nconf + o->nrules;
	const char **dirs = malloc((*n + 1) * sizeof(*dirs));
	for (size_t i = 0; i < *n; i++) {
		dirs[i] = i < nconf ? conf[i] : o->rules[i - nconf];
		keylen += strlen(dirs[i]) + 1;
	}
	*key = malloc(keylen);
	(*key)[0] = '\0';
	for (size_t i = 0; i < *n; i++)
		strcat(strcat(*key, dirs[i]), "\n");
	return dirs;
}

static pc_rules *rules_load(const char **dirs, size_t n)
{
	char *err = NULL;
	pc_rules *rules = pc_rules_load(dirs, n, &err);
	if (!rules) {
		fprintf(stderr, "%s\n", err ? err : "provcheck: error: cannot load rules");
		free(err);
	}
	return rules;
}

static pc_rules *rules_for(struct run *r, const struct opts *o, const pc_settings *s)
{
	size_t n;
	char *key;
	const char **dirs = rule_dirs(o, s, &n, &key);
	pc_rules *rules = NULL;
	for (size_t i = 0; i < r->nsets && !rules; i++)
		if (!strcmp(r->sets[i].key, key))
			rules = r->sets[i].rules;
	if (!rules && (rules = rules_load(dirs, n))) {
		r->sets = realloc(r->sets, (r->nsets + 1) * sizeof(*r->sets));
		r->sets[r->nsets].key = key;
		r->sets[r->nsets++].rules = rules;
		key = NULL;
	}
	free(key);
	free(dirs);
	return rules;
}

/* For the commands that check no article (eval, rules, explain): the
 * rule directories of the config found from the working directory, so
 * `rules test` tests the rules `check` would use here. */
static pc_rules *load_rules(const struct opts *o)
{
	const char *explicit = o->config ? o->config : getenv("PROVCHECK_CONFIG");
	pc_config *cfg = pc_config_new(o->no_config ? NULL : explicit, !o->no_config);
	char *err = NULL, *key = NULL;
	const pc_settings *s = pc_config_for(cfg, "-", &err);
	pc_rules *rules = NULL;
	if (!s) {
		fprintf(stderr, "%s\n", err);
		free(err);
		goto out;
	}
	size_t n;
	const char **dirs = rule_dirs(o, s, &n, &key);
	rules = rules_load(dirs, n);
	free(dirs);
out:
	free(key);
	pc_config_free(cfg);
	return rules;
}

/* `pipelined`: an analysis thread will read the database while this one
 * writes (see struct pipeline). */
static int run_open(struct run *r, const struct opts *o, bool pipelined)
{
	char *err = NULL;
	const char *explicit = o->config ? o->config : getenv("PROVCHECK_CONFIG");
	r->cfg = pc_config_new(o->no_config ? NULL : explicit, !o->no_config);
	if (o->baseline && !(r->baseline = pc_baseline_load(o->baseline, &err)))
		goto fail;
	if (o->write_baseline)
		r->record = pc_baseline_new(o->write_baseline);
	if (o->diff && !(r->changes = changes_from_diff(o->diff, &err)))
		goto fail;
	if (o->since && !(r->changes = changes_since(o->since, &err)))
		goto fail;
	if (o->db) {
		if (!(r->db = pc_db_open(o->db, &err)))
			goto fail;
		/* its own connection: reading on the writer's, it would make
		 * the writer's BEGIN IMMEDIATE fail without waiting whenever
		 * the two met (see pc_db_open_reader) */
		if (pipelined && !(r->reader = pc_db_open_reader(r->db, &err)))
			goto fail;
		struct sigaction sa = { .sa_handler = on_signal };
		sigemptyset(&sa.sa_mask);
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGTERM, &sa, NULL);
	}
	return 0;
fail:
	fprintf(stderr, "%s\n", err);
	free(err);
	return -1;
}

/* One article read and analysed: the first half of checking it. */
struct analysed {
	pc_doc *doc;          /* NULL: trouble (said on stderr) or skipped */
	pc_rules *rules;
	const pc_settings *settings;
	enum pc_severity fail_on;
	size_t len;
	bool skipped, current;
};

static void analyse_one(struct run *r, const struct opts *o, enum pc_format fmt,
			const char *path, struct analysed *a)
{
	char *err = NULL;
	memset(a, 0, sizeof(*a));
	const pc_settings *s = pc_config_for(r->cfg, path, &err);
	if (!s) {
		fprintf(stderr, "%s\n", err);
		free(err);
		return;
	}
	a->settings = s;
	int conf_fail = pc_settings_fail_on(s);
	a->fail_on = o->fail_on_set ? o->fail_on : conf_fail >= 0 ? (enum pc_severity)conf_fail :
		     PC_SEV_ERROR;
	if (fmt == PC_FORMAT_AUTO && pc_settings_input_format(s) >= 0)
		fmt = (enum pc_format)pc_settings_input_format(s);
	if (!(a->rules = rules_for(r, o, s)))
		return;
	char *data = read_input(path, &a->len);
	if (!data)
		return;
	/* an unchanged stored article is not analysed again, unless its
	 * report with corpus status is wanted: then it is not rewritten */
	pc_db *db = r->reader ? r->reader : r->db;
	a->current = db && strcmp(path, "-") && pc_db_is_current(db, path, data, a->len);
	if (a->current && !o->corpus_status) {
		free(data);
		a->skipped = true;
		return;
	}
	a->doc = pc_doc_check_within(a->rules, !strcmp(path, "-") ? "<stdin>" : path, data,
				     a->len, fmt, o->time_limit, &err);
	free(data);
	if (!a->doc) {
		fprintf(stderr, "%s\n", err);
		free(err);
		return;
	}
	if (pc_doc_warnings(a->doc))
		fputs(pc_doc_warnings(a->doc), stderr);
}

/* The second half: store, settings, baseline, changed lines.  NULL on
 * trouble, or when the article was skipped. */
static pc_doc *finish_one(struct run *r, const struct opts *o, const char *path,
			  struct analysed *a)
{
	char *err = NULL;
	pc_doc *doc = a->doc;
	if (a->skipped)
		r->skipped++;
	if (!doc)
		return NULL;
	/* the database keeps the analyzer's own findings, at their default
	 * severities: config and suppressions are how one desk reads them */
	if (r->db && ((!a->current && pc_db_store(r->db, a->rules, doc, &err)) ||
		      (o->corpus_status && pc_doc_corpus_status(r->db, a->rules, doc, &err)))) {
		fprintf(stderr, "%s\n", err);
		free(err);
		pc_doc_free(doc);
		r->db_failed = true;
		return NULL;
	}
	r->stored += r->db && !a->current;
	r->skipped += a->current;
	pc_doc_apply_settings(doc, a->settings);
	if (r->record)
		pc_baseline_add(r->record, doc);
	if (r->baseline)
		r->baselined += pc_baseline_filter(r->baseline, doc);
	if (r->changes) {
		size_t n;
		bool whole;
		const int *lines = changes_for(r->changes, path, &n, &whole);
		if (!whole)
			r->unchanged += pc_doc_keep_lines(doc, lines, n);
	}
	return doc;
}

/* Loading a database, one thread analyses the next articles while the
 * main thread writes the current one: the two halves overlap, and the
 * analyzer (whose rules hold match state) still runs on one thread only.
 * A queue of QUEUE_DEPTH bounds the memory held. */
#define QUEUE_DEPTH 4

struct pipeline {
	struct run *run;
	const struct opts *o;
	enum pc_format fmt;
	char **paths;
	int npaths;
	struct analysed q[QUEUE_DEPTH];
	int head, tail; /* items [head, tail) are ready; counts, not indexes */
	bool stop;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

static void *pipeline_analyse(void *arg)
{
	struct pipeline *p = arg;
	for (int i = 0; i < p->npaths; i++) {
		struct analysed a;
		pthread_mutex_lock(&p->mu);
		while (p->tail - p->head == QUEUE_DEPTH && !p->stop)
			pthread_cond_wait(&p->cv, &p->mu);
		bool stop = p->stop;
		pthread_mutex_unlock(&p->mu);
		if (stop || interrupted)
			break;
		analyse_one(p->run, p->o, p->fmt, p->paths[i], &a);
		pthread_mutex_lock(&p->mu);
		p->q[p->tail % QUEUE_DEPTH] = a;
		p->tail++;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
	pthread_mutex_lock(&p->mu);
	p->stop = true;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* The next analysed article, in argument order; false at the end. */
static bool pipeline_next(struct pipeline *p, struct analysed *a)
{
	pthread_mutex_lock(&p->mu);
	while (p->head == p->tail && !p->stop)
		pthread_cond_wait(&p->cv, &p->mu);
	bool got = p->head < p->tail;
	if (got) {
		*a = p->q[p->head % QUEUE_DEPTH];
		p->head++;
		pthread_cond_broadcast(&p->cv);
	}
	pthread_mutex_unlock(&p->mu);
	return got;
}

/* Stops the analysing thread and frees what it analysed ahead. */
static void pipeline_end(struct pipeline *p, pthread_t th)
{
	pthread_mutex_lock(&p->mu);
	p->stop = true;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	pthread_join(th, NULL);
	for (; p->head < p->tail; p->head++)
		pc_doc_free(p->q[p->head % QUEUE_DEPTH].doc);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->cv);
}

/* The closing words on stderr: what a baseline or a diff hid, what a
 * baseline recorded. */
static int run_close(struct run *r, const struct opts *o)
{
	fflush(stdout); /* the report first, then these words under it */
	char *err = NULL;
	/* after a failed store, settling would fail alike: a run that
	 * stopped leaves it to the next, as an interrupted one does */
	if (r->db && !r->db_failed && pc_db_settle(r->db, &err)) {
		fprintf(stderr, "%s\n", err);
		free(err);
		return -1;
	}
	if (r->db)
		fprintf(stderr, "provcheck: %zu document%s stored in %s, %zu unchanged (not rewritten)%s\n",
			r->stored, r->stored == 1 ? "" : "s", o->db, r->skipped,
			r->db_failed ? "; stopped at the first article not stored" : "");
	if (r->baselined)
		fprintf(stderr, "provcheck: %zu finding%s in the baseline %s not shown\n",
			r->baselined, r->baselined == 1 ? "" : "s", o->baseline);
	if (r->unchanged)
		fprintf(stderr, "provcheck: %zu finding%s on unchanged lines not shown\n",
			r->unchanged, r->unchanged == 1 ? "" : "s");
	if (!r->record)
		return 0;
	long n = pc_baseline_write(r->record, &err);
	if (n < 0) {
		fprintf(stderr, "%s\n", err);
		free(err);
		return -1;
	}
	fprintf(stderr, "provcheck: wrote %ld finding%s to the baseline %s\n", n,
		n == 1 ? "" : "s", o->write_baseline);
	return 0;
}

static int cmd_check(struct opts *o, int argc, char **argv)
{
	if (argc == 0)
		return die_usage("check needs at least one FILE (or '-')");
	enum pc_format fmt = PC_FORMAT_AUTO;
	if (o->input_format) {
		int f = pc_format_from_name(o->input_format);
		if (f < 0)
			return die_usage("--input-format takes text, markdown, html, nitf, newsml, "
					 "docx or odt");
		fmt = (enum pc_format)f;
	}
	const char *f = o->format;
	bool json = !strcmp(f, "json"), rdjsonl = !strcmp(f, "rdjsonl"), github = !strcmp(f, "github");
	bool html = !strcmp(f, "html"), sarif = !strcmp(f, "sarif"), checkstyle = !strcmp(f, "checkstyle");
	bool keep = html || sarif || checkstyle;
	if (!keep && !json && !rdjsonl && !github && strcmp(f, "text"))
		return die_usage("--format takes text, json, html, sarif, checkstyle, rdjsonl or github");
	int color = 0;
	if (!strcmp(o->color, "always"))
		color = 1;
	else if (!strcmp(o->color, "auto"))
		color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
	else if (strcmp(o->color, "never"))
		return die_usage("--color takes auto, always or never");
	if (o->diff && o->since)
		return die_usage("--diff and --since do not go together");
	if (o->corpus_status && !o->db)
		return die_usage("--corpus-status needs --db");
	struct run run = { 0 };
	if (run_open(&run, o, argc > 1)) {
		run_free(&run);
		return EXIT_TROUBLE;
	}
	/* recording a baseline prints nothing but what it wrote */
	bool quiet = o->write_baseline != NULL;

	int rc = 0;
	size_t bytes = 0, claims = 0, ndocs = 0;
	double t0 = now();
	/* HTML, SARIF and checkstyle need every document before they write
	 * (one report, one run, one XML tree); the others stream */
	pc_doc **kept = NULL;
	if (json && !quiet)
		printf("{\n  \"tool\": \"provcheck\",\n  \"version\": \"%s\",\n  \"documents\": [", pc_version());
	struct pipeline pl = { .run = &run, .o = o, .fmt = fmt, .paths = argv, .npaths = argc };
	pthread_t th;
	bool threaded = run.reader != NULL;
	if (threaded) {
		pthread_mutex_init(&pl.mu, NULL);
		pthread_cond_init(&pl.cv, NULL);
		if (pthread_create(&th, NULL, pipeline_analyse, &pl) != 0) {
			pthread_mutex_destroy(&pl.mu);
			pthread_cond_destroy(&pl.cv);
			threaded = false;
		}
	}
	for (int i = 0; i < argc; i++) {
		struct analysed a;
		if (interrupted || run.db_failed)
			break;
		if (threaded) {
			if (!pipeline_next(&pl, &a))
				break;
		} else {
			analyse_one(&run, o, fmt, argv[i], &a);
		}
		pc_doc *doc = finish_one(&run, o, argv[i], &a);
		if (!doc) {
			if (!a.skipped)
				rc = EXIT_TROUBLE;
			continue;
		}
		bytes += a.len;
		claims += pc_doc_claim_count(doc);
		if (rc == 0 && a.fail_on != PC_SEV_NONE && pc_doc_worst(doc) >= a.fail_on)
			rc = EXIT_FINDINGS;
		if (keep && !quiet) {
			kept = realloc(kept, (ndocs + 1) * sizeof(*kept));
			kept[ndocs++] = doc;
			continue;
		}
		if (quiet) {
		} else if (json) {
			printf("%s\n    ", ndocs ? "," : "");
			pc_emit_json_document(stdout, doc, 2);
		} else if (rdjsonl) {
			pc_emit_rdjsonl(stdout, doc);
		} else if (github) {
			pc_emit_github(stdout, doc);
		} else {
			pc_emit_text(stdout, doc, color);
		}
		ndocs++;
		pc_doc_free(doc);
	}
	if (threaded)
		pipeline_end(&pl, th);
	if (keep && !quiet) {
		/* an empty SARIF log or checkstyle report still parses, where
		 * no output at all would fail the upload step after it */
		if (html && ndocs)
			pc_emit_html(stdout, kept, ndocs);
		else if (sarif)
			pc_emit_sarif(stdout, kept, ndocs);
		else if (checkstyle)
			pc_emit_checkstyle(stdout, kept, ndocs);
		for (size_t i = 0; i < ndocs; i++)
			pc_doc_free(kept[i]);
		free(kept);
	}
	if (json && !quiet)
		printf("\n  ]\n}\n");
	if (o->stats) {
		double dt = now() - t0;
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		fprintf(stderr, "stats: %zu documents, %zu bytes, %zu claims, %.3f s, "
			"%.2f MB/s, %.0f claims/s, max RSS %ld KiB\n", ndocs, bytes, claims,
			dt, dt > 0 ? bytes / 1e6 / dt : 0.0, dt > 0 ? claims / dt : 0.0,
			ru.ru_maxrss);
	}
	if (run_close(&run, o))
		rc = EXIT_TROUBLE;
	if (interrupted) {
		fprintf(stderr, "provcheck: interrupted: every document stored so far is whole\n");
		rc = 128 + interrupted;
	}
	else if (quiet && rc == EXIT_FINDINGS)
		rc = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "provcheck: error: writing output failed\n");
		rc = EXIT_TROUBLE;
	}
	run_free(&run);
	return rc;
}

static int cmd_eval(struct opts *o, int argc, char **argv)
{
	if (argc != 1)
		return die_usage("eval takes one CORPUS_DIR");
	pc_rules *rules = load_rules(o);
	if (!rules)
		return EXIT_TROUBLE;
	char *err = NULL;
	struct eval_options eo = { .json = o->json, .verbose = o->verbose, .floors = o->floors,
				   .features = o->features, .pair_features = o->pair_features };
	int rc = eval_corpus(rules, argv[0], &eo, stdout, &err);
	if (rc < 0) {
		fprintf(stderr, "%s\n", err);
		free(err);
		rc = EXIT_TROUBLE;
	}
	pc_rules_free(rules);
	return rc;
}

static int cmd_rules(struct opts *o, int argc, char **argv)
{
	if (argc < 1)
		return die_usage("rules needs test, list or pattern");
	const char *sub = argv[0];
	if (argc == 2 && !strcmp(sub, "test")) {
		o->rules = realloc(o->rules, (o->nrules + 1) * sizeof(*o->rules));
		o->rules[o->nrules++] = argv[1];
	} else if (argc != 1) {
		return die_usage("too many arguments to rules");
	}
	pc_rules *rules = load_rules(o);
	if (!rules)
		return EXIT_TROUBLE;
	int rc = 0;
	if (!strcmp(sub, "test")) {
		rc = pc_rules_test(rules, stdout) ? EXIT_FINDINGS : 0;
	} else if (!strcmp(sub, "list")) {
		pc_rules_list(rules, stdout);
	} else if (!strcmp(sub, "pattern")) {
		char *p = pc_rules_expanded_patterns(rules);
		fputs(p, stdout);
		free(p);
	} else {
		rc = die_usage("rules needs test, list or pattern");
	}
	pc_rules_free(rules);
	return rc;
}

static int cmd_db(struct opts *o, int argc, char **argv)
{
	if (argc != 1 || strcmp(argv[0], "prune") || !o->db)
		return die_usage("db takes prune and --db FILE");
	char *err = NULL;
	pc_db *db = pc_db_open(o->db, &err);
	int n = db ? pc_db_prune(db, stdout, &err) : -1;
	pc_db_close(db);
	if (n < 0) {
		fprintf(stderr, "%s\n", err);
		free(err);
		return EXIT_TROUBLE;
	}
	fprintf(stderr, "provcheck: %d document%s pruned from %s\n", n, n == 1 ? "" : "s", o->db);
	return 0;
}

/* Readers (report, graph) need the database there already, and a
 * provcheck one: a mistyped name must not leave a new file behind, and
 * every complaint names the file.  NULL after saying why. */
static pc_db *open_for_reading(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0 || access(path, R_OK) != 0) {
		fprintf(stderr, "%s: error: cannot read the database: %s\n", path, strerror(errno));
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		fprintf(stderr, "%s: error: is a directory, not a database\n", path);
		return NULL;
	}
	char *err = NULL;
	pc_db *db = pc_db_open_existing(path, &err);
	if (!db) {
		fprintf(stderr, "%s\n", err);
		free(err);
	}
	return db;
}

static int finish_reading(pc_db *db, int rc, char *err)
{
	pc_db_close(db);
	if (rc < 0) {
		fprintf(stderr, "%s\n", err ? err : "provcheck: error: cannot read the database");
		free(err);
		return EXIT_TROUBLE;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "provcheck: error: writing output failed\n");
		return EXIT_TROUBLE;
	}
	return 0;
}

static int cmd_graph(struct opts *o, int argc, char **argv)
{
	if (argc != 0 || !o->db)
		return die_usage("graph takes --db FILE and --format dot or prov-json");
	const char *format = o->format_set ? o->format : "dot";
	if (strcmp(format, "dot") && strcmp(format, "prov-json"))
		return die_usage("graph --format takes dot or prov-json");
	pc_db *db = open_for_reading(o->db);
	if (!db)
		return EXIT_TROUBLE;
	char *err = NULL;
	int rc = pc_graph(db, format, stdout, &err);
	return finish_reading(db, rc, err);
}

static int cmd_report(struct opts *o, int argc, char **argv)
{
	if (argc != 0 || !o->db)
		return die_usage("report takes --db FILE and no other argument");
	const char *f = o->format;
	if (strcmp(f, "text") && strcmp(f, "json") && strcmp(f, "html"))
		return die_usage("report --format takes text, json or html");
	pc_db *db = open_for_reading(o->db);
	if (!db)
		return EXIT_TROUBLE;
	char *err = NULL;
	int rc = pc_report(db, f, stdout, &err);
	return finish_reading(db, rc, err);
}

static int cmd_explain(struct opts *o, int argc, char **argv)
{
	if (argc != 1)
		return die_usage("explain takes one RULE id (see 'provcheck rules list')");
	pc_rules *rules = load_rules(o);
	if (!rules)
		return EXIT_TROUBLE;
	int rc = 0;
	if (pc_explain(rules, argv[0], stdout) < 0) {
		fprintf(stderr, "provcheck: error: no rule '%s' (see 'provcheck rules list')\n", argv[0]);
		rc = EXIT_TROUBLE;
	}
	pc_rules_free(rules);
	return rc;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "fail-on", required_argument, NULL, 'F' },
		{ "input-format", required_argument, NULL, 'I' },
		{ "color", required_argument, NULL, 'C' },
		{ "colour", required_argument, NULL, 'C' },
		{ "rules", required_argument, NULL, 'r' },
		{ "json", no_argument, NULL, 'j' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "floors", required_argument, NULL, 'L' },
		{ "features", required_argument, NULL, 'X' },
		{ "pair-features", required_argument, NULL, 'Q' },
		{ "stats", no_argument, NULL, 'S' },
		{ "config", required_argument, NULL, 'c' },
		{ "no-config", no_argument, NULL, 'N' },
		{ "baseline", required_argument, NULL, 'b' },
		{ "write-baseline", required_argument, NULL, 'w' },
		{ "diff", required_argument, NULL, 'd' },
		{ "since", required_argument, NULL, 's' },
		{ "db", required_argument, NULL, 'D' },
		{ "corpus-status", no_argument, NULL, 'P' },
		{ "time-limit", required_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct opts o = { .format = "text", .color = "auto", .fail_on = PC_SEV_ERROR,
			  .time_limit = PC_TIME_LIMIT };
	int c;
	if (argc < 2)
		return die_usage("missing command");
	const char *cmd = argv[1];
	if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
		fputs(usage, stdout);
		return 0;
	}
	if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
		printf("provcheck %s\n", pc_version());
		return 0;
	}
	optind = 2;
	while ((c = getopt_long(argc, argv, "f:r:vhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			o.format = optarg;
			o.format_set = true;
			break;
		case 'F':
			o.fail_on = pc_severity_from_name(optarg);
			o.fail_on_set = true;
			if (!strcmp(optarg, "none"))
				o.fail_on = PC_SEV_NONE;
			else if ((int)o.fail_on < PC_SEV_NOTE || o.fail_on > PC_SEV_ERROR)
				return die_usage("--fail-on takes note, warning, error or none");
			break;
		case 'c':
			o.config = optarg;
			break;
		case 'N':
			o.no_config = true;
			break;
		case 'b':
			o.baseline = optarg;
			break;
		case 'w':
			o.write_baseline = optarg;
			break;
		case 'd':
			o.diff = optarg;
			break;
		case 's':
			o.since = optarg;
			break;
		case 'D':
			o.db = optarg;
			break;
		case 'P':
			o.corpus_status = true;
			break;
		case 'T': {
			char *end;
			o.time_limit = strtod(optarg, &end);
			if (end == optarg || *end || !(o.time_limit >= 0 && o.time_limit <= 1e6))
				return die_usage("--time-limit takes a number of seconds (0: no limit)");
			break;
		}
		case 'I':
			o.input_format = optarg;
			break;
		case 'C':
			o.color = optarg;
			break;
		case 'r':
			o.rules = realloc(o.rules, (o.nrules + 1) * sizeof(*o.rules));
			o.rules[o.nrules++] = optarg;
			break;
		case 'j':
			o.json = 1;
			break;
		case 'v':
			o.verbose = 1;
			break;
		case 'L':
			o.floors = optarg;
			break;
		case 'X':
			o.features = optarg;
			break;
		case 'Q':
			o.pair_features = optarg;
			break;
		case 'S':
			o.stats = 1;
			break;
		case 'h':
			fputs(usage, stdout);
			return 0;
		case 'V':
			printf("provcheck %s\n", pc_version());
			return 0;
		default:
			return die_usage("unknown option");
		}
	}
	int rest = argc - optind;
	char **args = argv + optind;
	int rc;
	if (!strcmp(cmd, "check"))
		rc = cmd_check(&o, rest, args);
	else if (!strcmp(cmd, "eval"))
		rc = cmd_eval(&o, rest, args);
	else if (!strcmp(cmd, "rules"))
		rc = cmd_rules(&o, rest, args);
	else if (!strcmp(cmd, "explain"))
		rc = cmd_explain(&o, rest, args);
	else if (!strcmp(cmd, "db"))
		rc = cmd_db(&o, rest, args);
	else if (!strcmp(cmd, "graph"))
		rc = cmd_graph(&o, rest, args);
	else if (!strcmp(cmd, "report"))
		rc = cmd_report(&o, rest, args);
	else
		rc = die_usage("unknown command");
	free(o.rules);
	return rc;
}
