/* names.c: the name finder of the actors stage.  Finds the people the
 * dictionary lacks from their context and attaches each to the state or
 * organisation it speaks for where the text says so:
 *   "Iraq's Trade Minister Mohammed al-Jibouri", "Russian spokesman Ivan
 *   Petrov", "State Department spokesman Charles Redman" (a title chain
 *   before the name, owned by a mention);
 *   "Irina Gagloyeva, spokeswoman for South Ossetia's separatist
 *   government" (an appositive after it);
 * and, later in the document, the surname alone ("Gagloyeva").  Found
 * people are actors of the document only. */
#include "rift-private.h"

#include <string.h>

#define TOK(i) (c->tok[(i)])
#define ISL(i, w) RIFT__LOWER_IS(TOK(i), w)
#define BITS(i) (c->bits[(i)])

/* Adds found mentions to the document's, in text order, and re-indexes
 * the token -> mention map. */
static void merge_mentions(RiftCtx *c, GArray *found) {
  if (!found->len) return;
  g_array_append_vals(c->mentions, found->data, found->len);
  g_array_sort(c->mentions, rift__mention_cmp);
  memset(c->ment_at, 0xff, (c->ntok + 1) * sizeof *c->ment_at); /* RIFT__NONE */
  for (guint i = 0; i < c->mentions->len; i++) {
    RiftMention *m = &g_array_index(c->mentions, RiftMention, i);
    for (guint k = m->first; k < m->last; k++) c->ment_at[k] = i;
  }
}

static gboolean name_token(const RiftCtx *c, guint i, gboolean inner) {
  const RiftToken *t = &TOK(i);
  if (t->kind != RIFT_TOK_WORD) return FALSE;
  if (c->ment_at[i] != RIFT__NONE) return FALSE;
  if (t->flags & (RIFT_TOKF_ALLCAPS | RIFT_TOKF_DATELINE)) return FALSE;
  guint b = BITS(i);
  if (inner && (b & W_PARTICLE)) return TRUE;
  if (inner && g_str_has_prefix(t->lower, "al-")) return TRUE;
  if (!(t->flags & RIFT_TOKF_CAP)) return FALSE;
  if (b & ~(W_PARTICLE | W_AGENT | W_PLURAL)) return FALSE; /* closed-class or title */
  if (b & W_AGENT) return FALSE;
  return TRUE;
}

static const RiftMention *mention_at(const RiftCtx *c, guint i) {
  int m = c->ment_at[i];
  return m == RIFT__NONE ? NULL : &g_array_index(c->mentions, RiftMention, m);
}

/* The owner of a title chain ending before a (scanning left): a mention
 * as adjective ("Russian"), possessor ("Abkhazia's") or body ("State
 * Department"); *titled tells whether a title word was seen. */
static const RiftActor *chain_owner(const RiftCtx *c, guint a, guint floor,
                                    gboolean *titled) {
  *titled = FALSE;
  guint j = a;
  int content = 0;
  while (j > floor) {
    guint p = j - 1;
    const RiftMention *m = mention_at(c, p);
    /* "State Department spokesman Phyllis Oakley": an alias that ends in
     * a title is a title chain of its own */
    if (m && !*titled && m->last == a && (BITS(m->last - 1) & W_TITLE)) *titled = TRUE;
    if (m) return *titled ? m->actor : NULL;
    const RiftToken *t = &TOK(p);
    if (t->kind == RIFT_TOK_PUNCT) {
      if ((!strcmp(t->lower, "'s") || !strcmp(t->lower, "'")) && p > floor) {
        const RiftMention *mm = mention_at(c, p - 1);
        return (*titled && mm) ? mm->actor : NULL;
      }
      if (!strcmp(t->lower, "-") && *titled) { j = p; continue; }
      return NULL;
    }
    if (BITS(p) & W_TITLE) {
      if (p + 1 == a || *titled) *titled = TRUE;
      j = p;
      continue;
    }
    if (!*titled) return NULL;
    gboolean central_bank = p > floor && !strcmp(t->lower, "bank") &&
                            !strcmp(TOK(p - 1).lower, "central"); /* a state's */
    if (((BITS(p) & ~(W_AGENT | W_BODY)) == 0 || central_bank) && content < 3 && !c->cues[p] &&
        !g_str_has_suffix(t->lower, "ed")) {
      content++; /* "senior policy adviser", "Trade Minister" */
      j = p;
      continue;
    }
    return NULL;
  }
  return NULL;
}

/* ", spokeswoman for South Ossetia's separatist government" after b. */
static const RiftActor *appositive_owner(const RiftCtx *c, guint b, guint last,
                                         gboolean *titled) {
  *titled = FALSE;
  if (b >= last || strcmp(TOK(b).lower, ",")) return NULL;
  guint limit = MIN(last, b + 9);
  for (guint k = b + 1; k < limit; k++) {
    const RiftMention *m = mention_at(c, k);
    if (m) return *titled || (k + 1 < last && m->last < last &&
                              (BITS(m->last) & W_TITLE)) ? (*titled = TRUE, m->actor) : NULL;
    if (BITS(k) & W_TITLE) *titled = TRUE;
    if (!strcmp(TOK(k).lower, ",") || (BITS(k) & (W_SAY | W_AUX | W_BE))) break;
  }
  return NULL;
}

static char *slug(const char *text, gsize len) {
  GString *s = g_string_new("p:");
  for (gsize i = 0; i < len; i++) {
    char ch = g_ascii_tolower(text[i]);
    if (g_ascii_isalnum(ch)) g_string_append_c(s, ch);
    else if (s->len && s->str[s->len - 1] != '_') g_string_append_c(s, '_');
  }
  return g_string_free(s, FALSE);
}

void rift__names_find(RiftCtx *c, GPtrArray *owned) {
  GHashTable *surnames = g_hash_table_new(g_str_hash, g_str_equal);
  GArray *found = g_array_new(FALSE, FALSE, sizeof(RiftMention));
  /* a title in the text outranks the dictionary's role: "Colombian
   * finance minister Cesar Gaviria" speaks for Colombia whatever office
   * the dictionary knows him in */
  for (guint i = 0; i < c->mentions->len; i++) {
    RiftMention *m = &g_array_index(c->mentions, RiftMention, i);
    if (m->actor->type != RIFT_ACTOR_PERSON || m->first == 0) continue;
    const RiftSentence *sent = &g_array_index(c->t->sentences, RiftSentence, TOK(m->first).sentence);
    gboolean titled = FALSE;
    const RiftActor *owner = chain_owner(c, m->first, sent->first, &titled);
    if (!titled || !owner) continue;
    const RiftActor *said = rift_dict_fold(c->dict, owner, c->date);
    const RiftActor *known = rift_dict_fold(c->dict, m->actor, c->date);
    if (!said || !known || said == known || g_str_equal(said->id, known->id)) continue;
    if (said->type != RIFT_ACTOR_STATE && said->type != RIFT_ACTOR_IGO) continue;
    RiftActor *a = g_new0(RiftActor, 1);
    *a = *m->actor;
    a->speaks_for = said->id;
    g_ptr_array_add(owned, a);
    m->actor = a;
  }
  /* people the dictionary found by full name answer to their surname
   * later on ("Mahmoud Abbas" ... "Mr Abbas") */
  for (guint i = 0; i < c->mentions->len; i++) {
    const RiftMention *m = &g_array_index(c->mentions, RiftMention, i);
    if (m->actor->type == RIFT_ACTOR_PERSON && m->last - m->first >= 2)
      g_hash_table_insert(surnames, (gpointer)TOK(m->last - 1).lower, (gpointer)m->actor);
  }
  /* and the dictionary's bare surname of another yields to them:
   * "Gerhard Stoltenberg ... Stoltenberg said" is not Thorvald */
  for (guint i = 0; i < c->mentions->len; i++) {
    RiftMention *m = &g_array_index(c->mentions, RiftMention, i);
    if (m->actor->type != RIFT_ACTOR_PERSON || m->last != m->first + 1) continue;
    const RiftActor *full = g_hash_table_lookup(surnames, TOK(m->first).lower);
    if (full && full != m->actor && strcmp(full->id, m->actor->id)) m->actor = full;
  }
  for (guint si = 0; si < c->t->sentences->len; si++) {
    const RiftSentence *s = &g_array_index(c->t->sentences, RiftSentence, si);
    for (guint i = s->first; i < s->last; i++) {
      if (!name_token(c, i, FALSE)) continue;
      guint b = i + 1;
      while (b < s->last && name_token(c, b, TRUE)) b++;
      while (b > i + 1 && (BITS(b - 1) & W_PARTICLE)) b--;
      /* a known surname */
      const RiftActor *known = b == i + 1 ? g_hash_table_lookup(surnames, TOK(i).lower) : NULL;
      gboolean titled = FALSE, apos = FALSE;
      const RiftActor *owner = chain_owner(c, i, s->first, &titled);
      if (!titled) owner = appositive_owner(c, b, s->last, &apos);
      if (known) {
        RiftMention m = {i, b, known, FALSE, FALSE};
        g_array_append_val(found, m);
      } else if ((titled || apos) && (b - i >= 2 || titled) && owner) {
        const RiftActor *state = rift_dict_fold(c->dict, owner, c->date);
        RiftActor *a = g_new0(RiftActor, 1);
        gsize len = TOK(b - 1).end - TOK(i).start;
        char *id = slug(c->t->text + TOK(i).start, len);
        char *name = g_strndup(c->t->text + TOK(i).start, len);
        a->id = id;
        a->name = name;
        a->type = RIFT_ACTOR_PERSON;
        a->speaks_for = state->id;
        g_ptr_array_add(owned, id);
        g_ptr_array_add(owned, name);
        g_ptr_array_add(owned, a);
        RiftMention m = {i, b, a, FALSE, FALSE};
        g_array_append_val(found, m);
        if (b - i >= 2) {
          const char *sn = TOK(b - 1).lower;
          if (g_str_has_prefix(sn, "al-") || g_str_has_prefix(sn, "el-")) sn += 3;
          g_hash_table_insert(surnames, (gpointer)sn, a);
          /* family name first, as in "Tran Van-Thinh" ... "Tran said" */
          if (!g_hash_table_contains(surnames, TOK(i).lower))
            g_hash_table_insert(surnames, (gpointer)TOK(i).lower, a);
        }
      }
      i = b - 1;
    }
  }
  merge_mentions(c, found);
  g_array_unref(found);
  g_hash_table_unref(surnames);
}

/* Definite descriptions ("the council", "the alliance", "the group", "the
 * country") resolve to the latest actor of their kind mentioned in this
 * or the two sentences before; better no mention than a wrong one. */
typedef enum { K_NONE, K_IGO, K_GROUP, K_STATE, K_COUNCIL, K_MINISTRY, K_HOME,
               K_PERSON } Kind;

static const struct { const char *w; Kind k; } heads[] = {
  {"alliance", K_IGO}, {"bloc", K_IGO}, {"union", K_IGO}, {"coalition", K_IGO},
  {"organisation", K_IGO}, {"organization", K_IGO},
  {"group", K_GROUP}, {"militants", K_GROUP}, {"rebels", K_GROUP},
  {"movement", K_GROUP}, {"militia", K_GROUP}, {"insurgents", K_GROUP},
  {"terrorists", K_GROUP}, {"extremists", K_GROUP}, {"jihadists", K_GROUP},
  {"fighters", K_GROUP},
  {"country", K_STATE}, {"kingdom", K_STATE}, {"republic", K_STATE},
  {"council", K_COUNCIL}, {"ministry", K_MINISTRY},
  /* the dateline state's own institutions: "TOKYO - The government
   * protested", "JERUSALEM - The army said"; nothing without a dateline */
  {"government", K_HOME}, {"army", K_HOME}, {"military", K_HOME},
  {"cabinet", K_HOME}, {"navy", K_HOME},
  /* a title alone: the latest person named with that title ("Defense
   * Secretary Ash Carter ... the secretary said") */
  {"secretary", K_PERSON}, {"minister", K_PERSON}, {"president", K_PERSON},
  {"chancellor", K_PERSON}, {"premier", K_PERSON}, {"ambassador", K_PERSON},
  {"envoy", K_PERSON}};

void rift__definite_foreach(GHFunc fn, gpointer data) {
  for (gsize i = 0; i < G_N_ELEMENTS(heads); i++)
    fn((gpointer)heads[i].w, GUINT_TO_POINTER(heads[i].k), data);
}

/* The kind a head noun refers to, from the word table. */
static Kind kind_of_head(const RiftCtx *c, guint i) {
  return c->info[i] ? (Kind)c->info[i]->definite : K_NONE;
}

static Kind kind_of_actor(const RiftActor *a) {
  if (a->type == RIFT_ACTOR_IGO) return K_IGO;
  if (a->type == RIFT_ACTOR_GROUP) return K_GROUP;
  if (a->type == RIFT_ACTOR_STATE) return K_STATE;
  if (a->type == RIFT_ACTOR_BODY && strstr(a->name, "Council")) return K_COUNCIL;
  if (a->type == RIFT_ACTOR_BODY && strstr(a->name, "Ministry")) return K_MINISTRY;
  return K_NONE;
}

/* The person titles of heads[] (K_PERSON), by index into heads[]. */
#define N_HEADS G_N_ELEMENTS(heads)

static gint head_index(const char *w) {
  for (gsize h = 0; h < N_HEADS; h++)
    if (!strcmp(heads[h].w, w)) return (gint)h;
  return -1;
}

void rift__coref_definites(RiftCtx *c) {
  const RiftActor *last[K_PERSON + 1] = {0};
  guint last_sent[K_PERSON + 1] = {0};
  const RiftActor *titled[N_HEADS] = {0}; /* person last named after a title */
  guint titled_sent[N_HEADS] = {0};
  GArray *found = g_array_new(FALSE, FALSE, sizeof(RiftMention));
  for (guint i = 0; i < c->ntok; i++) {
    const RiftMention *m = mention_at(c, i);
    if (m) {
      Kind k = kind_of_actor(m->actor);
      /* "met in Brussels": a place, not an antecedent */
      gboolean place = i > 0 && (ISL(i - 1, "in") || ISL(i - 1, "at") ||
                                 ISL(i - 1, "near"));
      if (k != K_NONE && !place) {
        last[k] = m->actor;
        last_sent[k] = TOK(i).sentence;
      }
      /* "Defense Secretary Ash Carter": remembered under its title, and
       * kept fresh by later mentions ("Carter thanked ...") */
      for (gsize h = 0; h < N_HEADS; h++)
        if (titled[h] == m->actor) titled_sent[h] = TOK(i).sentence;
      for (guint b = 1; m->actor->type == RIFT_ACTOR_PERSON && b <= 2 && b <= i; b++) {
        if (b == 2 && !(BITS(i - 1) & W_TITLE)) break; /* "Secretary-General Ban" */
        gint h = kind_of_head(c, i - b) == K_NONE ? -1 : head_index(TOK(i - b).lower);
        if (h >= 0 && heads[h].k == K_PERSON) {
          titled[h] = m->actor;
          titled_sent[h] = TOK(i).sentence;
          break;
        }
      }
      i = m->last - 1;
      continue;
    }
    if (i == 0) continue;
    Kind k = kind_of_head(c, i);
    gboolean state = ISL(i, "state");
    if (k == K_NONE && !state) continue; /* most tokens */
    if (i + 1 < c->ntok && state &&
        TOK(i).sentence == TOK(i + 1).sentence &&
        (!strcmp(TOK(i + 1).lower, "television") || !strcmp(TOK(i + 1).lower, "media") ||
         !strcmp(TOK(i + 1).lower, "radio") || !strcmp(TOK(i + 1).lower, "tv"))) {
      /* "Chinese state media vilified", "HAVANA - State television
       * criticised": the named state's, else the dateline's */
      const RiftMention *pm = mention_at(c, i - 1);
      const RiftActor *a = pm ? pm->actor : c->dateline;
      if (pm && a->type == RIFT_ACTOR_STATE) {
        /* the demonym's mention grows over "state media" */
        int at = c->ment_at[i - 1];
        g_array_index(c->mentions, RiftMention, at).last = i + 2;
        c->ment_at[i] = c->ment_at[i + 1] = at;
        i++;
        continue;
      }
      if (!pm && a && a->type == RIFT_ACTOR_STATE) {
        RiftMention nm = {i, i + 2, a, FALSE, FALSE};
        g_array_append_val(found, nm);
        i++;
        continue;
      }
    }
    guint dpos = i - 1;
    /* "the global coalition": one adjective between */
    if (!(BITS(dpos) & W_DET) && dpos > 0 && (BITS(dpos - 1) & W_DET) && !BITS(dpos) &&
        TOK(dpos).kind == RIFT_TOK_WORD && !(TOK(dpos).flags & RIFT_TOKF_CAP) &&
        kind_of_head(c, i) == K_IGO)
      dpos--; /* "the global coalition"; not "the terrorist group" */
    if (!(BITS(dpos) & W_DET)) continue;
    const char *det = TOK(dpos).lower;
    if (det[0] != 't' || (strcmp(det, "the") && strcmp(det, "these") &&
                          strcmp(det, "those") && strcmp(det, "this")))
      continue;
    if (k == K_NONE) continue;
    /* "the country's", "the Council": a head, not a modifier ("the group
     * of seven") */
    if (i + 1 < c->ntok && !strcmp(TOK(i + 1).lower, "of")) continue;
    const RiftActor *a = k == K_HOME ? NULL : last[k];
    if (k == K_PERSON) {
      gint h = head_index(TOK(i).lower);
      if (h < 0 || !titled[h] || mention_at(c, i - 1) || TOK(i).sentence > titled_sent[h] + 3)
        continue;
      a = titled[h];
      last_sent[k] = titled_sent[h];
    }
    if ((k == K_MINISTRY || k == K_HOME) && !a) a = c->dateline;
    if (k == K_HOME && (!a || a->type != RIFT_ACTOR_STATE)) continue;
    if (!a || (k != K_MINISTRY && k != K_HOME && k != K_PERSON &&
               TOK(i).sentence > last_sent[k] + 2))
      continue;
    RiftMention nm = {i, i + 1, a, FALSE, FALSE};
    g_array_append_val(found, nm);
  }
  merge_mentions(c, found);
  g_array_unref(found);
}

/* Groups the dictionary lacks, named by a people, faith or creed and a
 * group noun (groups.tsv): "Kurdish fighters", "Sunni Arab tribesmen",
 * "Kurdish and Yezidi fighters" (two groups).  Each becomes an actor of
 * the document, its id and name the words as written. */
void rift__groups_find(RiftCtx *c, GPtrArray *owned) {
  GArray *found = g_array_new(FALSE, FALSE, sizeof(RiftMention));
  GArray *dropped = g_array_new(FALSE, FALSE, sizeof(int)); /* mention indices, rising */
  GHashTable *made = g_hash_table_new(g_str_hash, g_str_equal);
  for (guint i = 0; i < c->ntok; i++) {
    if (!(TOK(i).flags & RIFT_TOKF_CAP) || !(c->info[i] && (c->info[i]->group & RIFT_GROUP_ADJ)))
      continue;
    /* adjectives (with "and" between), then the head */
    guint starts[4], ends[4], n = 0;
    guint k = i;
    while (k < c->ntok && n < 4 && TOK(k).sentence == TOK(i).sentence) {
      if (!(TOK(k).flags & RIFT_TOKF_CAP) || !(c->info[k] && (c->info[k]->group & RIFT_GROUP_ADJ))) break;
      guint a = k;
      while (k < c->ntok && (TOK(k).flags & RIFT_TOKF_CAP) &&
             c->info[k] && (c->info[k]->group & RIFT_GROUP_ADJ) && c->ment_at[k] == RIFT__NONE)
        k++;
      if (k == a) break;
      starts[n] = a;
      ends[n] = k;
      n++;
      if (k + 1 < c->ntok && !strcmp(TOK(k).lower, "and") &&
          (TOK(k + 1).flags & RIFT_TOKF_CAP) && c->info[k + 1] &&
          (c->info[k + 1]->group & RIFT_GROUP_ADJ))
        k++;
      else
        break;
    }
    /* "Shia Muslim paramilitary groups": lower-case modifiers before the
     * head, part of the name */
    guint mods = 0;
    while (mods < 2 && k + 1 < c->ntok && TOK(k).sentence == TOK(i).sentence &&
           !(TOK(k).flags & RIFT_TOKF_CAP) && c->info[k] &&
           (c->info[k]->group & RIFT_GROUP_MOD) && c->ment_at[k] == RIFT__NONE)
      k++, mods++;
    if (!n || k >= c->ntok || !(c->info[k] && (c->info[k]->group & RIFT_GROUP_HEAD)) ||
        c->ment_at[k] != RIFT__NONE)
      continue;
    /* "Syrian Kurdish fighters", "Syrian Arab forces": the state's
     * adjective before the group's belongs to the group's mention, not to
     * the state's forces; the name stays the shortest ("Kurdish
     * fighters", as GUIDELINES names groups) */
    guint mstart = starts[0];
    const RiftMention *lead = i > 0 ? mention_at(c, i - 1) : NULL;
    if (lead && lead->last == i && lead->last == lead->first + 1 && n == 1 &&
        lead->actor->type == RIFT_ACTOR_STATE && TOK(lead->first).sentence == TOK(i).sentence) {
      g_array_append_val(dropped, c->ment_at[i - 1]);
      mstart = lead->first;
    }
    const char *head = c->t->text + TOK(k - mods).start;
    gsize hlen = TOK(k).end - TOK(k - mods).start;
    for (guint g = 0; g < n; g++) {
      /* "Shia Muslim militias" are the "Shia militias": a faith's
       * "Muslim" after its branch adds nothing to the name */
      guint e = ends[g];
      if (e - starts[g] == 2 && !strcmp(TOK(e - 1).lower, "muslim")) e--;
      g_autofree char *adj = g_strndup(c->t->text + TOK(starts[g]).start,
                                       TOK(e - 1).end - TOK(starts[g]).start);
      g_autofree char *name = g_strdup_printf("%s %.*s", adj, (int)hlen, head);
      RiftActor *a = g_hash_table_lookup(made, name);
      if (!a) {
        a = g_new0(RiftActor, 1);
        char *nm = g_strdup(name);
        a->id = nm;
        a->name = nm;
        a->type = RIFT_ACTOR_GROUP;
        g_ptr_array_add(owned, nm);
        g_ptr_array_add(owned, a);
        g_hash_table_insert(made, nm, a);
      }
      /* the last group covers the head so "Kurdish and Yezidi fighters"
       * reads as a coordination of two */
      RiftMention m = {g ? starts[g] : mstart, g + 1 == n ? k + 1 : ends[g], a, FALSE, FALSE};
      g_array_append_val(found, m);
    }
    i = k;
  }
  for (guint x = dropped->len; x > 0; x--)
    g_array_remove_index(c->mentions, g_array_index(dropped, int, x - 1));
  merge_mentions(c, found);
  g_array_unref(dropped);
  g_hash_table_unref(made);
  g_array_unref(found);
}
