/* pool.c: the ordered parallel map behind `rift ingest` (and any stage
 * that fans documents out to worker threads): a work queue, N workers, a
 * reorder buffer indexed by sequence number, and one writer thread that
 * sinks results strictly in push order. */
#include "rift-private.h"
#include <rift/pool.h>
#include <time.h>

/* Items travel in batches, so threads wake once a batch, not once an
 * item: a batch is the unit of sequence numbers and of the window.  128
 * documents of news (about 150 KB) keep a worker busy for some 5 ms:
 * small enough to share the last batches out evenly, large enough that
 * waking the writer (a futex round trip, dear on a virtual machine) is
 * rare.  32 cost the writer 15% more time on bulk. */
typedef struct {
  guint64 seq;
  guint n;
  gpointer *items;        /* items, then (in place) their results */
} Task;

#define BATCH 128

struct _RiftPool {
  RiftPoolWorkFunc work;
  RiftPoolSinkFunc sink;
  GDestroyNotify result_free;
  gpointer user_data;

  guint jobs, window;
  GThread **workers;
  GThread *writer;
  GAsyncQueue *tasks;     /* Task*; a Task with n == 0 ends a worker */
  Task *open;             /* the batch being filled by rift_pool_push */

  GMutex lock;
  GCond space;            /* the producer waits for room in the window */
  GCond ready;            /* the writer waits for the next result */
  Task **slots;           /* reorder buffer: done batches by seq % window */
  gboolean *filled;
  guint64 next_in;        /* sequence number of the next push */
  guint64 next_out;       /* sequence number the writer sinks next */
  guint64 sunk;           /* items sunk */
  gboolean finishing;     /* no more pushes */
  gboolean finished;
  GError *error;          /* the sink's failure, if any */
  double work_cpu, sink_cpu; /* CPU seconds of the workers, the writer */
};

/* CPU seconds the calling thread has used. */
double rift_pool_thread_cpu(void) {
  struct timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0.0;
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

guint rift_pool_default_jobs(void) {
  guint n = g_get_num_processors();
  return n ? n : 1;
}

static gpointer worker_main(gpointer data) {
  RiftPool *p = data;
  for (;;) {
    Task *t = g_async_queue_pop(p->tasks);
    if (t->n == 0) {
      g_free(t);
      double cpu = rift_pool_thread_cpu();
      g_mutex_lock(&p->lock);
      p->work_cpu += cpu;
      g_mutex_unlock(&p->lock);
      return NULL;
    }
    for (guint i = 0; i < t->n; i++)
      t->items[i] = p->work(t->items[i], p->user_data);
    g_mutex_lock(&p->lock);
    guint slot = (guint)(t->seq % p->window);
    p->slots[slot] = t;
    p->filled[slot] = TRUE;
    if (t->seq == p->next_out) g_cond_signal(&p->ready);
    g_mutex_unlock(&p->lock);
  }
}

static void task_free(Task *t) {
  g_free(t->items);
  g_free(t);
}

static gpointer writer_main(gpointer data) {
  RiftPool *p = data;
  for (;;) {
    g_mutex_lock(&p->lock);
    guint slot = (guint)(p->next_out % p->window);
    while (!p->filled[slot] && !(p->finishing && p->next_out == p->next_in))
      g_cond_wait(&p->ready, &p->lock);
    if (!p->filled[slot]) { /* finishing, and everything is sunk */
      p->sink_cpu = rift_pool_thread_cpu();
      g_mutex_unlock(&p->lock);
      return NULL;
    }
    Task *t = p->slots[slot];
    p->slots[slot] = NULL;
    p->filled[slot] = FALSE;
    gboolean failed = p->error != NULL;
    g_mutex_unlock(&p->lock);

    GError *e = NULL;
    for (guint i = 0; i < t->n; i++) {
      gpointer result = t->items[i];
      if (failed || e) {
        if (result && p->result_free) p->result_free(result);
      } else if (!p->sink(result, p->user_data, &e)) {
        if (!e)
          e = g_error_new_literal(RIFT_ERROR, RIFT_ERROR_IO,
                                  "the pipeline's writer failed");
      }
    }
    guint n = t->n;
    task_free(t);

    g_mutex_lock(&p->lock);
    if (e && !p->error) p->error = e;
    else if (e) g_error_free(e);
    p->next_out++;
    p->sunk += n;
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
  p->window = window ? window : 2 + 4 * p->jobs; /* 256 + 512 jobs items */
  p->slots = g_new0(Task *, p->window);
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

/* Hands the open batch to the workers, waiting for room in the window.
 * Returns FALSE with error set if the sink has failed. */
static gboolean dispatch(RiftPool *p, GError **error) {
  Task *t = p->open;
  p->open = NULL;
  if (!t) return TRUE;
  g_mutex_lock(&p->lock);
  while (p->next_in - p->next_out >= p->window)
    g_cond_wait(&p->space, &p->lock);
  t->seq = p->next_in++;
  gboolean ok = p->error == NULL;
  if (!ok) g_propagate_error(error, g_error_copy(p->error));
  g_mutex_unlock(&p->lock);
  g_async_queue_push(p->tasks, t);
  return ok;
}

gboolean rift_pool_push(RiftPool *p, gpointer item, GError **error) {
  g_return_val_if_fail(!p->finishing, FALSE);
  if (!p->open) {
    p->open = g_new0(Task, 1);
    p->open->items = g_new(gpointer, BATCH);
  }
  p->open->items[p->open->n++] = item;
  if (p->open->n < BATCH) return TRUE;
  return dispatch(p, error);
}

guint64 rift_pool_done(RiftPool *p) {
  g_mutex_lock(&p->lock);
  guint64 n = p->sunk;
  g_mutex_unlock(&p->lock);
  return n;
}

gboolean rift_pool_finish(RiftPool *p, GError **error) {
  if (!p->finished) {
    dispatch(p, NULL);  /* a failure is reported below */
    g_mutex_lock(&p->lock);
    p->finishing = TRUE;
    g_cond_signal(&p->ready);
    g_mutex_unlock(&p->lock);
    for (guint i = 0; i < p->jobs; i++) {
      g_async_queue_push(p->tasks, g_new0(Task, 1));
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

void rift_pool_cpu(RiftPool *p, double *work, double *sink) {
  g_mutex_lock(&p->lock);
  if (work) *work = p->work_cpu;
  if (sink) *sink = p->sink_cpu;
  g_mutex_unlock(&p->lock);
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
