/* store.c: the SQLite sink, the corpus store of the flow's end.  It owns
 * the schema (PRAGMA user_version and its migrations), the writes of an
 * ingest (prepared statements, WAL, one transaction per batch of
 * documents), the fold of shards into one store, and the reads that feed
 * `rift graph`, `rift explain` and `rift stats`.
 *
 * Determinism: documents are numbered in the order they are first stored
 * (the writer stores them in input order whatever the number of threads),
 * a merge appends a shard's new documents in the shard's order, and an
 * actor keeps the smallest (name, type, speaks_for) any document gave it;
 * so one run, a resumed run and a merge of shards of the same inputs in
 * the same order hold the same rows.  No row holds a timestamp.
 *
 * Speed: rows are appended in document order (the tables are keyed by
 * document number first), so a batch dirties few pages; only the index of
 * hash keys takes random inserts, and it is small. */
#include "rift-private.h"

#include <sqlite3.h>
#include <nettle/sha2.h>
#include <string.h>
#include <sys/stat.h>

/* ---- the schema, one migration a version ---- */

static const char *const migrations[] = {
  /* 0 -> 1 */
  "CREATE TABLE documents ("
  "  doc    INTEGER PRIMARY KEY," /* 1, 2, ... in the order first stored */
  "  key    INTEGER NOT NULL UNIQUE," /* hash's first 8 bytes, big-endian */
  "  hash   BLOB NOT NULL,"       /* SHA-256 of the text */
  "  id     TEXT NOT NULL,"       /* the input's id or file name */
  "  date   TEXT,"                /* ISO date, or NULL */
  "  title  TEXT,"
  "  source TEXT NOT NULL,"       /* path, path:line or archive:member */
  "  bytes  INTEGER NOT NULL,"    /* length of the text */
  "  edges  INTEGER NOT NULL"     /* edges the extractor found */
  ");"
  "CREATE TABLE actors ("
  "  id         TEXT PRIMARY KEY,"
  "  name       TEXT NOT NULL,"
  "  type       TEXT NOT NULL,"
  "  speaks_for TEXT"
  ") WITHOUT ROWID;"
  "CREATE TABLE mentions ("
  "  doc    INTEGER NOT NULL,"    /* documents.doc */
  "  actor  TEXT NOT NULL,"       /* actors.id */
  "  state  TEXT NOT NULL,"       /* what actor speaks for on that date */
  "  count  INTEGER NOT NULL,"
  "  PRIMARY KEY (doc, actor)"
  ") WITHOUT ROWID;"
  "CREATE TABLE sentences ("
  "  doc      INTEGER NOT NULL,"
  "  sentence INTEGER NOT NULL,"  /* 0-based index in the document */
  "  start    INTEGER NOT NULL,"  /* byte offsets in the normalised text */
  "  end      INTEGER NOT NULL,"
  "  text     TEXT NOT NULL,"
  "  PRIMARY KEY (doc, sentence)"
  ") WITHOUT ROWID;"
  "CREATE TABLE edges ("
  "  doc           INTEGER NOT NULL,"
  "  idx           INTEGER NOT NULL," /* position in the document's result */
  "  source        TEXT NOT NULL,"    /* actor level */
  "  target        TEXT NOT NULL,"
  "  source_state  TEXT NOT NULL,"    /* state level (speaks_for folded) */
  "  target_state  TEXT NOT NULL,"
  "  polarity      INTEGER NOT NULL," /* +1 support, -1 oppose */
  "  score         REAL NOT NULL,"
  "  sentence      INTEGER NOT NULL,"
  "  trigger       TEXT NOT NULL,"
  "  trigger_start INTEGER NOT NULL,"
  "  trigger_end   INTEGER NOT NULL,"
  "  flags         INTEGER NOT NULL," /* RIFT_EDGE_* */
  "  PRIMARY KEY (doc, idx)"
  ") WITHOUT ROWID;",
};
G_STATIC_ASSERT(G_N_ELEMENTS(migrations) == RIFT_STORE_SCHEMA_VERSION);

#define ACTOR_UPSERT_TAIL                                                  \
  " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"                   \
  " type = excluded.type, speaks_for = excluded.speaks_for"                \
  " WHERE (excluded.name, excluded.type, coalesce(excluded.speaks_for, ''))" \
  " < (actors.name, actors.type, coalesce(actors.speaks_for, ''))"

enum {
  ST_INS_DOC, ST_DOC_HASH, ST_KEYS_AFTER, ST_INS_ACTOR, ST_INS_MENTION,
  ST_INS_SENTENCE, ST_INS_EDGE, ST_BEGIN, ST_COMMIT, ST_ROLLBACK, N_ST
};

/* The row tables, written MULTI rows a statement where there are that
 * many (one statement a row costs the writer twice the time). */
enum { T_DOC, T_MENTION, T_SENTENCE, T_EDGE, N_T };
#define MULTI 32

#define DOC_COLS "(key, hash, id, date, title, source, bytes, edges)"
#define MENTION_COLS "(doc, actor, state, count)"
#define SENTENCE_COLS "(doc, sentence, start, end, text)"
#define EDGE_COLS                                                         \
  "(doc, idx, source, target, source_state, target_state, polarity,"      \
  " score, sentence, trigger, trigger_start, trigger_end, flags)"

static const struct {
  const char *head; /* "INSERT ... VALUES " */
  int ncols, single;
} row_tables[N_T] = {
  [T_DOC] = {"INSERT OR IGNORE INTO documents " DOC_COLS " VALUES ", 8, ST_INS_DOC},
  [T_MENTION] = {"INSERT OR IGNORE INTO mentions " MENTION_COLS " VALUES ", 4,
                 ST_INS_MENTION},
  [T_SENTENCE] = {"INSERT OR IGNORE INTO sentences " SENTENCE_COLS " VALUES ", 5,
                  ST_INS_SENTENCE},
  [T_EDGE] = {"INSERT INTO edges " EDGE_COLS " VALUES ", 13, ST_INS_EDGE},
};

static const char *const stmt_sql[N_ST] = {
  [ST_INS_DOC] = "INSERT OR IGNORE INTO documents " DOC_COLS
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  [ST_DOC_HASH] = "SELECT hash FROM documents WHERE key = ?1"
                  " AND doc <= ?2",
  [ST_KEYS_AFTER] = "SELECT key FROM documents WHERE doc > ?1 ORDER BY doc",
  [ST_INS_ACTOR] = "INSERT INTO actors (id, name, type, speaks_for)"
                   " VALUES (?1, ?2, ?3, ?4)" ACTOR_UPSERT_TAIL,
  [ST_INS_MENTION] = "INSERT OR IGNORE INTO mentions " MENTION_COLS
                     " VALUES (?, ?, ?, ?)",
  [ST_INS_SENTENCE] = "INSERT OR IGNORE INTO sentences " SENTENCE_COLS
                      " VALUES (?, ?, ?, ?, ?)",
  [ST_INS_EDGE] = "INSERT INTO edges " EDGE_COLS
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ST_BEGIN] = "BEGIN IMMEDIATE",
  [ST_COMMIT] = "COMMIT",
  [ST_ROLLBACK] = "ROLLBACK",
};

/* The SQL of row_tables[t] for n rows. */
static char *multi_sql(int t, guint n) {
  GString *q = g_string_new(row_tables[t].head);
  for (guint r = 0; r < n; r++) {
    g_string_append(q, r ? ", (" : "(");
    for (int c = 0; c < row_tables[t].ncols; c++) g_string_append(q, c ? ", ?" : "?");
    g_string_append_c(q, ')');
  }
  return g_string_free(q, FALSE);
}

/* One row waiting to be written: the document's number, the row (a
 * RiftStoreRows, MentionRow, SentenceRow or EdgeRow) and its index. */
typedef struct {
  gint64 doc;
  gconstpointer row;
  guint idx;
} Pending;

struct _RiftStore {
  char *path;
  sqlite3 *db;
  gboolean writable;
  sqlite3_stmt *st[N_ST];
  sqlite3_stmt *multi[N_T];  /* row_tables[t] for MULTI rows */
  GArray *pending[N_T];      /* Pending rows of the group being written */
  gboolean in_txn;
  guint batch_size, in_batch;
  const RiftDict *dict;
  /* actor id -> "name\ttype\tspeaks_for" as stored, to skip upserts that
   * cannot change anything */
  GHashTable *actor_cache;
  /* rift_store_contains answers for the documents stored when the store
   * was opened (doc <= opened_docs): a Bloom filter of their keys, built
   * on first use, rules most texts out without a query; the rest are
   * looked up through reading connections, one a caller at a time,
   * opened as needed, so look-ups from many threads never wait. */
  gint64 opened_docs;
  gsize bloom_ready;
  guint64 *bloom;        /* NULL: no documents when opened */
  guint64 bloom_mask;    /* bits - 1 (a power of two) */
  GError *bloom_error;
  GAsyncQueue *readers;  /* Reader* */
};

typedef struct {
  sqlite3 *db;
  sqlite3_stmt *hash;
} Reader;

static void reader_free(Reader *r) {
  sqlite3_finalize(r->hash);
  sqlite3_close(r->db);
  g_free(r);
}

/* ---- helpers ---- */

static gboolean fail(RiftStore *s, sqlite3 *db, GError **error,
                     const char *what) {
  g_set_error(error, RIFT_ERROR, RIFT_ERROR_STORE, "%s: %s: %s", s->path,
              what, sqlite3_errmsg(db));
  return FALSE;
}

/* The documents.key of a hash: its first 8 bytes.  The unique index on
 * this small integer, not on the 32-byte hash, keeps the random inserts
 * every new document makes cheap as the store grows. */
static gint64 key_of(const guint8 hash[RIFT_STORE_HASH_LEN]) {
  guint64 v = 0;
  for (int i = 0; i < 8; i++) v = (v << 8) | hash[i];
  return (gint64)v;
}

/* Whether the blob in column i of st is hash. */
static gboolean same_hash(sqlite3_stmt *st, int i,
                          const guint8 hash[RIFT_STORE_HASH_LEN]) {
  const void *h = sqlite3_column_blob(st, i);
  return h && sqlite3_column_bytes(st, i) == RIFT_STORE_HASH_LEN &&
         memcmp(h, hash, RIFT_STORE_HASH_LEN) == 0;
}

/* Runs a statement that returns no rows (prepared, stepped, finalized). */
static gboolean exec1(RiftStore *s, sqlite3 *db, const char *sql,
                      GError **error) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
    return fail(s, db, error, "cannot prepare a statement");
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {}
  if (rc != SQLITE_DONE) {
    fail(s, db, error, "cannot run a statement");
    sqlite3_finalize(st);
    return FALSE;
  }
  sqlite3_finalize(st);
  return TRUE;
}

/* Runs a script of statements separated by ';' (constant SQL only). */
static gboolean exec_script(RiftStore *s, const char *sql, GError **error) {
  const char *tail = sql;
  while (tail && *tail) {
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, tail, -1, &st, &tail) != SQLITE_OK)
      return fail(s, s->db, error, "cannot prepare the schema");
    if (!st) break; /* only whitespace left */
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {}
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return fail(s, s->db, error, "cannot build the schema");
  }
  return TRUE;
}

static gboolean query_int(RiftStore *s, const char *sql, gint64 *out,
                          GError **error) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
    return fail(s, s->db, error, "cannot prepare a query");
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) *out = sqlite3_column_int64(st, 0);
  else if (rc == SQLITE_DONE) *out = 0;
  else {
    fail(s, s->db, error, "cannot query");
    sqlite3_finalize(st);
    return FALSE;
  }
  sqlite3_finalize(st);
  return TRUE;
}

static void bind_text(sqlite3_stmt *st, int i, const char *s) {
  if (s) sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
  else sqlite3_bind_null(st, i);
}

/* Steps a write statement and resets it. */
static gboolean step_reset(RiftStore *s, sqlite3_stmt *st, GError **error,
                           const char *what) {
  int rc = sqlite3_step(st);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    fail(s, s->db, error, what);
    sqlite3_reset(st);
    return FALSE;
  }
  /* every parameter is bound anew before the next step */
  sqlite3_reset(st);
  return TRUE;
}

/* ---- open, migrate, close ---- */

static gboolean migrate(RiftStore *s, GError **error) {
  gint64 version = 0;
  if (!query_int(s, "PRAGMA user_version", &version, error)) return FALSE;
  if (version > RIFT_STORE_SCHEMA_VERSION) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_STORE,
                "%s: written by a newer rift (schema version %" G_GINT64_FORMAT
                ", this rift knows up to %d)",
                s->path, version, RIFT_STORE_SCHEMA_VERSION);
    return FALSE;
  }
  if (version == RIFT_STORE_SCHEMA_VERSION) return TRUE;
  if (!s->writable) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_STORE,
                version == 0 ? "%s: not a rift store"
                             : "%s: schema version %d is older than this "
                               "rift's; open it with 'rift ingest' to migrate",
                s->path, (int)version);
    return FALSE;
  }
  if (!exec1(s, s->db, "BEGIN IMMEDIATE", error)) return FALSE;
  if (version == 0) {
    gint64 tables = 0;
    if (!query_int(s, "SELECT count(*) FROM sqlite_master", &tables, error))
      goto rollback;
    if (tables > 0) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_STORE,
                  "%s: an SQLite database, but not a rift store", s->path);
      goto rollback;
    }
  }
  for (gint64 v = version; v < RIFT_STORE_SCHEMA_VERSION; v++)
    if (!exec_script(s, migrations[v], error)) goto rollback;
  {
    /* PRAGMA takes no parameters; the value is a compile-time constant. */
    if (!exec1(s, s->db,
               "PRAGMA user_version = " G_STRINGIFY(RIFT_STORE_SCHEMA_VERSION),
               error))
      goto rollback;
  }
  return exec1(s, s->db, "COMMIT", error);
rollback:
  exec1(s, s->db, "ROLLBACK", NULL);
  return FALSE;
}

RiftStore *rift_store_open(const char *path, RiftStoreFlags flags,
                           GError **error) {
  static gsize configured = 0;
  if (g_once_init_enter(&configured)) {
    /* no global allocation statistics: one mutex less on every malloc */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    g_once_init_leave(&configured, 1);
  }
  g_autoptr(RiftStore) s = g_new0(RiftStore, 1);
  s->path = g_strdup(path);
  s->writable = (flags & RIFT_STORE_CREATE) != 0;
  s->batch_size = 8192;
  s->actor_cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                         g_free);
  s->readers = g_async_queue_new_full((GDestroyNotify)reader_free);

  if (!s->writable && !g_file_test(path, G_FILE_TEST_EXISTS)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO,
                "cannot open '%s': No such file or directory", path);
    return NULL;
  }
  int oflags = s->writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                           : SQLITE_OPEN_READONLY;
  if (sqlite3_open_v2(path, &s->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) !=
      SQLITE_OK) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "cannot open '%s': %s",
                path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
    return NULL;
  }
  sqlite3_busy_timeout(s->db, 10000);
  sqlite3_extended_result_codes(s->db, 1);
  /* The first read tells whether this is a database at all. */
  gint64 dummy;
  gboolean readable = query_int(s, "SELECT count(*) FROM sqlite_master",
                                &dummy, NULL);
  g_autofree char *wal = g_strconcat(path, "-wal", NULL);
  int code = sqlite3_errcode(s->db) & 0xff;
  if (!readable && !s->writable &&
      (code == SQLITE_CANTOPEN || code == SQLITE_READONLY) &&
      !g_file_test(wal, G_FILE_TEST_EXISTS)) {
    /* a store closed cleanly in a folder we cannot write to: nothing is
     * in flight, so it can be read as immutable */
    sqlite3_close(s->db);
    s->db = NULL;
    g_autofree char *uri = g_filename_to_uri(path, NULL, NULL);
    g_autofree char *imm = uri ? g_strconcat(uri, "?immutable=1", NULL) : NULL;
    if (imm && sqlite3_open_v2(imm, &s->db, SQLITE_OPEN_READONLY |
                                   SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                               NULL) == SQLITE_OK)
      readable = query_int(s, "SELECT count(*) FROM sqlite_master", &dummy,
                           NULL);
  }
  if (!readable) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "cannot open '%s': %s",
                path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
    return NULL;
  }
  if (s->writable) {
    g_autoptr(GError) e = NULL;
    sqlite3_stmt *st = NULL;
    /* A new store gets 16 KB pages (a no-op on an existing one): the
     * writer splits a quarter as many pages and spends 12% less time on
     * bulk than with 4 KB ones.  Before WAL, which fixes the size. */
    if (!exec1(s, s->db, "PRAGMA page_size = 16384", error)) return NULL;
    if (sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st,
                           NULL) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW ||
        g_ascii_strcasecmp((const char *)sqlite3_column_text(st, 0),
                           "wal") != 0) {
      fail(s, s->db, error, "cannot switch to write-ahead logging");
      sqlite3_finalize(st);
      return NULL;
    }
    sqlite3_finalize(st);
    if (!exec1(s, s->db, "PRAGMA synchronous = NORMAL", error)) return NULL;

  }
  if (!exec1(s, s->db, "PRAGMA cache_size = -8192", error)) return NULL;
  if (!exec1(s, s->db, "PRAGMA temp_store = MEMORY", error)) return NULL;
  if (!migrate(s, error)) return NULL;
  if (!query_int(s, "SELECT coalesce(max(doc), 0) FROM documents",
                 &s->opened_docs, error))
    return NULL;
  if (s->writable) {
    for (int i = 0; i < N_ST; i++)
      if (sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                             &s->st[i], NULL) != SQLITE_OK) {
        fail(s, s->db, error, "cannot prepare a statement");
        return NULL;
      }
    for (int t = 0; t < N_T; t++) {
      g_autofree char *sql = multi_sql(t, MULTI);
      if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                             &s->multi[t], NULL) != SQLITE_OK) {
        fail(s, s->db, error, "cannot prepare a statement");
        return NULL;
      }
      s->pending[t] = g_array_new(FALSE, FALSE, sizeof(Pending));
    }
  }
  return g_steal_pointer(&s);
}

const char *rift_store_path(const RiftStore *s) { return s->path; }

void rift_store_set_dict(RiftStore *s, const RiftDict *dict) {
  s->dict = dict;
}

void rift_store_set_batch_size(RiftStore *s, guint docs) {
  s->batch_size = docs ? docs : 1;
}

void rift_store_close(RiftStore *s) {
  if (!s) return;
  if (s->in_txn) rift_store_commit(s, NULL);
  for (int i = 0; i < N_ST; i++) sqlite3_finalize(s->st[i]);
  for (int t = 0; t < N_T; t++) {
    sqlite3_finalize(s->multi[t]);
    if (s->pending[t]) g_array_unref(s->pending[t]);
  }
  g_async_queue_unref(s->readers);
  g_free(s->bloom);
  g_clear_error(&s->bloom_error);
  if (s->db) sqlite3_close(s->db);
  g_hash_table_unref(s->actor_cache);
  g_free(s->path);
  g_free(s);
}

/* ---- hashing and lookups ---- */

void rift_store_hash(const char *text, gsize len,
                     guint8 out[RIFT_STORE_HASH_LEN]) {
  /* nettle, not GChecksum: the same digest at 1.2 GB/s (SHA-NI where the
   * CPU has it) against GLib's 150 MB/s, a sixth of ingest's time */
  G_STATIC_ASSERT(RIFT_STORE_HASH_LEN == SHA256_DIGEST_SIZE);
  struct sha256_ctx c;
  sha256_init(&c);
  sha256_update(&c, len, (const uint8_t *)text);
  sha256_digest(&c, SHA256_DIGEST_SIZE, out);
}

#define BLOOM_PROBES 7

/* The probes of a key (already uniform: the hash's first bytes). */
static guint64 bloom_bit(guint64 key, guint i, guint64 mask) {
  guint64 h1 = key & 0xffffffffu, h2 = (key >> 32) | 1;
  return (h1 + i * h2) & mask;
}

/* Takes a reading connection (transfer full), opening one if none is
 * free; give it back with g_async_queue_push(s->readers, r). */
static Reader *take_reader(RiftStore *s, GError **error) {
  Reader *r = g_async_queue_try_pop(s->readers);
  if (r) return r;
  r = g_new0(Reader, 1);
  if (sqlite3_open_v2(s->path, &r->db,
                      SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                      NULL) != SQLITE_OK ||
      sqlite3_prepare_v3(r->db, stmt_sql[ST_DOC_HASH], -1,
                         SQLITE_PREPARE_PERSISTENT, &r->hash,
                         NULL) != SQLITE_OK) {
    fail(s, r->db, error, "cannot open a reading connection");
    reader_free(r);
    return NULL;
  }
  sqlite3_busy_timeout(r->db, 10000);
  exec1(s, r->db, "PRAGMA cache_size = -1024", NULL);
  return r;
}

/* Builds the Bloom filter through a reading connection of its own (the
 * store's connection may be busy writing in another thread). */
static gboolean build_bloom(RiftStore *s, GError **error) {
  if (s->opened_docs == 0) return TRUE;
  Reader *r = take_reader(s, error);
  if (!r) return FALSE;
  guint64 bits = 4096;
  while (bits < (guint64)s->opened_docs * 12) bits <<= 1; /* ~1% false hits */
  s->bloom = g_new0(guint64, bits / 64);
  s->bloom_mask = bits - 1;
  sqlite3_stmt *st = NULL;
  gboolean ok = TRUE;
  if (sqlite3_prepare_v2(r->db, "SELECT key FROM documents WHERE doc <= ?1",
                         -1, &st, NULL) != SQLITE_OK) {
    ok = fail(s, r->db, error, "cannot prepare the key scan");
  } else {
    sqlite3_bind_int64(st, 1, s->opened_docs);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      guint64 key = (guint64)sqlite3_column_int64(st, 0);
      for (guint i = 0; i < BLOOM_PROBES; i++) {
        guint64 b = bloom_bit(key, i, s->bloom_mask);
        s->bloom[b / 64] |= G_GUINT64_CONSTANT(1) << (b % 64);
      }
    }
    if (rc != SQLITE_DONE) ok = fail(s, r->db, error, "cannot read the keys");
  }
  sqlite3_finalize(st);
  g_async_queue_push(s->readers, r);
  return ok;
}

gboolean rift_store_contains(RiftStore *s,
                             const guint8 hash[RIFT_STORE_HASH_LEN],
                             gboolean *out_found, GError **error) {
  *out_found = FALSE;
  if (g_once_init_enter(&s->bloom_ready)) {
    /* the first caller builds it; the others wait here */
    if (!build_bloom(s, &s->bloom_error)) g_clear_pointer(&s->bloom, g_free);
    g_once_init_leave(&s->bloom_ready, 1);
  }
  if (s->bloom_error) {
    g_propagate_error(error, g_error_copy(s->bloom_error));
    return FALSE;
  }
  guint64 key = (guint64)key_of(hash);
  if (!s->bloom) return TRUE;
  for (guint i = 0; i < BLOOM_PROBES; i++) {
    guint64 b = bloom_bit(key, i, s->bloom_mask);
    if (!(s->bloom[b / 64] & (G_GUINT64_CONSTANT(1) << (b % 64)))) return TRUE;
  }

  Reader *r = take_reader(s, error);
  if (!r) return FALSE;
  gboolean ok = TRUE;
  sqlite3_bind_int64(r->hash, 1, (gint64)key);
  sqlite3_bind_int64(r->hash, 2, s->opened_docs);
  int rc = sqlite3_step(r->hash);
  if (rc == SQLITE_ROW) {
    *out_found = same_hash(r->hash, 0, hash);
  } else if (rc != SQLITE_DONE) {
    ok = fail(s, r->db, error, "cannot look up a document");
  }
  sqlite3_reset(r->hash);
  g_async_queue_push(s->readers, r);
  return ok;
}

/* ---- writing ---- */

static gboolean begin(RiftStore *s, GError **error) {
  if (s->in_txn) return TRUE;
  if (!step_reset(s, s->st[ST_BEGIN], error, "cannot begin a transaction"))
    return FALSE;
  s->in_txn = TRUE;
  s->in_batch = 0;
  return TRUE;
}

gboolean rift_store_commit(RiftStore *s, GError **error) {
  if (!s->in_txn) return TRUE;
  if (!step_reset(s, s->st[ST_COMMIT], error, "cannot commit")) {
    step_reset(s, s->st[ST_ROLLBACK], NULL, "rollback");
    s->in_txn = FALSE;
    g_hash_table_remove_all(s->actor_cache);
    return FALSE;
  }
  s->in_txn = FALSE;
  s->in_batch = 0;
  return TRUE;
}

static void rollback(RiftStore *s) {
  if (!s->in_txn) return;
  step_reset(s, s->st[ST_ROLLBACK], NULL, "rollback");
  s->in_txn = FALSE;
  s->in_batch = 0;
  /* the cache may now be ahead of the database */
  g_hash_table_remove_all(s->actor_cache);
}

/* ---- a document's rows, prepared away from the writer ---- */

typedef struct {
  const char *id, *name, *type, *speaks_for;
  const char *tuple; /* "name\1type\1speaks_for", for the actor cache */
} ActorRow;

typedef struct {
  const char *actor, *state;
  guint count;
} MentionRow;

typedef struct {
  guint sentence, start, end;
  const char *text;
} SentenceRow;

typedef struct {
  const char *source, *target, *source_state, *target_state, *trigger;
  int polarity;
  double score;
  guint sentence, trigger_start, trigger_end, flags;
} EdgeRow;

struct _RiftStoreRows {
  guint8 hash[RIFT_STORE_HASH_LEN];
  const char *id, *date, *title, *source;
  gsize bytes;
  GStringChunk *strings;
  GArray *actors, *mentions, *sentences, *edges;
};

void rift_store_rows_free(RiftStoreRows *rows) {
  if (!rows) return;
  g_string_chunk_free(rows->strings);
  g_array_unref(rows->actors);
  g_array_unref(rows->mentions);
  g_array_unref(rows->sentences);
  g_array_unref(rows->edges);
  g_free(rows);
}

static const char *keep(RiftStoreRows *rows, const char *s) {
  return s ? g_string_chunk_insert(rows->strings, s) : NULL;
}

/* The state or organisation id stands for on date: the dictionary's fold
 * (as an extraction at RIFT_LEVEL_STATE makes it), else speaks_for
 * followed through the document's entities. */
static const char *fold_id(const RiftDict *dict, GHashTable *entities,
                           const char *id, const char *date) {
  if (dict) {
    const RiftActor *a = rift_dict_get(dict, id, date);
    if (a) {
      const RiftActor *f = rift_dict_fold(dict, a, date);
      if (f) return f->id;
    }
  }
  const char *cur = id;
  for (int hops = 0; hops < 8; hops++) {
    const RiftEntity *e = g_hash_table_lookup(entities, cur);
    if (!e || !e->speaks_for || !*e->speaks_for ||
        g_str_equal(e->speaks_for, cur))
      return cur;
    cur = e->speaks_for;
  }
  return cur;
}

static void add_actor_row(RiftStoreRows *rows, GHashTable *seen,
                          const char *id, const char *name,
                          RiftActorType type, const char *speaks_for) {
  if (g_hash_table_contains(seen, id)) return;
  ActorRow a;
  a.id = keep(rows, id);
  a.name = keep(rows, name ? name : id);
  a.type = rift_actor_type_name(type);
  a.speaks_for = keep(rows, speaks_for);
  /* \1 sorts below every printable byte, as a field boundary does in the
   * upsert's row-value comparison of text without control characters */
  g_autofree char *tuple = g_strconcat(a.name, "\1", a.type, "\1",
                                       speaks_for ? speaks_for : "", NULL);
  a.tuple = keep(rows, tuple);
  g_hash_table_add(seen, (gpointer)a.id);
  g_array_append_val(rows->actors, a);
}

/* Makes sure an id an edge or mention refers to has an actors row. */
static void ensure_actor(RiftStoreRows *rows, const RiftDict *dict,
                         GHashTable *seen, const char *id,
                         const char *name_hint, const char *date) {
  if (g_hash_table_contains(seen, id)) return;
  const RiftActor *a = dict ? rift_dict_get(dict, id, date) : NULL;
  if (a) add_actor_row(rows, seen, id, a->name, a->type, a->speaks_for);
  else add_actor_row(rows, seen, id, name_hint, RIFT_ACTOR_OTHER, NULL);
}

RiftStoreRows *rift_store_rows_new(const RiftStore *s, const RiftDoc *doc,
                                   const guint8 hash[RIFT_STORE_HASH_LEN],
                                   const RiftResult *r) {
  RiftStoreRows *rows = g_new0(RiftStoreRows, 1);
  rows->strings = g_string_chunk_new(1024);
  rows->actors = g_array_new(FALSE, FALSE, sizeof(ActorRow));
  rows->mentions = g_array_new(FALSE, FALSE, sizeof(MentionRow));
  rows->sentences = g_array_new(FALSE, FALSE, sizeof(SentenceRow));
  rows->edges = g_array_new(FALSE, FALSE, sizeof(EdgeRow));
  memcpy(rows->hash, hash, RIFT_STORE_HASH_LEN);
  rows->id = keep(rows, doc->id);
  rows->date = keep(rows, doc->date);
  rows->title = keep(rows, doc->title);
  rows->source = keep(rows, doc->source ? doc->source : doc->id);
  rows->bytes = doc->len;
  if (!r) return rows;

  const RiftDict *dict = s->dict;
  const char *date = doc->date;
  g_autoptr(GHashTable) entities = g_hash_table_new(g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
  g_autoptr(GHashTable) sentences = g_hash_table_new(NULL, NULL);
  for (guint i = 0; r->entities && i < r->entities->len; i++) {
    const RiftEntity *e = r->entities->pdata[i];
    g_hash_table_insert(entities, e->id, (gpointer)e);
  }
  for (guint i = 0; r->entities && i < r->entities->len; i++) {
    const RiftEntity *e = r->entities->pdata[i];
    add_actor_row(rows, seen, e->id, e->name, e->type, e->speaks_for);
  }
  for (guint i = 0; r->entities && i < r->entities->len; i++) {
    const RiftEntity *e = r->entities->pdata[i];
    MentionRow m;
    m.actor = keep(rows, e->id);
    m.state = keep(rows, fold_id(dict, entities, e->id, date));
    m.count = e->mentions;
    ensure_actor(rows, dict, seen, m.state, NULL, date);
    g_array_append_val(rows->mentions, m);
  }
  for (guint i = 0; r->edges && i < r->edges->len; i++) {
    const RiftEdge *e = r->edges->pdata[i];
    EdgeRow x;
    x.source = keep(rows, e->source);
    x.target = keep(rows, e->target);
    x.source_state = keep(rows, fold_id(dict, entities, e->source, date));
    x.target_state = keep(rows, fold_id(dict, entities, e->target, date));
    x.trigger = keep(rows, e->trigger ? e->trigger : "");
    x.polarity = e->polarity < 0 ? -1 : 1;
    x.score = e->score;
    x.sentence = e->sentence;
    x.trigger_start = e->trigger_start;
    x.trigger_end = e->trigger_end;
    x.flags = e->flags;
    ensure_actor(rows, dict, seen, x.source, e->source_name, date);
    ensure_actor(rows, dict, seen, x.target, e->target_name, date);
    ensure_actor(rows, dict, seen, x.source_state, NULL, date);
    ensure_actor(rows, dict, seen, x.target_state, NULL, date);
    g_array_append_val(rows->edges, x);
    gpointer key = GUINT_TO_POINTER(e->sentence + 1);
    if (!g_hash_table_contains(sentences, key)) {
      g_hash_table_add(sentences, key);
      SentenceRow sr = {e->sentence, e->start, e->end,
                        keep(rows, e->evidence ? e->evidence : "")};
      g_array_append_val(rows->sentences, sr);
    }
  }
  return rows;
}

static gboolean upsert_actor(RiftStore *s, const ActorRow *a,
                             GError **error) {
  const char *cached = g_hash_table_lookup(s->actor_cache, a->id);
  if (cached && strcmp(a->tuple, cached) >= 0) return TRUE;
  sqlite3_stmt *st = s->st[ST_INS_ACTOR];
  bind_text(st, 1, a->id);
  bind_text(st, 2, a->name);
  bind_text(st, 3, a->type);
  bind_text(st, 4, a->speaks_for);
  if (!step_reset(s, st, error, "cannot store an actor")) return FALSE;
  g_hash_table_insert(s->actor_cache, g_strdup(a->id), g_strdup(a->tuple));
  return TRUE;
}

static void bind_doc(sqlite3_stmt *st, int b, const Pending *p) {
  const RiftStoreRows *rows = p->row;
  sqlite3_bind_int64(st, b + 1, key_of(rows->hash));
  sqlite3_bind_blob(st, b + 2, rows->hash, RIFT_STORE_HASH_LEN, SQLITE_STATIC);
  bind_text(st, b + 3, rows->id);
  bind_text(st, b + 4, rows->date);
  bind_text(st, b + 5, rows->title);
  bind_text(st, b + 6, rows->source);
  sqlite3_bind_int64(st, b + 7, (gint64)rows->bytes);
  sqlite3_bind_int64(st, b + 8, rows->edges->len);
}

static void bind_mention(sqlite3_stmt *st, int b, const Pending *p) {
  const MentionRow *m = p->row;
  sqlite3_bind_int64(st, b + 1, p->doc);
  bind_text(st, b + 2, m->actor);
  bind_text(st, b + 3, m->state);
  sqlite3_bind_int64(st, b + 4, m->count);
}

static void bind_sentence(sqlite3_stmt *st, int b, const Pending *p) {
  const SentenceRow *x = p->row;
  sqlite3_bind_int64(st, b + 1, p->doc);
  sqlite3_bind_int64(st, b + 2, x->sentence);
  sqlite3_bind_int64(st, b + 3, x->start);
  sqlite3_bind_int64(st, b + 4, x->end);
  bind_text(st, b + 5, x->text);
}

static void bind_edge(sqlite3_stmt *st, int b, const Pending *p) {
  const EdgeRow *e = p->row;
  sqlite3_bind_int64(st, b + 1, p->doc);
  sqlite3_bind_int64(st, b + 2, p->idx);
  bind_text(st, b + 3, e->source);
  bind_text(st, b + 4, e->target);
  bind_text(st, b + 5, e->source_state);
  bind_text(st, b + 6, e->target_state);
  sqlite3_bind_int(st, b + 7, e->polarity);
  sqlite3_bind_double(st, b + 8, e->score);
  sqlite3_bind_int64(st, b + 9, e->sentence);
  bind_text(st, b + 10, e->trigger);
  sqlite3_bind_int64(st, b + 11, e->trigger_start);
  sqlite3_bind_int64(st, b + 12, e->trigger_end);
  sqlite3_bind_int64(st, b + 13, e->flags);
}

static void (*const binders[N_T])(sqlite3_stmt *, int, const Pending *) = {
  bind_doc, bind_mention, bind_sentence, bind_edge};
static const char *const table_what[N_T] = {
  "cannot store a document", "cannot store a mention",
  "cannot store a sentence", "cannot store an edge"};

/* Steps the rows from..from+n of pending[t] as one statement (n is MULTI
 * or 1). */
static gboolean write_rows(RiftStore *s, int t, guint from, guint n,
                           GError **error) {
  sqlite3_stmt *st = n == MULTI ? s->multi[t] : s->st[row_tables[t].single];
  for (guint r = 0; r < n; r++)
    binders[t](st, (int)r * row_tables[t].ncols,
               &g_array_index(s->pending[t], Pending, from + r));
  return step_reset(s, st, error, table_what[t]);
}

/* Writes every row of pending[t]. */
static gboolean write_pending(RiftStore *s, int t, GError **error) {
  GArray *p = s->pending[t];
  guint i = 0;
  for (; i + MULTI <= p->len; i += MULTI)
    if (!write_rows(s, t, i, MULTI, error)) return FALSE;
  for (; i < p->len; i++)
    if (!write_rows(s, t, i, 1, error)) return FALSE;
  return TRUE;
}

/* After an INSERT OR IGNORE of the documents pending[T_DOC][from..from+n)
 * stored only some (numbered before+1 and up, in order): which.  The
 * stored keys, in order, are matched against the rows in order; a row
 * left out has a stored twin (or, once in 2^64, shares only its key). */
static gboolean resolve_docs(RiftStore *s, guint from, guint n, gint64 before,
                             GError **error) {
  sqlite3_stmt *keys = s->st[ST_KEYS_AFTER];
  sqlite3_bind_int64(keys, 1, before);
  gboolean more = sqlite3_step(keys) == SQLITE_ROW;
  gint64 doc = before + 1;
  for (guint r = 0; r < n; r++) {
    Pending *p = &g_array_index(s->pending[T_DOC], Pending, from + r);
    const RiftStoreRows *rows = p->row;
    if (more && sqlite3_column_int64(keys, 0) == key_of(rows->hash)) {
      p->doc = doc++;
      more = sqlite3_step(keys) == SQLITE_ROW;
      continue;
    }
    p->doc = 0;
    sqlite3_stmt *st = s->st[ST_DOC_HASH];
    sqlite3_bind_int64(st, 1, key_of(rows->hash));
    sqlite3_bind_int64(st, 2, G_MAXINT64);
    gboolean same = sqlite3_step(st) == SQLITE_ROW && same_hash(st, 0, rows->hash);
    sqlite3_reset(st);
    if (!same) {
      sqlite3_reset(keys);
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_STORE,
                  "%s: %s: its content hash shares its first 64 bits with "
                  "a stored document's; not stored", s->path, rows->source);
      return FALSE;
    }
  }
  sqlite3_reset(keys);
  return TRUE;
}

/* Stores the documents of pending[T_DOC][from..from+n) (n is MULTI or 1)
 * and sets each one's doc (0: the store had it). */
static gboolean write_docs(RiftStore *s, guint from, guint n, GError **error) {
  if (!write_rows(s, T_DOC, from, n, error)) return FALSE;
  guint stored = (guint)sqlite3_changes(s->db);
  gint64 last = sqlite3_last_insert_rowid(s->db);
  if (stored == n) { /* all new: numbered in order, up to last */
    for (guint r = 0; r < n; r++)
      g_array_index(s->pending[T_DOC], Pending, from + r).doc = last - n + 1 + r;
    return TRUE;
  }
  return resolve_docs(s, from, n, stored ? last - stored : G_MAXINT64 - 1, error);
}

/* Writes n documents' rows in the open transaction. */
static gboolean write_group(RiftStore *s, const RiftStoreRows *const *rows,
                            guint n, RiftStoreOutcome *outcomes,
                            GError **error) {
  for (int t = 0; t < N_T; t++) g_array_set_size(s->pending[t], 0);
  for (guint i = 0; i < n; i++) {
    Pending p = {0, rows[i], i};
    g_array_append_val(s->pending[T_DOC], p);
  }
  guint i = 0;
  for (; i + MULTI <= n; i += MULTI)
    if (!write_docs(s, i, MULTI, error)) return FALSE;
  for (; i < n; i++)
    if (!write_docs(s, i, 1, error)) return FALSE;

  for (i = 0; i < n; i++) {
    gint64 doc = g_array_index(s->pending[T_DOC], Pending, i).doc;
    if (outcomes) outcomes[i] = doc ? RIFT_STORE_ADDED : RIFT_STORE_DUPLICATE;
    if (!doc) continue;
    const RiftStoreRows *r = rows[i];
    for (guint k = 0; k < r->actors->len; k++)
      if (!upsert_actor(s, &g_array_index(r->actors, ActorRow, k), error))
        return FALSE;
    const struct { int t; GArray *a; gsize size; } kids[] = {
      {T_MENTION, r->mentions, sizeof(MentionRow)},
      {T_SENTENCE, r->sentences, sizeof(SentenceRow)},
      {T_EDGE, r->edges, sizeof(EdgeRow)}};
    for (gsize c = 0; c < G_N_ELEMENTS(kids); c++)
      for (guint k = 0; k < kids[c].a->len; k++) {
        Pending p = {doc, kids[c].a->data + k * kids[c].size, k};
        g_array_append_val(s->pending[kids[c].t], p);
      }
  }
  return write_pending(s, T_MENTION, error) &&
         write_pending(s, T_SENTENCE, error) && write_pending(s, T_EDGE, error);
}

gboolean rift_store_add_rows_n(RiftStore *s, const RiftStoreRows *const *rows,
                               guint n, RiftStoreOutcome *outcomes,
                               GError **error) {
  g_return_val_if_fail(s->writable, FALSE);
  for (guint i = 0; i < n;) {
    if (!begin(s, error)) return FALSE;
    /* a transaction ends after batch_size documents, as one at a time */
    guint m = MIN(n - i, s->batch_size - MIN(s->in_batch, s->batch_size - 1));
    if (!write_group(s, rows + i, m, outcomes ? outcomes + i : NULL, error)) {
      rollback(s);
      return FALSE;
    }
    s->in_batch += m;
    i += m;
    if (s->in_batch >= s->batch_size) {
      if (!rift_store_commit(s, error)) return FALSE;
      /* copy the batch into the database file now, in the writer's
       * thread beside the analysis, rather than all at the close, when
       * nothing else runs (a failure here only leaves the work to the
       * next checkpoint) */
      sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    }
  }
  return TRUE;
}

gboolean rift_store_add_rows(RiftStore *s, const RiftStoreRows *rows,
                             RiftStoreOutcome *out_outcome, GError **error) {
  return rift_store_add_rows_n(s, &rows, 1, out_outcome, error);
}

guint rift_store_rows_n_edges(const RiftStoreRows *rows) {
  return rows->edges->len;
}

gboolean rift_store_add_result(RiftStore *s, const RiftDoc *doc,
                               const guint8 hash[RIFT_STORE_HASH_LEN],
                               const RiftResult *r,
                               RiftStoreOutcome *out_outcome,
                               GError **error) {
  g_autoptr(RiftStoreRows) rows = rift_store_rows_new(s, doc, hash, r);
  return rift_store_add_rows(s, rows, out_outcome, error);
}

/* ---- merging shards ---- */

static gboolean same_file(const char *a, const char *b) {
  struct stat sa, sb;
  return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

gboolean rift_store_merge(RiftStore *s, const char *shard, guint *out_added,
                          GError **error) {
  g_return_val_if_fail(s->writable, FALSE);
  if (!rift_store_commit(s, error)) return FALSE;
  if (!g_file_test(shard, G_FILE_TEST_IS_REGULAR)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO,
                "cannot open '%s': %s", shard,
                g_file_test(shard, G_FILE_TEST_EXISTS)
                    ? "not a regular file" : "No such file or directory");
    return FALSE;
  }
  if (same_file(shard, s->path)) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_USAGE,
                "cannot merge '%s' into itself", shard);
    return FALSE;
  }
  /* Check the shard through its own read-only connection first: a clean
   * message for a file that is no store, no half-attached state. */
  {
    g_autoptr(GError) e = NULL;
    g_autoptr(RiftStore) probe = rift_store_open(shard, RIFT_STORE_READ_ONLY, &e);
    if (!probe) {
      g_propagate_error(error, g_steal_pointer(&e));
      return FALSE;
    }
  }
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db, "ATTACH DATABASE ?1 AS shard", -1, &st,
                         NULL) != SQLITE_OK)
    return fail(s, s->db, error, "cannot attach a shard");
  g_autofree char *uri = g_strdup(shard);
  sqlite3_bind_text(st, 1, uri, -1, SQLITE_STATIC);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_STORE, "cannot attach '%s': %s",
                shard, sqlite3_errmsg(s->db));
    return FALSE;
  }

  /* The shard's documents the store lacks, in the shard's order, take
   * the next numbers, as they would have in one run over both inputs. */
  static const char *const steps[] = {
    "BEGIN IMMEDIATE",
    "CREATE TEMP TABLE merge_map (old INTEGER PRIMARY KEY, new INTEGER)",
    "INSERT INTO merge_map (old, new)"
    " SELECT n.doc, (SELECT coalesce(max(doc), 0) FROM main.documents)"
    "   + row_number() OVER (ORDER BY n.doc)"
    " FROM shard.documents AS n WHERE NOT EXISTS"
    "  (SELECT 1 FROM main.documents AS o WHERE o.key = n.key)"
    " ORDER BY n.doc",
    "INSERT INTO main.documents (doc, key, hash, id, date, title, source,"
    " bytes, edges) SELECT m.new, d.key, d.hash, d.id, d.date, d.title,"
    " d.source, d.bytes, d.edges FROM merge_map AS m JOIN shard.documents AS d ON d.doc = m.old"
    " ORDER BY m.new",
    "INSERT INTO main.mentions (doc, actor, state, count)"
    " SELECT m.new, x.actor, x.state, x.count FROM merge_map AS m"
    " JOIN shard.mentions AS x ON x.doc = m.old ORDER BY m.new, x.actor",
    "INSERT INTO main.sentences (doc, sentence, start, end, text)"
    " SELECT m.new, x.sentence, x.start, x.end, x.text FROM merge_map AS m"
    " JOIN shard.sentences AS x ON x.doc = m.old ORDER BY m.new, x.sentence",
    "INSERT INTO main.edges (doc, idx, source, target, source_state,"
    " target_state, polarity, score, sentence, trigger, trigger_start,"
    " trigger_end, flags) SELECT m.new, x.idx, x.source, x.target,"
    " x.source_state, x.target_state, x.polarity, x.score, x.sentence,"
    " x.trigger, x.trigger_start, x.trigger_end, x.flags"
    " FROM merge_map AS m JOIN shard.edges AS x ON x.doc = m.old"
    " ORDER BY m.new, x.idx",
    "INSERT INTO main.actors (id, name, type, speaks_for)"
    " SELECT id, name, type, speaks_for FROM shard.actors WHERE true"
    " ORDER BY id" ACTOR_UPSERT_TAIL,
  };
  gboolean ok = TRUE;
  gint64 added = 0, clashes = 0;
  for (gsize i = 0; ok && i < G_N_ELEMENTS(steps); i++)
    ok = exec1(s, s->db, steps[i], error);
  if (ok)
    ok = query_int(s, "SELECT count(*) FROM shard.documents AS n"
                      " JOIN main.documents AS o USING (key)"
                      " WHERE o.hash != n.hash", &clashes, error);
  if (ok && clashes > 0) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_STORE,
                "%s: %" G_GINT64_FORMAT " documents' content hashes share "
                "their first 64 bits with stored ones'", shard, clashes);
    ok = FALSE;
  }
  if (ok) ok = query_int(s, "SELECT count(*) FROM merge_map", &added, error);
  if (ok) ok = exec1(s, s->db, "COMMIT", error);
  if (!ok) exec1(s, s->db, "ROLLBACK", NULL);
  exec1(s, s->db, "DROP TABLE IF EXISTS temp.merge_map", NULL);
  exec1(s, s->db, "DETACH DATABASE shard", ok ? error : NULL);
  g_hash_table_remove_all(s->actor_cache);
  if (ok && out_added) *out_added = (guint)added;
  return ok;
}

/* ---- reading ---- */

/* ?1 since, ?2 until, ?3 include hedged, ?4 source, ?5 target, ?6 the
 * modal mask.  A source or target matches at either level, so
 * "Putin" and "RUS" both work at the state level.  At the state level an
 * edge that several of a sentence's actors give the same state counts
 * once (a firm one before a hedged one), as an extraction at
 * RIFT_LEVEL_STATE would count it. */
#define EVIDENCE_SQL(SRC, TGT, DEDUP)                                       \
  "WITH e AS (SELECT *, row_number() OVER (PARTITION BY doc, sentence,"   \
  "  " SRC ", " TGT ", polarity ORDER BY (flags & ?6) != 0, idx) AS rn"   \
  "  FROM edges"                                                           \
  "  WHERE (?3 OR (flags & ?6) = 0) AND " SRC " != " TGT                   \
  "  AND (?4 IS NULL OR source_state = ?4 OR source = ?4)"                 \
  "  AND (?5 IS NULL OR target_state = ?5 OR target = ?5))"                \
  " SELECT e." SRC ", sa.name, sa.type, e." TGT ", ta.name, ta.type,"      \
  " e.polarity, e.score, e.flags, e.trigger, d.id, d.date, d.title,"       \
  " d.source, e.sentence, s.start, s.end, e.trigger_start, e.trigger_end," \
  " s.text, d.doc"                                                         \
  " FROM e JOIN documents AS d ON d.doc = e.doc"                         \
  " LEFT JOIN sentences AS s ON s.doc = e.doc AND s.sentence = e.sentence" \
  " LEFT JOIN actors AS sa ON sa.id = e." SRC                              \
  " LEFT JOIN actors AS ta ON ta.id = e." TGT                              \
  " WHERE " DEDUP " AND (?1 IS NULL OR d.date >= ?1)"                      \
  " AND (?2 IS NULL OR d.date <= ?2)"                                      \
  " ORDER BY e." SRC ", e." TGT ", d.date IS NULL, d.date, d.id, d.doc,"    \
  " e.sentence, e.idx"

static const char *const evidence_sql[2] = {
  EVIDENCE_SQL("source_state", "target_state", "e.rn = 1"),
  EVIDENCE_SQL("source", "target", "1"),
};

static RiftActorType type_of(const char *s) {
  RiftActorType t = RIFT_ACTOR_OTHER;
  if (s) rift_actor_type_parse(s, &t);
  return t;
}

static const char *col_text(sqlite3_stmt *st, int i) {
  return (const char *)sqlite3_column_text(st, i);
}

gboolean rift_store_foreach_evidence(RiftStore *s, const RiftStoreQuery *q,
                                     RiftStoreEvidenceFunc func,
                                     gpointer user_data, GError **error) {
  static const RiftStoreQuery defaults = {0};
  if (!q) q = &defaults;
  sqlite3_stmt *st = NULL;
  const char *sql = evidence_sql[q->level == RIFT_LEVEL_ACTOR];
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
    return fail(s, s->db, error, "cannot prepare the evidence query");
  bind_text(st, 1, q->since);
  bind_text(st, 2, q->until);
  sqlite3_bind_int(st, 3, q->include_hedged ? 1 : 0);
  bind_text(st, 4, q->source);
  bind_text(st, 5, q->target);
  sqlite3_bind_int(st, 6, RIFT_EDGE_MODAL_MASK);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    RiftStoreEvidence ev = {0};
    ev.source = col_text(st, 0);
    ev.source_name = col_text(st, 1) ? col_text(st, 1) : ev.source;
    ev.source_type = type_of(col_text(st, 2));
    ev.target = col_text(st, 3);
    ev.target_name = col_text(st, 4) ? col_text(st, 4) : ev.target;
    ev.target_type = type_of(col_text(st, 5));
    ev.polarity = sqlite3_column_int(st, 6) < 0 ? RIFT_POLARITY_OPPOSE
                                                : RIFT_POLARITY_SUPPORT;
    ev.score = sqlite3_column_double(st, 7);
    ev.flags = (guint)sqlite3_column_int64(st, 8);
    ev.trigger = col_text(st, 9);
    ev.doc = col_text(st, 10);
    ev.date = col_text(st, 11);
    ev.title = col_text(st, 12);
    ev.doc_source = col_text(st, 13);
    ev.sentence = (guint)sqlite3_column_int64(st, 14);
    ev.start = (guint)sqlite3_column_int64(st, 15);
    ev.end = (guint)sqlite3_column_int64(st, 16);
    ev.trigger_start = (guint)sqlite3_column_int64(st, 17);
    ev.trigger_end = (guint)sqlite3_column_int64(st, 18);
    ev.evidence = col_text(st, 19) ? col_text(st, 19) : "";
    ev.doc_number = sqlite3_column_int64(st, 20);
    if (!func(&ev, user_data)) break;
  }
  gboolean ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
  if (!ok) fail(s, s->db, error, "cannot read edges");
  sqlite3_finalize(st);
  return ok;
}

void rift_store_actor_free(RiftStoreActor *a) {
  if (!a) return;
  g_free(a->id);
  g_free(a->name);
  g_free(a);
}

GPtrArray *rift_store_actors(RiftStore *s, const RiftStoreQuery *q,
                             guint limit, GError **error) {
  static const RiftStoreQuery defaults = {0};
  static const char *const sql[2] = {
    "SELECT m.state, a.name, a.type, sum(m.count), count(DISTINCT m.doc)"
    " FROM mentions AS m JOIN documents AS d ON d.doc = m.doc"
    " LEFT JOIN actors AS a ON a.id = m.state"
    " WHERE (?1 IS NULL OR d.date >= ?1) AND (?2 IS NULL OR d.date <= ?2)"
    " GROUP BY m.state ORDER BY 4 DESC, 1 LIMIT ?3",
    "SELECT m.actor, a.name, a.type, sum(m.count), count(*)"
    " FROM mentions AS m JOIN documents AS d ON d.doc = m.doc"
    " LEFT JOIN actors AS a ON a.id = m.actor"
    " WHERE (?1 IS NULL OR d.date >= ?1) AND (?2 IS NULL OR d.date <= ?2)"
    " GROUP BY m.actor ORDER BY 4 DESC, 1 LIMIT ?3",
  };
  if (!q) q = &defaults;
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db, sql[q->level == RIFT_LEVEL_ACTOR], -1, &st,
                         NULL) != SQLITE_OK) {
    fail(s, s->db, error, "cannot prepare the actor query");
    return NULL;
  }
  bind_text(st, 1, q->since);
  bind_text(st, 2, q->until);
  sqlite3_bind_int64(st, 3, limit ? (gint64)limit : -1);
  g_autoptr(GPtrArray) out =
      g_ptr_array_new_with_free_func((GDestroyNotify)rift_store_actor_free);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    RiftStoreActor *a = g_new0(RiftStoreActor, 1);
    a->id = g_strdup(col_text(st, 0));
    a->name = g_strdup(col_text(st, 1) ? col_text(st, 1) : a->id);
    a->type = type_of(col_text(st, 2));
    a->mentions = (guint64)sqlite3_column_int64(st, 3);
    a->documents = (guint64)sqlite3_column_int64(st, 4);
    g_ptr_array_add(out, a);
  }
  if (rc != SQLITE_DONE) {
    fail(s, s->db, error, "cannot read actors");
    sqlite3_finalize(st);
    return NULL;
  }
  sqlite3_finalize(st);
  return g_steal_pointer(&out);
}

char *rift_store_resolve_actor(RiftStore *s, const char *what,
                               GError **error) {
  /* an exact id, then an id or a name in any (ASCII) case, then a name's
   * last word(s) ("Putin"); among several, states and organisations
   * first, then the smallest id */
  static const char *const sql =
      "SELECT id FROM actors WHERE id = ?1"
      " UNION ALL SELECT id FROM (SELECT id FROM actors"
      "   WHERE id = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE"
      "   ORDER BY type NOT IN ('state', 'igo'), id)"
      " UNION ALL SELECT id FROM (SELECT id FROM actors"
      "   WHERE name LIKE '% ' || ?1 ORDER BY type NOT IN ('state', 'igo'), id)"
      " UNION ALL SELECT * FROM (SELECT source_state FROM edges"
      "   WHERE source_state = ?1 LIMIT 1)"
      " LIMIT 1";
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
    fail(s, s->db, error, "cannot prepare the actor lookup");
    return NULL;
  }
  sqlite3_bind_text(st, 1, what, -1, SQLITE_STATIC);
  int rc = sqlite3_step(st);
  char *id = rc == SQLITE_ROW ? g_strdup(col_text(st, 0)) : NULL;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    fail(s, s->db, error, "cannot look up an actor");
  else if (!id)
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_USAGE,
                "%s: no actor '%s' in the store", s->path, what);
  sqlite3_finalize(st);
  return id;
}

gboolean rift_store_stats(RiftStore *s, RiftStoreStats *out, GError **error) {
  memset(out, 0, sizeof *out);
  static const char *const sql =
      "SELECT (SELECT count(*) FROM documents),"
      " (SELECT count(date) FROM documents),"
      " (SELECT coalesce(sum(bytes), 0) FROM documents),"
      " (SELECT count(*) FROM actors), (SELECT coalesce(sum(count), 0) FROM mentions),"
      " (SELECT count(*) FROM sentences), (SELECT count(*) FROM edges),"
      " (SELECT count(*) FROM edges WHERE polarity > 0),"
      " (SELECT count(*) FROM edges WHERE polarity < 0),"
      " (SELECT count(*) FROM edges WHERE flags & ?1 != 0),"
      " (SELECT min(date) FROM documents), (SELECT max(date) FROM documents)";
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
    return fail(s, s->db, error, "cannot prepare the statistics");
  sqlite3_bind_int(st, 1, RIFT_EDGE_MODAL_MASK);
  if (sqlite3_step(st) != SQLITE_ROW) {
    fail(s, s->db, error, "cannot count");
    sqlite3_finalize(st);
    return FALSE;
  }
  guint64 *fields[] = {&out->documents, &out->dated_documents, &out->bytes,
                       &out->actors, &out->mentions, &out->sentences,
                       &out->edges, &out->support, &out->oppose, &out->hedged};
  for (gsize i = 0; i < G_N_ELEMENTS(fields); i++)
    *fields[i] = (guint64)sqlite3_column_int64(st, (int)i);
  out->first_date = g_strdup(col_text(st, 10));
  out->last_date = g_strdup(col_text(st, 11));
  sqlite3_finalize(st);
  gint64 v = 0;
  if (!query_int(s, "PRAGMA user_version", &v, error)) return FALSE;
  out->schema_version = (int)v;
  return TRUE;
}

void rift_store_stats_clear(RiftStoreStats *stats) {
  g_clear_pointer(&stats->first_date, g_free);
  g_clear_pointer(&stats->last_date, g_free);
}
