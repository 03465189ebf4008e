/* cmd-ingest.c: `rift ingest --db FILE INPUT...`: reads documents (files,
 * directories, JSON Lines, compressed files and archives, stdin), runs the
 * extractor over them in worker threads and stores the results in the
 * corpus store from one writer thread, in input order, so the store's
 * content is the same whatever --jobs says. */
#include "cli.h"

#include <rift/archive.h>
#include <rift/pool.h>
#include <unistd.h>

/* What a worker hands the writer for one input item. */
typedef struct {
  RiftStoreRows *rows;     /* NULL when skipped */
  gboolean stored_before;  /* the store had the document already */
  char *invalid;           /* why the item is no document, or NULL */
} Item;

typedef struct {
  const RiftExtractor *ex;
  RiftStore *store;
  GMutex *err_lock;        /* stderr is shared with the progress line */
  GAsyncQueue *trash;      /* groups written, freed by the workers: the
                            * writer thread does nothing it can hand on */
  gboolean progress;
  GPtrArray *group;        /* Items sunk, not yet written (the writer
                            * stores GROUP documents at once) */
  /* counts, written by the writer thread only */
  guint64 added, duplicate, invalid, edges;
} Ingest;

static void item_free(Item *it) {
  if (!it) return;
  rift_store_rows_free(it->rows);
  g_free(it->invalid);
  g_free(it);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Item, item_free)

static void clear_progress(gboolean on) {
  if (on) fputs("\r\033[K", stderr);
}

/* Worker thread: parse, hash, skip what the store has, extract the rest
 * and prepare its rows (everything but the writing). */
static gpointer work(gpointer data, gpointer user_data) {
  Ingest *ing = user_data;
  GPtrArray *done;
  while ((done = g_async_queue_try_pop(ing->trash))) g_ptr_array_unref(done);
  g_autoptr(RiftArchiveItem) in = data;
  Item *it = g_new0(Item, 1);
  g_autoptr(GError) e = NULL;
  g_autoptr(RiftDoc) doc = rift_archive_item_doc(in, &e);
  if (!doc) {
    it->invalid = g_strdup(e->message);
    return it;
  }
  guint8 hash[RIFT_STORE_HASH_LEN];
  rift_store_hash(doc->text, doc->len, hash);
  gboolean found = FALSE;
  /* a failed look-up only costs an extraction: the writer checks again */
  if (rift_store_contains(ing->store, hash, &found, NULL) && found) {
    it->stored_before = TRUE;
    return it;
  }
  g_autoptr(RiftResult) result = rift_extractor_run(ing->ex, doc);
  it->rows = rift_store_rows_new(ing->store, doc, hash, result);
  return it;
}

/* Writer thread, in input order: the documents of a group are written
 * together (rift_store_add_rows_n), then their items go to the trash. */
#define GROUP 128

static gboolean write_group(Ingest *ing, GError **error) {
  GPtrArray *g = ing->group;
  g_autoptr(GPtrArray) rows = g_ptr_array_new();
  for (guint i = 0; i < g->len; i++) {
    Item *it = g->pdata[i];
    if (it->rows) g_ptr_array_add(rows, it->rows);
  }
  g_autofree RiftStoreOutcome *out = g_new(RiftStoreOutcome, rows->len + 1);
  gboolean ok = rift_store_add_rows_n(
      ing->store, (const RiftStoreRows *const *)rows->pdata, rows->len, out,
      error);
  for (guint i = 0; ok && i < rows->len; i++) {
    if (out[i] == RIFT_STORE_DUPLICATE) {
      ing->duplicate++;
    } else {
      ing->added++;
      ing->edges += rift_store_rows_n_edges(rows->pdata[i]);
    }
  }
  g_async_queue_push(ing->trash, g); /* one push a group */
  ing->group = g_ptr_array_new_full(GROUP, (GDestroyNotify)item_free);
  return ok;
}

static gboolean sink(gpointer data, gpointer user_data, GError **error) {
  Ingest *ing = user_data;
  Item *it = data;
  if (it->invalid) {
    g_mutex_lock(ing->err_lock);
    clear_progress(ing->progress);
    cli_warn("%s", it->invalid);
    g_mutex_unlock(ing->err_lock);
    ing->invalid++;
  } else if (it->stored_before) {
    ing->duplicate++;
  }
  g_ptr_array_add(ing->group, it);
  return ing->group->len < GROUP || write_group(ing, error);
}

static void print_progress(guint64 docs, guint64 bytes, guint64 total,
                           gint64 t0) {
  double secs = (g_get_monotonic_time() - t0) / 1e6;
  double mb = bytes / 1e6, rate = secs > 0 ? mb / secs : 0;
  char eta[32] = "";
  if (total > 0 && bytes > 0 && bytes <= total && rate > 0) {
    guint left = (guint)((total - bytes) / 1e6 / rate + 0.5);
    g_snprintf(eta, sizeof eta, ", ETA %u:%02u", left / 60, left % 60);
  }
  fprintf(stderr, "\r\033[Krift: ingest: %" G_GUINT64_FORMAT
                  " documents, %.1f", docs, mb);
  if (total > 0) fprintf(stderr, "/%.1f", total / 1e6);
  fprintf(stderr, " MB, %.1f MB/s%s", rate, eta);
  fflush(stderr);
}

int cmd_ingest(int argc, char **argv) {
  g_autofree char *db = NULL;
  g_autofree char *input_format = NULL;
  g_auto(GStrv) actor_files = NULL;
  g_auto(GStrv) inputs = NULL;
  int jobs = 0, batch = 8192;
  gboolean quiet = FALSE, timings = FALSE;
  GOptionEntry entries[] = {
    {"db", 0, 0, G_OPTION_ARG_FILENAME, &db,
     "the corpus store to add to (created if absent)", "FILE"},
    {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
     "analysis threads (default: every processor)", "N"},
    {"actors", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &actor_files,
     "extra actor dictionary file (repeatable)", "FILE"},
    {"input-format", 0, 0, G_OPTION_ARG_STRING, &input_format,
     "auto (by extension), text or jsonl", "FORMAT"},
    {"batch", 0, 0, G_OPTION_ARG_INT, &batch,
     "documents per transaction (default 8192)", "N"},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
     "no progress and no summary", NULL},
    {"timings", 0, 0, G_OPTION_ARG_NONE, &timings,
     "report the CPU time of each stage (set-up, reading, analysis, "
     "writing) on stderr", NULL},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL,
     "INPUT..."},
    {NULL}};
  g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
  g_option_context_set_summary(ctx,
      "Adds documents to the corpus store: text files, directories (walked\n"
      "recursively), JSON Lines ({\"id\",\"date\",\"title\",\"text\"}), gzip/"
      "bzip2/xz files,\ntar, tar.gz and zip archives, and '-' for standard "
      "input.\n\n"
      "Documents are keyed by the SHA-256 of their text: one already stored\n"
      "is skipped, so rerunning an interrupted ingest completes it.  The\n"
      "store's content does not depend on --jobs.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cli_parse(ctx, &argc, &argv, "ingest")) return EXIT_USAGE;
  if (!db) {
    cli_error("ingest: --db FILE is required (try 'rift ingest --help')");
    return EXIT_USAGE;
  }
  if (!inputs || !inputs[0]) {
    cli_error("ingest: no INPUT given; use '-' for standard input");
    return EXIT_USAGE;
  }
  if (jobs < 0 || jobs > 1024) {
    cli_error("ingest: --jobs must be between 1 and 1024, not %d", jobs);
    return EXIT_USAGE;
  }
  if (batch < 1) {
    cli_error("ingest: --batch must be at least 1, not %d", batch);
    return EXIT_USAGE;
  }
  RiftInputFormat fmt;
  if (!cli_parse_input_format(input_format, &fmt)) return EXIT_USAGE;

  g_autoptr(RiftDict) dict = cli_load_dict(actor_files);
  if (!dict) return EXIT_FAIL;
  g_autoptr(GError) error = NULL;
  RiftExtractOptions xo = {.level = RIFT_LEVEL_ACTOR, .include_hedged = TRUE};
  g_autoptr(RiftExtractor) ex = rift_extractor_new(dict, &xo, &error);
  if (!ex) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  g_autoptr(RiftStore) store = rift_store_open(db, RIFT_STORE_CREATE, &error);
  if (!store) {
    cli_error("%s", error->message);
    return EXIT_FAIL;
  }
  rift_store_set_dict(store, dict);
  rift_store_set_batch_size(store, (guint)batch);

  double setup_cpu = rift_pool_thread_cpu();
  g_autoptr(RiftArchiveReader) reader = rift_archive_reader_new(fmt);
  for (char **p = inputs; *p; p++) rift_archive_reader_add(reader, *p);
  gboolean progress = !quiet && isatty(STDERR_FILENO);
  guint64 total = progress ? rift_archive_inputs_size(inputs) : 0;

  GMutex err_lock;
  g_mutex_init(&err_lock);
  g_autoptr(GAsyncQueue) trash =
      g_async_queue_new_full((GDestroyNotify)g_ptr_array_unref);
  Ingest ing = {.ex = ex, .store = store, .err_lock = &err_lock,
                .trash = trash, .progress = progress,
                .group = g_ptr_array_new_full(GROUP, (GDestroyNotify)item_free)};
  gint64 t0 = g_get_monotonic_time(), last = t0;
  guint64 read = 0, invalid = 0, unreadable = 0;
  gboolean ok = TRUE;
  g_autoptr(RiftPool) pool = rift_pool_new((guint)jobs, 0, work, sink,
                                           (GDestroyNotify)item_free, &ing);
  for (;;) {
    g_autoptr(GError) e = NULL;
    RiftArchiveItem *item = rift_archive_reader_next_item(reader, &e);
    if (!item && !e) break;
    if (!item) {
      g_mutex_lock(&err_lock);
      clear_progress(progress);
      cli_warn("%s", e->message);
      g_mutex_unlock(&err_lock);
      if (g_error_matches(e, RIFT_ERROR, RIFT_ERROR_IO)) unreadable++;
      else invalid++;
      continue;
    }
    read++;
    if (!rift_pool_push(pool, item, &error)) {
      ok = FALSE;
      break;
    }
    if (progress) {
      gint64 now = g_get_monotonic_time();
      if (now - last > 250000) {
        last = now;
        g_mutex_lock(&err_lock);
        print_progress(rift_pool_done(pool),
                       rift_archive_reader_bytes(reader), total, t0);
        g_mutex_unlock(&err_lock);
      }
    }
  }
  if (!rift_pool_finish(pool, ok ? &error : NULL)) ok = FALSE;
  /* the last group, here: the writer thread has ended */
  if (ok && !write_group(&ing, &error)) ok = FALSE;
  g_ptr_array_unref(ing.group); /* written, or left by a failure */
  double read_cpu = rift_pool_thread_cpu() - setup_cpu, work_cpu, sink_cpu;
  rift_pool_cpu(pool, &work_cpu, &sink_cpu);
  g_clear_pointer(&pool, rift_pool_free);
  g_mutex_clear(&err_lock);
  invalid += ing.invalid;
  read -= ing.invalid;
  if (ok && !rift_store_commit(store, &error)) ok = FALSE;
  clear_progress(progress);
  if (!ok) {
    cli_error("ingest: %s", error->message);
    cli_error("ingest: stopped; the store keeps every batch committed so far, "
              "and rerunning the command completes it");
    return EXIT_FAIL;
  }
  guint64 bytes = rift_archive_reader_bytes(reader);
  g_clear_pointer(&store, rift_store_close);
  double secs = (g_get_monotonic_time() - t0) / 1e6;
  if (!quiet) {
    guint n_jobs = jobs ? (guint)jobs : rift_pool_default_jobs();
    guint64 skipped = ing.duplicate + invalid + unreadable;
    fprintf(stderr,
            "rift: ingest: %" G_GUINT64_FORMAT " documents read, %"
            G_GUINT64_FORMAT " added, %" G_GUINT64_FORMAT " skipped (%"
            G_GUINT64_FORMAT " already stored, %" G_GUINT64_FORMAT
            " invalid, %" G_GUINT64_FORMAT " unreadable), %" G_GUINT64_FORMAT
            " edges found; %.1f MB in %.2f s (%.1f MB/s, %u job%s)\n",
            read, ing.added, skipped, ing.duplicate, invalid, unreadable,
            ing.edges, bytes / 1e6, secs, secs > 0 ? bytes / 1e6 / secs : 0.0,
            n_jobs, n_jobs == 1 ? "" : "s");
  }
  if (timings) {
    guint n_jobs = jobs ? (guint)jobs : rift_pool_default_jobs();
    fprintf(stderr,
            "rift: ingest: CPU seconds: set-up %.3f (dictionary, lexicon, "
            "store), reading %.3f, analysis %.3f (%u job%s), writing %.3f; "
            "%.3f s elapsed\n", setup_cpu, read_cpu, work_cpu, n_jobs,
            n_jobs == 1 ? "" : "s", sink_cpu, secs);
  }
  return unreadable ? EXIT_FAIL : EXIT_OK;
}
