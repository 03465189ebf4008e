/* rift/relations.h: the relations stage: per-clause subject, predicate and
 * object, signed and flagged; and the extractor that runs the whole flow
 * (text -> actors -> relations) over one document. */
#ifndef RIFT_RELATIONS_H
#define RIFT_RELATIONS_H

#include <rift/common.h>
#include <rift/doc.h>
#include <rift/actors.h>

G_BEGIN_DECLS

typedef enum {
  RIFT_POLARITY_SUPPORT = 1,
  RIFT_POLARITY_OPPOSE = -1
} RiftPolarity;

#define RIFT_EDGE_REPORTED    (1u << 0) /* reported speech or quote */
#define RIFT_EDGE_HEDGED      (1u << 1) /* "is expected to", "may" */
#define RIFT_EDGE_PREDICTED   (1u << 2) /* "will", "would" */
#define RIFT_EDGE_CONDITIONAL (1u << 3) /* "if", "unless" */
#define RIFT_EDGE_QUESTION    (1u << 4)
#define RIFT_EDGE_PASSIVE     (1u << 5)
#define RIFT_EDGE_NOMINAL     (1u << 6) /* "Russia's opposition to" */
#define RIFT_EDGE_INFERRED    (1u << 7) /* stance toward an action */
#define RIFT_EDGE_MODAL_MASK  (RIFT_EDGE_HEDGED | RIFT_EDGE_PREDICTED | \
                               RIFT_EDGE_CONDITIONAL | RIFT_EDGE_QUESTION)

typedef struct {
  char *source, *source_name; /* actor id and display name */
  char *target, *target_name;
  RiftPolarity polarity;
  double score;               /* -10..+10 */
  guint sentence;             /* 0-based sentence index */
  guint start, end;           /* byte offsets of the sentence */
  guint trigger_start, trigger_end;
  char *trigger;              /* the cue as written: "lashing out" */
  char *evidence;             /* the sentence text */
  guint flags;                /* RIFT_EDGE_* */
} RiftEdge;

typedef struct {
  char *id, *name;
  RiftActorType type;
  char *speaks_for;           /* (nullable) */
  guint mentions;
} RiftEntity;

typedef struct {
  char *doc;                  /* document id */
  char *date;                 /* (nullable) */
  GPtrArray *entities;        /* RiftEntity, sorted by id */
  GPtrArray *edges;           /* RiftEdge, in text order */
} RiftResult;

/* An empty result for doc (dated date, nullable), its arrays owning
 * what is added: entities and edges built with g_new0 and g_strdup, for
 * callers that assemble results themselves (tests, importers). */
RiftResult *rift_result_new(const char *doc, const char *date);
void rift_result_free(RiftResult *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftResult, rift_result_free)

typedef struct {
  RiftLevel level;
  gboolean include_hedged;    /* keep modal edges (flagged) */
} RiftExtractOptions;

typedef struct _RiftExtractor RiftExtractor;

/* The extractor owns the compiled cue lexicon and borrows dict, which must
 * outlive it.  rift_extractor_run is safe to call from many threads. */
RiftExtractor *rift_extractor_new(const RiftDict *dict,
                                  const RiftExtractOptions *opts,
                                  GError **error);
void rift_extractor_free(RiftExtractor *ex);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftExtractor, rift_extractor_free)

/* Returns (transfer full) the entities and edges of doc. */
RiftResult *rift_extractor_run(const RiftExtractor *ex, const RiftDoc *doc);

/* Writes the JSON Lines contract (entity lines, then edge lines). */
void rift_result_write_jsonl(const RiftResult *r, GString *out);

const char *rift_polarity_name(RiftPolarity p);
/* Returns a newly allocated "reported,hedged" list (empty string if none). */
char *rift_edge_flags_string(guint flags);

G_END_DECLS

#endif
