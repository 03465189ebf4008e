/* dump.c: a canonical text dump of a corpus store for the tests: every
 * table's rows in primary-key order, blobs in hex, and the schema version,
 * so "the same database content" can be compared byte for byte. */
#include "dump.h"

#include <sqlite3.h>

static const char *const tables[][2] = {
  {"documents", "doc"},
  {"actors", "id"},
  {"mentions", "doc, actor"},
  {"sentences", "doc, sentence"},
  {"edges", "doc, idx"},
};

static gboolean dump_query(sqlite3 *db, const char *sql, GString *out,
                           GError **error) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", sql,
                sqlite3_errmsg(db));
    return FALSE;
  }
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    int n = sqlite3_column_count(st);
    for (int i = 0; i < n; i++) {
      if (i) g_string_append_c(out, '|');
      switch (sqlite3_column_type(st, i)) {
      case SQLITE_NULL:
        g_string_append(out, "NULL");
        break;
      case SQLITE_BLOB: {
        const guint8 *b = sqlite3_column_blob(st, i);
        int len = sqlite3_column_bytes(st, i);
        g_string_append(out, "x'");
        for (int k = 0; k < len; k++) g_string_append_printf(out, "%02x", b[k]);
        g_string_append_c(out, '\'');
        break;
      }
      case SQLITE_FLOAT:
        g_string_append_printf(out, "%.17g", sqlite3_column_double(st, i));
        break;
      default:
        g_string_append(out, (const char *)sqlite3_column_text(st, i));
      }
    }
    g_string_append_c(out, '\n');
  }
  gboolean ok = rc == SQLITE_DONE;
  if (!ok)
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", sql,
                sqlite3_errmsg(db));
  sqlite3_finalize(st);
  return ok;
}

char *test_store_dump(const char *path, GError **error) {
  sqlite3 *db = NULL;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot open %s: %s",
                path, sqlite3_errmsg(db));
    sqlite3_close(db);
    return NULL;
  }
  g_autoptr(GString) out = g_string_new(NULL);
  gboolean ok = TRUE;
  g_string_append(out, "-- user_version\n");
  ok = dump_query(db, "PRAGMA user_version", out, error);
  for (gsize i = 0; ok && i < G_N_ELEMENTS(tables); i++) {
    g_autofree char *sql = g_strdup_printf("SELECT * FROM %s ORDER BY %s",
                                           tables[i][0], tables[i][1]);
    g_string_append_printf(out, "-- %s\n", tables[i][0]);
    ok = dump_query(db, sql, out, error);
  }
  sqlite3_close(db);
  return ok ? g_string_free(g_steal_pointer(&out), FALSE) : NULL;
}

gboolean test_store_check(const char *path, GError **error) {
  sqlite3 *db = NULL;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot open %s: %s",
                path, sqlite3_errmsg(db));
    sqlite3_close(db);
    return FALSE;
  }
  g_autoptr(GString) out = g_string_new(NULL);
  /* integrity, then rows that point at no document */
  gboolean ok =
      dump_query(db, "PRAGMA integrity_check", out, error) &&
      dump_query(db,
                 "SELECT 'orphan rows', count(*) FROM ("
                 " SELECT doc FROM mentions UNION ALL SELECT doc FROM sentences"
                 " UNION ALL SELECT doc FROM edges) AS x"
                 " WHERE doc NOT IN (SELECT doc FROM documents)",
                 out, error) &&
      dump_query(db,
                 "SELECT 'edge count mismatch', count(*) FROM documents AS d"
                 " WHERE edges != (SELECT count(*) FROM edges AS e"
                 "                 WHERE e.doc = d.doc)",
                 out, error);
  sqlite3_close(db);
  if (ok && !g_str_equal(out->str, "ok\norphan rows|0\nedge count mismatch|0\n")) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path,
                out->str);
    ok = FALSE;
  }
  return ok;
}
