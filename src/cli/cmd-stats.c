/* cmd-stats.c: `rift stats --db FILE`: what a corpus store holds: counts,
 * the date range and the most mentioned actors. */
#include "cli.h"
#include "store-common.h"

int cmd_stats(int argc, char **argv) {
  g_autofree char *db = NULL, *level_s = NULL;
  g_auto(GStrv) rest = NULL;
  int top = 10;
  GOptionEntry entries[] = {
    {"db", 0, 0, G_OPTION_ARG_FILENAME, &db, "the corpus store", "FILE"},
    {"top", 0, 0, G_OPTION_ARG_INT, &top,
     "list the N most mentioned actors (default 10, 0: none)", "N"},
    {"level", 0, 0, G_OPTION_ARG_STRING, &level_s,
     "state (default) or actor: the level actors are counted at", "LEVEL"},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL, NULL},
    {NULL}};
  g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
  g_option_context_set_summary(ctx,
      "Prints what a corpus store holds: documents, actors, mentions,\n"
      "sentences and edges, the documents' date range and the actors most\n"
      "mentioned.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cli_parse(ctx, &argc, &argv, "stats")) return EXIT_USAGE;
  if (rest && rest[0]) {
    cli_error("stats: unexpected argument '%s' (try 'rift stats --help')",
              rest[0]);
    return EXIT_USAGE;
  }
  if (!db) {
    cli_error("stats: --db FILE is required (try 'rift stats --help')");
    return EXIT_USAGE;
  }
  if (top < 0) {
    cli_error("stats: --top must be at least 0");
    return EXIT_USAGE;
  }
  RiftLevel level;
  if (!cli_parse_level(level_s, &level)) return EXIT_USAGE;

  g_autoptr(GError) error = NULL;
  g_autoptr(RiftStore) store =
      rift_store_open(db, RIFT_STORE_READ_ONLY, &error);
  if (!store) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  RiftStoreStats st;
  if (!rift_store_stats(store, &st, &error)) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  printf("store:      %s (schema version %d)\n", db, st.schema_version);
  printf("documents:  %" G_GUINT64_FORMAT " (%" G_GUINT64_FORMAT
         " dated), %.1f MB of text\n",
         st.documents, st.dated_documents, st.bytes / 1e6);
  if (st.first_date)
    printf("dates:      %s to %s\n", st.first_date, st.last_date);
  else
    printf("dates:      none\n");
  printf("actors:     %" G_GUINT64_FORMAT "\n", st.actors);
  printf("mentions:   %" G_GUINT64_FORMAT "\n", st.mentions);
  printf("sentences:  %" G_GUINT64_FORMAT " with edges\n", st.sentences);
  printf("edges:      %" G_GUINT64_FORMAT " (%" G_GUINT64_FORMAT
         " support, %" G_GUINT64_FORMAT " oppose; %" G_GUINT64_FORMAT
         " hedged, predicted or conditional)\n",
         st.edges, st.support, st.oppose, st.hedged);
  rift_store_stats_clear(&st);
  if (top > 0) {
    RiftStoreQuery q = {.level = level};
    g_autoptr(GPtrArray) actors =
        rift_store_actors(store, &q, (guint)top, &error);
    if (!actors) {
      cli_error("%s", error->message);
      return EXIT_FAIL;
    }
    printf("top actors (%s level, by mentions):\n",
           level == RIFT_LEVEL_STATE ? "state" : "actor");
    for (guint i = 0; i < actors->len; i++) {
      RiftStoreActor *a = actors->pdata[i];
      printf("  %3u. %-14s %-28s %-7s %8" G_GUINT64_FORMAT
             " mentions in %" G_GUINT64_FORMAT " documents\n",
             i + 1, a->id, a->name, rift_actor_type_name(a->type),
             a->mentions, a->documents);
    }
  }
  return cli_finish_stdout(EXIT_OK);
}
