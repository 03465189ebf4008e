/* cmd-actors.c: `rift actors`, inspecting the actor dictionary:
 * `lookup NAME [--date D]` and `list [--type T]`. */
#include "cli.h"

static void print_actor(const RiftDict *dict, const RiftActor *a, const char *date) {
  const RiftActor *f = rift_dict_fold(dict, a, date);
  printf("%s\t%s\t%s\t%s\t%s..%s", a->id, rift_actor_type_name(a->type), a->name,
         a->speaks_for ? a->speaks_for : "-", a->from ? a->from : "",
         a->until ? a->until : "");
  if (f != a) printf("\t-> %s (%s)", f->name, f->id);
  printf("\n");
}

int cmd_actors(int argc, char **argv) {
  g_autofree char *date = NULL, *type = NULL;
  g_auto(GStrv) actor_files = NULL;
  GOptionEntry entries[] = {
    {"date", 'd', 0, G_OPTION_ARG_STRING, &date, "Resolve names as of this date (YYYY-MM-DD)", "DATE"},
    {"type", 't', 0, G_OPTION_ARG_STRING, &type, "list: only this type (state, igo, group, bloc, person, body, media, party)", "TYPE"},
    {"actors", 'a', 0, G_OPTION_ARG_FILENAME_ARRAY, &actor_files, "Extra actor dictionary file (repeatable)", "FILE"},
    {NULL}};
  g_autoptr(GOptionContext) ctx = g_option_context_new("lookup NAME... | list - inspect the actor dictionary");
  g_option_context_set_summary(ctx,
      "lookup NAME: what a name in text resolves to (at --date), and what it\n"
      "stands for at state level.  list: every actor, one period a line:\n"
      "id, type, name, speaks_for, from..until.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cli_parse(ctx, &argc, &argv, "actors")) return EXIT_USAGE;
  if (argc < 2 || !(g_str_equal(argv[1], "lookup") || g_str_equal(argv[1], "list"))) {
    cli_error("actors: expected 'lookup NAME' or 'list' (try 'rift actors --help')");
    return EXIT_USAGE;
  }
  RiftActorType want = RIFT_ACTOR_OTHER;
  if (type && !rift_actor_type_parse(type, &want)) {
    cli_error("actors: unknown --type '%s'", type);
    return EXIT_USAGE;
  }
  g_autoptr(RiftDict) dict = cli_load_dict(actor_files);
  if (!dict) return EXIT_FAIL;
  if (g_str_equal(argv[1], "list")) {
    g_autoptr(GPtrArray) all = rift_dict_list(dict);
    for (guint i = 0; i < all->len; i++) {
      const RiftActor *a = all->pdata[i];
      if (!type || a->type == want) print_actor(dict, a, date);
    }
    return cli_finish_stdout(EXIT_OK);
  }
  if (argc < 3) {
    cli_error("actors lookup: no NAME given");
    return EXIT_USAGE;
  }
  int code = EXIT_OK;
  for (int i = 2; i < argc; i++) {
    const RiftActor *a = rift_dict_lookup(dict, argv[i], date);
    if (!a) {
      cli_error("actors lookup: '%s' is not in the dictionary", argv[i]);
      code = EXIT_FAIL;
      continue;
    }
    print_actor(dict, a, date);
  }
  return cli_finish_stdout(code);
}
