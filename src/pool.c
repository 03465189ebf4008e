/* pool.c: the ordered parallel map behind `rift ingest` (and any stage
 * that fans documents out to worker threads): a work queue, N workers, a
 * reorder buffer indexed by sequence number, and one writer thread that
 * sinks results strictly in push order. */
#include "rift-private.h"
#include <rift/pool.h>

typedef struct {
  guint64 seq;
  gpointer item;
} Task;

struct _RiftPool {
  RiftPoolWorkFunc work;
  RiftPoolSinkFunc sink;
  GDestroyNotify result_free;
  gpointer user_data;

  guint jobs, window;
  GThread **workers;
  GThread *writer;
  GAsyncQueue *tasks;     /* Task*; a Task with item == &stop_marker ends */

  GMutex lock;
  GCond space;            /* the producer waits for room in the window */
  GCond ready;            /* the writer waits for the next result */
  gpointer *slots;        /* reorder buffer: results by seq % window */
  gboolean *filled;
  guint64 next_in;        /* sequence number of the next push */
  guint64 next_out;       /* sequence number the writer sinks next */
  gboolean finishing;     /* no more pushes */
  gboolean finished;
  GError *error;          /* the sink's failure, if any */
};

static char stop_marker;

guint rift_pool_default_jobs(void) {
  guint n = g_get_num_processors();
  return n ? n : 1;
}

static gpointer worker_main(gpointer data) {
  RiftPool *p = data;
  for (;;) {
    Task *t = g_async_queue_pop(p->tasks);
    if (t->item == &stop_marker) {
      g_free(t);
      return NULL;
    }
    gpointer result = p->work(t->item, p->user_data);
    g_mutex_lock(&p->lock);
    guint slot = (guint)(t->seq % p->window);
    p->slots[slot] = result;
    p->filled[slot] = TRUE;
    if (t->seq == p->next_out) g_cond_signal(&p->ready);
    g_mutex_unlock(&p->lock);
    g_free(t);
  }
}

static gpointer writer_main(gpointer data) {
  RiftPool *p = data;
  for (;;) {
    g_mutex_lock(&p->lock);
    guint slot = (guint)(p->next_out % p->window);
    while (!p->filled[slot] && !(p->finishing && p->next_out == p->next_in))
      g_cond_wait(&p->ready, &p->lock);
    if (!p->filled[slot]) { /* finishing, and everything is sunk */
      g_mutex_unlock(&p->lock);
      return NULL;
    }
    gpointer result = p->slots[slot];
    p->slots[slot] = NULL;
    p->filled[slot] = FALSE;
    gboolean failed = p->error != NULL;
    g_mutex_unlock(&p->lock);

    GError *e = NULL;
    if (failed) {
      if (result && p->result_free) p->result_free(result);
    } else if (!p->sink(result, p->user_data, &e)) {
      if (!e)
        e = g_error_new_literal(RIFT_ERROR, RIFT_ERROR_IO,
                                "the pipeline's writer failed");
    }

    g_mutex_lock(&p->lock);
    if (e && !p->error) p->error = e;
    else if (e) g_error_free(e);
    p->next_out++;
    g_cond_broadcast(&p->space);
    g_mutex_unlock(&p->lock);
  }
}

RiftPool *rift_pool_new(guint jobs, guint window, RiftPoolWorkFunc work,
                        RiftPoolSinkFunc sink, GDestroyNotify result_free,
                        gpointer user_data) {
  RiftPool *p = g_new0(RiftPool, 1);
  p->work = work;
  p->sink = sink;
  p->result_free = result_free;
  p->user_data = user_data;
  p->jobs = jobs ? jobs : rift_pool_default_jobs();
  p->window = window ? window : 32 + 16 * p->jobs;
  p->slots = g_new0(gpointer, p->window);
  p->filled = g_new0(gboolean, p->window);
  p->tasks = g_async_queue_new();
  g_mutex_init(&p->lock);
  g_cond_init(&p->space);
  g_cond_init(&p->ready);
  p->workers = g_new0(GThread *, p->jobs);
  for (guint i = 0; i < p->jobs; i++)
    p->workers[i] = g_thread_new("rift-worker", worker_main, p);
  p->writer = g_thread_new("rift-writer", writer_main, p);
  return p;
}

gboolean rift_pool_push(RiftPool *p, gpointer item, GError **error) {
  g_return_val_if_fail(!p->finishing, FALSE);
  g_mutex_lock(&p->lock);
  while (p->next_in - p->next_out >= p->window)
    g_cond_wait(&p->space, &p->lock);
  Task *t = g_new(Task, 1);
  t->seq = p->next_in++;
  t->item = item;
  gboolean ok = p->error == NULL;
  if (!ok) g_propagate_error(error, g_error_copy(p->error));
  g_mutex_unlock(&p->lock);
  g_async_queue_push(p->tasks, t);
  return ok;
}

guint64 rift_pool_done(RiftPool *p) {
  g_mutex_lock(&p->lock);
  guint64 n = p->next_out;
  g_mutex_unlock(&p->lock);
  return n;
}

gboolean rift_pool_finish(RiftPool *p, GError **error) {
  if (!p->finished) {
    g_mutex_lock(&p->lock);
    p->finishing = TRUE;
    g_cond_signal(&p->ready);
    g_mutex_unlock(&p->lock);
    for (guint i = 0; i < p->jobs; i++) {
      Task *t = g_new(Task, 1);
      t->seq = 0;
      t->item = &stop_marker;
      g_async_queue_push(p->tasks, t);
    }
    for (guint i = 0; i < p->jobs; i++) g_thread_join(p->workers[i]);
    g_thread_join(p->writer);
    p->finished = TRUE;
  }
  if (p->error) {
    g_propagate_error(error, g_error_copy(p->error));
    return FALSE;
  }
  return TRUE;
}

void rift_pool_free(RiftPool *p) {
  if (!p) return;
  rift_pool_finish(p, NULL);
  g_async_queue_unref(p->tasks);
  g_mutex_clear(&p->lock);
  g_cond_clear(&p->space);
  g_cond_clear(&p->ready);
  g_clear_error(&p->error);
  g_free(p->slots);
  g_free(p->filled);
  g_free(p->workers);
  g_free(p);
}
