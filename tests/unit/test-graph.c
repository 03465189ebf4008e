/* test-graph.c: aggregation, filters and deterministic DOT. */
#include <rift.h>
#include <glib/gstdio.h>
#include <string.h>

static RiftGraph *sample(gboolean reverse) {
  RiftGraph *g = rift_graph_new();
  const char *ids[] = {"RUS", "SRB", "XKX", "USA"};
  for (int k = 0; k < 4; k++) {
    int i = reverse ? 3 - k : k;
    rift_graph_add_node(g, ids[i], ids[i], RIFT_ACTOR_STATE, 1);
  }
  if (reverse) {
    rift_graph_add_edge(g, "USA", "XKX", RIFT_POLARITY_SUPPORT, 5, "backed", 0, "d2", "2008-02-18");
    rift_graph_add_edge(g, "RUS", "XKX", RIFT_POLARITY_OPPOSE, -4, "condemned", 0, "d1", "2008-02-17");
    rift_graph_add_edge(g, "RUS", "SRB", RIFT_POLARITY_SUPPORT, 5, "backs", 0, "d1", "2008-02-17");
    rift_graph_add_edge(g, "RUS", "SRB", RIFT_POLARITY_SUPPORT, 3, "praised", 0, "d2", "2008-02-19");
  } else {
    rift_graph_add_edge(g, "RUS", "SRB", RIFT_POLARITY_SUPPORT, 5, "backs", 0, "d1", "2008-02-17");
    rift_graph_add_edge(g, "RUS", "SRB", RIFT_POLARITY_SUPPORT, 3, "praised", 0, "d2", "2008-02-19");
    rift_graph_add_edge(g, "RUS", "XKX", RIFT_POLARITY_OPPOSE, -4, "condemned", 0, "d1", "2008-02-17");
    rift_graph_add_edge(g, "USA", "XKX", RIFT_POLARITY_SUPPORT, 5, "backed", 0, "d2", "2008-02-18");
  }
  rift_graph_add_edge(g, "USA", "RUS", RIFT_POLARITY_OPPOSE, -6, "threatened", RIFT_EDGE_HEDGED, "d3", NULL);
  return g;
}

static void test_deterministic(void) {
  g_autoptr(RiftGraph) a = sample(FALSE), b = sample(TRUE);
  RiftGraphOptions o = {0};
  g_autoptr(GError) e = NULL;
  g_autofree char *da = rift_graph_to_dot(a, &o, &e);
  g_autofree char *db = rift_graph_to_dot(b, &o, &e);
  g_assert_no_error(e);
  g_assert_cmpstr(da, ==, db);
}

static void test_aggregate(void) {
  g_autoptr(RiftGraph) g = sample(FALSE);
  RiftGraphOptions o = {0};
  g_autoptr(GError) e = NULL;
  g_autofree char *dot = rift_graph_to_dot(g, &o, &e);
  /* two pieces of evidence, two articles, first/last dates, strongest trigger */
  const char *p = strstr(dot, "RUS -> SRB");
  g_assert_nonnull(p);
  g_assert_nonnull(strstr(p, "evidence=2"));
  g_assert_nonnull(strstr(p, "articles=2"));
  g_assert_nonnull(strstr(p, "first=\"2008-02-17\""));
  g_assert_nonnull(strstr(p, "last=\"2008-02-19\""));
  g_assert_nonnull(strstr(p, "\"backs (2)\""));
  /* hedged evidence is left out by default, kept on request */
  g_assert_null(strstr(dot, "USA -> RUS"));
  o.include_hedged = TRUE;
  g_autofree char *dot2 = rift_graph_to_dot(g, &o, &e);
  g_assert_nonnull(strstr(dot2, "USA -> RUS"));
}

static void test_filters(void) {
  g_autoptr(RiftGraph) g = sample(FALSE);
  g_autoptr(GError) e = NULL;
  RiftGraphOptions o = {.min_evidence = 2};
  g_autofree char *dot = rift_graph_to_dot(g, &o, &e);
  g_assert_nonnull(strstr(dot, "RUS -> SRB"));
  g_assert_null(strstr(dot, "USA -> XKX"));
  RiftGraphOptions f = {.focus = "SRB", .depth = 1};
  g_autofree char *dot2 = rift_graph_to_dot(g, &f, &e);
  g_assert_nonnull(strstr(dot2, "RUS -> SRB"));
  g_assert_null(strstr(dot2, "USA -> XKX"));
  RiftGraphOptions f2 = {.focus = "SRB", .depth = 2};
  g_autofree char *dot3 = rift_graph_to_dot(g, &f2, &e);
  g_assert_nonnull(strstr(dot3, "RUS -> XKX"));
  RiftGraphOptions t = {.top = 1};
  g_autofree char *dot4 = rift_graph_to_dot(g, &t, &e);
  g_assert_nonnull(strstr(dot4, "RUS -> SRB"));
  g_assert_null(strstr(dot4, "RUS -> XKX"));
  RiftGraphOptions bad = {.focus = "Atlantis"};
  g_autofree char *none = rift_graph_to_dot(g, &bad, &e);
  g_assert_null(none);
  g_assert_error(e, RIFT_ERROR, RIFT_ERROR_USAGE);
}

static void test_formats(void) {
  g_assert_cmpstr(rift_graph_format_from_path("a/b.PNG"), ==, "png");
  g_assert_cmpstr(rift_graph_format_from_path("x.gv"), ==, "dot");
  g_assert_null(rift_graph_format_from_path("x.doc"));
  g_autoptr(RiftGraph) g = sample(FALSE);
  g_autofree char *dir = g_dir_make_tmp("rift-graph-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename(dir, "g.svg", NULL);
  g_autofree char *csv = g_build_filename(dir, "g.csv", NULL);
  RiftGraphOptions o = {0};
  g_autoptr(GError) e = NULL;
  g_assert_true(rift_graph_write(g, &o, svg, NULL, &e));
  g_assert_true(rift_graph_write(g, &o, csv, NULL, &e));
  g_autofree char *s = NULL, *c = NULL;
  g_assert_true(g_file_get_contents(svg, &s, NULL, NULL));
  g_assert_nonnull(strstr(s, "<svg"));
  g_assert_true(g_file_get_contents(csv, &c, NULL, NULL));
  g_assert_nonnull(strstr(c, "\"RUS\",\"SRB\",support,2,2"));
  g_assert_false(rift_graph_write(g, &o, "x.doc", NULL, &e));
  g_remove(svg); g_remove(csv); g_rmdir(dir);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/graph/deterministic", test_deterministic);
  g_test_add_func("/graph/aggregate", test_aggregate);
  g_test_add_func("/graph/filters", test_filters);
  g_test_add_func("/graph/formats", test_formats);
  return g_test_run();
}
