/* archive.c: the read stage for packed corpora.  Compressed files and
 * archives are streamed through libarchive one member at a time (never
 * the whole archive in memory); JSON Lines members are split into lines
 * as they stream.  Directories are walked here (so archives inside them
 * are found); every plain file and "-" goes to the core RiftReader. */
#include "rift-private.h"
#include <rift/archive.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>

#define BLOCK (256 * 1024)
#define MAX_TEXT_MEMBER ((gint64)256 * 1024 * 1024)

static const char *const archive_exts[] = {
  ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".xz", ".txz", ".zst", ".tzst",
  ".lz4", ".tar", ".zip", ".7z", ".cpio",
};
/* compression suffixes stripped to find what a raw compressed file holds */
static const char *const filter_exts[] = {".gz", ".bz2", ".xz", ".zst", ".lz4"};

gboolean rift_archive_is_archive(const char *path) {
  g_autofree char *lower = g_ascii_strdown(path, -1);
  for (gsize i = 0; i < G_N_ELEMENTS(archive_exts); i++)
    if (g_str_has_suffix(lower, archive_exts[i])) return TRUE;
  return FALSE;
}

static gboolean is_jsonl_name(const char *name) {
  g_autofree char *lower = g_ascii_strdown(name, -1);
  return g_str_has_suffix(lower, ".jsonl") || g_str_has_suffix(lower, ".ndjson");
}

static char *doc_id_from_name(const char *name) {
  g_autofree char *base = g_path_get_basename(name);
  char *dot = strrchr(base, '.');
  if (dot && dot != base) *dot = '\0';
  return g_strdup(base);
}

struct _RiftArchiveReader {
  RiftInputFormat format;
  GQueue pending;            /* char* paths, to open */
  RiftReader *plain;         /* plain files and stdin */
  gboolean plain_busy;       /* plain has inputs not yet drained */

  /* the archive being read */
  struct archive *a;
  char *a_path;
  gboolean a_raw;            /* a single compressed file, not an archive */
  guint64 done_bytes;        /* on-disk bytes of finished archives */
  /* the member being read as JSON Lines, if any */
  gboolean in_lines;
  char *member;              /* "archive:member" for messages and source */
  char *member_name;         /* the member's name inside the archive */
  guint lineno;
  GByteArray *buf;           /* a text member, read whole */
  /* JSON Lines are read into blocks that the lines handed out point
   * into (no copy a line): a block lives while the reader or an item
   * holds it (g_atomic_rc_box) */
  char *blk;
  gsize blk_len, blk_cap;
  gsize pos;                 /* start of the next line in blk */
  gboolean member_eof;
};

struct _RiftArchiveItem {
  RiftDoc *doc;              /* a document read whole, or */
  const char *line;          /* a JSON Lines record, parsed later: len */
  gsize len;                 /* bytes in blk (not NUL-terminated) */
  char *blk;
  char *name;                /* "file:line", for messages and source */
};

/* one JSON parser a thread: items are parsed in worker threads */
static GPrivate parser_key = G_PRIVATE_INIT(g_object_unref);

static JsonParser *thread_parser(void) {
  JsonParser *p = g_private_get(&parser_key);
  if (!p) {
    p = json_parser_new_immutable();
    g_private_set(&parser_key, p);
  }
  return p;
}

void rift_archive_item_free(RiftArchiveItem *item) {
  if (!item) return;
  rift_doc_free(item->doc);
  if (item->blk) g_atomic_rc_box_release(item->blk);
  g_free(item->name);
  g_free(item);
}

RiftArchiveReader *rift_archive_reader_new(RiftInputFormat format) {
  RiftArchiveReader *r = g_new0(RiftArchiveReader, 1);
  r->format = format;
  g_queue_init(&r->pending);
  r->plain = rift_reader_new(format);
  r->buf = g_byte_array_sized_new(BLOCK * 2);
  return r;
}

static void close_archive(RiftArchiveReader *r) {
  if (r->a) {
    r->done_bytes += (guint64)archive_filter_bytes(r->a, -1);
    archive_read_free(r->a);
    r->a = NULL;
  }
  g_clear_pointer(&r->a_path, g_free);
  g_clear_pointer(&r->member, g_free);
  g_clear_pointer(&r->member_name, g_free);
  r->in_lines = FALSE;
}

void rift_archive_reader_free(RiftArchiveReader *r) {
  if (!r) return;
  close_archive(r);
  g_queue_clear_full(&r->pending, g_free);
  rift_reader_free(r->plain);
  g_byte_array_unref(r->buf);
  if (r->blk) g_atomic_rc_box_release(r->blk);
  g_free(r);
}

void rift_archive_reader_add(RiftArchiveReader *r, const char *path) {
  g_queue_push_tail(&r->pending, g_strdup(path));
}

guint64 rift_archive_reader_bytes(RiftArchiveReader *r) {
  guint64 n = rift_reader_bytes(r->plain) + r->done_bytes;
  if (r->a) n += (guint64)archive_filter_bytes(r->a, -1);
  return n;
}

static int cmp_str(gconstpointer a, gconstpointer b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory's entries go to the head of the queue, sorted, hidden ones
 * left out: the order RiftReader walks them in. */
static gboolean expand_dir(RiftArchiveReader *r, const char *path,
                           GError **error) {
  g_autoptr(GError) e = NULL;
  g_autoptr(GDir) dir = g_dir_open(path, 0, &e);
  if (!dir) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "cannot open '%s': %s",
                path, e->message);
    return FALSE;
  }
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *n;
  while ((n = g_dir_read_name(dir)))
    if (n[0] != '.') g_ptr_array_add(names, g_build_filename(path, n, NULL));
  g_ptr_array_sort(names, cmp_str);
  for (guint i = names->len; i > 0; i--)
    g_queue_push_head(&r->pending, g_strdup(names->pdata[i - 1]));
  return TRUE;
}

static gboolean open_archive(RiftArchiveReader *r, const char *path,
                             GError **error) {
  struct archive *a = archive_read_new();
  archive_read_support_filter_all(a);
  archive_read_support_format_tar(a);
  archive_read_support_format_gnutar(a);
  archive_read_support_format_zip(a);
  archive_read_support_format_7zip(a);
  archive_read_support_format_cpio(a);
  archive_read_support_format_raw(a);
  int rc = g_str_equal(path, "-") ? archive_read_open_fd(a, 0, BLOCK)
                                  : archive_read_open_filename(a, path, BLOCK);
  if (rc != ARCHIVE_OK) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "cannot open '%s': %s",
                path, archive_error_string(a) ? archive_error_string(a)
                                              : "unreadable archive");
    archive_read_free(a);
    return FALSE;
  }
  r->a = a;
  r->a_path = g_strdup(g_str_equal(path, "-") ? "standard input" : path);
  r->a_raw = FALSE;
  return TRUE;
}

/* The name a raw compressed file's content goes by: the file name less
 * its compression suffix ("news.jsonl.gz" -> "news.jsonl"). */
static char *raw_member_name(const char *path) {
  g_autofree char *base = g_path_get_basename(path);
  g_autofree char *lower = g_ascii_strdown(base, -1);
  for (gsize i = 0; i < G_N_ELEMENTS(filter_exts); i++)
    if (g_str_has_suffix(lower, filter_exts[i])) {
      base[strlen(base) - strlen(filter_exts[i])] = '\0';
      break;
    }
  return g_steal_pointer(&base);
}

/* Reads the rest of the member into buf (text members are one document). */
static gboolean read_member(RiftArchiveReader *r, GError **error) {
  g_byte_array_set_size(r->buf, 0);
  for (;;) {
    guint old = r->buf->len;
    g_byte_array_set_size(r->buf, old + BLOCK);
    la_ssize_t n = archive_read_data(r->a, r->buf->data + old, BLOCK);
    if (n < 0) {
      g_byte_array_set_size(r->buf, old);
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT, "%s: %s", r->member,
                  archive_error_string(r->a));
      return FALSE;
    }
    g_byte_array_set_size(r->buf, old + (guint)n);
    if (n == 0) return TRUE;
    if ((gint64)r->buf->len > MAX_TEXT_MEMBER) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT,
                  "%s: a text file over %d MB, skipped", r->member,
                  (int)(MAX_TEXT_MEMBER >> 20));
      return FALSE;
    }
  }
}

/* Moves to the next regular member.  Returns FALSE at the archive's end
 * (error unset) or on a broken archive (error set; the archive is then
 * closed). */
static gboolean next_member(RiftArchiveReader *r, GError **error) {
  for (;;) {
    struct archive_entry *entry = NULL;
    int rc = archive_read_next_header(r->a, &entry);
    if (rc == ARCHIVE_EOF) return FALSE;
    if (rc < ARCHIVE_WARN) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT,
                  "%s: %s; the rest of it is skipped", r->a_path,
                  archive_error_string(r->a));
      close_archive(r);
      return FALSE;
    }
    r->a_raw = archive_format(r->a) == ARCHIVE_FORMAT_RAW;
    g_autofree char *name = NULL;
    if (r->a_raw) {
      name = raw_member_name(r->a_path);
    } else {
      if (archive_entry_filetype(entry) != AE_IFREG) continue;
      const char *p = archive_entry_pathname_utf8(entry);
      if (!p) p = archive_entry_pathname(entry);
      if (!p) continue;
      g_autofree char *base = g_path_get_basename(p);
      if (base[0] == '.' || g_str_has_prefix(p, "__MACOSX/")) continue;
      name = g_strdup(p);
    }
    g_free(r->member);
    r->member = r->a_raw ? g_strdup(r->a_path)
                         : g_strconcat(r->a_path, ":", name, NULL);
    gboolean lines = r->format == RIFT_INPUT_JSONL ||
                     (r->format == RIFT_INPUT_AUTO && is_jsonl_name(name));
    r->in_lines = lines;
    r->lineno = 0;
    /* items may point into the last member's block: start a new one */
    if (r->blk) g_atomic_rc_box_release(r->blk);
    r->blk = NULL;
    r->pos = r->blk_len = 0;
    r->member_eof = FALSE;
    g_byte_array_set_size(r->buf, 0);
    g_free(r->member_name);
    r->member_name = g_steal_pointer(&name);
    return TRUE;
  }
}

/* Parses one JSON Lines record; name is "member:line".  Thread-safe:
 * each thread has its own parser. */
static RiftDoc *parse_record(const char *line, gsize len, const char *name,
                             GError **error) {
  return rift__doc_from_json(thread_parser(), line, len, name, error);
}

/* Moves the unread rest of the block (a line begun) to the start of a
 * new block with room for BLOCK more bytes; items keep the old one. */
static void next_block(RiftArchiveReader *r) {
  gsize rest = r->blk ? r->blk_len - r->pos : 0;
  gsize cap = MAX((gsize)BLOCK * 4, 2 * rest + BLOCK); /* long lines */
  char *b = g_atomic_rc_box_alloc(cap);
  if (rest) memcpy(b, r->blk + r->pos, rest);
  if (r->blk) g_atomic_rc_box_release(r->blk);
  r->blk = b;
  r->blk_cap = cap;
  r->blk_len = rest;
  r->pos = 0;
}

/* The next record of the JSON Lines member being streamed, unparsed; NULL
 * with no error at its end. */
static RiftArchiveItem *next_line(RiftArchiveReader *r, GError **error) {
  for (;;) {
    const char *start = r->blk ? r->blk + r->pos : NULL;
    gsize avail = r->blk ? r->blk_len - r->pos : 0;
    const char *nl = avail ? memchr(start, '\n', avail) : NULL;
    gsize len;
    if (nl) {
      len = (gsize)(nl - start);
    } else if (!r->member_eof) {
      if (!r->blk || r->blk_cap - r->blk_len < BLOCK) next_block(r);
      la_ssize_t n = archive_read_data(r->a, r->blk + r->blk_len, BLOCK);
      if (n < 0) {
        g_set_error(error, RIFT_ERROR, RIFT_ERROR_INPUT,
                    "%s: %s; the rest of it is skipped", r->member,
                    archive_error_string(r->a));
        r->in_lines = FALSE;
        return NULL;
      }
      r->blk_len += (gsize)n;
      if (n == 0) r->member_eof = TRUE;
      continue;
    } else if (avail) {
      len = avail; /* a last line without a newline */
    } else {
      r->in_lines = FALSE;
      return NULL;
    }
    const char *line = start;
    r->pos += len + (nl ? 1 : 0);
    r->lineno++;
    gsize i = 0;
    while (i < len && g_ascii_isspace(line[i])) i++;
    if (i == len) continue; /* blank lines are allowed */
    char where[32];
    g_snprintf(where, sizeof where, ":%u", r->lineno);
    RiftArchiveItem *item = g_new0(RiftArchiveItem, 1);
    item->name = g_strconcat(r->member, where, NULL);
    item->line = line;
    item->len = len;
    item->blk = g_atomic_rc_box_acquire(r->blk);
    return item;
  }
}

static RiftArchiveItem *doc_item(RiftDoc *doc) {
  if (!doc) return NULL;
  RiftArchiveItem *item = g_new0(RiftArchiveItem, 1);
  item->doc = doc;
  return item;
}

/* The next item of the open archive; NULL with no error at its end. */
static RiftArchiveItem *next_in_archive(RiftArchiveReader *r, GError **error) {
  for (;;) {
    if (r->in_lines) {
      GError *e = NULL;
      RiftArchiveItem *d = next_line(r, &e);
      if (d || e) {
        if (e) g_propagate_error(error, e);
        return d;
      }
      continue;
    }
    if (!next_member(r, error)) {
      close_archive(r);
      return NULL;
    }
    if (r->in_lines) continue;
    if (!read_member(r, error)) return NULL;
    const char *text = (const char *)r->buf->data;
    gsize len = r->buf->len;
    if (!rift_text_check(r->member, text, len, error)) return NULL;
    g_autofree char *id = doc_id_from_name(r->member_name);
    return doc_item(rift_doc_new(id, text, (gssize)len, NULL, NULL, r->member));
  }
}

RiftArchiveItem *rift_archive_reader_next_item(RiftArchiveReader *r,
                                               GError **error) {
  for (;;) {
    if (r->a) {
      GError *e = NULL;
      RiftArchiveItem *d = next_in_archive(r, &e);
      if (d || e) {
        if (e) g_propagate_error(error, e);
        return d;
      }
      continue;
    }
    if (r->plain_busy) {
      GError *e = NULL;
      RiftDoc *d = rift_reader_next(r->plain, &e);
      if (d || e) {
        if (e) g_propagate_error(error, e);
        return doc_item(d);
      }
      r->plain_busy = FALSE;
      continue;
    }
    g_autofree char *path = g_queue_pop_head(&r->pending);
    if (!path) return NULL;
    gboolean lines = r->format == RIFT_INPUT_JSONL ||
                     (r->format == RIFT_INPUT_AUTO && is_jsonl_name(path));
    if (g_str_equal(path, "-") && lines) {
      /* JSON Lines streamed here, so records can be parsed in parallel */
      if (!open_archive(r, path, error)) return NULL;
      continue;
    }
    if (!g_str_equal(path, "-")) {
      if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
        g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO,
                    "cannot open '%s': No such file or directory", path);
        return NULL;
      }
      if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
        if (!expand_dir(r, path, error)) return NULL;
        continue;
      }
      if (lines || rift_archive_is_archive(path)) {
        if (!open_archive(r, path, error)) return NULL;
        continue;
      }
    }
    rift_reader_add(r->plain, path);
    r->plain_busy = TRUE;
  }
}

RiftDoc *rift_archive_item_doc(RiftArchiveItem *item, GError **error) {
  if (item->doc) return g_steal_pointer(&item->doc);
  return parse_record(item->line, item->len, item->name, error);
}

const char *rift_archive_item_name(const RiftArchiveItem *item) {
  return item->doc ? item->doc->source : item->name;
}

RiftDoc *rift_archive_reader_next(RiftArchiveReader *r, GError **error) {
  g_autoptr(RiftArchiveItem) item = rift_archive_reader_next_item(r, error);
  return item ? rift_archive_item_doc(item, error) : NULL;
}

static guint64 size_of(const char *path, int depth) {
  if (g_str_equal(path, "-") || depth > 64) return 0;
  GStatBuf st;
  if (g_stat(path, &st) != 0) return 0;
  if (!S_ISDIR(st.st_mode)) return S_ISREG(st.st_mode) ? (guint64)st.st_size : 0;
  g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
  if (!dir) return 0;
  guint64 n = 0;
  const char *name;
  while ((name = g_dir_read_name(dir))) {
    if (name[0] == '.') continue;
    g_autofree char *child = g_build_filename(path, name, NULL);
    n += size_of(child, depth + 1);
  }
  return n;
}

guint64 rift_archive_inputs_size(char **paths) {
  guint64 n = 0;
  for (char **p = paths; p && *p; p++) n += size_of(*p, 0);
  return n;
}
