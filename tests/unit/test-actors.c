/* test-actors.c: the actor dictionary: ISO states, curated entries,
 * dates, case rules, folding, user files and their errors, and the
 * context filters of mention matching. */
#include <rift.h>
#include <string.h>

static RiftDict *dict(void) {
  g_autoptr(GError) e = NULL;
  RiftDict *d = rift_dict_new_default(&e);
  g_assert_no_error(e);
  return d;
}

static const char *id_of(RiftDict *d, const char *name, const char *date) {
  const RiftActor *a = rift_dict_lookup(d, name, date);
  return a ? a->id : NULL;
}

static void test_iso(void) {
  g_autoptr(RiftDict) d = dict();
  /* every ISO 3166-1 state is there, by its names */
  g_assert_cmpstr(id_of(d, "Germany", NULL), ==, "DEU");
  g_assert_cmpstr(id_of(d, "Islamic Republic of Iran", NULL), ==, "IRN");
  g_assert_cmpstr(id_of(d, "Iran", NULL), ==, "IRN");
  g_assert_cmpstr(id_of(d, "Burkina Faso", NULL), ==, "BFA");
  g_assert_cmpuint(rift_dict_size(d), >=, 249);
}

static void test_curated_and_dates(void) {
  g_autoptr(RiftDict) d = dict();
  g_assert_cmpstr(id_of(d, "Kremlin", "1987-05-01"), ==, "SUN");
  g_assert_cmpstr(id_of(d, "Kremlin", "2008-02-17"), ==, "RUS");
  g_assert_cmpstr(id_of(d, "Moscow", "1987-05-01"), ==, "SUN");
  g_assert_cmpstr(id_of(d, "U.N.", NULL), ==, "UN");
  g_assert_cmpstr(id_of(d, "Kosovo", "2008-02-17"), ==, "XKX");
  g_assert_cmpstr(id_of(d, "the West", NULL), ==, "the West");
  /* case-sensitive aliases: "US" is the state, "us" is a pronoun */
  g_assert_cmpstr(id_of(d, "US", NULL), ==, "USA");
  g_assert_null(rift_dict_lookup(d, "us", NULL));
  /* a capitalised name does not match the common word */
  g_assert_null(rift_dict_lookup(d, "turkey", NULL));
}

static const char user[] =
  "# a user file\n"
  "p:doe_jane\tperson\tJane Doe\tFRA\t2001\t2005-06-30\tJane Doe|Doe\n"
  "p:doe_jane\tperson\tJane Doe\tDEU\t2005-06-30\t\tJane Doe|Doe\n"
  "ZZG\tgroup\tZed Group\t\t\t\tZed Group|=ZG\n";

static void test_user_file(void) {
  g_autoptr(RiftDict) d = dict();
  g_autoptr(GError) e = NULL;
  g_assert_true(rift_dict_load_data(d, "user.tsv", user, strlen(user), &e));
  g_assert_no_error(e);
  const RiftActor *a = rift_dict_lookup(d, "Doe", "2003-01-01");
  g_assert_nonnull(a);
  g_assert_cmpstr(a->speaks_for, ==, "FRA");
  g_assert_cmpstr(rift_dict_fold(d, a, "2003-01-01")->id, ==, "FRA");
  a = rift_dict_lookup(d, "Jane Doe", "2010-01-01");
  g_assert_cmpstr(a->speaks_for, ==, "DEU");
  g_assert_cmpstr(id_of(d, "ZG", NULL), ==, "ZZG");
  g_assert_null(rift_dict_lookup(d, "zg", NULL));
}

static void test_malformed(void) {
  g_autoptr(RiftDict) d = dict();
  struct { const char *data, *msg; } bad[] = {
    {"X\tstate\tX\n", "bad.tsv:1: expected 7 tab-separated columns"},
    {"# ok\nX\tplanet\tX\t\t\t\tX\n", "bad.tsv:2: unknown type 'planet'"},
    {"X\tstate\tX\t\t1990-AB\t\tX\n", "bad.tsv:1: '1990-AB' is not a date"},
    {"\tstate\tX\t\t\t\tX\n", "bad.tsv:1: empty id"},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
    g_autoptr(GError) e = NULL;
    g_assert_false(rift_dict_load_data(d, "bad.tsv", bad[i].data, strlen(bad[i].data), &e));
    g_assert_error(e, RIFT_ERROR, RIFT_ERROR_DICT);
    g_assert_nonnull(strstr(e->message, bad[i].msg));
  }
  g_autoptr(GError) e = NULL;
  g_assert_false(rift_dict_load_file(d, "/nonexistent/actors.tsv", &e));
  g_assert_error(e, RIFT_ERROR, RIFT_ERROR_IO);
}

/* mentions in running text, through the extractor's entity lines */
static gboolean has_entity(const char *text, const char *date, const char *id) {
  g_autoptr(RiftDict) d = dict();
  RiftExtractOptions o = {RIFT_LEVEL_STATE, FALSE};
  g_autoptr(GError) e = NULL;
  g_autoptr(RiftExtractor) ex = rift_extractor_new(d, &o, &e);
  g_autoptr(RiftDoc) doc = rift_doc_new("t", text, -1, date, NULL, NULL);
  g_autoptr(RiftResult) r = rift_extractor_run(ex, doc);
  for (guint i = 0; i < r->entities->len; i++)
    if (!strcmp(((RiftEntity *)r->entities->pdata[i])->id, id)) return TRUE;
  return FALSE;
}

static void test_context(void) {
  g_assert_true(has_entity("Jordan condemned the attack.", NULL, "JOR"));
  g_assert_false(has_entity("Fans cheered Michael Jordan.", NULL, "JOR"));
  g_assert_false(has_entity("He ate turkey and rice.", NULL, "TUR"));
  g_assert_false(has_entity("Ethnic violence hit ethnic Albanian villages.", NULL, "ALB"));
  g_assert_true(has_entity("Moscow protested.", "1987-03-01", "SUN"));
  g_assert_true(has_entity("Moscow protested.", "2014-03-01", "RUS"));
}

/* ambiguous.tsv: the same word as a state and as something else */
static void test_ambiguity(void) {
  g_assert_true(has_entity("Georgia condemned Russia.", "2008-08-09", "GEO"));
  g_assert_false(has_entity("Voters in Atlanta, Georgia cheered.", NULL, "GEO"));
  g_assert_false(has_entity("The Georgia governor signed the bill.", NULL, "GEO"));
  g_assert_true(has_entity("Chad condemned Libya.", NULL, "TCD"));
  g_assert_false(has_entity("The founder, Chad Hurley, spoke.", NULL, "TCD"));
  g_assert_true(has_entity("Jordan backed Egypt.", NULL, "JOR"));
  g_assert_false(has_entity("Pilgrims waded into the river Jordan.", NULL, "JOR"));
  g_assert_false(has_entity("Turkey sandwiches sold out.", NULL, "TUR"));
  g_assert_true(has_entity("The West condemned Iran.", NULL, "the West"));
  g_assert_false(has_entity("Floods hit West Virginia.", NULL, "the West"));
  g_assert_true(has_entity("Guinea-Bissau condemned Senegal.", NULL, "GNB"));
  g_assert_false(has_entity("Guinea-Bissau condemned Senegal.", NULL, "GIN"));
  g_assert_true(has_entity("Papua New Guinea signed.", NULL, "PNG"));
  g_assert_false(has_entity("A guinea pig escaped.", NULL, "GIN"));
  /* a dateline in capitals is the place of the report */
  g_assert_true(has_entity("MOSCOW The Foreign Ministry spoke.", "2008-02-17", "RUS"));
}

/* one actor, many names: one node */
static void test_one_node(void) {
  g_autoptr(RiftDict) d = dict();
  const char *names[] = {"Russia", "Russian Federation", "Kremlin", "Moscow", "Russian"};
  for (gsize i = 0; i < G_N_ELEMENTS(names); i++) {
    const RiftActor *a = rift_dict_lookup(d, names[i], "2008-02-17");
    g_assert_nonnull(a);
    g_assert_cmpstr(rift_dict_fold(d, a, "2008-02-17")->id, ==, "RUS");
  }
  const RiftActor *p = rift_dict_lookup(d, "Vladimir Putin", "2008-02-17");
  g_assert_nonnull(p);
  g_assert_cmpstr(rift_dict_fold(d, p, "2008-02-17")->id, ==, "RUS");
  const RiftActor *sc = rift_dict_lookup(d, "Security Council", NULL);
  g_assert_nonnull(sc);
  g_assert_cmpstr(rift_dict_fold(d, sc, NULL)->id, ==, "UN");
  g_assert_cmpstr(id_of(d, "Daesh", NULL), ==, id_of(d, "Islamic State", NULL));
  /* the same surname at different dates: the president of that time */
  const RiftActor *b1 = rift_dict_lookup(d, "Bush", "1990-06-01");
  const RiftActor *b2 = rift_dict_lookup(d, "Bush", "2004-06-01");
  g_assert_nonnull(b1);
  g_assert_nonnull(b2);
  g_assert_cmpstr(b1->id, !=, b2->id);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/actors/iso", test_iso);
  g_test_add_func("/actors/curated-and-dates", test_curated_and_dates);
  g_test_add_func("/actors/user-file", test_user_file);
  g_test_add_func("/actors/malformed", test_malformed);
  g_test_add_func("/actors/context", test_context);
  g_test_add_func("/actors/ambiguity", test_ambiguity);
  g_test_add_func("/actors/one-node", test_one_node);
  return g_test_run();
}
