/* run.c: the document loop shared by build and extract: read every input
 * (files, directories, JSON Lines, stdin, compressed files and archives),
 * parse and analyse each document on --jobs worker threads, and hand each
 * result to a callback in input order (so the output is the same whatever
 * the number of jobs).  Skipped inputs are reported as they come, in
 * order, and counted for the summary. */
#include "run.h"

#include <rift/archive.h>
#include <rift/pool.h>
#include <unistd.h>

typedef struct {
  const RiftExtractor *ex;
  const char *date;       /* (nullable) for documents without one */
  CliResultFn fn;
  gpointer data;
  CliRunStats *stats;
  gboolean progress;      /* stderr is a terminal and not --quiet */
  gint64 started, shown;  /* monotonic microseconds */
  guint64 text_bytes;
} RunCtx;

typedef struct {
  RiftResult *result;     /* or */
  GError *error;          /* why the item was skipped */
  gsize len;              /* bytes of text */
} Outcome;

static void outcome_free(gpointer p) {
  Outcome *o = p;
  if (!o) return;
  rift_result_free(o->result);
  g_clear_error(&o->error);
  g_free(o);
}

/* Runs in a worker: parse (JSON Lines are parsed here, not in the reader
 * thread) and analyse. */
static gpointer work(gpointer item, gpointer user_data) {
  RunCtx *rc = user_data;
  g_autoptr(RiftArchiveItem) it = item;
  Outcome *o = g_new0(Outcome, 1);
  g_autoptr(RiftDoc) doc = rift_archive_item_doc(it, &o->error);
  if (!doc) return o;
  if (!doc->date && rc->date) doc->date = g_strdup(rc->date);
  o->len = doc->len;
  o->result = rift_extractor_run(rc->ex, doc);
  return o;
}

static gboolean sink(gpointer result, gpointer user_data, GError **error) {
  RunCtx *rc = user_data;
  Outcome *o = result;
  gboolean ok = TRUE;
  if (o->error) {
    cli_warn("skipped %s", o->error->message);
    rc->stats->skipped++;
  } else {
    rc->stats->docs++;
    rc->text_bytes += o->len;
    rc->stats->edges += o->result->edges->len;
    gint64 now = g_get_monotonic_time();
    if (rc->progress && now - rc->shown > 500000) {
      double secs = (now - rc->started) / 1e6, mb = rc->text_bytes / 1e6;
      fprintf(stderr, "\rrift: %u documents, %.1f MB, %.1f MB/s, %u edges ",
              rc->stats->docs, mb, secs > 0 ? mb / secs : 0.0, rc->stats->edges);
      rc->shown = now;
    }
    if (!rc->fn(o->result, rc->data)) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "cannot write the output");
      ok = FALSE;
    }
  }
  outcome_free(o);
  return ok;
}

gboolean cli_run_docs(char **inputs, RiftInputFormat fmt, guint jobs,
                      const char *date, const RiftExtractor *ex,
                      CliResultFn fn, gpointer data, CliRunStats *stats,
                      gboolean quiet) {
  g_autoptr(RiftArchiveReader) reader = rift_archive_reader_new(fmt);
  for (char **p = inputs; p && *p; p++) rift_archive_reader_add(reader, *p);
  if (!inputs || !*inputs) rift_archive_reader_add(reader, "-");
  RunCtx rc = {ex, date, fn, data, stats, !quiet && isatty(2), g_get_monotonic_time(), 0, 0};
  g_autoptr(RiftPool) pool = rift_pool_new(jobs, 0, work, sink, outcome_free, &rc);
  gboolean ok = TRUE;
  for (;;) {
    g_autoptr(GError) error = NULL;
    RiftArchiveItem *item = rift_archive_reader_next_item(reader, &error);
    if (error) {
      /* an input that cannot be opened: the pool keeps order for what is
       * in flight, so this message may come before earlier documents' */
      cli_warn("skipped %s", error->message);
      stats->skipped++;
      continue;
    }
    if (!item) break;
    if (!rift_pool_push(pool, item, &error)) {
      ok = FALSE;
      break;
    }
  }
  g_autoptr(GError) error = NULL;
  if (!rift_pool_finish(pool, &error)) ok = FALSE;
  if (rc.shown) fprintf(stderr, "\r%*s\r", 70, ""); /* clear the progress line */
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
