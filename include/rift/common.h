/* rift/common.h: error domain, version and shared enums of librift. */
#ifndef RIFT_COMMON_H
#define RIFT_COMMON_H

#include <glib.h>

G_BEGIN_DECLS

#define RIFT_VERSION "0.1.0"

#define RIFT_ERROR (rift_error_quark())
GQuark rift_error_quark(void);

typedef enum {
  RIFT_ERROR_IO,        /* cannot open, read or write */
  RIFT_ERROR_INPUT,     /* the input is malformed: binary, bad UTF-8, bad JSON */
  RIFT_ERROR_EMPTY,     /* the input holds no text */
  RIFT_ERROR_DICT,      /* a dictionary or lexicon file is malformed */
  RIFT_ERROR_STORE,     /* the SQLite store failed */
  RIFT_ERROR_GRAPH,     /* Graphviz failed */
  RIFT_ERROR_USAGE      /* a bad argument */
} RiftErrorCode;

typedef enum {
  RIFT_LEVEL_STATE, /* people and bodies fold into what they speak for */
  RIFT_LEVEL_ACTOR  /* people and bodies stay their own nodes */
} RiftLevel;

G_END_DECLS

#endif
