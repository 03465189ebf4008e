/* jsonl.c: the streaming sink: a result as the JSON Lines contract of
 * DESIGN.md (entity lines, then edge lines, keys in a fixed order so the
 * output is byte-identical for the same input). */
#include "rift-private.h"

static void json_str(GString *out, const char *s) {
  g_string_append_c(out, '"');
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    switch (*p) {
    case '"': g_string_append(out, "\\\""); break;
    case '\\': g_string_append(out, "\\\\"); break;
    case '\n': g_string_append(out, "\\n"); break;
    case '\r': g_string_append(out, "\\r"); break;
    case '\t': g_string_append(out, "\\t"); break;
    default:
      if (*p < 0x20) g_string_append_printf(out, "\\u%04x", *p);
      else g_string_append_c(out, *p);
    }
  }
  g_string_append_c(out, '"');
}

void rift_result_write_jsonl(const RiftResult *r, GString *out) {
  for (guint i = 0; i < r->entities->len; i++) {
    const RiftEntity *e = r->entities->pdata[i];
    g_string_append(out, "{\"kind\":\"entity\",\"doc\":");
    json_str(out, r->doc);
    g_string_append(out, ",\"id\":");
    json_str(out, e->id);
    g_string_append(out, ",\"name\":");
    json_str(out, e->name);
    g_string_append(out, ",\"type\":");
    json_str(out, rift_actor_type_name(e->type));
    if (e->speaks_for) {
      g_string_append(out, ",\"speaks_for\":");
      json_str(out, e->speaks_for);
    }
    g_string_append_printf(out, ",\"mentions\":%u}\n", e->mentions);
  }
  for (guint i = 0; i < r->edges->len; i++) {
    const RiftEdge *e = r->edges->pdata[i];
    char num[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append(out, "{\"kind\":\"edge\",\"doc\":");
    json_str(out, r->doc);
    g_string_append(out, ",\"source\":");
    json_str(out, e->source);
    g_string_append(out, ",\"source_name\":");
    json_str(out, e->source_name);
    g_string_append(out, ",\"target\":");
    json_str(out, e->target);
    g_string_append(out, ",\"target_name\":");
    json_str(out, e->target_name);
    g_string_append(out, ",\"polarity\":");
    json_str(out, rift_polarity_name(e->polarity));
    g_string_append_printf(out, ",\"score\":%s",
                           g_ascii_formatd(num, sizeof num, "%.1f", e->score));
    g_string_append_printf(out, ",\"sentence\":%u,\"start\":%u,\"end\":%u",
                           e->sentence, e->start, e->end);
    g_string_append(out, ",\"trigger\":");
    json_str(out, e->trigger);
    g_autofree char *flags = rift_edge_flags_string(e->flags);
    g_string_append(out, ",\"flags\":");
    json_str(out, flags);
    g_string_append(out, ",\"evidence\":");
    json_str(out, e->evidence);
    g_string_append(out, "}\n");
  }
}
