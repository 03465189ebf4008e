/* text.c: the text stage.  Normalises to NFC with typographic quotes and
 * dashes folded to ASCII, splits tokens (with byte offsets into the
 * normalised text) and sentences; sentence splitting survives "U.N.",
 * "U.S.", "Mr." and "Jan.", and datelines ("MOSCOW The Foreign Ministry")
 * are marked so later stages can use them. */
#include "rift-private.h"

#include <string.h>

/* ---- normalisation ---- */

static gboolean all_ascii(const char *s, gsize len) {
  return rift__ascii_span(s, len) == len;
}

/* Decodes HTML character references that scraped news keeps
 * ("communiqu&#233;", "AT&amp;T"): numeric ones and the five XML names
 * plus &nbsp;.  Anything else stays as written.  Returns NULL when text
 * holds none. */
static char *decode_references(const char *text, gsize len, gsize *out_len) {
  const char *amp = memchr(text, '&', len);
  if (!amp) return NULL;
  static const struct { const char *name; gunichar c; } named[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0x00A0}};
  GString *s = NULL;
  gsize done = 0;
  for (gsize i = amp - text; i < len; i++) {
    if (text[i] != '&') continue;
    gsize semi = i + 1;
    while (semi < len && semi < i + 10 && text[semi] != ';' && text[semi] != '&') semi++;
    if (semi >= len || text[semi] != ';') continue;
    gunichar c = 0;
    if (text[i + 1] == '#' && semi > i + 2) {
      gboolean hex = text[i + 2] == 'x' || text[i + 2] == 'X';
      gsize d = i + (hex ? 3 : 2);
      if (d == semi) continue;
      guint64 v = 0;
      for (; d < semi && v <= 0x10FFFF; d++) {
        int x = hex ? g_ascii_xdigit_value(text[d]) : g_ascii_digit_value(text[d]);
        if (x < 0) break;
        v = v * (hex ? 16 : 10) + (guint)x;
      }
      if (d < semi || v == 0 || !g_unichar_validate((gunichar)v) || v < 0x20) continue;
      c = (gunichar)v;
    } else {
      for (guint k = 0; k < G_N_ELEMENTS(named); k++)
        if (semi - i - 1 == strlen(named[k].name) &&
            !strncmp(text + i + 1, named[k].name, semi - i - 1))
          c = named[k].c;
      if (!c) continue;
    }
    if (!s) s = g_string_sized_new(len);
    g_string_append_len(s, text + done, i - done);
    g_string_append_unichar(s, c);
    done = semi + 1;
    i = semi;
  }
  if (!s) return NULL;
  g_string_append_len(s, text + done, len - done);
  *out_len = s->len;
  return g_string_free(s, FALSE);
}

char *rift_text_normalize(const char *text, gsize len, gsize *out_len) {
  gsize dlen = 0;
  g_autofree char *decoded = decode_references(text, len, &dlen);
  if (decoded) {
    text = decoded;
    len = dlen;
  }
  if (all_ascii(text, len)) {
    if (!memchr(text, '\r', len)) {
      *out_len = len;
      return g_strndup(text, len);
    }
    /* CR LF and lone CR become LF */
    GString *s = g_string_sized_new(len);
    for (gsize i = 0; i < len; i++) {
      if (text[i] == '\r') {
        if (i + 1 < len && text[i + 1] == '\n') continue;
        g_string_append_c(s, '\n');
      } else {
        g_string_append_c(s, text[i]);
      }
    }
    *out_len = s->len;
    return g_string_free(s, FALSE);
  }
  g_autofree char *nfc = g_utf8_normalize(text, len, G_NORMALIZE_NFC);
  if (!nfc) nfc = g_strndup(text, len); /* invalid UTF-8: caller checked */
  GString *s = g_string_sized_new(len);
  for (const char *p = nfc; *p;) {
    gunichar c = g_utf8_get_char(p);
    const char *next = g_utf8_next_char(p);
    switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC:
      g_string_append_c(s, '\'');
      break;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
    case 0x00BB: case 0x2033:
      g_string_append_c(s, '"');
      break;
    case 0x2010: case 0x2011:
      g_string_append_c(s, '-');
      break;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      g_string_append(s, " - ");
      break;
    case 0x00A0: case 0x2009: case 0x200A: case 0x202F: case 0x2002:
    case 0x2003:
      g_string_append_c(s, ' ');
      break;
    case 0x2026:
      g_string_append(s, "...");
      break;
    case 0x200B: case 0xFEFF: case 0x00AD: case 0x200C: case 0x200D:
    case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C:
    case 0x202D: case 0x202E: case 0x2060:
      break; /* zero width, BOM, soft hyphen, direction marks */
    case '\r':
      if (*next != '\n') g_string_append_c(s, '\n');
      break;
    default:
      g_string_append_len(s, p, next - p);
    }
    p = next;
  }
  *out_len = s->len;
  return g_string_free(s, FALSE);
}

/* ---- tokens ---- */

/* ASCII byte classes: a table lookup instead of a chain of compares in
 * the tokeniser's inner loop, which sees every byte. */
enum { CL_WORD = 1, CL_SPACE = 2, CL_DIGIT = 4, CL_UPPER = 8, CL_ALPHA = 16 };
static const guint8 byte_class[256] = { /* 0 from 0x80 up */
  ['\t'] = CL_SPACE, ['\n'] = CL_SPACE, ['\v'] = CL_SPACE, ['\f'] = CL_SPACE,
  [' '] = CL_SPACE,
#define D(c) [c] = CL_WORD | CL_DIGIT
  D('0'), D('1'), D('2'), D('3'), D('4'), D('5'), D('6'), D('7'), D('8'), D('9'),
#undef D
#define U(c) [c] = CL_WORD | CL_UPPER | CL_ALPHA, [c + 32] = CL_WORD | CL_ALPHA
  U('A'), U('B'), U('C'), U('D'), U('E'), U('F'), U('G'), U('H'), U('I'), U('J'),
  U('K'), U('L'), U('M'), U('N'), U('O'), U('P'), U('Q'), U('R'), U('S'), U('T'),
  U('U'), U('V'), U('W'), U('X'), U('Y'), U('Z'),
#undef U
};

static inline gboolean is_word_char(const char *p, gunichar *out, int *n) {
  unsigned char c = (unsigned char)*p;
  if (G_LIKELY(c < 0x80)) {
    *n = 1;
    *out = c;
    return byte_class[c] & CL_WORD;
  }
  gunichar u = g_utf8_get_char(p);
  *out = u;
  *n = g_utf8_next_char(p) - p;
  return g_unichar_isalnum(u) || g_unichar_ismark(u);
}

/* Abbreviations whose trailing period belongs to the token, sorted for
 * bsearch (the tokeniser asks at every word before a period). */
static const char *const abbrevs[] = {
  "adm", "approx", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec",
  "dept", "dr", "est", "etc", "feb", "fig", "ft", "gen", "gov", "gov't",
  "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr", "mrs", "ms",
  "mt", "no", "nov", "oct", "op", "pres", "prof", "rep", "rev", "sen", "sep",
  "sept", "sgt", "sr", "st", "univ", "vol", "vs"};

static int cmp_abbrev(const void *key, const void *elt) {
  return strcmp(key, *(const char *const *)elt);
}

static gboolean is_abbrev(const char *s, gsize n) {
  char buf[16];
  if (n == 0 || n > 6) return FALSE;
  for (gsize i = 0; i < n; i++) buf[i] = g_ascii_tolower(s[i]);
  buf[n] = 0;
  return bsearch(buf, abbrevs, G_N_ELEMENTS(abbrevs), sizeof abbrevs[0], cmp_abbrev) != NULL;
}

/* True for "U.S", "U.N", "H.W" so far (letters separated by dots). */
static gboolean dotted_so_far(const char *s, gsize n) {
  if (n < 3) return FALSE;
  for (gsize i = 0; i < n; i++) {
    if (i % 2 == 0 && !g_ascii_isalpha(s[i])) return FALSE;
    if (i % 2 == 1 && s[i] != '.') return FALSE;
  }
  return TRUE;
}

/* Lower-case forms live in one buffer sized for the worst case (every
 * byte a token plus its NUL), so token strings never move. */
#define ONES8  0x0101010101010101ull
#define HIGHS8 0x8080808080808080ull

/* Lower-cases, counts letters and capitals and hashes eight ASCII bytes
 * at a time (SWAR: per-byte range tests by adding to the low seven bits,
 * which never carry into the next byte).  Reads up to seven bytes past
 * the token inside the text and writes up to seven past it inside the
 * lower buffer (both have the room).  FALSE if a byte is not ASCII. */
static gboolean lower_words(const char *s, gsize n, char *out, int *letters, int *upper,
                            guint32 *hash) {
  guint64 h = RIFT_TEXT_HASH_SEED ^ (guint64)n, high = 0;
  int l = 0, u = 0;
  for (gsize i = 0; i < n; i += 8) {
    guint64 x;
    memcpy(&x, s + i, 8);
    if (n - i < 8) x &= (G_GUINT64_CONSTANT(1) << (8 * (n - i))) - 1;
    high |= x;
    guint64 x7 = x & ~HIGHS8;
    guint64 up = (x7 + ONES8 * (0x80 - 'A')) & ~(x7 + ONES8 * (0x80 - 'Z' - 1)) & HIGHS8;
    guint64 lw = x | (up >> 2);
    guint64 l7 = lw & ~HIGHS8;
    guint64 al = (l7 + ONES8 * (0x80 - 'a')) & ~(l7 + ONES8 * (0x80 - 'z' - 1)) & HIGHS8;
    u += (int)(((up >> 7) * ONES8) >> 56); /* the byte sum: a count of flags */
    l += (int)(((al >> 7) * ONES8) >> 56);
    memcpy(out + i, &lw, 8);
    h = rift_text_hash_word(h, lw);
  }
  if (high & HIGHS8) return FALSE;
  *letters = l;
  *upper = u;
  *hash = (guint32)h;
  return TRUE;
}

static const char *intern_lower(RiftText *t, const char *s, gsize n,
                                int *letters, int *upper, RiftToken *tok) {
  char *out = t->lower + t->lower_len;
  gboolean ascii = TRUE;
  int l = 0, u = 0;
  guint32 h;
  if (G_LIKELY(s + ((n + 7) & ~(gsize)7) <= t->text + t->len &&
               lower_words(s, n, out, letters, upper, &h))) {
    out[n] = 0;
    t->lower_len += n + 1;
    tok->lower_len = n;
    tok->hash = h;
    return out;
  }
  unsigned high = 0;
  for (gsize i = 0; i < n; i++) { /* near the end of the text: bytewise */
    unsigned char b = s[i];
    high |= b;
    guint8 cl = byte_class[b];
    b += (cl & CL_UPPER) ? 32 : 0;
    l += (cl & CL_ALPHA) != 0;
    u += (cl & CL_UPPER) != 0;
    out[i] = b;
  }
  ascii = high < 0x80;
  *letters = l;
  *upper = u;
  if (G_LIKELY(ascii)) {
    out[n] = 0;
    t->lower_len += n + 1;
    tok->lower_len = n;
    tok->hash = rift_text_hash(out, n);
    return out;
  }
  *letters = *upper = 0;
  for (gsize i = 0; i < n; i++) {
    unsigned char b = s[i];
    if (g_ascii_isalpha(b)) {
      (*letters)++;
      if (g_ascii_isupper(b)) (*upper)++;
    }
  }
  g_autofree char *low = g_utf8_strdown(s, n);
  tok->lower_len = strlen(low);
  tok->hash = rift_text_hash(low, tok->lower_len);
  return g_string_chunk_insert(t->strings, low);
}

static void add_token(RiftText *t, gsize start, gsize end, RiftTokKind kind, guint pre) {
  /* filled in place: a token built on the stack and copied costs a call
   * and a store-forwarding stall on every token; the array's room is
   * kept in t->tokens_room */
  GArray *a = t->tokens;
  if (G_UNLIKELY(a->len == t->tokens_room)) {
    guint len = a->len;
    t->tokens_room = t->tokens_room * 2 + 16;
    g_array_set_size(a, t->tokens_room);
    a->len = len;
  }
  RiftToken *tok = &((RiftToken *)a->data)[a->len++];
  tok->start = start;
  tok->end = end;
  tok->kind = kind;
  tok->sentence = 0;
  const char *s = t->text + start;
  gsize n = end - start;
  int letters = 0, upper = 0;
  guint flags = pre; /* RIFT_TOKF_NL, RIFT_TOKF_BLANK */
  tok->lower = intern_lower(t, s, n, &letters, &upper, tok);
  if (kind == RIFT_TOK_WORD) {
    unsigned char b = s[0];
    if (b < 0x80 ? (b >= 'A' && b <= 'Z') : g_unichar_isupper(g_utf8_get_char(s)))
      flags |= RIFT_TOKF_CAP;
    if (letters > 1 && upper == letters) flags |= RIFT_TOKF_ALLCAPS;
  }
  tok->flags = flags;
}

static void tokenize(RiftText *t) {
  const char *s = t->text;
  gsize len = t->len, i = 0;
  guint newlines = 0;
  while (i < len) {
    unsigned char c = s[i];
    if (byte_class[c] & CL_SPACE) {
      newlines += c == '\n';
      i++;
      continue;
    }
    /* the line breaks before the token this turn adds (each adds one) */
    guint pre = newlines ? RIFT_TOKF_NL | (newlines > 1 ? RIFT_TOKF_BLANK : 0) : 0;
    newlines = 0;
    gunichar u;
    int n;
    if (is_word_char(s + i, &u, &n)) {
      gsize start = i;
      gboolean digits = u < 0x80 ? (byte_class[u] & CL_DIGIT) != 0 : g_unichar_isdigit(u);
      i += n;
      for (;;) {
        /* the common case first: a run of ASCII letters and digits */
        while (byte_class[(unsigned char)s[i]] & CL_WORD) /* stops at the NUL */
          i++;
        if (i >= len) break;
        gunichar v;
        int m;
        if (is_word_char(s + i, &v, &m)) {
          i += m;
          continue;
        }
        char d = s[i];
        /* only these continue a word or keep a period; anything else (a
         * space, mostly) ends it */
        if (d != '\'' && d != '-' && d != '&' && d != '/' && d != '.' && d != ',') break;
        gunichar w;
        int k;
        gboolean next_word = i + 1 < len && is_word_char(s + i + 1, &w, &k);
        if (d == '\'' && next_word) {
          /* possessive 's and n't are tokens of their own */
          if ((s[i + 1] == 's' || s[i + 1] == 'S') &&
              (i + 2 >= len || !is_word_char(s + i + 2, &w, &k)))
            break;
          if (i > start + 1 && (s[i - 1] == 'n' || s[i - 1] == 'N') &&
              (s[i + 1] == 't' || s[i + 1] == 'T') &&
              (i + 2 >= len || !is_word_char(s + i + 2, &w, &k))) {
            i--; /* "did|n't" */
            break;
          }
          if (i == start + 1 && (s[start] == 'n' || s[start] == 'N') &&
              (s[i + 1] == 't' || s[i + 1] == 'T')) {
            i += 2; /* the "n't" token itself */
            break;
          }
          i++;
          continue;
        }
        if ((d == '-' || d == '&' || d == '/') && next_word) {
          /* "US-led", "Russian-backed": the name is a token of its own */
          static const char *const tails[] = {"led", "backed", "brokered",
                                              "sponsored", "funded", "supported",
                                              "allied", "armed", NULL};
          gboolean split = FALSE;
          if (d == '-' && g_unichar_isupper(g_utf8_get_char(s + start)))
            for (const char *const *tl = tails; *tl; tl++) {
              gsize tn = strlen(*tl);
              if (i + 1 + tn <= len && g_ascii_strncasecmp(s + i + 1, *tl, tn) == 0 &&
                  (i + 1 + tn == len || !is_word_char(s + i + 1 + tn, &w, &k)))
                split = TRUE;
            }
          if (split) break;
          i++;
          continue;
        }
        if ((d == '.' || d == ',') && digits && i + 1 < len &&
            g_ascii_isdigit(s[i + 1])) {
          i++;
          continue;
        }
        if (d == '.' && next_word && i - start == 1 && g_ascii_isalpha(s[start])) {
          i++; /* "U.S": letter dot letter */
          continue;
        }
        if (d == '.' && next_word && dotted_so_far(s + start, i - start) &&
            g_ascii_isalpha(s[i + 1]) &&
            (i + 2 >= len || !is_word_char(s + i + 2, &w, &k) || s[i + 2] == '.')) {
          i++;
          continue;
        }
        gboolean numero = i - start == 2 && g_ascii_tolower(s[start]) == 'n' &&
                          g_ascii_tolower(s[start + 1]) == 'o';
        if (numero) { /* "No. 5" but not "said no." */
          gsize q = i + 1;
          while (q < len && s[q] == ' ') q++;
          numero = q < len && g_ascii_isdigit(s[q]);
          if (!numero) break;
        }
        if (d == '.' && (dotted_so_far(s + start, i - start) ||
                         is_abbrev(s + start, i - start) ||
                         (i - start == 1 && g_ascii_isupper(s[start])))) {
          i++; /* "U.S." "Mr." "H." keep their period */
          break;
        }
        break;
      }
      /* a dotted token like "U.S-led": split at the hyphen after the dots */
      add_token(t, start, i, digits ? RIFT_TOK_NUM : RIFT_TOK_WORD, pre);
      continue;
    }
    if (c == '\'' && i + 1 < len && (s[i + 1] == 's' || s[i + 1] == 'S') &&
        t->tokens->len > 0 &&
        g_array_index(t->tokens, RiftToken, t->tokens->len - 1).end == i) {
      gunichar w;
      int k;
      if (i + 2 >= len || !is_word_char(s + i + 2, &w, &k)) {
        add_token(t, i, i + 2, RIFT_TOK_PUNCT, pre);
        i += 2;
        continue;
      }
    }
    if (c == 'n') { /* unreachable: 'n' is a word char */ }
    if (c == '-' && i + 1 < len && s[i + 1] == '-') {
      gsize start = i;
      while (i < len && s[i] == '-') i++;
      add_token(t, start, i, RIFT_TOK_PUNCT, pre);
      continue;
    }
    if (c == '.' && i + 2 < len && s[i + 1] == '.' && s[i + 2] == '.') {
      add_token(t, i, i + 3, RIFT_TOK_PUNCT, pre);
      i += 3;
      continue;
    }
    int m = c < 0x80 ? 1 : (int)(g_utf8_next_char(s + i) - (s + i));
    add_token(t, i, i + m, RIFT_TOK_PUNCT, pre);
    i += m;
  }
}

/* ---- sentences ---- */

/* Capitalised function words that start sentences after "U.S." */
static gboolean starter(const char *lower) {
  static const char *const w[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "but",
    "this", "that", "these", "those", "there", "on", "at", "his", "her",
    "its", "their", "our", "as", "if", "when", "while", "after", "before",
    "officials", "meanwhile", "however", "mr.", "mrs.", "ms.", NULL};
  for (const char *const *p = w; *p; p++)
    if (strcmp(*p, lower) == 0) return TRUE;
  return FALSE;
}

static void split_sentences(RiftText *t) {
  guint n = t->tokens->len;
  guint first = 0;
  gboolean para = TRUE;
  RiftToken *tok = (RiftToken *)t->tokens->data;
  for (guint i = 0; i < n; i++) {
    gboolean end = FALSE, next_para = FALSE;
    tok[i].sentence = t->sentences->len;
    if (i + 1 == n) {
      end = TRUE;
    } else {
      if (tok[i + 1].flags & RIFT_TOKF_NL) {
        end = TRUE;
        next_para = (tok[i + 1].flags & RIFT_TOKF_BLANK) != 0;
      } else {
        char last = t->text[tok[i].end - 1];
        guint j = i + 1;
        /* a word token not ending in "." cannot end a sentence here */
        if (tok[i].kind == RIFT_TOK_WORD && last != '.') continue;
        /* a closing quote or bracket after the stop stays in the sentence */
        gboolean stop = (tok[i].kind == RIFT_TOK_PUNCT &&
                         (last == '.' || last == '!' || last == '?'));
        char nx = t->text[tok[j].start];
        if (stop && j < n && tok[j].kind == RIFT_TOK_PUNCT && (nx == '"' || nx == ')') &&
            (j + 1 == n || tok[j + 1].start > tok[j].end)) {
          continue; /* the quote ends the sentence instead */
        }
        if (!stop && tok[i].kind == RIFT_TOK_PUNCT && (last == '"' || last == ')') && i > 0) {
          char plast = t->text[tok[i - 1].end - 1];
          if (tok[i - 1].kind == RIFT_TOK_PUNCT &&
              (plast == '.' || plast == '!' || plast == '?'))
            stop = TRUE;
        }
        gboolean next_cap = (tok[j].flags & RIFT_TOKF_CAP) ||
                            tok[j].kind == RIFT_TOK_NUM ||
                            (tok[j].kind == RIFT_TOK_PUNCT && nx == '"');
        if (stop && next_cap) end = TRUE;
        if (!stop && tok[i].kind == RIFT_TOK_WORD && last == '.' && next_cap) {
          /* "U.S." or "Inc." at a sentence end: split only before a word
           * that starts sentences */
          gboolean title = RIFT__LOWER_IS(tok[i], "mr.") || RIFT__LOWER_IS(tok[i], "mrs.") ||
                           RIFT__LOWER_IS(tok[i], "ms.") || RIFT__LOWER_IS(tok[i], "dr.") ||
                           tok[i].lower_len == 2;
          if (!title && starter(tok[j].lower)) end = TRUE;
        }
      }
    }
    if (end) {
      RiftSentence sent = {first, i + 1, tok[first].start, tok[i].end, para};
      if (para) tok[first].flags |= RIFT_TOKF_PARA;
      g_array_append_val(t->sentences, sent);
      first = i + 1;
      para = next_para;
    }
  }
}

/* Marks datelines: upper-case words opening a paragraph, followed on the
 * same line by ordinary text ("MOSCOW The Foreign Ministry ...",
 * "WASHINGTON, Oct 19 - The ..."). */
static void mark_datelines(RiftText *t) {
  RiftToken *tok = (RiftToken *)t->tokens->data;
  guint n = t->tokens->len;
  for (guint si = 0; si < t->sentences->len; si++) {
    RiftSentence *s = &g_array_index(t->sentences, RiftSentence, si);
    guint i = s->first, words = 0;
    while (i < s->last && (tok[i].flags & RIFT_TOKF_ALLCAPS) && words < 4) {
      i++;
      words++;
    }
    if (words == 0 || i >= s->last || i >= n) continue;
    guint end = i;
    /* ", Oct 19 (Reuters) -", ", Iran -", "(AP) -": capitalised words,
     * numbers and punctuation up to a dash */
    guint k = i;
    while (k < s->last && k < i + 9 &&
           (tok[k].kind != RIFT_TOK_WORD || (tok[k].flags & RIFT_TOKF_CAP))) {
      if (RIFT__LOWER_IS(tok[k], "-") || RIFT__LOWER_IS(tok[k], "--")) {
        end = k + 1;
        break;
      }
      k++;
    }
    if (end < s->last && (tok[end].flags & RIFT_TOKF_CAP) &&
        !(tok[end].flags & RIFT_TOKF_ALLCAPS)) {
      for (guint m = s->first; m < end; m++) tok[m].flags |= RIFT_TOKF_DATELINE;
    }
  }
}

static void mark_quotes(RiftText *t) {
  RiftToken *tok = (RiftToken *)t->tokens->data;
  gboolean in = FALSE;
  for (guint i = 0; i < t->tokens->len; i++) {
    if (tok[i].flags & RIFT_TOKF_PARA) in = FALSE;
    if (tok[i].kind == RIFT_TOK_PUNCT && t->text[tok[i].start] == '"') {
      in = !in;
      continue;
    }
    if (in) tok[i].flags |= RIFT_TOKF_QUOTE_IN;
  }
}

/* Sets t->text to the normalised text.  Most news is ASCII with no
 * character reference and no CR, which normalises to itself: it is copied
 * into the buffer the last text left, not into a new one each time. */
static void set_text(RiftText *t, const char *text, gsize len) {
  if (!memchr(text, '&', len) && !memchr(text, '\r', len) && all_ascii(text, len)) {
    if (len + 1 > t->text_room) {
      g_free(t->text);
      t->text_room = len + 1 + len / 4;
      t->text = g_malloc(t->text_room);
    }
    memcpy(t->text, text, len);
    t->text[len] = 0;
    t->len = len;
    return;
  }
  g_free(t->text);
  t->text = rift_text_normalize(text, len, &t->len);
  t->text_room = t->len + 1;
}

void rift_text_reset(RiftText *t, const char *text, gsize len) {
  set_text(t, text, len);
  if (!t->tokens) {
    t->tokens = g_array_new(FALSE, FALSE, sizeof(RiftToken));
    t->sentences = g_array_new(FALSE, FALSE, sizeof(RiftSentence));
  }
  g_array_set_size(t->sentences, 0);
  /* room for a token per five bytes to start with; add_token grows it */
  guint room = t->len / 5 + 16;
  if (room > t->tokens_room) {
    g_array_set_size(t->tokens, room);
    t->tokens_room = room;
  }
  g_array_set_size(t->tokens, 0);
  if (t->strings) g_string_chunk_clear(t->strings);
  else t->strings = g_string_chunk_new(1024);
  /* every byte a token plus its NUL at worst, so lower forms never move */
  if (t->len * 2 + 16 > t->lower_room) { /* and a word of slack (lower_words) */
    g_free(t->lower);
    t->lower_room = t->len * 2 + 16;
    t->lower = g_malloc(t->lower_room);
  }
  t->lower_len = 0;
  tokenize(t);
  split_sentences(t);
  mark_datelines(t);
  mark_quotes(t);
}

RiftText *rift_text_new(const char *text, gsize len) {
  RiftText *t = g_new0(RiftText, 1);
  rift_text_reset(t, text, len);
  return t;
}

void rift_text_free(RiftText *t) {
  if (!t) return;
  g_free(t->text);
  if (t->tokens) g_array_unref(t->tokens); /* a zeroed RiftText never reset */
  if (t->sentences) g_array_unref(t->sentences);
  if (t->strings) g_string_chunk_free(t->strings);
  g_free(t->lower);
  g_free(t);
}
