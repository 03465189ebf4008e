/* main.c: the rift command table and shared CLI helpers.  Each command
 * lives in cmd-<name>.c with its own GOptionContext. */
#include "cli.h"

#include <errno.h>
#include <locale.h>
#include <string.h>

static const RiftCommand commands[] = {
  {"build",   "text to a picture or DOT graph in one step", cmd_build},
  {"extract", "stream entities and edges as JSON Lines or TSV", cmd_extract},
  {"actors",  "look up and list the actor dictionary", cmd_actors},
  {"ingest",  "add documents to the corpus store (SQLite)", cmd_ingest},
  {"graph",   "draw a graph from the corpus store", cmd_graph},
  {"merge",   "fold shard stores into one", cmd_merge},
  {"explain", "the evidence behind an edge in the store", cmd_explain},
  {"stats",   "counts, date range and top actors of a store", cmd_stats},
};

static void usage(FILE *f) {
  fprintf(f, "usage: rift COMMAND [OPTIONS] [ARGS]\n\n"
             "rift turns news text into a signed graph of who supports and "
             "who opposes whom.\n\ncommands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
    fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
  fprintf(f, "\nrift COMMAND --help shows a command's options.\n"
             "rift --version prints the version.\n");
}

void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g_autofree char *msg = g_strdup_vprintf(fmt, ap);
  va_end(ap);
  fprintf(stderr, "rift: %s\n", msg);
}

void cli_warn(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g_autofree char *msg = g_strdup_vprintf(fmt, ap);
  va_end(ap);
  fprintf(stderr, "rift: warning: %s\n", msg);
}

gboolean cli_parse(GOptionContext *ctx, int *argc, char ***argv,
                   const char *cmd) {
  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(ctx, argc, argv, &error)) {
    cli_error("%s: %s (try 'rift %s --help')", cmd, error->message, cmd);
    return FALSE;
  }
  return TRUE;
}

RiftDict *cli_load_dict(char **actor_files) {
  g_autoptr(GError) error = NULL;
  g_autoptr(RiftDict) dict = rift_dict_new_default(&error);
  if (!dict) {
    cli_error("cannot load the built-in dictionary: %s", error->message);
    return NULL;
  }
  for (char **f = actor_files; f && *f; f++) {
    if (!rift_dict_load_file(dict, *f, &error)) {
      cli_error("%s", error->message);
      return NULL;
    }
  }
  return g_steal_pointer(&dict);
}

int cli_finish_stdout(int code) {
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("cannot write to standard output: %s", g_strerror(errno));
    return EXIT_FAIL;
  }
  if (fclose(stdout) != 0) {
    cli_error("cannot close standard output: %s", g_strerror(errno));
    return EXIT_FAIL;
  }
  return code;
}

gboolean cli_parse_level(const char *s, RiftLevel *out) {
  if (!s || g_str_equal(s, "state")) *out = RIFT_LEVEL_STATE;
  else if (g_str_equal(s, "actor")) *out = RIFT_LEVEL_ACTOR;
  else {
    cli_error("unknown --level '%s' (expected state or actor)", s);
    return FALSE;
  }
  return TRUE;
}

gboolean cli_parse_input_format(const char *s, RiftInputFormat *out) {
  if (!s || g_str_equal(s, "auto")) *out = RIFT_INPUT_AUTO;
  else if (g_str_equal(s, "text")) *out = RIFT_INPUT_TEXT;
  else if (g_str_equal(s, "jsonl")) *out = RIFT_INPUT_JSONL;
  else {
    cli_error("unknown --input-format '%s' (expected auto, text or jsonl)", s);
    return FALSE;
  }
  return TRUE;
}

int main(int argc, char **argv) {
  setlocale(LC_ALL, "");
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *name = argv[1];
  if (g_str_equal(name, "--help") || g_str_equal(name, "-h") ||
      g_str_equal(name, "help")) {
    usage(stdout);
    return cli_finish_stdout(EXIT_OK);
  }
  if (g_str_equal(name, "--version")) {
    printf("rift %s\n", RIFT_VERSION);
    return cli_finish_stdout(EXIT_OK);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
    if (g_str_equal(name, commands[i].name))
      return commands[i].run(argc - 1, argv + 1);
  cli_error("'%s' is not a rift command (see 'rift --help')", name);
  return EXIT_USAGE;
}
