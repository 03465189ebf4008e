/* rift/text.h: the text stage: normalisation, sentences, tokens. */
#ifndef RIFT_TEXT_H
#define RIFT_TEXT_H

#include <rift/common.h>

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

/* The hash of a lower-cased token (FNV-1a), as RiftToken.hash holds it. */
static inline guint32 rift_text_hash(const char *s, gsize n) {
  guint32 h = 2166136261u;
  for (gsize i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

#define RIFT_TOKF_CAP      (1u << 0) /* starts with an upper-case letter */
#define RIFT_TOKF_ALLCAPS  (1u << 1) /* every letter upper-case, >1 letter */
#define RIFT_TOKF_PARA     (1u << 2) /* first token of a paragraph */
#define RIFT_TOKF_DATELINE (1u << 3) /* part of a dateline */
#define RIFT_TOKF_QUOTE_IN (1u << 4) /* inside double quotes */

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
