/* store-tool.c: a helper for the store's end-to-end tests (no sqlite3
 * shell needed):
 *   store-tool dump DB       canonical dump of the store's content
 *   store-tool check DB      integrity check; prints "ok" or the problem
 *   store-tool count DB      documents stored (committed)
 *   store-tool corpus N [K]  N synthetic JSON Lines documents (the K-th
 *                            variant: the same sentences, other texts) */
#include "dump.h"

#include <rift.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const states[] = {
  "Russia", "Serbia", "Kosovo", "the United States", "China", "Britain",
  "France", "Albania", "Japan", "Iran", "Iraq", "Germany",
};
static const char *const verbs[] = {
  "condemned", "supported", "criticised", "backed", "recognised",
  "accused", "praised", "may condemn",
};

static int corpus(guint n, guint variant) {
  guint32 x = 12345u + variant;
  for (guint i = 0; i < n; i++) {
    GString *text = g_string_new(NULL);
    g_string_append_printf(text, "Report %u of batch %u. ", i, variant);
    for (int k = 0; k < 3; k++) {
      x = x * 1103515245u + 12345u;
      const char *a = states[(x >> 8) % G_N_ELEMENTS(states)];
      const char *b = states[(x >> 16) % G_N_ELEMENTS(states)];
      const char *v = verbs[(x >> 24) % G_N_ELEMENTS(verbs)];
      g_string_append_printf(text, "%c%s %s %s on day %u. ",
                             g_ascii_toupper(a[0]), a + 1, v, b, k);
    }
    printf("{\"id\":\"doc-%u-%u\",\"date\":\"2008-%02u-%02u\","
           "\"title\":\"Report %u\",\"text\":\"%s\"}\n",
           variant, i, 1 + i % 12, 1 + i % 28, i, text->str);
    g_string_free(text, TRUE);
  }
  return fflush(stdout) == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
  g_autoptr(GError) error = NULL;
  if (argc >= 3 && g_str_equal(argv[1], "dump")) {
    g_autofree char *d = test_store_dump(argv[2], &error);
    if (!d) goto fail;
    fputs(d, stdout);
    return 0;
  }
  if (argc >= 3 && g_str_equal(argv[1], "check")) {
    if (!test_store_check(argv[2], &error)) goto fail;
    puts("ok");
    return 0;
  }
  if (argc >= 3 && g_str_equal(argv[1], "count")) {
    g_autoptr(RiftStore) s = rift_store_open(argv[2], RIFT_STORE_READ_ONLY,
                                             &error);
    RiftStoreStats st;
    if (!s || !rift_store_stats(s, &st, &error)) goto fail;
    printf("%" G_GUINT64_FORMAT "\n", st.documents);
    rift_store_stats_clear(&st);
    return 0;
  }
  if (argc >= 3 && g_str_equal(argv[1], "corpus"))
    return corpus((guint)atoi(argv[2]), argc > 3 ? (guint)atoi(argv[3]) : 0);
  fprintf(stderr, "usage: store-tool dump|check|count DB | corpus N [K]\n");
  return 2;
fail:
  fprintf(stderr, "store-tool: %s\n", error->message);
  return 1;
}
