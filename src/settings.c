/* .provcheck.ini: per-project settings, found from each checked file's own
 * directory upward, so `provcheck check a/x.md b/y.md` honours the settings
 * of a/ and of b/ whatever the working directory is.
 *
 * The cascade, lowest first: built-in defaults; the file's global keys
 * (before any section, or in [provcheck]); every [GLOB] section matching
 * the document, in file order, each key overriding only itself; then the
 * command line.  One file applies to a document: the nearest one, or the
 * one given with --config / PROVCHECK_CONFIG. */
#include "settings.h"

#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "judge.h"
#include "util.h"

#define CONFIG_NAME ".provcheck.ini"

struct cfg_section {
	char *glob;       /* NULL: the global keys */
	struct cfg_values v;
};

struct cfg_file {
	char *path, *dir; /* absolute; dir without a trailing slash */
	struct cfg_section *sections;
	size_t nsections;
};

/* A directory already searched, and the file that governs it (or none). */
struct cfg_dir {
	char *dir;
	struct cfg_file *file;
};

struct pc_config {
	char *explicit_path;
	bool discover;
	struct cfg_file **files;
	size_t nfiles;
	struct cfg_dir *dirs;
	size_t ndirs;
	pc_settings **settings; /* handed out, freed with the config */
	size_t nsettings;
};

static void values_init(struct cfg_values *v)
{
	v->fail_on = -1;
	v->input_format = -1;
	for (int i = 0; i < RULE_COUNT; i++)
		v->severity[i] = -1;
	v->dirs = NULL;
	v->ndirs = 0;
}

/* --- parsing ------------------------------------------------------------ */

struct parser {
	struct cfg_file *f;
	FILE *in;
	int line, next_line;
	char *err;
};

static int perr(struct parser *p, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int perr(struct parser *p, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (!p->err)
		p->err = xasprintf("%s:%d: error: %s", p->f->path, p->line, msg);
	return 0;
}

/* inih hands lines to its handler one at a time; counting them here is
 * how the handler learns the line it is on (Debian builds inih without
 * INI_HANDLER_LINENO). */
static char *reader(char *str, int num, void *stream)
{
	struct parser *p = stream;
	char *s = fgets(str, num, p->in);
	if (!s)
		return NULL;
	p->line = p->next_line;
	if (strchr(s, '\n'))
		p->next_line++;
	return s;
}

static bool is_global(const char *section)
{
	return !*section || strcmp(section, "provcheck") == 0;
}

static struct cfg_section *section_for(struct parser *p, const char *name)
{
	struct cfg_file *f = p->f;
	bool global = is_global(name);
	if (f->nsections) {
		struct cfg_section *last = &f->sections[f->nsections - 1];
		if (global ? !last->glob : last->glob && !strcmp(last->glob, name))
			return last;
	}
	f->sections = xrealloc(f->sections, (f->nsections + 1) * sizeof(*f->sections));
	struct cfg_section *s = &f->sections[f->nsections++];
	s->glob = global ? NULL : xstrdup(name);
	values_init(&s->v);
	return s;
}

static int severity_value(const char *v)
{
	if (!strcmp(v, "off") || !strcmp(v, "none"))
		return PC_SEV_NONE;
	enum pc_severity s = pc_severity_from_name(v);
	return (int)s >= PC_SEV_NOTE && s <= PC_SEV_ERROR ? (int)s : -1;
}

/* Directories are relative to the config file; several may be given,
 * separated by blanks or commas, and the key may repeat. */
static void add_dirs(struct parser *p, struct cfg_values *v, const char *value)
{
	const char *s = value;
	while (*s) {
		size_t n = strcspn(s, " \t,");
		if (n) {
			char *d;
			if (s[0] == '/') {
				d = xmalloc(n + 1);
				memcpy(d, s, n);
				d[n] = '\0';
			} else {
				size_t l = strlen(p->f->dir) + n + 2;
				d = xmalloc(l);
				snprintf(d, l, "%s/%.*s", p->f->dir, (int)n, s);
			}
			v->dirs = xrealloc(v->dirs, (v->ndirs + 1) * sizeof(*v->dirs));
			v->dirs[v->ndirs++] = d;
		}
		s += n;
		s += strspn(s, " \t,");
	}
}

static int handler(void *user, const char *section, const char *key, const char *value)
{
	struct parser *p = user;
	struct cfg_values *v = &section_for(p, section)->v;
	if (!strcmp(key, "fail-on")) {
		int s = severity_value(value);
		if (s < 0)
			return perr(p, "fail-on takes note, warning, error or none, not '%s'", value);
		v->fail_on = s;
		return 1;
	}
	if (!strcmp(key, "rules") || !strcmp(key, "gazetteer")) {
		add_dirs(p, v, value);
		return 1;
	}
	if (!strcmp(key, "input-format")) {
		int f = pc_format_from_name(value);
		if (f < 0)
			return perr(p, "input-format takes text, markdown, html, nitf, newsml, docx "
				    "or odt, not '%s'", value);
		v->input_format = f;
		return 1;
	}
	int rule = judge_rule_from_id(key);
	if (rule < 0)
		return perr(p, "unknown key '%s' (fail-on, rules, gazetteer, input-format, "
			    "or a rule id from 'provcheck rules list')", key);
	int s = severity_value(value);
	if (s < 0)
		return perr(p, "%s takes off, note, warning or error, not '%s'", key, value);
	v->severity[rule] = s;
	return 1;
}

void settings_file_free(struct cfg_file *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->nsections; i++) {
		free(f->sections[i].glob);
		for (size_t k = 0; k < f->sections[i].v.ndirs; k++)
			free(f->sections[i].v.dirs[k]);
		free(f->sections[i].v.dirs);
	}
	free(f->sections);
	free(f->path);
	free(f->dir);
	free(f);
}

struct cfg_file *settings_file_parse(FILE *in, const char *abs_path, char **err)
{
	struct parser p = { .line = 1, .next_line = 1, .in = in };
	p.f = xcalloc(1, sizeof(*p.f));
	p.f->path = xstrdup(abs_path);
	p.f->dir = xstrdup(abs_path);
	char *slash = strrchr(p.f->dir, '/');
	if (slash)
		*slash = '\0';
	int rc = ini_parse_stream(reader, &p, handler, &p);
	if (rc > 0 && !p.err) {
		p.line = rc;
		perr(&p, "cannot parse this line (expected [section] or key = value)");
	} else if (rc < 0 && !p.err) {
		perr(&p, "cannot parse the file");
	}
	if (p.err) {
		*err = p.err;
		settings_file_free(p.f);
		return NULL;
	}
	return p.f;
}

static struct cfg_file *file_load(const char *path, char **err)
{
	char *abs = realpath(path, NULL);
	FILE *in = abs ? fopen(abs, "r") : NULL;
	if (!in) {
		*err = xasprintf("%s: error: cannot read config: %s", path, strerror(errno));
		free(abs);
		return NULL;
	}
	struct cfg_file *f = settings_file_parse(in, abs, err);
	fclose(in);
	free(abs);
	return f;
}

/* --- matching ----------------------------------------------------------- */

/* Glob match where '*' and '?' stop at '/', "**" crosses directories
 * ("**" + "/" also matches nothing), and [...] is a byte class. */
/* The glob and the path being matched, and the states (glob offset, path
 * offset) known not to match: every star tries each rest of the path, so
 * without them a glob of many stars ("**" + "/" + thirty "*") backtracks
 * exponentially; with them each state is tried once. */
struct glob_memo {
	const char *g0, *s0;
	size_t slen;
	unsigned char *failed;
};

static bool glob_match_at(struct glob_memo *m, const char *g, const char *s);

static bool glob_match(struct glob_memo *m, const char *g, const char *s)
{
	size_t k = (size_t)(g - m->g0) * (m->slen + 1) + (size_t)(s - m->s0);
	if (m->failed[k])
		return false;
	bool hit = glob_match_at(m, g, s);
	if (!hit)
		m->failed[k] = 1;
	return hit;
}

static bool glob_match_at(struct glob_memo *m, const char *g, const char *s)
{
	for (; *g; g++, s++) {
		if (g[0] == '*' && g[1] == '*') {
			g += 2;
			if (*g == '/' && glob_match(m, g + 1, s))
				return true;
			for (;; s++) {
				if (glob_match(m, g, s))
					return true;
				if (!*s)
					return false;
			}
		}
		if (*g == '*') {
			for (;; s++) {
				if (glob_match(m, g + 1, s))
					return true;
				if (!*s || *s == '/')
					return false;
			}
		}
		if (!*s)
			return false;
		if (*g == '[') {
			const char *e = strchr(g + 1, ']');
			if (e) {
				bool neg = g[1] == '!' || g[1] == '^', hit = false;
				for (const char *c = g + 1 + neg; c < e; c++) {
					if (c + 2 < e && c[1] == '-') {
						hit |= *s >= c[0] && *s <= c[2];
						c += 2;
					} else {
						hit |= *s == *c;
					}
				}
				if (hit == neg || *s == '/')
					return false;
				g = e;
				continue;
			}
		}
		if (*g == '?' ? *s == '/' : *g != *s)
			return false;
	}
	return !*s;
}

/* A glob with no '/' matches the file name in any directory, as in
 * EditorConfig; one with a '/' matches the path from the config file's
 * directory. */
static bool section_matches(const struct cfg_file *f, const char *glob, const char *abs)
{
	size_t dl = strlen(f->dir);
	const char *rel = abs;
	if (strncmp(abs, f->dir, dl) == 0 && abs[dl] == '/')
		rel = abs + dl + 1;
	else if (strcmp(f->dir, "/") == 0 && abs[0] == '/')
		rel = abs + 1;
	const char *g = glob[0] == '/' ? glob + 1 : glob;
	if (!strchr(g, '/')) {
		const char *base = strrchr(rel, '/');
		if (base)
			rel = base + 1;
	}
	size_t gl = strlen(g), sl = strlen(rel);
	struct glob_memo m = { g, rel, sl, xcalloc((gl + 1) * (sl + 1), 1) };
	bool hit = glob_match(&m, g, rel);
	free(m.failed);
	return hit;
}

static void values_merge(struct cfg_values *to, const struct cfg_values *from)
{
	if (from->fail_on >= 0)
		to->fail_on = from->fail_on;
	if (from->input_format >= 0)
		to->input_format = from->input_format;
	for (int i = 0; i < RULE_COUNT; i++)
		if (from->severity[i] >= 0)
			to->severity[i] = from->severity[i];
	for (size_t k = 0; k < from->ndirs; k++) {
		to->dirs = xrealloc(to->dirs, (to->ndirs + 1) * sizeof(*to->dirs));
		to->dirs[to->ndirs++] = from->dirs[k];
	}
}

void settings_file_values(const struct cfg_file *f, const char *abs, struct cfg_values *v)
{
	for (size_t i = 0; i < f->nsections; i++) {
		const struct cfg_section *sec = &f->sections[i];
		if (!sec->glob || (abs && section_matches(f, sec->glob, abs)))
			values_merge(v, &sec->v);
	}
}

/* --- discovery ---------------------------------------------------------- */

static struct cfg_file *file_cached(pc_config *cfg, const char *path, char **err)
{
	char *abs = realpath(path, NULL);
	for (size_t i = 0; abs && i < cfg->nfiles; i++)
		if (!strcmp(cfg->files[i]->path, abs)) {
			free(abs);
			return cfg->files[i];
		}
	free(abs);
	struct cfg_file *f = file_load(path, err);
	if (!f)
		return NULL;
	cfg->files = xrealloc(cfg->files, (cfg->nfiles + 1) * sizeof(*cfg->files));
	cfg->files[cfg->nfiles++] = f;
	return f;
}

static bool is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The nearest .provcheck.ini from `dir` up; every directory passed on
 * the way is remembered, so an archive of many files in few directories
 * costs a stat per directory. */
static struct cfg_file *discover(pc_config *cfg, const char *dir, char **err)
{
	for (size_t i = 0; i < cfg->ndirs; i++)
		if (!strcmp(cfg->dirs[i].dir, dir))
			return cfg->dirs[i].file;
	char *cand = xasprintf("%s/%s", strcmp(dir, "/") ? dir : "", CONFIG_NAME);
	struct cfg_file *f = NULL;
	if (is_file(cand)) {
		f = file_cached(cfg, cand, err);
		if (!f) {
			free(cand);
			return NULL;
		}
	} else if (strcmp(dir, "/") != 0) {
		char *up = xstrdup(dir);
		char *slash = strrchr(up, '/');
		if (slash == up)
			slash[1] = '\0';
		else
			*slash = '\0';
		f = discover(cfg, up, err);
		free(up);
		if (*err) {
			free(cand);
			return NULL;
		}
	}
	free(cand);
	cfg->dirs = xrealloc(cfg->dirs, (cfg->ndirs + 1) * sizeof(*cfg->dirs));
	cfg->dirs[cfg->ndirs].dir = xstrdup(dir);
	cfg->dirs[cfg->ndirs++].file = f;
	return f;
}

pc_config *pc_config_new(const char *explicit_path, int discover_files)
{
	pc_config *cfg = xcalloc(1, sizeof(*cfg));
	if (explicit_path && *explicit_path)
		cfg->explicit_path = xstrdup(explicit_path);
	cfg->discover = discover_files;
	return cfg;
}

void pc_config_free(pc_config *cfg)
{
	if (!cfg)
		return;
	for (size_t i = 0; i < cfg->nfiles; i++)
		settings_file_free(cfg->files[i]);
	free(cfg->files);
	for (size_t i = 0; i < cfg->ndirs; i++)
		free(cfg->dirs[i].dir);
	free(cfg->dirs);
	for (size_t i = 0; i < cfg->nsettings; i++) {
		free(cfg->settings[i]->v.dirs);
		free(cfg->settings[i]);
	}
	free(cfg->settings);
	free(cfg->explicit_path);
	free(cfg);
}

const pc_settings *pc_config_for(pc_config *cfg, const char *path, char **err)
{
	*err = NULL;
	struct cfg_file *f = NULL;
	char *abs = strcmp(path, "-") ? realpath(path, NULL) : NULL;
	if (cfg->explicit_path) {
		f = file_cached(cfg, cfg->explicit_path, err);
	} else if (cfg->discover) {
		char *dir = abs ? xstrdup(abs) : getcwd(NULL, 0);
		if (abs)
			*strrchr(dir, '/') = '\0';
		f = discover(cfg, *dir ? dir : "/", err);
		free(dir);
	}
	if (*err) {
		free(abs);
		return NULL;
	}
	pc_settings *s = xcalloc(1, sizeof(*s));
	values_init(&s->v);
	s->config_path = f ? f->path : NULL;
	if (f)
		settings_file_values(f, abs, &s->v);
	free(abs);
	cfg->settings = xrealloc(cfg->settings, (cfg->nsettings + 1) * sizeof(*cfg->settings));
	cfg->settings[cfg->nsettings++] = s;
	return s;
}

int pc_settings_fail_on(const pc_settings *s)
{
	return s->v.fail_on;
}

int pc_settings_input_format(const pc_settings *s)
{
	return s->v.input_format;
}

const char *const *pc_settings_rule_dirs(const pc_settings *s, size_t *n)
{
	*n = s->v.ndirs;
	return (const char *const *)s->v.dirs;
}

const char *pc_settings_config_path(const pc_settings *s)
{
	return s->config_path;
}

void pc_doc_apply_settings(pc_doc *doc, const pc_settings *s)
{
	size_t kept = 0;
	for (size_t i = 0; i < doc->nfindings; i++) {
		struct finding f = doc->findings[i];
		int sev = s->v.severity[f.rule];
		if (sev == PC_SEV_NONE)
			continue;
		if (sev > 0)
			f.severity = (enum pc_severity)sev;
		doc->findings[kept++] = f;
	}
	doc->nfindings = kept;
}
