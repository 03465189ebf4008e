/* cli.h: the rift command-line tool's shared pieces.  The CLI parses
 * options, calls librift's public API and prints; it alone prints. */
#ifndef RIFT_CLI_H
#define RIFT_CLI_H

#include <rift.h>
#include <stdio.h>

typedef struct {
  const char *name;
  const char *summary;
  int (*run)(int argc, char **argv);
} RiftCommand;

/* Exit codes */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

int cmd_build(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_stats(int argc, char **argv);

/* Prints "rift: message" to stderr. */
void cli_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
void cli_warn(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* Parses argv with ctx; on failure prints the error and --help hint and
 * returns FALSE. */
gboolean cli_parse(GOptionContext *ctx, int *argc, char ***argv,
                   const char *cmd);

/* Loads the built-in dictionary plus user --actors files. */
RiftDict *cli_load_dict(char **actor_files);

/* Flushes and closes stdout, reporting a write error; returns exit code. */
int cli_finish_stdout(int code);

/* Parses "state"/"actor".  Returns FALSE with a message on a bad value. */
gboolean cli_parse_level(const char *s, RiftLevel *out);
/* Parses "auto"/"text"/"jsonl". */
gboolean cli_parse_input_format(const char *s, RiftInputFormat *out);

#endif
