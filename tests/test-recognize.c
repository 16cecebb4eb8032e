/* The constructions of one wire-heavy article, each as it must come out. */
#include "testutil.h"

struct rec_case {
	const char *text;
	const char *source;  /* expected name, NULL: no source at all */
	const char *via;     /* relays joined by " > ", "" for none */
	const char *channel; /* NULL for none */
};

static const struct rec_case cases[] = {
	{ "Two drones were downed over the city, as reported by Reuters.", "Reuters", "", NULL },
	{ "The strike killed three people, according to Efe.", "EFE", "", NULL },
	{ "Power was cut in four districts, according to Ap.", "Associated Press", "", NULL },
	{ "Six missiles were shot down, as reported by the Ukrainian Air Force on Wednesday, according to Efe.",
	  "Ukrainian Air Force", "EFE", NULL },
	{ "A school was hit, according to regional head Oleh Syniehubov, as reported by Ap.",
	  "Oleh Syniehubov", "Associated Press", NULL },
	{ "Vladimir Medinsky stated that the talks were over, as reported by the Wall Street Journal, citing Reuters.",
	  "Vladimir Medinsky", "The Wall Street Journal > Reuters", NULL },
	{ "Vladimir Medinsky told the Journal, citing Russia's 21-year war with Sweden as proof.",
	  "Vladimir Medinsky", "The Wall Street Journal", NULL },
	{ "Ihor Terekhov wrote on Telegram that the fires were out.", "Ihor Terekhov", "", "Telegram" },
	{ "\"We will rebuild,\" said Mayor Ihor Terekhov.", "Ihor Terekhov", "", NULL },
	{ "In a statement, Vucic's office announced that elections would be held in June.",
	  "Vucic's office", "", "statement" },
	{ "Russia's foreign intelligence service, the SVR, accused Britain of planning the attack, alleging that agents had crossed the border.",
	  "SVR", "", NULL },
	{ "Ukraine claims to have attacked an air base in Crimea.", "Ukraine", "", NULL },
	{ "Three villages were shelled, according to Ukrainian officials.", "Ukrainian officials", "", NULL },
	{ "The deal is close, two people familiar with the matter said.", "people familiar with the matter", "", NULL },
	{ "Critics say the law goes too far.", "critics", "", NULL },
	{ "Sales rose 12%, according to a regulatory filing.", "regulatory filing", "", NULL },
	{ "Tehran said the tanker was smuggling fuel.", "Iran", "", NULL },
	{ "The Kremlin said the report was false.", "Kremlin", "", NULL },
	{ "The club signed the striker on a five-year deal.", NULL, "", NULL },
	{ "The company declined to comment.", NULL, "", NULL },
	{ "Calder posted a 12% rise in quarterly profit.", NULL, "", NULL },
	{ "Kyiv has refused to recognize Kosovo.", NULL, "", NULL },
	{ NULL, NULL, NULL, NULL },
};

START_TEST(recognize_constructions)
{
	const struct rec_case *c = &cases[_i];
	pc_doc *d = pc_doc_check_paragraph(test_rules, c->text, false);
	ck_assert_int_ge(d->nclaims, 1);
	const struct claim *cl = &d->claims[0];
	if (!c->source) {
		ck_assert_msg(cl->nsources == 0, "\"%s\": unexpected source %s", c->text,
			      cl->nsources ? cl->sources[0].name : "");
		pc_doc_free(d);
		return;
	}
	const struct source *s = source_named(cl, c->source);
	char via[256] = "";
	for (size_t i = 0; i < s->nvia; i++) {
		if (i)
			strcat(via, " > ");
		strcat(via, s->via[i]);
	}
	ck_assert_msg(!strcmp(via, c->via), "\"%s\": via \"%s\", want \"%s\"", c->text, via, c->via);
	if (c->channel)
		ck_assert_msg(s->channel && !strcmp(s->channel, c->channel),
			      "\"%s\": channel %s, want %s", c->text, s->channel ? s->channel : "null",
			      c->channel);
	/* the mention is the words of the sentence that name the source */
	ck_assert_uint_lt(s->mstart, s->mend);
	ck_assert_uint_le(s->mend, d->len);
	pc_doc_free(d);
}
END_TEST

START_TEST(recognize_mention_offsets)
{
	const char *text = "Headline\n\nThe bridge was closed, according to Efe.\n";
	pc_doc *d = analyse(text, PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "The bridge"), "EFE");
	ck_assert_int_eq((int)(s->mend - s->mstart), 3);
	ck_assert_int_eq(strncmp(text + s->mstart, "Efe", 3), 0);
	pc_doc_free(d);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("recognize", &s);
	size_t n = 0;
	while (cases[n].text)
		n++;
	tcase_add_loop_test(tc, recognize_constructions, 0, (int)n);
	tcase_add_test(tc, recognize_mention_offsets);
	return run_suite(s);
}
