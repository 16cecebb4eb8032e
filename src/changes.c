/* Changed lines, for reporting only the findings a change brings: from a
 * unified diff (--diff FILE, any number of context lines) or from git
 * (--since REV: the working tree against REV, files git does not track
 * yet counting as wholly new). */
#include "changes.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct file_changes {
	char *path;  /* absolute when the file exists, else as the diff says */
	int *lines;  /* pairs [first, last] */
	size_t nranges, cap;
	bool whole;
};

struct changes {
	struct file_changes *f;
	size_t n;
};

static void *xrealloc_or_die(void *p, size_t n)
{
	void *q = realloc(p, n);
	if (!q) {
		fputs("provcheck: error: out of memory\n", stderr);
		exit(2);
	}
	return q;
}

static char *errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = xrealloc_or_die(NULL, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* The path of a diff's file, made absolute against `base` when it exists
 * there, so it compares with the checked file's real path. */
static char *resolve(const char *base, const char *rel, size_t n)
{
	size_t l = strlen(base) + n + 2;
	char *joined = xrealloc_or_die(NULL, l);
	if (rel[0] == '/')
		snprintf(joined, l, "%.*s", (int)n, rel);
	else
		snprintf(joined, l, "%s/%.*s", base, (int)n, rel);
	char *abs = realpath(joined, NULL);
	if (abs) {
		free(joined);
		return abs;
	}
	return joined;
}

static struct file_changes *file_add(struct changes *c, char *path)
{
	c->f = xrealloc_or_die(c->f, (c->n + 1) * sizeof(*c->f));
	struct file_changes *f = &c->f[c->n++];
	memset(f, 0, sizeof(*f));
	f->path = path;
	return f;
}

static void mark(struct file_changes *f, int line)
{
	if (f->nranges && f->lines[2 * f->nranges - 1] == line - 1) {
		f->lines[2 * f->nranges - 1] = line;
		return;
	}
	if (f->nranges == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 16;
		f->lines = xrealloc_or_die(f->lines, f->cap * 2 * sizeof(*f->lines));
	}
	f->lines[2 * f->nranges] = line;
	f->lines[2 * f->nranges + 1] = line;
	f->nranges++;
}

/* "+++ b/path\t2026-11-25 ..." -> path (git's "b/" prefix and a
 * timestamp dropped); NULL for /dev/null. */
static const char *new_path(const char *s, size_t n, size_t *len)
{
	s += 4;
	n -= 4;
	const char *tab = memchr(s, '\t', n);
	if (tab)
		n = (size_t)(tab - s);
	while (n && (s[n - 1] == '\r' || s[n - 1] == ' '))
		n--;
	if (n == 9 && memcmp(s, "/dev/null", 9) == 0)
		return NULL;
	if (n > 2 && s[0] == 'b' && s[1] == '/') {
		s += 2;
		n -= 2;
	}
	*len = n;
	return s;
}

static void parse_diff(struct changes *c, const char *base, const char *d, size_t len)
{
	struct file_changes *cur = NULL;
	int next = 0;       /* the new file's line number at this point */
	int left_old = 0, left_new = 0;
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(d + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - d) : len, n = e - i;
		const char *s = d + i;
		i = e + 1;
		if (left_old > 0 || left_new > 0) {
			if (n && s[0] == '+') {
				if (cur)
					mark(cur, next);
				next++;
				left_new--;
			} else if (n && s[0] == '-') {
				left_old--;
			} else if (n && s[0] == '\\') {
				/* "\ No newline at end of file" */
			} else {
				next++;
				left_new--;
				left_old--;
			}
			continue;
		}
		if (n >= 4 && memcmp(s, "+++ ", 4) == 0) {
			size_t pl;
			const char *p = new_path(s, n, &pl);
			cur = p ? file_add(c, resolve(base, p, pl)) : NULL;
		} else if (n >= 4 && memcmp(s, "@@ -", 4) == 0) {
			/* @@ -a[,b] +c[,d] @@ */
			int old_count = 1, new_count = 1;
			const char *p = s + 4;
			strtol(p, (char **)&p, 10);
			if (*p == ',')
				old_count = (int)strtol(p + 1, (char **)&p, 10);
			p = strchr(p, '+');
			if (!p || p > s + n)
				continue;
			next = (int)strtol(p + 1, (char **)&p, 10);
			if (*p == ',')
				new_count = (int)strtol(p + 1, (char **)&p, 10);
			left_old = old_count;
			left_new = new_count;
		}
	}
}

/* Runs argv, returns what it wrote on stdout; its stderr goes to ours. */
static char *run(char *const argv[], size_t *len, int *status)
{
	int fd[2];
	if (pipe(fd) != 0)
		return NULL;
	pid_t pid = fork();
	if (pid < 0) {
		close(fd[0]);
		close(fd[1]);
		return NULL;
	}
	if (pid == 0) {
		dup2(fd[1], STDOUT_FILENO);
		close(fd[0]);
		close(fd[1]);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(fd[1]);
	size_t cap = 1 << 16, n = 0;
	char *buf = xrealloc_or_die(NULL, cap);
	ssize_t got;
	while ((got = read(fd[0], buf + n, cap - n - 1)) != 0) {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		n += (size_t)got;
		if (n + 1 == cap)
			buf = xrealloc_or_die(buf, cap *= 2);
	}
	close(fd[0]);
	waitpid(pid, status, 0);
	buf[n] = '\0';
	*len = n;
	return buf;
}

static char *git(char *const argv[], size_t *len, const char *what, char **err)
{
	int status = 0;
	char *out = run(argv, len, &status);
	if (out && WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return out;
	free(out);
	*err = errorf("provcheck: error: %s failed: --since needs a git checkout "
		      "and a revision git knows", what);
	return NULL;
}

struct changes *changes_from_diff(const char *path, char **err)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f) {
		*err = errorf("%s: error: cannot read diff: %s", path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0, got;
	char *buf = xrealloc_or_die(NULL, cap);
	while ((got = fread(buf + n, 1, cap - n, f)) > 0)
		if ((n += got) == cap)
			buf = xrealloc_or_die(buf, cap *= 2);
	if (f != stdin)
		fclose(f);
	char *cwd = getcwd(NULL, 0);
	struct changes *c = calloc(1, sizeof(*c));
	parse_diff(c, cwd ? cwd : ".", buf, n);
	free(cwd);
	free(buf);
	return c;
}

struct changes *changes_since(const char *rev, char **err)
{
	size_t len;
	char *const top_argv[] = { "git", "rev-parse", "--show-toplevel", NULL };
	char *top = git(top_argv, &len, "git rev-parse", err);
	if (!top)
		return NULL;
	top[strcspn(top, "\n")] = '\0';
	char *const diff_argv[] = { "git", "-C", top, "diff", "--unified=0", "--no-color",
				    "--no-ext-diff", (char *)rev, "--", NULL };
	char *what = errorf("git diff %s", rev);
	char *diff = git(diff_argv, &len, what, err);
	free(what);
	struct changes *c = NULL;
	if (!diff)
		goto out;
	c = calloc(1, sizeof(*c));
	parse_diff(c, top, diff, len);
	free(diff);
	char *const new_argv[] = { "git", "-C", top, "ls-files", "--others",
				   "--exclude-standard", "-z", NULL };
	char *untracked = git(new_argv, &len, "git ls-files", err);
	if (!untracked) {
		changes_free(c);
		c = NULL;
		goto out;
	}
	for (size_t i = 0; i < len; i += strlen(untracked + i) + 1)
		file_add(c, resolve(top, untracked + i, strlen(untracked + i)))->whole = true;
	free(untracked);
out:
	free(top);
	return c;
}

const int *changes_for(const struct changes *c, const char *path, size_t *nranges,
		       bool *whole)
{
	char *abs = realpath(path, NULL);
	const char *key = abs ? abs : path;
	const int *lines = NULL;
	*nranges = 0;
	*whole = false;
	for (size_t i = 0; i < c->n; i++) {
		if (strcmp(c->f[i].path, key))
			continue;
		lines = c->f[i].lines;
		*nranges = c->f[i].nranges;
		*whole = c->f[i].whole;
		break;
	}
	free(abs);
	return lines;
}

void changes_free(struct changes *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++) {
		free(c->f[i].path);
		free(c->f[i].lines);
	}
	free(c->f);
	free(c);
}
