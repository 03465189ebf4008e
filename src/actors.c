/* actors.c: the actor dictionary of the actors stage.  Every ISO 3166-1
 * state comes from Debian's iso-codes JSON, embedded at build time; the
 * curated src/data/actors.tsv adds short names, demonyms, capitals, seats
 * of power, disputed and historical states, organisations and their
 * organs, groups, media and officials with the dates their roles held.
 * Users add their own files in the same format.  Lookup is a longest match
 * over tokens; aliases shared by several actors are told apart by the
 * document's date. */
#include "rift-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

typedef struct {
  const char *id;
  const char *exact;  /* (nullable) case-sensitive form */
  gboolean cap;       /* the alias is a capitalised name */
} AliasEntry;

struct _RiftDict {
  GStringChunk *strings;
  GPtrArray *periods;     /* RiftActor*, owned */
  GHashTable *by_id;      /* id -> GPtrArray<RiftActor*> */
  GHashTable *aliases;    /* token-joined lower alias -> GArray<AliasEntry> */
  GHashTable *first;      /* first lower token -> GUINT max tokens */
  GHashTable *first_low;  /* the same for aliases that match lower case */
  RiftText *scratch;      /* reused by add_alias while loading */
  guint64 filter[1024];   /* bit of alias_filter_bit set: an alias may
                             have these tokens (a miss skips the table) */
};

/* The hash of a token sequence, folded from the tokens' own hashes, and
 * its bit in RiftDict.filter. */
static inline guint32 alias_hash_step(guint32 h, guint32 token_hash) {
  return ((h << 5 | h >> 27) ^ token_hash) * 0x9E3779B1u;
}
#define FILTER_HAS(d, h) ((d)->filter[((h) >> 16) / 64] & (G_GUINT64_CONSTANT(1) << (((h) >> 16) % 64)))

static const char *const type_names[] = {
  "state", "igo", "group", "bloc", "person", "body", "media", "party", "other"};

const char *rift_actor_type_name(RiftActorType t) {
  return t < G_N_ELEMENTS(type_names) ? type_names[t] : "other";
}

gboolean rift_actor_type_parse(const char *s, RiftActorType *out) {
  for (gsize i = 0; i < G_N_ELEMENTS(type_names); i++)
    if (g_str_equal(s, type_names[i])) {
      *out = (RiftActorType)i;
      return TRUE;
    }
  return FALSE;
}

/* Compares ISO dates, allowing "YYYY" and "YYYY-MM" prefixes. */
int rift__date_cmp(const char *a, const char *b) {
  return strncmp(a, b, MIN(strlen(a), strlen(b)));
}

static const char *intern(RiftDict *d, const char *s) {
  return s && *s ? g_string_chunk_insert_const(d->strings, s) : NULL;
}

static RiftActor *add_period(RiftDict *d, const char *id, const char *name,
                             RiftActorType type, const char *speaks_for,
                             const char *from, const char *until) {
  RiftActor *a = g_new0(RiftActor, 1);
  a->id = intern(d, id);
  a->name = intern(d, name ? name : id);
  a->type = type;
  a->speaks_for = intern(d, speaks_for);
  a->from = intern(d, from);
  a->until = intern(d, until);
  g_ptr_array_add(d->periods, a);
  GPtrArray *p = g_hash_table_lookup(d->by_id, a->id);
  if (!p) {
    p = g_ptr_array_new();
    g_hash_table_insert(d->by_id, (gpointer)a->id, p);
  }
  g_ptr_array_add(p, a);
  return a;
}

/* The key of an alias: its tokens' lower forms joined by spaces, without
 * a leading "the". */
/* The lookup key of alias: its lower-case tokens joined by spaces, less
 * a leading "the".  t holds the analysis (reused from call to call). */
/* alias_key for the common alias of ASCII letters and digits between
 * single spaces ("Islamic State", "G7"): its tokens are its words, so the
 * text stage is not needed (dictionary loading is most of start-up).
 * Returns NULL for any other alias. */
static char *simple_alias_key(const char *alias, guint *ntok, guint *skip_bytes,
                              guint32 *hash) {
  for (const char *p = alias; *p; p++)
    if (*p == ' ' ? (p == alias || p[1] == ' ' || !p[1]) : !g_ascii_isalnum(*p)) return NULL;
  if (!*alias) return NULL;
  char *key = g_ascii_strdown(alias, -1);
  char *start = key;
  *skip_bytes = 0;
  if (!strncmp(key, "the ", 4)) { /* a leading "the" is optional */
    start += 4;
    *skip_bytes = 4;
  }
  guint32 h = 0;
  guint n = 0;
  for (const char *w = start; *w;) {
    const char *e = strchr(w, ' ');
    gsize len = e ? (gsize)(e - w) : strlen(w);
    h = alias_hash_step(h, rift_text_hash(w, len));
    n++;
    w += len + (e ? 1 : 0);
  }
  *ntok = n;
  if (hash) *hash = h;
  if (start != key) memmove(key, start, strlen(start) + 1);
  return key;
}

static char *alias_key(RiftText *t, const char *alias, guint *ntok, guint *skip_bytes,
                       guint32 *hash) {
  char *simple = simple_alias_key(alias, ntok, skip_bytes, hash);
  if (simple) return simple;
  rift_text_reset(t, alias, strlen(alias));
  GString *k = g_string_new(NULL);
  guint first = 0;
  *skip_bytes = 0;
  if (t->tokens->len > 1 &&
      g_str_equal(g_array_index(t->tokens, RiftToken, 0).lower, "the")) {
    first = 1;
    *skip_bytes = g_array_index(t->tokens, RiftToken, 1).start;
  }
  guint32 h = 0;
  for (guint i = first; i < t->tokens->len; i++) {
    if (k->len) g_string_append_c(k, ' ');
    g_string_append(k, g_array_index(t->tokens, RiftToken, i).lower);
    h = alias_hash_step(h, g_array_index(t->tokens, RiftToken, i).hash);
  }
  *ntok = t->tokens->len - first;
  if (hash) *hash = h;
  return g_string_free(k, FALSE);
}

/* Raises the most tokens an alias starting with token has in first. */
static void raise_first(RiftDict *d, GHashTable *first, const char *token,
                        guint ntok) {
  gpointer key, old;
  if (!g_hash_table_lookup_extended(first, token, &key, &old))
    g_hash_table_insert(first, (gpointer)intern(d, token), GUINT_TO_POINTER(ntok));
  else if (ntok > GPOINTER_TO_UINT(old))
    g_hash_table_insert(first, key, GUINT_TO_POINTER(ntok));
}

/* id: interned (a RiftActor's). */
static void add_alias(RiftDict *d, const char *id, const char *alias) {
  gboolean exact = alias[0] == '=';
  if (exact) alias++;
  if (!*alias) return;
  guint ntok, skip;
  if (!d->scratch) d->scratch = g_new0(RiftText, 1);
  guint32 h;
  g_autofree char *key = alias_key(d->scratch, alias, &ntok, &skip, &h);
  if (!*key) return;
  d->filter[(h >> 16) / 64] |= G_GUINT64_CONSTANT(1) << ((h >> 16) % 64);
  alias += skip;
  GArray *a = g_hash_table_lookup(d->aliases, key);
  if (!a) { /* the table keeps keys unique: no need to intern them */
    a = g_array_new(FALSE, FALSE, sizeof(AliasEntry));
    g_hash_table_insert(d->aliases, g_string_chunk_insert(d->strings, key), a);
  }
  gunichar c = g_utf8_get_char(alias);
  for (guint i = 0; i < a->len; i++) {
    AliasEntry *e = &g_array_index(a, AliasEntry, i);
    if (g_str_equal(e->id, id) &&
        g_strcmp0(e->exact, exact ? alias : NULL) == 0) {
      /* "Global Coalition|global coalition": the lower-case form lets
       * any case match */
      if (!g_unichar_isupper(c) && e->cap) {
        e->cap = FALSE;
        break;
      }
      return;
    }
  }
  AliasEntry e = {id, exact ? intern(d, alias) : NULL,
                  g_unichar_isupper(c)};
  gboolean known = FALSE;
  for (guint i = 0; i < a->len && !known; i++) {
    const AliasEntry *o = &g_array_index(a, AliasEntry, i);
    known = g_str_equal(o->id, id) && g_strcmp0(o->exact, e.exact) == 0;
  }
  if (!known) g_array_append_val(a, e);
  char *sp = strchr(key, ' ');
  if (sp) *sp = 0;
  raise_first(d, d->first, key, ntok);
  if (!e.cap) raise_first(d, d->first_low, key, ntok); /* "al-Qaeda", "=contras" */
}

static gboolean load_iso(RiftDict *d, GError **error) {
  g_autoptr(JsonParser) p = json_parser_new();
  if (!json_parser_load_from_data(p, (const char *)rift__data_iso3166,
                                  rift__data_iso3166_len, error))
    return FALSE;
  JsonObject *root = json_node_get_object(json_parser_get_root(p));
  JsonArray *arr = json_object_get_array_member(root, "3166-1");
  for (guint i = 0; i < json_array_get_length(arr); i++) {
    JsonObject *o = json_array_get_object_element(arr, i);
    const char *a3 = json_object_get_string_member(o, "alpha_3");
    const char *name = json_object_get_string_member(o, "name");
    const char *common = json_object_has_member(o, "common_name")
                             ? json_object_get_string_member(o, "common_name") : NULL;
    const char *official = json_object_has_member(o, "official_name")
                               ? json_object_get_string_member(o, "official_name") : NULL;
    const char *id =
        add_period(d, a3, common ? common : name, RIFT_ACTOR_STATE, NULL, NULL, NULL)->id;
    /* "Korea, Republic of" style names are not how text writes them */
    if (!strchr(name, ',')) add_alias(d, id, name);
    if (common) add_alias(d, id, common);
    if (official) add_alias(d, id, official);
  }
  return TRUE;
}

/* Cuts s at each sep, in place: up to max fields, each stripped of
 * surrounding blanks; returns how many there were (which may exceed max:
 * the surplus is not stored). */
static guint split_fields(char *s, char sep, char **f, guint max) {
  guint n = 0;
  for (;;) {
    char *e = strchr(s, sep);
    if (e) *e = '\0';
    if (n < max) f[n] = g_strstrip(s);
    n++;
    if (!e) return n;
    s = e + 1;
  }
}

/* Parses the actors.tsv format:
 *   id TAB type TAB name TAB speaks_for TAB from TAB until TAB aliases
 * A line for a known id with the same dates updates that period (name,
 * type, speaks_for) and adds aliases; other dates add a period. */
gboolean rift_dict_load_data(RiftDict *d, const char *fname, const char *data,
                             gsize len, GError **error) {
  /* one copy, cut into lines and fields in place (start-up is mostly
   * this function) */
  g_autofree char *copy = g_strndup(data, len);
  char *next = copy;
  for (guint ln = 0; next; ln++) {
    char *line = next;
    next = strchr(line, '\n');
    if (next) *next++ = '\0';
    gsize l = strlen(line);
    if (l && line[l - 1] == '\r') line[l - 1] = 0;
    if (!*line || *line == '#') continue;
    char *f[7];
    guint nf = split_fields(line, '\t', f, 7);
    if (nf != 7) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "%s:%u: expected 7 tab-separated columns (id, type, name, "
                  "speaks_for, from, until, aliases), found %u",
                  fname, ln + 1, nf);
      return FALSE;
    }
    if (!*f[0]) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT, "%s:%u: empty id",
                  fname, ln + 1);
      return FALSE;
    }
    RiftActorType type;
    if (!rift_actor_type_parse(f[1], &type)) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                  "%s:%u: unknown type '%s' (expected state, igo, group, "
                  "bloc, person, body, media, party or other)",
                  fname, ln + 1, f[1]);
      return FALSE;
    }
    for (guint c = 4; c <= 5; c++) {
      const char *s = f[c];
      gboolean ok = !*s || (strlen(s) >= 4 && g_ascii_isdigit(s[0]) &&
                            g_ascii_isdigit(s[1]) && g_ascii_isdigit(s[2]) &&
                            g_ascii_isdigit(s[3]));
      for (const char *p = s; ok && *p; p++)
        if (!g_ascii_isdigit(*p) && *p != '-') ok = FALSE;
      if (!ok) {
        g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT,
                    "%s:%u: '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                    fname, ln + 1, s);
        return FALSE;
      }
    }
    GPtrArray *periods = g_hash_table_lookup(d->by_id, f[0]);
    RiftActor *a = NULL;
    for (guint i = 0; periods && i < periods->len; i++) {
      RiftActor *p = periods->pdata[i];
      if (g_strcmp0(p->from, *f[4] ? f[4] : NULL) == 0 &&
          g_strcmp0(p->until, *f[5] ? f[5] : NULL) == 0)
        a = p;
      else if (!p->from && !p->until && periods->len == 1 && type == RIFT_ACTOR_STATE &&
               p->type == RIFT_ACTOR_STATE)
        a = p; /* an ISO state gains its dates */
    }
    if (a) {
      if (*f[2]) a->name = intern(d, f[2]);
      a->type = type;
      if (*f[3]) a->speaks_for = intern(d, f[3]);
      a->from = intern(d, f[4]);
      a->until = intern(d, f[5]);
    } else {
      const char *name = *f[2] ? f[2] : NULL;
      if (!name && periods && periods->len)
        name = ((RiftActor *)periods->pdata[0])->name;
      a = add_period(d, f[0], name, type, f[3], f[4], f[5]);
    }
    if (*f[2]) add_alias(d, a->id, f[2]);
    for (char *al = f[6]; al;) {
      char *bar = strchr(al, '|');
      if (bar) *bar = '\0';
      add_alias(d, a->id, g_strstrip(al));
      al = bar ? bar + 1 : NULL;
    }
  }
  return TRUE;
}

gboolean rift_dict_load_file(RiftDict *d, const char *path, GError **error) {
  g_autofree char *data = NULL;
  gsize len;
  g_autoptr(GError) e = NULL;
  if (!g_file_get_contents(path, &data, &len, &e)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "cannot read actors file: %s",
                e->message);
    return FALSE;
  }
  if (!g_utf8_validate(data, len, NULL)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_DICT, "%s: invalid UTF-8", path);
    return FALSE;
  }
  return rift_dict_load_data(d, path, data, len, error);
}

RiftDict *rift_dict_new_default(GError **error) {
  RiftDict *d = g_new0(RiftDict, 1);
  d->strings = g_string_chunk_new(16384);
  d->periods = g_ptr_array_new_with_free_func(g_free);
  d->by_id = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                   (GDestroyNotify)g_ptr_array_unref);
  d->aliases = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                     (GDestroyNotify)g_array_unref);
  d->first = g_hash_table_new(g_str_hash, g_str_equal);
  d->first_low = g_hash_table_new(g_str_hash, g_str_equal);
  if (!load_iso(d, error) ||
      !rift_dict_load_data(d, "actors.tsv", (const char *)rift__data_actors,
                           rift__data_actors_len, error)) {
    rift_dict_free(d);
    return NULL;
  }
  return d;
}

void rift_dict_free(RiftDict *d) {
  if (!d) return;
  g_hash_table_unref(d->aliases);
  g_hash_table_unref(d->first);
  g_hash_table_unref(d->first_low);
  g_hash_table_unref(d->by_id);
  g_ptr_array_unref(d->periods);
  g_string_chunk_free(d->strings);
  rift_text_free(d->scratch);
  g_free(d);
}

static gboolean period_holds(const RiftActor *a, const char *date) {
  if (!date) return a->until == NULL;
  if (a->from && rift__date_cmp(date, a->from) < 0) return FALSE;
  if (a->until && rift__date_cmp(date, a->until) >= 0) return FALSE;
  return TRUE;
}

/* The period of an id at date; else the latest one begun before it; else
 * the first. */
const RiftActor *rift_dict_get(const RiftDict *d, const char *id,
                               const char *date) {
  GPtrArray *p = g_hash_table_lookup(d->by_id, id);
  if (!p || !p->len) return NULL;
  const RiftActor *best = NULL;
  for (guint i = 0; i < p->len; i++)
    if (period_holds(p->pdata[i], date)) return p->pdata[i];
  for (guint i = 0; i < p->len; i++) {
    const RiftActor *a = p->pdata[i];
    if (date && a->from && rift__date_cmp(a->from, date) > 0) continue;
    if (!best || (a->from && (!best->from || strcmp(a->from, best->from) > 0)))
      best = a;
  }
  return best ? best : p->pdata[p->len - 1];
}

static gboolean id_holds(const RiftDict *d, const char *id, const char *date) {
  GPtrArray *p = g_hash_table_lookup(d->by_id, id);
  for (guint i = 0; p && i < p->len; i++)
    if (period_holds(p->pdata[i], date)) return TRUE;
  return FALSE;
}

/* Picks among the entries of an alias: case rules first, then the one
 * whose id exists at date. */
static const RiftActor *choose(const RiftDict *d, GArray *a, const char *surface,
                               gsize surface_len, gboolean capitalised,
                               const char *date) {
  const AliasEntry *pick = NULL;
  int best = -1;
  for (guint i = 0; i < a->len; i++) {
    const AliasEntry *e = &g_array_index(a, AliasEntry, i);
    if (e->exact) {
      if (strlen(e->exact) != surface_len ||
          strncmp(e->exact, surface, surface_len) != 0)
        continue;
    } else if (e->cap && !capitalised) {
      continue;
    }
    int score = (e->exact ? 1 : 0) + (id_holds(d, e->id, date) ? 4 : 0) +
                (!date && id_holds(d, e->id, NULL) ? 2 : 0);
    if (score > best) {
      best = score;
      pick = e;
    }
  }
  return pick ? rift_dict_get(d, pick->id, date) : NULL;
}

const RiftActor *rift_dict_lookup(const RiftDict *d, const char *name,
                                  const char *date) {
  guint ntok, skip;
  g_autoptr(RiftText) t = g_new0(RiftText, 1);
  g_autofree char *key = alias_key(t, name, &ntok, &skip, NULL);
  GArray *a = g_hash_table_lookup(d->aliases, key);
  if (!a) return NULL;
  const char *s = name + skip;
  gunichar c = g_utf8_get_char(s);
  return choose(d, a, s, strlen(s), g_unichar_isupper(c) || !g_unichar_isalpha(c), date);
}

const RiftActor *rift_dict_fold(const RiftDict *d, const RiftActor *a,
                                const char *date) {
  for (int hops = 0; a && hops < 4; hops++) {
    if (!a->speaks_for) return a;
    if (a->type == RIFT_ACTOR_STATE || a->type == RIFT_ACTOR_IGO ||
        a->type == RIFT_ACTOR_BLOC)
      return a;
    const RiftActor *up = rift_dict_get(d, a->speaks_for, date);
    if (!up) return a;
    a = up;
  }
  return a;
}

static int cmp_period(gconstpointer pa, gconstpointer pb) {
  const RiftActor *a = *(RiftActor *const *)pa, *b = *(RiftActor *const *)pb;
  int c = strcmp(a->id, b->id);
  if (c) return c;
  return g_strcmp0(a->from, b->from);
}

GPtrArray *rift_dict_list(const RiftDict *d) {
  GPtrArray *out = g_ptr_array_sized_new(d->periods->len);
  for (guint i = 0; i < d->periods->len; i++) g_ptr_array_add(out, d->periods->pdata[i]);
  g_ptr_array_sort(out, cmp_period);
  return out;
}

guint rift_dict_size(const RiftDict *d) { return g_hash_table_size(d->by_id); }

void rift__dict_first_foreach(const RiftDict *d, GHFunc fn, gpointer data) {
  g_hash_table_foreach(d->first, fn, data);
}

void rift__dict_first_low_foreach(const RiftDict *d, GHFunc fn, gpointer data) {
  g_hash_table_foreach(d->first_low, fn, data);
}

GArray *rift__dict_match_max(const RiftDict *d, const RiftText *t,
                             const char *date, const guint8 *maxv) {
  GArray *out = g_array_new(FALSE, FALSE, sizeof(RiftMention));
  const RiftToken *tok = (const RiftToken *)t->tokens->data;
  guint n = t->tokens->len;
  char key[512];
  for (guint i = 0; i < n;) {
    if (tok[i].kind == RIFT_TOK_PUNCT) {
      i++;
      continue;
    }
    guint maxn = maxv ? maxv[i]
                      : GPOINTER_TO_UINT(g_hash_table_lookup(d->first, tok[i].lower));
    if (!maxn) {
      i++;
      continue;
    }
    /* build keys for 1..maxn tokens within the sentence, try longest first */
    guint lens[16];
    guint32 hashes[16];
    gsize klen = 0;
    guint got = 0;
    guint32 h = 0;
    for (guint k = 0; k < maxn && k < 16 && i + k < n; k++) {
      if (tok[i + k].sentence != tok[i].sentence) break;
      const char *w = tok[i + k].lower;
      gsize wl = tok[i + k].lower_len;
      if (klen + wl + 2 >= sizeof key) break;
      if (k) key[klen++] = ' ';
      memcpy(key + klen, w, wl);
      klen += wl;
      lens[k] = klen;
      hashes[k] = h = alias_hash_step(h, tok[i + k].hash);
      got = k + 1;
    }
    gboolean matched = FALSE;
    for (guint k = got; k > 0; k--) {
      if (!FILTER_HAS(d, hashes[k - 1])) continue; /* surely no alias */
      key[lens[k - 1]] = 0;
      GArray *a = g_hash_table_lookup(d->aliases, key);
      if (!a) continue;
      const char *surface = t->text + tok[i].start;
      gsize slen = tok[i + k - 1].end - tok[i].start;
      gboolean cap = (tok[i].flags & RIFT_TOKF_CAP) || tok[i].kind == RIFT_TOK_NUM;
      const RiftActor *actor = choose(d, a, surface, slen, cap, date);
      if (!actor) continue;
      RiftMention m = {i, i + k, actor, FALSE, FALSE};
      g_array_append_val(out, m);
      i += k;
      matched = TRUE;
      break;
    }
    if (!matched) i++;
  }
  return out;
}
