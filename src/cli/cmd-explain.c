/* cmd-explain.c: `rift explain --db FILE A B`: the sentences behind the
 * edges from A to B in the corpus store, each with its document, date,
 * polarity, trigger and flags. */
#include "cli.h"
#include "store-common.h"

#include <string.h>

typedef struct {
  guint64 n, support, oppose;
  GHashTable *docs;
  char *first, *last;
  GString *out;
  guint limit;
} Explain;

static gboolean print_evidence(const RiftStoreEvidence *ev, gpointer data) {
  Explain *x = data;
  x->n++;
  if (ev->polarity > 0) x->support++;
  else x->oppose++;
  g_hash_table_add(x->docs, g_strdup_printf("%" G_GINT64_FORMAT,
                                            ev->doc_number));
  if (ev->date) {
    if (!x->first || strcmp(ev->date, x->first) < 0) {
      g_free(x->first);
      x->first = g_strdup(ev->date);
    }
    if (!x->last || strcmp(ev->date, x->last) > 0) {
      g_free(x->last);
      x->last = g_strdup(ev->date);
    }
  }
  if (x->limit && x->n > x->limit) return TRUE;
  g_autofree char *flags = rift_edge_flags_string(ev->flags);
  g_string_append_printf(x->out, "\n%s  %s -> %s  %s \"%s\"%s%s%s\n",
                         ev->date ? ev->date : "(undated)", ev->source,
                         ev->target, rift_polarity_name(ev->polarity),
                         ev->trigger, *flags ? " [" : "", flags,
                         *flags ? "]" : "");
  g_string_append_printf(x->out, "  %s, sentence %u (bytes %u-%u)%s%s\n",
                         ev->doc, ev->sentence + 1, ev->start, ev->end,
                         ev->title ? ": " : "", ev->title ? ev->title : "");
  g_string_append_printf(x->out, "  %s\n", ev->evidence);
  return TRUE;
}

int cmd_explain(int argc, char **argv) {
  g_autofree char *db = NULL, *level_s = NULL, *since = NULL, *until = NULL;
  g_auto(GStrv) actor_files = NULL;
  g_auto(GStrv) rest = NULL;
  gboolean include_hedged = FALSE;
  int limit = 0;
  GOptionEntry entries[] = {
    {"db", 0, 0, G_OPTION_ARG_FILENAME, &db, "the corpus store", "FILE"},
    {"level", 0, 0, G_OPTION_ARG_STRING, &level_s,
     "state (default) or actor: the level A and B are matched at", "LEVEL"},
    {"since", 0, 0, G_OPTION_ARG_STRING, &since,
     "only documents dated on or after DATE", "DATE"},
    {"until", 0, 0, G_OPTION_ARG_STRING, &until,
     "only documents dated on or before DATE", "DATE"},
    {"include-hedged", 0, 0, G_OPTION_ARG_NONE, &include_hedged,
     "also hedged, predicted, conditional and questioned edges", NULL},
    {"limit", 0, 0, G_OPTION_ARG_INT, &limit,
     "print at most N sentences (default: all)", "N"},
    {"actors", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &actor_files,
     "extra actor dictionary file, for names (repeatable)", "FILE"},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL,
     "A B"},
    {NULL}};
  g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
  g_option_context_set_summary(ctx,
      "Prints the evidence behind the edges from actor A to actor B: each\n"
      "sentence with its document, date, polarity, trigger and flags.  A\n"
      "and B are actor ids (RUS, UN) or names (Russia, \"Vladimir Putin\");\n"
      "at the state level a person matches the edges they gave the state.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cli_parse(ctx, &argc, &argv, "explain")) return EXIT_USAGE;
  if (!db) {
    cli_error("explain: --db FILE is required (try 'rift explain --help')");
    return EXIT_USAGE;
  }
  if (!rest || g_strv_length(rest) != 2) {
    cli_error("explain: give two actors, A B (try 'rift explain --help')");
    return EXIT_USAGE;
  }
  if (limit < 0) {
    cli_error("explain: --limit must be at least 0");
    return EXIT_USAGE;
  }
  RiftLevel level;
  if (!cli_parse_level(level_s, &level)) return EXIT_USAGE;
  g_autofree char *since_b = NULL, *until_b = NULL;
  if (!cli_store_date("since", since, FALSE, &since_b) ||
      !cli_store_date("until", until, TRUE, &until_b))
    return EXIT_USAGE;

  g_autoptr(GError) error = NULL;
  g_autoptr(RiftStore) store =
      rift_store_open(db, RIFT_STORE_READ_ONLY, &error);
  if (!store) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  g_autoptr(RiftDict) dict = cli_load_dict(actor_files);
  if (!dict) return EXIT_FAIL;
  g_autofree char *a = cli_store_actor(store, dict, rest[0]);
  if (!a) return EXIT_FAIL;
  g_autofree char *b = cli_store_actor(store, dict, rest[1]);
  if (!b) return EXIT_FAIL;

  RiftStoreQuery q = {.since = since_b, .until = until_b, .level = level,
                      .include_hedged = include_hedged, .source = a,
                      .target = b};
  g_autoptr(GHashTable) docs =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) out = g_string_new(NULL);
  Explain x = {.docs = docs, .out = out, .limit = (guint)limit};
  gboolean ok = rift_store_foreach_evidence(store, &q, print_evidence, &x,
                                            &error);
  g_autofree char *first = x.first, *last = x.last;
  if (!ok) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  if (x.n == 0) {
    cli_error("explain: no edge from %s to %s in '%s'%s", a, b, db,
              include_hedged ? "" : " (try --include-hedged)");
    return EXIT_FAIL;
  }
  printf("%s -> %s: %" G_GUINT64_FORMAT " pieces of evidence (%"
         G_GUINT64_FORMAT " support, %" G_GUINT64_FORMAT " oppose) in %u "
         "documents", a, b, x.n, x.support, x.oppose,
         g_hash_table_size(docs));
  if (first) printf(", %s to %s", first, last);
  printf("\n%s", out->str);
  if (x.limit && x.n > x.limit)
    printf("\n... and %" G_GUINT64_FORMAT " more (see --limit)\n",
           x.n - x.limit);
  return cli_finish_stdout(EXIT_OK);
}
