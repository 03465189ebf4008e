/* test-relations.c: the relations stage through the extractor: pronoun,
 * surname and definite-description coreference, flags and offsets of
 * the evidence, the level of actors, and options. */
#include <rift.h>
#include <string.h>

static RiftDict *the_dict;

static RiftResult *run(const char *text, const char *date, RiftLevel level,
                       gboolean hedged) {
  RiftExtractOptions o = {level, hedged};
  g_autoptr(GError) e = NULL;
  g_autoptr(RiftExtractor) ex = rift_extractor_new(the_dict, &o, &e);
  g_assert_no_error(e);
  g_autoptr(RiftDoc) doc = rift_doc_new("t", text, -1, date, NULL, NULL);
  return rift_extractor_run(ex, doc);
}

static const RiftEdge *find(const RiftResult *r, const char *src, const char *tgt,
                            RiftPolarity pol) {
  for (guint i = 0; i < r->edges->len; i++) {
    const RiftEdge *e = r->edges->pdata[i];
    if (!strcmp(e->source_name, src) && !strcmp(e->target_name, tgt) && e->polarity == pol)
      return e;
  }
  return NULL;
}

static void test_pronouns(void) {
  g_autoptr(RiftResult) r = run("Egypt met Jordan on Monday. It later condemned Israel.",
                                NULL, RIFT_LEVEL_STATE, FALSE);
  g_assert_nonnull(find(r, "Egypt", "Israel", RIFT_POLARITY_OPPOSE));
  g_autoptr(RiftResult) r2 = run("Italy did not criticise Libya, but it condemned Tunisia.",
                                 NULL, RIFT_LEVEL_STATE, FALSE);
  g_assert_nonnull(find(r2, "Italy", "Tunisia", RIFT_POLARITY_OPPOSE));
  g_assert_null(find(r2, "Italy", "Libya", RIFT_POLARITY_OPPOSE));
  /* "they" with no plural antecedent stays unresolved: no edge */
  g_autoptr(RiftResult) r3 = run("Spain spoke. They condemned Morocco.", NULL, RIFT_LEVEL_STATE, FALSE);
  g_assert_cmpuint(r3->edges->len, ==, 0);
}

static void test_surnames_and_definites(void) {
  g_autoptr(RiftResult) r = run(
      "Nadia Karimova, spokeswoman for Uzbekistan's foreign ministry, spoke on Monday. "
      "Karimova later condemned Kyrgyzstan.", "2010-06-01", RIFT_LEVEL_STATE, FALSE);
  g_assert_nonnull(find(r, "Uzbekistan", "Kyrgyzstan", RIFT_POLARITY_OPPOSE));
  g_autoptr(RiftResult) r2 = run("NATO met in Brussels. The alliance condemned Belarus.",
                                 NULL, RIFT_LEVEL_STATE, FALSE);
  g_assert_nonnull(find(r2, "NATO", "Belarus", RIFT_POLARITY_OPPOSE));
  g_autoptr(RiftResult) r3 = run("MOSCOW The Foreign Ministry condemned Georgia.",
                                 "2008-08-09", RIFT_LEVEL_STATE, FALSE);
  g_assert_nonnull(find(r3, "Russia", "Georgia", RIFT_POLARITY_OPPOSE));
}

static void test_levels(void) {
  g_autoptr(RiftResult) s = run("Vladimir Putin praised China.", "2008-01-01", RIFT_LEVEL_STATE, FALSE);
  g_assert_nonnull(find(s, "Russia", "China", RIFT_POLARITY_SUPPORT));
  g_autoptr(RiftResult) a = run("Vladimir Putin praised China.", "2008-01-01", RIFT_LEVEL_ACTOR, FALSE);
  g_assert_nonnull(find(a, "Vladimir Putin", "China", RIFT_POLARITY_SUPPORT));
  /* the date decides who "Moscow" is */
  g_autoptr(RiftResult) m = run("Moscow condemned Pakistan.", "1987-03-01", RIFT_LEVEL_STATE, FALSE);
  g_assert_nonnull(find(m, "Soviet Union", "Pakistan", RIFT_POLARITY_OPPOSE));
}

static void test_flags_and_evidence(void) {
  const char *text = "Peru met Chile. Brazil said Argentina may sanction Uruguay.";
  g_autoptr(RiftResult) off = run(text, NULL, RIFT_LEVEL_STATE, FALSE);
  g_assert_null(find(off, "Argentina", "Uruguay", RIFT_POLARITY_OPPOSE));
  g_autoptr(RiftResult) on = run(text, NULL, RIFT_LEVEL_STATE, TRUE);
  const RiftEdge *e = find(on, "Argentina", "Uruguay", RIFT_POLARITY_OPPOSE);
  g_assert_nonnull(e);
  g_assert_true(e->flags & RIFT_EDGE_HEDGED);
  g_assert_true(e->flags & RIFT_EDGE_REPORTED);
  g_assert_cmpuint(e->sentence, ==, 1);
  g_assert_cmpstr(e->evidence, ==, "Brazil said Argentina may sanction Uruguay.");
  g_assert_cmpint(strncmp(text + e->start, e->evidence, e->end - e->start), ==, 0);
  g_assert_cmpint(strncmp(text + e->trigger_start, "sanction", 8), ==, 0);
  g_autofree char *fl = rift_edge_flags_string(e->flags);
  g_assert_cmpstr(fl, ==, "reported,hedged");
  /* "United States" holds "states", which is no reporting verb */
  g_autoptr(RiftResult) us = run("The United States condemned Syria.", NULL, RIFT_LEVEL_STATE, FALSE);
  const RiftEdge *ue = find(us, "United States", "Syria", RIFT_POLARITY_OPPOSE);
  g_assert_nonnull(ue);
  g_assert_false(ue->flags & RIFT_EDGE_REPORTED);
  /* negation and refusal give nothing, even with hedged edges on */
  g_autoptr(RiftResult) neg = run("Peru did not condemn Chile. Bolivia refused to back Chile.",
                                  NULL, RIFT_LEVEL_STATE, TRUE);
  g_assert_cmpuint(neg->edges->len, ==, 0);
  /* a condition after a predicted stance makes it conditional (out of the
   * default graph), where "will" alone is only predicted */
  g_autoptr(RiftResult) cond = run("Peru will sanction Chile if Chile attacks Bolivia.", NULL,
                                   RIFT_LEVEL_STATE, TRUE);
  e = find(cond, "Peru", "Chile", RIFT_POLARITY_OPPOSE);
  g_assert_nonnull(e);
  g_autofree char *cf = rift_edge_flags_string(e->flags);
  g_assert_cmpstr(cf, ==, "predicted,conditional");
  g_autoptr(RiftResult) pred = run("Peru will sanction Chile.", NULL, RIFT_LEVEL_STATE, FALSE);
  e = find(pred, "Peru", "Chile", RIFT_POLARITY_OPPOSE);
  g_assert_nonnull(e);
  g_autofree char *pf = rift_edge_flags_string(e->flags);
  g_assert_cmpstr(pf, ==, "predicted");
  /* a lifted restriction: the trigger spans the lifting */
  g_autoptr(RiftResult) lift = run("Peru lifted its sanctions on Chile.", NULL, RIFT_LEVEL_STATE, FALSE);
  e = find(lift, "Peru", "Chile", RIFT_POLARITY_SUPPORT);
  g_assert_nonnull(e);
  g_assert_cmpstr(e->trigger, ==, "lifted its sanctions");
}

static void test_jsonl(void) {
  g_autoptr(RiftResult) r = run("Kenya praised \"Uganda\".", NULL, RIFT_LEVEL_STATE, FALSE);
  g_autoptr(GString) out = g_string_new(NULL);
  rift_result_write_jsonl(r, out);
  g_assert_nonnull(strstr(out->str, "{\"kind\":\"entity\",\"doc\":\"t\",\"id\":\"KEN\",\"name\":\"Kenya\",\"type\":\"state\",\"mentions\":1}\n"));
  g_assert_nonnull(strstr(out->str, "\"source\":\"KEN\",\"source_name\":\"Kenya\",\"target\":\"UGA\""));
  g_assert_nonnull(strstr(out->str, "\"evidence\":\"Kenya praised \\\"Uganda\\\".\""));
}

static char *as_jsonl(const RiftResult *r) {
  GString *out = g_string_new(NULL);
  rift_result_write_jsonl(r, out);
  return g_string_free(out, FALSE);
}

/* A thread reuses its buffers from document to document (and gives back
 * those of a document over 1 MB): each result must be what a fresh
 * thread would give, whatever came before. */
static gpointer run_in_fresh_thread(gpointer text) {
  g_autoptr(RiftResult) r = run(text, NULL, RIFT_LEVEL_STATE, FALSE);
  return as_jsonl(r);
}

static void test_buffer_reuse(void) {
  GString *huge = g_string_new(NULL);
  while (huge->len < (1u << 20) + 100)
    g_string_append(huge, "Peru condemned Chile over the border. Talks went on. ");
  const char *texts[] = {
    "Kenya praised Uganda. Egypt met Jordan on Monday. It later condemned Israel.",
    "Iran backs Syria.", huge->str, "Nato struck Serbia.",
    "Kenya praised Uganda. Egypt met Jordan on Monday. It later condemned Israel."};
  for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
    g_autoptr(RiftResult) r = run(texts[i], NULL, RIFT_LEVEL_STATE, FALSE);
    g_autofree char *here = as_jsonl(r);
    g_autofree char *fresh = g_thread_join(g_thread_new("fresh", run_in_fresh_thread,
                                                        (gpointer)texts[i]));
    g_assert_cmpstr(here, ==, fresh);
    g_assert_cmpuint(r->edges->len, >, 0);
  }
  g_string_free(huge, TRUE);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_autoptr(GError) e = NULL;
  the_dict = rift_dict_new_default(&e);
  g_assert_no_error(e);
  g_test_add_func("/relations/pronouns", test_pronouns);
  g_test_add_func("/relations/surnames-and-definites", test_surnames_and_definites);
  g_test_add_func("/relations/levels", test_levels);
  g_test_add_func("/relations/flags-and-evidence", test_flags_and_evidence);
  g_test_add_func("/relations/jsonl", test_jsonl);
  g_test_add_func("/relations/buffer-reuse", test_buffer_reuse);
  int rc = g_test_run();
  rift_dict_free(the_dict);
  return rc;
}
