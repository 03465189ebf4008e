/* store-common.c: option checks shared by the store-reading commands. */
#include "store-common.h"

#include <string.h>

gboolean cli_store_date(const char *opt, const char *value, gboolean until,
                        char **out) {
  *out = NULL;
  if (!value) return TRUE;
  static const char *const shapes[] = {"dddd", "dddd-dd", "dddd-dd-dd"};
  gboolean ok = FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS(shapes) && !ok; i++) {
    if (strlen(value) != strlen(shapes[i])) continue;
    ok = TRUE;
    for (const char *v = value, *s = shapes[i]; *s; v++, s++)
      if (*s == 'd' ? !g_ascii_isdigit(*v) : *v != *s) ok = FALSE;
  }
  if (!ok) {
    cli_error("bad --%s '%s' (expected YYYY, YYYY-MM or YYYY-MM-DD)", opt,
              value);
    return FALSE;
  }
  if (!until) *out = g_strdup(value);
  else if (strlen(value) == 4) *out = g_strconcat(value, "-99-99", NULL);
  else if (strlen(value) == 7) *out = g_strconcat(value, "-99", NULL);
  else *out = g_strdup(value);
  return TRUE;
}

char *cli_store_actor(RiftStore *store, const RiftDict *dict,
                      const char *what) {
  g_autoptr(GError) error = NULL;
  char *id = rift_store_resolve_actor(store, what, &error);
  if (id) return id;
  if (!g_error_matches(error, RIFT_ERROR, RIFT_ERROR_USAGE)) {
    cli_error("%s", error->message);
    return NULL;
  }
  const RiftActor *a = dict ? rift_dict_lookup(dict, what, NULL) : NULL;
  if (a) return g_strdup(a->id);
  cli_error("no actor '%s' in '%s' (try 'rift stats --db %s' or "
            "'rift actors lookup %s')", what, rift_store_path(store),
            rift_store_path(store), what);
  return NULL;
}
