/* cmd-graph.c: `rift graph --db FILE -o FILE [filters]`: reads the
 * evidence the filters select from the corpus store and builds the graph
 * through the public RiftGraph API, which aggregates it per (source,
 * target, polarity), applies the graph filters and writes the output. */
#include "cli.h"
#include "store-common.h"

typedef struct {
  RiftGraph *graph;
  GHashTable *nodes;  /* id -> type (as a pointer), for the node list */
  GHashTable *names;  /* id -> name */
} Build;

static gboolean add_evidence(const RiftStoreEvidence *ev, gpointer data) {
  Build *b = data;
  if (!g_hash_table_contains(b->nodes, ev->source)) {
    g_hash_table_insert(b->nodes, g_strdup(ev->source),
                        GINT_TO_POINTER(ev->source_type));
    g_hash_table_insert(b->names, g_strdup(ev->source),
                        g_strdup(ev->source_name));
  }
  if (!g_hash_table_contains(b->nodes, ev->target)) {
    g_hash_table_insert(b->nodes, g_strdup(ev->target),
                        GINT_TO_POINTER(ev->target_type));
    g_hash_table_insert(b->names, g_strdup(ev->target),
                        g_strdup(ev->target_name));
  }
  /* articles are counted by the store's document number: ids read from
   * different inputs may repeat */
  char doc[32];
  g_snprintf(doc, sizeof doc, "%" G_GINT64_FORMAT, ev->doc_number);
  rift_graph_add_edge(b->graph, ev->source, ev->target, ev->polarity,
                      ev->score, ev->trigger, ev->flags, doc, ev->date);
  return TRUE;
}

int cmd_graph(int argc, char **argv) {
  g_autofree char *db = NULL, *output = NULL, *format = NULL;
  g_autofree char *since = NULL, *until = NULL, *focus = NULL;
  g_autofree char *level_s = NULL, *title = NULL;
  g_auto(GStrv) actor_files = NULL;
  g_auto(GStrv) rest = NULL;
  int depth = 1, min_evidence = 1, top = 0;
  gboolean include_hedged = FALSE;
  GOptionEntry entries[] = {
    {"db", 0, 0, G_OPTION_ARG_FILENAME, &db, "the corpus store", "FILE"},
    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
     "where to write the graph ('-': standard output, DOT by default)", "FILE"},
    {"format", 'T', 0, G_OPTION_ARG_STRING, &format,
     "dot, png, svg, pdf, json or csv (default: from the -o extension)",
     "FORMAT"},
    {"since", 0, 0, G_OPTION_ARG_STRING, &since,
     "only documents dated on or after DATE (YYYY[-MM[-DD]])", "DATE"},
    {"until", 0, 0, G_OPTION_ARG_STRING, &until,
     "only documents dated on or before DATE", "DATE"},
    {"focus", 0, 0, G_OPTION_ARG_STRING, &focus,
     "only the ego network of ACTOR (an id or a name)", "ACTOR"},
    {"depth", 0, 0, G_OPTION_ARG_INT, &depth,
     "hops around --focus (default 1)", "N"},
    {"min-evidence", 0, 0, G_OPTION_ARG_INT, &min_evidence,
     "drop edges with fewer than N pieces of evidence (default 1)", "N"},
    {"top", 0, 0, G_OPTION_ARG_INT, &top,
     "keep only the N strongest edges (default: all)", "N"},
    {"level", 0, 0, G_OPTION_ARG_STRING, &level_s,
     "state (people fold into what they speak for; default) or actor",
     "LEVEL"},
    {"include-hedged", 0, 0, G_OPTION_ARG_NONE, &include_hedged,
     "keep hedged, predicted, conditional and questioned edges", NULL},
    {"title", 0, 0, G_OPTION_ARG_STRING, &title, "the graph's label",
     "TEXT"},
    {"actors", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &actor_files,
     "extra actor dictionary file, for --focus names (repeatable)", "FILE"},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL, NULL},
    {NULL}};
  g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
  g_option_context_set_summary(ctx,
      "Draws the graph of who supports and who opposes whom from the corpus\n"
      "store.  Every edge carries its evidence count, article count and\n"
      "first and last date.  The output format follows the -o extension\n"
      "(.dot .png .svg .pdf .json .csv) or -T.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cli_parse(ctx, &argc, &argv, "graph")) return EXIT_USAGE;
  if (rest && rest[0]) {
    cli_error("graph: unexpected argument '%s' (try 'rift graph --help')",
              rest[0]);
    return EXIT_USAGE;
  }
  if (!db || !output) {
    cli_error("graph: --db FILE and -o FILE are required "
              "(try 'rift graph --help')");
    return EXIT_USAGE;
  }
  if (depth < 1 || min_evidence < 1 || top < 0) {
    cli_error("graph: --depth and --min-evidence must be at least 1, "
              "--top at least 0");
    return EXIT_USAGE;
  }
  RiftLevel level;
  if (!cli_parse_level(level_s, &level)) return EXIT_USAGE;
  g_autofree char *since_b = NULL, *until_b = NULL;
  if (!cli_store_date("since", since, FALSE, &since_b) ||
      !cli_store_date("until", until, TRUE, &until_b))
    return EXIT_USAGE;
  gboolean to_stdout = g_str_equal(output, "-");
  const char *fmt = format ? format
                           : to_stdout ? "dot"
                                       : rift_graph_format_from_path(output);
  if (!fmt) {
    cli_error("graph: cannot tell the format of '%s' from its extension; "
              "use -T (dot, png, svg, pdf, json, csv)", output);
    return EXIT_USAGE;
  }
  if (to_stdout && !g_str_equal(fmt, "dot") && !g_str_equal(fmt, "json") &&
      !g_str_equal(fmt, "csv")) {
    cli_error("graph: %s does not go to standard output; use -o FILE", fmt);
    return EXIT_USAGE;
  }

  g_autoptr(GError) error = NULL;
  g_autoptr(RiftStore) store =
      rift_store_open(db, RIFT_STORE_READ_ONLY, &error);
  if (!store) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  g_autofree char *focus_id = NULL;
  if (focus) {
    g_autoptr(RiftDict) dict = cli_load_dict(actor_files);
    if (!dict) return EXIT_FAIL;
    focus_id = cli_store_actor(store, dict, focus);
    if (!focus_id) return EXIT_FAIL;
  }

  RiftStoreQuery q = {.since = since_b, .until = until_b, .level = level,
                      .include_hedged = include_hedged};
  g_autoptr(RiftGraph) graph = rift_graph_new();
  g_autoptr(GHashTable) nodes =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) names =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  Build b = {.graph = graph, .nodes = nodes, .names = names};
  if (!rift_store_foreach_evidence(store, &q, add_evidence, &b, &error)) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  /* the edges' actors become nodes, with their mentions in the window */
  g_autoptr(GPtrArray) actors = rift_store_actors(store, &q, 0, &error);
  if (!actors) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  for (guint i = 0; i < actors->len; i++) {
    RiftStoreActor *a = actors->pdata[i];
    if (!g_hash_table_contains(nodes, a->id)) continue;
    rift_graph_add_node(graph, a->id, a->name, a->type,
                        (guint)MIN(a->mentions, G_MAXUINT));
    g_hash_table_remove(nodes, a->id);
  }
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, nodes); /* actors never mentioned by name */
  while (g_hash_table_iter_next(&it, &k, &v))
    rift_graph_add_node(graph, k, g_hash_table_lookup(names, k),
                        GPOINTER_TO_INT(v), 0);

  RiftGraphOptions go = {.min_evidence = (guint)min_evidence,
                         .top = (guint)top,
                         .focus = focus_id,
                         .depth = (guint)depth,
                         .include_hedged = include_hedged,
                         .title = title};
  if (!rift_graph_write(graph, &go, output, fmt, &error)) {
    cli_error("graph: %s", error->message);
    return EXIT_FAIL;
  }
  return to_stdout ? cli_finish_stdout(EXIT_OK) : EXIT_OK;
}
