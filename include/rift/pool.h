/* rift/pool.h: an ordered parallel map for the pipeline.  Items pushed by
 * one thread are processed by N worker threads (the analysis stage, e.g.
 * rift_extractor_run), and their results reach a sink, in one writer
 * thread, in the order the items were pushed: every item carries a
 * sequence number and a reorder buffer holds results that finish early.
 * So whatever the number of workers, the sink sees the same sequence.
 * Items travel in batches of up to 128 (threads wake once a batch, not
 * once an item), and at most `window` batches are in flight, which bounds
 * memory: a pipeline over a corpus of any size runs in constant space. */
#ifndef RIFT_POOL_H
#define RIFT_POOL_H

#include <rift/common.h>

G_BEGIN_DECLS

/* Runs in a worker thread: consumes item, returns (transfer full) its
 * result (may be NULL).  Must be thread-safe. */
typedef gpointer (*RiftPoolWorkFunc)(gpointer item, gpointer user_data);
/* Runs in the writer thread, in push order: consumes result.  Returns
 * FALSE with error set to stop the pipeline. */
typedef gboolean (*RiftPoolSinkFunc)(gpointer result, gpointer user_data,
                                     GError **error);

typedef struct _RiftPool RiftPool;

/* The default number of workers: the processors available. */
guint rift_pool_default_jobs(void);

/* Starts jobs workers (0: rift_pool_default_jobs()) and the writer.
 * window (0: a default from jobs) bounds the batches in flight.
 * result_free (nullable) frees results the sink will not see after a
 * failure.  Returns (transfer full) the pool. */
RiftPool *rift_pool_new(guint jobs, guint window, RiftPoolWorkFunc work,
                        RiftPoolSinkFunc sink, GDestroyNotify result_free,
                        gpointer user_data);
/* Queues item (consumed), blocking while the window is full.  Returns
 * FALSE with error set if the sink has failed (items still queued are
 * then processed and their results dropped through result_free). */
gboolean rift_pool_push(RiftPool *pool, gpointer item, GError **error);
/* Items sunk so far (for progress; any thread). */
guint64 rift_pool_done(RiftPool *pool);
/* Waits for every item to be sunk and stops the threads.  Returns FALSE
 * with the sink's error if it failed.  Call once, before rift_pool_free. */
gboolean rift_pool_finish(RiftPool *pool, GError **error);
/* After rift_pool_finish: the CPU seconds the workers used (together)
 * and the writer used, for reports of where the time went (nullable
 * outputs). */
void rift_pool_cpu(RiftPool *pool, double *work, double *sink);
/* CPU seconds the calling thread has used so far. */
double rift_pool_thread_cpu(void);
/* Finishes the pool if needed, then frees it.  Accepts NULL. */
void rift_pool_free(RiftPool *pool);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftPool, rift_pool_free)

G_END_DECLS

#endif
