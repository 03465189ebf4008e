/* cmd-merge.c: `rift merge --db OUT SHARD.db...`: folds corpus stores
 * written by separate runs (shards) into one.  Merging the shards in the
 * order of their inputs gives the content one ingest over all the inputs
 * would have given. */
#include "cli.h"

int cmd_merge(int argc, char **argv) {
  g_autofree char *db = NULL;
  g_auto(GStrv) shards = NULL;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    {"db", 0, 0, G_OPTION_ARG_FILENAME, &db,
     "the store to fold the shards into (created if absent)", "FILE"},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "no summary", NULL},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &shards, NULL,
     "SHARD.db..."},
    {NULL}};
  g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
  g_option_context_set_summary(ctx,
      "Folds corpus stores written by separate 'rift ingest' runs into one.\n"
      "Documents the target lacks are copied with their mentions, sentences\n"
      "and edges; a document already there (the same text) is skipped.\n"
      "Shards merged in the order of their inputs give the same content as\n"
      "one ingest over all the inputs.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cli_parse(ctx, &argc, &argv, "merge")) return EXIT_USAGE;
  if (!db) {
    cli_error("merge: --db FILE is required (try 'rift merge --help')");
    return EXIT_USAGE;
  }
  if (!shards || !shards[0]) {
    cli_error("merge: no SHARD.db given (try 'rift merge --help')");
    return EXIT_USAGE;
  }
  g_autoptr(GError) error = NULL;
  g_autoptr(RiftStore) store = rift_store_open(db, RIFT_STORE_CREATE, &error);
  if (!store) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  guint64 total = 0;
  guint n = 0;
  for (char **p = shards; *p; p++, n++) {
    guint added = 0;
    if (!rift_store_merge(store, *p, &added, &error)) {
      cli_error("merge: %s", error->message);
      cli_error("merge: stopped; '%s' holds the shards before '%s'", db, *p);
      return EXIT_FAIL;
    }
    total += added;
  }
  g_clear_pointer(&store, rift_store_close);
  if (!quiet)
    fprintf(stderr, "rift: merge: %u shards, %" G_GUINT64_FORMAT
                    " documents added to '%s'\n", n, total, db);
  return EXIT_OK;
}
