/* doc.c: the read stage.  Documents come one at a time from text files,
 * directories (walked recursively in sorted order), standard input and
 * JSON Lines files ({"id","text", optional "date","title"}).  A bad input
 * is reported as an error naming it and the reader moves on. */
#include "rift-private.h"

#include <errno.h>
#include <stdio.h>
#include <gio/gunixinputstream.h>
#include <json-glib/json-glib.h>
#include <string.h>

G_DEFINE_QUARK(rift-error-quark, rift_error)

/* rift_doc_new, taking text (of len bytes, NUL-terminated) instead of
 * copying it. */
static RiftDoc *doc_take_text(const char *id, char *text, gsize len,
                              const char *date, const char *title,
                              const char *source) {
  RiftDoc *d = g_new0(RiftDoc, 1);
  d->id = g_strdup(id);
  d->text = text;
  d->len = len;
  d->date = date && *date ? g_strdup(date) : NULL;
  d->title = title && *title ? g_strdup(title) : NULL;
  d->source = g_strdup(source ? source : id);
  return d;
}

RiftDoc *rift_doc_new(const char *id, const char *text, gssize len,
                      const char *date, const char *title,
                      const char *source) {
  if (len < 0) len = strlen(text);
  return doc_take_text(id, g_strndup(text, len), len, date, title, source);
}

void rift_doc_free(RiftDoc *d) {
  if (!d) return;
  g_free(d->id);
  g_free(d->text);
  g_free(d->date);
  g_free(d->title);
  g_free(d->source);
  g_free(d);
}

gboolean rift_text_check(const char *name, const char *text, gsize len,
                         GError **error) {
  if (memchr(text, '\0', len)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT,
                "%s: binary file (holds NUL bytes), not text", name);
    return FALSE;
  }
  const char *bad = NULL;
  gsize ascii = rift__ascii_span(text, len); /* most news is ASCII */
  if (ascii < len && !g_utf8_validate(text + ascii, len - ascii, &bad)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT,
                "%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT, name,
                (gsize)(bad - text));
    return FALSE;
  }
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace(text[i])) return TRUE;
  g_set_error(error, RIFT_ERROR, RIFT_ERROR_EMPTY, "%s: empty, no text",
              name);
  return FALSE;
}

static const char *member_string(JsonObject *o, const char *name) {
  JsonNode *n = json_object_get_member(o, name);
  if (!n || JSON_NODE_TYPE(n) != JSON_NODE_VALUE) return NULL;
  if (json_node_get_value_type(n) != G_TYPE_STRING) return NULL;
  return json_node_get_string(n);
}

/* The fast path for the common record: one flat object whose values are
 * strings, numbers, true, false or null.  Reads a JSON string at *p into
 * out (unescaped); FALSE where the text is not such a string. */
static gboolean flat_string(const char **p, const char *end, GString *out) {
  const char *q = *p;
  if (q >= end || *q != '"') return FALSE;
  q++;
  while (q < end) {
    const char *run = q;
    /* eight bytes at a time to the next quote, backslash or control */
    for (; end - q >= 8; q += 8) {
      guint64 v = rift__load8(q);
      if (rift__swar_below(v, 0x20) | rift__swar_below(v ^ (RIFT__ONES * '"'), 1) |
          rift__swar_below(v ^ (RIFT__ONES * '\\'), 1))
        break;
    }
    while (q < end && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20) q++;
    g_string_append_len(out, run, q - run);
    if (q >= end || (unsigned char)*q < 0x20) return FALSE;
    if (*q == '"') {
      *p = q + 1;
      return TRUE;
    }
    q++; /* backslash */
    if (q >= end) return FALSE;
    switch (*q) {
    case '"': case '\\': case '/': g_string_append_c(out, *q); break;
    case 'b': g_string_append_c(out, '\b'); break;
    case 'f': g_string_append_c(out, '\f'); break;
    case 'n': g_string_append_c(out, '\n'); break;
    case 'r': g_string_append_c(out, '\r'); break;
    case 't': g_string_append_c(out, '\t'); break;
    case 'u': {
      gunichar u = 0;
      for (int k = 0; k < 2; k++) {
        if (end - q < 5) return FALSE;
        guint v = 0;
        for (int h = 1; h <= 4; h++) {
          int d = g_ascii_xdigit_value(q[h]);
          if (d < 0) return FALSE;
          v = v * 16 + d;
        }
        q += 4;
        if (k == 0 && v >= 0xD800 && v < 0xDC00) {
          u = v; /* a high surrogate: the low one follows */
          if (end - q < 3 || q[1] != '\\' || q[2] != 'u') return FALSE;
          q += 2;
          continue;
        }
        if (k == 1) {
          if (v < 0xDC00 || v > 0xDFFF) return FALSE;
          u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
        } else {
          if (v >= 0xDC00 && v <= 0xDFFF) return FALSE;
          u = v;
        }
        break;
      }
      if (u == 0) return FALSE; /* NUL: let the full parser judge */
      g_string_append_unichar(out, u);
      break;
    }
    default:
      return FALSE;
    }
    q++;
  }
  return FALSE;
}

static const char *skip_ws(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++;
  return p;
}

static void flat_bufs_free(gpointer p) {
  GString **bufs = p;
  g_string_free(bufs[0], TRUE);
  g_string_free(bufs[1], TRUE);
  g_free(bufs);
}

/* Returns (transfer full) the document, or NULL where the record is not a
 * flat object (the caller then uses json-glib, which also words errors). */
static RiftDoc *flat_record(const char *line, gsize len, const char *name) {
  const char *p = line, *end = line + len;
  p = skip_ws(p, end);
  if (p >= end || *p != '{') return NULL;
  p = skip_ws(p + 1, end);
  /* the key and value buffers are the thread's, reused line to line */
  static GPrivate bufs_key = G_PRIVATE_INIT(flat_bufs_free);
  GString **bufs = g_private_get(&bufs_key);
  if (!bufs) {
    bufs = g_new(GString *, 2);
    bufs[0] = g_string_new(NULL);
    bufs[1] = g_string_new(NULL);
    g_private_set(&bufs_key, bufs);
  }
  if (bufs[1]->allocated_len > (1u << 20)) { /* after a huge record */
    g_string_free(bufs[1], TRUE);
    bufs[1] = g_string_new(NULL);
  }
  GString *key = bufs[0], *val = bufs[1];
  g_string_truncate(key, 0);
  g_autofree char *id = NULL, *text = NULL, *date = NULL, *title = NULL;
  gboolean empty = TRUE;
  while (p < end && *p != '}') {
    if (!empty) {
      if (*p != ',') return NULL;
      p = skip_ws(p + 1, end);
    }
    empty = FALSE;
    g_string_truncate(key, 0);
    if (!flat_string(&p, end, key)) return NULL;
    p = skip_ws(p, end);
    if (p >= end || *p != ':') return NULL;
    p = skip_ws(p + 1, end);
    char **slot = NULL;
    if (g_str_equal(key->str, "id")) slot = &id;
    else if (g_str_equal(key->str, "text")) slot = &text;
    else if (g_str_equal(key->str, "date")) slot = &date;
    else if (g_str_equal(key->str, "title")) slot = &title;
    if (p < end && *p == '"') {
      g_string_truncate(val, 0);
      if (!flat_string(&p, end, val)) return NULL;
      if (slot && !*slot) *slot = g_strndup(val->str, val->len);
      if (slot == &text && strlen(text) != val->len) return NULL; /* a NUL */
    } else {
      const char *v = p;
      while (p < end && *p != ',' && *p != '}' && *p != ' ' && *p != '\t') p++;
      gsize vl = p - v;
      gboolean number = vl > 0;
      for (gsize k = 0; k < vl; k++)
        if (!strchr("0123456789+-.eE", v[k])) number = FALSE;
      if (!number && !(vl == 4 && !strncmp(v, "null", 4)) &&
          !(vl == 4 && !strncmp(v, "true", 4)) && !(vl == 5 && !strncmp(v, "false", 5)))
        return NULL; /* an object or array: the full parser */
      gboolean digits = vl > 0;
      for (gsize k = 0; k < vl; k++)
        if (!g_ascii_isdigit(v[k]) && !(k == 0 && v[k] == '-')) digits = FALSE;
      if (slot == &id && number && !digits) return NULL; /* "1e3": the full parser */
      if (slot == &id && number) id = g_strndup(v, vl);
      if (slot == &text) return NULL; /* a text that is no string */
    }
    p = skip_ws(p, end);
  }
  if (p >= end || *p != '}') return NULL;
  if (skip_ws(p + 1, end) != end) return NULL;
  if (!text) return NULL;
  gsize tlen = strlen(text);
  GError *e = NULL;
  if (!rift_text_check(name, text, tlen, &e)) {
    g_error_free(e);
    return NULL; /* the full parser words the error */
  }
  return doc_take_text(id ? id : name, g_steal_pointer(&text), tlen, date, title, name);
}

/* Parses one JSON Lines record ({"id","text"[,"date","title"]}) with
 * parser; name ("file:line") goes into messages and stands in for a
 * missing id. */
RiftDoc *rift__doc_from_json(JsonParser *parser, const char *line, gsize len,
                             const char *name, GError **error) {
  g_autoptr(GError) e = NULL;
  /* the fast path checks the text it keeps; the rest is json-glib's */
  RiftDoc *fast = flat_record(line, len, name);
  if (fast) return fast;
  if (!g_utf8_validate(line, len, NULL)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT,
                "%s: invalid UTF-8, line skipped", name);
    return NULL;
  }
  if (!json_parser_load_from_data(parser, line, len, &e)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT,
                "%s: not JSON (%s), line skipped", name, e->message);
    return NULL;
  }
  JsonNode *root = json_parser_get_root(parser);
  if (!root || !JSON_NODE_HOLDS_OBJECT(root)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT,
                "%s: not a JSON object, line skipped", name);
    return NULL;
  }
  JsonObject *o = json_node_get_object(root);
  const char *text = member_string(o, "text");
  if (!text) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT,
                "%s: no \"text\" string, line skipped", name);
    return NULL;
  }
  const char *id = member_string(o, "id");
  g_autofree char *fallback = NULL;
  if (!id) {
    JsonNode *n = json_object_get_member(o, "id");
    if (n && JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_INT64)
      id = fallback = g_strdup_printf("%" G_GINT64_FORMAT, json_node_get_int(n));
    else
      id = name;
  }
  gsize tlen = strlen(text);
  if (!rift_text_check(name, text, tlen, error)) return NULL;
  return rift_doc_new(id, text, tlen, member_string(o, "date"),
                      member_string(o, "title"), name);
}

/* ---- the reader ---- */

typedef struct {
  char *path;       /* "-" for stdin */
  gboolean jsonl;
} Input;

struct _RiftReader {
  RiftInputFormat stdin_format;
  GQueue pending;   /* Input*, to open */
  /* the JSON Lines input being read, if any */
  GDataInputStream *lines;
  char *lines_name;
  guint lineno;
  JsonParser *parser;
  guint64 bytes;
};

static void input_free(Input *in) {
  g_free(in->path);
  g_free(in);
}

RiftReader *rift_reader_new(RiftInputFormat stdin_format) {
  RiftReader *r = g_new0(RiftReader, 1);
  r->stdin_format = stdin_format;
  g_queue_init(&r->pending);
  r->parser = json_parser_new_immutable();
  return r;
}

void rift_reader_free(RiftReader *r) {
  if (!r) return;
  g_queue_clear_full(&r->pending, (GDestroyNotify)input_free);
  g_clear_object(&r->lines);
  g_free(r->lines_name);
  g_clear_object(&r->parser);
  g_free(r);
}

guint64 rift_reader_bytes(RiftReader *r) { return r->bytes; }

static gboolean is_jsonl_name(const char *path) {
  return g_str_has_suffix(path, ".jsonl") || g_str_has_suffix(path, ".ndjson");
}

static void push_input(RiftReader *r, const char *path, gboolean tail) {
  Input *in = g_new0(Input, 1);
  in->path = g_strdup(path);
  if (g_str_equal(path, "-"))
    in->jsonl = r->stdin_format == RIFT_INPUT_JSONL;
  else if (r->stdin_format == RIFT_INPUT_JSONL)
    in->jsonl = TRUE;
  else if (r->stdin_format == RIFT_INPUT_TEXT)
    in->jsonl = FALSE;
  else
    in->jsonl = is_jsonl_name(path);
  if (tail) g_queue_push_tail(&r->pending, in);
  else g_queue_push_head(&r->pending, in);
}

void rift_reader_add(RiftReader *r, const char *path) {
  push_input(r, path, TRUE);
}

static int cmp_str(gconstpointer a, gconstpointer b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Expands a directory in place: its entries go to the head of the queue,
 * sorted, hidden files skipped. */
static gboolean expand_dir(RiftReader *r, const char *path, GError **error) {
  g_autoptr(GDir) dir = g_dir_open(path, 0, error);
  if (!dir) return FALSE;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *n;
  while ((n = g_dir_read_name(dir)))
    if (n[0] != '.') g_ptr_array_add(names, g_build_filename(path, n, NULL));
  g_ptr_array_sort(names, cmp_str);
  for (guint i = names->len; i > 0; i--)
    push_input(r, names->pdata[i - 1], FALSE);
  return TRUE;
}

static char *doc_id_from_path(const char *path) {
  if (g_str_equal(path, "-")) return g_strdup("stdin");
  g_autofree char *base = g_path_get_basename(path);
  char *dot = strrchr(base, '.');
  if (dot && dot != base) *dot = '\0';
  return g_strdup(base);
}

static RiftDoc *read_text_file(RiftReader *r, const char *path,
                               GError **error) {
  g_autofree char *data = NULL;
  gsize len = 0;
  if (g_str_equal(path, "-")) {
    g_autoptr(GString) s = g_string_new(NULL);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) g_string_append_len(s, buf, n);
    if (ferror(stdin)) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO,
                  "cannot read standard input: %s", g_strerror(errno));
      return NULL;
    }
    len = s->len;
    data = g_string_free(g_steal_pointer(&s), FALSE);
  } else {
    g_autoptr(GError) e = NULL;
    if (!g_file_get_contents(path, &data, &len, &e)) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "%s", e->message);
      return NULL;
    }
  }
  r->bytes += len;
  const char *name = g_str_equal(path, "-") ? "standard input" : path;
  if (!rift_text_check(name, data, len, error)) return NULL;
  g_autofree char *id = doc_id_from_path(path);
  return rift_doc_new(id, data, len, NULL, NULL, path);
}

static gboolean open_lines(RiftReader *r, const char *path, GError **error) {
  GInputStream *base;
  if (g_str_equal(path, "-")) {
    base = g_unix_input_stream_new(0, FALSE);
  } else {
    g_autoptr(GFile) f = g_file_new_for_path(path);
    g_autoptr(GError) e = NULL;
    base = G_INPUT_STREAM(g_file_read(f, NULL, &e));
    if (!base) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "cannot open '%s': %s",
                  path, e->message);
      return FALSE;
    }
  }
  r->lines = g_data_input_stream_new(base);
  g_object_unref(base);
  g_buffered_input_stream_set_buffer_size(G_BUFFERED_INPUT_STREAM(r->lines),
                                          1 << 20);
  g_free(r->lines_name);
  r->lines_name = g_strdup(g_str_equal(path, "-") ? "standard input" : path);
  r->lineno = 0;
  return TRUE;
}


/* Reads the next document of the open JSON Lines stream.  Returns NULL
 * with no error at its end (and closes it). */
static RiftDoc *next_line(RiftReader *r, GError **error) {
  for (;;) {
    gsize len = 0;
    g_autoptr(GError) e = NULL;
    g_autofree char *line =
        g_data_input_stream_read_line(r->lines, &len, NULL, &e);
    if (!line) {
      g_clear_object(&r->lines);
      if (e) {
        g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "%s: %s",
                    r->lines_name, e->message);
      }
      return NULL;
    }
    r->lineno++;
    r->bytes += len + 1;
    gsize i = 0;
    while (i < len && g_ascii_isspace(line[i])) i++;
    if (i == len) continue;  /* blank lines are allowed */
    char where[64];
    g_snprintf(where, sizeof where, ":%u", r->lineno);
    g_autofree char *name = g_strconcat(r->lines_name, where, NULL);
    return rift__doc_from_json(r->parser, line, len, name, error);
  }
}

RiftDoc *rift_reader_next(RiftReader *r, GError **error) {
  for (;;) {
    if (r->lines) {
      GError *e = NULL;
      RiftDoc *d = next_line(r, &e);
      if (d || e) {
        if (e) g_propagate_error(error, e);
        return d;
      }
      continue;
    }
    Input *in = g_queue_pop_head(&r->pending);
    if (!in) return NULL;
    const char *path = in->path;
    if (!g_str_equal(path, "-")) {
      if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
        g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO,
                    "cannot open '%s': No such file or directory", path);
        input_free(in);
        return NULL;
      }
      if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
        gboolean ok = expand_dir(r, path, error);
        input_free(in);
        if (!ok) return NULL;
        continue;
      }
    }
    if (in->jsonl) {
      gboolean ok = open_lines(r, path, error);
      input_free(in);
      if (!ok) return NULL;
      continue;
    }
    RiftDoc *d = read_text_file(r, path, error);
    input_free(in);
    return d;
  }
}
