/* test-store.c: unit tests of the sink and pipeline pieces: the corpus
 * store (schema, errors, dedup, order-independent actors, merge), the
 * ordered worker pool, and the archive reader. */
#include "dump.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <rift.h>
#include <rift/archive.h>
#include <rift/pool.h>
#include <sqlite3.h>
#include <string.h>

/* ---- fixtures ---- */

static char *tmpdir;

static char *tmp_path(const char *name) {
  return g_build_filename(tmpdir, name, NULL);
}

static RiftResult *result_new(const char *doc) {
  return rift_result_new(doc, NULL);
}

static void add_entity(RiftResult *r, const char *id, const char *name,
                       RiftActorType type, const char *speaks_for,
                       guint mentions) {
  RiftEntity *e = g_new0(RiftEntity, 1);
  e->id = g_strdup(id);
  e->name = g_strdup(name);
  e->type = type;
  e->speaks_for = g_strdup(speaks_for);
  e->mentions = mentions;
  g_ptr_array_add(r->entities, e);
}

static void add_edge(RiftResult *r, const char *s, const char *t,
                     RiftPolarity pol, guint sentence, const char *trigger,
                     guint flags) {
  RiftEdge *e = g_new0(RiftEdge, 1);
  e->source = g_strdup(s);
  e->source_name = g_strdup(s);
  e->target = g_strdup(t);
  e->target_name = g_strdup(t);
  e->polarity = pol;
  e->score = pol * 4.0;
  e->sentence = sentence;
  e->start = sentence * 100;
  e->end = sentence * 100 + 50;
  e->trigger = g_strdup(trigger);
  e->evidence = g_strdup_printf("Sentence %u with %s.", sentence, trigger);
  e->flags = flags;
  g_ptr_array_add(r->edges, e);
}

/* Document i of a small synthetic corpus, with its result. */
static void make_doc(guint i, RiftDoc **out_doc, RiftResult **out_r) {
  g_autofree char *id = g_strdup_printf("doc%u", i);
  g_autofree char *text = g_strdup_printf("Text of document %u.", i);
  g_autofree char *date = g_strdup_printf("2008-%02u-01", 1 + i % 12);
  *out_doc = rift_doc_new(id, text, -1, date, "Title", id);
  RiftResult *r = result_new(id);
  /* the person's display name varies by document: the store must keep
   * one, whatever the order documents come in */
  g_autofree char *pname = g_strdup_printf("Putin %c", 'A' + (i % 5));
  add_entity(r, "RUS", "Russia", RIFT_ACTOR_STATE, NULL, 2);
  add_entity(r, "XKX", "Kosovo", RIFT_ACTOR_STATE, NULL, 1);
  add_entity(r, "p:putin", pname, RIFT_ACTOR_PERSON, "RUS", 1);
  add_edge(r, "RUS", "XKX", RIFT_POLARITY_OPPOSE, 0, "condemned", 0);
  /* in document 4 both speak in one sentence: one state-level edge */
  add_edge(r, "p:putin", "XKX", RIFT_POLARITY_OPPOSE, i == 4 ? 0 : 1,
           "criticised",
           i % 3 == 0 ? RIFT_EDGE_HEDGED : 0);
  *out_r = r;
}

static void add_doc(RiftStore *s, guint i, RiftStoreOutcome expect) {
  g_autoptr(RiftDoc) doc = NULL;
  g_autoptr(RiftResult) r = NULL;
  make_doc(i, &doc, &r);
  guint8 hash[RIFT_STORE_HASH_LEN];
  rift_store_hash(doc->text, doc->len, hash);
  g_autoptr(GError) error = NULL;
  RiftStoreOutcome outcome;
  g_assert_true(rift_store_add_result(s, doc, hash, r, &outcome, &error));
  g_assert_no_error(error);
  g_assert_cmpint(outcome, ==, expect);
}

static RiftStore *open_new(const char *name) {
  g_autofree char *path = tmp_path(name);
  g_autoptr(GError) error = NULL;
  RiftStore *s = rift_store_open(path, RIFT_STORE_CREATE, &error);
  g_assert_no_error(error);
  g_assert_nonnull(s);
  return s;
}

static char *dump(const char *name) {
  g_autofree char *path = tmp_path(name);
  g_autoptr(GError) error = NULL;
  char *d = test_store_dump(path, &error);
  g_assert_no_error(error);
  return d;
}

/* ---- store ---- */

static void test_open_errors(void) {
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = tmp_path("missing.db");
  RiftStore *s = rift_store_open(missing, RIFT_STORE_READ_ONLY, &error);
  g_assert_null(s);
  g_assert_error(error, RIFT_ERROR, RIFT_ERROR_IO);
  g_assert_nonnull(strstr(error->message, "missing.db"));
  g_clear_error(&error);

  g_autofree char *garbage = tmp_path("garbage.db");
  g_assert_true(g_file_set_contents(garbage, "this is no database, at all. "
                                    "this is no database, at all. "
                                    "this is no database, at all. "
                                    "this is no database, at all.", -1, NULL));
  s = rift_store_open(garbage, RIFT_STORE_CREATE, &error);
  g_assert_null(s);
  g_assert_nonnull(error);
  g_assert_nonnull(strstr(error->message, "garbage.db"));
  g_clear_error(&error);

  /* an SQLite database of someone else's */
  g_autofree char *foreign = tmp_path("foreign.db");
  sqlite3 *db = NULL;
  g_assert_cmpint(sqlite3_open(foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL), ==,
                  SQLITE_OK);
  sqlite3_close(db);
  s = rift_store_open(foreign, RIFT_STORE_CREATE, &error);
  g_assert_null(s);
  g_assert_error(error, RIFT_ERROR, RIFT_ERROR_STORE);
  g_assert_nonnull(strstr(error->message, "not a rift store"));
  g_clear_error(&error);

  /* a store from a newer rift */
  g_autofree char *newer = tmp_path("newer.db");
  rift_store_close(open_new("newer.db"));
  g_assert_cmpint(sqlite3_open(newer, &db), ==, SQLITE_OK);
  g_assert_cmpint(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL,
                               NULL), ==, SQLITE_OK);
  sqlite3_close(db);
  s = rift_store_open(newer, RIFT_STORE_READ_ONLY, &error);
  g_assert_null(s);
  g_assert_error(error, RIFT_ERROR, RIFT_ERROR_STORE);
  g_assert_nonnull(strstr(error->message, "newer rift"));
}

static void test_schema(void) {
  rift_store_close(open_new("schema.db"));
  g_autofree char *path = tmp_path("schema.db");
  sqlite3 *db = NULL;
  g_assert_cmpint(sqlite3_open(path, &db), ==, SQLITE_OK);
  sqlite3_stmt *st = NULL;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
  g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
  g_assert_cmpint(sqlite3_column_int(st, 0), ==, RIFT_STORE_SCHEMA_VERSION);
  sqlite3_finalize(st);
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
  g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
  g_assert_cmpstr((const char *)sqlite3_column_text(st, 0), ==, "wal");
  sqlite3_finalize(st);
  sqlite3_close(db);
  /* reopening migrates nothing and changes nothing */
  g_autofree char *before = dump("schema.db");
  rift_store_close(open_new("schema.db"));
  g_autofree char *after = dump("schema.db");
  g_assert_cmpstr(before, ==, after);
}

static void test_dedup(void) {
  g_autoptr(RiftStore) s = open_new("dedup.db");
  add_doc(s, 1, RIFT_STORE_ADDED);
  add_doc(s, 2, RIFT_STORE_ADDED);
  add_doc(s, 1, RIFT_STORE_DUPLICATE);  /* in the open batch */
  g_autoptr(GError) error = NULL;
  g_assert_true(rift_store_commit(s, &error));
  add_doc(s, 2, RIFT_STORE_DUPLICATE);  /* committed */
  g_assert_true(rift_store_commit(s, &error));

  g_autoptr(RiftDoc) doc = NULL;
  g_autoptr(RiftResult) r = NULL;
  make_doc(2, &doc, &r);
  guint8 hash[RIFT_STORE_HASH_LEN];
  rift_store_hash(doc->text, doc->len, hash);
  /* contains answers for what was stored when the store was opened */
  gboolean found = TRUE;
  g_assert_true(rift_store_contains(s, hash, &found, &error));
  g_assert_false(found);
  g_clear_pointer(&s, rift_store_close);
  s = open_new("dedup.db");
  add_doc(s, 3, RIFT_STORE_ADDED);
  g_assert_true(rift_store_contains(s, hash, &found, &error));
  g_assert_true(found);
  g_autoptr(RiftDoc) doc3 = NULL;
  g_autoptr(RiftResult) r3 = NULL;
  make_doc(3, &doc3, &r3);
  guint8 hash3[RIFT_STORE_HASH_LEN];
  rift_store_hash(doc3->text, doc3->len, hash3);
  g_assert_true(rift_store_contains(s, hash3, &found, &error));
  g_assert_false(found);  /* added since */
  g_assert_true(rift_store_commit(s, &error));
  rift_store_hash("no such text", 12, hash);
  g_assert_true(rift_store_contains(s, hash, &found, &error));
  g_assert_false(found);

  RiftStoreStats st;
  g_assert_true(rift_store_stats(s, &st, &error));
  g_assert_cmpuint(st.documents, ==, 3);
  g_assert_cmpuint(st.edges, ==, 6);
  g_assert_cmpuint(st.hedged, ==, 1);  /* document 3 has one */
  g_assert_cmpstr(st.first_date, ==, "2008-02-01");
  g_assert_cmpstr(st.last_date, ==, "2008-04-01");
  rift_store_stats_clear(&st);
}

/* rift_store_add_rows_n writes what one rift_store_add_rows a document
 * writes: the same outcomes and the same store, with duplicates in the
 * same statement, in another statement of the group, already stored, and
 * a transaction ending inside the group. */
static void test_rows_n(void) {
  /* documents 0..99, then again 5 (stored), 150 and 150 (its twin, in
   * the next statement), 7, 160 and 160 (in one statement), and 150 once
   * more 40 documents later (a single row) */
  GArray *order = g_array_new(FALSE, FALSE, sizeof(guint));
  for (guint i = 0; i < 100; i++) g_array_append_val(order, i);
  const guint extra[] = {5, 150, 150, 7, 160, 160};
  for (gsize i = 0; i < G_N_ELEMENTS(extra); i++) g_array_append_val(order, extra[i]);
  for (guint i = 200; i < 240; i++) g_array_append_val(order, i);
  const guint late = 150;
  g_array_append_val(order, late);

  g_autoptr(RiftStore) one = open_new("rows-one.db");
  g_autoptr(RiftStore) many = open_new("rows-many.db");
  rift_store_set_batch_size(one, 77);
  rift_store_set_batch_size(many, 77);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func((GDestroyNotify)rift_store_rows_free);
  g_autoptr(GArray) expect = g_array_new(FALSE, FALSE, sizeof(RiftStoreOutcome));
  g_autoptr(GError) error = NULL;
  for (guint k = 0; k < order->len; k++) {
    g_autoptr(RiftDoc) doc = NULL;
    g_autoptr(RiftResult) r = NULL;
    make_doc(g_array_index(order, guint, k), &doc, &r);
    guint8 hash[RIFT_STORE_HASH_LEN];
    rift_store_hash(doc->text, doc->len, hash);
    RiftStoreRows *x = rift_store_rows_new(many, doc, hash, r);
    RiftStoreOutcome o;
    g_assert_true(rift_store_add_rows(one, x, &o, &error));
    g_assert_no_error(error);
    g_array_append_val(expect, o);
    g_ptr_array_add(rows, x);
  }
  g_assert_cmpint(g_array_index(expect, RiftStoreOutcome, 100), ==, RIFT_STORE_DUPLICATE);
  g_assert_cmpint(g_array_index(expect, RiftStoreOutcome, 102), ==, RIFT_STORE_DUPLICATE);
  g_assert_cmpint(g_array_index(expect, RiftStoreOutcome, 104), ==, RIFT_STORE_ADDED);
  g_assert_cmpint(g_array_index(expect, RiftStoreOutcome, 105), ==, RIFT_STORE_DUPLICATE);
  g_assert_cmpint(g_array_index(expect, RiftStoreOutcome, order->len - 1), ==,
                  RIFT_STORE_DUPLICATE);
  /* in groups of 70 (two statements of 32 and six single rows each) */
  g_autofree RiftStoreOutcome *got = g_new(RiftStoreOutcome, order->len);
  for (guint k = 0; k < rows->len; k += 70) {
    guint n = MIN(70, rows->len - k);
    g_assert_true(rift_store_add_rows_n(many, (const RiftStoreRows *const *)rows->pdata + k,
                                        n, got + k, &error));
    g_assert_no_error(error);
  }
  for (guint k = 0; k < order->len; k++)
    g_assert_cmpint(got[k], ==, g_array_index(expect, RiftStoreOutcome, k));
  g_clear_pointer(&one, rift_store_close);
  g_clear_pointer(&many, rift_store_close);
  g_autofree char *a = dump("rows-one.db");
  g_autofree char *b = dump("rows-many.db");
  g_assert_cmpstr(a, ==, b);
  g_array_unref(order);
}

/* Two texts whose content hashes share the 64 bits the store keys on are
 * not taken for one: the second is refused with an error, alone or in a
 * statement of many rows. */
static void test_key_collision(void) {
  for (guint many = 0; many <= 1; many++) {
    g_autofree char *name = g_strdup_printf("collide-%u.db", many);
    g_autoptr(RiftStore) s = open_new(name);
    g_autoptr(GPtrArray) rows =
        g_ptr_array_new_with_free_func((GDestroyNotify)rift_store_rows_free);
    for (guint i = 0; i < 40; i++) {
      g_autoptr(RiftDoc) doc = NULL;
      g_autoptr(RiftResult) r = NULL;
      make_doc(i, &doc, &r);
      guint8 hash[RIFT_STORE_HASH_LEN];
      rift_store_hash(doc->text, doc->len, hash);
      if (i == 30) { /* document 3's key, another hash */
        rift_store_hash("Text of document 3.", 19, hash);
        hash[RIFT_STORE_HASH_LEN - 1] ^= 1;
      }
      g_ptr_array_add(rows, rift_store_rows_new(s, doc, hash, r));
    }
    g_autoptr(GError) error = NULL;
    gboolean ok = TRUE;
    if (many) {
      ok = rift_store_add_rows_n(s, (const RiftStoreRows *const *)rows->pdata,
                                 rows->len, NULL, &error);
    } else {
      for (guint i = 0; i < rows->len && ok; i++)
        ok = rift_store_add_rows(s, rows->pdata[i], NULL, &error);
    }
    g_assert_false(ok);
    g_assert_error(error, RIFT_ERROR, RIFT_ERROR_STORE);
    g_assert_nonnull(strstr(error->message, "shares its first 64 bits"));
    g_assert_nonnull(strstr(error->message, "doc30"));
  }
}

/* The same documents in another order, or split and merged, give the
 * same actors; in the same order, the same everything. */
static void test_merge(void) {
  enum { N = 40 };
  {
    g_autoptr(RiftStore) one = open_new("one.db");
    g_autoptr(RiftStore) a = open_new("shard-a.db");
    g_autoptr(RiftStore) b = open_new("shard-b.db");
    g_autoptr(RiftStore) rev = open_new("reverse.db");
    rift_store_set_batch_size(b, 7);
    for (guint i = 0; i < N; i++) {
      add_doc(one, i, RIFT_STORE_ADDED);
      add_doc(i < N / 2 ? a : b, i, RIFT_STORE_ADDED);
      add_doc(rev, N - 1 - i, RIFT_STORE_ADDED);
    }
    add_doc(b, 3, RIFT_STORE_ADDED);  /* also in shard a */
  }
  g_autofree char *merged_path = tmp_path("merged.db");
  g_autofree char *a_path = tmp_path("shard-a.db");
  g_autofree char *b_path = tmp_path("shard-b.db");
  {
    g_autoptr(RiftStore) m = open_new("merged.db");
    g_autoptr(GError) error = NULL;
    guint added = 0;
    g_assert_true(rift_store_merge(m, a_path, &added, &error));
    g_assert_no_error(error);
    g_assert_cmpuint(added, ==, N / 2);
    g_assert_true(rift_store_merge(m, b_path, &added, &error));
    g_assert_cmpuint(added, ==, N / 2);
    /* merging again adds nothing */
    g_assert_true(rift_store_merge(m, b_path, &added, &error));
    g_assert_cmpuint(added, ==, 0);
    /* into itself, or from no store: refused */
    g_assert_false(rift_store_merge(m, merged_path, &added, &error));
    g_assert_error(error, RIFT_ERROR, RIFT_ERROR_USAGE);
    g_clear_error(&error);
    g_autofree char *garbage = tmp_path("garbage.db");
    g_assert_false(rift_store_merge(m, garbage, &added, &error));
    g_assert_nonnull(error);
    g_clear_error(&error);
  }
  g_autofree char *d_one = dump("one.db");
  g_autofree char *d_merged = dump("merged.db");
  g_assert_cmpstr(d_one, ==, d_merged);
  g_autoptr(GError) error = NULL;
  g_assert_true(test_store_check(merged_path, &error));
  g_assert_no_error(error);

  /* actors do not depend on the order documents came in */
  g_autofree char *d_rev = dump("reverse.db");
  const char *a1 = strstr(d_one, "-- actors"), *a2 = strstr(d_rev, "-- actors");
  const char *m1 = strstr(d_one, "-- mentions"), *m2 = strstr(d_rev, "-- mentions");
  g_assert_cmpint(m1 - a1, ==, m2 - a2);
  g_assert_cmpint(strncmp(a1, a2, m1 - a1), ==, 0);
  g_assert_nonnull(strstr(a1, "p:putin|Putin A|person|RUS"));
}

static gboolean collect(const RiftStoreEvidence *ev, gpointer data) {
  GString *s = data;
  g_string_append_printf(s, "%s>%s:%s:%s:%s\n", ev->source, ev->target,
                         rift_polarity_name(ev->polarity), ev->doc,
                         ev->date ? ev->date : "-");
  return TRUE;
}

static void test_query(void) {
  g_autoptr(RiftStore) s = open_new("query.db");
  for (guint i = 0; i < 6; i++) add_doc(s, i, RIFT_STORE_ADDED);
  g_autoptr(GError) error = NULL;
  g_assert_true(rift_store_commit(s, &error));

  /* state level: Putin folds into Russia, and Russia's two edges of a
   * sentence count once; hedged edges are left out by default */
  g_autoptr(GString) out = g_string_new(NULL);
  RiftStoreQuery q = {.level = RIFT_LEVEL_STATE};
  g_assert_true(rift_store_foreach_evidence(s, &q, collect, out, &error));
  g_assert_cmpstr(out->str, ==,
                  "RUS>XKX:oppose:doc0:2008-01-01\n"
                  "RUS>XKX:oppose:doc1:2008-02-01\n"
                  "RUS>XKX:oppose:doc1:2008-02-01\n"
                  "RUS>XKX:oppose:doc2:2008-03-01\n"
                  "RUS>XKX:oppose:doc2:2008-03-01\n"
                  "RUS>XKX:oppose:doc3:2008-04-01\n"
                  "RUS>XKX:oppose:doc4:2008-05-01\n"
                  "RUS>XKX:oppose:doc5:2008-06-01\n"
                  "RUS>XKX:oppose:doc5:2008-06-01\n");
  /* the window and the level */
  g_string_truncate(out, 0);
  RiftStoreQuery w = {.level = RIFT_LEVEL_ACTOR, .since = "2008-02",
                      .until = "2008-03-99", .include_hedged = TRUE};
  g_assert_true(rift_store_foreach_evidence(s, &w, collect, out, &error));
  g_assert_cmpstr(out->str, ==,
                  "RUS>XKX:oppose:doc1:2008-02-01\n"
                  "RUS>XKX:oppose:doc2:2008-03-01\n"
                  "p:putin>XKX:oppose:doc1:2008-02-01\n"
                  "p:putin>XKX:oppose:doc2:2008-03-01\n");
  g_string_truncate(out, 0);
  RiftStoreQuery h = {.level = RIFT_LEVEL_ACTOR, .source = "p:putin"};
  g_assert_true(rift_store_foreach_evidence(s, &h, collect, out, &error));
  /* docs 0 and 3 hold hedged edges: left out */
  g_assert_cmpstr(out->str, ==,
                  "p:putin>XKX:oppose:doc1:2008-02-01\n"
                  "p:putin>XKX:oppose:doc2:2008-03-01\n"
                  "p:putin>XKX:oppose:doc4:2008-05-01\n"
                  "p:putin>XKX:oppose:doc5:2008-06-01\n");

  g_autoptr(GPtrArray) actors = rift_store_actors(s, NULL, 0, &error);
  g_assert_nonnull(actors);
  g_assert_cmpuint(actors->len, ==, 2);
  RiftStoreActor *top = actors->pdata[0];
  g_assert_cmpstr(top->id, ==, "RUS");
  g_assert_cmpuint(top->mentions, ==, 18);  /* 6 x (2 + Putin's 1) */
  g_assert_cmpuint(top->documents, ==, 6);

  g_autofree char *id = rift_store_resolve_actor(s, "russia", &error);
  g_assert_cmpstr(id, ==, "RUS");
  g_autofree char *id2 = rift_store_resolve_actor(s, "putin a", &error);
  g_assert_cmpstr(id2, ==, "p:putin");
  g_autofree char *id3 = rift_store_resolve_actor(s, "Nobody", &error);
  g_assert_null(id3);
  g_assert_error(error, RIFT_ERROR, RIFT_ERROR_USAGE);
}

/* ---- pool ---- */

typedef struct {
  guint64 next;
  guint fail_at;     /* 0: never */
  gint freed;
} Order;

static gpointer slow_square(gpointer item, gpointer data) {
  guint v = GPOINTER_TO_UINT(item);
  g_usleep(g_random_int_range(0, 300));
  return GUINT_TO_POINTER(v * 2 + 1);
}

static gboolean check_order(gpointer result, gpointer data, GError **error) {
  Order *o = data;
  g_assert_cmpuint(GPOINTER_TO_UINT(result), ==, o->next * 2 + 1);
  o->next++;
  if (o->fail_at && o->next == o->fail_at) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "disk full at %u",
                o->fail_at);
    return FALSE;
  }
  return TRUE;
}

static void count_free(gpointer p) {
  (void)p;
}

static void test_pool_order(void) {
  for (guint jobs = 1; jobs <= 8; jobs *= 2) {
    for (guint window = 1; window <= 64; window *= 8) {
      Order o = {0};
      g_autoptr(RiftPool) p = rift_pool_new(jobs, window, slow_square,
                                            check_order, NULL, &o);
      for (guint i = 0; i < 500; i++)
        g_assert_true(rift_pool_push(p, GUINT_TO_POINTER(i), NULL));
      g_assert_true(rift_pool_finish(p, NULL));
      g_assert_cmpuint(o.next, ==, 500);
      g_assert_cmpuint(rift_pool_done(p), ==, 500);
    }
  }
}

static void test_pool_failure(void) {
  Order o = {.fail_at = 100};
  g_autoptr(RiftPool) p = rift_pool_new(3, 2, slow_square, check_order,
                                        count_free, &o);
  gboolean stopped = FALSE;
  for (guint i = 0; i < 2000 && !stopped; i++) {
    g_autoptr(GError) error = NULL;
    if (!rift_pool_push(p, GUINT_TO_POINTER(i), &error)) {
      g_assert_error(error, RIFT_ERROR, RIFT_ERROR_IO);
      stopped = TRUE;
    }
  }
  g_assert_true(stopped);
  g_autoptr(GError) error = NULL;
  g_assert_false(rift_pool_finish(p, &error));
  g_assert_error(error, RIFT_ERROR, RIFT_ERROR_IO);
  g_assert_cmpstr(error->message, ==, "disk full at 100");
  g_assert_cmpuint(o.next, ==, 100);
}

/* ---- archives ---- */

typedef struct {
  const char *name, *data;
} Member;

static void write_archive(const char *path, int format, int filter,
                          const Member *m, gsize n) {
  struct archive *a = archive_write_new();
  g_assert_cmpint(archive_write_set_format(a, format), ==, ARCHIVE_OK);
  if (filter != ARCHIVE_FILTER_NONE)
    g_assert_cmpint(archive_write_add_filter(a, filter), ==, ARCHIVE_OK);
  g_assert_cmpint(archive_write_open_filename(a, path), ==, ARCHIVE_OK);
  for (gsize i = 0; i < n; i++) {
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, m[i].name);
    archive_entry_set_size(e, (la_int64_t)strlen(m[i].data));
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_mtime(e, 0, 0);
    g_assert_cmpint(archive_write_header(a, e), ==, ARCHIVE_OK);
    archive_write_data(a, m[i].data, strlen(m[i].data));
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
}

static void write_gzip(const char *path, const char *data, gsize keep) {
  struct archive *a = archive_write_new();
  archive_write_set_format_raw(a);
  archive_write_add_filter_gzip(a);
  g_autofree char *full = g_strconcat(path, ".full", NULL);
  g_assert_cmpint(archive_write_open_filename(a, full), ==, ARCHIVE_OK);
  struct archive_entry *e = archive_entry_new();
  archive_entry_set_filetype(e, AE_IFREG);
  archive_write_header(a, e);
  archive_write_data(a, data, strlen(data));
  archive_entry_free(e);
  archive_write_close(a);
  archive_write_free(a);
  g_autofree char *bytes = NULL;
  gsize len = 0;
  g_assert_true(g_file_get_contents(full, &bytes, &len, NULL));
  g_assert_true(g_file_set_contents(path, bytes, keep ? MIN(keep, len) : len,
                                    NULL));
  g_unlink(full);
}

static char *read_all(char **paths, guint *n_errors) {
  g_autoptr(RiftArchiveReader) r = rift_archive_reader_new(RIFT_INPUT_AUTO);
  for (char **p = paths; *p; p++) rift_archive_reader_add(r, *p);
  GString *s = g_string_new(NULL);
  *n_errors = 0;
  for (;;) {
    g_autoptr(GError) error = NULL;
    g_autoptr(RiftDoc) d = rift_archive_reader_next(r, &error);
    if (!d && !error) break;
    if (!d) {
      (*n_errors)++;
      continue;
    }
    g_autofree char *base = g_path_get_basename(d->source);
    g_string_append_printf(s, "%s|%s|%s|%s\n", d->id, d->date ? d->date : "-",
                           base, d->text);
  }
  g_assert_cmpuint(rift_archive_reader_bytes(r), >, 0);
  return g_string_free(s, FALSE);
}

static void test_archives(void) {
  g_autofree char *dir = tmp_path("corpus");
  g_autofree char *sub = g_build_filename(dir, "sub", NULL);
  g_assert_cmpint(g_mkdir_with_parents(sub, 0755), ==, 0);
  const Member members[] = {
    {"a.txt", "Russia condemned Kosovo."},
    {"news/b.jsonl", "{\"id\":\"b1\",\"date\":\"2008-02-17\",\"text\":\"One.\"}\n"
                     "\n"
                     "{\"id\":\"b2\",\"text\":\"Two.\"}"},
    {".hidden.txt", "never read"},
  };
  g_autofree char *tgz = g_build_filename(dir, "1.tar.gz", NULL);
  write_archive(tgz, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP,
                members, G_N_ELEMENTS(members));
  g_autofree char *zip = g_build_filename(dir, "2.zip", NULL);
  write_archive(zip, ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, members, 1);
  g_autofree char *gz = g_build_filename(sub, "3.jsonl.gz", NULL);
  write_gzip(gz, "{\"id\":\"c1\",\"text\":\"Three.\"}\nnot json\n"
                 "{\"id\":\"c2\",\"text\":\"Four.\"}\n", 0);
  g_autofree char *txtgz = g_build_filename(sub, "4.txt.gz", NULL);
  write_gzip(txtgz, "Five.", 0);
  g_autofree char *plain = g_build_filename(sub, "5.txt", NULL);
  g_assert_true(g_file_set_contents(plain, "Six.", -1, NULL));
  g_autofree char *jsonl = g_build_filename(sub, "6.jsonl", NULL);
  g_assert_true(g_file_set_contents(jsonl, "{\"id\":7,\"text\":\"Seven.\"}",
                                    -1, NULL));
  g_autofree char *broken = tmp_path("broken.jsonl.gz");
  write_gzip(broken, "{\"id\":\"d1\",\"text\":\"Eight.\"}\n", 20);

  char *paths[] = {dir, broken, NULL};
  guint n_errors = 0;
  g_autofree char *got = read_all(paths, &n_errors);
  g_assert_cmpstr(got, ==,
                  "a|-|1.tar.gz:a.txt|Russia condemned Kosovo.\n"
                  "b1|2008-02-17|b.jsonl:1|One.\n"
                  "b2|-|b.jsonl:3|Two.\n"
                  "a|-|2.zip:a.txt|Russia condemned Kosovo.\n"
                  "c1|-|3.jsonl.gz:1|Three.\n"
                  "c2|-|3.jsonl.gz:3|Four.\n"
                  "4|-|4.txt.gz|Five.\n"
                  "5|-|5.txt|Six.\n"
                  "7|-|6.jsonl:1|Seven.\n");
  g_assert_cmpuint(n_errors, ==, 2);  /* "not json", the truncated file */
  g_assert_true(rift_archive_is_archive("x.TAR.GZ"));
  g_assert_false(rift_archive_is_archive("x.jsonl"));
  char *sized[] = {dir, NULL};
  g_assert_cmpuint(rift_archive_inputs_size(sized), >, 0);
}

/* The content hash is SHA-256 (FIPS 180-4 test vectors), whatever
 * library computes it: stores written by any rift stay comparable. */
static void test_hash(void) {
  static const struct { const char *text, *hex; } v[] = {
    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"}};
  for (guint i = 0; i < G_N_ELEMENTS(v); i++) {
    guint8 out[RIFT_STORE_HASH_LEN];
    rift_store_hash(v[i].text, strlen(v[i].text), out);
    GString *hex = g_string_new(NULL);
    for (guint k = 0; k < RIFT_STORE_HASH_LEN; k++) g_string_append_printf(hex, "%02x", out[k]);
    g_assert_cmpstr(hex->str, ==, v[i].hex);
    g_string_free(hex, TRUE);
  }
}

/* JSON Lines records are handed out as slices of the blocks read: every
 * item must keep its bytes whatever the reader reads after it (a line
 * over several blocks, the next file), until it is parsed. */
static void test_lines_kept(void) {
  g_autofree char *a = tmp_path("kept-a.jsonl");
  g_autofree char *b = tmp_path("kept-b.jsonl");
  GString *s = g_string_new(NULL);
  const gsize sizes[] = {10, 3u << 20, 20, 300000, 5, 1u << 20};
  for (gsize i = 0; i < G_N_ELEMENTS(sizes); i++) {
    g_string_append_printf(s, "{\"id\":\"a%zu\",\"text\":\"", i);
    for (gsize k = 0; k < sizes[i]; k++) g_string_append_c(s, "abcdefg "[(i + k) % 8]);
    g_string_append(s, "\"}\n");
  }
  g_assert_true(g_file_set_contents(a, s->str, s->len, NULL));
  g_assert_true(g_file_set_contents(b, "{\"id\":\"b0\",\"text\":\"Last one.\"}", -1, NULL));
  g_string_free(s, TRUE);

  g_autoptr(RiftArchiveReader) r = rift_archive_reader_new(RIFT_INPUT_AUTO);
  rift_archive_reader_add(r, a);
  rift_archive_reader_add(r, b);
  g_autoptr(GPtrArray) items =
      g_ptr_array_new_with_free_func((GDestroyNotify)rift_archive_item_free);
  for (;;) { /* read everything before parsing anything */
    g_autoptr(GError) error = NULL;
    RiftArchiveItem *it = rift_archive_reader_next_item(r, &error);
    g_assert_no_error(error);
    if (!it) break;
    g_ptr_array_add(items, it);
  }
  g_assert_cmpuint(items->len, ==, G_N_ELEMENTS(sizes) + 1);
  for (guint i = 0; i < items->len; i++) {
    g_autoptr(GError) error = NULL;
    g_autoptr(RiftDoc) d = rift_archive_item_doc(items->pdata[i], &error);
    g_assert_no_error(error);
    if (i == G_N_ELEMENTS(sizes)) {
      g_assert_cmpstr(d->text, ==, "Last one.");
      continue;
    }
    g_autofree char *id = g_strdup_printf("a%u", i);
    g_assert_cmpstr(d->id, ==, id);
    g_assert_cmpuint(d->len, ==, sizes[i]);
    for (gsize k = 0; k < d->len; k += 4099)
      g_assert_cmpint(d->text[k], ==, "abcdefg "[(i + k) % 8]);
  }
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp("rift-store-XXXXXX", NULL);
  g_assert_nonnull(tmpdir);
  g_test_add_func("/store/hash", test_hash);
  g_test_add_func("/store/open-errors", test_open_errors);
  g_test_add_func("/store/schema", test_schema);
  g_test_add_func("/store/dedup", test_dedup);
  g_test_add_func("/store/rows-n", test_rows_n);
  g_test_add_func("/store/key-collision", test_key_collision);
  g_test_add_func("/store/merge", test_merge);
  g_test_add_func("/store/query", test_query);
  g_test_add_func("/pool/order", test_pool_order);
  g_test_add_func("/pool/failure", test_pool_failure);
  g_test_add_func("/archive/formats", test_archives);
  g_test_add_func("/archive/lines-kept", test_lines_kept);
  int rc = g_test_run();
  g_autofree char *cmd = g_strdup_printf("rm -rf '%s'", tmpdir);
  if (system(cmd) != 0) g_printerr("cannot remove %s\n", tmpdir);
  g_free(tmpdir);
  return rc;
}
