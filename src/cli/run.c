/* run.c: the document loop shared by build and extract: read every input
 * (files, directories, JSON Lines, stdin, compressed files and archives),
 * run the extractor on --jobs worker threads, hand each result to a
 * callback in input order (so output is the same whatever the number of
 * jobs), report skipped inputs as they happen and in a summary. */
#include "run.h"

#include <rift/archive.h>
#include <rift/pool.h>

typedef struct {
  const RiftExtractor *ex;
  CliResultFn fn;
  gpointer data;
  CliRunStats *stats;
} RunCtx;

static gpointer work(gpointer item, gpointer user_data) {
  RunCtx *rc = user_data;
  RiftDoc *doc = item;
  RiftResult *r = rift_extractor_run(rc->ex, doc);
  rift_doc_free(doc);
  return r;
}

static gboolean sink(gpointer result, gpointer user_data, GError **error) {
  RunCtx *rc = user_data;
  g_autoptr(RiftResult) r = result;
  rc->stats->edges += r->edges->len;
  if (!rc->fn(r, rc->data)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "cannot write the output");
    return FALSE;
  }
  return TRUE;
}

gboolean cli_run_docs(char **inputs, RiftInputFormat fmt, guint jobs,
                      const RiftExtractor *ex, CliResultFn fn, gpointer data,
                      CliRunStats *stats) {
  g_autoptr(RiftArchiveReader) reader = rift_archive_reader_new(fmt);
  for (char **p = inputs; p && *p; p++) rift_archive_reader_add(reader, *p);
  if (!inputs || !*inputs) rift_archive_reader_add(reader, "-");
  RunCtx rc = {ex, fn, data, stats};
  g_autoptr(RiftPool) pool = rift_pool_new(jobs, 0, work, sink,
                                           (GDestroyNotify)rift_result_free, &rc);
  gboolean ok = TRUE;
  for (;;) {
    g_autoptr(GError) error = NULL;
    RiftDoc *doc = rift_archive_reader_next(reader, &error);
    if (error) {
      cli_warn("skipped %s", error->message);
      stats->skipped++;
      continue;
    }
    if (!doc) break;
    stats->docs++;
    if (!rift_pool_push(pool, doc, &error)) {
      ok = FALSE;
      break;
    }
  }
  g_autoptr(GError) error = NULL;
  if (!rift_pool_finish(pool, &error)) ok = FALSE;
  stats->bytes = rift_archive_reader_bytes(reader);
  return ok;
}

void cli_run_summary(const CliRunStats *st, gboolean quiet) {
  if (st->skipped)
    cli_warn("read %u document%s, skipped %u input%s (see the messages above)",
             st->docs, st->docs == 1 ? "" : "s", st->skipped,
             st->skipped == 1 ? "" : "s");
  else if (!quiet && st->docs > 1)
    fprintf(stderr, "rift: read %u documents, found %u edges\n", st->docs, st->edges);
}
