/* provcheck: the command line over libprovcheck. */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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
	"\n"
	"check options:\n"
	"  -f, --format FORMAT           output format (default text): text, json,\n"
	"                                html (one self-contained report of all FILEs),\n"
	"                                sarif (GitHub code scanning), checkstyle,\n"
	"                                rdjsonl (reviewdog), github (Actions annotations)\n"
	"      --fail-on note|warning|error\n"
	"                                exit 1 when a finding reaches this level\n"
	"                                (default error)\n"
	"      --input-format text|markdown\n"
	"                                override the format given by the extension\n"
	"      --color auto|always|never colour text output (default auto; NO_COLOR)\n"
	"      --stats                   print throughput figures on stderr\n"
	"eval options:\n"
	"      --json                    metrics as JSON\n"
	"  -v, --verbose                 list every disagreement with the gold\n"
	"      --floors FILE             exit 1 when a metric is under its floor\n"
	"common options:\n"
	"  -r, --rules DIR               add or replace rule files (repeatable)\n"
	"  -h, --help, -V, --version\n"
	"\n"
	"Exit status: 0 no finding at the fail level, 1 some, 2 usage or input error.\n";

struct opts {
	const char *format, *input_format, *color, *floors;
	enum pc_severity fail_on;
	const char **rules;
	size_t nrules;
	int json, verbose, stats;
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
		fprintf(stderr, "%s: error: read failed: %s\n", path,
			buf ? strerror(errno) : "out of memory");
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

static pc_rules *load_rules(const struct opts *o)
{
	char *err = NULL;
	pc_rules *r = pc_rules_load(o->rules, o->nrules, &err);
	if (!r) {
		fprintf(stderr, "%s\n", err ? err : "provcheck: error: cannot load rules");
		free(err);
	}
	return r;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmd_check(struct opts *o, int argc, char **argv)
{
	if (argc == 0)
		return die_usage("check needs at least one FILE (or '-')");
	enum pc_format fmt = PC_FORMAT_AUTO;
	if (o->input_format) {
		if (!strcmp(o->input_format, "text"))
			fmt = PC_FORMAT_TEXT;
		else if (!strcmp(o->input_format, "markdown"))
			fmt = PC_FORMAT_MARKDOWN;
		else
			return die_usage("--input-format takes text or markdown");
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
	pc_rules *rules = load_rules(o);
	if (!rules)
		return EXIT_TROUBLE;

	int rc = 0;
	size_t bytes = 0, claims = 0, ndocs = 0;
	double t0 = now();
	/* HTML, SARIF and checkstyle need every document before they write
	 * (one report, one run, one XML tree); the others stream */
	pc_doc **kept = NULL;
	if (json)
		printf("{\n  \"tool\": \"provcheck\",\n  \"version\": \"%s\",\n  \"documents\": [", pc_version());
	for (int i = 0; i < argc; i++) {
		size_t len;
		const char *path = argv[i];
		char *data = read_input(path, &len);
		if (!data) {
			rc = EXIT_TROUBLE;
			continue;
		}
		char *err = NULL;
		pc_doc *doc = pc_doc_check(rules, !strcmp(path, "-") ? "<stdin>" : path,
					   data, len, fmt, &err);
		free(data);
		if (!doc) {
			fprintf(stderr, "%s\n", err);
			free(err);
			rc = EXIT_TROUBLE;
			continue;
		}
		if (pc_doc_warnings(doc))
			fputs(pc_doc_warnings(doc), stderr);
		bytes += len;
		claims += pc_doc_claim_count(doc);
		if (rc == 0 && pc_doc_worst(doc) >= o->fail_on)
			rc = EXIT_FINDINGS;
		if (keep) {
			kept = realloc(kept, (ndocs + 1) * sizeof(*kept));
			kept[ndocs++] = doc;
			continue;
		}
		if (json) {
			char *s = pc_doc_json(doc);
			printf("%s\n    %s", ndocs ? "," : "", s);
			free(s);
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
	if (keep) {
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
	if (json)
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
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "provcheck: error: writing output failed\n");
		rc = EXIT_TROUBLE;
	}
	pc_rules_free(rules);
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
	struct eval_options eo = { .json = o->json, .verbose = o->verbose, .floors = o->floors };
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
		{ "stats", no_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct opts o = { .format = "text", .color = "auto", .fail_on = PC_SEV_ERROR };
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
			break;
		case 'F':
			o.fail_on = pc_severity_from_name(optarg);
			if ((int)o.fail_on < PC_SEV_NOTE || o.fail_on > PC_SEV_ERROR)
				return die_usage("--fail-on takes note, warning or error");
			break;
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
	else
		rc = die_usage("unknown command");
	free(o.rules);
	return rc;
}
