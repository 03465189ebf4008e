/* test-doc.c: the read stage: JSON Lines records (the fast path for flat
 * records and json-glib for the rest must agree), ids, dates, titles,
 * escapes, bad lines, directories in sorted order. */
#include <rift.h>
#include <glib/gstdio.h>
#include <string.h>

static GPtrArray *read_all(const char *path, GPtrArray *errors) {
  g_autoptr(RiftReader) r = rift_reader_new(RIFT_INPUT_AUTO);
  rift_reader_add(r, path);
  GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)rift_doc_free);
  for (;;) {
    GError *e = NULL;
    RiftDoc *d = rift_reader_next(r, &e);
    if (e) {
      g_ptr_array_add(errors, g_strdup(e->message));
      g_error_free(e);
      continue;
    }
    if (!d) break;
    g_ptr_array_add(docs, d);
  }
  return docs;
}

static char *write_tmp(const char *dir, const char *name, const char *data) {
  char *p = g_build_filename(dir, name, NULL);
  g_assert_true(g_file_set_contents(p, data, -1, NULL));
  return p;
}

static void test_jsonl(void) {
  g_autofree char *dir = g_dir_make_tmp("rift-doc-XXXXXX", NULL);
  g_autofree char *p = write_tmp(dir, "a.jsonl",
      "{\"id\":\"a\",\"text\":\"Chile \\\"backs\\\" Peru.\\nLine two\",\"date\":\"1987-03-01\",\"title\":\"T\"}\n"
      "\n"
      "{\"text\": \"caf\\u00e9 \\ud83d\\ude00 ok\", \"id\": 42, \"date\": null}\n"
      "{\"id\":\"n\",\"text\":\"nested\",\"meta\":{\"a\":[1,2]}}\n"
      "{\"id\":\"f\",\"text\":\"float id\",\"x\":1.5e3}\n"
      "not json\n"
      "{\"id\":\"x\"}\n"
      "{\"id\":\"e\",\"text\":\"   \"}\n"
      "[1,2]\n");
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) docs = read_all(p, errors);
  g_assert_cmpuint(docs->len, ==, 4);
  RiftDoc *d = docs->pdata[0];
  g_assert_cmpstr(d->id, ==, "a");
  g_assert_cmpstr(d->text, ==, "Chile \"backs\" Peru.\nLine two");
  g_assert_cmpstr(d->date, ==, "1987-03-01");
  g_assert_cmpstr(d->title, ==, "T");
  d = docs->pdata[1];
  g_assert_cmpstr(d->id, ==, "42");
  g_assert_cmpstr(d->text, ==, "caf\xc3\xa9 \xf0\x9f\x98\x80 ok");
  g_assert_null(d->date);
  d = docs->pdata[2];
  g_assert_cmpstr(d->id, ==, "n");
  g_assert_cmpstr(d->text, ==, "nested");
  d = docs->pdata[3];
  g_assert_cmpstr(d->text, ==, "float id");
  /* bad lines are named with their line number and skipped */
  g_assert_cmpuint(errors->len, ==, 4);
  g_assert_nonnull(strstr(errors->pdata[0], "a.jsonl:6: not JSON"));
  g_assert_nonnull(strstr(errors->pdata[1], "a.jsonl:7: no \"text\" string"));
  g_assert_nonnull(strstr(errors->pdata[2], "a.jsonl:8: empty"));
  g_assert_nonnull(strstr(errors->pdata[3], "a.jsonl:9: not a JSON object"));
  g_remove(p);
  g_rmdir(dir);
}

static void test_directory(void) {
  g_autofree char *dir = g_dir_make_tmp("rift-dir-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename(dir, "sub", NULL);
  g_mkdir(sub, 0700);
  g_autofree char *b = write_tmp(dir, "b.txt", "Second.");
  g_autofree char *a = write_tmp(dir, "a.txt", "First.");
  g_autofree char *c = write_tmp(sub, "c.txt", "Third.");
  g_autofree char *h = write_tmp(dir, ".hidden", "Hidden.");
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) docs = read_all(dir, errors);
  g_assert_cmpuint(docs->len, ==, 3);
  g_assert_cmpstr(((RiftDoc *)docs->pdata[0])->id, ==, "a");
  g_assert_cmpstr(((RiftDoc *)docs->pdata[1])->id, ==, "b");
  g_assert_cmpstr(((RiftDoc *)docs->pdata[2])->id, ==, "c");
  g_remove(a); g_remove(b); g_remove(c); g_remove(h); g_rmdir(sub); g_rmdir(dir);
}

/* JSON strings are scanned eight bytes at a time: an escape, a quote or
 * a control character at any offset must be seen at that offset. */
static void test_string_offsets(void) {
  g_autofree char *dir = g_dir_make_tmp("rift-doc-XXXXXX", NULL);
  GString *lines = g_string_new(NULL);
  for (guint at = 0; at < 20; at++) {
    g_autofree char *pad = g_strnfill(at, 'x');
    g_string_append_printf(lines, "{\"id\":\"e%u\",\"text\":\"%s\\\"q\\\\%s\"}\n", at, pad, pad);
    g_string_append_printf(lines, "{\"id\":\"c%u\",\"text\":\"%s\tbad\"}\n", at, pad);
  }
  g_autofree char *p = write_tmp(dir, "s.jsonl", lines->str);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) docs = read_all(p, errors);
  /* a raw tab is strict JSON's error, which json-glib (the fallback the
   * fast path hands control characters to) lets pass */
  g_assert_cmpuint(docs->len, ==, 40);
  g_assert_cmpuint(errors->len, ==, 0);
  for (guint at = 0; at < 20; at++) {
    g_autofree char *pad = g_strnfill(at, 'x');
    g_autofree char *want = g_strdup_printf("%s\"q\\%s", pad, pad);
    g_autofree char *tab = g_strdup_printf("%s\tbad", pad);
    g_assert_cmpstr(((RiftDoc *)docs->pdata[2 * at])->text, ==, want);
    g_assert_cmpstr(((RiftDoc *)docs->pdata[2 * at + 1])->text, ==, tab);
  }
  g_string_free(lines, TRUE);
  g_remove(p);
  g_rmdir(dir);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/doc/jsonl", test_jsonl);
  g_test_add_func("/doc/string-offsets", test_string_offsets);
  g_test_add_func("/doc/directory", test_directory);
  return g_test_run();
}
