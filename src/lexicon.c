/* lexicon.c: the word knowledge of the relations stage.  Two data files
 * embedded from src/data/: words.tsv (closed-class words: determiners,
 * auxiliaries, negations, reporting verbs, agent nouns ...) and cues.tsv
 * (support and oppose predicates with strengths).  Every inflection of a
 * cue is generated here: regular rules plus WordNet's irregular forms
 * (verb.exc, noun.exc from Debian's wordnet-base), so "struck", "fought"
 * and "seized" all find their lemma. */
#include "rift-private.h"

#include <string.h>

struct _RiftLexicon {
  GHashTable *words;      /* lower word -> GUINT bits */
  GHashTable *sem;        /* lower word -> GUINT lexical sets (S_*) */
  GHashTable *cues;       /* first word surface form -> GPtrArray<RiftCueForm*> */
  GPtrArray *cue_list;    /* RiftCue*, owned */
  GPtrArray *forms;       /* RiftCueForm*, owned */
  GHashTable *irregular;  /* lemma -> GPtrArray<char*> inflected forms */
  GHashTable *ambiguity;  /* lower alias -> GPtrArray<RiftAmbiguity*> */
  GHashTable *groups; /* lower words of groups.tsv -> RIFT_GROUP_* bits */
  GHashTable *places; /* lower name of places.tsv -> GPtrArray<RiftPlace*> */
  GPtrArray *place_list; /* RiftPlace*, owned */
  GStringChunk *strings;
};

static const struct { const char *name; guint bit; } word_classes[] = {
  {"det", W_DET}, {"prep", W_PREP}, {"pron", W_PRON}, {"poss", W_POSS},
  {"aux", W_AUX}, {"be", W_BE}, {"modal", W_MODAL}, {"neg", W_NEG},
  {"conj", W_CONJ}, {"sub", W_SUB}, {"rel", W_REL}, {"say", W_SAY},
  {"refuse", W_REFUSE}, {"hedge", W_HEDGE}, {"cond", W_COND},
  {"agent", W_AGENT}, {"title", W_TITLE}, {"nonstate", W_NONSTATE},
  {"adv", W_ADV}, {"predict", W_PREDICT}, {"plural", W_PLURAL},
  {"time", W_TIME}, {"position", W_POSITION}, {"verb", W_VERB},
  {"body", W_BODY}, {"meet", W_MEET}, {"abbr", W_ABBR}, {"qword", W_QWORD},
  {"stop", W_STOP}, {"particle", W_PARTICLE},
  {"cancel", W_CANCEL},
};

static const struct { const char *name; guint bit; } word_sets[] = {
  {"ask", S_ASK}, {"control", S_CONTROL}, {"aspect", S_ASPECT}, {"brand", S_BRAND},
  {"office", S_OFFICE}, {"receive", S_RECEIVE}, {"bond", S_BOND},
  {"grievance", S_GRIEVANCE}, {"company", S_COMPANY}, {"compass", S_COMPASS},
  {"feature", S_FEATURE}, {"demand", S_DEMAND}, {"outbreak", S_OUTBREAK},
  {"container", S_CONTAINER}, {"accuse", S_ACCUSE},
  {"place", S_PLACE}, {"sport", S_SPORT}, {"motion", S_MOTION},
  {"emulate", S_EMULATE}, {"maybe", S_MAYBE}, {"harm", S_HARM},
  {"comply", S_COMPLY}, {"stated", S_STATED}, {"requirement", S_REQUIREMENT},
  {"speech", S_SPEECH}, {"seize", S_SEIZE}, {"contest", S_CONTEST},
  {"ballot", S_BALLOT}, {"trade", S_TRADE}, {"arms", S_ARMS},
  {"goods", S_GOODS}, {"attempt", S_ATTEMPT},
};

static gboolean parse_words(RiftLexicon *lx, const char *data, gsize len,
                            GError **error) {
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint ln = 0; lines[ln]; ln++) {
    char *line = g_strstrip(lines[ln]);
    if (!*line || *line == '#') continue;
    char *tab = strchr(line, '\t');
    if (!tab) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "words.tsv:%u: expected WORD<TAB>CLASSES", ln + 1);
      return FALSE;
    }
    *tab = 0;
    guint bits = 0, sem = 0;
    g_auto(GStrv) cls = g_strsplit_set(tab + 1, ", \t", -1);
    for (guint i = 0; cls[i]; i++) {
      if (!*cls[i]) continue;
      gboolean found = FALSE;
      for (gsize k = 0; k < G_N_ELEMENTS(word_classes); k++)
        if (g_str_equal(cls[i], word_classes[k].name)) {
          bits |= word_classes[k].bit;
          found = TRUE;
        }
      for (gsize k = 0; k < G_N_ELEMENTS(word_sets); k++)
        if (g_str_equal(cls[i], word_sets[k].name)) {
          sem |= word_sets[k].bit;
          found = TRUE;
        }
      if (!found) {
        g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                    "words.tsv:%u: unknown class '%s'", ln + 1, cls[i]);
        return FALSE;
      }
    }
    const char *w = g_string_chunk_insert(lx->strings, line);
    guint old = GPOINTER_TO_UINT(g_hash_table_lookup(lx->words, w));
    if (bits || !g_hash_table_contains(lx->words, w))
      g_hash_table_insert(lx->words, (gpointer)w, GUINT_TO_POINTER(old | bits));
    old = GPOINTER_TO_UINT(g_hash_table_lookup(lx->sem, w));
    if (sem) g_hash_table_insert(lx->sem, (gpointer)w, GUINT_TO_POINTER(old | sem));
  }
  return TRUE;
}

static void load_exc(RiftLexicon *lx, const unsigned char *data, gsize len) {
  g_autofree char *copy = g_strndup((const char *)data, len);
  g_auto(GStrv) lines = g_strsplit(copy, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    g_auto(GStrv) f = g_strsplit(lines[i], " ", 3);
    if (!f[0] || !f[1]) continue;
    if (strchr(f[0], '_') || strchr(f[1], '_')) continue;
    char *lemma = g_string_chunk_insert(lx->strings, g_strstrip(f[1]));
    GPtrArray *a = g_hash_table_lookup(lx->irregular, lemma);
    if (!a) {
      a = g_ptr_array_new();
      g_hash_table_insert(lx->irregular, lemma, a);
    }
    g_ptr_array_add(a, g_string_chunk_insert(lx->strings, f[0]));
  }
}

static gboolean is_vowel(char c) { return strchr("aeiou", c) != NULL; }

static void add_form(RiftLexicon *lx, const RiftCue *cue, const char *surface,
                     guint8 forms, guint8 pos) {
  GPtrArray *a = g_hash_table_lookup(lx->cues, surface);
  if (!a) {
    a = g_ptr_array_new();
    g_hash_table_insert(lx->cues, g_string_chunk_insert(lx->strings, surface), a);
  }
  for (guint i = 0; i < a->len; i++) {
    RiftCueForm *f = a->pdata[i];
    if (f->cue == cue) {
      f->forms |= forms;
      f->pos |= pos;
      return;
    }
  }
  RiftCueForm *f = g_new0(RiftCueForm, 1);
  f->cue = cue;
  f->forms = forms;
  f->pos = pos;
  g_ptr_array_add(lx->forms, f);
  g_ptr_array_add(a, f);
}

/* Generates the inflections of the first word of cue's lemma. */
static void inflect(RiftLexicon *lx, const RiftCue *cue) {
  g_autofree char *w = g_strdup(cue->lemma);
  char *sp = strchr(w, ' ');
  if (sp) *sp = 0;
  gsize n = strlen(w);
  char last = w[n - 1], prev = n > 1 ? w[n - 2] : 0;
  g_autofree char *stem_y = n > 1 ? g_strndup(w, n - 1) : g_strdup(w);
  if (cue->pos == CUE_ADJ) {
    add_form(lx, cue, w, FORM_BASE, CUE_ADJ);
    return;
  }
  if (cue->pos == CUE_NOUN && sp) {
    /* "air strike": the first word keys it, the last inflects (cue_end) */
    add_form(lx, cue, w, FORM_BASE | FORM_PLURAL, CUE_NOUN);
    return;
  }
  if (cue->pos == CUE_NOUN) {
    add_form(lx, cue, w, FORM_BASE, CUE_NOUN);
    g_autofree char *pl = NULL;
    if (last == 'y' && !is_vowel(prev)) pl = g_strconcat(stem_y, "ies", NULL);
    else if (last == 's' || last == 'x' || last == 'z' ||
             g_str_has_suffix(w, "ch") || g_str_has_suffix(w, "sh") ||
             (last == 'o' && !is_vowel(prev)))
      pl = g_strconcat(w, "es", NULL);
    else pl = g_strconcat(w, "s", NULL);
    add_form(lx, cue, pl, FORM_PLURAL, CUE_NOUN);
    if (last == 'o') {
      g_autofree char *pl2 = g_strconcat(w, "s", NULL);
      add_form(lx, cue, pl2, FORM_PLURAL, CUE_NOUN);
    }
    return;
  }
  /* verbs */
  add_form(lx, cue, w, FORM_BASE, CUE_VERB);
  g_autofree char *s3 = NULL, *ed = NULL, *ing = NULL, *ed2 = NULL,
                  *ing2 = NULL;
  if (last == 'y' && !is_vowel(prev)) {
    s3 = g_strconcat(stem_y, "ies", NULL);
    ed = g_strconcat(stem_y, "ied", NULL);
  } else {
    if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
        g_str_has_suffix(w, "ch") || g_str_has_suffix(w, "sh"))
      s3 = g_strconcat(w, "es", NULL);
    else s3 = g_strconcat(w, "s", NULL);
    ed = last == 'e' ? g_strconcat(w, "d", NULL) : g_strconcat(w, "ed", NULL);
  }
  if (last == 'e' && prev != 'e' && prev != 'y' && prev != 'o')
    ing = g_strconcat(stem_y, "ing", NULL);
  else if (g_str_has_suffix(w, "ie"))
    ing = g_strdup_printf("%.*sying", (int)(n - 2), w);
  else
    ing = g_strconcat(w, "ing", NULL);
  /* consonant-vowel-consonant endings may double: ban -> banned */
  if (n >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
      is_vowel(prev) && !is_vowel(w[n - 3])) {
    ed2 = g_strdup_printf("%s%ced", w, last);
    ing2 = g_strdup_printf("%s%cing", w, last);
  }
  add_form(lx, cue, s3, FORM_3S, CUE_VERB);
  add_form(lx, cue, ed, FORM_PAST | FORM_PPART, CUE_VERB);
  add_form(lx, cue, ing, FORM_ING, CUE_VERB);
  if (ed2) add_form(lx, cue, ed2, FORM_PAST | FORM_PPART, CUE_VERB);
  if (ing2) add_form(lx, cue, ing2, FORM_ING, CUE_VERB);
  GPtrArray *irr = g_hash_table_lookup(lx->irregular, w);
  for (guint i = 0; irr && i < irr->len; i++)
    add_form(lx, cue, irr->pdata[i], FORM_PAST | FORM_PPART, CUE_VERB);
  /* verbs whose past is their base, which verb.exc leaves out: "Israel
   * was hit by Hezbollah rockets", "aid was cut by Congress" */
  static const char *const unchanged[] = {"hit", "cut", "put", "set", "shut", "quit", "let",
                                          "cast", "hurt", "spread", "split", "burst", "thrust",
                                          "upset", "beset", "shed", "rid", "undercut", NULL};
  for (const char *const *u = unchanged; *u; u++)
    if (!strcmp(w, *u)) add_form(lx, cue, w, FORM_PAST | FORM_PPART, CUE_VERB);
}

static const struct { const char *name; guint bit; } cue_flags[] = {
  {"obj", CUEF_OBJ}, {"light", CUEF_LIGHT}, {"lightverb", CUEF_LIGHTVERB},
  {"action", CUEF_ACTION}, {"neg", CUEF_NEG}, {"hedge", CUEF_HEDGE},
  {"role", CUEF_ROLE}, {"sym", CUEF_SYM}, {"inf", CUEF_INF}, {"ponly", CUEF_PONLY}, {"eval", CUEF_EVAL}, {"lonly", CUEF_LONLY},
  {"material", CUEF_MATERIAL}, {"restrict", CUEF_RESTRICT}, {"breach", CUEF_BREACH},
  {"objection", CUEF_OBJECTION}, {"proposal", CUEF_PROPOSAL}, {"clause", CUEF_CLAUSE},
  {"cond", CUEF_COND}, {"sided", CUEF_SIDED},
  {"place", CUEF_PLACE},
};

static gboolean parse_cues(RiftLexicon *lx, const char *data, GError **error) {
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint ln = 0; lines[ln]; ln++) {
    const char *line = lines[ln];
    if (!*line || *line == '#') continue;
    g_auto(GStrv) f = g_strsplit(line, "\t", -1);
    guint nf = g_strv_length(f);
    if (nf == 1 && !*g_strstrip(f[0])) continue;
    if (nf < 4) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "cues.tsv:%u: expected LEMMA<TAB>POS<TAB>POLARITY<TAB>"
                  "STRENGTH[<TAB>PREPS<TAB>FLAGS]", ln + 1);
      return FALSE;
    }
    RiftCue *c = g_new0(RiftCue, 1);
    g_ptr_array_add(lx->cue_list, c);
    c->lemma = g_string_chunk_insert(lx->strings, g_strstrip(f[0]));
    const char *pos = g_strstrip(f[1]);
    if (g_str_equal(pos, "v")) c->pos = CUE_VERB;
    else if (g_str_equal(pos, "n")) c->pos = CUE_NOUN;
    else if (g_str_equal(pos, "a")) c->pos = CUE_ADJ;
    else {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "cues.tsv:%u: part of speech '%s' is not v, n or a", ln + 1, pos);
      return FALSE;
    }
    const char *pol = g_strstrip(f[2]);
    if (g_str_equal(pol, "support")) c->polarity = 1;
    else if (g_str_equal(pol, "oppose")) c->polarity = -1;
    else {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "cues.tsv:%u: polarity '%s' is not support or oppose", ln + 1, pol);
      return FALSE;
    }
    char *end = NULL;
    c->strength = g_ascii_strtod(g_strstrip(f[3]), &end);
    if (!end || *end || c->strength < -10 || c->strength > 10) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "cues.tsv:%u: strength '%s' is not a number in -10..10", ln + 1, f[3]);
      return FALSE;
    }
    c->preps = g_strsplit_set(nf > 4 ? g_strstrip(f[4]) : "", "|", -1);
    /* drop empties */
    guint k = 0;
    for (guint i = 0; c->preps[i]; i++) {
      if (*c->preps[i]) c->preps[k++] = c->preps[i];
      else g_free(c->preps[i]);
    }
    c->preps[k] = NULL;
    if (nf > 5) {
      g_auto(GStrv) fl = g_strsplit_set(g_strstrip(f[5]), ", ", -1);
      for (guint i = 0; fl[i]; i++) {
        if (!*fl[i]) continue;
        gboolean found = FALSE;
        for (gsize q = 0; q < G_N_ELEMENTS(cue_flags); q++)
          if (g_str_equal(fl[i], cue_flags[q].name)) {
            c->flags |= cue_flags[q].bit;
            found = TRUE;
          }
        if (!found) {
          g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                      "cues.tsv:%u: unknown flag '%s'", ln + 1, fl[i]);
          return FALSE;
        }
      }
    }
    c->nwords = 1;
    for (const char *p = c->lemma; *p; p++)
      if (*p == ' ') c->nwords++;
    inflect(lx, c);
  }
  /* lines of one lemma told apart by their prepositions ("vote for",
   * "vote against"): each fires only on its own preposition */
  g_autoptr(GHashTable) by_lemma = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < lx->cue_list->len; i++) {
    RiftCue *a = lx->cue_list->pdata[i];
    GPtrArray *same = g_hash_table_lookup(by_lemma, a->lemma);
    if (!same) {
      same = g_ptr_array_new();
      g_hash_table_insert(by_lemma, (gpointer)a->lemma, same);
    }
    for (guint j = 0; j < same->len; j++) {
      RiftCue *b = same->pdata[j];
      if (a->pos == b->pos && (a->polarity > 0) != (b->polarity > 0) &&
          !((a->flags | b->flags) & CUEF_LIGHTVERB) && a->preps[0] && b->preps[0]) {
        a->flags |= CUEF_SPLIT;
        b->flags |= CUEF_SPLIT;
      }
    }
    g_ptr_array_add(same, a);
  }
  return TRUE;
}

static void free_ambiguity(gpointer p) {
  RiftAmbiguity *a = p;
  g_hash_table_unref(a->words);
  g_free(a);
}

static gboolean parse_ambiguity(RiftLexicon *lx, const char *data, GError **error) {
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint ln = 0; lines[ln]; ln++) {
    const char *line = lines[ln];
    if (!*line || *line == '#') continue;
    g_auto(GStrv) f = g_strsplit(line, "\t", -1);
    if (g_strv_length(f) != 3 ||
        !(g_str_equal(f[1], "before") || g_str_equal(f[1], "after"))) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "ambiguous.tsv:%u: expected ALIAS<TAB>before|after<TAB>WORDS", ln + 1);
      return FALSE;
    }
    RiftAmbiguity *a = g_new0(RiftAmbiguity, 1);
    a->after = g_str_equal(f[1], "after");
    a->words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_auto(GStrv) w = g_strsplit(g_strstrip(f[2]), "|", -1);
    for (guint i = 0; w[i]; i++)
      if (*w[i]) g_hash_table_add(a->words, g_strdup(w[i]));
    char *key = g_string_chunk_insert(lx->strings, g_strstrip(f[0]));
    GPtrArray *arr = g_hash_table_lookup(lx->ambiguity, key);
    if (!arr) {
      arr = g_ptr_array_new_with_free_func(free_ambiguity);
      g_hash_table_insert(lx->ambiguity, key, arr);
    }
    g_ptr_array_add(arr, a);
  }
  return TRUE;
}

static gboolean parse_groups(RiftLexicon *lx, const char *data, GError **error) {
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint ln = 0; lines[ln]; ln++) {
    const char *line = lines[ln];
    if (!*line || *line == '#') continue;
    g_auto(GStrv) f = g_strsplit(line, "\t", -1);
    guint bit = 0;
    if (g_strv_length(f) == 2)
      bit = g_str_equal(f[0], "adj")    ? RIFT_GROUP_ADJ
            : g_str_equal(f[0], "head") ? RIFT_GROUP_HEAD
            : g_str_equal(f[0], "mod")  ? RIFT_GROUP_MOD
                                        : 0;
    if (!bit) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "groups.tsv:%u: expected adj|head|mod<TAB>WORD", ln + 1);
      return FALSE;
    }
    char *low = g_utf8_strdown(g_strstrip(f[1]), -1);
    bit |= GPOINTER_TO_UINT(g_hash_table_lookup(lx->groups, low));
    g_hash_table_insert(lx->groups, low, GUINT_TO_POINTER(bit));
  }
  return TRUE;
}

/* A record of places.tsv: the state holding a place for a time. */
typedef struct {
  const char *state, *from, *until; /* from/until NULL: open */
  gboolean struck;                  /* kind "struck", else "taken" */
} RiftPlace;

static gboolean parse_places(RiftLexicon *lx, const char *data, GError **error) {
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint ln = 0; lines[ln]; ln++) {
    const char *line = lines[ln];
    if (!*line || *line == '#') continue;
    g_auto(GStrv) f = g_strsplit(line, "\t", -1);
    if (g_strv_length(f) != 5 || !*f[0] || !*f[1] ||
        (strcmp(f[4], "taken") && strcmp(f[4], "struck"))) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "places.tsv:%u: expected NAMES<TAB>STATE<TAB>FROM<TAB>UNTIL<TAB>taken|struck",
                  ln + 1);
      return FALSE;
    }
    RiftPlace *pl = g_new0(RiftPlace, 1);
    pl->state = g_string_chunk_insert_const(lx->strings, f[1]);
    pl->from = *f[2] ? g_string_chunk_insert_const(lx->strings, f[2]) : NULL;
    pl->until = *f[3] ? g_string_chunk_insert_const(lx->strings, f[3]) : NULL;
    pl->struck = !strcmp(f[4], "struck");
    g_ptr_array_add(lx->place_list, pl);
    g_auto(GStrv) names = g_strsplit(f[0], "|", -1);
    for (guint n = 0; names[n]; n++) {
      g_autofree char *low = g_utf8_strdown(names[n], -1);
      GPtrArray *rows = g_hash_table_lookup(lx->places, low);
      if (!rows) {
        rows = g_ptr_array_new();
        g_hash_table_insert(lx->places, g_strdup(low), rows);
      }
      g_ptr_array_add(rows, pl);
    }
  }
  return TRUE;
}

void rift__lexicon_foreach_place(const RiftLexicon *lx, GHFunc fn, gpointer data) {
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, lx->places);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    /* "deir ez-zor" begins with "deir", "mazar-i-sharif" with "mazar" */
    g_autofree char *first = g_strdup(k);
    first[strcspn(first, " -")] = '\0';
    fn(first, v, data);
  }
}

const char *rift__lexicon_place(const RiftLexicon *lx, const char *lower, const char *date,
                                gboolean *struck) {
  const GPtrArray *rows = g_hash_table_lookup(lx->places, lower);
  for (guint i = 0; rows && i < rows->len; i++) {
    const RiftPlace *pl = rows->pdata[i];
    if (date && pl->from && rift__date_cmp(date, pl->from) < 0) continue;
    if (date && pl->until && rift__date_cmp(date, pl->until) >= 0) continue;
    if (!date && pl->until) continue; /* undated: the present holder */
    *struck = pl->struck;
    return pl->state;
  }
  return NULL;
}

static void free_cue(gpointer p) {
  RiftCue *c = p;
  g_strfreev(c->preps);
  g_free(c);
}

RiftLexicon *rift__lexicon_new(GError **error) {
  RiftLexicon *lx = g_new0(RiftLexicon, 1);
  lx->strings = g_string_chunk_new(8192);
  lx->words = g_hash_table_new(g_str_hash, g_str_equal);
  lx->sem = g_hash_table_new(g_str_hash, g_str_equal);
  lx->cues = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                   (GDestroyNotify)g_ptr_array_unref);
  lx->irregular = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify)g_ptr_array_unref);
  lx->cue_list = g_ptr_array_new_with_free_func(free_cue);
  lx->ambiguity = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify)g_ptr_array_unref);
  lx->groups = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  lx->forms = g_ptr_array_new_with_free_func(g_free);
  lx->places = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify)g_ptr_array_unref);
  lx->place_list = g_ptr_array_new_with_free_func(g_free);
  load_exc(lx, rift__data_verbexc, rift__data_verbexc_len);
  if (!parse_words(lx, (const char *)rift__data_words, rift__data_words_len, error) ||
      !parse_cues(lx, (const char *)rift__data_cues, error) ||
      !parse_ambiguity(lx, (const char *)rift__data_ambiguous, error) ||
      !parse_groups(lx, (const char *)rift__data_groups, error) ||
      !parse_places(lx, (const char *)rift__data_places, error)) {
    rift__lexicon_free(lx);
    return NULL;
  }
  return lx;
}

void rift__lexicon_free(RiftLexicon *lx) {
  if (!lx) return;
  g_hash_table_unref(lx->words);
  g_hash_table_unref(lx->sem);
  g_hash_table_unref(lx->cues);
  g_hash_table_unref(lx->irregular);
  g_hash_table_unref(lx->ambiguity);
  g_hash_table_unref(lx->groups);
  g_hash_table_unref(lx->places);
  g_ptr_array_unref(lx->place_list);
  g_ptr_array_unref(lx->forms);
  g_ptr_array_unref(lx->cue_list);
  g_string_chunk_free(lx->strings);
  g_free(lx);
}

gboolean rift__lexicon_cue_has_prep(const RiftCue *cue, const char *prep) {
  for (char **p = cue->preps; *p; p++)
    if (g_str_equal(*p, prep)) return TRUE;
  return FALSE;
}

void rift__lexicon_foreach_word(const RiftLexicon *lx, GHFunc fn, gpointer data) {
  g_hash_table_foreach(lx->words, fn, data);
}

void rift__lexicon_foreach_sem(const RiftLexicon *lx, GHFunc fn, gpointer data) {
  g_hash_table_foreach(lx->sem, fn, data);
}

void rift__lexicon_foreach_cue(const RiftLexicon *lx, GHFunc fn, gpointer data) {
  g_hash_table_foreach(lx->cues, fn, data);
}

void rift__lexicon_foreach_group(const RiftLexicon *lx, GHFunc fn, gpointer data) {
  g_hash_table_foreach(lx->groups, fn, data);
}

void rift__lexicon_foreach_ambiguity(const RiftLexicon *lx, GHFunc fn, gpointer data) {
  g_hash_table_foreach(lx->ambiguity, fn, data);
}
