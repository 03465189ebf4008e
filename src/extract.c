/* extract.c: runs the flow over one document: text -> actor mentions
 * (filtered by context) -> relations per sentence -> a RiftResult of
 * entities and edges folded to the requested level. */
#include "rift-private.h"

#include <string.h>

G_STATIC_ASSERT(RIFT__NONE == -1); /* ment_at is reset with memset 0xff */

static RiftWordInfo *word_info(RiftExtractor *ex, const char *w) {
  RiftWordInfo *wi = g_hash_table_lookup(ex->words, w);
  if (!wi) {
    wi = g_new0(RiftWordInfo, 1);
    g_hash_table_insert(ex->words, g_strdup(w), wi);
  }
  return wi;
}

static void merge_word(gpointer k, gpointer v, gpointer data) {
  word_info(data, k)->bits = GPOINTER_TO_UINT(v);
}

static void merge_sem(gpointer k, gpointer v, gpointer data) {
  word_info(data, k)->sem = GPOINTER_TO_UINT(v);
}

static void merge_cue(gpointer k, gpointer v, gpointer data) {
  word_info(data, k)->cues = v;
}

static void merge_first(gpointer k, gpointer v, gpointer data) {
  word_info(data, k)->dict_max = MIN(GPOINTER_TO_UINT(v), 255);
}

static void merge_first_low(gpointer k, gpointer v, gpointer data) {
  word_info(data, k)->dict_max_low = MIN(GPOINTER_TO_UINT(v), 255);
}

static void merge_group(gpointer k, gpointer v, gpointer data) {
  word_info(data, k)->group |= GPOINTER_TO_UINT(v);
}

static void merge_definite(gpointer k, gpointer v, gpointer data) {
  word_info(data, k)->definite = GPOINTER_TO_UINT(v);
}

static void merge_place(gpointer k, gpointer v, gpointer data) {
  (void)v;
  word_info(data, k)->place = 1;
}

static void merge_ambiguity(gpointer k, gpointer v, gpointer data) {
  word_info(data, k)->ambiguity = v;
}

RiftExtractor *rift_extractor_new(const RiftDict *dict,
                                  const RiftExtractOptions *opts,
                                  GError **error) {
  RiftExtractor *ex = g_new0(RiftExtractor, 1);
  ex->dict = dict;
  if (opts) ex->opts = *opts;
  ex->lx = rift__lexicon_new(error);
  if (!ex->lx) {
    g_free(ex);
    return NULL;
  }
  /* one table for the per-token lookups of every stage */
  ex->words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  rift__lexicon_foreach_word(ex->lx, merge_word, ex);
  rift__lexicon_foreach_sem(ex->lx, merge_sem, ex);
  rift__lexicon_foreach_cue(ex->lx, merge_cue, ex);
  rift__dict_first_foreach(dict, merge_first, ex);
  rift__dict_first_low_foreach(dict, merge_first_low, ex);
  rift__lexicon_foreach_group(ex->lx, merge_group, ex);
  rift__lexicon_foreach_ambiguity(ex->lx, merge_ambiguity, ex);
  rift__lexicon_foreach_place(ex->lx, merge_place, ex);
  rift__definite_foreach(merge_definite, ex);
  guint32 size = 16;
  while (size < 2 * g_hash_table_size(ex->words)) size *= 2;
  ex->slots = g_new0(RiftWordSlot, size);
  ex->mask = size - 1;
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, ex->words);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    guint32 len = strlen(k), h = rift_text_hash(k, len);
    guint32 at = h & ex->mask;
    while (ex->slots[at].info) at = (at + 1) & ex->mask;
    ((RiftWordInfo *)v)->key = k;
    ex->slots[at] = (RiftWordSlot){h, len, v};
    ex->filter[(h >> 16) / 64] |= G_GUINT64_CONSTANT(1) << ((h >> 16) % 64);
  }
  return ex;
}

static const RiftWordInfo *lookup_word(const RiftExtractor *ex, const RiftToken *t) {
  /* most tokens that miss are turned away by the filter, which stays in
   * cache, without touching the table, which need not */
  guint32 f = t->hash >> 16;
  if (!(ex->filter[f / 64] & (G_GUINT64_CONSTANT(1) << (f % 64)))) return NULL;
  for (guint32 at = t->hash & ex->mask;; at = (at + 1) & ex->mask) {
    const RiftWordSlot *sl = &ex->slots[at];
    if (!sl->info) return NULL;
    if (sl->hash == t->hash && sl->len == t->lower_len &&
        memcmp(sl->info->key, t->lower, sl->len) == 0)
      return sl->info;
  }
}

void rift_extractor_free(RiftExtractor *ex) {
  if (!ex) return;
  rift__lexicon_free(ex->lx);
  if (ex->words) g_hash_table_unref(ex->words);
  g_free(ex->slots);
  g_free(ex);
}

static void edge_free(gpointer p) {
  RiftEdge *e = p;
  g_free(e->source);
  g_free(e->source_name);
  g_free(e->target);
  g_free(e->target_name);
  g_free(e->trigger);
  g_free(e->evidence);
  g_free(e);
}

static void entity_free(gpointer p) {
  RiftEntity *e = p;
  g_free(e->id);
  g_free(e->name);
  g_free(e->speaks_for);
  g_free(e);
}

RiftResult *rift_result_new(const char *doc, const char *date) {
  RiftResult *r = g_new0(RiftResult, 1);
  r->doc = g_strdup(doc);
  r->date = g_strdup(date);
  r->entities = g_ptr_array_new_with_free_func(entity_free);
  r->edges = g_ptr_array_new_with_free_func(edge_free);
  return r;
}

void rift_result_free(RiftResult *r) {
  if (!r) return;
  g_free(r->doc);
  g_free(r->date);
  g_ptr_array_unref(r->entities);
  g_ptr_array_unref(r->edges);
  g_free(r);
}

const char *rift_polarity_name(RiftPolarity p) {
  return p == RIFT_POLARITY_SUPPORT ? "support" : "oppose";
}

char *rift_edge_flags_string(guint flags) {
  static const struct { guint bit; const char *name; } names[] = {
    {RIFT_EDGE_REPORTED, "reported"}, {RIFT_EDGE_HEDGED, "hedged"},
    {RIFT_EDGE_PREDICTED, "predicted"}, {RIFT_EDGE_CONDITIONAL, "conditional"},
    {RIFT_EDGE_QUESTION, "question"}, {RIFT_EDGE_PASSIVE, "passive"},
    {RIFT_EDGE_NOMINAL, "nominal"}, {RIFT_EDGE_INFERRED, "inferred"}};
  GString *s = g_string_new(NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
    if (flags & names[i].bit) {
      if (s->len) g_string_append_c(s, ',');
      g_string_append(s, names[i].name);
    }
  return g_string_free(s, FALSE);
}

/* The actor an edge endpoint stands for at the extractor's level, or NULL
 * where it must not be a node (independent media). */
static const RiftActor *level_actor(const RiftCtx *c, const RiftActor *a) {
  if (!a) return NULL;
  if (c->ex->opts.level == RIFT_LEVEL_STATE) a = rift_dict_fold(c->dict, a, c->date);
  if ((a->type == RIFT_ACTOR_MEDIA || a->type == RIFT_ACTOR_PERSON) &&
      c->ex->opts.level == RIFT_LEVEL_STATE)
    return NULL; /* speaks for nobody known */
  return a;
}

void rift__emit(RiftCtx *c, const RiftActors *src, const RiftActors *tgt,
                const RiftCue *cue, guint t0, guint t1, guint flags) {
  /* predicted stances ("will sanction") are kept, flagged; hedged,
   * conditional and questioned ones only on request */
  if ((flags & (RIFT_EDGE_MODAL_MASK & ~RIFT_EDGE_PREDICTED)) &&
      !c->ex->opts.include_hedged)
    return;
  const RiftToken *tok = c->tok;
  const RiftSentence *s =
      &g_array_index(c->t->sentences, RiftSentence, tok[t0].sentence);
  for (guint i = 0; i < src->n; i++) {
    const RiftActor *a = level_actor(c, src->a[i]);
    if (!a) continue;
    for (guint j = 0; j < tgt->n; j++) {
      const RiftActor *b = level_actor(c, tgt->a[j]);
      if (!b || g_str_equal(a->id, b->id)) continue;
      RiftPolarity pol = cue->polarity > 0 ? RIFT_POLARITY_SUPPORT : RIFT_POLARITY_OPPOSE;
      /* once per sentence, source, target and sign (edges of a document
       * are few: a scan from the end beats a hash) */
      gboolean dup = FALSE;
      for (guint k = c->edges->len; k > 0 && !dup; k--) {
        const RiftEdge *o = c->edges->pdata[k - 1];
        if (o->sentence != tok[t0].sentence) break;
        dup = o->polarity == pol && !strcmp(o->source, a->id) && !strcmp(o->target, b->id);
      }
      if (dup) continue;
      RiftEdge *e = g_new0(RiftEdge, 1);
      e->source = g_strdup(a->id);
      e->source_name = g_strdup(a->name);
      e->target = g_strdup(b->id);
      e->target_name = g_strdup(b->name);
      e->polarity = pol;
      e->score = cue->strength;
      e->sentence = tok[t0].sentence;
      e->start = s->start;
      e->end = s->end;
      e->trigger_start = tok[t0].start;
      e->trigger_end = tok[t1 - 1].end;
      e->trigger = g_strndup(c->t->text + e->trigger_start,
                             e->trigger_end - e->trigger_start);
      e->evidence = g_strndup(c->t->text + s->start, s->end - s->start);
      e->flags = flags;
      g_ptr_array_add(c->edges, e);
    }
  }
}

/* Context filters on raw dictionary matches:
 *  - "ethnic Albanian", "Russian separatists": not the state;
 *  - "Michael Jordan", "New Mexico": part of a longer unknown name. */
static gboolean keep_mention(RiftCtx *c, const RiftMention *m) {
  const RiftToken *tok = c->tok;
  guint f = m->first, l = m->last;
  /* "Stanley Fischer ... Mr Fischer": the bare surname of someone else */
  for (guint k = 0; l == f + 1 && k < c->n_not_person; k++)
    if (c->not_person[k] == m->actor) return FALSE;
  if (f > 0 && tok[f - 1].sentence == tok[f].sentence) {
    const char *p = tok[f - 1].lower;
    if ((p[0] == 'e' || p[0] == 'p' || p[0] == 'a') &&
        (!strcmp(p, "ethnic") || !strcmp(p, "pro") || !strcmp(p, "anti")))
      return FALSE;
    gboolean is_compass = (tok[f - 1].flags & RIFT_TOKF_CAP) && c->info[f - 1] &&
                          (c->info[f - 1]->sem & S_COMPASS);
    if (!is_compass && (tok[f - 1].flags & RIFT_TOKF_CAP) && tok[f - 1].kind == RIFT_TOK_WORD &&
        !(tok[f - 1].flags & (RIFT_TOKF_ALLCAPS | RIFT_TOKF_PARA)) &&
        c->ment_at[f - 1] == RIFT__NONE && !c->bits[f - 1] &&
        !(f >= 2 && tok[f - 2].sentence != tok[f].sentence) &&
        m->actor->type != RIFT_ACTOR_PERSON) {
      /* a capitalised unknown word before: "Michael Jordan"; but not the
       * sentence's first word */
      const RiftSentence *s =
          &g_array_index(c->t->sentences, RiftSentence, tok[f].sentence);
      if (f - 1 != s->first) return FALSE;
    }
    /* a surname after a given name the alias lacks is someone else:
     * "Lib Dem Norman Baker" is not James Baker */
    if (m->actor->type == RIFT_ACTOR_PERSON && l == f + 1 &&
        (tok[f - 1].flags & RIFT_TOKF_CAP) && tok[f - 1].kind == RIFT_TOK_WORD &&
        !(tok[f - 1].flags & RIFT_TOKF_ALLCAPS) && c->ment_at[f - 1] == RIFT__NONE &&
        !c->bits[f - 1] && !(c->info[f - 1] && c->info[f - 1]->cues)) {
      if (c->n_not_person < G_N_ELEMENTS(c->not_person))
        c->not_person[c->n_not_person++] = m->actor;
      return FALSE;
    }
  }
  if (l < c->ntok && tok[l].sentence == tok[f].sentence &&
      (c->bits[l] & W_NONSTATE) && m->actor->type == RIFT_ACTOR_STATE)
    return FALSE;
  /* a place named after a state: "the Indian Ocean", "the Korean Peninsula" */
  if (l < c->ntok && tok[l].sentence == tok[f].sentence && (tok[l].flags & RIFT_TOKF_CAP) &&
      m->actor->type == RIFT_ACTOR_STATE) {
    /* an instrument only as a name: "the Paris Agreement", not "a U.K.
     * Agreement with the SEC" */
    if (c->info[l] && (c->info[l]->sem & S_FEATURE) &&
        (!c->cues[l] || (f > 0 && !strcmp(tok[f - 1].lower, "the")) ||
         (f > 1 && !strcmp(tok[f - 2].lower, "the") && !(tok[f - 1].flags & RIFT_TOKF_CAP))))
      return FALSE;
  }
  /* a company: "North China Industrial Co", "Bank of Japan" stays, but
   * "China Airlines Corp" is no state */
  for (guint k = l, n = 0; k < c->ntok && n < 4 && tok[k].sentence == tok[f].sentence; k++, n++) {
    if (k == l && !strcmp(tok[k].lower, ")") && f > 0 && !strcmp(tok[f - 1].lower, "("))
      continue; /* "Cargill (U.K.) Ltd" */
    if (!(tok[k].flags & RIFT_TOKF_CAP) || tok[k].kind != RIFT_TOK_WORD) break;
    if (c->info[k] && (c->info[k]->sem & S_COMPANY)) return m->actor->type != RIFT_ACTOR_STATE;
  }
  /* ambiguous.tsv: "Atlanta, Georgia", "Chad Hurley", "West Virginia" */
  if (l == f + 1) {
    const GPtrArray *rules = c->info[f] ? c->info[f]->ambiguity : NULL;
    for (guint r = 0; rules && r < rules->len; r++) {
      const RiftAmbiguity *a = rules->pdata[r];
      for (int d = 1; d <= 2; d++) {
        gint64 k = a->after ? (gint64)l - 1 + d : (gint64)f - d;
        if (k < 0 || k >= c->ntok || tok[k].sentence != tok[f].sentence) break;
        if (tok[k].kind == RIFT_TOK_PUNCT && strcmp(tok[k].lower, ",") == 0) continue;
        if (g_hash_table_contains(a->words, tok[k].lower)) return FALSE;
        if ((tok[k].flags & RIFT_TOKF_CAP) && !(tok[k].flags & RIFT_TOKF_ALLCAPS) &&
            c->ment_at[k] == RIFT__NONE && !c->bits[k] && tok[k].kind == RIFT_TOK_WORD &&
            g_hash_table_contains(a->words, "CAPNAME"))
          return FALSE;
        if (d == 1 && tok[k].kind == RIFT_TOK_PUNCT) break;
      }
    }
  }
  return TRUE;
}

/* "the African Development Bank (ADB)": the document defines an acronym
 * the dictionary gives to another actor (the Asian Development Bank);
 * every bare use of it in this document is the defined one. */
static void defined_acronyms(RiftCtx *c) {
  const RiftToken *tok = c->tok;
  GArray *ms = c->mentions;
  const char *surface[8];
  const RiftActor *actor[8];
  guint n = 0;
  for (guint i = 0; i + 1 < ms->len && n < G_N_ELEMENTS(surface); i++) {
    const RiftMention *a = &g_array_index(ms, RiftMention, i);
    const RiftMention *b = &g_array_index(ms, RiftMention, i + 1);
    if (b->last != b->first + 1 || a->last + 1 != b->first || b->last >= c->ntok ||
        strcmp(tok[a->last].lower, "(") || strcmp(tok[b->last].lower, ")") ||
        !(tok[b->first].flags & RIFT_TOKF_ALLCAPS) || a->actor == b->actor ||
        a->actor->type == RIFT_ACTOR_PERSON)
      continue;
    surface[n] = tok[b->first].lower;
    actor[n++] = a->actor;
  }
  for (guint i = 0; n && i < ms->len; i++) {
    RiftMention *m = &g_array_index(ms, RiftMention, i);
    if (m->last != m->first + 1 || !(tok[m->first].flags & RIFT_TOKF_ALLCAPS)) continue;
    for (guint k = 0; k < n; k++)
      if (!strcmp(tok[m->first].lower, surface[k])) m->actor = actor[k];
  }
}

int rift__mention_cmp(gconstpointer a, gconstpointer b) {
  const RiftMention *x = a, *y = b;
  return x->first < y->first ? -1 : x->first > y->first;
}

typedef struct {
  const RiftActor *actor;
  guint count;
} EntCount;

static int cmp_entity(gconstpointer a, gconstpointer b) {
  return strcmp((*(RiftEntity *const *)a)->id, (*(RiftEntity *const *)b)->id);
}

/* Per-thread buffers reused from document to document: the analysed
 * text and the per-token arrays.  A worker thread allocates them once
 * (and again only for a longer document) instead of six times a
 * document. */
typedef struct {
  RiftText *t;
  guint room;            /* tokens (plus the sentinel) the arrays hold */
  guint *bits;
  const GPtrArray **cues;
  const RiftWordInfo **info;
  int *ment_at;
  guint8 *maxn;
} Scratch;

static void scratch_clear(Scratch *sc) {
  g_clear_pointer(&sc->t, rift_text_free);
  g_clear_pointer(&sc->bits, g_free);
  g_clear_pointer(&sc->cues, g_free);
  g_clear_pointer(&sc->info, g_free);
  g_clear_pointer(&sc->ment_at, g_free);
  g_clear_pointer(&sc->maxn, g_free);
  sc->room = 0;
}

static void scratch_free(gpointer p) {
  scratch_clear(p);
  g_free(p);
}

static GPrivate scratch_key = G_PRIVATE_INIT(scratch_free);

/* A document this long gives its buffers back when done, so one huge
 * input does not pin its memory for the rest of a run. */
#define SCRATCH_KEEP_BYTES (1u << 20)

/* Whether the document names two actors an edge could join.  Every actor
 * the relations stage names comes from a mention (its own actor, or the
 * one that actor folds to: a statement's author, the dateline's state) or
 * from a place of places.tsv; an edge joins two of them that differ at
 * the output's level.  With fewer than two, no edge can come out, and the
 * stage is skipped (most news names one state or none: 70% of the bulk
 * corpus). */
static gboolean two_sides(const RiftCtx *c) {
  const char *first = NULL;
  for (guint i = 0; i < c->mentions->len; i++) {
    const RiftActor *m = g_array_index(c->mentions, RiftMention, i).actor;
    const RiftActor *both[2] = {m, rift_dict_fold(c->dict, m, c->date)};
    for (guint k = 0; k < 2; k++) {
      const RiftActor *a = level_actor(c, both[k]);
      if (!a) continue;
      if (!first) first = a->id;
      else if (strcmp(first, a->id) != 0) return TRUE;
    }
  }
  /* "ISIL seized Mosul": a place of places.tsv may be the other side */
  return first && c->has_place;
}

RiftResult *rift_extractor_run(const RiftExtractor *ex, const RiftDoc *doc) {
  RiftCtx ctx = {0}, *c = &ctx;
  c->ex = ex;
  c->lx = ex->lx;
  c->dict = ex->dict;
  c->doc = doc;
  c->date = doc->date;
  Scratch *sc = g_private_get(&scratch_key);
  if (!sc) {
    sc = g_new0(Scratch, 1);
    g_private_set(&scratch_key, sc);
  }
  if (!sc->t) sc->t = g_new0(RiftText, 1);
  rift_text_reset(sc->t, doc->text, doc->len);
  c->t = sc->t;
  c->tok = (const RiftToken *)c->t->tokens->data;
  c->ntok = c->t->tokens->len;
  if (c->ntok + 1 > sc->room) {
    sc->room = c->ntok + 1 + c->ntok / 4;
    g_free(sc->bits);
    g_free(sc->cues);
    g_free(sc->info);
    g_free(sc->ment_at);
    g_free(sc->maxn);
    sc->bits = g_new(guint, sc->room);
    sc->cues = g_new(const GPtrArray *, sc->room);
    sc->info = g_new(const RiftWordInfo *, sc->room);
    sc->ment_at = g_new(int, sc->room);
    sc->maxn = g_new(guint8, sc->room);
  }
  c->bits = sc->bits;
  c->cues = sc->cues;
  c->info = sc->info;
  c->ment_at = sc->ment_at;
  guint8 *maxn = sc->maxn;
  memset(c->ment_at, 0xff, (c->ntok + 1) * sizeof *c->ment_at); /* RIFT__NONE */
  for (guint i = 0; i < c->ntok; i++) {
    const RiftWordInfo *wi = lookup_word(ex, &c->tok[i]);
    c->info[i] = wi;
    if (!wi) {
      c->bits[i] = 0;
      c->cues[i] = NULL;
      maxn[i] = 0;
      continue;
    }
    c->bits[i] = wi->bits;
    c->has_place |= wi->place;
    c->cues[i] = c->tok[i].kind == RIFT_TOK_WORD ? wi->cues : NULL;
    /* most aliases need a capital: lower-case words try only the others */
    maxn[i] = (c->tok[i].flags & RIFT_TOKF_CAP) || c->tok[i].kind == RIFT_TOK_NUM
                  ? wi->dict_max : wi->dict_max_low;
  }
  c->bits[c->ntok] = 0;
  c->cues[c->ntok] = NULL;
  c->info[c->ntok] = NULL;
  maxn[c->ntok] = 0;
  GArray *raw = rift__dict_match_max(c->dict, c->t, c->date, maxn);
  c->mentions = g_array_new(FALSE, FALSE, sizeof(RiftMention));
  for (guint i = 0; i < raw->len; i++) {
    RiftMention *m = &g_array_index(raw, RiftMention, i);
    for (guint k = m->first; k < m->last; k++) c->ment_at[k] = c->mentions->len;
    g_array_append_val(c->mentions, *m);
  }
  g_array_unref(raw);
  /* filter in a second pass so the filters see every match */
  GArray *kept = g_array_new(FALSE, FALSE, sizeof(RiftMention));
  for (guint i = 0; i < c->mentions->len; i++) {
    RiftMention *m = &g_array_index(c->mentions, RiftMention, i);
    if (keep_mention(c, m)) g_array_append_val(kept, *m);
  }
  memset(c->ment_at, 0xff, (c->ntok + 1) * sizeof *c->ment_at); /* RIFT__NONE */
  g_array_unref(c->mentions);
  c->mentions = kept;
  for (guint i = 0; i < kept->len; i++) {
    RiftMention *m = &g_array_index(kept, RiftMention, i);
    for (guint k = m->first; k < m->last; k++) c->ment_at[k] = i;
  }
  defined_acronyms(c);
  GPtrArray *owned = g_ptr_array_new_with_free_func(g_free);
  rift__names_find(c, owned);
  rift__groups_find(c, owned);
  /* the dateline's state, for "the ministry" */
  for (guint i = 0; i < c->mentions->len && !c->dateline; i++) {
    RiftMention *m = &g_array_index(c->mentions, RiftMention, i);
    if (c->tok[m->first].flags & RIFT_TOKF_DATELINE)
      c->dateline = rift_dict_fold(c->dict, m->actor, c->date);
  }
  rift__coref_definites(c);
  kept = c->mentions;
  /* mentions per actor: a document names few, so a short array */
  GArray *ents = g_array_new(FALSE, FALSE, sizeof(EntCount));
  for (guint i = 0; i < kept->len; i++) {
    RiftMention *m = &g_array_index(kept, RiftMention, i);
    for (guint k = m->first; k < m->last; k++) c->ment_at[k] = i;
    m->plural_demonym = FALSE;
    if (c->tok[m->first].flags & RIFT_TOKF_DATELINE) {
      if (!c->dateline) c->dateline = rift_dict_fold(c->dict, m->actor, c->date);
    }
    const RiftActor *a = ex->opts.level == RIFT_LEVEL_STATE
                             ? rift_dict_fold(c->dict, m->actor, c->date) : m->actor;
    guint e = 0;
    while (e < ents->len && g_array_index(ents, EntCount, e).actor->id != a->id &&
           strcmp(g_array_index(ents, EntCount, e).actor->id, a->id) != 0)
      e++;
    if (e == ents->len) {
      EntCount ec = {a, 0};
      g_array_append_val(ents, ec);
    }
    g_array_index(ents, EntCount, e).count++;
  }
  /* an official statement speaks as "we": the first state or
   * organisation that opens a sentence of its body ("The United States
   * strongly condemns ..."), else the first it names at all (a headline
   * such as "Da'esh Attacks in Jabla and Tartus" names the place) */
  const RiftActor *first_named = NULL;
  for (guint i = 0; i < kept->len && !c->author; i++) {
    const RiftMention *m = &g_array_index(kept, RiftMention, i);
    const RiftActor *a = rift_dict_fold(c->dict, m->actor, c->date);
    if (a->type != RIFT_ACTOR_STATE && a->type != RIFT_ACTOR_IGO) continue;
    if (!first_named) first_named = a;
    const RiftSentence *st =
        &g_array_index(c->t->sentences, RiftSentence, c->tok[m->first].sentence);
    guint lead = st->first;
    if (lead < m->first && !strcmp(c->tok[lead].lower, "the")) lead++;
    const char *last = c->tok[st->last - 1].lower;
    gboolean body = !strcmp(last, ".") || !strcmp(last, "\"") || !strcmp(last, "!");
    /* then a verb: a known word ("says", "strongly"), else an inflected
     * one ("The Coalition complies", "The Coalition conducted") */
    const RiftToken *nx = m->last < st->last ? &c->tok[m->last] : NULL;
    gboolean verb = nx && ((c->bits[m->last] & ~W_PREP) ||
                           (nx->kind == RIFT_TOK_WORD && !(nx->flags & RIFT_TOKF_CAP) &&
                            nx->lower_len > 3 &&
                            (g_str_has_suffix(nx->lower, "ed") ||
                             (g_str_has_suffix(nx->lower, "s") &&
                              !g_str_has_suffix(nx->lower, "ss")))));
    if (lead == m->first && body && verb) c->author = a;
  }
  if (!c->author) c->author = first_named;
  RiftResult *r = rift_result_new(doc->id, doc->date);
  c->edges = r->edges;
  /* a sports report ("Germany defeated Brazil 2-1", "the defending
   * champion"): its actors are teams, its verbs games; no edges */
  guint sport = 0, scores = 0;
  for (guint i = 0; i < c->ntok; i++) {
    if (c->info[i] && (c->info[i]->sem & S_SPORT)) sport++;
    /* "7-5 6-4": set and match scores */
    const RiftToken *t = &c->tok[i];
    if (t->kind == RIFT_TOK_NUM && t->lower_len >= 3 && t->lower_len <= 5) {
      guint digits = 0, dashes = 0;
      for (guint k = 0; k < t->lower_len; k++) {
        if (g_ascii_isdigit(t->lower[k])) digits++;
        else if (t->lower[k] == '-') dashes++;
      }
      if (dashes == 1 && digits + 1 == t->lower_len && t->lower[0] != '-' &&
          t->lower[t->lower_len - 1] != '-' &&
          !(i + 1 < c->ntok && c->tok[i + 1].start == t->end)) /* not "5-1/2" */
        scores++;
    }
  }
  gboolean sports_report = (sport >= 5 && sport * 100 >= c->ntok) || scores >= 3;
  if (!sports_report && two_sides(c))
    for (guint si = 0; si < c->t->sentences->len; si++)
      rift__relations_sentence(c, si);

  for (guint i = 0; i < ents->len; i++) {
    const RiftActor *a = g_array_index(ents, EntCount, i).actor;
    if (a->type == RIFT_ACTOR_MEDIA && !a->speaks_for && ex->opts.level == RIFT_LEVEL_STATE)
      continue;
    RiftEntity *e = g_new0(RiftEntity, 1);
    e->id = g_strdup(a->id);
    e->name = g_strdup(a->name);
    e->type = a->type;
    e->speaks_for = g_strdup(a->speaks_for);
    e->mentions = g_array_index(ents, EntCount, i).count;
    g_ptr_array_add(r->entities, e);
  }
  g_ptr_array_sort(r->entities, cmp_entity);
  g_array_unref(ents);
  g_array_unref(c->mentions);
  g_ptr_array_unref(owned);
  if (c->t->len > SCRATCH_KEEP_BYTES) scratch_clear(sc);
  return r;
}
