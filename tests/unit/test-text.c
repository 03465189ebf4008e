/* test-text.c: the text stage: normalisation, tokens with offsets,
 * sentence splitting around abbreviations, datelines and quotes. */
#include <rift.h>
#include <string.h>

static guint n_sentences(const char *s) {
  g_autoptr(RiftText) t = rift_text_new(s, strlen(s));
  return t->sentences->len;
}

static char *sentence(RiftText *t, guint i) {
  RiftSentence *s = &g_array_index(t->sentences, RiftSentence, i);
  return g_strndup(t->text + s->start, s->end - s->start);
}

static void test_abbreviations(void) {
  g_assert_cmpuint(n_sentences("The U.N. Security Council met. It voted."), ==, 2);
  g_assert_cmpuint(n_sentences("Mr. Smith went to the U.S. embassy on Jan. 5 at 3 p.m. today."), ==, 1);
  g_assert_cmpuint(n_sentences("George H.W. Bush spoke."), ==, 1);
  g_assert_cmpuint(n_sentences("Iran condemned the U.S. The talks failed."), ==, 2);
  g_assert_cmpuint(n_sentences("Prices rose 2.5 pct. Trade fell."), ==, 2);
}

static void test_quotes_and_lines(void) {
  g_assert_cmpuint(n_sentences("\"We back Kosovo.\" He left."), ==, 2);
  g_assert_cmpuint(n_sentences("Headline without stop\n\nBody text here. More."), ==, 3);
  g_autoptr(RiftText) t = rift_text_new("He said \"no.\" Then left.", 24);
  g_autofree char *s0 = sentence(t, 0);
  g_assert_cmpstr(s0, ==, "He said \"no.\"");
}

static void test_tokens(void) {
  const char *s = "Russia's U.S.-backed allies didn't fight al-Qaeda.";
  g_autoptr(RiftText) t = rift_text_new(s, strlen(s));
  GString *joined = g_string_new(NULL);
  for (guint i = 0; i < t->tokens->len; i++) {
    RiftToken *k = &g_array_index(t->tokens, RiftToken, i);
    g_string_append_printf(joined, "%s|", k->lower);
    /* offsets point into the text */
    g_assert_cmpint(strncasecmp(t->text + k->start, k->lower, k->end - k->start), ==, 0);
  }
  g_assert_cmpstr(joined->str, ==, "russia|'s|u.s.|-|backed|allies|did|n't|fight|al-qaeda|.|");
  g_string_free(joined, TRUE);
}

static void test_normalize(void) {
  const char *in = "\xe2\x80\x9cKosovo\xe2\x80\x9d \xe2\x80\x94 Serbia\xe2\x80\x99s";
  gsize n;
  g_autofree char *out = rift_text_normalize(in, strlen(in), &n);
  g_assert_cmpstr(out, ==, "\"Kosovo\"  -  Serbia's");
  /* NFC: e + combining acute becomes one code point */
  g_autofree char *nfc = rift_text_normalize("Pe\xcc\x81rez", 7, &n);
  g_assert_cmpstr(nfc, ==, "P\xc3\xa9rez");
  /* HTML character references: numeric, hex and the XML names; anything
   * else, and references to nothing, stay as written */
  const char *ref = "communiqu&#233; AT&amp;T &#x41;&lt; &bogus; &#0; a & b &#xZZ;";
  g_autofree char *dec = rift_text_normalize(ref, strlen(ref), &n);
  g_assert_cmpstr(dec, ==, "communiqu\xc3\xa9 AT&T A< &bogus; &#0; a & b &#xZZ;");
  g_assert_cmpuint(n, ==, strlen(dec));
  /* &nbsp; becomes a space, like U+00A0 itself */
  g_autofree char *sp = rift_text_normalize("UN&nbsp;forces", 14, &n);
  g_assert_cmpstr(sp, ==, "UN forces");
}

static void test_dateline(void) {
  const char *s = "Russia says no\nMOSCOW The Foreign Ministry said it backs Serbia.";
  g_autoptr(RiftText) t = rift_text_new(s, strlen(s));
  g_assert_cmpuint(t->sentences->len, ==, 2);
  RiftSentence *s1 = &g_array_index(t->sentences, RiftSentence, 1);
  RiftToken *first = &g_array_index(t->tokens, RiftToken, s1->first);
  RiftToken *second = &g_array_index(t->tokens, RiftToken, s1->first + 1);
  g_assert_true(first->flags & RIFT_TOKF_DATELINE);
  g_assert_false(second->flags & RIFT_TOKF_DATELINE);
  /* an all-caps headline is not a dateline */
  g_autoptr(RiftText) h = rift_text_new("U.S. URGES RESTRAINT\n\nText.", 27);
  g_assert_false(g_array_index(h->tokens, RiftToken, 0).flags & RIFT_TOKF_DATELINE);
}

static void test_doc_checks(void) {
  g_autoptr(GError) e = NULL;
  g_assert_false(rift_text_check("x", "a\0b", 3, &e));
  g_assert_error(e, RIFT_ERROR, RIFT_ERROR_INPUT);
  g_clear_error(&e);
  g_assert_false(rift_text_check("x", "caf\xe9", 4, &e));
  g_assert_nonnull(strstr(e->message, "invalid UTF-8"));
  g_clear_error(&e);
  g_assert_false(rift_text_check("x", " \n ", 3, &e));
  g_assert_error(e, RIFT_ERROR, RIFT_ERROR_EMPTY);
  g_clear_error(&e);
  g_assert_true(rift_text_check("x", "ok", 2, &e));
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/text/abbreviations", test_abbreviations);
  g_test_add_func("/text/quotes-and-lines", test_quotes_and_lines);
  g_test_add_func("/text/tokens", test_tokens);
  g_test_add_func("/text/normalize", test_normalize);
  g_test_add_func("/text/dateline", test_dateline);
  g_test_add_func("/text/doc-checks", test_doc_checks);
  return g_test_run();
}
