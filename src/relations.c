/* relations.c: the relations stage.  A shallow clause analysis of each
 * sentence over tokens tagged with closed-class bits, actor mentions and
 * cues: for every cue, its subject (to the left, through auxiliaries,
 * negation, modals, relative and participial clauses, coordination) and
 * its object (to the right, through determiners, possessors, "of" and the
 * cue's own prepositions); passive voice swaps the roles; nominal cues
 * take their agent from a possessor, a modifier, "by" or a light verb.
 * Negated and refused stances give no edge; hedged, predicted, conditional
 * and questioned ones are flagged. */
#include "rift-private.h"

#include <string.h>

#define TOK(i) (c->tok[(i)])
#define LOW(i) (c->tok[(i)].lower)
#define IS(i, w) (LOW(i)[0] == (w)[0] && strcmp(LOW(i), (w)) == 0)
/* IS for a string literal: a length test and an inlined memcmp */
#define ISL(i, w) RIFT__LOWER_IS(TOK(i), w)
#define BITS(i) (c->bits[(i)])
#define SEM(i) (c->info[(i)] ? c->info[(i)]->sem : 0u) /* S_* lexical sets */

typedef struct {
  guint first, last; /* sentence token range */
  gboolean question;
  gboolean reported;
  guint conditional_until; /* "Should Russia attack X, ...": up to the comma */
} Sent;

static const RiftMention *mention(const RiftCtx *c, guint i) {
  int m = c->ment_at[i];
  return m == RIFT__NONE ? NULL : &g_array_index(c->mentions, RiftMention, m);
}

static gboolean is_possessive_tok(const RiftCtx *c, guint i) {
  return TOK(i).kind == RIFT_TOK_PUNCT && (ISL(i, "'s") || ISL(i, "'"));
}

/* The name starting at st is the object of a gerund that opens its
 * clause ("Isolating Iran helps Iraq", "Making Michael Howard leader gives
 * us"): the gerund's clause is the subject, not the name.  floor: the
 * sentence's first token. */
static gboolean gerund_object(const RiftCtx *c, guint floor, guint st) {
  if (st > floor && ISL(st - 1, "the")) st--;
  if (st <= floor) return FALSE;
  guint g = st - 1;
  if (!(g == floor || ISL(g - 1, ":") || ISL(g - 1, "\""))) return FALSE;
  return TOK(g).kind == RIFT_TOK_WORD && TOK(g).lower_len > 5 &&
         g_str_has_suffix(LOW(g), "ing") && !mention(c, g) &&
         !(BITS(g) & (W_PREP | W_TITLE | W_AGENT | W_SUB | W_CONJ));
}

/* The mention starting at st is left out of its phrase: "all members
 * except Britain", "apart from Hungary", "other than Japan". */
static gboolean excluded(const RiftCtx *c, guint floor, guint st) {
  if (st > floor && ISL(st - 1, "the")) st--;
  if (st <= floor) return FALSE;
  guint w; /* the exclusion's first word */
  if (ISL(st - 1, "except") || ISL(st - 1, "excluding")) w = st - 1;
  else if (st - 1 > floor &&
           ((ISL(st - 1, "from") && (ISL(st - 2, "apart") || ISL(st - 2, "aside"))) ||
            (ISL(st - 1, "than") && ISL(st - 2, "other"))))
    w = st - 2;
  else
    return FALSE;
  /* "nobody except Russia", "no one other than Iran": the one who did */
  return !(w > floor && (ISL(w - 1, "nobody") || ISL(w - 1, "none") ||
                         (ISL(w - 1, "one") && w - 1 > floor && ISL(w - 2, "no"))));
}

/* The phrase starting at st follows "none of" / "neither of": "none of
 * the Greek ships were attacked" names no one it happened to. */
static gboolean none_of(const RiftCtx *c, guint floor, guint st) {
  if (st > floor && ISL(st - 1, "the")) st--;
  return st >= floor + 2 && ISL(st - 1, "of") && (ISL(st - 2, "none") || ISL(st - 2, "neither"));
}

/* A time word: "year", "week", "Monday", "today". */
static gboolean time_word(const RiftCtx *c, guint i) {
  return (BITS(i) & W_TIME) || ISL(i, "year") || ISL(i, "week") || ISL(i, "month") ||
         ISL(i, "day") || ISL(i, "decade");
}

/* The name after a possessive at i is a firm's: "Japan's Canon Inc",
 * "South Korea's <Lucky-Goldstar Group>" (Reuters marks firms with angle
 * brackets). */
static gboolean owns_company(const RiftCtx *c, guint i) {
  guint k = i + 1;
  if (k < c->ntok && ISL(k, "<")) return TRUE;
  for (guint n = 0; k < c->ntok && n < 4; k++, n++) {
    if (!(TOK(k).flags & RIFT_TOKF_CAP) || TOK(k).kind != RIFT_TOK_WORD) break;
    if (SEM(k) & S_COMPANY) return TRUE;
  }
  return FALSE;
}

static void actors_add(RiftActors *as, const RiftActor *a) {
  if (!a) return;
  for (guint i = 0; i < as->n; i++)
    if (as->a[i] == a) return;
  if (as->n < G_N_ELEMENTS(as->a)) as->a[as->n++] = a;
}

static gboolean is_person(const RiftActor *a) {
  return a && a->type == RIFT_ACTOR_PERSON;
}

/* A lowercase content word: not closed-class, not punctuation. */
static gboolean content_word(const RiftCtx *c, guint i) {
  return TOK(i).kind == RIFT_TOK_WORD && !(TOK(i).flags & RIFT_TOKF_CAP) &&
         !(BITS(i) & (W_DET | W_PREP | W_PRON | W_POSS | W_AUX | W_BE |
                      W_MODAL | W_NEG | W_CONJ | W_SUB | W_SAY));
}

static gboolean verbish(RiftCtx *c, guint i);

/* The ask verb that governs the actor(s) whose list starts at first
 * ("urged Iran", "called on Russia", "asked the UN"): its position, or
 * G_MAXUINT. */
static guint ask_verb_before(const RiftCtx *c, guint floor, guint first) {
  guint q = first;
  if (q > floor && ISL(q - 1, "the")) q--;
  if (q <= floor) return G_MAXUINT;
  q--;
  if (SEM(q) & S_ASK) return q;
  if (ISL(q, "on") && q > floor && (SEM(q - 1) & S_ASK)) return q - 1;
  return G_MAXUINT;
}

/* Resolves a pronoun at i; conservative: NULL where unsure. */
static const RiftActor *agent_owner(RiftCtx *c, guint j, guint floor,
                                    gboolean *generic);

/* The state or organisation that opens the clause a say-verb reports,
 * before i in i's sentence, when no other one stands between: "One
 * diplomat said China's prospects are good, with its application
 * supported by ..." ("its": China, not the last sentence's subject). */
static const RiftActor *said_subject(RiftCtx *c, guint i) {
  const RiftSentence *rs =
      &g_array_index(c->t->sentences, RiftSentence, TOK(i).sentence);
  const RiftActor *found = NULL;
  for (guint j = rs->first; j < i; j++) {
    const RiftMention *m = mention(c, j);
    if (!m) continue;
    guint k = m->first;
    if (k > rs->first && ISL(k - 1, "the")) k--;
    if (k > rs->first && ISL(k - 1, "that")) k--;
    gboolean opens = k > rs->first && (BITS(k - 1) & W_SAY) && !mention(c, k - 1);
    if (!is_person(m->actor)) found = opens ? m->actor : NULL;
    j = m->last - 1;
  }
  return found;
}

/* The subject of tokens [first, last): the first state, organisation or
 * group named before the first verb and not after a preposition.  NULL
 * when a verb or a person comes first (the subject is something else). */
static const RiftActor *span_subject(RiftCtx *c, guint first, guint last) {
  for (guint k = first; k < last; k++) {
    const RiftMention *m = mention(c, k);
    if (m) {
      if (k > first && (BITS(k - 1) & W_PREP)) {
        k = m->last - 1;
        continue;
      }
      return is_person(m->actor) ? NULL : m->actor;
    }
    if (verbish(c, k)) return NULL;
  }
  return NULL;
}

/* "it" in a quote that opens its sentence is something the quote itself
 * named: the subject of its own sentence before it, else of the quoted
 * sentence before, else nothing: not the subject of the story around the
 * quote ('"The new route can open at once. It will provide what our
 * neighbours need," he said' after "The US Congress is considering ...").
 * FALSE when a word outside quotes comes before it ('Russia said that "it
 * will respond"'). */
static gboolean quoted_it(RiftCtx *c, guint i, RiftActors *out) {
  const RiftSentence *rs = &g_array_index(c->t->sentences, RiftSentence, TOK(i).sentence);
  if (!(TOK(i).flags & RIFT_TOKF_QUOTE_IN)) return FALSE;
  for (guint k = rs->first; k < i; k++)
    if (!(TOK(k).flags & RIFT_TOKF_QUOTE_IN) && !ISL(k, "\"")) return FALSE;
  const RiftActor *a = span_subject(c, rs->first, i);
  if (!a && TOK(i).sentence > 0) {
    const RiftSentence *prev =
        &g_array_index(c->t->sentences, RiftSentence, TOK(i).sentence - 1);
    gboolean same_quote = prev->last > prev->first &&
                          (TOK(prev->last - 1).flags & RIFT_TOKF_QUOTE_IN) &&
                          !(TOK(rs->first).flags & RIFT_TOKF_PARA);
    if (same_quote) a = span_subject(c, prev->first, prev->last);
  }
  actors_add(out, a);
  return TRUE;
}

static void pronoun(RiftCtx *c, guint i, RiftActors *out) {
  const char *w = LOW(i);
  if (!strcmp(w, "it") || !strcmp(w, "its") || !strcmp(w, "itself")) {
    /* "Poland said it backed Kyiv": the sayer just before */
    guint k = i;
    if (k > 0 && ISL(k - 1, "that")) k--;
    if (k >= 2 && (BITS(k - 1) & W_SAY) && !mention(c, k - 1) && mention(c, k - 2) &&
        !is_person(mention(c, k - 2)->actor)) {
      actors_add(out, mention(c, k - 2)->actor);
      out->found = TRUE;
      return;
    }
    if (i >= 2 && (BITS(i) & W_POSS) && (ISL(i - 1, "over") || ISL(i - 1, "for"))) {
      /* "cut ties with Iran over its support for", "thanked Syria for its
       * help": the actor just named, the one the reason is about */
      const RiftSentence *rs = &g_array_index(c->t->sentences, RiftSentence, TOK(i).sentence);
      for (guint q = i - 1; q > rs->first;) {
        q--;
        if (TOK(q).kind == RIFT_TOK_PUNCT || (BITS(q) & (W_SUB | W_SAY))) break;
        const RiftMention *m = mention(c, q);
        if (!m) continue;
        if (is_person(m->actor)) break;
        /* "the Taliban faction that controls Afghanistan for its
         * support": past the relative clause, onto its head */
        guint r = m->first;
        if (r > rs->first && ISL(r - 1, "the")) r--;
        if (r >= rs->first + 2 && (BITS(r - 2) & W_REL) && (verbish(c, r - 1) || content_word(c, r - 1))) {
          q = r - 2;
          continue;
        }
        actors_add(out, m->actor);
        out->found = TRUE;
        return;
      }
    }
    if (i >= 4 && (BITS(i) & W_POSS) && ISL(i - 2, "to") && mention(c, i - 3)) {
      /* "urged Iran to halt its enrichment": the asked, who is to act */
      const RiftMention *am = mention(c, i - 3);
      const RiftSentence *rs = &g_array_index(c->t->sentences, RiftSentence, TOK(i).sentence);
      if (ask_verb_before(c, rs->first, am->first) != G_MAXUINT && !is_person(am->actor)) {
        actors_add(out, am->actor);
        out->found = TRUE;
        return;
      }
    }
    if ((BITS(i) & W_POSS) && i + 1 < c->ntok && ISL(i + 1, "own")) {
      /* "questioned how Labour would fund its own plans": the clause's
       * own actor, the nearest named before */
      const RiftSentence *rs = &g_array_index(c->t->sentences, RiftSentence, TOK(i).sentence);
      for (guint q = i; q > rs->first;) {
        const RiftMention *m = mention(c, --q);
        if (m && !is_person(m->actor)) {
          actors_add(out, m->actor);
          out->found = TRUE;
          return;
        }
      }
    }
    const RiftActor *said = NULL;
    if (quoted_it(c, i, out)) return;
    if (c->cur_it && c->cur_it_tok < i) actors_add(out, c->cur_it);
    else if ((said = said_subject(c, i))) actors_add(out, said);
    else if (!(c->cur_it_unknown && c->cur_it_tok < i)) actors_add(out, c->last_it);
  } else if (!strcmp(w, "he") || !strcmp(w, "his") || !strcmp(w, "him") ||
             !strcmp(w, "she") || !strcmp(w, "her")) {
    actors_add(out, c->cur_person && c->cur_person_tok < i ? c->cur_person : c->last_person);
  } else if (!strcmp(w, "we") || !strcmp(w, "our") || !strcmp(w, "us") ||
             !strcmp(w, "i") || !strcmp(w, "my")) {
    if (TOK(i).flags & RIFT_TOKF_QUOTE_IN) actors_add(out, c->quote_speaker);
    else if (c->sent_speaker) actors_add(out, c->sent_speaker); /* "We ..., X said" */
    else if (c->statement_speaker) actors_add(out, c->statement_speaker); /* "X said:" */
    else actors_add(out, c->author); /* a statement's "we": its author */
  } else if (!strcmp(w, "they") && i >= 2 && (BITS(i - 1) & W_SAY) && !mention(c, i - 1) &&
             (BITS(i - 2) & W_AGENT) && !(TOK(i - 2).flags & RIFT_TOKF_QUOTE_IN)) {
    /* "Palestinian leaders said they would boycott": the sayers */
    gboolean generic;
    const RiftActor *a = agent_owner(c, i - 2, 0, &generic);
    actors_add(out, a);
  } else if (!strcmp(w, "they") || !strcmp(w, "their") || !strcmp(w, "them")) {
    /* this sentence's "X and Y" ("France and Germany pledged their
     * support"), else the latest plural subject */
    const RiftActors *pl = c->pair_sentence == TOK(i).sentence && c->last_pair.n &&
                                   c->pair_tok < i
                               ? &c->last_pair : &c->last_plural;
    for (guint k = 0; k < pl->n; k++) actors_add(out, pl->a[k]);
  }
  out->found = out->n > 0 || !(BITS(i) & W_POSS); /* an unresolved "his" is no NP */
}

/* Coordinated mentions to the left of the mention starting at s
 * ("Germany and France", "the EU and the U.S.", "Neither X nor Y": the
 * last sets *neg). */
static gboolean verbish(RiftCtx *c, guint i);
static guint coord_left(RiftCtx *c, guint s, guint floor, RiftActors *out,
                        gboolean *neg) {
  gboolean saw_and = FALSE; /* a bare comma joins only inside "X, Y and Z" */
  for (;;) {
    if (s > floor && (ISL(s - 1, "the") || ISL(s - 1, "allied") || ISL(s - 1, "other")))
      s--; /* "X and allied Y", "X and other Coalition forces" */
    /* "German Chancellor Gerhard Schroeder and French President Jacques
     * Chirac": past the title chain and its state before the name */
    guint t = s;
    while (t > floor && (BITS(t - 1) & W_TITLE) && (TOK(t - 1).flags & RIFT_TOKF_CAP)) t--;
    if (t < s) {
      const RiftMention *dm = t > floor ? mention(c, t - 1) : NULL;
      s = dm ? dm->first : t;
      if (s > floor && ISL(s - 1, "the")) s--;
    }
    if (s < floor + 2) break;
    guint j = s - 1;
    if (!(ISL(j, "and") || ISL(j, ",") || ISL(j, "or") || ISL(j, "nor"))) break;
    if (ISL(j, ",") && !saw_and) break;
    if (!ISL(j, ",")) saw_and = TRUE;
    if (ISL(j, "nor") && neg) *neg = TRUE;
    guint k = j - 1;
    if (!ISL(j, ",") && ISL(k, ",") && k > floor) {
      /* "X, Y, and Z" - but not "backed Serbia, and China backed" */
      const RiftMention *lm = mention(c, k - 1);
      if (!lm || lm->first == floor || !ISL(lm->first - 1, ",")) break;
      k--;
    }
    const RiftMention *m = mention(c, k);
    if (!m && (BITS(k) & W_AGENT)) {
      /* "Iraqi security force personnel, Kurdish fighters and ...": a
       * conjunct headed by an agent noun after its owner */
      for (guint q = k, n = 0; q > floor && n < 4 && !m; n++) {
        q--;
        m = mention(c, q);
        if (m && m->last != q + 1) m = NULL;
        if (!m && !(content_word(c, q) && !c->cues[q])) break;
      }
    }
    if (!m) break;
    actors_add(out, m->actor);
    s = m->first;
  }
  if (s > floor && ISL(s - 1, "neither") && neg) *neg = TRUE;
  return s;
}

/* The owner of an agent noun ending at j (scanning left): "Russia's
 * foreign minister", "U.S. officials", "the Iraqi government". */
static const RiftActor *agent_owner(RiftCtx *c, guint j, guint floor,
                                    gboolean *generic) {
  *generic = FALSE;
  guint k = j;
  int words = 0;
  while (k > floor && words < 4) {
    guint p = k - 1;
    const RiftMention *m = mention(c, p);
    if (m) return gerund_object(c, floor, m->first) ? NULL : m->actor;
    if (is_possessive_tok(c, p) && p > floor) {
      const RiftMention *mm = mention(c, p - 1);
      if (mm) return mm->actor;
      return NULL;
    }
    if (BITS(p) & W_POSS) {
      if (ISL(p, "whose")) { /* "Azerbaijan, whose army attacked" */
        guint q = p;
        if (q > floor && ISL(q - 1, ",")) q--;
        const RiftMention *am = q > floor ? mention(c, q - 1) : NULL;
        return am ? am->actor : NULL;
      }
      RiftActors as = {0};
      pronoun(c, p, &as);
      return as.n == 1 ? as.a[0] : NULL;
    }
    if (BITS(p) & W_DET) {
      *generic = TRUE;
      return NULL;
    }
    if (TOK(p).kind != RIFT_TOK_WORD) {
      /* "US-led coalition": the name before the hyphen owns it; "Iran-backed
       * militias" are the backed, not the backer (that edge is the
       * compound's own) */
      if (ISL(p, "-") && p > floor && mention(c, p - 1) && k < c->ntok &&
          TOK(p).end == TOK(k).start) {
        const GPtrArray *cf = c->cues[k];
        for (guint x = 0; cf && x < cf->len; x++) {
          const RiftCueForm *f = cf->pdata[x];
          if ((f->forms & FORM_PPART) && f->cue->polarity > 0) return NULL;
        }
        return mention(c, p - 1)->actor;
      }
      break;
    }
    if (ISL(p, "and") && p > floor && (BITS(p - 1) & W_AGENT)) {
      k = p; /* "Israeli helicopters and tanks" */
      words++;
      continue;
    }
    if (BITS(p) & (W_PREP | W_CONJ | W_SUB | W_AUX | W_MODAL | W_SAY)) break;
    k = p;
    words++;
  }
  *generic = (k == floor) || (TOK(j).flags & RIFT_TOKF_CAP);
  return NULL;
}

/* The generic "the ministry" / "the Foreign Ministry": the dateline's
 * state, else the latest state subject. */
static const RiftActor *generic_agent(RiftCtx *c, guint j) {
  if (c->dateline) return c->dateline;
  if (c->last_it && c->last_it->type == RIFT_ACTOR_STATE &&
      (BITS(j) & W_BODY))
    return c->last_it;
  return NULL;
}

static gboolean verbish(RiftCtx *c, guint i);
static gboolean cue_is_verbal(RiftCtx *c, guint i);
static gboolean b_is_closed(guint b) {
  return (b & (W_DET | W_PREP | W_PRON | W_POSS | W_CONJ | W_SUB)) != 0;
}
static void find_subject(RiftCtx *c, const Sent *s, guint v, RiftActors *out,
                         guint *flags, gboolean *passive, int depth);

/* The agent of a nominal cue at n: possessor, modifier or light verb. */
static void nominal_agent(RiftCtx *c, const Sent *s, guint n, RiftActors *out) {
  if (n <= s->first) return;
  guint p = n - 1;
  /* "its strong alliance", "Russia's firm opposition"; right after the
   * possessor even a verb cue is an adjective ("Saudi Arabia's close
   * cooperation") */
  if (p >= s->first + 5 && ISL(p, ",") && content_word(c, p - 1) && ISL(p - 2, "and") &&
      ISL(p - 3, ","))
    p -= 4; /* "his country's close, and closed-mouthed, cooperation" */
  for (int adj = 0; adj < 2 && p > s->first && content_word(c, p); adj++) {
    gboolean owner = is_possessive_tok(c, p - 1) || (BITS(p - 1) & W_POSS);
    if (!(owner || content_word(c, p - 1))) break;
    if (c->cues[p]) {
      gboolean noun = FALSE;
      for (guint x = 0; x < c->cues[p]->len; x++)
        if (((const RiftCueForm *)c->cues[p]->pdata[x])->pos & CUE_NOUN) noun = TRUE;
      if (!owner || noun) break;
    }
    p--;
  }
  if (is_possessive_tok(c, p) && p > s->first + 1 &&
      (ISL(p - 1, "country") || ISL(p - 1, "nation") || ISL(p - 1, "government")) &&
      (ISL(p - 2, "his") || ISL(p - 2, "her"))) {
    pronoun(c, p - 2, out); /* "his country's cooperation": the person's state */
    out->found = TRUE;
    return;
  }
  if (is_possessive_tok(c, p) && p > s->first && !mention(c, p - 1) && time_word(c, p - 1))
    return; /* "this year's aid": no owner; a light verb's subject may be */
  if (is_possessive_tok(c, p) && p > s->first) {
    const RiftMention *m = mention(c, p - 1);
    if (m) {
      actors_add(out, m->actor);
      coord_left(c, m->first, s->first, out, NULL);
    }
    out->found = TRUE;
    return;
  }
  if (BITS(p) & W_POSS) {
    pronoun(c, p, out);
    return;
  }
  /* modifier: "NATO airstrikes", "the U.S. attack", "Iraqi missile attack",
   * "an Iranian Silkworm missile strike" */
  guint q = p;
  for (int skip = 0; skip < 2 && q > s->first && !mention(c, q); skip++) {
    gboolean modifier = (content_word(c, q) && !verbish(c, q) &&
                         !g_str_has_suffix(LOW(q), "ed")) ||
                        ((TOK(q).flags & RIFT_TOKF_CAP) && !BITS(q) && !c->cues[q] &&
                         TOK(q).kind == RIFT_TOK_WORD && q != s->first);
    if (!modifier && q >= s->first + 2 && ISL(q, "led") && ISL(q - 1, "-") && mention(c, q - 2)) {
      q -= 2; /* "the U.S.-led strike": the leader is the agent */
      break;
    }
    if (!modifier) break;
    q--;
  }
  const RiftMention *m = mention(c, q);
  if (m) {
    actors_add(out, m->actor);
    coord_left(c, m->first, s->first, out, NULL);
    out->found = TRUE;
    return;
  }
}

static void find_np_right(RiftCtx *c, const Sent *s, guint k, RiftActors *out,
                          guint *end, int depth);

/* Light verb carrying a nominal: "Russia expressed its support for";
 * an indirect object between them is the target ("sent Mr Bush his
 * congratulations"). */
/* A word of an amount of money: "billion", "dollars", "$". */
static gboolean amount_word(RiftCtx *c, guint k) {
  return ISL(k, "dollars") || ISL(k, "euros") || ISL(k, "pounds") || ISL(k, "dlrs") ||
         ISL(k, "yen") || ISL(k, "million") || ISL(k, "billion") || ISL(k, "trillion") ||
         ISL(k, "millions") || ISL(k, "billions") || ISL(k, "trillions") ||
         ISL(k, "mln") || ISL(k, "bln") || ISL(k, "bn") || ISL(k, "$") ||
         ISL(k, "\xc2\xa3") || ISL(k, "\xe2\x82\xac");
}

/* Token p belongs to an amount: a number, a unit ("million", "dollars",
 * "$"), or the "in" / "of" after one ("billions of dollars in aid"). */
static gboolean amount_tok(RiftCtx *c, guint floor, guint p) {
  return TOK(p).kind == RIFT_TOK_NUM || amount_word(c, p) ||
         ((ISL(p, "in") || ISL(p, "of")) && p > floor &&
          (amount_word(c, p - 1) || TOK(p - 1).kind == RIFT_TOK_NUM));
}

static guint find_by(RiftCtx *c, const Sent *s, guint k);
static void light_agent(RiftCtx *c, const Sent *s, guint n, RiftActors *out,
                        guint *flags, RiftActors *tgt) {
  guint k = n;
  int steps = 0;
  const RiftActor *indirect = NULL;
  while (k > s->first && steps < 6) {
    guint p = k - 1;
    if (ISL(p, "\"") || ((BITS(p) & W_TITLE) && indirect)) { k = p; continue; }
    /* "pledged 2 billion dollars in military aid", "$95 million in aid" */
    if ((amount_tok(c, s->first, p) || ISL(p, "worth")) && steps < 5) {
      /* an amount is one step, however many tokens: "$500 million" */
      gboolean inside = p + 1 < n && (TOK(p + 1).kind == RIFT_TOK_NUM || amount_word(c, p + 1));
      if (!inside) steps++;
      k = p;
      continue;
    }
    /* "announced a new package of military aid", "a fresh round of
     * sanctions": the container's light verb */
    if (ISL(p, "of") && p > s->first + 1 && (SEM(p - 1) & S_CONTAINER) && steps < 5) {
      k = p - 1;
      steps++;
      continue;
    }
    if (is_possessive_tok(c, p) && p > s->first && steps < 5 && time_word(c, p - 1)) {
      /* "approved this year's aid to Ukraine": a time's possessive is no
       * owner, the light verb is further left */
      k = p - 1;
      steps++;
      continue;
    }
    const RiftMention *im = mention(c, p);
    if (im && !indirect && tgt && !tgt->n) {
      indirect = im->actor;
      k = im->first;
      steps++;
      continue;
    }
    if (ISL(p, "for") && p > s->first + 1 && ISL(p - 1, "responsibility") &&
        (ISL(p - 2, "claimed") || ISL(p - 2, "claim") || ISL(p - 2, "claims") ||
         ISL(p - 2, "claiming") || ISL(p - 2, "admitted") || ISL(p - 2, "took") ||
         ISL(p - 2, "accepted"))) {
      /* "the Houthis claimed responsibility for the attack on Saudi
       * Arabia": the claimant did it */
      gboolean passive = FALSE;
      find_subject(c, s, p - 2, out, flags, &passive, 0);
      if (passive) out->n = 0;
      return;
    }
    if ((ISL(p, "for") || ISL(p, "on")) && p > s->first && c->cues[p - 1] && steps < 5) {
      /* "called for sanctions on X", "pushed for", "insisted on": the
       * particle of a light verb */
      k = p;
      steps++;
      continue;
    }
    if (BITS(p) & W_HEDGE) {
      /* "is considering sanctions on", "plans strikes on" */
      gboolean passive = FALSE;
      *flags |= RIFT_EDGE_HEDGED;
      find_subject(c, s, p, out, flags, &passive, 0);
      return;
    }
    if (BITS(p) & (W_DET | W_POSS) || content_word(c, p) || c->cues[p]) {
      const GPtrArray *cf = c->cues[p];
      if (cf) {
        for (guint i = 0; i < cf->len; i++) {
          const RiftCueForm *f = cf->pdata[i];
          if ((f->cue->flags & CUEF_LIGHTVERB) && (f->pos & CUE_VERB)) {
            gboolean passive = FALSE;
            find_subject(c, s, p, out, flags, &passive, 0);
            if (indirect && tgt) actors_add(tgt, indirect);
            return;
          }
        }
      }
      k = p;
      steps++;
      continue;
    }
    break;
  }
  /* a passive light verb after the noun: "Evidence against Russia was
   * presented by the US" */
  for (guint q = n + 1, steps2 = 0; q + 2 < s->last && steps2 < 8; q++, steps2++) {
    if (TOK(q).kind == RIFT_TOK_PUNCT || (BITS(q) & (W_SUB | W_SAY | W_CONJ))) return;
    if (!(BITS(q) & W_BE)) continue;
    guint v = q + 1;
    if (ISL(v, "been") || ISL(v, "being")) v++;
    /* "was carried out by Iraq", "were imposed on Iran by the UN" */
    guint by = v + 1 < s->last ? find_by(c, s, v + 1) : G_MAXUINT;
    if (by == G_MAXUINT || by + 1 >= s->last) return;
    const GPtrArray *cf = c->cues[v];
    for (guint i = 0; cf && i < cf->len; i++) {
      const RiftCueForm *f = cf->pdata[i];
      if ((f->cue->flags & CUEF_LIGHTVERB) && (f->forms & FORM_PPART)) {
        guint e2;
        find_np_right(c, s, by + 1, out, &e2, 1);
        return;
      }
    }
    return;
  }
}

/* The object NP from k: actors it names as head, possessor, modifier or
 * "of" complement.  Sets *end to the token after what was read. */
/* find_np_right modes */
#define NP_DIR  1u /* a nominal's target: follow "to"/"from" after a noun */
#define NP_MOVE 2u /* "welcomed the move": the previous sentence's actor */
#define NP_LOC  4u /* violence: "shelled targets in Jericho" is toward Jericho */
#define NP_SEIZE 8u /* with NP_PLACE, taking: "seized Mosul" (places.tsv "taken") */
#define NP_PLACE 16u /* violence: a place of places.tsv stands for its state */

/* A place of places.tsv whose name ends at token last - 1 ("Mosul",
 * "Deir ez-Zor", "the Kharkiv region"), not before first, as the state
 * holding it at the document's date; *at is where the name starts.  Only
 * for the target of a violent act, and a "taken" place only for taking
 * it: "ISIL seized Mosul" opposes Iraq, "coalition strikes on Mosul" do
 * not; "captured Mosul from ISIL" is toward ISIL, not Iraq. */
static const RiftActor *place_state(RiftCtx *c, const Sent *s, guint first, guint last,
                                    gboolean seize, guint *at) {
  if (last < s->last && ISL(last, "from")) return NULL;
  guint q = last;
  if (q > first + 1 && (SEM(q - 1) & S_PLACE) && !(TOK(q - 1).flags & RIFT_TOKF_CAP))
    q--; /* "the Donetsk region" */
  const RiftActor *found = NULL;
  char key[96];
  for (guint a = q; a > first && a + 5 > q; a--) {
    guint j = a - 1;
    if (TOK(j).kind != RIFT_TOK_WORD && !ISL(j, "-")) break;
    if (mention(c, j) || TOK(j).lower_len > 40) break;
    if (!(TOK(j).flags & RIFT_TOKF_CAP)) continue; /* "Deir ez-Zor" */
    /* the words j .. q - 1, spaced as written */
    guint n = 0;
    for (guint w = j; w < q; w++) {
      if (w > j && TOK(w).start > TOK(w - 1).end) key[n++] = ' ';
      if (n + TOK(w).lower_len + 1 >= sizeof key) return NULL;
      memcpy(key + n, TOK(w).lower, TOK(w).lower_len);
      n += TOK(w).lower_len;
    }
    key[n] = '\0';
    gboolean struck = FALSE;
    const char *state = rift__lexicon_place(c->lx, key, c->date, &struck);
    if (state && (struck || seize)) {
      found = rift_dict_get(c->dict, state, c->date);
      *at = j;
    }
  }
  /* the whole capitalised name, not its end: "New Mosul Bank" */
  if (found && *at > first && TOK(*at - 1).kind == RIFT_TOK_WORD &&
      (TOK(*at - 1).flags & RIFT_TOKF_CAP) && !BITS(*at - 1) && *at - 1 > s->first)
    return NULL;
  return found;
}

/* The end of a passive subject before its verb at q, past a trailing
 * "in (northern) <state>" that places it: "the city of Mosul in northern
 * Iraq was taken", so that place_state sees "Mosul". */
static guint place_subject_end(RiftCtx *c, const Sent *s, guint q) {
  const RiftMention *m = q > s->first ? mention(c, q - 1) : NULL;
  if (!m || m->actor->type != RIFT_ACTOR_STATE) return q;
  guint k = m->first;
  if (k > s->first && (SEM(k - 1) & S_COMPASS)) k--;
  return k > s->first + 1 && ISL(k - 1, "in") ? k - 1 : q;
}

/* For a cue flagged "place" ("take"): whether what is taken is a place of
 * places.tsv or a state, so that the verb is a seizure: "ISIL took Mosul",
 * "took control of the city of Mosul", "Kuwait was taken by Iraq"; not
 * "took part in", "took office", "took note of", "was taken by surprise",
 * "took Iraq's side".  i is the cue, after the token past its lemma. */
static gboolean takes_place(RiftCtx *c, const Sent *s, guint i, guint after) {
  guint bk = i, at;
  while (bk > s->first && (BITS(bk - 1) & W_ADV)) bk--;
  if (bk > s->first && (BITS(bk - 1) & W_BE)) {
    /* passive: the subject is taken ("Mosul was taken by ISIL") */
    guint q = bk - 1;
    while (q > s->first && (BITS(q - 1) & (W_AUX | W_BE | W_MODAL))) q--;
    q = place_subject_end(c, s, q);
    if (place_state(c, s, s->first, q, TRUE, &at)) return TRUE;
    const RiftMention *m = q > s->first ? mention(c, q - 1) : NULL;
    return m && m->actor->type == RIFT_ACTOR_STATE &&
           !(after + 1 < s->last && ISL(after, "by") && ISL(after + 1, "surprise"));
  }
  guint q = after;
  if (q < s->last && ISL(q, "of")) q++; /* "took control of" */
  if (q < s->last && ISL(q, "the")) q++;
  /* "the city of Mosul" */
  if (q + 1 < s->last && (SEM(q) & S_PLACE) && ISL(q + 1, "of")) q += 2;
  if (q >= s->last) return FALSE;
  const RiftMention *m = mention(c, q);
  if (m) /* "took Kuwait"; not "took Iraq's side", "took Iran by surprise",
          * "to court", "for granted", "seriously" */
    return m->actor->type == RIFT_ACTOR_STATE && m->last < s->last &&
           !(BITS(m->last) & W_POSS) && !is_possessive_tok(c, m->last) &&
           !content_word(c, m->last) && !ISL(m->last, "by") && !ISL(m->last, "to") &&
           !ISL(m->last, "for") && !ISL(m->last, "into") && !ISL(m->last, "as") &&
           !ISL(m->last, "at");
  for (guint e = q + 1; e <= s->last && e < q + 5; e++)
    if (place_state(c, s, q, e, TRUE, &at) && at == q) return TRUE;
  return FALSE;
}

/* Words naming an actor's act or stand ("the move", "the decision"). */
static gboolean move_word(const char *w) {
  static const char *const words[] = {
    "move", "decision", "statement", "step", "plan", "proposal",
    "announcement", "initiative", "offer", "declaration", "resolution",
    "measure", "measures", "action", "steps", "gesture", "offer", "call",
    "calls", "appeal", "demand", "demands", "request", "ultimatum", NULL};
  for (const char *const *p = words; *p; p++)
    if (!strcmp(*p, w)) return TRUE;
  return FALSE;
}

static void find_np_right_mode(RiftCtx *c, const Sent *s, guint k, RiftActors *out,
                               guint *end, int depth, guint mode);

static gboolean after_det_tok(const RiftCtx *c, guint k, guint start) {
  return k > start && (BITS(k - 1) & (W_DET | W_POSS));
}

static void find_np_right(RiftCtx *c, const Sent *s, guint k, RiftActors *out,
                          guint *end, int depth) {
  find_np_right_mode(c, s, k, out, end, depth, 0);
}

/* "at least eight", "up to 16", "as many as 30", "about 200": a
 * quantifier at k before a number; returns the number's index, or 0. */
static guint quantifier_end(RiftCtx *c, const Sent *s, guint k) {
  static const char *const approx[] = {"at", "up", "as", "about", "around", "nearly",
                                       "almost", "some", "over", "roughly",
                                       "approximately", "just", NULL};
  static const char *const nums[] = {"two", "three", "four", "five", "six", "seven",
                                     "eight", "nine", "ten", "eleven", "twelve",
                                     "twenty", "thirty", "forty", "fifty", "hundred",
                                     "one", "dozens", "hundreds", "thousands", NULL};
  gboolean lead = FALSE;
  for (const char *const *q = approx; *q && !lead; q++) lead = IS(k, *q);
  if (!lead) return 0;
  guint q = k + 1;
  if (q + 1 < s->last && (ISL(q, "least") || ISL(q, "most") || ISL(q, "to"))) q++;
  else if (q + 2 < s->last && ISL(q, "many") && ISL(q + 1, "as")) q += 2;
  if (q >= s->last) return 0;
  if (TOK(q).kind == RIFT_TOK_NUM) return q;
  for (const char *const *nw = nums; *nw; nw++)
    if (IS(q, *nw)) return q;
  return 0;
}

static void find_np_right_mode(RiftCtx *c, const Sent *s, guint k, RiftActors *out,
                               guint *end, int depth, guint mode) {
  int skipped = 0;
  gboolean noun_seen = FALSE;
  guint start = k;
  const RiftActor *flag = NULL; /* "a U.S.-flagged tanker": with no owner named, the flag's */
  while (k < s->last) {
    if (TOK(k).flags & RIFT_TOKF_DATELINE) break;
    if (k + 2 < s->last && !mention(c, k) && time_word(c, k) && is_possessive_tok(c, k + 1)) {
      k += 2; /* "condemned Sunday's Hamas attack": a time owns nothing */
      continue;
    }
    const RiftMention *m = mention(c, k);
    if (m && m->last + 1 < s->last && ISL(m->last, "-") &&
        TOK(m->last).start == TOK(m->last - 1).end &&
        TOK(m->last + 1).kind == RIFT_TOK_WORD && !ISL(m->last + 1, "led") &&
        !ISL(m->last + 1, "backed")) {
      if (k == start || (k == start + 1 && (BITS(start) & W_DET)))
        if (ISL(m->last + 1, "flagged") || ISL(m->last + 1, "registered")) flag = m->actor;
      k = m->last + 2; /* "a U.S.-flagged Kuwaiti ship": only a modifier */
      continue;
    }
    if (m && m->last + 2 < s->last && is_possessive_tok(c, m->last)) {
      /* "Iran's war enemy Iraq", "Russia's ally Belarus": the name the
       * noun introduces */
      guint q = m->last + 1, words = 0;
      gboolean role = FALSE; /* "ally", "enemy", "neighbour": a relation */
      while (q < s->last && words < 3 && !mention(c, q) && TOK(q).kind == RIFT_TOK_WORD &&
             !(TOK(q).flags & RIFT_TOKF_CAP) && content_word(c, q)) {
        const GPtrArray *cf = c->cues[q];
        for (guint x = 0; cf && x < cf->len; x++)
          if (((const RiftCueForm *)cf->pdata[x])->cue->flags & CUEF_ROLE) role = TRUE;
        q++;
        words++;
      }
      const RiftMention *nm = q < s->last ? mention(c, q) : NULL;
      if (role && nm && !is_possessive_tok(c, nm->last)) {
        k = q;
        continue;
      }
      if (role && !nm && words) {
        /* "killed the deputy chief of Israel's militia ally": the ally,
         * unnamed, not Israel */
        out->found = TRUE;
        *end = q;
        return;
      }
    }
    if (m && excluded(c, s->first, m->first)) {
      k = m->last; /* "backed everyone except Germany" */
      continue;
    }
    if (m && m->last + 1 < s->last && is_possessive_tok(c, m->last) &&
        owns_company(c, m->last)) {
      out->found = TRUE; /* "agreed with Japan's Canon Inc": a firm, no actor */
      *end = m->last + 1;
      return;
    }
    if (m && m->last + 2 < s->last && ISL(m->last, "-") &&
        (ISL(m->last + 1, "backed") || ISL(m->last + 1, "led"))) {
      /* "the Cuban-backed Angolan government": the backer is a modifier
       * when the head names an actor of its own */
      guint q = m->last + 2, words = 0;
      while (q < s->last && words < 3 && !mention(c, q) && content_word(c, q) &&
             (!verbish(c, q) || (BITS(q) & (W_AGENT | W_NONSTATE)))) { /* "rebels" */
        q++;
        words++;
      }
      if (q < s->last && mention(c, q)) {
        k = q;
        continue;
      }
      /* "struck Iran-backed militias": the backed group, unnamed, is the
       * target, not its backer (that edge is the compound's own) */
      if (words && ISL(m->last + 1, "backed") && (BITS(q - 1) & (W_AGENT | W_NONSTATE))) {
        out->found = TRUE;
        *end = q;
        return;
      }
    }
    if (m) {
      actors_add(out, m->actor);
      out->found = TRUE;
      k = m->last;
      /* coordination: "Iran and Iraq", "Iran, Iraq and Syria" (a comma
       * list counts only when it closes with "and" or "or") */
      RiftActors more = {0};
      for (;;) {
        if (k + 3 < s->last && ISL(k, "as") && ISL(k + 1, "well") && ISL(k + 2, "as")) {
          k += 2; /* "Hamas in Gaza as well as Hezbollah": read as "and" */
          const RiftMention *mm = mention(c, k + 1);
          if (mm) {
            actors_add(out, mm->actor);
            k = mm->last;
            continue;
          }
          break;
        }
        if (k + 2 < s->last && ISL(k, "in") && mention(c, k + 1) &&
            ISL(mention(c, k + 1)->last, "as")) {
          k = mention(c, k + 1)->last; /* skip "in Gaza" before "as well as" */
          continue;
        }
        if (k + 1 < s->last && (ISL(k, "and") || ISL(k, ",") || ISL(k, "or"))) {
          gboolean closing = !ISL(k, ",");
          guint q = k + 1;
          if (q < s->last && (ISL(q, "and") || ISL(q, "or"))) { q++; closing = TRUE; }
          if (q < s->last && ISL(q, "the")) q++;
          const RiftMention *mm = q < s->last ? mention(c, q) : NULL;
          /* "X backed Serbia, and China backed Russia": a new clause */
          if (mm && mm->last < s->last && verbish(c, mm->last) && ISL(k, ",")) mm = NULL;
          /* "arms sales to Iran and China's political situation" */
          if (mm && mm->last < s->last && is_possessive_tok(c, mm->last) &&
              mm->last + 1 < s->last && content_word(c, mm->last + 1) &&
              !c->cues[mm->last + 1])
            mm = NULL;
          if (mm) {
            actors_add(&more, mm->actor);
            k = mm->last;
            if (closing) {
              for (guint x = 0; x < more.n; x++) actors_add(out, more.a[x]);
              more.n = 0;
            }
            continue;
          }
        }
        break;
      }
      *end = k;
      return;
    }
    guint b = BITS(k);
    if (k + 1 < s->last && ((ISL(k, "each") && ISL(k + 1, "other")) ||
                            (ISL(k, "one") && ISL(k + 1, "another")))) {
      out->reciprocal = TRUE;
      out->found = TRUE;
      *end = k + 2;
      return;
    }
    if (TOK(k).kind == RIFT_TOK_PUNCT && ISL(k, "\"")) { k++; continue; }
    if ((ISL(k, "us") || ISL(k, "me")) && (b & W_PRON) && !(TOK(k).flags & RIFT_TOKF_CAP)) {
      pronoun(c, k, out); /* "to help us": the speaker */
      *end = k + 1;
      return;
    }
    if (b & W_POSS) {
      /* "its claim" names its owner; but "our Turkish allies" the Turks */
      RiftActors owner = {0};
      pronoun(c, k, &owner);
      guint q = k + 1;
      while (q < s->last && q < k + 4 && !mention(c, q) &&
             (content_word(c, q) || ((TOK(q).flags & RIFT_TOKF_CAP) && !BITS(q) &&
                                     TOK(q).kind == RIFT_TOK_WORD)))
        q++; /* "its Gulf War enemy Iraq" */
      if (q > k + 1 && (BITS(q - 1) & W_NONSTATE)) {
        out->found = TRUE; /* "an agreement with its banks": the banks */
        *end = q;
        return;
      }
      if (owner.n && !(q < s->last && mention(c, q))) {
        for (guint x = 0; x < owner.n; x++) actors_add(out, owner.a[x]);
        out->found = TRUE;
        *end = k + 1;
        return;
      }
      k++;
      continue;
    }
    if (b & (W_DET | W_ADV) && !(b & (W_PREP | W_SUB | W_PRON))) { k++; continue; }
    if (g_str_has_suffix(LOW(k), "ly") && TOK(k).kind == RIFT_TOK_WORD &&
        !(TOK(k).flags & RIFT_TOKF_CAP)) { k++; continue; }
    if (BITS(k) & W_TIME) { k++; continue; }
    if ((TOK(k).flags & RIFT_TOKF_CAP) && !BITS(k) && TOK(k).kind == RIFT_TOK_WORD &&
        k + 1 < s->last && mention(c, k + 1)) {
      k++; /* "South Lebanon", "Western Cambodia" */
      continue;
    }
    if ((TOK(k).flags & RIFT_TOKF_CAP) && !BITS(k) && TOK(k).kind == RIFT_TOK_WORD &&
        !c->cues[k] && k > start && (BITS(k - 1) & W_POSS) && skipped < 3) {
      skipped++; /* "its Gulf War enemy Iraq" */
      k++;
      while (k < s->last && (TOK(k).flags & RIFT_TOKF_CAP) && !BITS(k) && !mention(c, k) &&
             TOK(k).kind == RIFT_TOK_WORD)
        k++;
      continue;
    }
    if (noun_seen && k + 1 < s->last && (SEM(k) & S_COMPASS) && ISL(k + 1, "of"))
      break; /* "the platform 120 miles east of Bahrain": a place beside X */
    if ((mode & NP_LOC) && noun_seen && depth < 2 &&
        (ISL(k, "in") || ISL(k, "near") || ISL(k, "inside")) &&
        !(BITS(k - 1) & W_NONSTATE)) { /* "fired on militants in Lebanon": not the state */
      guint n0 = out->n;
      find_np_right_mode(c, s, k + 1, out, end, depth + 1, mode & ~(NP_MOVE | NP_LOC));
      guint ag = *end; /* "in Saudi waters": past the place's noun */
      while (ag < s->last && ag < *end + 3 && content_word(c, ag) && !mention(c, ag) &&
             !verbish(c, ag) && !c->cues[ag])
        ag++;
      if (ag + 1 < s->last && ISL(ag, "against")) {
        /* "fired a missile in Saudi waters against a Greek tanker": a
         * named target wins over the place */
        RiftActors foe = {0};
        guint fe;
        find_np_right_mode(c, s, ag + 1, &foe, &fe, depth + 1, mode & ~(NP_MOVE | NP_LOC));
        if (foe.n) {
          out->n = n0;
          for (guint x = 0; x < foe.n; x++) actors_add(out, foe.a[x]);
          *end = fe;
        }
      }
      if (flag && !out->n) actors_add(out, flag); /* "a U.S.-flagged tanker in the Gulf" */
      guint at;
      const RiftActor *st = out->n == n0 && (mode & NP_PLACE)
                                ? place_state(c, s, start, k, (mode & NP_SEIZE) != 0, &at)
                                : NULL;
      if (st) actors_add(out, st); /* "seized Mosul in June" */
      return;
    }
    {
      guint q = quantifier_end(c, s, k);
      if (q) {
        k = q;
        continue;
      }
    }
    /* "more than 100 Palestinians", "dozens of Iraqis", "168 Liberians" */
    if (TOK(k).kind == RIFT_TOK_NUM || ISL(k, "more") ||
        (ISL(k, "than") && k > start && (ISL(k - 1, "more") || ISL(k - 1, "fewer"))) ||
        ISL(k, "least") || ISL(k, "dozens") || ISL(k, "hundreds") || ISL(k, "thousands") ||
        ISL(k, "scores") || ISL(k, "several")) {
      k++;
      /* "80% of Iraq's debts", "40 pct of" */
      if (k < s->last && (ISL(k, "%") || ISL(k, "pct") || ISL(k, "percent"))) k++;
      if (k < s->last && ISL(k, "of") && k > start && !noun_seen) k++;
      continue;
    }
    if (ISL(k, "from") && noun_seen && depth < 2 && k > 0 &&
        move_word(LOW(k - 1))) { /* "an offer from X", not "independence from X" */
      find_np_right_mode(c, s, k + 1, out, end, depth + 1, mode & ~NP_MOVE);
      return;
    }
    if ((BITS(k) & W_SAY) && after_det_tok(c, k, start) && skipped < 3 &&
        TOK(k).kind == RIFT_TOK_WORD && !(TOK(k).flags & RIFT_TOKF_CAP)) {
      skipped++; /* "the claims of" */
      noun_seen = TRUE;
      k++;
      continue;
    }
    if ((BITS(k) & W_TITLE) && (TOK(k).flags & RIFT_TOKF_CAP) && skipped < 3) {
      skipped++;
      k++;
      continue;
    }
    if (depth == 0 && noun_seen && ISL(k, "of") && k > start && c->cues[k - 1]) {
      /* "condemns the shelling of Kharkiv by Russian forces": stance
       * toward an act is stance toward its doer, named after "by" */
      guint by = find_by(c, s, k + 1);
      if (by != G_MAXUINT && by + 1 < s->last) {
        find_np_right_mode(c, s, by + 1, out, end, depth + 1, 0);
        if (out->n) return;
      }
    }
    if (depth < 2 && noun_seen && (ISL(k, "of") || ISL(k, "by") || ((ISL(k, "on") || ISL(k, "over")) &&
        k > 0 && (BITS(k - 1) & W_POSITION)) ||
        ((mode & NP_DIR) && (ISL(k, "to") || ISL(k, "from") || ISL(k, "with")) && k + 1 < s->last &&
         !content_word(c, k + 1)))) { /* not "aid to rebuild Europe" */
      find_np_right_mode(c, s, k + 1, out, end, depth + 1, mode & ~NP_MOVE);
      return;
    }
    gboolean after_det = k > start && (BITS(k - 1) & (W_DET | W_POSS));
    gboolean closed_verb = (BITS(k) & (W_AUX | W_BE | W_MODAL)) != 0 ||
                           ((BITS(k) & W_SAY) && !after_det); /* "the claims of" */
    gboolean participle = g_str_has_suffix(LOW(k), "ed");
    if (depth < 2 && noun_seen && participle && !closed_verb && TOK(k).kind == RIFT_TOK_WORD) {
      /* "the sanctions imposed by the EU", "the attack carried out by
       * Hamas": the act's doer, named after "by" */
      guint q = k + 1;
      if (q + 1 < s->last && ISL(q + 1, "by") && TOK(q).kind == RIFT_TOK_WORD &&
          !(TOK(q).flags & RIFT_TOKF_CAP))
        q++; /* "carried out by", "drawn up by" */
      if (q + 1 < s->last && ISL(q, "by")) {
        find_np_right_mode(c, s, q + 1, out, end, depth + 1, mode & ~NP_MOVE);
        return;
      }
    }
    /* "a grand jury investigating the Iran arms scandal": a participle
     * with an object of its own ends the noun phrase */
    if (noun_seen && !after_det && k + 1 < s->last && g_str_has_suffix(LOW(k), "ing") &&
        content_word(c, k) &&
        (mention(c, k + 1) || (BITS(k + 1) & (W_DET | W_POSS))))
      break;
    if (content_word(c, k) && skipped < 3 &&
        (!verbish(c, k) ||
         /* a noun where a verb could be: "an offer", "recent calls" */
         ((k == start || after_det || skipped > 0) && !closed_verb && !participle &&
          (!g_str_has_suffix(LOW(k), "ing") || after_det || k == start)) || /* "the shelling";
                                                                             not "the resolution condemning X" */
         /* an adjectival participle: "proposed Israeli changes" */
         (participle && !closed_verb && k + 1 < s->last && mention(c, k + 1) &&
          (k == start || after_det)))) {
      skipped++;
      noun_seen = TRUE;
      k++;
      continue;
    }
    if ((mode & NP_LOC) && (TOK(k).flags & RIFT_TOKF_CAP) && !BITS(k) &&
        TOK(k).kind == RIFT_TOK_WORD && !c->cues[k] && skipped < 3 && k + 2 < s->last &&
        (ISL(k + 1, "in") || ISL(k + 1, "near"))) {
      skipped++; /* "captured Mosul in northern Iraq": a place in a state */
      noun_seen = TRUE;
      k++;
      continue;
    }
    break;
  }
  *end = k;
  if (flag && !out->n) {
    actors_add(out, flag);
    out->found = TRUE;
    return;
  }
  if ((mode & NP_PLACE) && !out->n) {
    /* "shelled Kharkiv", "the occupation of Crimea": a name the loop
     * stops at, read on to its end ("Deir ez-Zor", "the Kharkiv region") */
    guint e = k;
    while (e < s->last && e < k + 4 && !mention(c, e) &&
           (((TOK(e).flags & RIFT_TOKF_CAP) && TOK(e).kind == RIFT_TOK_WORD && !BITS(e)) ||
            (e > k && e + 1 < s->last && (ISL(e, "-") || ISL(e + 1, "-")) &&
             TOK(e + 1).start == TOK(e).end)))
      e++;
    if (e > k && e < s->last && (SEM(e) & S_PLACE) && !(TOK(e).flags & RIFT_TOKF_CAP)) e++;
    guint at;
    const RiftActor *st = e > start ? place_state(c, s, start, e, (mode & NP_SEIZE) != 0, &at)
                                    : NULL;
    if (st) {
      actors_add(out, st);
      out->found = TRUE;
      *end = e;
      return;
    }
  }
  /* "Mariupol, a Ukrainian city": a place the dictionary lacks, placed
   * in its state by an appositive */
  guint name_end = k;
  while (name_end < s->last && name_end < k + 3 && (TOK(name_end).flags & RIFT_TOKF_CAP) &&
         TOK(name_end).kind == RIFT_TOK_WORD && !BITS(name_end) && !mention(c, name_end))
    name_end++;
  if (!out->n && name_end > start && name_end + 3 < s->last && ISL(name_end, ",") &&
      (TOK(name_end - 1).flags & RIFT_TOKF_CAP)) k = name_end;
  if (!out->n && k > start && k + 3 < s->last && ISL(k, ",") && (TOK(k - 1).flags & RIFT_TOKF_CAP) &&
      (ISL(k + 1, "a") || ISL(k + 1, "an") || ISL(k + 1, "the")) && mention(c, k + 2)) {
    const RiftMention *pm = mention(c, k + 2);
    guint h = pm->last;
    if (h < s->last && (SEM(h) & S_PLACE) && rift_dict_fold(c->dict, pm->actor, c->date)->type ==
                                                  RIFT_ACTOR_STATE) {
      actors_add(out, pm->actor);
      out->found = TRUE;
      *end = h + 1;
      return;
    }
  }
  /* "welcomed the move": a definite act with no actor of its own is the
   * act of the previous sentence's subject */
  if ((mode & NP_MOVE) && !out->n && k > start && k - 1 > s->first &&
      ISL(start, "the") && move_word(LOW(k - 1)) && start + 1 < k &&
      (k == s->last || TOK(k).kind == RIFT_TOK_PUNCT || ISL(k, "to") || ISL(k, "in") ||
       ISL(k, "as") || ISL(k, "and") || ISL(k, "but")) && c->last_it &&
      !g_array_index(c->t->sentences, RiftSentence, TOK(start).sentence).para_start)
    actors_add(out, c->last_it); /* within the paragraph only */
}

/* "to" + a verb at k: an infinitive, not a recipient ("aid to rebuild
 * Europe", "a grant to help survivors"). */
static gboolean infinitive_at(RiftCtx *c, const Sent *s, guint k) {
  if (k + 1 >= s->last || !ISL(k, "to") || !content_word(c, k + 1)) return FALSE;
  const GPtrArray *cf = c->cues[k + 1];
  for (guint q = 0; cf && q < cf->len; q++) {
    const RiftCueForm *f = cf->pdata[q];
    if ((f->pos & CUE_VERB) && (f->forms & FORM_BASE)) return TRUE;
  }
  static const char *const counts[] = {"one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve",
                                       "several", "many", "more", "most", "dozens",
                                       "hundreds", "thousands", "millions", NULL};
  for (const char *const *q = counts; *q; q++)
    if (IS(k + 1, *q)) return FALSE; /* "asylum to five Panamanian officers" */
  return k + 2 < s->last && (mention(c, k + 2) || (BITS(k + 2) & W_DET));
}

/* A verb cue in the past at i ("Israel and the UAE agreed to"): a verb
 * after a name, not a noun. */
static gboolean past_verb_cue(RiftCtx *c, guint i) {
  const GPtrArray *cf = c->cues[i];
  for (guint k = 0; cf && k < cf->len; k++) {
    const RiftCueForm *f = cf->pdata[k];
    if ((f->pos & CUE_VERB) && (f->forms & FORM_PAST)) return TRUE;
  }
  return FALSE;
}

static gboolean cue_is_verbal(RiftCtx *c, guint i) {
  const GPtrArray *cf = c->cues[i];
  if (!cf) return FALSE;
  for (guint k = 0; k < cf->len; k++) {
    const RiftCueForm *f = cf->pdata[k];
    if ((f->pos & CUE_VERB) && !(f->pos & CUE_NOUN)) return TRUE;
  }
  return FALSE;
}

static gboolean verbish(RiftCtx *c, guint i) {
  guint b = BITS(i);
  if (b & (W_AUX | W_BE | W_MODAL | W_SAY | W_VERB | W_MEET)) return TRUE;
  return cue_is_verbal(c, i);
}

/* The left end of the clause that holds i. */
static void modal_flags(RiftCtx *c, guint b, guint i, guint *flags) {
  if (b & W_PREDICT) *flags |= RIFT_EDGE_PREDICTED;
  else if (b & W_MODAL) *flags |= RIFT_EDGE_HEDGED;
}

#define F_NEG (1u << 30)

/* A cue at h read as a noun: it has a noun form and a name, determiner
 * or possessive before it ("the U.S. raid", "Israel's attack"). */
static gboolean noun_cue_after_name(RiftCtx *c, const Sent *s, guint h) {
  const GPtrArray *cf = c->cues[h];
  gboolean noun = FALSE;
  for (guint q = 0; cf && q < cf->len; q++)
    if (((const RiftCueForm *)cf->pdata[q])->pos & CUE_NOUN) noun = TRUE;
  return noun && h > s->first &&
         (mention(c, h - 1) || (BITS(h - 1) & (W_DET | W_POSS)) || is_possessive_tok(c, h - 1));
}

/* The preposition of a phrase that ends at j and follows a noun ("the
 * U.S. tax on oil imports", "the raid on ships"), or 0: the subject is
 * that noun, not the phrase's. */
static guint pp_before(RiftCtx *c, const Sent *s, guint j) {
  guint k = j;
  while (k > s->first && j - k < 4 && TOK(k).kind == RIFT_TOK_WORD && !mention(c, k) &&
         !(BITS(k) & (W_PREP | W_SUB | W_SAY | W_CONJ | W_PRON | W_REL)) && !verbish(c, k) &&
         (content_word(c, k) || (BITS(k) & (W_DET | W_AGENT))))
    k--;
  if (k > s->first + 1 && k < j &&
      (ISL(k, "on") || ISL(k, "against") || ISL(k, "with") || ISL(k, "over") ||
       ISL(k, "to") || ISL(k, "for")) &&
      TOK(k - 1).kind == RIFT_TOK_WORD && !mention(c, k - 1) &&
      ((content_word(c, k - 1) && !verbish(c, k - 1)) || noun_cue_after_name(c, s, k - 1)))
    return k;
  return 0;
}

/* Finds the subject of the verb at v, scanning left. */
static void find_subject(RiftCtx *c, const Sent *s, guint v, RiftActors *out,
                         guint *flags, gboolean *passive, int depth) {
  gboolean saw_be = FALSE, perfect = FALSE;
  const RiftActor *pp_owner = NULL; /* "forces in Guinea" */
  if (depth > 4) return;
  /* "Russian aircraft including helicopter gunships killed", "British
   * jets using guided missiles struck": the head noun's own subject */
  for (guint q = v, n = 0; q > s->first + 1 && n < 8; n++) {
    q--;
    if (ISL(q, "including") || ISL(q, "using") || ISL(q, "carrying")) {
      if ((BITS(q - 1) & W_AGENT) || (content_word(c, q - 1) && !verbish(c, q - 1)))
        v = q;
      break;
    }
    if (verbish(c, q) || TOK(q).kind == RIFT_TOK_PUNCT || mention(c, q) || ISL(q, "to") ||
        (BITS(q) & (W_SUB | W_SAY | W_CONJ)))
      break;
  }
  for (guint j = v; j > s->first;) {
    j--;
    if (TOK(j).flags & RIFT_TOKF_DATELINE) return;
    const RiftMention *m = mention(c, j);
    if (m) {
      guint st = m->first;
      /* "Mexico's embassy in Quito": a mention in a prepositional phrase
       * is not the subject; "the president of France" is */
      guint of = st > s->first && ISL(st - 1, "the") ? st - 1 : st; /* "of the United States" */
      gboolean corporate = FALSE;
      if (of > s->first + 1 && (SEM(of - 2) & S_COMPANY)) corporate = TRUE;
      if ((m->last < s->last && is_possessive_tok(c, m->last) && owns_company(c, m->last)) ||
          excluded(c, s->first, st)) {
        j = st; /* "a unit of South Korea's <Lucky-Goldstar Group>": the firm's;
                 * "every state apart from Hungary": not Hungary */
        continue;
      }
      if (gerund_object(c, s->first, st)) return; /* "Isolating Iran helps Iraq" */
      /* "the platform 120 miles east of Bahrain": beside X, not X's (but
       * "the east of X" is part of it) */
      gboolean beside = of > s->first + 1 && ISL(of - 1, "of") && (SEM(of - 2) & S_COMPASS) &&
                        !(of - 2 > s->first && ISL(of - 3, "the"));
      if (beside) {
        j = of - 1;
        continue;
      }
      gboolean act_of = FALSE; /* "Russia's invasion of Ukraine was condemned": the act's */
      for (guint x = 0; of > s->first + 1 && ISL(of - 1, "of") && c->cues[of - 2] &&
                        x < c->cues[of - 2]->len; x++) {
        const RiftCueForm *f = c->cues[of - 2]->pdata[x];
        if ((f->pos & CUE_NOUN) && (f->cue->flags & CUEF_ACTION)) act_of = TRUE;
      }
      if (of > s->first + 1 && ISL(of - 1, "of") &&
          ((!(BITS(of - 2) & (W_AGENT | W_TITLE | W_BODY)) && !content_word(c, of - 2) &&
            !(TOK(of - 2).flags & RIFT_TOKF_CAP)) || corporate || act_of)) {
        j = of - 1; /* "<Ecolab Co> of the United States": not the subject */
        continue;
      }
      if (st > s->first && (BITS(st - 1) & W_PREP) && !ISL(st - 1, "of") &&
          st - 1 > s->first && !(BITS(st - 2) & (W_DET))) {
        if (!pp_owner && (ISL(st - 1, "in") || ISL(st - 1, "from"))) pp_owner = m->actor;
        /* "troops loyal to Assad": his side's */
        if (!pp_owner && ISL(st - 1, "to") && (ISL(st - 2, "loyal") || ISL(st - 2, "allied"))) {
          pp_owner = m->actor;
          j = st - 2; /* past "loyal to" onto the head noun */
          continue;
        }
        /* "a resolution drafted by France was vetoed": the drafter owns it */
        if (!pp_owner && ISL(st - 1, "by") && g_str_has_suffix(LOW(st - 2), "ed") && saw_be)
          pp_owner = m->actor;
        j = st - 1;
        continue;
      }
      if (of >= s->first + 3 && ISL(of - 2, "to") && TOK(of - 1).kind == RIFT_TOK_WORD &&
          !(TOK(of - 1).flags & RIFT_TOKF_CAP) && !b_is_closed(BITS(of - 1)) &&
          content_word(c, of - 3) && !verbish(c, of - 3) && !mention(c, of - 3) &&
          !g_str_has_suffix(LOW(of - 3), "ed") && !(BITS(of - 3) & W_ADV) &&
          (!(BITS(of - 3) & W_HEDGE) || /* "the plan to", not "Iran plans to" */
           (of - 3 > s->first && ((BITS(of - 4) & (W_DET | W_POSS)) || is_possessive_tok(c, of - 4))))) {
        /* "the plan to sanction Syria was rejected by China", "Turkey's bid
         * to join the EU": the object of a noun's infinitive is not the
         * subject; the noun's owner serves a passive */
        gboolean generic;
        const RiftActor *a = agent_owner(c, of - 3, s->first, &generic);
        if (a) {
          actors_add(out, a);
          c->owner_only = TRUE;
          if (saw_be) *passive = TRUE;
        }
        out->found = TRUE;
        return;
      }
      actors_add(out, m->actor);
      gboolean neg = FALSE;
      coord_left(c, st, s->first, out, &neg);
      if (neg || none_of(c, s->first, st)) *flags ^= F_NEG;
      out->found = TRUE;
      if (saw_be) *passive = TRUE;
      return;
    }
    guint b = BITS(j);
    const char *w = LOW(j);
    if (!strcmp(w, "to")) {
      if (j > s->first && ISL(j - 1, "yet")) { /* "has yet to recognise" */
        *flags ^= F_NEG;
        j--;
        continue;
      }
      if (v == j + 1 && depth == 0 &&
          (j == s->first || ISL(j - 1, "that") || ISL(j - 1, ",") || ISL(j - 1, "\"") ||
           (TOK(j - 1).flags & RIFT_TOKF_DATELINE))) {
        /* a fronted purpose: "To defeat Daesh, we would need ...", "To
         * punish Iran, the US imposed ...": the clause's own subject */
        RiftActors obj = {0};
        guint e = v + 1;
        find_np_right(c, s, v + 1, &obj, &e, 1);
        if (e < s->last && ISL(e, ",")) e++;
        if (e + 1 < s->last) {
          const RiftMention *sm = mention(c, e);
          guint after_subj = sm ? sm->last : e + 1;
          if (after_subj < s->last && (sm || ((BITS(e) & W_PRON) && !(BITS(e) & W_POSS))) &&
              (verbish(c, after_subj) || (BITS(after_subj) & W_ADV))) {
            if (sm) actors_add(out, sm->actor);
            else pronoun(c, e, out);
            out->found = TRUE;
            return;
          }
        }
      }
      /* "threatened to strike", "is believed to arm": the subject of the
       * governing verb */
      if (j > s->first) {
        guint p = j - 1;
        /* "Iran's bid to join the WTO", "attempts to oust X": sought, not
         * done (hedged); the subject is found on as for any noun */
        if (v == j + 1 && (SEM(p) & S_ATTEMPT)) *flags |= RIFT_EDGE_HEDGED;
        if ((BITS(p) & W_SAY) && p > s->first && (BITS(p - 1) & W_BE)) {
          *flags |= RIFT_EDGE_HEDGED;
          j = p;
          continue;
        }
        /* "growth in Japan is needed to help U.S. exports": a need, not
         * a deed */
        if ((ISL(p, "needed") || ISL(p, "necessary") || ISL(p, "required")) && p > s->first &&
            (BITS(p - 1) & W_BE)) {
          *flags |= RIFT_EDGE_HEDGED;
          j = p - 1;
          continue;
        }
        /* "Chad is known to have been attacked by Libya": a raising verb
         * that asserts its clause (not hedged as "is believed to") */
        if (ISL(p, "known") && p > s->first && (BITS(p - 1) & W_BE)) {
          j = p;
          continue;
        }
        gboolean nounish = p > s->first && mention(c, p - 1) &&
                           !(BITS(p) & W_VERB) && !past_verb_cue(c, p); /* "the first EU state to" */
        /* "launched a campaign to defeat X", "the military operation to
         * oust Y": a hostile act's purpose, the act's agent's */
        gboolean purpose = FALSE;
        gboolean det_before = p > s->first &&
                              ((BITS(p - 1) & (W_DET | W_POSS)) || is_possessive_tok(c, p - 1) ||
                               (content_word(c, p - 1) && !verbish(c, p - 1)));
        /* "Iraq stepped up its efforts to destroy ISIL", "their bid to
         * reclaim Sinjar from X": an endeavour's purpose is its owner's, as
         * a campaign's is */
        if (v == j + 1 && det_before && !c->cues[p] &&
            (ISL(p, "effort") || ISL(p, "efforts") || ISL(p, "bid"))) {
          /* not "praised X for their efforts to", "backed X in its
           * efforts to": "their" is X's, which the owner search would
           * take for the praiser */
          guint q = p;
          while (q > s->first && (content_word(c, q - 1) || (BITS(q - 1) & (W_POSS | W_DET)) ||
                                  ISL(q - 1, "and") || ISL(q - 1, ",")))
            q--;
          purpose = !(q > s->first && (ISL(q - 1, "for") || ISL(q - 1, "in")));
        }
        if (v == j + 1 && c->cues[p] && det_before && !(BITS(p) & W_VERB)) {
          const GPtrArray *cf = c->cues[p];
          for (guint x = 0; x < cf->len; x++) {
            const RiftCueForm *f = cf->pdata[x];
            if ((f->pos & CUE_NOUN) && (f->cue->flags & CUEF_ACTION) && f->cue->polarity < 0)
              purpose = TRUE;
          }
        }
        if (!nounish && !purpose && !(BITS(p) & (W_HEDGE | W_REFUSE | W_MODAL | W_AUX | W_BE | W_NEG | W_ADV)) &&
            (c->cues[p] || (BITS(p) & W_VERB) ||
             (TOK(p).kind == RIFT_TOK_WORD && !(TOK(p).flags & RIFT_TOKF_CAP) &&
              !b_is_closed(BITS(p)) &&
              (g_str_has_suffix(LOW(p), "ed") ||
               /* "sent troops to attack": a plural agent noun, not a verb */
               (g_str_has_suffix(LOW(p), "s") && !(BITS(p) & W_AGENT)))))) {
          gboolean takes_to = FALSE; /* "opposition to", not "a deal to join" */
          for (guint x = 0; c->cues[p] && x < c->cues[p]->len; x++)
            takes_to |= rift__lexicon_cue_has_prep(
                ((const RiftCueForm *)c->cues[p]->pdata[x])->cue, "to");
          if (c->cues[p] && !cue_is_verbal(c, p) && !(BITS(p) & W_VERB) && takes_to) {
            out->found = TRUE; /* "opposition to sanctioning" */
            return;
          }
          j = p;
          continue;
        }
        /* "a demand for Turkey to recognise Cyprus", "urged Iran to
         * free": the named actor is asked to act (hedged) */
        const RiftMention *pm = mention(c, p);
        if (v == j + 1 && pm && pm->first > s->first) {
          /* "asked Britain and France to condemn": every conjunct */
          RiftActors asked = {0};
          actors_add(&asked, pm->actor);
          guint at = ask_verb_before(c, s->first, coord_left(c, pm->first, s->first, &asked, NULL));
          if (at != G_MAXUINT) {
            for (guint x = 0; x < asked.n; x++) actors_add(out, asked.a[x]);
            out->found = TRUE;
            *flags |= RIFT_EDGE_HEDGED;
            if (depth == 0 && !ISL(at, "for")) {
              /* the asker stands where it asks the asked to stand */
              guint aflags = 0;
              gboolean apassive = FALSE;
              c->asker.n = 0;
              find_subject(c, s, at, &c->asker, &aflags, &apassive, depth + 1);
              if (apassive || (aflags & (F_NEG | RIFT_EDGE_HEDGED | RIFT_EDGE_PREDICTED |
                                         RIFT_EDGE_CONDITIONAL)))
                c->asker.n = 0;
            }
            return;
          }
        }
        /* a purpose: "the Coalition's strategy to defeat ISIL", "Iraq's
         * efforts to destroy", "sent fighters to Syria to support X" */
        if (v == j + 1 && !(BITS(p) & (W_HEDGE | W_REFUSE | W_MODAL | W_AUX | W_BE | W_NEG | W_ADV))) {
          gboolean generic, ordinal = FALSE;
          /* "the first EU state to recognise X": the one who became it */
          for (guint q = p, n = 0; q > s->first && n < 5; n++) {
            q--;
            if (ISL(q, "first") || ISL(q, "second") || ISL(q, "last") || ISL(q, "only") ||
                ISL(q, "latest") || ISL(q, "sole") || ISL(q, "third"))
              ordinal = TRUE;
            if (!(content_word(c, q) || mention(c, q) || (BITS(q) & W_DET))) break;
          }
          if (content_word(c, p) && !ordinal) {
            const RiftActor *owner = agent_owner(c, p, s->first, &generic);
            if (owner) {
              actors_add(out, owner);
              out->found = TRUE;
              /* "asked the Reagan administration to retaliate", "urged
               * his American audience to help": an agent noun asked to
               * act, as a named one is (hedged) */
              guint q = p;
              for (guint n = 0; q > s->first && n < 5; n++) {
                const RiftMention *qm = mention(c, q - 1);
                if (qm) q = qm->first;
                else if (SEM(q - 1) & S_ASK) /* not past "urged", a content word */
                  break;
                else if (content_word(c, q - 1) || (BITS(q - 1) & (W_DET | W_POSS | W_ADV)))
                  q--; /* (through "his mostly American audience") */
                else
                  break;
              }
              if (ask_verb_before(c, s->first, q) != G_MAXUINT) *flags |= RIFT_EDGE_HEDGED;
              return;
            }
          }
          for (guint q = p; q > s->first;) {
            q--;
            if (ISL(q, ",") || ISL(q, ";") || (BITS(q) & (W_SUB | W_SAY))) break;
            /* "expected the new pact to help": the pact, asked or expected */
            if (SEM(q) & S_CONTROL) {
              *flags |= RIFT_EDGE_HEDGED;
              for (guint r = q + 1; r < p + 1; r++)
                if (mention(c, r)) { actors_add(out, mention(c, r)->actor); break; }
              out->found = TRUE;
              return;
            }
            /* "Ethiopian troops entered Somalia to oust X": a past verb
             * the lexicon lacks, just before its object */
            const RiftMention *om = mention(c, p);
            gboolean past = content_word(c, q) && g_str_has_suffix(LOW(q), "ed") && om &&
                            (om->first == q + 1 ||
                             (om->first == q + 2 && ISL(q + 1, "the")));
            if (past && !verbish(c, q)) {
              find_subject(c, s, q, out, flags, passive, depth + 1);
              *passive = FALSE;
              return;
            }
            if (verbish(c, q) && (!(BITS(q) & (W_AUX | W_BE | W_MODAL)) || (BITS(q) & W_BE))) {
              /* "Britain is in a position to help us": is's subject */
              find_subject(c, s, q, out, flags, passive, depth + 1);
              *passive = FALSE;
              return;
            }
          }
        }
      }
      continue;
    }
    if (!strcmp(w, "also") || !strcmp(w, "longer")) continue;
    if (j + 1 == v && g_str_has_suffix(LOW(v), "ing") && TOK(j).kind == RIFT_TOK_WORD) {
      /* "began escorting", "resumed attacking": the aspect verb's
       * subject ("stopped attacking" is W_REFUSE, below) */
      if (SEM(j) & S_ASPECT) {
        v = j;
        continue;
      }
    }
    if (b & W_TIME) {
      if (j > s->first && (ISL(j - 1, "on") || ISL(j - 1, "last") || ISL(j - 1, "this")))
        j--;
      continue;
    }
    if (b & W_NEG) {
      if (!(j + 1 < v && ISL(j + 1, "only"))) *flags ^= F_NEG;
      continue;
    }
    if (b & W_MODAL) {
      /* "would have given": a counterfactual, hedged */
      if (j + 1 < v && ISL(j + 1, "have")) *flags |= RIFT_EDGE_HEDGED;
      else modal_flags(c, b, j, flags);
      continue;
    }
    /* "is rumoured to have attacked", "is believed to have armed": the
     * participle is the perfect of an active infinitive; the "is" before
     * belongs to the raising verb, not to a passive */
    if (b & W_BE) {
      if (!perfect) saw_be = TRUE;
      continue;
    }
    if ((b & W_AUX) && ISL(j, "have") && j > s->first && ISL(j - 1, "to") && j + 1 == v)
      perfect = TRUE;
    if (b & W_AUX) continue;
    if (b & W_REFUSE) { *flags ^= F_NEG; continue; }
    if ((b & W_HEDGE) && (j + 1 == v || ISL(j + 1, "to") ||
                          (BITS(j + 1) & (W_ADV | W_NEG)))) {
      *flags |= RIFT_EDGE_HEDGED; /* "plans to", "reportedly funded" */
      if (j > s->first + 1 && (ISL(j - 1, "stands") || ISL(j - 1, "stood") || ISL(j - 1, "stand")))
        j--; /* "the EU stands ready to support" */
      continue;
    }
    if (b & W_ADV) continue;
    if (TOK(j).kind == RIFT_TOK_WORD && g_str_has_suffix(w, "ly") &&
        !(TOK(j).flags & RIFT_TOKF_CAP)) continue;
    if (b & W_REL) {
      /* "Germany, which supports": the antecedent */
      guint k = j;
      if (k > s->first && ISL(k - 1, ",")) k--;
      if (k > s->first) {
        const RiftMention *mm = mention(c, k - 1);
        if (mm) {
          actors_add(out, mm->actor);
          out->found = TRUE;
          if (saw_be) *passive = TRUE;
          return;
        }
      }
      return;
    }
    if (!strcmp(w, ",")) {
      /* skip back over a parenthetical opened by a comma: ", which ...,",
       * ", spokeswoman for ...,", ", lashing out ...," */
      guint k = j;
      gboolean skipped = FALSE;
      guint by = v + 1;
      while (by < s->last && (BITS(by) & W_ADV)) by++;
      if ((j + 1 == v || (j + 2 == v && (BITS(j + 1) & W_ADV))) && j > s->first &&
          mention(c, j - 1) && by < s->last && ISL(by, "by")) {
        /* "Iraqi soldiers, Kurdish fighters and Shia militiamen, assisted
         * by": a list before a participle, not a parenthetical */
        RiftActors list = {0};
        actors_add(&list, mention(c, j - 1)->actor);
        coord_left(c, mention(c, j - 1)->first, s->first, &list, NULL);
        if (list.n > 1) {
          for (guint q = 0; q < list.n; q++) actors_add(out, list.a[q]);
          out->found = TRUE;
          return;
        }
      }
      while (k > s->first) {
        k--;
        if (ISL(k, ",")) {
          guint open = k + 1;
          const RiftMention *am = open < j ? mention(c, ISL(open, "the") ? open + 1 : open) : NULL;
          if (am && am->last == j && !(k > s->first && mention(c, k - 1) &&
                                       mention(c, k - 1)->last == k)) {
            /* "Serbia's ally, Russia, condemned": the apposition names it */
            actors_add(out, am->actor);
            out->found = TRUE;
            return;
          }
          if (open + 2 < j && (ISL(open, "along") || ISL(open, "together")) && ISL(open + 1, "with")) {
            /* "The U.S., along with Britain, struck": both act */
            for (guint q = open + 2; q < j; q++)
              if (mention(c, q)) actors_add(out, mention(c, q)->actor);
            j = k;
            skipped = TRUE;
            break;
          }
          if (open < j && ((BITS(open) & (W_REL | W_TITLE)) || cue_is_verbal(c, open) ||
                           g_str_has_suffix(LOW(open), "ing") ||
                           g_str_has_suffix(LOW(open), "ed") ||
                           (BITS(open) & (W_ADV | W_DET)) || mention(c, open))) {
            j = k;
            skipped = TRUE;
          }
          break;
        }
      }
      if (skipped) continue;
      /* a participle opening the clause: ", backed by" -> the main
       * clause's subject */
      if (j + 1 == v || (j + 2 == v && (BITS(j + 1) & W_ADV))) {
        /* "in the Beagle Channel, disputed by X": a name the dictionary
         * lacks just before the comma takes the participle */
        if (j > s->first && (TOK(j - 1).flags & RIFT_TOKF_CAP) && !BITS(j - 1) &&
            !mention(c, j - 1) && TOK(j - 1).kind == RIFT_TOK_WORD) {
          out->found = TRUE;
          return;
        }
        for (guint q = j; q > s->first;) {
          q--;
          /* "struck targets": a plural after a verb is its object */
          if (verbish(c, q) && !(q > s->first && verbish(c, q - 1) &&
                                 g_str_has_suffix(LOW(q), "s"))) {
            find_subject(c, s, q, out, flags, passive, depth + 1);
            *passive = FALSE;
            return;
          }
        }
        /* no verb before: "Israel, backed by the U.S., struck" - the
         * noun phrase before the comma */
        const RiftMention *pm = j > s->first ? mention(c, j - 1) : NULL;
        if (pm) {
          actors_add(out, pm->actor);
          coord_left(c, pm->first, s->first, out, NULL);
          out->found = TRUE;
        } else if (j > s->first && TOK(j - 1).kind == RIFT_TOK_WORD) {
          /* "A Chinese proposal, rejected by India,": the noun's owner */
          gboolean generic;
          const RiftActor *a = agent_owner(c, j - 1, s->first, &generic);
          if (a) {
            actors_add(out, a);
            c->owner_only = TRUE;
            out->found = TRUE;
          }
        }
      }
      return;
    }
    if (b & W_CONJ) {
      /* "X blocked Y and backed Z": the first verb's subject */
      for (guint k = j; k > s->first;) {
        k--;
        if (ISL(k, ";") || (BITS(k) & W_SUB)) break;
        /* a verb, not a noun after its determiner ("read the report") */
        if (verbish(c, k) && !is_possessive_tok(c, k) &&
            !(k > s->first && (ISL(k - 1, "the") || ISL(k - 1, "a") ||
                                                ISL(k - 1, "an") || (BITS(k - 1) & W_POSS) ||
                                                is_possessive_tok(c, k - 1)))) {
          /* "congratulate the Syrians who fought to free Dabiq and thank
           * Turkey": a verb of a relative clause is not the one coordinated */
          guint r = k;
          while (r > s->first && (verbish(c, r - 1) || ISL(r - 1, "to") || (BITS(r - 1) & W_ADV)))
            r--;
          if (r > s->first + 1 && (ISL(r - 1, "who") || ISL(r - 1, "which")) &&
              !ISL(r - 2, ",")) { /* ", which is ... and be protected": within */
            k = r - 1;
            continue;
          }
          find_subject(c, s, k, out, flags, passive, depth + 1);
          *passive = FALSE;
          return;
        }
      }
      /* "The GATT Council adopted a report and ruled that": a verb the
       * lexicon does not know; the sentence's subject */
      if (c->cur_it && c->cur_it_tok < j && !(TOK(j).flags & RIFT_TOKF_QUOTE_IN)) {
        actors_add(out, c->cur_it);
        out->found = TRUE;
      }
      return;
    }
    if (b & (W_PRON)) {
      pronoun(c, j, out);
      if (saw_be) *passive = TRUE;
      return;
    }
    if ((ISL(j, "of") || ISL(j, "with") || ISL(j, "for")) && j + 1 == v && j > s->first + 1 &&
        g_str_has_suffix(LOW(v), "ing") && mention(c, j - 1)) {
      /* "accused Tehran of arming the Houthis": the accused did it, as
       * alleged (hedged); the accusation is the accuser's own edge */
      const RiftMention *am = mention(c, j - 1);
      guint q = am->first;
      if (q > s->first && ISL(q - 1, "the")) q--;
      if (q > s->first && (SEM(q - 1) & S_ACCUSE)) {
        actors_add(out, am->actor);
        *flags |= RIFT_EDGE_HEDGED;
        out->found = TRUE;
        return;
      }
    }
    if ((ISL(j, "by") || ISL(j, "in") || ISL(j, "while") || ISL(j, "on")) && j + 1 == v &&
        g_str_has_suffix(LOW(v), "ing") && j > s->first) {
      /* "would retaliate by imposing taxes", "the EC was joined by the
       * United States in criticising Brazil": the governing clause's
       * subject (and who joined it) */
      guint q = j - 1;
      guint by_end = q + 1;
      /* "... joined by the United States in": past the by-phrase */
      for (guint k = q; k > s->first && k + 6 > q; k--) {
        if (ISL(k, "by") && k > s->first && (ISL(k - 1, "joined") || ISL(k - 1, "backed") ||
                                             ISL(k - 1, "supported") || ISL(k - 1, "accompanied"))) {
          RiftActors co = {0};
          guint e2;
          find_np_right(c, s, k + 1, &co, &e2, 1);
          if (e2 <= by_end) {
            for (guint x = 0; x < co.n; x++) actors_add(out, co.a[x]);
            q = k - 1;
          }
          break;
        }
      }
      if (verbish(c, q) || content_word(c, q)) {
        gboolean pass = FALSE;
        find_subject(c, s, q, out, flags, &pass, depth + 1);
        *passive = FALSE;
        return;
      }
    }
    if (b & (W_SUB | W_SAY | W_PREP)) return;
    if (ISL(j, "\"")) continue; /* Tokyo "strongly condemns" */
    if (ISL(j, ")")) {
      /* "The European Community (EC) accused": skip the brackets */
      guint k = j;
      while (k > s->first && !ISL(k, "(")) k--;
      if (ISL(k, "(")) { j = k; continue; }
      return;
    }
    if (TOK(j).kind == RIFT_TOK_PUNCT) return;
    if ((b & W_AGENT) && j >= s->first + 2 && ISL(j - 1, "two") && c->last_pair.n == 2 &&
        ISL(j - 2, "the")) {
      /* "the two countries have signed": the latest "X and Y" */
      for (guint k = 0; k < 2; k++) actors_add(out, c->last_pair.a[k]);
      out->found = TRUE;
      if (saw_be) *passive = TRUE;
      return;
    }
    if (b & (W_AGENT | W_TITLE)) {
      gboolean generic;
      const RiftActor *a = agent_owner(c, j, s->first, &generic);
      /* "Not a single NATO member", "No EU state" */
      for (guint k = j, steps = 0; k > s->first && steps < 5; steps++) {
        k--;
        if (ISL(k, "not") || ISL(k, "no") || ISL(k, "none")) { *flags ^= F_NEG; break; }
        if (none_of(c, s->first, k + 1)) { *flags ^= F_NEG; break; } /* "none of the Greek ships" */
        if (is_possessive_tok(c, k) && k > s->first && mention(c, k - 1)) {
          k = mention(c, k - 1)->first; /* "none of NATO's members" */
          if (none_of(c, s->first, k)) { *flags ^= F_NEG; break; }
          continue;
        }
        if (BITS(k) & (W_SUB | W_SAY | W_PREP) || TOK(k).kind == RIFT_TOK_PUNCT) break;
      }
      guint pp = a || pp_owner ? 0 : pp_before(c, s, j);
      if (pp) {
        j = pp; /* "the U.S. raid on ships": the raid's agent */
        continue;
      }
      if (!a && pp_owner) a = pp_owner;
      if (!a && generic) a = generic_agent(c, j);
      actors_add(out, a);
      if (!a) {
        /* "Poland and the Baltic states backed": the named conjuncts */
        guint st = j;
        while (st > s->first && !mention(c, st - 1) && !verbish(c, st - 1) &&
               (content_word(c, st - 1) || (BITS(st - 1) & W_DET) ||
                ((TOK(st - 1).flags & RIFT_TOKF_CAP) && TOK(st - 1).kind == RIFT_TOK_WORD &&
                 !BITS(st - 1))))
          st--;
        if (st < j + 1 && st > s->first + 1 && (ISL(st - 1, "and") || ISL(st - 1, ",")))
          coord_left(c, st, s->first, out, NULL);
      }
      for (guint k = j; a && k > s->first; k--) {
        const RiftMention *om = mention(c, k - 1);
        if (om && om->actor == a) { coord_left(c, om->first, s->first, out, NULL); break; }
      }
      out->found = TRUE;
      if (saw_be) *passive = TRUE;
      return;
    }
    if (c->cues[j]) {
      /* "NATO airstrikes ended ...": the agent of an action noun */
      const GPtrArray *cf = c->cues[j];
      for (guint k = 0; k < cf->len; k++) {
        const RiftCueForm *f = cf->pdata[k];
        if ((f->pos & CUE_NOUN) && (f->cue->flags & CUEF_ACTION)) {
          nominal_agent(c, s, j, out);
          out->found = TRUE;
          c->via_action = TRUE; /* "Israel's raid violated ..." */
          return;
        }
      }
    }
    /* any other word: a subject head naming no actor; its owner
     * ("Sweden's bid", "the Egyptian proposal") serves a passive */
    if (TOK(j).kind == RIFT_TOK_WORD) {
      gboolean generic;
      const RiftActor *a = agent_owner(c, j, s->first, &generic);
      guint pp = a ? 0 : pp_before(c, s, j);
      if (pp) {
        j = pp; /* the loop steps onto the head */
        continue;
      }
      if (!a && pp_owner && saw_be) a = pp_owner; /* "a plan drafted by X was rejected" */
      if (a) {
        /* "none of the Kuwaiti tankers were hit": no one's */
        for (guint k = j, n = 0; k > s->first && n < 4; n++) {
          if (none_of(c, s->first, k)) { *flags ^= F_NEG; break; }
          k--;
          if (!(content_word(c, k) || mention(c, k) || (BITS(k) & W_DET))) break;
        }
        actors_add(out, a);
        /* "al-Qaeda militants", "Houthi rebels": a group's own fighters
         * act for it (a state's "separatists" are not the state's, and a
         * party's "rebels" are against it) */
        if (!((BITS(j) & W_NONSTATE) && a->type == RIFT_ACTOR_GROUP)) c->owner_only = TRUE;
        if (saw_be) *passive = TRUE;
      }
    }
    out->found = TRUE;
    return;
  }
}

/* The agent of "by X" from k (adverbs skipped). */
static guint find_by(RiftCtx *c, const Sent *s, guint k) {
  guint limit = MIN(s->last, k + 6), first = k;
  while (k < limit) {
    if (ISL(k, "by")) {
      /* "ties in a deal brokered by China": that "by" is the broker's */
      if (k > first + 1 && g_str_has_suffix(LOW(k - 1), "ed") && !ISL(k - 1, "funded"))
        return G_MAXUINT;
      return k;
    }
    if (BITS(k) & (W_ADV | W_DET | W_TIME) || ISL(k, "and") || c->cues[k] || /* "on Monday by" */
        ((BITS(k) & W_PREP) && !ISL(k, "by")) || content_word(c, k) ||
        (mention(c, k) && k > 0 && ISL(k - 1, "of")) ||
        ((TOK(k).flags & RIFT_TOKF_CAP) && !BITS(k) && TOK(k).kind == RIFT_TOK_WORD)) {
      k++;
      continue;
    }
    break;
  }
  return G_MAXUINT;
}

static gboolean clause_conditional(RiftCtx *c, const Sent *s, guint v) {
  if (s->conditional_until != G_MAXUINT) {
    gboolean comma = FALSE;
    for (guint j = s->first; j < v; j++) if (ISL(j, ",")) comma = TRUE;
    if (!comma) return TRUE;
  }
  for (guint j = v; j > s->first;) {
    j--;
    if (BITS(j) & W_COND) return TRUE;
    if (ISL(j, ";") || ISL(j, ":")) break;
  }
  return FALSE;
}

/* A condition after a predicted or hedged stance: "X will attack Y if
 * Y ...", "would withdraw unless ...". */
static gboolean trailing_condition(RiftCtx *c, const Sent *s, guint t1) {
  for (guint j = t1; j < s->last; j++) {
    if (ISL(j, ";") || ISL(j, ":")) break;
    if (ISL(j, "if") || ISL(j, "unless")) return TRUE;
  }
  return FALSE;
}

/* The clause holding t0 is what someone demands: "the UN demanded that
 * Israel withdraw", "its demand that Iran free": wished, not done.
 * ("insisted that" and "suggested that" also state facts: left out.) */
static gboolean demanded_clause(RiftCtx *c, const Sent *s, guint t0) {
  gboolean verb_between = FALSE; /* a clause's subject is before its verb */
  for (guint j = t0; j > s->first + 1;) {
    j--;
    if (ISL(j, ",")) {
      /* "hoped that despite the scandal, Congress would approve": an
       * adverbial phrase fronted in the clause, between "that" and its
       * subject */
      guint q = j;
      while (q > s->first + 1 && q + 8 > j && TOK(q - 1).kind != RIFT_TOK_PUNCT &&
             !ISL(q - 1, "that"))
        q--;
      if (q > s->first + 1 && q < j && ISL(q - 1, "that") && (BITS(q) & (W_PREP | W_SUB))) {
        j = q;
        continue;
      }
    }
    if ((TOK(j).kind == RIFT_TOK_PUNCT && !ISL(j, "'s")) || ISL(j, "and") || ISL(j, "but"))
      break;
    if (ISL(j, "to") || (verbish(c, j) && !(BITS(j) & (W_AUX | W_MODAL | W_BE)) && !mention(c, j)))
      verb_between = TRUE;
    if (ISL(j, "that")) {
      guint v = j - 1;
      if ((BITS(v) & W_TIME) && v > s->first) v--; /* "its demand today that" */
      /* "doubt that", "fear that", "hope that": believed, not known */
      if ((SEM(v) & S_DEMAND) || (BITS(v) & W_HEDGE)) return TRUE;
      /* "rumours in Gulf shipping circles on Monday that": the noun's
       * phrases between it and its "that" */
      for (guint q = v, n = 0; q > s->first && n < 8; n++) {
        if (!(content_word(c, q) || mention(c, q) || (BITS(q) & (W_DET | W_TIME)) ||
              ((TOK(q).flags & RIFT_TOKF_CAP) && TOK(q).kind == RIFT_TOK_WORD) ||
              ISL(q, "in") || ISL(q, "on") || ISL(q, "from") || ISL(q, "among")) ||
            verbish(c, q))
          break;
        q--;
        if ((BITS(q) & W_HEDGE) && !(BITS(q) & W_PREP) && !verbish(c, q) &&
            (ISL(q + 1, "in") || ISL(q + 1, "on") || ISL(q + 1, "from") || ISL(q + 1, "among")))
          return TRUE;
      }
      break;
    }
    const RiftMention *m = verb_between ? NULL : mention(c, j);
    if (m) {
      /* "the union hopes France will resist": the clause's subject right
       * after a verb of hope or demand, "that" left out */
      guint v = m->first;
      if (v > s->first && ISL(v - 1, "the")) v--;
      if (v > s->first && ((BITS(v - 1) & W_HEDGE) || (SEM(v - 1) & S_DEMAND)) &&
          !(BITS(v - 1) & (W_PREP | W_DET)) && !c->cues[v - 1])
        return TRUE;
      j = m->first; /* on to a "that" before it */
    }
  }
  return FALSE;
}

/* A hedge governing a chain of infinitives: "is prepared to take
 * military action to protect X", "plans to send troops to defend X". */
static gboolean hedged_chain(RiftCtx *c, const Sent *s, guint t0) {
  for (guint j = t0; j > s->first + 1;) {
    j--;
    if ((TOK(j).kind == RIFT_TOK_PUNCT && !ISL(j, "\"")) || (BITS(j) & (W_SUB | W_SAY)) ||
        ISL(j, "and") || ISL(j, "but") || mention(c, j))
      return FALSE;
    if (ISL(j, "to") && (BITS(j - 1) & W_HEDGE) && j + 1 < t0) return TRUE;
  }
  return FALSE;
}

/* Whether a verb form of the cue lemma stands at i ("joined", "joins" of
 * "join"): the lexicon's inflections, not a list of forms in code. */
static gboolean verb_of(const RiftCtx *c, guint i, const char *lemma) {
  const GPtrArray *cf = c->cues[i];
  for (guint q = 0; cf && q < cf->len; q++) {
    const RiftCueForm *g = cf->pdata[q];
    if ((g->pos & CUE_VERB) && !strcmp(g->cue->lemma, lemma)) return TRUE;
  }
  return FALSE;
}

/* A form of "engage" ("engaged X in a firefight"), which is no cue. */
static gboolean engage_form(const RiftCtx *c, guint q) {
  return ISL(q, "engaged") || ISL(q, "engage") || ISL(q, "engages") || ISL(q, "engaging");
}

/* The lemma of a verb at k that stops what it takes ("vetoed", "blocked",
 * "torpedoed"), or NULL. */
static const char *blocking_lemma(const RiftCtx *c, guint k) {
  const GPtrArray *cf = c->cues[k];
  for (guint q = 0; cf && q < cf->len; q++) {
    const RiftCueForm *g = cf->pdata[q];
    if ((g->pos & CUE_VERB) && (g->cue->flags & CUEF_NEG) &&
        (!strcmp(g->cue->lemma, "veto") || !strcmp(g->cue->lemma, "block") ||
         !strcmp(g->cue->lemma, "torpedo")))
      return g->cue->lemma;
  }
  return NULL;
}

/* The act at t0 is what a vetoing or blocking verb before it stops: "would
 * block a move in the Security Council to impose sanctions on X". */
static gboolean blocked_act(RiftCtx *c, const Sent *s, guint t0) {
  for (guint j = t0, n = 0; j > s->first && n < 12; n++) {
    j--;
    if (TOK(j).kind == RIFT_TOK_PUNCT || (BITS(j) & (W_SUB | W_SAY | W_CONJ))) return FALSE;
    const char *lemma = blocking_lemma(c, j);
    if (!lemma) continue;
    if (!strcmp(lemma, "veto")) return TRUE;
    /* "block" only what is proposed: "a move", "a resolution", "a bill" */
    for (guint k = j + 1; k < t0; k++)
      if (move_word(LOW(k)) || ISL(k, "bill") || ISL(k, "motion") || ISL(k, "bid"))
        return TRUE;
    /* or a measure not yet in force: "blocked EU sanctions on Russia",
     * "blocked a loan to Egypt" (not "blocked a Hamas attack", nor
     * "tried to block sanctions approved by Congress": in force) */
    const GPtrArray *tf = t0 + 1 < s->last && g_str_has_suffix(LOW(t0 + 1), "ed") ? NULL
                                                                               : c->cues[t0];
    for (guint x = 0; tf && x < tf->len; x++) {
      const RiftCueForm *h = tf->pdata[x];
      if ((h->pos & CUE_NOUN) && (h->cue->flags & (CUEF_RESTRICT | CUEF_MATERIAL))) return TRUE;
    }
  }
  return FALSE;
}

static const RiftCue *oppose_noun(RiftCtx *c, guint k);

/* From k, an object headed by support given to a named actor: "EU aid to
 * Ukraine", "a loan for Egypt" (its noun's handler tells the stance). */
static gboolean material_object(RiftCtx *c, const Sent *s, guint k) {
  for (guint n = 0; k + 2 < s->last && n < 5; n++) {
    const RiftMention *m = mention(c, k);
    if (m) {
      k = m->last;
      continue;
    }
    const GPtrArray *cf = c->cues[k];
    for (guint q = 0; cf && q < cf->len; q++) {
      const RiftCueForm *g = cf->pdata[q];
      if ((g->pos & CUE_NOUN) && g->cue->polarity > 0 && (g->cue->flags & CUEF_MATERIAL) &&
          (ISL(k + 1, "to") || ISL(k + 1, "for")) && mention(c, k + 2))
        return TRUE;
    }
    if (!(BITS(k) & (W_DET | W_POSS)) && !is_possessive_tok(c, k) && !content_word(c, k))
      return FALSE;
    k++;
  }
  return FALSE;
}

/* What a verb of giving at t1 gives, from its object up to the first
 * name, preposition or punctuation: a harm ("delivered a heavy blow to",
 * "sent an ultimatum to"), words ("delivered a rousing speech to", "sent
 * a letter to": no gift, no stance) or anything else.  A kind after "of"
 * is the words' ("a note of protest" is a harm; "a message of support to
 * X" stays support). */
typedef enum { GIFT_OTHER, GIFT_HARM, GIFT_WORDS } GiftKind;

static GiftKind gift_kind(RiftCtx *c, const Sent *s, guint t1) {
  for (guint k = t1; k < s->last && k < t1 + 5; k++) {
    if (ISL(k, "of") && k > t1 && ((SEM(k - 1) & S_SPEECH) || ISL(k - 1, "note"))) continue;
    if (mention(c, k) || (BITS(k) & W_PREP) || TOK(k).kind == RIFT_TOK_PUNCT) return GIFT_OTHER;
    if ((SEM(k) & S_HARM) || oppose_noun(c, k)) return GIFT_HARM;
    if ((SEM(k) & S_SPEECH) && !(k + 1 < s->last && ISL(k + 1, "of"))) return GIFT_WORDS;
  }
  return GIFT_OTHER;
}

/* Whether a cue of commerce at t0..t1 trades goods, not arms: a goods
 * word a few words before it or in its clause after it, and no arms word
 * ("France sold wheat to China", "Brazil's oil supplier": business, no
 * stance).  Arms or aid stay support ("sold arms to Iran", "India's main
 * weapons supplier"), and so does a bare supply ("the Houthis are
 * supplied by Tehran"). */
static gboolean trades_goods(RiftCtx *c, const Sent *s, guint t0, guint t1) {
  guint seen = 0;
  for (guint k = t0 > s->first + 3 ? t0 - 3 : s->first; k < t0; k++) seen |= SEM(k);
  for (guint k = t1; k < s->last && k < t1 + 9; k++) {
    if (TOK(k).kind == RIFT_TOK_PUNCT && !ISL(k, "-")) break;
    seen |= SEM(k);
  }
  return (seen & S_GOODS) && !(seen & S_ARMS);
}

static void emit(RiftCtx *c, const Sent *s, RiftActors *src, RiftActors *tgt,
                 const RiftCue *cue, guint t0, guint t1, guint flags) {
  if (flags & F_NEG) return;
  if ((SEM(t0) & S_TRADE) && cue->polarity > 0 && trades_goods(c, s, t0, t1)) return;
  if (blocked_act(c, s, t0)) return;
  if ((SEM(t0) & S_CONTEST) && cue->polarity < 0) {
    /* a race, not a stance: "Labour is challenging a Conservative
     * incumbent", "defeated the Moscow-backed candidate"; "the Lib Dems
     * challenge Labour in its heartlands" (parties, and a word of the
     * race in the sentence) */
    for (guint k = t1; k < s->last && k < t1 + 6 && (TOK(k).kind == RIFT_TOK_WORD || ISL(k, "-")); k++)
      if (SEM(k) & S_BALLOT) return;
    gboolean parties = src->n && tgt->n;
    for (guint x = 0; x < src->n; x++)
      if (rift_dict_fold(c->dict, src->a[x], c->date)->type != RIFT_ACTOR_PARTY) parties = FALSE;
    for (guint x = 0; x < tgt->n; x++)
      if (rift_dict_fold(c->dict, tgt->a[x], c->date)->type != RIFT_ACTOR_PARTY) parties = FALSE;
    for (guint k = s->first; parties && k < s->last; k++)
      if (SEM(k) & S_BALLOT) return;
  }
  RiftCue harm;
  GiftKind gift = cue->polarity > 0 && cue->pos == CUE_VERB &&
                          rift__lexicon_cue_has_prep(cue, "to")
                      ? gift_kind(c, s, t1) : GIFT_OTHER;
  if (gift == GIFT_WORDS && (cue->flags & CUEF_OBJ)) return;
  if (gift == GIFT_HARM) {
    /* a gift of harm is hostile: "Israel delivered a crushing defeat to
     * Hamas" */
    harm = *cue;
    harm.polarity = -cue->polarity;
    harm.strength = -cue->strength;
    cue = &harm;
  }
  if (src->n && tgt->n > 1 && src->n <= tgt->n) {
    /* "the EC and the US grant their farmers", "Canadian authorities ...
     * to curb the rise of their currencies": a group toward itself, each
     * its own target, not the others' */
    gboolean within = TRUE;
    for (guint x = 0; x < src->n && within; x++) {
      gboolean found = FALSE;
      for (guint y = 0; y < tgt->n; y++) found |= src->a[x] == tgt->a[y];
      within = found;
    }
    if (within && !tgt->reciprocal) return;
  }
  if (s->question) flags |= RIFT_EDGE_QUESTION;
  if (s->reported) flags |= RIFT_EDGE_REPORTED;
  if (clause_conditional(c, s, t0)) flags |= RIFT_EDGE_CONDITIONAL;
  if ((flags & (RIFT_EDGE_PREDICTED | RIFT_EDGE_HEDGED)) &&
      (trailing_condition(c, s, t1) || s->conditional_until != G_MAXUINT))
    flags |= RIFT_EDGE_CONDITIONAL; /* "Should X invade, NATO would defend Y" */
  /* (the speaker's own stance toward what it reports is asserted by the
   * saying, whatever the clause hopes: "hoped GATT would find the U.S.
   * had violated ...") */
  if ((flags & (RIFT_EDGE_REPORTED | RIFT_EDGE_INFERRED)) !=
          (RIFT_EDGE_REPORTED | RIFT_EDGE_INFERRED) &&
      (demanded_clause(c, s, t0) || hedged_chain(c, s, t0)))
    flags |= RIFT_EDGE_HEDGED;
  if (c->asker.n && !(flags & RIFT_EDGE_PASSIVE)) {
    /* "Iran urged the UN to condemn Israel": Iran's own stance too */
    guint aflags = (flags & ~(RIFT_EDGE_HEDGED | RIFT_EDGE_MODAL_MASK)) | RIFT_EDGE_INFERRED;
    if (!(flags & (RIFT_EDGE_CONDITIONAL | RIFT_EDGE_QUESTION)))
      rift__emit(c, &c->asker, tgt, cue, t0, t1, aflags);
  }
  rift__emit(c, src, tgt, cue, t0, t1, flags);
}

/* Emits the opposite of a support cue: withdrawn support ("halted aid
 * to X", "suspended arms sales to X") opposes X. */
static void emit_flipped(RiftCtx *c, const Sent *s, RiftActors *src,
                         RiftActors *tgt, const RiftCue *cue, guint t0,
                         guint t1, guint flags) {
  RiftCue flipped = *cue;
  flipped.polarity = -cue->polarity;
  flipped.strength = -cue->strength;
  emit(c, s, src, tgt, &flipped, t0, t1, flags | RIFT_EDGE_INFERRED);
}

/* Every actor of as toward every other ("India and Pakistan accused each
 * other", "members of an alliance"). */
static void emit_each_other(RiftCtx *c, const Sent *s, const RiftActors *as,
                            const RiftCue *cue, guint t0, guint t1, guint flags) {
  for (guint x = 0; x < as->n; x++)
    for (guint y = 0; y < as->n; y++) {
      if (x == y) continue;
      RiftActors a = {{as->a[x]}, 1, TRUE, FALSE}, b = {{as->a[y]}, 1, TRUE, FALSE};
      emit(c, s, &a, &b, cue, t0, t1, flags);
    }
}

/* Matches the rest of a multiword cue ("lash out") after i; returns the
 * index after the cue, or 0. */
static guint cue_end(RiftCtx *c, const Sent *s, guint i, const RiftCue *cue) {
  if (cue->nwords == 1) return i + 1;
  const char *rest = strchr(cue->lemma, ' ');
  guint k = i + 1;
  g_auto(GStrv) words = g_strsplit(rest + 1, " ", -1);
  for (guint w = 0; words[w]; w++, k++) {
    if (k >= s->last) return 0;
    if (strcmp(LOW(k), words[w]) == 0) continue;
    /* a noun's last word may be plural: "air strikes" */
    gsize n = strlen(words[w]);
    if (cue->pos == CUE_NOUN && !words[w + 1] && strncmp(LOW(k), words[w], n) == 0 &&
        (!strcmp(LOW(k) + n, "s") || !strcmp(LOW(k) + n, "es")))
      continue;
    return 0;
  }
  return k;
}

static gboolean prep_follows(RiftCtx *c, const Sent *s, guint k, const RiftCue *cue) {
  return k < s->last && rift__lexicon_cue_has_prep(cue, LOW(k));
}

/* Decides whether the cue form at i is used as a noun. */
static gboolean used_as_noun(RiftCtx *c, const Sent *s, guint i, guint after,
                             const RiftCueForm *f) {
  if (!(f->pos & CUE_NOUN)) return FALSE;
  if (!(f->pos & CUE_VERB)) return TRUE;
  if (prep_follows(c, s, after, f->cue) && !ISL(after, "against")) return TRUE;
  if (i == s->first) return FALSE;
  guint p = i - 1;
  if (BITS(p) & (W_DET | W_POSS)) return TRUE;
  if (is_possessive_tok(c, p)) return TRUE;
  if (ISL(p, "to")) return FALSE;
  if (BITS(p) & (W_AUX | W_BE | W_MODAL | W_NEG | W_ADV | W_PRON)) return FALSE;
  const RiftMention *m = mention(c, p);
  if (m) {
    guint st = m->first;
    if (st > s->first && (BITS(st - 1) & (W_DET | W_PREP))) return TRUE;
    return FALSE;
  }
  if (BITS(p) & W_PREP) return TRUE;
  return content_word(c, p);
}

/* The actor an NP between k0 and k1 names: its head, possessor or
 * modifier ("the UK's rebate", "the Israeli raid"). */
static void np_actor(RiftCtx *c, guint k0, guint k1, RiftActors *out) {
  for (guint k = k0; k < k1; k++) {
    const RiftMention *m = mention(c, k);
    if (m) {
      actors_add(out, m->actor);
      return;
    }
  }
}

/* Verdicts: "Chirac called the UK's rebate unjustified" (the caller's
 * stance toward the owner of what is judged); "Moscow said the raid by
 * Israel was illegal" (the speaker's, toward the actor of the act). */
static void handle_verdict(RiftCtx *c, const Sent *s, guint i, guint after,
                           const RiftCue *cue, guint flags) {
  RiftActors src = {0}, tgt = {0};
  gboolean passive = FALSE;
  guint k = i;
  while (k > s->first && (ISL(k - 1, "\"") || (BITS(k - 1) & W_ADV) || ISL(k - 1, "as") ||
                          ISL(k - 1, "a") || ISL(k - 1, "an")))
    k--; /* "designated the Houthis a terrorist group" */
  /* "X called NP ADJ" */
  for (guint v = k; v > s->first && v + 13 > k; v--) {
    if (SEM(v - 1) & S_BRAND) {
      np_actor(c, v, k, &tgt);
      find_subject(c, s, v - 1, &src, &flags, &passive, 0);
      if (c->owner_only) src.n = 0;
      emit(c, s, &src, &tgt, cue, i, after, flags);
      return;
    }
    if (ISL(v - 1, ",") || (BITS(v - 1) & (W_SUB | W_SAY))) break;
  }
  /* "SPEAKER said NP was ADJ" */
  if (k > s->first && (BITS(k - 1) & W_BE)) {
    guint np_end = k - 1, np_start = np_end;
    while (np_start > s->first && !(BITS(np_start - 1) & (W_SAY | W_SUB)) &&
           !ISL(np_start - 1, ",") && np_end - np_start < 8)
      np_start--;
    if (np_start > s->first && (BITS(np_start - 1) & (W_SAY | W_SUB))) {
      guint say = np_start - 1;
      if (ISL(say, "that") && say > s->first) say--;
      if (BITS(say) & W_SAY) {
        np_actor(c, np_start, np_end, &tgt);
        find_subject(c, s, say, &src, &flags, &passive, 0);
        if (c->owner_only) src.n = 0;
        emit(c, s, &src, &tgt, cue, i, after, flags | RIFT_EDGE_REPORTED);
      }
    }
  }
}

/* Role nouns: "Russia, a close ally of Serbia", "Iran, Hezbollah's main
 * backer", "Serbia's ally, Russia", "Russia is an ally of Serbia". */
static void handle_role(RiftCtx *c, const Sent *s, guint i, guint after,
                        const RiftCue *cue, guint flags) {
  RiftActors src = {0}, tgt = {0};
  guint end = after;
  /* the target: "of Y" / "to Y" after, or a possessor before */
  if (prep_follows(c, s, after, cue)) find_np_right(c, s, after + 1, &tgt, &end, 1);
  guint k = i;
  while (k > s->first && (content_word(c, k - 1) || (BITS(k - 1) & W_ADV))) k--;
  /* "its Turkish allies", "our Kurdish partners": a description of who
   * they are; the stance, if any, is the clause's ("we stand with our
   * Turkish allies" is the speaker's toward them) */
  const RiftMention *mod = k > s->first + 1 && k == i ? mention(c, k - 1) : NULL;
  if (!tgt.n && mod && mod->first > s->first && (BITS(mod->first - 1) & W_POSS)) return;
  if (!tgt.n && k > s->first + 1 && is_possessive_tok(c, k - 1)) {
    const RiftMention *m = mention(c, k - 2);
    if (m) { actors_add(&tgt, m->actor); k = m->first; }
  }
  if (!tgt.n && k > s->first + 1 && (ISL(k - 1, "our") || ISL(k - 1, "my")) &&
      (BITS(k - 2) & W_BE)) {
    /* '"Iran and Syria are our friends," X said': the speaker declares
     * its own stance toward the subject */
    RiftActors speaker = {0}, subj = {0};
    gboolean passive = FALSE;
    pronoun(c, k - 1, &speaker);
    find_subject(c, s, k - 2, &subj, &flags, &passive, 0);
    emit(c, s, &speaker, &subj, cue, i, after, flags | RIFT_EDGE_NOMINAL);
    return;
  }
  if (!tgt.n && cue->polarity > 0 && (TOK(i).flags & RIFT_TOKF_QUOTE_IN) && c->quote_speaker) {
    /* '"These are two friends and allies," the US spokesman said': the
     * speaker's friends, the pair just named */
    guint q = i;
    while (q > s->first && (content_word(c, q - 1) || ISL(q - 1, "and") ||
                            TOK(q - 1).kind == RIFT_TOK_NUM))
      q--;
    if (q > s->first + 1 && (BITS(q - 1) & W_BE) &&
        (ISL(q - 2, "these") || ISL(q - 2, "they") || ISL(q - 2, "both")) &&
        (q - 2 == s->first || ISL(q - 3, "\"") || ISL(q - 3, ",") || ISL(q - 3, "that"))) {
      RiftActors speaker = {0}, subj = {0};
      actors_add(&speaker, c->quote_speaker);
      const RiftActors *pl = c->last_pair.n ? &c->last_pair : &c->last_plural;
      for (guint x = 0; x < pl->n; x++)
        if (pl->a[x] != c->quote_speaker) actors_add(&subj, pl->a[x]);
      emit(c, s, &speaker, &subj, cue, i, after, flags | RIFT_EDGE_NOMINAL | RIFT_EDGE_INFERRED);
    }
    return;
  }
  if (!tgt.n) return;
  /* the agent: an appositive around it, or the subject of "is" */
  while (k > s->first && (BITS(k - 1) & W_DET)) k--;
  if (k > s->first + 1 && ISL(k - 1, ",")) {
    const RiftMention *m = mention(c, k - 2);
    if (m) actors_add(&src, m->actor);
  } else if (end + 1 < s->last && ISL(end, ",")) {
    const RiftMention *m = mention(c, end + 1);
    if (m) actors_add(&src, m->actor);
  } else if (end < s->last && end == after && mention(c, end) &&
             !is_possessive_tok(c, mention(c, end)->last)) {
    guint e2; /* "Iran's ally Syria", "America's allies Japan and South Korea" */
    find_np_right(c, s, end, &src, &e2, 1);
  }
  if (!src.n && k > s->first && (BITS(k - 1) & W_BE)) {
    gboolean passive = FALSE;
    find_subject(c, s, k, &src, &flags, &passive, 0);
  }
  emit(c, s, &src, &tgt, cue, i, after, flags | RIFT_EDGE_NOMINAL);
}

/* "Serbia, which Russia backs", "a Turkish ship which Greece threatened
 * to tackle": the antecedent of an object relative clause whose subject
 * is the last mention before the cue at i. */
static void relative_object(RiftCtx *c, const Sent *s, guint i, RiftActors *tgt) {
  const RiftMention *sm = NULL;
  for (guint k = i; k > s->first && !sm; k--) if (mention(c, k - 1)) sm = mention(c, k - 1);
  if (!sm || sm->first <= s->first + 1 || !(BITS(sm->first - 1) & W_REL) ||
      ISL(sm->first - 1, "who"))
    return;
  guint q = sm->first - 1;
  if (ISL(q - 1, ",")) q--;
  /* up to two nouns of the antecedent: "a Turkish research ship which" */
  for (int n = 0; n < 2 && q > s->first + 1 && !mention(c, q - 1) && content_word(c, q - 1) &&
                  !c->cues[q - 1] && !verbish(c, q - 1) && !BITS(q - 1) &&
                  !g_str_has_suffix(LOW(q - 1), "ed") && !g_str_has_suffix(LOW(q - 1), "ing");
       n++)
    q--;
  const RiftMention *am = q > s->first ? mention(c, q - 1) : NULL;
  if (am) actors_add(tgt, am->actor);
}

/* The noun at n is the object of a verb that stops or refuses what it
 * names ("vetoed a UN resolution", "rejected the Arab plan"). */
static gboolean under_neg_verb(RiftCtx *c, const Sent *s, guint n) {
  for (guint k = n, steps = 0; k > s->first && steps < 5; steps++) {
    k--;
    const GPtrArray *cf = c->cues[k];
    for (guint q = 0; cf && q < cf->len; q++) {
      const RiftCueForm *g = cf->pdata[q];
      if ((g->pos & CUE_VERB) && (g->cue->flags & CUEF_NEG)) return TRUE;
    }
    if (!(BITS(k) & (W_DET | W_POSS)) && !mention(c, k) && !is_possessive_tok(c, k) &&
        !(content_word(c, k) && !cf))
      return FALSE;
  }
  return FALSE;
}

/* Most words of the sentence capitalised: a headline in title case. */
static gboolean title_case(RiftCtx *c, const Sent *s) {
  guint words = 0, caps = 0;
  for (guint k = s->first; k < s->last; k++) {
    if (TOK(k).kind != RIFT_TOK_WORD) continue;
    words++;
    if (TOK(k).flags & RIFT_TOKF_CAP) caps++;
  }
  return words > 0 && caps * 10 >= words * 6;
}

/* The actor an adjective modifies, through up to two more modifiers:
 * "(Cuban-backed) Angolan government", "(allied) Shia militias". */
static void modified_head(RiftCtx *c, const Sent *s, guint q, RiftActors *out) {
  for (guint words = 0; q < s->last && words < 3; q++, words++) {
    if (mention(c, q)) {
      actors_add(out, mention(c, q)->actor);
      return;
    }
    if (!content_word(c, q) || verbish(c, q)) return;
  }
}

/* "refused to meet NATO's demands", "refused to comply with the demands
 * of the Security Council", "refused to obey the UN", "refused to meet
 * Jordan's king" (to at the "to"): refusing what an actor demands, or
 * the actor, opposes it; not "refused to accept Iraqi refugees".  The
 * actor into tgt. */
static gboolean refused_demand(RiftCtx *c, const Sent *s, guint to, RiftActors *tgt) {
  guint k = to + 2, e2;
  if (k < s->last && (ISL(k, "with") || ISL(k, "to"))) k++;
  if (k >= s->last) return FALSE;
  find_np_right(c, s, k, tgt, &e2, 0);
  gboolean asked = tgt->n && mention(c, ISL(k, "the") ? k + 1 : k) &&
                   !(e2 < s->last && content_word(c, e2) && !(SEM(e2) & S_REQUIREMENT));
  for (guint q = k; tgt->n && !asked && q < s->last && q < k + 6; q++) {
    if (SEM(q) & S_REQUIREMENT) asked = TRUE;
    if (!(content_word(c, q) || mention(c, q) || (BITS(q) & (W_DET | W_POSS)) ||
          is_possessive_tok(c, q) || ISL(q, "of") || ISL(q, "from") || ISL(q, "by")))
      break;
  }
  return asked;
}

static void handle_cue(RiftCtx *c, const Sent *s, guint i, const RiftCueForm *f) {
  const RiftCue *cue = f->cue;
  c->asker.n = 0;
  /* "stopped short of condemning", "fell short of": not done */
  if (i + 2 < s->last && ISL(i + 1, "short") && ISL(i + 2, "of")) return;
  /* "took Mosul" is a seizure, "took part in" nothing */
  if ((cue->flags & CUEF_PLACE) && !takes_place(c, s, i, cue_end(c, s, i, cue))) return;
  /* "Japanese Finance Minsiter", "the Arms Control Agency": a capital in
   * mid-sentence makes the word part of a name (unless the whole line is
   * in title case, as headlines are) */
  if ((TOK(i).flags & RIFT_TOKF_CAP) && i > s->first && i + 1 < s->last &&
      !(TOK(i).flags & RIFT_TOKF_ALLCAPS) && (TOK(i + 1).flags & RIFT_TOKF_CAP) &&
      TOK(i + 1).kind == RIFT_TOK_WORD &&
      c->t->text[TOK(i - 1).end - 1] != '.' && /* "U.S. Attack on" (wire copy) */
      !ISL(i - 1, "\"") && !ISL(i - 1, ":") && !title_case(c, s))
    return;
  /* "the defending champion", "a ruling party": an -ing form between an
   * article and its noun is an adjective */
  if ((f->pos & CUE_VERB) && !(f->pos & CUE_NOUN) && (f->forms & FORM_ING) && i > s->first &&
      i + 1 < s->last && (ISL(i - 1, "the") || ISL(i - 1, "a") || ISL(i - 1, "an")) &&
      content_word(c, i + 1) && !mention(c, i + 1) && !c->cues[i + 1])
    return;
  if (i >= s->first + 2 && ISL(i - 1, "-") && mention(c, i - 2) && (f->forms & FORM_PPART) &&
      TOK(i - 1).start == TOK(i - 2).end && cue->polarity > 0) {
    /* "the Cuban-backed Angolan government": the backer toward the head,
     * where the head names an actor */
    RiftActors src = {0}, tgt = {0};
    actors_add(&src, mention(c, i - 2)->actor);
    modified_head(c, s, i + 1, &tgt);
    emit(c, s, &src, &tgt, cue, i - 2, i + 1, 0);
    return;
  }
  if (cue->polarity > 0 && ISL(i, "allied") && i >= s->first + 2 && ISL(i - 1, "and") &&
      i + 1 < s->last && !(BITS(i + 1) & W_PREP)) {
    /* "Iraqi forces and allied Shia militias": allies of each other, the
     * adjective's noun the ally of the first conjunct */
    RiftActors x = {0}, y = {0};
    const RiftMention *xm = mention(c, i - 2);
    gboolean generic;
    const RiftActor *xa = xm ? xm->actor
                             : (BITS(i - 2) & W_AGENT) ? agent_owner(c, i - 2, s->first, &generic)
                                                       : NULL;
    modified_head(c, s, i + 1, &y);
    if (xa && y.n) {
      actors_add(&x, xa);
      emit(c, s, &y, &x, cue, i, i + 1, 0);
      emit(c, s, &x, &y, cue, i, i + 1, 0);
    }
    return;
  }
  /* "Italy's friendly with Russia", "a friendly against Peru": an adjective
   * with a possessor or article and straight after it a preposition is a
   * noun (a match), not a stance ("Italy's friendly ties with" stays) */
  if (f->pos == CUE_ADJ && i > s->first && i + 1 < s->last && (BITS(i + 1) & W_PREP) &&
      (is_possessive_tok(c, i - 1) || (BITS(i - 1) & W_POSS) || ISL(i - 1, "a") ||
       ISL(i - 1, "the")))
    return;
  guint after = cue_end(c, s, i, cue);
  if (!after) return;
  if (cue->flags & CUEF_LIGHTVERB) return;
  /* "Hungary vetoed EU aid to Ukraine": the aid withheld opposes its
   * recipient (the noun tells it), not the giver */
  if ((f->pos & CUE_VERB) && blocking_lemma(c, i) && material_object(c, s, after)) return;
  if (ISL(i, "provided") && after < s->last && mention(c, after)) {
    /* "provided Bonn was allowed": the conjunction, a condition */
    guint q = mention(c, after)->last;
    if (q < s->last && (BITS(q) & (W_BE | W_AUX | W_MODAL))) return;
  }
  if (after < s->last && (BITS(i) & W_CANCEL) && g_str_has_suffix(LOW(after), "ing") &&
      content_word(c, after))
    return; /* "stopped attacking X": the gerund's stance, ceased */
  if ((BITS(i) & W_TITLE) && after < s->last) {
    /* a portfolio: "finance ministers of", "the defence secretary", "the
     * French Finance Ministry" */
    if (SEM(after) & S_OFFICE) return;
  }
  if (!(f->pos & CUE_NOUN) && i > s->first && is_possessive_tok(c, i - 1) && i + 1 < s->last &&
      content_word(c, i + 1) && !(BITS(i + 1) & (W_ADV | W_TIME)))
    return; /* "the EU's hit list": no verb right after a possessor */
  if (!(f->pos & CUE_NOUN) && i > s->first) {
    /* "its Turkish allies attacked": a noun reading after a determiner
     * or possessor (through a modifier) rules out the verb */
    gboolean noun = FALSE;
    const GPtrArray *cf = c->cues[i];
    for (guint x = 0; cf && x < cf->len; x++)
      if (((const RiftCueForm *)cf->pdata[x])->pos & CUE_NOUN) noun = TRUE;
    const RiftMention *m = mention(c, i - 1);
    guint p = m ? m->first : i;
    if (noun && p > s->first && ((BITS(p - 1) & W_POSS) || is_possessive_tok(c, p - 1)))
      return;
  }
  guint flags = (cue->flags & CUEF_HEDGE) ? RIFT_EDGE_HEDGED : 0;
  /* "stopped short of condemning" */
  if (i >= s->first + 2 && ISL(i - 1, "of") && ISL(i - 2, "short")) return;
  /* "denied that it had attacked": the denied clause */
  for (guint k = i; k > s->first;) {
    k--;
    if (ISL(k, "that") || (BITS(k) & W_SAY)) {
      /* "denied that", "rejected claims that", "dismissed reports that" */
      for (guint q = k, n = 0; ISL(k, "that") && q > s->first && n < 5; n++) {
        if (BITS(--q) & W_REFUSE) return;
        /* "denied accusations from Turkey that" */
        if (TOK(q).kind == RIFT_TOK_PUNCT || (BITS(q) & (W_SUB | W_CONJ))) break;
      }
      /* "it was not true that", "there is no evidence that" */
      for (guint q = k, n = 0; ISL(k, "that") && q > s->first && n < 3; n++) {
        q--;
        if (BITS(q) & W_NEG) return;
      }
      break;
    }
    if (TOK(k).kind == RIFT_TOK_PUNCT) break;
  }
  if ((cue->flags & CUEF_ROLE) && (f->pos & CUE_NOUN)) {
    handle_role(c, s, i, after, cue, flags);
    return;
  }
  RiftActors src = {0}, tgt = {0};
  if ((cue->flags & CUEF_PROPOSAL) && (f->pos & CUE_NOUN) && under_neg_verb(c, s, i))
    return; /* "Russia vetoed a UN resolution condemning Syria" */
  if (used_as_noun(c, s, i, after, f) || (f->pos == CUE_ADJ && FALSE)) {
    flags |= RIFT_EDGE_NOMINAL;
    /* "there was no treaty between X and Y": none there */
    for (guint k = i, n = 0; k > s->first && n < 3; n++) {
      k--;
      if (ISL(k, "no")) return;
      if (!content_word(c, k) || mention(c, k)) break;
    }
    /* "any Iranian attack on our ships will meet a response", "in the
     * event of any U.S. strike": a case put, not an act done */
    for (guint k = i, n = 0; k > s->first && n < 4; n++) {
      k--;
      const RiftMention *m = mention(c, k);
      if (m) k = m->first;
      else if (ISL(k, "any")) {
        flags |= RIFT_EDGE_HEDGED;
        break;
      } else if (!content_word(c, k) && !ISL(k, "-"))
        break;
    }
    /* "the risk of Iranian attack", "the threat of sanctions", "signs of
     * accord between X and Y": possible, not done */
    for (guint k = i, n = 0; k > s->first + 1 && n < 6; n++) {
      k--;
      const RiftMention *m = mention(c, k);
      if (m) { /* "the possibility of the Bank of Japan activating swap
                * agreements": past the name, whole */
        k = m->first;
        continue;
      }
      if (ISL(k, "of") && mention(c, k + 1) && (TOK(k - 1).flags & RIFT_TOKF_CAP) &&
          k - 1 > s->first) {
        k--; /* "Bank of Japan": the name's own "of" */
        continue;
      }
      if (ISL(k, "of")) {
        if (SEM(k - 1) & S_MAYBE) flags |= RIFT_EDGE_HEDGED;
        break;
      }
      if (!(content_word(c, k) || (BITS(k) & W_DET))) break;
    }
    if ((SEM(i) & S_SEIZE) && after + 1 < s->last && ISL(after, "by")) {
      /* "Sinjar was freed after its long occupation by ISIL": "its" is the
       * place the sentence starts with, taken by the agent after "by"
       * (only a places.tsv place as subject, and a noun of taking) */
      guint k = i;
      while (k > s->first && i - k < 5 &&
             (content_word(c, k - 1) || ISL(k - 1, "and") || ISL(k - 1, ",")))
        k--;
      guint p0 = s->first, at; /* the clause's start: "...; Sinjar was freed" */
      for (guint q = k; q > s->first; q--)
        if (ISL(q - 1, ";")) { p0 = q; break; }
      if (p0 < k && ISL(p0, "the")) p0++;
      const RiftActor *st = NULL;
      for (guint e = p0 + 1; k > p0 && ISL(k - 1, "its") && !st && e < k && e < p0 + 5; e++)
        if (verbish(c, e) || (BITS(e) & (W_AUX | W_BE))) {
          st = place_state(c, s, p0, e, TRUE, &at);
          if (at != p0) st = NULL;
          break;
        }
      if (st) {
        RiftActors who = {0}, place = {0};
        guint e2;
        find_np_right(c, s, after + 1, &who, &e2, 0);
        actors_add(&place, st);
        if (who.n) emit(c, s, &who, &place, cue, i, after, flags);
        return;
      }
    }
    if ((cue->flags & CUEF_SYM) && cue->polarity < 0) {
      /* "Indian troops engaged Pakistani soldiers in a gun battle": the
       * engager against the engaged */
      guint k = i;
      for (int n = 0; n < 3 && k > s->first + 3 && !mention(c, k - 1) &&
                      ((BITS(k - 1) & W_DET) || content_word(c, k - 1));
           n++)
        k--;
      guint q = k - 1; /* "in" */
      if (k > s->first + 3 && ISL(q, "in")) {
        while (q > s->first + 1 && q + 7 > k && !engage_form(c, q)) {
          q--;
          if (!(content_word(c, q) || mention(c, q) || (BITS(q) & W_DET))) break;
        }
        if (engage_form(c, q)) {
          RiftActors a = {0}, b = {0};
          guint e2, fl = flags & ~RIFT_EDGE_NOMINAL;
          gboolean passive = FALSE;
          find_np_right(c, s, q + 1, &b, &e2, 0);
          if (b.n && e2 < k) {
            find_subject(c, s, q, &a, &fl, &passive, 0);
            if (!passive) emit(c, s, &a, &b, cue, q, after, fl);
            return;
          }
        }
      }
    }
    if (cue->polarity > 0 && after + 3 < s->last && ISL(after, "from") && mention(c, after + 1)) {
      /* "Panama switched recognition from Taiwan to China": toward the
       * new side, away from (against) the old */
      guint v = i;
      while (v > s->first && i - v < 3 && (content_word(c, v - 1) || (BITS(v - 1) & W_POSS)) &&
             !g_str_has_prefix(LOW(v - 1), "switch") && !g_str_has_prefix(LOW(v - 1), "shift"))
        v--;
      if (v > s->first && (g_str_has_prefix(LOW(v - 1), "switch") ||
                           g_str_has_prefix(LOW(v - 1), "shift"))) {
        RiftActors old_side = {0}, new_side = {0}, who = {0};
        guint e2, e3;
        find_np_right(c, s, after + 1, &old_side, &e2, 1);
        if (old_side.n && e2 + 1 < s->last && ISL(e2, "to"))
          find_np_right(c, s, e2 + 1, &new_side, &e3, 1);
        if (new_side.n) {
          gboolean passive = FALSE;
          find_subject(c, s, v - 1, &who, &flags, &passive, 0);
          if (!passive) {
            emit(c, s, &who, &new_side, cue, v - 1, after, flags);
            emit_flipped(c, s, &who, &old_side, cue, v - 1, after, flags);
          }
          return;
        }
      }
    }
    if (!strcmp(cue->lemma, "refusal")) {
      /* "Serbia's refusal to comply with NATO's demands": the refuser
       * against the demander; a refusal of anything else is no stance */
      if (after + 2 < s->last && ISL(after, "to") && (SEM(after + 1) & S_COMPLY) &&
          refused_demand(c, s, after, &tgt)) {
        nominal_agent(c, s, i, &src);
        emit(c, s, &src, &tgt, cue, i, after, flags);
      }
      return;
    }
    if (!(cue->flags & CUEF_LONLY)) nominal_agent(c, s, i, &src);
    /* "an Iranian attack last Friday on a Kuwaiti ship" */
    while (after + 1 < s->last && (ISL(after, "last") || ISL(after, "this") || ISL(after, "on")) &&
           (BITS(after + 1) & W_TIME))
      after += 2;
    /* "fighting broke out between X and Y": a verb of outbreak before the
     * symmetric noun's "between" */
    if ((cue->flags & CUEF_SYM) && after + 1 < s->last &&
        (SEM(after) & S_OUTBREAK)) {
      guint k = after + 1;
      if (ISL(k, "out") || ISL(k, "up")) k++;
      if (k < s->last && ISL(k, "between")) after = k;
    }
    /* "an aid programme for X", "an arms embargo on X": a noun between */
    if (!prep_follows(c, s, after, cue) && after + 1 < s->last && content_word(c, after) &&
        !c->cues[after] && prep_follows(c, s, after + 1, cue))
      after++;
    else if (!prep_follows(c, s, after, cue) && after + 1 < s->last && c->cues[after] &&
             prep_follows(c, s, after + 1, cue)) {
      /* "the sanctions imposed on Iran (by the EU)", "aid sent to Haiti":
       * the light verb's participle between the noun and its target */
      const GPtrArray *lf = c->cues[after];
      for (guint x = 0; x < lf->len; x++) {
        const RiftCueForm *g = lf->pdata[x];
        if ((g->cue->flags & CUEF_LIGHTVERB) && (g->forms & FORM_PPART)) {
          after++;
          break;
        }
      }
    }
    guint end = after;
    if (prep_follows(c, s, after, cue) && !infinitive_at(c, s, after)) /* not "aid to rebuild Europe" */
      find_np_right_mode(c, s, after + 1, &tgt, &end, 0, NP_DIR |
                         (cue->strength <= -7 /* "the occupation of Crimea" */
                              ? NP_PLACE | ((SEM(i) & S_SEIZE) ? NP_SEIZE : 0) : 0));
    if (!tgt.n && cue->strength <= -7 && (cue->flags & CUEF_ACTION)) {
      /* "the ISIL attack this morning at a market in Baghdad" */
      for (guint k = after; k + 1 < s->last && k < after + 10; k++) {
        if ((BITS(k) & (W_SUB | W_SAY | W_MODAL | W_AUX | W_BE)) || ISL(k, ",") || ISL(k, ";"))
          break;
        if (ISL(k, "in") || ISL(k, "near")) {
          /* "in the Gaza Strip", "in the east of the Gaza Strip" (a part
           * of it, not "east of X", beside it) */
          guint q = k + 1;
          if (q + 1 < s->last && ISL(q, "the")) q++;
          if (q + 2 < s->last && ISL(q - 1, "the") && (SEM(q) & S_COMPASS) && ISL(q + 1, "of")) {
            q += 2;
            if (q + 1 < s->last && ISL(q, "the")) q++;
          }
          if (q + 1 < s->last && (SEM(q) & S_COMPASS) && !mention(c, q) && mention(c, q + 1))
            q++; /* "in northern Iraq" */
          if (q < s->last && mention(c, q)) {
            /* "airstrikes in northern Iraq against the PKK": the named
             * target, not the place */
            guint a = mention(c, q)->last;
            if (a + 1 < s->last && prep_follows(c, s, a, cue))
              find_np_right(c, s, a + 1, &tgt, &end, 0);
            if (!tgt.n) actors_add(&tgt, mention(c, q)->actor);
            break;
          }
        }
      }
    }
    /* "a strong U.S.-Iraq partnership": both ways */
    gboolean wished = FALSE; /* "called for increased U.S.-EC cooperation" */
    gboolean asked_for = FALSE; /* ... which is not yet there */
    for (guint k = i, steps = 0; k > s->first && steps < 6; steps++) {
      k--;
      /* ("is set to sign" is predicted; "was set up as a partnership" is not) */
      if ((BITS(k) & W_HEDGE) && !(ISL(k, "set") && k + 1 < s->last && !ISL(k + 1, "to")))
        wished = asked_for = TRUE;
      if (SEM(k) & S_DEMAND) asked_for = TRUE;
      /* "an interest in a swift agreement between X and Y": wished for */
      if (ISL(k, "in") && k > s->first && (ISL(k - 1, "interest") || ISL(k - 1, "interested")))
        wished = asked_for = TRUE;
      const GPtrArray *cf = c->cues[k];
      for (guint q = 0; cf && q < cf->len; q++) {
        const RiftCue *lc = ((const RiftCueForm *)cf->pdata[q])->cue;
        if (!(lc->flags & CUEF_LIGHTVERB)) continue;
        wished = TRUE;
        if (!strcmp(lc->lemma, "call for") || !strcmp(lc->lemma, "push for") ||
            !strcmp(lc->lemma, "seek") || !strcmp(lc->lemma, "propose") ||
            !strcmp(lc->lemma, "demand"))
          asked_for = TRUE;
      }
    }
    if ((cue->flags & CUEF_SYM) && src.n == 1 && !tgt.n && i >= s->first + 3 && !wished) {
      const RiftMention *b = mention(c, i - 1), *a = NULL;
      if (b && b->first >= s->first + 2 && ISL(b->first - 1, "-")) a = mention(c, b->first - 2);
      if (a && b && a->actor != b->actor) {
        RiftActors x = {{a->actor}, 1, TRUE, FALSE}, y = {{b->actor}, 1, TRUE, FALSE};
        emit(c, s, &x, &y, cue, i, after, flags);
        emit(c, s, &y, &x, cue, i, after, flags);
        return;
      }
    }
    if ((cue->flags & CUEF_SYM) && cue->polarity < 0 && !src.n && !src.found && !tgt.n &&
        i > s->first + 2 && ((BITS(i - 1) & W_DET) || content_word(c, i - 1))) {
      /* "Greek and Turkish warships headed for a possible clash": a
       * conflict whose sides are the clause's coordinated subject */
      RiftActors sides = {0};
      guint fl = flags | (wished ? RIFT_EDGE_HEDGED : 0); /* "a possible clash" */
      gboolean passive = FALSE;
      guint k = i;
      while (k > s->first && (content_word(c, k - 1) || (BITS(k - 1) & W_DET))) k--;
      /* "warships headed for a possible clash": the sides are already
       * moving against each other, whatever the clash may be */
      if (k > s->first + 1 && (ISL(k - 1, "for") || ISL(k - 1, "toward") || ISL(k - 1, "towards")) &&
          (SEM(k - 2) & S_MOTION))
        fl = flags;
      if (k > s->first && (BITS(k - 1) & W_PREP) && k - 1 > s->first &&
          (verbish(c, k - 2) || (TOK(k - 2).kind == RIFT_TOK_WORD && !mention(c, k - 2) &&
                                 !BITS(k - 2) && (g_str_has_suffix(LOW(k - 2), "ed") ||
                                                  g_str_has_suffix(LOW(k - 2), "ing"))))) {
        find_subject(c, s, k - 2, &sides, &fl, &passive, 0);
        if (sides.n > 1 && !passive && !(fl & F_NEG)) {
          emit_each_other(c, s, &sides, cue, i, after, fl);
          return;
        }
      }
    }
    if (!src.n) {
      guint by = find_by(c, s, end);
      if (by != G_MAXUINT) {
        guint after_by;
        find_np_right(c, s, by + 1, &src, &after_by, 1);
        if (!tgt.n && after_by < s->last && prep_follows(c, s, after_by, cue))
          find_np_right(c, s, after_by + 1, &tgt, &after_by, 0);
      }
    }
    {
      /* "Ukraine received aid from Germany", "Georgia won backing from
       * Washington", "Japan faces U.S. sanctions": the giver follows
       * "from" or modifies the noun, the receiver is the subject; with
       * no giver named, no edge (never the receiver's own stance) */
      guint k = i;
      gboolean is_recv = FALSE;
      while (k > s->first) {
        if (SEM(k - 1) & S_RECEIVE) {
          /* "Cuba has been under a US embargo", "Iran remains under UN
           * sanctions"; not "West Germany, under pressure from its farm
           * lobby," nor "a ceiling under its OPEC quota" */
          guint b = k - 1; /* "is also under" */
          while (b > s->first && (BITS(b - 1) & W_ADV)) b--;
          is_recv = !ISL(k - 1, "under") ||
                    (b > s->first && ((BITS(b - 1) & W_BE) || ISL(b - 1, "remains") ||
                                      ISL(b - 1, "remained") || ISL(b - 1, "remain") ||
                                      /* "Iraq came under fire from Iran" */
                                      ISL(b - 1, "came") || ISL(b - 1, "come") ||
                                      ISL(b - 1, "comes") || ISL(b - 1, "coming")));
          break;
        }
        if (k >= s->first + 2 && (ISL(k - 1, "to") || ISL(k - 1, "in")) &&
            (SEM(k - 2) & S_RECEIVE)) { /* "bowed to U.S. pressure" */
          k--;
          continue;
        }
        if (amount_tok(c, s->first, k - 1)) {
          k--; /* "received billions of dollars in military aid from" */
          continue;
        }
        if (!(content_word(c, k - 1) || (BITS(k - 1) & (W_DET | W_POSS)) || mention(c, k - 1)) ||
            c->cues[k - 1])
          break;
        k--;
      }
      /* "won the backing of Poland": after a verb of receiving, "of"
       * names the giver as "from" does */
      gboolean from = after < s->last && (ISL(after, "from") || ISL(after, "of"));
      if (is_recv && (from || !prep_follows(c, s, after, cue))) { /* not "U.S. complaints about X" */
        RiftActors giver = {0}, taker = {0};
        guint e2;
        gboolean passive = FALSE;
        if (from) {
          find_np_right(c, s, after + 1, &giver, &e2, 1);
        } else {
          for (guint q = k; q < i; q++) /* "faces U.S. sanctions": the modifier */
            if (mention(c, q)) actors_add(&giver, mention(c, q)->actor);
        }
        find_subject(c, s, k - 1, &taker, &flags, &passive, 0);
        if (giver.n) emit(c, s, &giver, &taker, cue, i, after, flags);
        return;
      }
    }
    if (!src.n && !src.found) light_agent(c, s, i, &src, &flags, &tgt);
    if ((cue->flags & CUEF_RESTRICT) && cue->polarity < 0) {
      if (tgt.n) {
        c->last_restricted = tgt;
      } else if (i > s->first && (ISL(i - 1, "the") || ISL(i - 1, "this")) &&
                 !prep_follows(c, s, after, cue)) {
        tgt = c->last_restricted; /* "the embargo": the one on China before */
        tgt.found = FALSE;
      }
      /* "called for the embargo on China to be lifted", "wants the ban
       * lifted": the restriction removed favours its target */
      guint k = end;
      if (k + 1 < s->last && ISL(k, "to") && ISL(k + 1, "be")) k += 2;
      if (tgt.n && src.n && k < s->last && (BITS(k) & W_CANCEL) &&
          g_str_has_suffix(LOW(k), "ed") && (k > end || wished)) {
        emit_flipped(c, s, &src, &tgt, cue, k, k + 1, flags);
        return;
      }
    }
    /* "dropped its opposition to": no stance left; "halted aid to X":
     * withdrawn support opposes X */
    for (guint k = i, steps = 0, reach = 4; k > s->first && steps < reach; steps++) {
      k--;
      /* "suspended part of its economic aid to X": a share of it */
      if (ISL(k, "of") && k > s->first && reach == 4 &&
          (ISL(k - 1, "part") || ISL(k - 1, "most") || ISL(k - 1, "some") ||
           ISL(k - 1, "all") || ISL(k - 1, "much") || ISL(k - 1, "half")))
        reach += 2;
      /* "vetoed EU aid to X", "blocked a loan to X": withheld likewise */
      gboolean withheld = cue->polarity > 0 && (cue->flags & CUEF_MATERIAL) &&
                          blocking_lemma(c, k) != NULL;
      if ((BITS(k) & W_CANCEL) || withheld) {
        /* (recognition withdrawn likewise: "Russia withdrew its
         * recognition of X") */
        if (cue->polarity > 0 && ((cue->flags & CUEF_MATERIAL) || !strcmp(cue->lemma, "recognition"))) {
          /* the canceller is the agent, whatever the noun's light verb
           * reading found ("The United States suspended aid to X") */
          gboolean passive = FALSE;
          src.n = 0;
          c->owner_only = FALSE;
          find_subject(c, s, k, &src, &flags, &passive, 0);
          if (c->owner_only) src.n = 0;
          if (!(flags & F_NEG)) emit_flipped(c, s, &src, &tgt, cue, k, after, flags);
          return;
        }
        /* "the EU lifted sanctions on Cuba", "eased its embargo of X": a
         * restriction removed favours its target */
        if (cue->polarity < 0 && (cue->flags & CUEF_RESTRICT)) {
          gboolean passive = FALSE;
          src.n = 0;
          c->owner_only = FALSE;
          find_subject(c, s, k, &src, &flags, &passive, 0);
          if (c->owner_only) src.n = 0;
          /* "is opposed to ending the ban", "rejected lifting it": the
           * restriction kept */
          gboolean kept = FALSE;
          for (guint q = k, n = 0; q > s->first && n < 2 && !kept; n++) {
            q--;
            const GPtrArray *cf = c->cues[q];
            for (guint x = 0; cf && x < cf->len; x++)
              if (((const RiftCueForm *)cf->pdata[x])->cue->polarity < 0) kept = TRUE;
            if (ISL(q, "against")) kept = TRUE;
            if (!ISL(q, "to")) break;
          }
          if (kept && !(flags & F_NEG)) {
            emit(c, s, &src, &tgt, cue, k, after, flags | RIFT_EDGE_INFERRED);
          } else if (!(flags & F_NEG)) {
            emit_flipped(c, s, &src, &tgt, cue, k, after, flags);
          } else if (k >= s->first + 2 && ISL(k - 1, "to") && (BITS(k - 2) & W_REFUSE) &&
                     !(BITS(k - 2) & W_CANCEL)) {
            /* "refused to lift the curfew on X": the restriction kept */
            emit(c, s, &src, &tgt, cue, k - 2, after, (flags & ~F_NEG) | RIFT_EDGE_INFERRED);
          }
          return;
        }
        flags |= F_NEG;
        break;
      }
      if (!(BITS(k) & (W_DET | W_POSS | W_ADV)) && !is_possessive_tok(c, k) &&
          !mention(c, k) && !content_word(c, k) && !ISL(k, "of")) /* "part of" */
        break;
    }
    gboolean grouping = !strcmp(cue->lemma, "alliance") || !strcmp(cue->lemma, "partnership") ||
                        !strcmp(cue->lemma, "coalition") || !strcmp(cue->lemma, "pact");
    gboolean instrument = grouping || !strcmp(cue->lemma, "agreement") ||
                          !strcmp(cue->lemma, "accord") || !strcmp(cue->lemma, "treaty") ||
                          !strcmp(cue->lemma, "deal");
    if (!tgt.n && src.n > 1 &&
        ((cue->polarity > 0 && ((cue->flags & (CUEF_SYM | CUEF_LONLY)) ||
                                !strcmp(cue->lemma, "ties"))) ||
         (cue->polarity < 0 && (cue->flags & CUEF_SYM)))) {
      /* "Saudi Arabia and Iran restored diplomatic ties", "Israel and
       * Hezbollah fought a war"; "called for closer cooperation by X and
       * Y" is asked for, hedged */
      emit_each_other(c, s, &src, cue, i, after, flags | (asked_for ? RIFT_EDGE_HEDGED : 0));
      return;
    }
    if (((cue->flags & CUEF_SYM) || instrument) && tgt.n > 1 && after < s->last &&
        ISL(after, "between")) {
      /* "the Paris accord between the US, Japan and France": the parties
       * toward each other, not the place that names it toward them ("called
       * for an accord between": asked for, hedged) */
      emit_each_other(c, s, &tgt, cue, i, after, flags | (asked_for ? RIFT_EDGE_HEDGED : 0));
      return;
    }
    emit(c, s, &src, &tgt, cue, i, after, flags);
    if ((cue->flags & CUEF_SYM) && after < s->last &&
        (ISL(after, "with") || ISL(after, "between")))
      emit(c, s, &tgt, &src, cue, i, after,
           flags | (asked_for ? RIFT_EDGE_HEDGED : 0)); /* "war with"; "called for
                                                            cooperation with X": X's
                                                            side unknown */
    if (((cue->flags & CUEF_SYM) || grouping) && !src.n && tgt.n > 1 &&
        (ISL(after, "between") || (grouping && ISL(after, "of"))))
      emit_each_other(c, s, &tgt, cue, i, after, flags);
    return;
  }
  if ((f->pos & CUE_ADJ) && (cue->flags & CUEF_EVAL)) {
    handle_verdict(c, s, i, after, cue, flags);
    return;
  }
  if (f->pos & CUE_ADJ) {
    /* "Iran is hostile to Iraq" */
    if (!prep_follows(c, s, after, cue)) return;
    gboolean passive = FALSE;
    find_subject(c, s, i, &src, &flags, &passive, 0);
    guint end;
    find_np_right(c, s, after + 1, &tgt, &end, 0);
    emit(c, s, &src, &tgt, cue, i, after, flags);
    return;
  }
  if (!(f->pos & CUE_VERB)) return;
  /* "growth targets", "sales targets": a plural noun after a noun */
  if (i > s->first && !(f->pos & CUE_NOUN) && g_str_has_suffix(LOW(i), "s") &&
      content_word(c, i - 1) && !verbish(c, i - 1) && !(BITS(i - 1) & (W_ADV | W_NEG)) &&
      !g_str_has_suffix(LOW(i - 1), "ly") &&
      (i + 1 >= s->last || TOK(i + 1).kind == RIFT_TOK_PUNCT || (BITS(i + 1) & W_PREP)))
    return;
  /* "an Islamic State target", "a U.S. strike": a noun after all */
  if (i >= s->first + 2 && mention(c, i - 1)) {
    const RiftMention *pm = mention(c, i - 1);
    if (pm->first > s->first && (ISL(pm->first - 1, "a") || ISL(pm->first - 1, "an")))
      return;
  }
  gboolean passive = FALSE;
  RiftActors subj = {0};
  c->owner_only = FALSE;
  c->via_action = FALSE;
  find_subject(c, s, i, &subj, &flags, &passive, 0);
  gboolean via_action = c->via_action;
  if (passive && !(f->forms & FORM_PPART)) passive = FALSE;
  gboolean fronted = (i == s->first && (f->forms & (FORM_PPART | FORM_ING))) ||
                     (i == s->first + 1 && (ISL(s->first, "having") || ISL(s->first, "to")));
  if (fronted && !subj.n) {
    /* the subject of the main clause, after the first comma */
    for (guint k = i + 1; k + 1 < s->last; k++) {
      if (!ISL(k, ",")) continue;
      guint q = k + 1;
      if (ISL(q, "the")) q++;
      const RiftMention *m = q < s->last ? mention(c, q) : NULL;
      if (m) actors_add(&subj, m->actor);
      break;
    }
  }
  /* a bare participle after a comma or noun: ", backed by the U.S." */
  gboolean by_follows = FALSE;
  {
    guint k = after;
    while (k < s->last && (BITS(k) & W_ADV)) k++;
    by_follows = k < s->last && ISL(k, "by");
    if (!by_follows && k + 1 < s->last && ISL(k, "and") && c->cues[k + 1])
      by_follows = find_by(c, s, k) != G_MAXUINT; /* "funded and armed by" */
  }
  if ((f->forms & FORM_PPART) && by_follows) passive = TRUE;
  if (passive && !strcmp(cue->lemma, "join")) return; /* "X was joined by Y in" */
  /* "the EC oils measure, offered by Sen. Danforth": what is given is not
   * its owner's gain */
  if (passive && c->owner_only && rift__lexicon_cue_has_prep(cue, "to") && cue->polarity > 0)
    return;
  if (passive) {
    flags |= RIFT_EDGE_PASSIVE;
    guint by = find_by(c, s, after);
    guint after_by = after;
    if (by != G_MAXUINT) find_np_right(c, s, by + 1, &src, &after_by, 1);
    /* "recognised by more than 100 countries, including the United States" */
    for (guint k = after_by; by != G_MAXUINT && k + 1 < s->last && k < after_by + 6; k++) {
      if (ISL(k, "including") || (ISL(k, "such") && k + 1 < s->last && ISL(k + 1, "as"))) {
        guint e2;
        find_np_right(c, s, k + (ISL(k, "such") ? 2 : 1), &src, &e2, 1);
        break;
      }
      if (TOK(k).kind == RIFT_TOK_PUNCT && !ISL(k, ",")) break;
    }
    if (!subj.n && after_by < s->last && prep_follows(c, s, after_by, cue))
      find_np_right(c, s, after_by + 1, &subj, &after_by, 0); /* "weapons supplied by Iran to X" */
    guint after_tgt = after;
    guint bk = i; /* "was fired", not "were reported to have fired" */
    while (bk > s->first && (BITS(bk - 1) & W_ADV)) bk--;
    gboolean be_ppart = bk > s->first && (BITS(bk - 1) & W_BE);
    guint at = after; /* past an origin first: "fired from Lebanon at Israel" */
    if (at + 1 < s->last && ISL(at, "from")) {
      guint q = at + 1;
      if (q < s->last && ISL(q, "the")) q++;
      if (q < s->last && mention(c, q)) at = mention(c, q)->last;
    }
    if (!subj.n && be_ppart && at < s->last && prep_follows(c, s, at, cue))
      find_np_right(c, s, at + 1, &subj, &after_tgt, 0); /* "a rocket was fired at Israel by Hamas" */
    if (!subj.n && be_ppart && cue->polarity < 0 && cue->strength <= -7) {
      /* "Mosul was seized by ISIL", "Kharkiv was shelled": the place, the
       * subject, stands for its state; not "a convoy near Kharkiv" */
      guint q = bk - 1, pat;
      while (q > s->first && (BITS(q - 1) & (W_AUX | W_BE | W_MODAL))) q--;
      q = place_subject_end(c, s, q); /* "Mosul in northern Iraq was seized" */
      const RiftActor *st = place_state(c, s, s->first, q, (SEM(i) & S_SEIZE) != 0, &pat);
      /* (not "a convoy near Kharkiv"; "the city of Mosul" is Mosul) */
      gboolean named = st && pat > s->first + 1 && ISL(pat - 1, "of") && (SEM(pat - 2) & S_PLACE);
      if (st && (pat == s->first || !(BITS(pat - 1) & W_PREP) || named)) actors_add(&subj, st);
    }
    if (!src.n && subj.n && be_ppart && cue->polarity < 0 && cue->strength <= -7) {
      /* "a mortar bomb was fired at Israel from the Gaza Strip": a
       * violent act's origin, when no agent is named, is its side */
      for (guint k = after; k + 1 < s->last && k < after + 10; k++) {
        if (TOK(k).kind == RIFT_TOK_PUNCT || (BITS(k) & (W_SUB | W_SAY | W_CONJ))) break;
        if (!ISL(k, "from")) continue;
        guint q = k + 1;
        if (q < s->last && ISL(q, "the")) q++;
        const RiftMention *om = q < s->last ? mention(c, q) : NULL;
        if (om && !is_person(om->actor)) actors_add(&src, om->actor);
        break;
      }
    }
    emit(c, s, &src, &subj, cue, i, after, flags);
    return;
  }
  gboolean breaks = (cue->flags & CUEF_BREACH) != 0;
  if ((c->owner_only || via_action) && breaks && s->reported && subj.n == 1 &&
      !(after < s->last && mention(c, after))) {
    /* "Moscow said Pristina's declaration breached the U.N. Charter": the
     * speaker opposes the one whose act it condemns (GUIDELINES) */
    for (guint k = i; k > s->first;) {
      k--;
      if ((BITS(k) & W_SAY) && !mention(c, k)) {
        RiftActors speaker = {0};
        gboolean pass = FALSE;
        guint fl = 0;
        c->owner_only = FALSE;
        find_subject(c, s, k, &speaker, &fl, &pass, 0);
        if (!c->owner_only && !(fl & F_NEG))
          emit(c, s, &speaker, &subj, cue, i, after, flags | RIFT_EDGE_REPORTED | RIFT_EDGE_INFERRED);
        break;
      }
    }
    return;
  }
  if (c->owner_only) subj.n = 0;
  if (subj.n == 1 && !is_person(subj.a[0]) && !c->cur_it) {
    c->cur_it = subj.a[0];
    c->cur_it_tok = i;
  }
  guint end = after, trig_end = after;
  for (;;) { /* "rejected on Thursday a plan", "again rejected" */
    if (end < s->last && (BITS(end) & (W_TIME | W_ADV)) && !ISL(end, "to") &&
        !(end + 1 < s->last && is_possessive_tok(c, end + 1))) /* not "Sunday's attack" */
      end++;
    else if (end + 2 < s->last && ISL(end, "in") &&
             (ISL(end + 2, "terms") || (end + 3 < s->last && ISL(end + 3, "terms")) ||
              (end + 4 < s->last && ISL(end + 4, "terms")))) {
      /* "condemns in the strongest possible terms the attack" */
      while (end < s->last && !ISL(end, "terms")) end++;
      end++;
    }
    else if (end + 1 < s->last && ISL(end, "on") && (BITS(end + 1) & W_TIME)) end += 2;
    else break;
  }
  if (!strcmp(cue->lemma, "deny")) {
    /* "Syria denied Turkish charges", "denied Turkey's claims", "denied
     * Palestinians entry": a named actor's charge, or the actor refused
     * entry; not "denied sheltering the PKK" nor "denied charges of
     * shelling Turkish villages" */
    guint q = end;
    RiftActors who = {0};
    for (guint n = 0; q < s->last && n < 6; n++) {
      const RiftMention *m = mention(c, q);
      if (m) {
        actors_add(&who, m->actor);
        q = m->last;
        if (q < s->last && is_possessive_tok(c, q)) q++;
        continue;
      }
      if (!who.n && ((BITS(q) & W_DET) || (content_word(c, q) && !c->cues[q] && q + 1 < s->last &&
                                           mention(c, q + 1)))) {
        q++; /* "an Iranian report", "previous U.S. charges" */
        continue;
      }
      break;
    }
    static const char *const heads[] = {"charge", "charges", "claim", "claims", "accusation",
                                        "accusations", "allegation", "allegations", "report",
                                        "reports", "assertion", "assertions", "statement",
                                        "entry", "access", "visa", "visas", "permission",
                                        "passage", NULL};
    gboolean head = FALSE;
    for (const char *const *h = heads; q < s->last && *h && !head; h++)
      head = IS(q, *h);
    if (head && !who.n && q + 2 < s->last && (ISL(q + 1, "by") || ISL(q + 1, "from"))) {
      guint e2; /* "denied the accusations by Ukraine" */
      find_np_right(c, s, q + 2, &who, &e2, 1);
    }
    if (head && who.n) emit(c, s, &subj, &who, cue, i, trig_end, flags);
    return;
  }
  if (!strcmp(cue->lemma, "refuse") && end + 2 < s->last && ISL(end, "to") &&
      (SEM(end + 1) & S_COMPLY)) {
    if (refused_demand(c, s, end, &tgt)) emit(c, s, &subj, &tgt, cue, i, trig_end, flags);
    return;
  }
  if ((cue->flags & CUEF_INF) && end + 1 < s->last && ISL(end, "to") && !mention(c, end + 1)) {
    /* "threatened to cut off electricity to Azerbaijan": the first actor
     * of the infinitive clause, before any "if"/"unless" */
    guint k = end + 1;
    const RiftActor *place = NULL; /* "to ban voting in East Jerusalem" */
    /* "threatened to follow Brazil", "to join China in blocking": doing as
     * the actor does threatens someone else */
    if (SEM(k) & S_EMULATE) k = s->last;
    for (; k < s->last; k++) {
      if ((BITS(k) & (W_COND | W_SUB | W_SAY)) || ISL(k, ";") || ISL(k, ",")) break;
      const RiftMention *m = mention(c, k);
      if (m) {
        guint pk = k > 1 && (SEM(k - 1) & S_COMPASS) ? k - 1 : k; /* "in East Jerusalem" */
        if (pk > 0 && (ISL(pk - 1, "in") || ISL(pk - 1, "at") || ISL(pk - 1, "near")) && !place) {
          place = m->actor; /* the target unless a condition names one */
          k = m->last - 1;
          continue;
        }
        actors_add(&tgt, m->actor);
        break;
      }
    }
    gboolean conditioned = k + 1 < s->last && (ISL(k, "if") || ISL(k, "unless"));
    if (!tgt.n && place && !conditioned) actors_add(&tgt, place);
    /* "threatened to stop the talks if the United States deployed": the
     * threat is asserted, and aimed at the subject of its condition */
    if (!tgt.n && k + 1 < s->last && (ISL(k, "if") || ISL(k, "unless"))) {
      guint q = k + 1;
      if (ISL(q, "the")) q++;
      const RiftMention *m = q < s->last ? mention(c, q) : NULL;
      if (m && m->last < s->last && !is_possessive_tok(c, m->last)) actors_add(&tgt, m->actor);
    }
    if (!tgt.n && subj.n) relative_object(c, s, i, &tgt);
    emit(c, s, &subj, &tgt, cue, i, trig_end, flags);
    return;
  }
  after = end;
  /* "the Britons freed from US custody": a reduced passive, no agent */
  if ((cue->flags & CUEF_PONLY) && (f->forms & FORM_PPART) && after == trig_end &&
      prep_follows(c, s, after, cue) && i > s->first && !verbish(c, i - 1) &&
      !(BITS(i - 1) & (W_ADV | W_NEG)))
    return;
  if (subj.n > 1 && (cue->flags & CUEF_SYM) &&
      (after >= s->last || !prep_follows(c, s, after, cue)) && !mention(c, after) &&
      (after >= s->last || !(BITS(after) & (W_DET | W_POSS)))) { /* no object */
    tgt.reciprocal = TRUE; /* "Armenian and Azerbaijani forces clashed" */
    emit_each_other(c, s, &subj, cue, i, trig_end, flags);
    return;
  }
  if (after + 2 < s->last && ISL(after, "as") && !(f->pos & CUE_NOUN)) {
    /* "denounced as an ugly crime Serbia's suppression", "condemned as
     * illegal the U.S. strike": the object follows the as-phrase */
    guint q = after + 1;
    if (BITS(q) & W_DET) q++;
    guint words = 0;
    while (q < s->last && words < 4 && content_word(c, q) && !mention(c, q)) {
      q++;
      words++;
    }
    if (words && q < s->last && (mention(c, q) || (BITS(q) & (W_DET | W_POSS))))
      after = q;
  }
  if (after + 2 < s->last &&
      (ISL(after, "alongside") || (ISL(after, "together") && ISL(after + 1, "with")))) {
    /* "fought alongside Angolan forces against UNITA": co-agents, then
     * the target */
    RiftActors co = {0};
    guint e2;
    find_np_right(c, s, after + (ISL(after, "together") ? 2 : 1), &co, &e2, 1);
    while (co.n && e2 < s->last && !prep_follows(c, s, e2, cue) && content_word(c, e2) &&
           !verbish(c, e2))
      e2++; /* "Angolan government forces" */
    if (co.n && e2 < s->last && prep_follows(c, s, e2, cue)) {
      for (guint x = 0; x < co.n; x++) actors_add(&subj, co.a[x]);
      after = end = e2;
    } else if (co.n) {
      return; /* "Hezbollah fought alongside Syrian troops": no opponent named */
    }
  }
  if ((cue->flags & CUEF_COND) && after < s->last &&
      !mention(c, after) && !prep_follows(c, s, after, cue) && !ISL(after, "to") &&
      (ISL(after, "that") || (after + 1 < s->last && (BITS(after) & W_PRON) &&
                              !(BITS(after) & W_POSS) && verbish(c, after + 1)))) {
    /* "warned (that) it would retaliate if Israel attacked": the one the
     * condition names is warned; the warning itself is no condition */
    for (guint k = after; k + 1 < s->last && k < after + 15; k++) {
      if (ISL(k, ";") || ISL(k, "\"")) break;
      if (!(BITS(k) & W_COND)) continue;
      guint q = k + 1;
      if (q + 1 < s->last && ISL(q, "the")) q++;
      const RiftMention *m = mention(c, q);
      if (m && !(flags & F_NEG)) {
        actors_add(&tgt, m->actor);
        emit(c, s, &subj, &tgt, cue, i, trig_end, flags);
      }
      return;
    }
  }
  /* "alleged that Iran had attacked Kuwait": the alleged doer */
  if (cue->flags & CUEF_CLAUSE) {
    /* an allegation of a hostile act: "alleged that X had tortured";
     * "alleged that Blair told Brown ..." accuses no one */
    gboolean hostile = FALSE;
    for (guint k = after; k < s->last && !hostile && !ISL(k, ";"); k++) {
      const GPtrArray *cf = c->cues[k];
      for (guint q = 0; cf && q < cf->len; q++)
        if (((const RiftCueForm *)cf->pdata[q])->cue->polarity < 0) hostile = TRUE;
    }
    if (!hostile) return;
    if (after + 1 < s->last && ISL(after, "that")) after++;
    if (after + 1 < s->last && (ISL(after, "they") || ISL(after, "it") || ISL(after, "he") ||
                                ISL(after, "she")) && verbish(c, after + 1)) {
      pronoun(c, after, &tgt); /* "alleged they had tortured" */
      emit(c, s, &subj, &tgt, cue, i, trig_end, flags);
      return;
    }
  }
  /* "fired at positions in Lebanon": a violent act's place is its target
   * (as for a direct object) */
  guint loc = cue->strength <= -7 ? NP_LOC | NP_PLACE | ((SEM(i) & S_SEIZE) ? NP_SEIZE : 0) : 0;
  if (prep_follows(c, s, after, cue)) {
    if (!infinitive_at(c, s, after))
      find_np_right_mode(c, s, after + 1, &tgt, &end, 0, loc);
    if (tgt.n && ISL(after, "in") && (cue->flags & CUEF_SIDED)) {
      /* "intervened in the Syrian civil war", "in the Tokyo exchange
       * market": a war has two sides, a market none; "in Syria's
       * affairs", "in Cambodia" stand */
      guint q = after + 1;
      while (q < s->last && q < after + 4 && !mention(c, q)) q++;
      guint h = q < s->last && mention(c, q) ? mention(c, q)->last : s->last;
      if (h < s->last && content_word(c, h) && !ISL(h, "affairs") && !ISL(h, "internal"))
        return;
    }
  } else if (after < s->last && (BITS(after) & W_PREP) && !ISL(after, "by") &&
             !quantifier_end(c, s, after)) {
    /* "protested to the UN over Israeli raids": a later preposition of
     * the cue's may still name the target */
    for (guint k = after + 1; k < s->last && k < after + 7; k++) {
      if ((BITS(k) & (W_SUB | W_SAY)) || TOK(k).kind == RIFT_TOK_PUNCT) break;
      /* "complained to the secretariat of GATT": the noun's "of" */
      if (prep_follows(c, s, k, cue) && !(ISL(k, "of") && content_word(c, k - 1))) {
        find_np_right(c, s, k + 1, &tgt, &end, 0);
        if (tgt.n) {
          emit(c, s, &subj, &tgt, cue, i, trig_end, flags);
          return;
        }
        break;
      }
    }
    if (ISL(after, "to") && cue->polarity < 0 && rift__lexicon_cue_has_prep(cue, "over")) {
      /* "Japan protested to China over the buoy": with no actor in the
       * over-phrase, the state protested to (an organisation such as the
       * UN is a forum: "complained to the UN that X ...") */
      find_np_right(c, s, after + 1, &tgt, &end, 0);
      gboolean states = tgt.n > 0;
      for (guint x = 0; x < tgt.n; x++)
        if (rift_dict_fold(c->dict, tgt.a[x], c->date)->type != RIFT_ACTOR_STATE) states = FALSE;
      /* "complained to Washington (or GATT) that Chinese ships entered
       * its waters": against whom the clause names, the one told only
       * hears it ("complained to Iraq that its troops ...", no name, stays) */
      guint k = end;
      while (k < s->last && k < end + 2 && TOK(k).kind == RIFT_TOK_PUNCT && !ISL(k, ",")) k++;
      if (tgt.n && k + 1 < s->last && ISL(k, "that")) {
        for (guint q = k + 1; q < s->last && q < k + 5; q++) {
          const RiftMention *m = mention(c, q);
          if (m && !is_person(m->actor)) {
            tgt.n = 0;
            actors_add(&tgt, m->actor);
            states = TRUE;
            break;
          }
          if (!(BITS(q) & (W_DET | W_POSS)) && !content_word(c, q)) break;
        }
      }
      if (states) emit(c, s, &subj, &tgt, cue, i, trig_end, flags);
    }
    return; /* "fought in", "struck at dawn": no direct object */
  } else {
    find_np_right_mode(c, s, after, &tgt, &end, 0, NP_MOVE | loc);
    guint pw = end; /* "claims" may end the object as a verb would */
    if (pw + 2 < s->last && (SEM(pw) & S_STATED) && (ISL(pw + 1, "by") || ISL(pw + 1, "from")))
      pw++;
    if (!tgt.n && pw + 1 < s->last && pw > after && (ISL(pw, "by") || ISL(pw, "from")) &&
        (SEM(pw - 1) & S_STATED)) {
      /* "Iran rejected claims by the US", "welcomed a proposal from
       * France": the position's owner */
      guint e2;
      find_np_right(c, s, pw + 1, &tgt, &e2, 1);
      if (tgt.n) end = e2;
    }
    /* "gave their views", "offered its condolences": what is given is
     * its giver's, not the recipient's */
    if (tgt.n && cue->polarity > 0 && rift__lexicon_cue_has_prep(cue, "to") &&
        (BITS(after) & W_POSS) && !is_possessive_tok(c, after))
      tgt.n = 0;
    if (cue->flags & CUEF_PONLY) tgt.n = 0; /* "liberated the Iraqi city of Mosul from X" */
    /* "deliver ISIL a lasting defeat": a noun of the other sign decides */
    for (guint k = end; tgt.n && end < s->last && (BITS(end) & (W_DET | W_POSS)) &&
                        k < s->last && k < end + 4; k++) {
      const GPtrArray *cf = c->cues[k];
      gboolean other = FALSE;
      for (guint q = 0; cf && q < cf->len; q++) {
        const RiftCueForm *g = cf->pdata[q];
        if ((g->pos & CUE_NOUN) && g->cue->polarity != cue->polarity &&
            !(g->cue->flags & CUEF_LIGHTVERB))
          other = TRUE;
      }
      if (other) return;
      if (!(content_word(c, k) || (BITS(k) & (W_DET | W_POSS)))) break;
    }
    if (tgt.n == 1 && subj.n == 1 && tgt.a[0] == subj.a[0]) tgt.n = 0; /* "closed its borders with X" */
    if (!tgt.n && !tgt.reciprocal && cue->preps[0]) {
      /* "provided photographs and other intelligence to Macedonia" */
      for (guint k = end; k < s->last && k < end + 8; k++) {
        if (prep_follows(c, s, k, cue)) { end = k; break; }
        if (ISL(k, "of") || (mention(c, k) && k > 0 && ISL(k - 1, "of"))) continue;
        if ((BITS(k) & (W_SUB | W_SAY | W_MODAL | W_AUX)) || ISL(k, ",") || ISL(k, ";") ||
            mention(c, k) || (BITS(k) & W_PREP))
          break;
      }
    }
    if (!tgt.n && !tgt.reciprocal && end < s->last && ISL(end, "with") && end > after &&
        (cue->flags & CUEF_PONLY) && cue->polarity < 0) {
      /* "cut ties with X", "closed its borders with X", but not "cut its
       * trade surplus with X" */
      gboolean ok = FALSE;
      for (guint k = after; k < end && !ok; k++)
        ok = (SEM(k) & S_BOND) && !ISL(k + 1, "surplus") && !ISL(k + 1, "deficit") &&
             !ISL(k + 1, "surpluses") && !ISL(k + 1, "deficits") && !ISL(k + 1, "imbalance") &&
             !ISL(k + 1, "gap");
      if (!ok) return;
    }
    if (!tgt.n && !tgt.reciprocal && end < s->last && prep_follows(c, s, end, cue)) {
      /* "sent a protest to X": the noun carries the stance, not the verb
       * (but "severed ties with X" is the verb's) */
      for (guint k = after; k < end && !(BITS(i) & W_CANCEL); k++)
        if (c->cues[k]) {
          const GPtrArray *cf = c->cues[k];
          for (guint q = 0; q < cf->len; q++) {
            const RiftCueForm *g = cf->pdata[q];
            if ((g->pos & CUE_NOUN) && g->cue->polarity != cue->polarity &&
                !(g->cue->flags & CUEF_LIGHTVERB) &&
                rift__lexicon_cue_has_prep(g->cue, LOW(end))) /* not "shared evidence with" */
              return;
          }
        }
      if (!infinitive_at(c, s, end)) find_np_right_mode(c, s, end + 1, &tgt, &end, 0, loc);
    }
  }
  if (!tgt.n && !tgt.found && subj.n && (cue->flags & CUEF_OBJ)) {
    /* "condemned the attack on Israel by Hamas", "welcomed yesterday's
     * offer by Iran": a stance toward the act is toward its agent */
    guint q = after;
    while (q < s->last && q < after + 4 && !c->cues[q] &&
           ((BITS(q) & (W_DET | W_POSS)) || content_word(c, q) || is_possessive_tok(c, q) ||
            time_word(c, q)))
      q++;
    gboolean act = FALSE;
    for (guint x = 0; q < s->last && c->cues[q] && x < c->cues[q]->len; x++) {
      const RiftCueForm *g = c->cues[q]->pdata[x];
      if ((g->pos & CUE_NOUN) && (g->cue->flags & CUEF_ACTION)) act = TRUE;
    }
    for (guint k = q + 1; act && k + 1 < s->last && k < q + 8; k++) {
      if (TOK(k).kind == RIFT_TOK_PUNCT || verbish(c, k) || (BITS(k) & (W_SUB | W_CONJ))) break;
      if (ISL(k, "by") && mention(c, k + 1)) {
        guint e2;
        find_np_right(c, s, k + 1, &tgt, &e2, 1);
        break;
      }
    }
  }
  guint deal = 0;
  for (guint k = after; !tgt.n && subj.n && cue->polarity > 0 && k + 2 < s->last && k < after + 10;
       k++) {
    if ((ISL(k, "deal") || ISL(k, "agreement") || ISL(k, "contract")) && ISL(k + 1, "to") &&
        (ISL(k + 2, "import") || ISL(k + 2, "buy") || ISL(k + 2, "purchase") ||
         ISL(k + 2, "export") || ISL(k + 2, "sell") || ISL(k + 2, "supply"))) {
      deal = k;
      break;
    }
    if (mention(c, k) || (BITS(k) & (W_SUB | W_SAY | W_CONJ))) break;
  }
  if (deal) {
    /* "India signed a $40bn deal to import gas from Iran": the trade's
     * other side, after "from" or "to" */
    for (guint k = deal + 3; k + 1 < s->last && k < deal + 14; k++) {
      if (TOK(k).kind == RIFT_TOK_PUNCT || (BITS(k) & (W_SUB | W_SAY | W_CONJ))) break;
      if ((ISL(k, "from") || ISL(k, "to")) && mention(c, k + 1)) {
        actors_add(&tgt, mention(c, k + 1)->actor);
        break;
      }
    }
  }
  /* a relative clause's gap is the verb's missing object: "Serbia, which
   * Russia backs"; not "complained to the UN that Israel was blocking the
   * export", where the object is there */
  gboolean has_object = trig_end < s->last && ((BITS(trig_end) & (W_DET | W_POSS)) ||
                                              (content_word(c, trig_end) &&
                                               !(BITS(trig_end) & (W_ADV | W_TIME))));
  if (!tgt.n && !tgt.found && subj.n && !has_object) relative_object(c, s, i, &tgt);
  if (!tgt.n && subj.n > 1 && (cue->flags & CUEF_SYM)) tgt.reciprocal = TRUE;
  if (tgt.n && end < s->last) {
    /* "fighting IS alongside Iraqi forces", "together with X": co-agents */
    guint k = end;
    if (k < s->last && ISL(k, "together") && k + 1 < s->last && ISL(k + 1, "with")) k++;
    if (k + 1 < s->last && (ISL(k, "alongside") || (ISL(k, "with") && ISL(k - 1, "together")))) {
      RiftActors co = {0};
      guint e2;
      find_np_right(c, s, k + 1, &co, &e2, 1);
      for (guint x = 0; x < co.n; x++) actors_add(&subj, co.a[x]);
    }
  }
  if ((cue->flags & CUEF_NEG) && tgt.n) {
    /* "to end the Syrian conflict", "ended the Iran-Iraq war": a war or
     * conflict has sides, not one actor ending stops */
    for (guint k = after; k <= end && k < s->last; k++) { /* the head may end it */
      const GPtrArray *cf = c->cues[k];
      for (guint q = 0; cf && q < cf->len; q++) {
        const RiftCueForm *g = cf->pdata[q];
        if ((g->pos & CUE_NOUN) && (g->cue->flags & CUEF_SYM) && g->cue->polarity < 0) return;
      }
    }
  }
  if (!tgt.n && subj.n && cue->polarity > 0) {
    /* "welcomed the ceasefire agreement between Armenia and Azerbaijan":
     * a stance toward the parties of the accord (GUIDELINES) */
    for (guint k = trig_end, n = 0; k + 2 < s->last && n < 5; k++, n++) {
      if (!(BITS(k) & W_DET) && !content_word(c, k)) break;
      gboolean accord = FALSE;
      for (guint x = 0; c->cues[k] && x < c->cues[k]->len; x++) {
        const RiftCueForm *g = c->cues[k]->pdata[x];
        if ((g->pos & CUE_NOUN) && g->cue->polarity > 0 &&
            rift__lexicon_cue_has_prep(g->cue, "between"))
          accord = TRUE;
      }
      guint bw = k + 1; /* "the ceasefire agreed between X and Y" */
      if (bw + 1 < s->last && g_str_has_suffix(LOW(bw), "ed") && content_word(c, bw)) bw++;
      if (!accord || !ISL(bw, "between")) continue;
      RiftActors parties = {0};
      guint e2;
      find_np_right(c, s, bw + 1, &parties, &e2, 1);
      if (parties.n > 1) tgt = parties;
      break;
    }
  }
  if (tgt.reciprocal) {
    /* "India and Pakistan accused each other" */
    emit_each_other(c, s, &subj, cue, i, trig_end, flags);
    return;
  }
  emit(c, s, &subj, &tgt, cue, i, trig_end, flags);
  if ((cue->flags & CUEF_SYM) && subj.n > 1 && tgt.n) /* "X and Y signed a pact with Z" */
    emit_each_other(c, s, &subj, cue, i, trig_end, flags);
  if ((cue->flags & CUEF_SYM) && cue->polarity < 0 && subj.n && tgt.n && after < s->last &&
      ISL(after, "with"))
    emit(c, s, &tgt, &subj, cue, i, trig_end, flags); /* "India clashed with Pakistan": both */
  if (tgt.n && (f->forms & FORM_ING) && i > s->first + 3 && ISL(i - 1, "in")) {
    /* "Canada joined the United States in condemning Iran": the joiner
     * does it too (its own negation or hedge: "refused to join") */
    guint q = i - 1;
    for (guint n = 0; q > s->first && n < 6; n++) {
      q--;
      if (verb_of(c, q, "join")) break;
      if (!(mention(c, q) || content_word(c, q) || (BITS(q) & W_DET) || is_possessive_tok(c, q)))
        break;
    }
    if (verb_of(c, q, "join")) {
      RiftActors joiner = {0};
      guint jf = 0;
      gboolean jpassive = FALSE;
      c->owner_only = FALSE;
      find_subject(c, s, q, &joiner, &jf, &jpassive, 0);
      if (jpassive || c->owner_only) joiner.n = 0;
      /* the joined one acts whatever the joiner does */
      RiftActors joined = {0}, more = {0};
      guint e2;
      find_np_right(c, s, q + 1, &joined, &e2, 0);
      if (e2 + 1 != i) joined.n = 0;
      for (guint x = 0; x < joined.n; x++) {
        gboolean seen = FALSE;
        for (guint y = 0; y < subj.n; y++) seen |= subj.a[y] == joined.a[x];
        if (!seen) actors_add(&more, joined.a[x]);
      }
      if (more.n) emit(c, s, &more, &tgt, cue, i, trig_end, flags & ~F_NEG);
      RiftActors jn = {0};
      for (guint x = 0; x < joiner.n; x++) {
        gboolean seen = FALSE;
        for (guint y = 0; y < subj.n; y++) seen |= subj.a[y] == joiner.a[x];
        if (!seen) actors_add(&jn, joiner.a[x]);
      }
      if (jn.n) emit(c, s, &jn, &tgt, cue, i, trig_end, jf);
    }
  }
  if (cue->polarity > 0 && subj.n && tgt.n && end + 1 < s->last && ISL(end, "against")) {
    /* "France sided with Germany against Russia", "backed Iraq against
     * Iran": taking one side against another opposes the other */
    RiftActors foe = {0};
    guint e2;
    find_np_right(c, s, end + 1, &foe, &e2, 0);
    RiftCue against = *cue;
    against.polarity = -cue->polarity;
    against.strength = -cue->strength;
    emit(c, s, &subj, &foe, &against, i, trig_end, flags);
  }
}

/* The speaker of a quote in this sentence: '"...," X said' or
 * 'X said: "..."'. */
/* An oppose noun at k: "objections", "protests", "opposition". */
static const RiftCue *oppose_noun(RiftCtx *c, guint k) {
  const GPtrArray *cf = c->cues[k];
  for (guint x = 0; cf && x < cf->len; x++) {
    const RiftCueForm *f = cf->pdata[x];
    if ((f->pos & CUE_NOUN) && f->cue->pos == CUE_NOUN && f->cue->polarity < 0)
      return f->cue;
  }
  return NULL;
}

/* A verb for handle_concession: a known verb, or a lowercase word in
 * -ed ("built", "deployed") that is no cue noun. */
static gboolean clause_verb(RiftCtx *c, guint q) {
  if (mention(c, q)) return FALSE;
  if (verbish(c, q)) return TRUE;
  /* "Japan cancelled the exercise despite Chinese objections": a past
   * form that carries a cue or a cancelling sense is a verb too */
  return content_word(c, q) && (!c->cues[q] || past_verb_cue(c, q)) &&
         !(BITS(q) & ~(guint)W_CANCEL) &&
         (g_str_has_suffix(LOW(q), "ed") || ISL(q, "built") || ISL(q, "sent") ||
          ISL(q, "went") || ISL(q, "held") || ISL(q, "kept") || ISL(q, "made"));
}

/* The subject of the clause an adverbial phrase from token i to end
 * hangs on: the clause after the phrase's comma when the phrase leads the
 * sentence ("Despite US objections, Japan sent ships"), else the main
 * verb before it ("Japan sent ships despite US objections").  FALSE when
 * there is none or the clause is passive. */
static gboolean pp_clause_subject(RiftCtx *c, const Sent *s, guint i, guint end,
                                  gboolean modal, RiftActors *subj, guint *flags) {
  gboolean passive = FALSE;
  Sent main = *s;
  guint v = G_MAXUINT;
  gboolean leads = i == s->first || (TOK(i - 1).flags & RIFT_TOKF_DATELINE);
  if (leads || ISL(i - 1, "but") || ISL(i - 1, ",") || ISL(i - 1, "and")) {
    guint comma = end;
    while (comma < s->last && !ISL(comma, ",")) comma++;
    if (comma < s->last) {
      main.first = comma + 1;
      for (guint q = comma + 1; q < s->last && v == G_MAXUINT; q++)
        if (clause_verb(c, q)) v = q;
    } else if (leads)
      return FALSE;
  }
  if (v == G_MAXUINT) {
    /* the main verb: the first one of the sentence, or after the last
     * verb of saying ("Russia said the EU lifted the ban despite"), not
     * an infinitive ("defended plans to end the embargo, despite") */
    gboolean open = TRUE;
    for (guint q = s->first; q < i; q++) {
      if ((BITS(q) & W_SAY) && !mention(c, q)) {
        open = TRUE;
        v = G_MAXUINT;
        continue;
      }
      /* not an infinitive, but for a hedge's: "Poland plans to send
       * troops in support of Lithuania" (hedged below) */
      if (open && clause_verb(c, q) &&
          !(q > s->first && ISL(q - 1, "to") &&
            !(q - 1 > s->first && (BITS(q - 2) & W_HEDGE) && !(BITS(q - 2) & W_PREP)))) {
        v = q;
        open = FALSE;
      }
    }
  }
  if (v == G_MAXUINT) return FALSE;
  find_subject(c, &main, v, subj, flags, &passive, 0);
  /* "Kenya did not send troops in support of Uganda": a negation anywhere
   * in the clause (find_subject sees it only before its verb, and the
   * verb found may be "did") */
  gboolean trails = main.first == s->first;
  guint q0 = trails ? v : main.first;
  while (trails && q0 > s->first && !(BITS(q0 - 1) & (W_SAY | W_SUB)) &&
         TOK(q0 - 1).kind != RIFT_TOK_PUNCT)
    q0--; /* back to the clause's start: "would not" before the verb */
  for (guint q = q0; q < (trails ? i : s->last); q++) {
    if (!trails && q > v && (TOK(q).kind == RIFT_TOK_PUNCT || (BITS(q) & (W_SUB | W_SAY))))
      break;
    if (BITS(q) & W_NEG) *flags |= F_NEG;
    /* "Hungary will send troops in support of", "may send", "plans to
     * send": the clause's modality, when the stance is the clause's own */
    if (modal && (BITS(q) & W_MODAL)) modal_flags(c, BITS(q), q, flags);
    if (modal && (BITS(q) & W_HEDGE) && !(BITS(q) & W_PREP) && q + 1 < s->last &&
        ISL(q + 1, "to"))
      *flags |= RIFT_EDGE_HEDGED;
  }
  return subj->n && !passive;
}

/* Stances carried by an adverbial "in NOUN PREP": "Cuba sent troops in
 * support of the MPLA", "Lithuania recalled its envoy in protest against
 * China's move", "In solidarity with Kyiv, Poland closed the border" (the
 * clause's subject toward the phrase's actor); "Iran seized a tanker in
 * retaliation for Britain's seizure of its ship" (toward the agent of the
 * act retaliated for).  The noun is bare after "in" (one adjective may
 * come between: "in full support of"); "in defiance of" is
 * handle_concession's.  Only a name heading the phrase or modifying its
 * head is read: "in protest against the killing of Palestinians" names a
 * victim, not the protested. */
static void handle_stance_pp(RiftCtx *c, const Sent *s) {
  for (guint i = s->first; i + 3 < s->last; i++) {
    if (!ISL(i, "in")) continue; /* most tokens */
    /* "lift 84 mln dlrs in trade sanctions against Japan": an amount of
     * the noun is its verb's object, and lifting the sanctions is no
     * stance of the noun's sign ("transferred 115 mln dlrs in aid to
     * Egypt" is) */
    if (i > s->first && amount_tok(c, s->first, i - 1)) {
      guint q = i - 1;
      gboolean cancel = FALSE;
      while (q > s->first && i - q < 8 && !cancel &&
             (amount_tok(c, s->first, q) || content_word(c, q) || (BITS(q) & W_DET)) &&
             !verbish(c, q))
        cancel = (BITS(--q) & W_CANCEL) != 0;
      if (cancel || (BITS(q) & W_CANCEL)) continue;
    }
    guint n = i + 1;
    if (content_word(c, n) && !c->cues[n] && !mention(c, n)) n++; /* "in full support of" */
    if (n + 2 >= s->last || !c->cues[n] || ISL(n, "defiance")) continue;
    const GPtrArray *cf = c->cues[n];
    const RiftCue *cue = NULL;
    gboolean avenged = FALSE; /* "in retaliation for X's attack" */
    for (guint x = 0; cf && x < cf->len && !cue; x++) {
      const RiftCueForm *f = cf->pdata[x];
      if (!(f->pos & CUE_NOUN) || f->cue->pos != CUE_NOUN || !(f->cue->flags & CUEF_LIGHT))
        continue;
      if (rift__lexicon_cue_has_prep(f->cue, LOW(n + 1))) cue = f->cue;
      else if (ISL(n + 1, "for") && f->cue->polarity < 0 && ISL(n, "retaliation")) {
        cue = f->cue;
        avenged = TRUE;
      }
    }
    if (!cue) continue;
    RiftActors who = {0};
    guint j = n + 2, end = j;
    if (avenged) {
      /* the avenged act: a hostile noun and its agent ("Hamas rocket
       * attacks", "Britain's seizure") */
      const RiftCue *act = NULL;
      guint k = j;
      for (; k < s->last && k < j + 5 && !act; k++) {
        if (is_possessive_tok(c, k) || mention(c, k)) continue;
        if (TOK(k).kind == RIFT_TOK_PUNCT) break;
        if ((act = oppose_noun(c, k))) break;
        if (verbish(c, k) || (BITS(k) & (W_CONJ | W_SUB | W_PREP))) break;
      }
      if (!act) continue;
      Sent np = *s;
      np.first = j;
      nominal_agent(c, &np, k, &who);
      end = k + 1;
      if (!who.n && k + 2 < s->last && ISL(k + 1, "by") && mention(c, k + 2)) {
        actors_add(&who, mention(c, k + 2)->actor); /* "an attack by Israel" */
        end = mention(c, k + 2)->last;
      }
    } else {
      /* the phrase's head and premodifiers, up to its first preposition:
       * "the U.S.-backed government", "China's decision", "Serbia and
       * Montenegro" */
      for (guint k = j; k < s->last && k < j + 8; k++) {
        const RiftMention *m = mention(c, k);
        if (m) {
          actors_add(&who, m->actor);
          k = m->last - 1;
          end = m->last;
          continue;
        }
        if (is_possessive_tok(c, k) || (BITS(k) & W_DET) || ISL(k, "and") || ISL(k, "-") ||
            (content_word(c, k) && !verbish(c, k)))
          continue;
        break;
      }
    }
    if (!who.n) continue;
    RiftActors subj = {0};
    guint flags = 0;
    if (!pp_clause_subject(c, s, i, end, TRUE, &subj, &flags)) continue;
    emit(c, s, &subj, &who, cue, n, n + 2, flags);
    if ((cue->flags & CUEF_SYM) && !avenged) emit(c, s, &who, &subj, cue, n, n + 2, flags);
  }
}

/* Stances carried by a concession: "the EU lifted the ban despite US
 * objections", "Despite protests from China, Japan sent ships", "over
 * the objections of the UN" (the objector opposes the main clause's
 * subject); "in defiance of the UN" (the subject opposes the defied). */
/* "We call on Azerbaijan to stop its military operation", "urged Iran to
 * halt its enrichment": demanding that the asked cease its own act is a
 * demand against its will (GUIDELINES), the asker's stance against it. */
static void handle_stop_demand(RiftCtx *c, const Sent *s) {
  static char *no_preps[] = {NULL};
  static const RiftCue demand = {"demand to stop", CUE_VERB, -1, -3.0f, 0, no_preps, 1};
  for (guint i = s->first + 2; i + 1 < s->last; i++) {
    if ((BITS(i) & W_CANCEL) && i >= s->first + 3 && mention(c, i - 1) &&
        !g_str_has_suffix(LOW(i), "s") && !g_str_has_suffix(LOW(i), "ed") &&
        !g_str_has_suffix(LOW(i), "ing")) {
      /* "The Arab League demanded that Israel withdraw from Lebanon":
       * the subjunctive of a demand to stop, against the asked's will */
      const RiftMention *sm = mention(c, i - 1);
      guint t = sm->first;
      if (t > s->first && ISL(t - 1, "the")) t--;
      if (t >= s->first + 2 && ISL(t - 1, "that") && (SEM(t - 2) & S_DEMAND) &&
          !g_str_has_prefix(LOW(t - 2), "propos") && !g_str_has_prefix(LOW(t - 2), "recommend") &&
          !(BITS(t - 3) & (W_DET | W_POSS)) && !is_possessive_tok(c, t - 3)) {
        RiftActors asked = {0}, asker = {0};
        actors_add(&asked, sm->actor);
        guint fl = 0;
        gboolean passive = FALSE;
        find_subject(c, s, t - 2, &asker, &fl, &passive, 0);
        if (!passive && !(fl & (F_NEG | RIFT_EDGE_HEDGED | RIFT_EDGE_PREDICTED |
                                RIFT_EDGE_CONDITIONAL))) {
          c->asker.n = 0;
          emit(c, s, &asker, &asked, &demand, t - 2, t - 1, fl);
        }
      }
      continue;
    }
    if (!(BITS(i) & W_CANCEL) || !ISL(i - 1, "to") || !(ISL(i + 1, "its") || ISL(i + 1, "their")))
      continue;
    const RiftMention *pm = mention(c, i - 2);
    if (!pm || pm->first <= s->first) continue;
    RiftActors asked = {0};
    actors_add(&asked, pm->actor);
    guint at = ask_verb_before(c, s->first, coord_left(c, pm->first, s->first, &asked, NULL));
    if (at == G_MAXUINT) continue;
    guint fl = 0;
    RiftActors asker = {0};
    gboolean passive = FALSE;
    find_subject(c, s, at, &asker, &fl, &passive, 0);
    if (passive || (fl & (F_NEG | RIFT_EDGE_HEDGED | RIFT_EDGE_PREDICTED | RIFT_EDGE_CONDITIONAL)))
      continue;
    c->asker.n = 0; /* the asker is the source here */
    emit(c, s, &asker, &asked, &demand, at, at + 1, fl);
  }
}

static void handle_concession(RiftCtx *c, const Sent *s) {
  for (guint i = s->first; i + 2 < s->last; i++) {
    if (!(BITS(i) & W_PREP)) continue; /* most tokens */
    guint j;
    gboolean defiance = FALSE;
    if (ISL(i, "despite") || ISL(i, "notwithstanding")) j = i + 1;
    else if (ISL(i, "in") && i + 3 < s->last && ISL(i + 2, "of") &&
             (ISL(i + 1, "spite") || ISL(i + 1, "defiance"))) {
      defiance = ISL(i + 1, "defiance");
      j = i + 3;
    } else if (ISL(i, "over") && i > s->first && !c->cues[i - 1]) {
      /* "over US objections", not "concern over Chinese protests" */
      if (SEM(i - 1) & S_GRIEVANCE) continue;
      j = i + 1;
    } else
      continue;
    RiftActors who = {0};
    const RiftCue *cue = NULL;
    guint k = j, end;
    if (defiance) {
      cue = oppose_noun(c, i + 1);
      if (j < s->last && ISL(j, "the")) j++;
      const RiftMention *m = j < s->last ? mention(c, j) : NULL;
      if (!cue || !m) continue;
      actors_add(&who, m->actor);
      k = i + 1;
      end = m->last;
    } else {
      for (; k < s->last && k < j + 5; k++) {
        if (TOK(k).kind == RIFT_TOK_PUNCT && !is_possessive_tok(c, k)) break;
        if ((cue = oppose_noun(c, k))) break;
        if (verbish(c, k) || (BITS(k) & (W_CONJ | W_SUB))) break;
      }
      if (!cue) continue;
      if (k + 1 < s->last && content_word(c, k + 1) && !verbish(c, k + 1))
        continue; /* "the Labour opposition party" */
      gboolean reason = FALSE; /* "complained to France over ...": the reason */
      for (guint q = s->first; ISL(i, "over") && q < i && !reason; q++) {
        const GPtrArray *cf = c->cues[q];
        for (guint x = 0; cf && x < cf->len && !reason; x++) {
          const RiftCueForm *f = cf->pdata[x];
          for (char **pr = f->cue->preps; pr && *pr && !reason; pr++)
            reason = !strcmp(*pr, "over") && cue_is_verbal(c, q);
        }
      }
      if (reason) continue;
      if (ISL(i, "over")) { /* "protested over Israeli raids" gives a reason */
        if (!(cue->flags & CUEF_OBJECTION)) continue;
      }
      Sent np = *s;
      np.first = j;
      nominal_agent(c, &np, k, &who);  /* "US objections", "Russia's opposition" */
      end = k + 1;
      if (!who.n && k + 2 < s->last &&
          (ISL(k + 1, "of") || ISL(k + 1, "from") || ISL(k + 1, "by"))) {
        guint r = ISL(k + 2, "the") ? k + 3 : k + 2;
        const RiftMention *m = r < s->last ? mention(c, r) : NULL;
        /* "from the US and Japan" */
        while (m) {
          actors_add(&who, m->actor);
          end = m->last;
          guint r2 = m->last;
          if (r2 + 1 >= s->last || !ISL(r2, "and")) break;
          r2++;
          if (r2 < s->last && ISL(r2, "the")) r2++;
          m = r2 < s->last ? mention(c, r2) : NULL;
        }
      }
      if (!who.n) continue;
    }
    RiftActors subj = {0};
    guint flags = 0;
    if (!pp_clause_subject(c, s, i, end, defiance, &subj, &flags)) continue;
    flags &= ~F_NEG; /* "did not back down despite US objections": the objection stands */
    if (defiance) emit(c, s, &subj, &who, cue, k, k + 1, flags);
    else emit(c, s, &who, &subj, cue, k, k + 1, flags);
  }
}

static void find_speaker(RiftCtx *c, const Sent *s) {
  c->sent_speaker = NULL;
  for (guint i = s->first; i < s->last; i++) {
    if (!(BITS(i) & W_SAY) || mention(c, i)) continue; /* not "United States" */
    if (TOK(i).flags & RIFT_TOKF_QUOTE_IN) continue; /* a verb the speaker quotes */
    if (i + 1 < s->last && i > s->first && (ISL(i - 1, ",") || ISL(i - 1, "\""))) {
      /* '"...," said X': X speaks */
      const RiftMention *m = mention(c, i + 1);
      if (m) { c->quote_speaker = c->sent_speaker = m->actor; return; }
    }
    RiftActors a = {0};
    guint flags = 0;
    gboolean passive = FALSE;
    find_subject(c, s, i, &a, &flags, &passive, 0);
    if (a.n == 1) { c->quote_speaker = c->sent_speaker = a.a[0]; return; }
    /* '"...," said X, Y's spokeswoman' */
  }
}

/* The speaker of a quote that opens in sentence si and goes on past it:
 * the attribution where it closes ('"... . ...," Redman said'), within
 * the paragraph. */
static const RiftActor *later_quote_speaker(RiftCtx *c, guint si) {
  const GArray *ss = c->t->sentences;
  for (guint sj = si + 1; sj < ss->len && sj < si + 8; sj++) {
    const RiftSentence *r = &g_array_index(ss, RiftSentence, sj);
    if (r->para_start) return NULL;
    if (r->last <= r->first) continue;
    if (TOK(r->last - 1).flags & RIFT_TOKF_QUOTE_IN) continue; /* the quote goes on */
    Sent s2 = {r->first, r->last, FALSE, FALSE, G_MAXUINT};
    const RiftActor *qs = c->quote_speaker, *sp = c->sent_speaker;
    find_speaker(c, &s2);
    const RiftActor *a = c->sent_speaker;
    c->quote_speaker = qs;
    c->sent_speaker = sp;
    return a;
  }
  return NULL;
}

/* "Minister Tobias Ellwood said:" ending a sentence: the statement that
 * follows is his, and its "we" his side's. */
static void note_statement_speaker(RiftCtx *c, const Sent *s) {
  if (s->last < s->first + 3 || !ISL(s->last - 1, ":")) return;
  guint v = s->last - 2;
  if (!(BITS(v) & W_SAY) || mention(c, v)) return;
  RiftActors a = {0};
  guint flags = 0;
  gboolean passive = FALSE;
  find_subject(c, s, v, &a, &flags, &passive, 0);
  if (a.n == 1 && !passive && !(flags & F_NEG)) c->statement_speaker = a.a[0];
}

/* Past the agent noun a subject mention modifies ("Iraqi security
 * forces"); k is the token after the mention.  ("U.S. officials" stays
 * singular: "they" and "their" then more often mean another party.) */
static guint coref_head(RiftCtx *c, const Sent *s, guint k) {
  for (guint q = k, n = 0; q < s->last && n < 3; q++, n++) {
    if (BITS(q) & W_AGENT) return q + 1;
    if (!content_word(c, q) || mention(c, q) || verbish(c, q)) break;
  }
  return k;
}

static void update_coref(RiftCtx *c, const Sent *s) {
  /* the subject of the sentence: its first mention not after a preposition */
  for (guint i = s->first; i < s->last; i++) {
    if (TOK(i).flags & (RIFT_TOKF_DATELINE | RIFT_TOKF_QUOTE_IN)) continue;
    const RiftMention *m = mention(c, i);
    if (!m) {
      if (BITS(i) & W_AGENT) {
        gboolean generic;
        const RiftActor *a = agent_owner(c, i, s->first, &generic);
        if (!a && generic) a = generic_agent(c, i);
        if (a) { c->last_it = a; return; }
      }
      if (verbish(c, i)) return;
      continue;
    }
    if (i > s->first && (BITS(i - 1) & W_PREP)) { i = m->last - 1; continue; }
    RiftActors as = {0};
    actors_add(&as, m->actor);
    gboolean plural = m->actor->type == RIFT_ACTOR_GROUP || m->plural_demonym;
    guint k = coref_head(c, s, m->last);
    while (k + 1 < s->last && (ISL(k, "and") || ISL(k, ","))) {
      guint q = k + 1;
      if (q + 1 < s->last && (ISL(q, "the") || ISL(q, "allied"))) q++; /* "X and allied Y" */
      const RiftMention *mm = mention(c, q);
      if (!mm) break;
      actors_add(&as, mm->actor);
      k = coref_head(c, s, mm->last);
    }
    if (as.n > 1 || plural) c->last_plural = as;
    if (is_person(m->actor)) c->last_person = m->actor;
    else c->last_it = m->actor;
    if (!is_person(m->actor)) {
      /* "Russian President Vladimir Putin spoke": the person the state's
       * title names is the subject too, for a "he" later */
      guint q = m->last;
      for (guint n = 0; q < s->last && n < 4 && !mention(c, q) && (BITS(q) & W_TITLE); n++) q++;
      const RiftMention *pm = q > m->last && q < s->last ? mention(c, q) : NULL;
      if (pm && is_person(pm->actor)) c->last_person = pm->actor;
    }
    return;
  }
}

/* The latest "X and Y" / "X and the Y", for "the two countries" and
 * "they". */
static void track_pairs(RiftCtx *c, const Sent *s) {
  for (guint i = s->first; i + 2 < s->last; i++) {
    const RiftMention *a = mention(c, i);
    if (!a || a->last + 1 >= s->last || !ISL(a->last, "and")) continue;
    guint q = a->last + 1;
    if (ISL(q, "the") && q + 1 < s->last) q++;
    const RiftMention *b = mention(c, q);
    if (b) {
      c->last_pair.n = 0;
      /* the whole list: "Malaysia, Indonesia and Thailand" */
      for (guint p = a->first; p >= s->first + 2 && ISL(p - 1, ",");) {
        const RiftMention *x = mention(c, p - 2);
        if (!x) break;
        actors_add(&c->last_pair, x->actor);
        p = x->first;
      }
      actors_add(&c->last_pair, a->actor);
      actors_add(&c->last_pair, b->actor);
      c->pair_sentence = TOK(i).sentence;
      c->pair_tok = i;
    }
  }
}

/* FALSE when every cue at i is flagged "place" and none takes a place. */
static gboolean cue_takes_place(RiftCtx *c, const Sent *s, guint i) {
  const GPtrArray *cf = c->cues[i];
  for (guint x = 0; x < cf->len; x++) {
    const RiftCueForm *f = cf->pdata[x];
    if (!(f->cue->flags & CUEF_PLACE) || takes_place(c, s, i, cue_end(c, s, i, f->cue)))
      return TRUE;
  }
  return FALSE;
}

void rift__relations_sentence(RiftCtx *c, guint si) {
  const RiftSentence *rs = &g_array_index(c->t->sentences, RiftSentence, si);
  Sent s = {rs->first, rs->last, FALSE, FALSE, G_MAXUINT};
  if (s.last > s.first && ISL(s.last - 1, "?")) s.question = TRUE;
  if (s.last > s.first + 1 && ISL(s.last - 1, "\"") && ISL(s.last - 2, "?")) s.question = TRUE;
  if (rs->para_start) c->quote_speaker = NULL;
  if (!c->quote_speaker && s.last > s.first && (TOK(s.last - 1).flags & RIFT_TOKF_QUOTE_IN))
    c->quote_speaker = later_quote_speaker(c, si); /* '"We ... . We ...," X said' */
  c->cur_it = NULL;
  c->cur_it_unknown = FALSE;
  c->cur_person = NULL;
  /* no cue or no actor (mention or pronoun): nothing to relate, only the
   * coreference state to carry on (most sentences of a corpus) */
  gboolean any_cue = FALSE, any_actor = FALSE;
  for (guint i = s.first; i < s.last; i++) {
    /* "took part in", "take more action": a "place" cue ("take") that
     * takes no place is no cue at all, so that it neither ends a clause
     * nor carries a subject for the cues around it */
    if (c->cues[i] && !cue_takes_place(c, &s, i)) c->cues[i] = NULL;
    if (c->cues[i]) any_cue = TRUE;
    if (c->ment_at[i] != RIFT__NONE || (BITS(i) & (W_PRON | W_POSS)) ||
        (BITS(i) & (W_AGENT | W_TITLE)))
      any_actor = TRUE;
  }
  if (!any_cue || !any_actor) {
    track_pairs(c, &s);
    note_statement_speaker(c, &s);
    update_coref(c, &s);
    return;
  }
  if (ISL(s.first, "should") || ISL(s.first, "were") || ISL(s.first, "had")) s.conditional_until = s.first;
  /* the subject before the first verb, for "it" and "his" later on:
   * "Tory leader Michael Howard sent Mr Bush his congratulations" */
  for (guint i = s.first; i < s.last; i++) {
    if (TOK(i).flags & (RIFT_TOKF_DATELINE | RIFT_TOKF_QUOTE_IN)) continue;
    const RiftMention *m = mention(c, i); /* "United States" holds no verb */
    if (!m && verbish(c, i) && !(BITS(i) & W_MODAL)) break;
    if ((BITS(i) & W_PREP) && (c->cur_it || c->cur_person)) break;
    /* "Kuwait asked Britain and France to protect its tankers": a past
     * verb the lexicon lacks ends the subject too */
    if (!m && (c->cur_it || c->cur_person) && content_word(c, i) &&
        ((SEM(i) & S_ASK) || g_str_has_suffix(LOW(i), "ed")))
      break;
    if (!m && !c->cur_it && !c->cur_person && i == s.first && TOK(i).kind == RIFT_TOK_WORD &&
        (TOK(i).flags & RIFT_TOKF_CAP) && !BITS(i) && !c->cues[i]) {
      c->cur_it_unknown = TRUE; /* "BankAmerica said its loans to Mexico" */
      c->cur_it_tok = i;
    }
    if (!m) continue;
    if (i > s.first && (BITS(i - 1) & W_PREP)) break;
    if (!is_person(m->actor)) { c->cur_it = m->actor; c->cur_it_tok = i; }
    else { c->cur_person = m->actor; c->cur_person_tok = i; }
    i = m->last - 1;
  }
  track_pairs(c, &s);
  find_speaker(c, &s);
  for (guint i = s.first; i < s.last; i++) {
    if ((BITS(i) & W_SAY) && !mention(c, i)) s.reported = TRUE; /* not "United States" */
    const GPtrArray *cf = c->cues[i];
    if (!cf || mention(c, i)) continue;
    gboolean reported = s.reported || (TOK(i).flags & RIFT_TOKF_QUOTE_IN);
    Sent s2 = s;
    s2.reported = reported;
    gboolean multi = FALSE;
    for (guint k = 0; k < cf->len; k++) {
      const RiftCueForm *f = cf->pdata[k];
      if (f->cue->nwords > 1 && cue_end(c, &s2, i, f->cue)) multi = TRUE;
    }
    /* lines of one lemma told apart by their prepositions ("vote for",
     * "vote against"): only the one whose preposition follows, none
     * without one ("the UN vote condemning Russia" gave both signs) */
    guint p = G_MAXUINT;
    for (guint k = 0; k < cf->len; k++) {
      const RiftCueForm *f = cf->pdata[k];
      if (multi && f->cue->nwords == 1) continue; /* "stood by" is not passive */
      if ((f->cue->flags & CUEF_SPLIT) && f->cue->nwords > 1) {
        /* "joined forces with", "teamed up against": after the particle */
        guint q = cue_end(c, &s2, i, f->cue);
        if (!(q && q < s.last && rift__lexicon_cue_has_prep(f->cue, LOW(q)))) continue;
      } else if (f->cue->flags & CUEF_SPLIT) {
        if (p == G_MAXUINT) {
          p = i + 1;
          while (p < s.last && ((BITS(p) & (W_ADV | W_TIME)) ||
                                (TOK(p).kind == RIFT_TOK_WORD && g_str_has_suffix(LOW(p), "ly"))))
            p++;
          if (p + 1 < s.last && ISL(p, "by") && mention(c, p + 1))
            p = mention(c, p + 1)->last; /* "voted by Congress for the Contras" */
        }
        if (!(p < s.last && rift__lexicon_cue_has_prep(f->cue, LOW(p)))) continue;
      }
      handle_cue(c, &s2, i, f);
    }
  }
  handle_concession(c, &s);
  handle_stance_pp(c, &s);
  handle_stop_demand(c, &s);
  note_statement_speaker(c, &s);
  update_coref(c, &s);
}
