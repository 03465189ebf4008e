/* rift/doc.h: documents and the reader stage (files, directories, stdin,
 * JSON Lines), one document at a time. */
#ifndef RIFT_DOC_H
#define RIFT_DOC_H

#include <rift/common.h>

G_BEGIN_DECLS

typedef struct {
  char *id;     /* the JSON "id", or the file name without extension */
  char *date;   /* (nullable) ISO date YYYY-MM-DD as given */
  char *title;  /* (nullable) */
  char *text;   /* UTF-8 text, NUL-terminated */
  gsize len;    /* bytes in text */
  char *source; /* where it came from: a path, "path:line" or "-" */
} RiftDoc;

/* Returns (transfer full) a document holding copies of the arguments. */
RiftDoc *rift_doc_new(const char *id, const char *text, gssize len,
                      const char *date, const char *title, const char *source);
void rift_doc_free(RiftDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftDoc, rift_doc_free)

typedef enum {
  RIFT_INPUT_AUTO,  /* by extension: .jsonl is JSON Lines, else text */
  RIFT_INPUT_TEXT,
  RIFT_INPUT_JSONL
} RiftInputFormat;

typedef struct _RiftReader RiftReader;

/* A reader walks its inputs in the order added; directories are walked
 * recursively in sorted order; "-" is standard input. */
RiftReader *rift_reader_new(RiftInputFormat stdin_format);
void rift_reader_add(RiftReader *reader, const char *path);
/* Returns (transfer full) the next document, or NULL at the end (error
 * unset) or for an input that must be skipped (error set, naming it: the
 * caller reports it and calls again). */
RiftDoc *rift_reader_next(RiftReader *reader, GError **error);
/* Bytes of input consumed so far (for progress). */
guint64 rift_reader_bytes(RiftReader *reader);
void rift_reader_free(RiftReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftReader, rift_reader_free)

/* Checks that (text,len) is text rift can read: not binary, valid UTF-8,
 * not blank.  name is used in the message. */
gboolean rift_text_check(const char *name, const char *text, gsize len,
                         GError **error);

G_END_DECLS

#endif
