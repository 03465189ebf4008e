/* rift/graph.h: the graph stage: edges aggregated per (source, target,
 * polarity) with their evidence, filtered, then built with cgraph and
 * written as DOT or rendered by libgvc.  No Graphviz type leaks out. */
#ifndef RIFT_GRAPH_H
#define RIFT_GRAPH_H

#include <rift/common.h>
#include <rift/relations.h>

G_BEGIN_DECLS

typedef struct {
  guint min_evidence;     /* drop edges with fewer mentions (default 1) */
  guint top;              /* keep the N strongest edges (0: all) */
  const char *focus;      /* (nullable) actor id or name: ego network */
  guint depth;            /* hops around focus (default 1) */
  gboolean include_hedged;
  const char *title;      /* (nullable) graph label */
} RiftGraphOptions;

typedef struct _RiftGraph RiftGraph;

RiftGraph *rift_graph_new(void);
void rift_graph_free(RiftGraph *g);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftGraph, rift_graph_free)

/* Adds every entity and edge of a document's result. */
void rift_graph_add_result(RiftGraph *g, const RiftResult *r);
/* Adds one node (idempotent: mentions add up). */
void rift_graph_add_node(RiftGraph *g, const char *id, const char *name,
                         RiftActorType type, guint mentions);
/* Adds one piece of evidence for an edge. */
void rift_graph_add_edge(RiftGraph *g, const char *source,
                         const char *target, RiftPolarity polarity,
                         double score, const char *trigger, guint flags,
                         const char *doc, const char *date);

guint rift_graph_n_nodes(const RiftGraph *g);
guint rift_graph_n_edges(const RiftGraph *g);
/* The actors and edges a graph written with opts holds (after
 * --min-evidence, --focus and --top).  FALSE with error set if opts
 * cannot apply (a focus naming no actor). */
gboolean rift_graph_count(RiftGraph *g, const RiftGraphOptions *opts,
                          guint *n_nodes, guint *n_edges, GError **error);

/* Formats: "dot", "png", "svg", "pdf" (libgvc), "json", "csv".
 * rift_graph_format_from_path picks one from an extension, or NULL. */
const char *rift_graph_format_from_path(const char *path);
gboolean rift_graph_write(RiftGraph *g, const RiftGraphOptions *opts,
                          const char *path, const char *format,
                          GError **error);
/* Returns (transfer full) the DOT text. */
char *rift_graph_to_dot(RiftGraph *g, const RiftGraphOptions *opts,
                        GError **error);

G_END_DECLS

#endif
