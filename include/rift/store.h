/* rift/store.h: the SQLite sink, the corpus store.  Documents are keyed by
 * the SHA-256 of their text, so ingesting a document twice is a no-op;
 * each document's actors, mentions, sentences and edges are written in the
 * same transaction as the document, so an interrupted ingest leaves a
 * consistent store that a rerun completes.  Shards merge into one store.
 *
 * Threads: a RiftStore is used by one thread at a time, except
 * rift_store_contains and rift_store_rows_new, which any thread may call
 * at any time (look-ups have connections of their own).  Never point two processes at one store for writing. */
#ifndef RIFT_STORE_H
#define RIFT_STORE_H

#include <rift/common.h>
#include <rift/actors.h>
#include <rift/doc.h>
#include <rift/relations.h>

G_BEGIN_DECLS

/* The schema version this librift writes (PRAGMA user_version). */
#define RIFT_STORE_SCHEMA_VERSION 1

/* Bytes in a content hash (SHA-256). */
#define RIFT_STORE_HASH_LEN 32

typedef enum {
  RIFT_STORE_READ_ONLY = 0,     /* fail if absent; never write */
  RIFT_STORE_CREATE = 1u << 0,  /* create if absent; migrate if older */
} RiftStoreFlags;

typedef struct _RiftStore RiftStore;

/* Opens (and with RIFT_STORE_CREATE creates or migrates) the store at path.
 * Documents are numbered in the order they are first stored; rows hold
 * no timestamps, so the same inputs in the same order give the same
 * content.  Returns (transfer full) the store, or NULL with error set. */
RiftStore *rift_store_open(const char *path, RiftStoreFlags flags,
                           GError **error);
/* Commits a pending batch and closes.  Accepts NULL.  A failed final
 * commit is lost; call rift_store_commit first to see its error. */
void rift_store_close(RiftStore *store);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftStore, rift_store_close)

/* (transfer none) the path the store was opened with. */
const char *rift_store_path(const RiftStore *store);

/* The dictionary (nullable, borrowed: it must outlive the store) used to
 * name the states and organisations people and bodies speak for when a
 * document's result does not list them itself. */
void rift_store_set_dict(RiftStore *store, const RiftDict *dict);

/* Documents per transaction (default 8192).  rift_store_add_result
 * commits on its own when a batch is full. */
void rift_store_set_batch_size(RiftStore *store, guint docs);

/* Computes the content hash of a text into out. */
void rift_store_hash(const char *text, gsize len,
                     guint8 out[RIFT_STORE_HASH_LEN]);

/* Whether a document with this content hash was stored when the store
 * was opened (what this store has added since is not counted: the writes
 * say whether a document is new).  Thread-safe; may run alongside writes
 * from another thread.  Cheap: a Bloom filter of the stored documents
 * (about 1.5 bytes each, built on the first call) rules most texts out
 * without a query. */
gboolean rift_store_contains(RiftStore *store,
                             const guint8 hash[RIFT_STORE_HASH_LEN],
                             gboolean *out_found, GError **error);

typedef enum {
  RIFT_STORE_ADDED,      /* a new document, stored with its result */
  RIFT_STORE_DUPLICATE,  /* a document with this text is already stored */
} RiftStoreOutcome;

/* Stores doc (with hash: its rift_store_hash) and the result of the
 * extractor run over it (at RIFT_LEVEL_ACTOR with hedged edges kept, so
 * the store can serve every level and filter).  Opens a transaction if
 * none is open.  out_outcome (nullable) tells whether it was new. */
gboolean rift_store_add_result(RiftStore *store, const RiftDoc *doc,
                               const guint8 hash[RIFT_STORE_HASH_LEN],
                               const RiftResult *result,
                               RiftStoreOutcome *out_outcome,
                               GError **error);
/* The rows rift_store_add_result writes for one document, prepared apart
 * so that a pipeline can prepare them in its worker threads and leave
 * only the writing to its writer thread. */
typedef struct _RiftStoreRows RiftStoreRows;

/* Returns (transfer full) the rows of doc and its result (nullable: the
 * document alone).  Thread-safe: reads only the store's dictionary. */
RiftStoreRows *rift_store_rows_new(const RiftStore *store, const RiftDoc *doc,
                                   const guint8 hash[RIFT_STORE_HASH_LEN],
                                   const RiftResult *result);
guint rift_store_rows_n_edges(const RiftStoreRows *rows);
void rift_store_rows_free(RiftStoreRows *rows);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftStoreRows, rift_store_rows_free)
/* Writes rows as rift_store_add_result writes a document's result. */
gboolean rift_store_add_rows(RiftStore *store, const RiftStoreRows *rows,
                             RiftStoreOutcome *out_outcome, GError **error);
/* Writes n documents' rows, in order, as n calls of rift_store_add_rows
 * would (the same content, the same transactions), with one statement
 * for many rows: a writer thread spends half the time.  outcomes
 * (nullable) gets each document's. */
gboolean rift_store_add_rows_n(RiftStore *store,
                               const RiftStoreRows *const *rows, guint n,
                               RiftStoreOutcome *outcomes, GError **error);

/* Commits the open batch, if any. */
gboolean rift_store_commit(RiftStore *store, GError **error);

/* Folds the shard at path into store: documents it holds that store lacks
 * (by content hash) are appended in the shard's order with their
 * mentions, sentences and edges, as an ingest would append them; actors
 * are united.  So merging shards in the order of their inputs gives the
 * content one ingest over all the inputs gives.  Commits any open batch
 * first; the merge is one transaction.  out_added (nullable) receives the
 * number of documents added. */
gboolean rift_store_merge(RiftStore *store, const char *shard_path,
                          guint *out_added, GError **error);

/* ---- reading ---- */

typedef struct {
  const char *since;      /* (nullable) ISO date: documents on or after */
  const char *until;      /* (nullable) ISO date: documents on or before */
  RiftLevel level;        /* fold people and bodies into what they speak for */
  gboolean include_hedged;/* keep hedged/predicted/conditional/question */
  const char *source;     /* (nullable) only edges from this actor id */
  const char *target;     /* (nullable) only edges to this actor id */
} RiftStoreQuery;

/* One piece of evidence for an edge, as read back. */
typedef struct {
  const char *source, *source_name;
  const char *target, *target_name;
  RiftActorType source_type, target_type;
  RiftPolarity polarity;
  double score;
  guint flags;            /* RIFT_EDGE_* */
  const char *trigger;
  const char *doc;        /* the document id (as read: not unique) */
  gint64 doc_number;      /* the store's number of the document (unique) */
  const char *date;       /* (nullable) */
  const char *title;      /* (nullable) */
  const char *doc_source; /* where the document came from */
  guint sentence;
  guint start, end;       /* byte offsets of the sentence */
  guint trigger_start, trigger_end;
  const char *evidence;   /* the sentence */
} RiftStoreEvidence;

/* Calls func on each piece of evidence matching query (NULL: everything,
 * at the state level, hedged edges left out), ordered by source, target,
 * date (undated last), document and sentence.  At the state level the
 * edges several actors of one sentence give the same pair of states count
 * once, as an extraction at RIFT_LEVEL_STATE counts them; edges whose two
 * ends fold into one are left out.  source/target match at either level.
 * The strings live until func returns.  func returns FALSE to stop. */
typedef gboolean (*RiftStoreEvidenceFunc)(const RiftStoreEvidence *ev,
                                          gpointer user_data);
gboolean rift_store_foreach_evidence(RiftStore *store,
                                     const RiftStoreQuery *query,
                                     RiftStoreEvidenceFunc func,
                                     gpointer user_data, GError **error);

/* One actor with its mentions in the documents a query selects. */
typedef struct {
  char *id, *name;
  RiftActorType type;
  guint64 mentions;       /* mentions summed over documents */
  guint64 documents;      /* documents mentioning it */
} RiftStoreActor;

void rift_store_actor_free(RiftStoreActor *a);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftStoreActor, rift_store_actor_free)

/* Returns (transfer full) a GPtrArray of RiftStoreActor for the documents
 * selected by query's since/until, at its level, most mentioned first (ties
 * by id); limit 0 means all. */
GPtrArray *rift_store_actors(RiftStore *store, const RiftStoreQuery *query,
                             guint limit, GError **error);

/* Resolves what a user typed (an actor id, or a name in any case) to an
 * actor id.  Returns (transfer full) the id, or NULL with error set. */
char *rift_store_resolve_actor(RiftStore *store, const char *what,
                               GError **error);

typedef struct {
  guint64 documents, dated_documents, bytes;
  guint64 actors, mentions, sentences, edges, support, oppose, hedged;
  char *first_date, *last_date;  /* (nullable) */
  int schema_version;
} RiftStoreStats;

/* Fills stats (free its dates with rift_store_stats_clear). */
gboolean rift_store_stats(RiftStore *store, RiftStoreStats *stats,
                          GError **error);
void rift_store_stats_clear(RiftStoreStats *stats);

G_END_DECLS

#endif
