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
  /* line breaks are marked on the token after them; a blank line opens a
   * paragraph; every token knows its sentence */
  const char *lines = "Top line\nNext one\r\n\r\n  New paragraph here.";
  g_autoptr(RiftText) l = rift_text_new(lines, strlen(lines));
  guint16 want[] = {0, 0, RIFT_TOKF_NL, 0, RIFT_TOKF_NL | RIFT_TOKF_BLANK, 0, 0, 0};
  guint sent[] = {0, 0, 1, 1, 2, 2, 2, 2};
  g_assert_cmpuint(l->tokens->len, ==, G_N_ELEMENTS(want));
  for (guint i = 0; i < l->tokens->len; i++) {
    const RiftToken *k = &g_array_index(l->tokens, RiftToken, i);
    g_assert_cmpuint(k->flags & (RIFT_TOKF_NL | RIFT_TOKF_BLANK), ==, want[i]);
    g_assert_cmpuint(k->sentence, ==, sent[i]);
  }
  g_assert_cmpuint(l->sentences->len, ==, 3);
  g_assert_true(g_array_index(l->tokens, RiftToken, 4).flags & RIFT_TOKF_PARA);
  g_assert_false(g_array_index(l->tokens, RiftToken, 2).flags & RIFT_TOKF_PARA);
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
  /* direction marks and joiners vanish: "Minister\u200e Haider" */
  const char *lrm = "Minister\xe2\x80\x8e Haider\xe2\x80\x8f\xe2\x81\xa0.";
  g_autofree char *nolrm = rift_text_normalize(lrm, strlen(lrm), &n);
  g_assert_cmpstr(nolrm, ==, "Minister Haider.");
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

/* Token-by-token description of t, to compare two analyses. */
static char *describe(const RiftText *t) {
  GString *d = g_string_new(NULL);
  for (guint i = 0; i < t->tokens->len; i++) {
    const RiftToken *k = &g_array_index(t->tokens, RiftToken, i);
    g_string_append_printf(d, "%u-%u:%u:%x:%u:%s:%08x|", k->start, k->end, k->kind,
                           k->flags, k->sentence, k->lower, k->hash);
  }
  for (guint i = 0; i < t->sentences->len; i++) {
    const RiftSentence *s = &g_array_index(t->sentences, RiftSentence, i);
    g_string_append_printf(d, "[%u,%u)", s->first, s->last);
  }
  return g_string_free(d, FALSE);
}

/* rift_text_reset reuses buffers: a long text, then a short one, then
 * the long one again must each read as a fresh rift_text_new would. */
static void test_reset(void) {
  GString *big = g_string_new("WASHINGTON - The U.S. backed Kosovo's claim. ");
  for (int i = 0; i < 200; i++) g_string_append(big, "Russia condemned NATO. ");
  const char *texts[] = {big->str, "Mr. Smith left.", "caf\xc3\xa9 \"Peru\" ok", big->str};
  g_autoptr(RiftText) reused = g_new0(RiftText, 1);
  for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
    rift_text_reset(reused, texts[i], strlen(texts[i]));
    g_autoptr(RiftText) fresh = rift_text_new(texts[i], strlen(texts[i]));
    g_autofree char *a = describe(reused), *b = describe(fresh);
    g_assert_cmpstr(a, ==, b);
    g_assert_cmpstr(reused->text, ==, fresh->text);
  }
  g_string_free(big, TRUE);
}

/* The UTF-8 check scans ASCII eight bytes at a time: a bad byte at any
 * offset, before or after a run of ASCII, is found at that offset. */
static void test_check_offsets(void) {
  for (guint at = 0; at < 20; at++) {
    char buf[32];
    memset(buf, 'a', sizeof buf);
    buf[at] = (char)0xE9; /* Latin-1, not UTF-8 */
    g_autoptr(GError) e = NULL;
    g_assert_false(rift_text_check("x", buf, sizeof buf, &e));
    g_autofree char *want = g_strdup_printf("invalid UTF-8 at byte %u", at);
    g_assert_nonnull(strstr(e->message, want));
    /* and valid UTF-8 at the same offset passes */
    memcpy(buf + at, "\xc3\xa9", 2);
    g_assert_true(rift_text_check("x", buf, sizeof buf, NULL));
  }
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/text/abbreviations", test_abbreviations);
  g_test_add_func("/text/quotes-and-lines", test_quotes_and_lines);
  g_test_add_func("/text/tokens", test_tokens);
  g_test_add_func("/text/normalize", test_normalize);
  g_test_add_func("/text/dateline", test_dateline);
  g_test_add_func("/text/doc-checks", test_doc_checks);
  g_test_add_func("/text/reset", test_reset);
  g_test_add_func("/text/check-offsets", test_check_offsets);
  return g_test_run();
}
