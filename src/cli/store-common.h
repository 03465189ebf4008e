/* store-common.h: option checks shared by the CLI commands that read the
 * corpus store (graph, explain, stats): dates and actor names. */
#ifndef RIFT_CLI_STORE_COMMON_H
#define RIFT_CLI_STORE_COMMON_H

#include "cli.h"

/* Checks an ISO date given as YYYY, YYYY-MM or YYYY-MM-DD and returns
 * (transfer full) its bound: itself for --since, its last day for --until
 * (as a string that sorts after every date it covers).  NULL stays NULL.
 * On a bad value prints a message and returns FALSE. */
gboolean cli_store_date(const char *opt, const char *value, gboolean until,
                        char **out);

/* Resolves what the user typed to an actor id: the store's actors first,
 * then the dictionary's names (dict nullable).  Prints a message and
 * returns NULL if neither knows it. */
char *cli_store_actor(RiftStore *store, const RiftDict *dict,
                      const char *what);

#endif
