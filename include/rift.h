/* rift.h: the umbrella header of librift, which turns news text into a
 * signed graph of who supports and who opposes whom.
 *
 * The flow: read (doc.h) -> text (text.h) -> actors (actors.h) ->
 * relations (relations.h) -> sinks (jsonl / store.h) -> graph (graph.h).
 * Errors are GError values; the library never prints. */
#ifndef RIFT_H
#define RIFT_H

#include <rift/common.h>
#include <rift/doc.h>
#include <rift/text.h>
#include <rift/actors.h>
#include <rift/relations.h>
#include <rift/graph.h>
#include <rift/store.h>
#include <rift/archive.h>
#include <rift/pool.h>

#endif
