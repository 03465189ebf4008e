/* graph.c: the graph stage.  Edges are aggregated per (source, target,
 * polarity) with evidence count, article count, first and last date and
 * their strongest trigger; filters pick what is drawn; cgraph builds the
 * graph in sorted order so the same input gives byte-identical DOT. */
#include "rift-private.h"
#include "render.h"

#include <graphviz/cgraph.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  char *id, *name;
  RiftActorType type;
  guint mentions;
} Node;

typedef struct {
  char *key, *source, *target;
  RiftPolarity polarity;
  guint evidence;        /* non-modal evidence */
  guint hedged;          /* modal evidence */
  GHashTable *docs;      /* doc ids (non-modal) */
  GHashTable *hdocs;     /* doc ids (modal) */
  char *first, *last;    /* dates */
  double score_sum;
  GHashTable *triggers;  /* lower trigger -> count */
  double best_score;
  char *best_trigger;
} Edge;

struct _RiftGraph {
  GHashTable *nodes;     /* id -> Node */
  GHashTable *edges;     /* key -> Edge */
};

static void node_free(gpointer p) {
  Node *n = p;
  g_free(n->id);
  g_free(n->name);
  g_free(n);
}

static void edge_free(gpointer p) {
  Edge *e = p;
  g_free(e->key);
  g_free(e->source);
  g_free(e->target);
  g_hash_table_unref(e->docs);
  g_hash_table_unref(e->hdocs);
  g_hash_table_unref(e->triggers);
  g_free(e->first);
  g_free(e->last);
  g_free(e->best_trigger);
  g_free(e);
}

RiftGraph *rift_graph_new(void) {
  RiftGraph *g = g_new0(RiftGraph, 1);
  g->nodes = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, node_free);
  g->edges = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, edge_free);
  return g;
}

void rift_graph_free(RiftGraph *g) {
  if (!g) return;
  g_hash_table_unref(g->edges);
  g_hash_table_unref(g->nodes);
  g_free(g);
}

void rift_graph_add_node(RiftGraph *g, const char *id, const char *name,
                         RiftActorType type, guint mentions) {
  Node *n = g_hash_table_lookup(g->nodes, id);
  if (!n) {
    n = g_new0(Node, 1);
    n->id = g_strdup(id);
    n->name = g_strdup(name ? name : id);
    n->type = type;
    g_hash_table_insert(g->nodes, n->id, n);
  }
  n->mentions += mentions;
}

void rift_graph_add_edge(RiftGraph *g, const char *source, const char *target,
                         RiftPolarity polarity, double score,
                         const char *trigger, guint flags, const char *doc,
                         const char *date) {
  g_autofree char *key = g_strdup_printf("%s\x1f%s\x1f%c", source, target,
                                         polarity > 0 ? '+' : '-');
  Edge *e = g_hash_table_lookup(g->edges, key);
  if (!e) {
    e = g_new0(Edge, 1);
    e->key = g_steal_pointer(&key);
    e->source = g_strdup(source);
    e->target = g_strdup(target);
    e->polarity = polarity;
    e->docs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    e->hdocs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    e->triggers = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_hash_table_insert(g->edges, e->key, e);
  }
  gboolean modal = (flags & RIFT_EDGE_MODAL_MASK) != 0;
  if (modal) e->hedged++;
  else e->evidence++;
  if (doc) g_hash_table_add(modal ? e->hdocs : e->docs, g_strdup(doc));
  if (date && *date) {
    if (!e->first || strcmp(date, e->first) < 0) { g_free(e->first); e->first = g_strdup(date); }
    if (!e->last || strcmp(date, e->last) > 0) { g_free(e->last); e->last = g_strdup(date); }
  }
  e->score_sum += score;
  if (trigger) {
    g_autofree char *t = g_utf8_strdown(trigger, -1);
    guint n = GPOINTER_TO_UINT(g_hash_table_lookup(e->triggers, t)) + 1;
    /* the strongest trigger; ties go to the more frequent, then a-z */
    gboolean better = !e->best_trigger || fabs(score) > fabs(e->best_score) ||
                      (fabs(score) == fabs(e->best_score) &&
                       (n > GPOINTER_TO_UINT(g_hash_table_lookup(e->triggers, e->best_trigger)) ||
                        strcmp(t, e->best_trigger) < 0));
    g_hash_table_insert(e->triggers, g_strdup(t), GUINT_TO_POINTER(n));
    if (better) {
      g_free(e->best_trigger);
      e->best_trigger = g_strdup(t);
      e->best_score = score;
    }
  }
}

void rift_graph_add_result(RiftGraph *g, const RiftResult *r) {
  for (guint i = 0; i < r->entities->len; i++) {
    const RiftEntity *e = r->entities->pdata[i];
    rift_graph_add_node(g, e->id, e->name, e->type, e->mentions);
  }
  for (guint i = 0; i < r->edges->len; i++) {
    const RiftEdge *e = r->edges->pdata[i];
    rift_graph_add_node(g, e->source, e->source_name, RIFT_ACTOR_OTHER, 0);
    rift_graph_add_node(g, e->target, e->target_name, RIFT_ACTOR_OTHER, 0);
    rift_graph_add_edge(g, e->source, e->target, e->polarity, e->score,
                        e->trigger, e->flags, r->doc, r->date);
  }
}

guint rift_graph_n_nodes(const RiftGraph *g) { return g_hash_table_size(g->nodes); }
guint rift_graph_n_edges(const RiftGraph *g) { return g_hash_table_size(g->edges); }

static guint edge_weight(const Edge *e, gboolean hedged) {
  return e->evidence + (hedged ? e->hedged : 0);
}

static int cmp_key(gconstpointer a, gconstpointer b) {
  return strcmp((*(Edge *const *)a)->key, (*(Edge *const *)b)->key);
}

static gboolean hedged_opt;
static int cmp_strength(gconstpointer a, gconstpointer b) {
  const Edge *x = *(Edge *const *)a, *y = *(Edge *const *)b;
  guint wx = edge_weight(x, hedged_opt), wy = edge_weight(y, hedged_opt);
  if (wx != wy) return wx > wy ? -1 : 1;
  double sx = fabs(x->score_sum), sy = fabs(y->score_sum);
  if (sx != sy) return sx > sy ? -1 : 1;
  return strcmp(x->key, y->key);
}

static const Node *find_node(RiftGraph *g, const char *q) {
  if (!q) return NULL;
  Node *n = g_hash_table_lookup(g->nodes, q);
  if (n) return n;
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, g->nodes);
  const Node *best = NULL;
  while (g_hash_table_iter_next(&it, &k, &v)) {
    const Node *c = v;
    if (g_ascii_strcasecmp(c->name, q) == 0 || g_ascii_strcasecmp(c->id, q) == 0)
      if (!best || strcmp(c->id, best->id) < 0) best = c;
  }
  return best;
}

/* The edges to draw, sorted by key. */
static GPtrArray *select_edges(RiftGraph *g, const RiftGraphOptions *o,
                               GError **error) {
  GPtrArray *all = g_ptr_array_new();
  guint min_ev = o && o->min_evidence ? o->min_evidence : 1;
  gboolean hedged = o && o->include_hedged;
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, g->edges);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    Edge *e = v;
    if (edge_weight(e, hedged) >= min_ev) g_ptr_array_add(all, e);
  }
  if (o && o->focus) {
    const Node *f = find_node(g, o->focus);
    if (!f) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_USAGE,
                  "--focus '%s' names no actor in the graph", o->focus);
      g_ptr_array_unref(all);
      return NULL;
    }
    GHashTable *near = g_hash_table_new(g_str_hash, g_str_equal);
    g_hash_table_add(near, f->id);
    guint depth = o->depth ? o->depth : 1;
    for (guint d = 0; d < depth; d++) {
      GPtrArray *add = g_ptr_array_new();
      for (guint i = 0; i < all->len; i++) {
        Edge *e = all->pdata[i];
        if (g_hash_table_contains(near, e->source)) g_ptr_array_add(add, e->target);
        if (g_hash_table_contains(near, e->target)) g_ptr_array_add(add, e->source);
      }
      for (guint i = 0; i < add->len; i++) g_hash_table_add(near, add->pdata[i]);
      g_ptr_array_unref(add);
    }
    GPtrArray *kept = g_ptr_array_new();
    for (guint i = 0; i < all->len; i++) {
      Edge *e = all->pdata[i];
      if (g_hash_table_contains(near, e->source) && g_hash_table_contains(near, e->target))
        g_ptr_array_add(kept, e);
    }
    g_hash_table_unref(near);
    g_ptr_array_unref(all);
    all = kept;
  }
  if (o && o->top && all->len > o->top) {
    hedged_opt = hedged;
    g_ptr_array_sort(all, cmp_strength);
    g_ptr_array_set_size(all, o->top);
  }
  g_ptr_array_sort(all, cmp_key);
  return all;
}

static int cmp_node(gconstpointer a, gconstpointer b) {
  return strcmp((*(Node *const *)a)->id, (*(Node *const *)b)->id);
}

/* Nodes touched by the selected edges (or every node when there are no
 * edges), sorted by id. */
static GPtrArray *select_nodes(RiftGraph *g, GPtrArray *edges) {
  GPtrArray *out = g_ptr_array_new();
  GHashTableIter it;
  gpointer k, v;
  GHashTable *used = g_hash_table_new(g_str_hash, g_str_equal);
  for (guint i = 0; i < edges->len; i++) {
    Edge *e = edges->pdata[i];
    g_hash_table_add(used, e->source);
    g_hash_table_add(used, e->target);
  }
  g_hash_table_iter_init(&it, g->nodes);
  while (g_hash_table_iter_next(&it, &k, &v))
    if (!edges->len || g_hash_table_contains(used, k)) g_ptr_array_add(out, v);
  g_hash_table_unref(used);
  g_ptr_array_sort(out, cmp_node);
  return out;
}

gboolean rift_graph_count(RiftGraph *g, const RiftGraphOptions *o, guint *n_nodes,
                          guint *n_edges, GError **error) {
  GPtrArray *edges = select_edges(g, o, error);
  if (!edges) return FALSE;
  GPtrArray *nodes = select_nodes(g, edges);
  if (n_nodes) *n_nodes = nodes->len;
  if (n_edges) *n_edges = edges->len;
  g_ptr_array_unref(nodes);
  g_ptr_array_unref(edges);
  return TRUE;
}

static void set(void *obj, const char *name, const char *value) {
  agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

static const char *shape_of(RiftActorType t) {
  switch (t) {
  case RIFT_ACTOR_STATE: return "box";
  case RIFT_ACTOR_IGO: return "hexagon";
  case RIFT_ACTOR_GROUP: return "octagon";
  case RIFT_ACTOR_BLOC: return "doubleoctagon";
  case RIFT_ACTOR_PERSON: return "ellipse";
  case RIFT_ACTOR_BODY: return "component";
  case RIFT_ACTOR_MEDIA: return "note";
  case RIFT_ACTOR_PARTY: return "house";
  default: return "ellipse";
  }
}

static const char *fill_of(RiftActorType t) {
  switch (t) {
  case RIFT_ACTOR_STATE: return "#dbe9f6";
  case RIFT_ACTOR_IGO: return "#fff2cc";
  case RIFT_ACTOR_GROUP: return "#f8d7da";
  case RIFT_ACTOR_BLOC: return "#e2d9f3";
  case RIFT_ACTOR_PERSON: return "#e8f5e9";
  default: return "#eeeeee";
  }
}

/* Builds the cgraph graph (caller closes it with agclose). */
static Agraph_t *build(RiftGraph *g, const RiftGraphOptions *o, GError **error) {
  g_autoptr(GPtrArray) edges = select_edges(g, o, error);
  if (!edges) return NULL;
  g_autoptr(GPtrArray) nodes = select_nodes(g, edges);
  gboolean hedged = o && o->include_hedged;
  Agraph_t *G = agopen((char *)"rift", Agdirected, NULL);
  agattr(G, AGRAPH, (char *)"rankdir", (char *)"LR");
  agattr(G, AGRAPH, (char *)"fontname", (char *)"Helvetica");
  agattr(G, AGRAPH, (char *)"labelloc", (char *)"t");
  agattr(G, AGRAPH, (char *)"label",
         (char *)(o && o->title ? o->title : ""));
  agattr(G, AGRAPH, (char *)"overlap", (char *)"false");
  agattr(G, AGRAPH, (char *)"nodesep", (char *)"0.4");
  agattr(G, AGNODE, (char *)"shape", (char *)"box");
  agattr(G, AGNODE, (char *)"style", (char *)"filled,rounded");
  agattr(G, AGNODE, (char *)"fillcolor", (char *)"#eeeeee");
  agattr(G, AGNODE, (char *)"fontname", (char *)"Helvetica");
  agattr(G, AGNODE, (char *)"label", (char *)"\\N");
  agattr(G, AGNODE, (char *)"type", (char *)"");
  agattr(G, AGNODE, (char *)"mentions", (char *)"0");
  agattr(G, AGEDGE, (char *)"color", (char *)"black");
  agattr(G, AGEDGE, (char *)"style", (char *)"solid");
  agattr(G, AGEDGE, (char *)"penwidth", (char *)"1");
  agattr(G, AGEDGE, (char *)"arrowhead", (char *)"normal");
  agattr(G, AGEDGE, (char *)"fontname", (char *)"Helvetica");
  agattr(G, AGEDGE, (char *)"fontsize", (char *)"10");
  agattr(G, AGEDGE, (char *)"fontcolor", (char *)"black");
  agattr(G, AGEDGE, (char *)"label", (char *)"");
  agattr(G, AGEDGE, (char *)"polarity", (char *)"");
  agattr(G, AGEDGE, (char *)"evidence", (char *)"0");
  agattr(G, AGEDGE, (char *)"articles", (char *)"0");
  agattr(G, AGEDGE, (char *)"first", (char *)"");
  agattr(G, AGEDGE, (char *)"last", (char *)"");
  agattr(G, AGEDGE, (char *)"score", (char *)"0");
  GHashTable *made = g_hash_table_new(g_str_hash, g_str_equal);
  for (guint i = 0; i < nodes->len; i++) {
    Node *n = nodes->pdata[i];
    Agnode_t *N = agnode(G, n->id, TRUE);
    set(N, "label", n->name);
    set(N, "shape", shape_of(n->type));
    set(N, "fillcolor", fill_of(n->type));
    if (n->type == RIFT_ACTOR_PERSON || n->type == RIFT_ACTOR_GROUP) set(N, "style", "filled");
    set(N, "type", rift_actor_type_name(n->type));
    char buf[32];
    g_snprintf(buf, sizeof buf, "%u", n->mentions);
    set(N, "mentions", buf);
    g_hash_table_insert(made, n->id, N);
  }
  for (guint i = 0; i < edges->len; i++) {
    Edge *e = edges->pdata[i];
    Agnode_t *S = g_hash_table_lookup(made, e->source);
    Agnode_t *T = g_hash_table_lookup(made, e->target);
    if (!S || !T) continue;
    Agedge_t *E = agedge(G, S, T, NULL, TRUE);
    gboolean sup = e->polarity == RIFT_POLARITY_SUPPORT;
    guint w = edge_weight(e, hedged);
    guint arts = g_hash_table_size(e->docs) + (hedged ? g_hash_table_size(e->hdocs) : 0);
    char buf[64], num[G_ASCII_DTOSTR_BUF_SIZE];
    set(E, "polarity", sup ? "support" : "oppose");
    set(E, "color", sup ? "#1a9850" : "#d73027");
    set(E, "fontcolor", sup ? "#1a6e3a" : "#a50f15");
    set(E, "style", e->evidence == 0 ? "dotted" : sup ? "solid" : "dashed");
    set(E, "arrowhead", sup ? "normal" : "tee");
    g_ascii_formatd(num, sizeof num, "%.1f", 1.0 + 1.5 * log2((double)MAX(w, 1)));
    set(E, "penwidth", num);
    g_snprintf(buf, sizeof buf, "%u", w);
    set(E, "evidence", buf);
    g_snprintf(buf, sizeof buf, "%u", arts);
    set(E, "articles", buf);
    if (e->first) set(E, "first", e->first);
    if (e->last) set(E, "last", e->last);
    g_ascii_formatd(num, sizeof num, "%.1f", e->score_sum / MAX(e->evidence + e->hedged, 1));
    set(E, "score", num);
    g_autofree char *label = w > 1 ? g_strdup_printf("%s (%u)", e->best_trigger ? e->best_trigger : "", w)
                                   : g_strdup(e->best_trigger ? e->best_trigger : "");
    set(E, "label", label);
  }
  g_hash_table_unref(made);
  return G;
}

/* A key for pictures (not for DOT, which other tools read): what the two
 * kinds of arrow mean. */
static void add_legend(Agraph_t *G) {
  Agraph_t *L = agsubg(G, (char *)"cluster_legend", TRUE);
  set(L, "label", "key");
  set(L, "fontsize", "10");
  set(L, "color", "#bbbbbb");
  const char *names[] = {"legend_a", "legend_b", "legend_c", "legend_d"};
  Agnode_t *n[4];
  for (int i = 0; i < 4; i++) {
    n[i] = agnode(L, (char *)names[i], TRUE);
    set(n[i], "label", "");
    set(n[i], "shape", "point");
    set(n[i], "width", "0.05");
    set(n[i], "type", "legend");
  }
  Agedge_t *sup = agedge(L, n[0], n[1], NULL, TRUE);
  set(sup, "label", "supports");
  set(sup, "color", "#1a9850");
  set(sup, "fontcolor", "#1a6e3a");
  Agedge_t *opp = agedge(L, n[2], n[3], NULL, TRUE);
  set(opp, "label", "opposes");
  set(opp, "color", "#d73027");
  set(opp, "fontcolor", "#a50f15");
  set(opp, "style", "dashed");
  set(opp, "arrowhead", "tee");
}

char *rift_graph_to_dot(RiftGraph *g, const RiftGraphOptions *o, GError **error) {
  Agraph_t *G = build(g, o, error);
  if (!G) return NULL;
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  agwrite(G, f);
  fclose(f);
  agclose(G);
  return buf;
}

const char *rift_graph_format_from_path(const char *path) {
  const char *dot = strrchr(path, '.');
  if (!dot) return NULL;
  static const char *const fmts[] = {"dot", "gv", "png", "svg", "pdf", "json", "csv"};
  for (gsize i = 0; i < G_N_ELEMENTS(fmts); i++)
    if (g_ascii_strcasecmp(dot + 1, fmts[i]) == 0)
      return g_str_equal(fmts[i], "gv") ? "dot" : fmts[i];
  return NULL;
}

static void json_esc(GString *s, const char *v) {
  g_string_append_c(s, '"');
  for (const char *p = v ? v : ""; *p; p++) {
    if (*p == '"' || *p == '\\') g_string_append_c(s, '\\');
    if ((unsigned char)*p < 0x20) g_string_append_printf(s, "\\u%04x", *p);
    else g_string_append_c(s, *p);
  }
  g_string_append_c(s, '"');
}

static void csv_esc(GString *s, const char *v) {
  g_string_append_c(s, '"');
  for (const char *p = v ? v : ""; *p; p++) {
    if (*p == '"') g_string_append_c(s, '"');
    g_string_append_c(s, *p);
  }
  g_string_append_c(s, '"');
}

/* node-link JSON and CSV edge lists from the same selection */
static char *write_table(RiftGraph *g, const RiftGraphOptions *o, gboolean json,
                         GError **error) {
  g_autoptr(GPtrArray) edges = select_edges(g, o, error);
  if (!edges) return NULL;
  g_autoptr(GPtrArray) nodes = select_nodes(g, edges);
  gboolean hedged = o && o->include_hedged;
  GString *s = g_string_new(NULL);
  if (json) {
    g_string_append(s, "{\"directed\":true,\"nodes\":[");
    for (guint i = 0; i < nodes->len; i++) {
      Node *n = nodes->pdata[i];
      g_string_append(s, i ? ",\n{\"id\":" : "\n{\"id\":");
      json_esc(s, n->id);
      g_string_append(s, ",\"name\":");
      json_esc(s, n->name);
      g_string_append(s, ",\"type\":");
      json_esc(s, rift_actor_type_name(n->type));
      g_string_append_printf(s, ",\"mentions\":%u}", n->mentions);
    }
    g_string_append(s, "],\"links\":[");
  } else {
    g_string_append(s, "source,target,polarity,evidence,articles,first,last,trigger\n");
  }
  for (guint i = 0; i < edges->len; i++) {
    Edge *e = edges->pdata[i];
    guint w = edge_weight(e, hedged);
    guint arts = g_hash_table_size(e->docs) + (hedged ? g_hash_table_size(e->hdocs) : 0);
    const char *pol = e->polarity > 0 ? "support" : "oppose";
    if (json) {
      g_string_append(s, i ? ",\n{\"source\":" : "\n{\"source\":");
      json_esc(s, e->source);
      g_string_append(s, ",\"target\":");
      json_esc(s, e->target);
      g_string_append_printf(s, ",\"polarity\":\"%s\",\"evidence\":%u,\"articles\":%u,\"first\":",
                             pol, w, arts);
      json_esc(s, e->first);
      g_string_append(s, ",\"last\":");
      json_esc(s, e->last);
      g_string_append(s, ",\"trigger\":");
      json_esc(s, e->best_trigger);
      g_string_append_c(s, '}');
    } else {
      csv_esc(s, e->source);
      g_string_append_c(s, ',');
      csv_esc(s, e->target);
      g_string_append_printf(s, ",%s,%u,%u,", pol, w, arts);
      csv_esc(s, e->first);
      g_string_append_c(s, ',');
      csv_esc(s, e->last);
      g_string_append_c(s, ',');
      csv_esc(s, e->best_trigger);
      g_string_append_c(s, '\n');
    }
  }
  if (json) g_string_append(s, "]}\n");
  return g_string_free(s, FALSE);
}

gboolean rift_graph_write(RiftGraph *g, const RiftGraphOptions *o,
                          const char *path, const char *format, GError **error) {
  if (!format) format = rift_graph_format_from_path(path);
  if (!format) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_USAGE,
                "cannot tell the format of '%s' (use .dot, .png, .svg, .pdf, "
                ".json or .csv, or -T)", path);
    return FALSE;
  }
  if (g_str_equal(format, "json") || g_str_equal(format, "csv")) {
    g_autofree char *text = write_table(g, o, g_str_equal(format, "json"), error);
    if (!text) return FALSE;
    if (g_str_equal(path, "-")) {
      fputs(text, stdout);
      return TRUE;
    }
    return g_file_set_contents(path, text, -1, error);
  }
  Agraph_t *G = build(g, o, error);
  if (!G) return FALSE;
  gboolean ok;
  if (g_str_equal(format, "dot")) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    agwrite(G, f);
    fclose(f);
    if (g_str_equal(path, "-")) {
      fwrite(buf, 1, len, stdout);
      ok = TRUE;
    } else {
      ok = g_file_set_contents(path, buf, len, error);
    }
    free(buf);
  } else {
    add_legend(G);
    ok = rift__render(G, format, path, error);
  }
  agclose(G);
  return ok;
}
