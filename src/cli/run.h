/* run.h: the document loop shared by the build and extract commands. */
#ifndef RIFT_CLI_RUN_H
#define RIFT_CLI_RUN_H

#include "cli.h"

typedef struct {
  guint docs, skipped, edges;
  guint64 bytes;
} CliRunStats;

/* Called for each document's result; return FALSE to stop. */
typedef gboolean (*CliResultFn)(const RiftResult *r, gpointer data);

/* jobs: worker threads (0: every core); date (nullable): the date of
 * documents that carry none; progress goes to stderr when it is a
 * terminal, unless quiet. */
gboolean cli_run_docs(char **inputs, RiftInputFormat fmt, guint jobs,
                      const char *date, const RiftExtractor *ex, CliResultFn fn,
                      gpointer data, CliRunStats *stats, gboolean quiet);
void cli_run_summary(const CliRunStats *st, gboolean quiet);

#endif
