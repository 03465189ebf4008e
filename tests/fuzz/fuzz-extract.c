/* fuzz-extract.c: the whole flow (text -> actors -> relations -> JSON
 * Lines -> graph) on arbitrary bytes.  Built with -fsanitize=fuzzer it is
 * a libFuzzer target; built plainly (as ctest does) it replays the seed
 * files of tests/fuzz/corpus/ and a fixed number of deterministic
 * mutations of them (cut, repeat, flip, splice), so a crash found once
 * stays a test.  Usage: fuzz-extract [FILE...] */
#include <rift.h>
#include <stdio.h>
#include <string.h>

static RiftDict *dict;
static RiftExtractor *ex;

static void setup(void) {
  if (ex) return;
  g_autoptr(GError) e = NULL;
  dict = rift_dict_new_default(&e);
  g_assert_no_error(e);
  RiftExtractOptions o = {RIFT_LEVEL_STATE, TRUE};
  ex = rift_extractor_new(dict, &o, &e);
  g_assert_no_error(e);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  setup();
  /* the reader's checks come first, as in the CLI */
  if (!rift_text_check("fuzz", (const char *)data, size, NULL)) return 0;
  g_autoptr(RiftDoc) doc = rift_doc_new("fuzz", (const char *)data, size, NULL, NULL, NULL);
  g_autoptr(RiftResult) r = rift_extractor_run(ex, doc);
  g_autoptr(GString) out = g_string_new(NULL);
  rift_result_write_jsonl(r, out);
  g_autoptr(RiftGraph) g = rift_graph_new();
  rift_graph_add_result(g, r);
  RiftGraphOptions go = {0};
  g_autofree char *dot = rift_graph_to_dot(g, &go, NULL);
  g_assert_nonnull(dot);
  for (guint i = 0; i < r->edges->len; i++) {
    const RiftEdge *e = r->edges->pdata[i];
    g_assert_cmpuint(e->start, <=, e->end);
    g_assert_cmpuint(e->trigger_start, <, e->trigger_end);
    g_assert_cmpstr(e->source, !=, e->target);
  }
  return 0;
}

#ifndef RIFT_LIBFUZZER
static void run_bytes(const char *s, gsize n) {
  LLVMFuzzerTestOneInput((const unsigned char *)s, n);
}

int main(int argc, char **argv) {
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
  for (int i = 1; i < argc; i++) g_ptr_array_add(files, g_strdup(argv[i]));
  if (files->len == 0) {
    g_autoptr(GDir) d = g_dir_open(RIFT_FUZZ_CORPUS, 0, NULL);
    const char *n;
    while (d && (n = g_dir_read_name(d)))
      g_ptr_array_add(files, g_build_filename(RIFT_FUZZ_CORPUS, n, NULL));
    g_ptr_array_sort(files, (GCompareFunc)g_strcmp0);
  }
  GRand *rand = g_rand_new_with_seed(20261127);
  guint runs = 0;
  for (guint f = 0; f < files->len; f++) {
    g_autofree char *data = NULL;
    gsize len = 0;
    if (!g_file_get_contents(files->pdata[f], &data, &len, NULL)) continue;
    run_bytes(data, len);
    runs++;
    for (int m = 0; m < 200; m++) {
      g_autoptr(GString) s = g_string_new_len(data, len);
      int kind = g_rand_int_range(rand, 0, 4);
      gsize at = len ? g_rand_int_range(rand, 0, (gint32)len) : 0;
      if (kind == 0) g_string_truncate(s, at);                       /* cut */
      else if (kind == 1) g_string_insert_len(s, at, data, MIN(len, 64)); /* repeat */
      else if (kind == 2 && s->len) s->str[at % s->len] ^= (char)(1 << g_rand_int_range(rand, 0, 7));
      else g_string_insert(s, at, " \"\n, and the U.N. 's ");   /* splice */
      run_bytes(s->str, s->len);
      runs++;
    }
  }
  g_rand_free(rand);
  printf("%u inputs run, 0 crashes\n", runs);
  return 0;
}
#endif
