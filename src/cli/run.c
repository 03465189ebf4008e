/* run.c: the document loop shared by build and extract: read every input,
 * run the extractor, hand each result to a callback, report skipped
 * inputs as they happen and in a summary at the end. */
#include "run.h"

gboolean cli_run_docs(char **inputs, RiftInputFormat fmt,
                      const RiftExtractor *ex, CliResultFn fn, gpointer data,
                      CliRunStats *stats) {
  g_autoptr(RiftReader) reader = rift_reader_new(fmt);
  for (char **p = inputs; p && *p; p++) rift_reader_add(reader, *p);
  if (!inputs || !*inputs) rift_reader_add(reader, "-");
  for (;;) {
    g_autoptr(GError) error = NULL;
    g_autoptr(RiftDoc) doc = rift_reader_next(reader, &error);
    if (error) {
      cli_warn("skipped %s", error->message);
      stats->skipped++;
      continue;
    }
    if (!doc) break;
    stats->docs++;
    g_autoptr(RiftResult) r = rift_extractor_run(ex, doc);
    stats->edges += r->edges->len;
    if (!fn(r, data)) return FALSE;
  }
  stats->bytes = rift_reader_bytes(reader);
  return TRUE;
}

void cli_run_summary(const CliRunStats *st, gboolean quiet) {
  if (st->skipped)
    cli_warn("read %u document%s, skipped %u input%s (see the messages above)",
             st->docs, st->docs == 1 ? "" : "s", st->skipped,
             st->skipped == 1 ? "" : "s");
  else if (!quiet && st->docs > 1)
    fprintf(stderr, "rift: read %u documents, found %u edges\n", st->docs, st->edges);
}
