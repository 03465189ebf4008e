/* render.c: the outputs stage for pictures: libgvc lays out the cgraph
 * graph with dot and renders PNG, SVG or PDF in-process. */
#include "rift-private.h"
#include "render.h"

#include <graphviz/gvc.h>
#include <errno.h>
#include <stdio.h>

gboolean rift__render(Agraph_t *G, const char *format, const char *path,
                      GError **error) {
  GVC_t *gvc = gvContext();
  if (!gvc) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_GRAPH, "cannot start Graphviz");
    return FALSE;
  }
  gboolean ok = FALSE;
  if (gvLayout(gvc, G, "dot") != 0) {
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_GRAPH,
                "Graphviz could not lay out the graph");
    gvFreeContext(gvc);
    return FALSE;
  }
  if (g_str_equal(path, "-")) {
    ok = gvRender(gvc, G, format, stdout) == 0;
  } else {
    FILE *f = fopen(path, "wb");
    if (!f) {
      g_set_error(error, RIFT_ERROR, RIFT_ERROR_IO, "cannot write '%s': %s",
                  path, g_strerror(errno));
    } else {
      ok = gvRender(gvc, G, format, f) == 0;
      if (fclose(f) != 0) ok = FALSE;
    }
  }
  if (!ok && error && !*error)
    g_set_error(error, RIFT_ERROR, RIFT_ERROR_GRAPH,
                "Graphviz could not render '%s' as %s", path, format);
  gvFreeLayout(gvc, G);
  gvFreeContext(gvc);
  return ok;
}
