/* render.h: the Graphviz rendering wall (only graph.c and render.c see
 * Graphviz types). */
#ifndef RIFT_RENDER_H
#define RIFT_RENDER_H

#include <glib.h>
#include <graphviz/cgraph.h>

/* Lays out G with dot and renders it to path in format (png, svg, pdf). */
gboolean rift__render(Agraph_t *G, const char *format, const char *path,
                      GError **error);

#endif
