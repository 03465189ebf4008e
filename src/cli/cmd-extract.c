/* cmd-extract.c: `rift extract`, the streaming mapper: documents in,
 * entity and edge lines out (JSON Lines contract of DESIGN.md, or TSV). */
#include "run.h"

typedef struct {
  gboolean tsv;
  GString *buf;
} ExtractOut;

static gboolean write_result(const RiftResult *r, gpointer data) {
  ExtractOut *o = data;
  g_string_truncate(o->buf, 0);
  if (o->tsv) {
    for (guint i = 0; i < r->edges->len; i++) {
      const RiftEdge *e = r->edges->pdata[i];
      g_autofree char *flags = rift_edge_flags_string(e->flags);
      g_string_append_printf(o->buf, "%s\t%s\t%s\t%s\t%u\t%s\t%s\n", r->doc,
                             e->source_name, e->target_name,
                             rift_polarity_name(e->polarity), e->sentence,
                             e->trigger, flags);
    }
  } else {
    rift_result_write_jsonl(r, o->buf);
  }
  fwrite(o->buf->str, 1, o->buf->len, stdout);
  return !ferror(stdout);
}

int cmd_extract(int argc, char **argv) {
  g_autofree char *format = NULL, *level = NULL, *input_format = NULL;
  g_auto(GStrv) actor_files = NULL;
  gboolean hedged = FALSE, quiet = FALSE;
  gint jobs = 0;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    {"format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: jsonl (default) or tsv", "FMT"},
    {"level", 'l', 0, G_OPTION_ARG_STRING, &level, "state (default): people and bodies fold into their state; actor: keep them", "LEVEL"},
    {"input-format", 0, 0, G_OPTION_ARG_STRING, &input_format, "auto (default: .jsonl is JSON Lines), text or jsonl", "FMT"},
    {"actors", 'a', 0, G_OPTION_ARG_FILENAME_ARRAY, &actor_files, "Extra actor dictionary file (repeatable)", "FILE"},
    {"include-hedged", 0, 0, G_OPTION_ARG_NONE, &hedged, "Also emit hedged, predicted, conditional and questioned edges (flagged)", NULL},
    {"date", 'd', 0, G_OPTION_ARG_STRING, &date, "Date (YYYY-MM-DD) of documents that carry none: it decides who \"Moscow\" or \"the president\" is", "DATE"},
    {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Worker threads (default: every core); output is the same for any N", "N"},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No summary on stderr", NULL},
    {NULL}};
  g_autoptr(GOptionContext) ctx = g_option_context_new("[INPUT...] - stream entities and edges");
  g_option_context_set_summary(ctx,
      "Reads text files, directories, JSON Lines documents (.jsonl) or standard\n"
      "input (no INPUT or '-') and writes one JSON object a line: entity lines\n"
      "then edge lines for each document.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cli_parse(ctx, &argc, &argv, "extract")) return EXIT_USAGE;
  ExtractOut o = {FALSE, g_string_new(NULL)};
  if (format && g_str_equal(format, "tsv")) o.tsv = TRUE;
  else if (format && !g_str_equal(format, "jsonl")) {
    cli_error("unknown --format '%s' (expected jsonl or tsv)", format);
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
  CliRunStats st = {0};
  gboolean ok = cli_run_docs(argv + 1, ifmt, (guint)MAX(jobs, 0), date, ex, write_result, &o, &st, quiet);
  g_string_free(o.buf, TRUE);
  cli_run_summary(&st, quiet);
  if (!ok) {
    cli_error("cannot write to standard output");
    return EXIT_FAIL;
  }
  return cli_finish_stdout(st.docs == 0 ? EXIT_FAIL : EXIT_OK);
}
