/* cmd-build.c: `rift build`, text to picture in one step: every input's
 * edges aggregated into one graph, written as DOT or rendered by libgvc. */
#include "run.h"

static gboolean add_result(const RiftResult *r, gpointer data) {
  rift_graph_add_result(data, r);
  return TRUE;
}

int cmd_build(int argc, char **argv) {
  g_auto(GStrv) outputs = NULL;
  g_autofree char *format = NULL, *level = NULL,
                  *input_format = NULL, *focus = NULL, *title = NULL;
  g_auto(GStrv) actor_files = NULL;
  gboolean hedged = FALSE, quiet = FALSE;
  gint jobs = 0;
  g_autofree char *date = NULL;
  gint min_ev = 1, top = 0, depth = 1;
  GOptionEntry entries[] = {
    {"output", 'o', 0, G_OPTION_ARG_FILENAME_ARRAY, &outputs, "Write the graph to FILE (.dot .png .svg .pdf .json .csv; '-' for stdout; repeatable)", "FILE"},
    {"format", 'T', 0, G_OPTION_ARG_STRING, &format, "Output format, overriding the extension", "FMT"},
    {"level", 'l', 0, G_OPTION_ARG_STRING, &level, "state (default) or actor", "LEVEL"},
    {"input-format", 0, 0, G_OPTION_ARG_STRING, &input_format, "auto (default), text or jsonl", "FMT"},
    {"actors", 'a', 0, G_OPTION_ARG_FILENAME_ARRAY, &actor_files, "Extra actor dictionary file (repeatable)", "FILE"},
    {"include-hedged", 0, 0, G_OPTION_ARG_NONE, &hedged, "Keep hedged, predicted and conditional edges (dotted)", NULL},
    {"min-evidence", 0, 0, G_OPTION_ARG_INT, &min_ev, "Drop edges seen fewer than N times", "N"},
    {"top", 0, 0, G_OPTION_ARG_INT, &top, "Keep the N strongest edges", "N"},
    {"focus", 0, 0, G_OPTION_ARG_STRING, &focus, "Only the network around ACTOR (id or name)", "ACTOR"},
    {"depth", 0, 0, G_OPTION_ARG_INT, &depth, "Hops around --focus (default 1)", "N"},
    {"title", 0, 0, G_OPTION_ARG_STRING, &title, "Graph title", "TEXT"},
    {"date", 'd', 0, G_OPTION_ARG_STRING, &date, "Date (YYYY-MM-DD) of documents that carry none: it decides who \"Moscow\" or \"the president\" is", "DATE"},
    {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Worker threads (default: every core); output is the same for any N", "N"},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No summary on stderr", NULL},
    {NULL}};
  g_autoptr(GOptionContext) ctx = g_option_context_new("INPUT... -o FILE - draw the support/oppose graph");
  g_option_context_set_summary(ctx,
      "Reads text files, directories, JSON Lines (.jsonl) or standard input and\n"
      "draws who supports (green, solid) and who opposes (red, dashed) whom.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cli_parse(ctx, &argc, &argv, "build")) return EXIT_USAGE;
  if (!outputs || !*outputs) {
    cli_error("build: no output file (use -o FILE, e.g. -o out/graph.png)");
    return EXIT_USAGE;
  }
  if (min_ev < 1 || top < 0 || depth < 1) {
    cli_error("build: --min-evidence and --depth must be >= 1, --top >= 0");
    return EXIT_USAGE;
  }
  for (char **o = outputs; *o; o++)
    if (!format && !rift_graph_format_from_path(*o)) {
      cli_error("build: cannot tell the format of '%s' (use .dot, .png, .svg, .pdf, .json, .csv or -T)", *o);
      return EXIT_USAGE;
    }
  RiftExtractOptions opts = {RIFT_LEVEL_STATE, hedged};
  RiftInputFormat ifmt;
  if (!cli_parse_level(level, &opts.level) || !cli_parse_input_format(input_format, &ifmt))
    return EXIT_USAGE;
  g_autoptr(RiftDict) dict = cli_load_dict(actor_files);
  if (!dict) return EXIT_FAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RiftExtractor) ex = rift_extractor_new(dict, &opts, &error);
  if (!ex) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  g_autoptr(RiftGraph) graph = rift_graph_new();
  CliRunStats st = {0};
  cli_run_docs(argv + 1, ifmt, (guint)MAX(jobs, 0), date, ex, add_result, graph, &st, quiet);
  cli_run_summary(&st, quiet);
  if (st.docs == 0) {
    cli_error("build: no document could be read, nothing drawn");
    return EXIT_FAIL;
  }
  RiftGraphOptions go = {(guint)min_ev, (guint)top, focus, (guint)depth, hedged, title};
  for (char **o = outputs; *o; o++) {
    const char *fmt = format ? format : rift_graph_format_from_path(*o);
    if (!rift_graph_write(graph, &go, *o, fmt, &error)) {
      cli_error("%s", error->message);
      return EXIT_FAIL;
    }
    guint n_nodes = 0, n_edges = 0;
    if (!quiet && !g_str_equal(*o, "-") &&
        rift_graph_count(graph, &go, &n_nodes, &n_edges, NULL))
      fprintf(stderr, "rift: wrote %s (%u actors, %u edges)\n", *o, n_nodes, n_edges);
  }
  return cli_finish_stdout(EXIT_OK);
}
