/* rift/actors.h: the actor dictionary (ISO 3166 states from iso-codes plus
 * curated data under src/data/, extended by user files) and lookups. */
#ifndef RIFT_ACTORS_H
#define RIFT_ACTORS_H

#include <rift/common.h>

G_BEGIN_DECLS

typedef enum {
  RIFT_ACTOR_STATE,
  RIFT_ACTOR_IGO,
  RIFT_ACTOR_GROUP,
  RIFT_ACTOR_BLOC,
  RIFT_ACTOR_PERSON,
  RIFT_ACTOR_BODY,
  RIFT_ACTOR_MEDIA,
  RIFT_ACTOR_PARTY,
  RIFT_ACTOR_OTHER
} RiftActorType;

/* One actor, or one period of it: an actor whose role changes (a person
 * who speaks for one state, then another) has one RiftActor per period,
 * sharing its id. */
typedef struct {
  const char *id;         /* "RUS", "UN", "p:putin_vladimir" */
  const char *name;       /* display name: "Russia" */
  RiftActorType type;
  const char *speaks_for; /* (nullable) id of the state or organisation */
  const char *from;       /* (nullable) ISO date the period starts */
  const char *until;      /* (nullable) ISO date the period ends */
} RiftActor;

typedef struct _RiftDict RiftDict;

/* Returns (transfer full) the built-in dictionary. */
RiftDict *rift_dict_new_default(GError **error);
/* Adds the entries of a user file (the actors.tsv format of the README);
 * entries with an id already known add aliases or override the name. */
gboolean rift_dict_load_file(RiftDict *dict, const char *path, GError **error);
gboolean rift_dict_load_data(RiftDict *dict, const char *name,
                             const char *data, gsize len, GError **error);
void rift_dict_free(RiftDict *dict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftDict, rift_dict_free)

/* Resolves a surface form as it would appear in text at date (nullable:
 * today).  Returns (transfer none) the actor or NULL. */
const RiftActor *rift_dict_lookup(const RiftDict *dict, const char *name,
                                  const char *date);
/* Returns (transfer none) the period of id in force at date (or its latest). */
const RiftActor *rift_dict_get(const RiftDict *dict, const char *id,
                               const char *date);
/* Follows speaks_for to the state or organisation an actor stands for at
 * date.  Returns (transfer none). */
const RiftActor *rift_dict_fold(const RiftDict *dict, const RiftActor *actor,
                                const char *date);
/* Returns (transfer container) every actor period, sorted by id. */
GPtrArray *rift_dict_list(const RiftDict *dict);
guint rift_dict_size(const RiftDict *dict);

const char *rift_actor_type_name(RiftActorType type);
gboolean rift_actor_type_parse(const char *s, RiftActorType *out);

G_END_DECLS

#endif
