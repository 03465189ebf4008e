/* dump.h: canonical dumps and consistency checks of corpus stores, for
 * the store tests. */
#ifndef RIFT_TEST_DUMP_H
#define RIFT_TEST_DUMP_H

#include <gio/gio.h>

/* Returns (transfer full) every table's rows in key order, or NULL. */
char *test_store_dump(const char *path, GError **error);
/* PRAGMA integrity_check passes and every row's document exists. */
gboolean test_store_check(const char *path, GError **error);

#endif
