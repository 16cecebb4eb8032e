/* Loads the optional parts of libprovcheck on first use (module.h says
 * why) and forwards the core's calls to them. */
#define _GNU_SOURCE /* dladdr */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "module.h"
#include "provcheck.h"
#include "read.h"
#include "util.h"

struct module {
	const char *name;
	void *handle;
	char *error; /* why it did not load, kept for every later call */
};

static struct module modules[] = { { .name = "xml" }, { .name = "office" }, { .name = "graph" } };
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* The directory of the libprovcheck this code was loaded from: the
 * modules are installed beside it, and built beside it. */
static int anchor; /* an object of libprovcheck, whose file dladdr names */

static char *library_dir(void)
{
	Dl_info info;
	if (!dladdr(&anchor, &info) || !info.dli_fname)
		return xstrdup(".");
	const char *slash = strrchr(info.dli_fname, '/');
	return slash ? xasprintf("%.*s", (int)(slash - info.dli_fname), info.dli_fname) : xstrdup(".");
}

static struct module *module_open(const char *name)
{
	struct module *m = NULL;
	for (size_t i = 0; i < COUNTOF(modules) && !m; i++)
		if (!strcmp(modules[i].name, name))
			m = &modules[i];
	if (!m || m->handle || m->error)
		return m;
	char *dir = library_dir();
	char *path = xasprintf("%s/provcheck-%s.so", dir, name);
	m->handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!m->handle)
		m->error = xasprintf("provcheck's %s module, which did not load: %s", name, dlerror());
	free(path);
	free(dir);
	return m;
}

void *module_symbol(const char *name, const char *symbol, char **err)
{
	pthread_mutex_lock(&lock);
	struct module *m = module_open(name);
	void *fn = NULL;
	if (m && m->handle && !(fn = dlsym(m->handle, symbol)))
		m->error = xasprintf("provcheck's %s module, which lacks %s", name, symbol);
	if (!fn)
		*err = xstrdup(m && m->error ? m->error : "no such module");
	pthread_mutex_unlock(&lock);
	return fn;
}

static int module_failed(struct pc_doc *doc, char **err, const char *what)
{
	char *why = *err;
	*err = xasprintf("%s: error: %s needs %s", doc->path, what, why);
	free(why);
	return -1;
}

int read_html(struct pc_doc *doc, const pc_rules *rules, char **err)
{
	int (*fn)(struct pc_doc *, const pc_rules *, char **);
	MODULE_FN(fn, "xml", "xml_read_html", err);
	return fn ? fn(doc, rules, err) : module_failed(doc, err, "reading HTML");
}

int read_nitf(struct pc_doc *doc, const pc_rules *rules, char **err)
{
	int (*fn)(struct pc_doc *, const pc_rules *, char **);
	MODULE_FN(fn, "xml", "xml_read_nitf", err);
	return fn ? fn(doc, rules, err) : module_failed(doc, err, "reading NITF");
}

int read_office(struct pc_doc *doc, const pc_rules *rules, bool odt, char **err)
{
	int (*fn)(struct pc_doc *, const pc_rules *, bool, char **);
	MODULE_FN(fn, "office", "office_read", err);
	return fn ? fn(doc, rules, odt, err) : module_failed(doc, err, odt ? "reading ODT" : "reading DOCX");
}

void pc_emit_checkstyle(FILE *out, pc_doc *const *docs, size_t ndocs)
{
	void (*fn)(FILE *, pc_doc *const *, size_t);
	char *err = NULL;
	MODULE_FN(fn, "xml", "xml_emit_checkstyle", &err);
	if (fn) {
		fn(out, docs, ndocs);
		return;
	}
	fprintf(stderr, "provcheck: error: the checkstyle report needs %s\n", err);
	free(err);
	exit(2);
}
