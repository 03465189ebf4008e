/* rift/text.h: the text stage: normalisation, sentences, tokens. */
#ifndef RIFT_TEXT_H
#define RIFT_TEXT_H

#include <rift/common.h>

#include <string.h>

G_BEGIN_DECLS

typedef enum {
  RIFT_TOK_WORD,
  RIFT_TOK_NUM,
  RIFT_TOK_PUNCT
} RiftTokKind;

typedef struct {
  guint32 start, end;  /* byte offsets into the normalised text */
  guint16 kind;        /* RiftTokKind */
  guint16 flags;       /* RIFT_TOKF_* */
  guint32 sentence;    /* index of the sentence holding it */
  const char *lower;   /* lower-cased form (owned by the RiftText) */
  guint32 lower_len;   /* bytes in lower */
  guint32 hash;        /* rift_text_hash() of lower */
} RiftToken;

/* The hash of a lower-cased token, as RiftToken.hash holds it: eight
 * bytes at a time (the last word zero-padded), a multiply and a fold
 * each, so the tokeniser computes it on the words it lower-cases. */
#define RIFT_TEXT_HASH_SEED 0x9e3779b97f4a7c15ull
#define RIFT_TEXT_HASH_MUL  0xff51afd7ed558ccdull
static inline guint64 rift_text_hash_word(guint64 h, guint64 w) {
  h = (h ^ w) * RIFT_TEXT_HASH_MUL;
  return h ^ (h >> 32);
}
static inline guint32 rift_text_hash(const char *s, gsize n) {
  guint64 h = RIFT_TEXT_HASH_SEED ^ (guint64)n;
  gsize i = 0;
  for (; i + 8 <= n; i += 8) {
    guint64 w;
    memcpy(&w, s + i, 8);
    h = rift_text_hash_word(h, w);
  }
  if (i < n) {
    guint64 w = 0;
    memcpy(&w, s + i, n - i);
    h = rift_text_hash_word(h, w);
  }
  return (guint32)h;
}

#define RIFT_TOKF_CAP      (1u << 0) /* starts with an upper-case letter */
#define RIFT_TOKF_ALLCAPS  (1u << 1) /* every letter upper-case, >1 letter */
#define RIFT_TOKF_PARA     (1u << 2) /* first token of a paragraph */
#define RIFT_TOKF_DATELINE (1u << 3) /* part of a dateline */
#define RIFT_TOKF_QUOTE_IN (1u << 4) /* inside double quotes */
#define RIFT_TOKF_NL       (1u << 5) /* a line break before it */
#define RIFT_TOKF_BLANK    (1u << 6) /* a blank line (two breaks or more) before it */

typedef struct {
  guint32 first, last; /* token range [first, last) */
  guint32 start, end;  /* byte range */
  gboolean para_start; /* first sentence of a paragraph */
} RiftSentence;

typedef struct {
  char *text;          /* normalised text (NFC, quotes and dashes folded) */
  gsize len;
  GArray *tokens;      /* RiftToken */
  GArray *sentences;   /* RiftSentence */
  GStringChunk *strings;  /* lower-case forms of non-ASCII tokens */
  char *lower;            /* lower-case forms of ASCII tokens */
  gsize lower_len;
  gsize lower_room;       /* bytes allocated at lower */
  guint tokens_room;      /* tokens the array has room for */
  gsize text_room;        /* bytes allocated at text */
} RiftText;

/* Returns (transfer full) the analysed text of (text, len). */
RiftText *rift_text_new(const char *text, gsize len);
/* Analyses (text, len) into t in place of what it held, reusing its
 * buffers: a loop over many short texts allocates once.  Tokens and
 * strings of the previous text are invalid afterwards.  t may start as a
 * zeroed RiftText (g_new0), which rift_text_free also accepts. */
void rift_text_reset(RiftText *t, const char *text, gsize len);
void rift_text_free(RiftText *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftText, rift_text_free)

/* Returns (transfer full) text with HTML character references decoded
 * ("&#233;", "&amp;"), in NFC, with typographic quotes, apostrophes and
 * dashes folded to ASCII; *out_len receives its length. */
char *rift_text_normalize(const char *text, gsize len, gsize *out_len);

G_END_DECLS

#endif
