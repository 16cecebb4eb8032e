/* The CI emitters on what the golden files cannot reach: the error
 * level (no rule defaults to it), escaping of paths and messages,
 * artifact URIs for every kind of path, text XML cannot hold. */
#include <jansson.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <unistd.h>

#include "testutil.h"

/* A headline and, after a question with "Café" in it, a sentence: two
 * unsourced findings, the second at 3:18 in code points, 3:19 in bytes. */
static const char article[] =
	"Strike Kills Seven\n\nCafé owners met? A drone strike killed seven people overnight.\n";

static pc_doc *doc_at(const char *path)
{
	char *err = NULL;
	pc_doc *d = pc_doc_check(test_rules, path, article, strlen(article), PC_FORMAT_TEXT, &err);
	ck_assert_msg(d != NULL, "analysis failed: %s", err ? err : "?");
	ck_assert_int_eq(d->nfindings, 2);
	return d;
}

START_TEST(emit_github_escapes)
{
	pc_doc *d = doc_at("news/a,b:c%.txt");
	d->findings[1].severity = PC_SEV_ERROR;
	d->findings[1].message = "50% sure,\r\nsay: who";
	char *s;
	size_t n;
	FILE *out = open_memstream(&s, &n);
	pc_emit_github(out, d);
	fclose(out);
	ck_assert_str_eq(s,
		"::warning file=news/a%2Cb%3Ac%25.txt,line=1,col=1,endLine=1,endColumn=19,"
		"title=unsourced::no source for this claim: it states a casualty figure but says nowhere "
		"where it comes from\n"
		"::error file=news/a%2Cb%3Ac%25.txt,line=3,col=18,endLine=3,endColumn=63,"
		"title=unsourced::50%25 sure,%0D%0Asay: who\n");
	free(s);
	pc_doc_free(d);
}
END_TEST

START_TEST(emit_rdjsonl_bytes_and_levels)
{
	pc_doc *d = doc_at("a.txt");
	d->findings[0].severity = PC_SEV_NOTE;
	d->findings[1].severity = PC_SEV_ERROR;
	char *s;
	size_t n;
	FILE *out = open_memstream(&s, &n);
	pc_emit_rdjsonl(out, d);
	fclose(out);
	char *nl = strchr(s, '\n');
	ck_assert(nl && nl[1] && strchr(nl + 1, '\n') && !strchr(nl + 1, '\n')[1]);
	json_t *first = json_loadb(s, (size_t)(nl - s), 0, NULL);
	json_t *second = json_loads(nl + 1, JSON_DISABLE_EOF_CHECK, NULL);
	ck_assert(first && second);
	ck_assert_str_eq(json_string_value(json_object_get(first, "severity")), "INFO");
	ck_assert_str_eq(json_string_value(json_object_get(second, "severity")), "ERROR");
	json_t *range = json_object_get(json_object_get(second, "location"), "range");
	json_int_t col = json_integer_value(json_object_get(json_object_get(range, "start"), "column"));
	json_int_t end = json_integer_value(json_object_get(json_object_get(range, "end"), "column"));
	ck_assert_int_eq(col, 19); /* "é" is two bytes */
	ck_assert_int_eq(end, 64);
	json_decref(first);
	json_decref(second);
	free(s);
	pc_doc_free(d);
}
END_TEST

static const char *sarif_uri(json_t *log, size_t result)
{
	json_t *r = json_array_get(json_object_get(json_array_get(json_object_get(log, "runs"), 0),
						   "results"), result);
	json_t *loc = json_object_get(json_object_get(json_array_get(json_object_get(r, "locations"),
								      0), "physicalLocation"),
				      "artifactLocation");
	ck_assert_msg(loc != NULL, "no result %zu", result);
	const char *uri = json_string_value(json_object_get(loc, "uri"));
	bool based = json_object_get(loc, "uriBaseId") != NULL;
	ck_assert_msg(based == (strncmp(uri, "file://", 7) != 0), "uri %s, uriBaseId %s", uri,
		      based ? "set" : "unset");
	return uri;
}

START_TEST(emit_sarif_uris)
{
	char dir[] = "/tmp/pc-emit-XXXXXX", cwd[4096], old[4096];
	ck_assert(getcwd(old, sizeof(old)) && mkdtemp(dir) && chdir(dir) == 0);
	ck_assert(getcwd(cwd, sizeof(cwd)));
	char under[4200], uri[4200];
	snprintf(under, sizeof(under), "%s/sub/x.txt", cwd);
	const char *paths[] = { "./a/../b//c.txt", under, "/elsewhere/a b.txt", "../up.txt",
				"<stdin>", "a:b.txt" };
	pc_doc *docs[sizeof(paths) / sizeof(*paths)];
	for (size_t i = 0; i < sizeof(paths) / sizeof(*paths); i++)
		docs[i] = doc_at(paths[i]);
	docs[0]->findings[1].severity = PC_SEV_ERROR;
	char *s;
	size_t n;
	FILE *out = open_memstream(&s, &n);
	pc_emit_sarif(out, docs, sizeof(docs) / sizeof(*docs));
	fclose(out);
	json_t *log = json_loads(s, 0, NULL);
	ck_assert(log != NULL);
	ck_assert_str_eq(sarif_uri(log, 0), "b/c.txt");
	ck_assert_str_eq(sarif_uri(log, 2), "sub/x.txt");
	ck_assert_str_eq(sarif_uri(log, 4), "file:///elsewhere/a%20b.txt");
	/* a path climbing out of %SRCROOT% cannot be placed in it */
	snprintf(uri, sizeof(uri), "file://%.*s/up.txt", (int)(strrchr(cwd, '/') - cwd), cwd);
	ck_assert_str_eq(sarif_uri(log, 6), uri);
	ck_assert_str_eq(sarif_uri(log, 8), "%3Cstdin%3E");
	ck_assert_str_eq(sarif_uri(log, 10), "a%3Ab.txt"); /* not a scheme */
	json_t *res = json_object_get(json_array_get(json_object_get(log, "runs"), 0), "results");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(res, 1), "level")), "error");
	json_decref(log);
	free(s);
	for (size_t i = 0; i < sizeof(docs) / sizeof(*docs); i++)
		pc_doc_free(docs[i]);
	ck_assert(chdir(old) == 0 && rmdir(dir) == 0);
}
END_TEST

START_TEST(emit_checkstyle_well_formed)
{
	pc_doc *d = doc_at("bad\xff.txt");
	d->findings[0].severity = PC_SEV_NOTE;
	d->findings[1].message = "bell \a, <tag> & \"quote\"";
	char *err = NULL;
	const char *clean_text = "Bridge reopens, council says\n\nThe bridge reopened on Monday, the council and the police said.\n";
	pc_doc *clean = pc_doc_check(test_rules, "clean.txt", clean_text, strlen(clean_text),
				     PC_FORMAT_TEXT, &err);
	ck_assert(clean && clean->nfindings == 0);
	pc_doc *docs[] = { d, clean };
	char *s;
	size_t n;
	FILE *out = open_memstream(&s, &n);
	pc_emit_checkstyle(out, docs, 2);
	fclose(out);
	xmlDocPtr x = xmlReadMemory(s, (int)strlen(s), "out.xml", NULL, XML_PARSE_NONET);
	ck_assert_msg(x != NULL, "not well-formed:\n%s", s);
	xmlFreeDoc(x);
	ck_assert_msg(strstr(s, "<file name=\"bad\xef\xbf\xbd.txt\">"), "%s", s);
	ck_assert(strstr(s, "severity=\"info\""));
	ck_assert(strstr(s, "message=\"bell \xef\xbf\xbd, &lt;tag&gt; &amp; &quot;quote&quot;\""));
	ck_assert_msg(strstr(s, "<file name=\"clean.txt\"/>"), "%s", s);
	free(s);
	pc_doc_free(d);
	pc_doc_free(clean);
}
END_TEST

/* The text report shows what a terminal would act on as <U+XXXX>: a bidi
 * override in the article, an escape sequence, a newline in the file name
 * (which would forge a "path:line:col:" line).  The marker stays under
 * the claim. */
START_TEST(emit_text_shows_controls)
{
	static const char text[] = "Strike Kills Seven\n\nA drone strike \xE2\x80\xAE"
				   "killed \x1b[2Jseven people overnight.\n";
	char *err = NULL;
	pc_doc *d = pc_doc_check(test_rules, "a\nb.txt:9:9: error: forged", text, strlen(text),
				 PC_FORMAT_TEXT, &err);
	ck_assert(d != NULL);
	char *s;
	size_t n;
	FILE *out = open_memstream(&s, &n);
	pc_emit_text(out, d, 0);
	fclose(out);
	ck_assert_msg(!strstr(s, "\xE2\x80\xAE") && !strchr(s, 0x1b), "%s", s);
	ck_assert_msg(strstr(s, "a<U+000A>b.txt:9:9: error: forged:3:1: warning:"), "%s", s);
	ck_assert_msg(strstr(s, "  A drone strike <U+202E>killed <U+001B>[2Jseven people overnight.\n"
				"  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"), "%s", s);
	free(s);
	pc_doc_free(d);
}
END_TEST


int main(void)
{
	Suite *s;
	TCase *tc = rules_case("emit", &s);
	tcase_add_test(tc, emit_github_escapes);
	tcase_add_test(tc, emit_text_shows_controls);
	tcase_add_test(tc, emit_rdjsonl_bytes_and_levels);
	tcase_add_test(tc, emit_sarif_uris);
	tcase_add_test(tc, emit_checkstyle_well_formed);
	return run_suite(s);
}
