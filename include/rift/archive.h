/* rift/archive.h: the read stage for packed corpora.  A RiftArchiveReader
 * takes the same inputs as a RiftReader (files, directories walked
 * recursively in sorted order, "-" for standard input, JSON Lines) and
 * also opens, through libarchive, gzip/bzip2/xz/zstd files (a.jsonl.gz,
 * a.txt.gz) and tar, tar.gz, zip, 7z and cpio archives, whose members are
 * read in archive order as text files or JSON Lines by their names.
 * JSON Lines are streamed here; other plain inputs are handed to a
 * RiftReader, so both agree on them. */
#ifndef RIFT_ARCHIVE_H
#define RIFT_ARCHIVE_H

#include <rift/common.h>
#include <rift/doc.h>

G_BEGIN_DECLS

/* Whether path names a compressed file or an archive (by its extension:
 * .gz .tgz .bz2 .tbz2 .xz .txz .zst .tar .zip .7z .cpio). */
gboolean rift_archive_is_archive(const char *path);

typedef struct _RiftArchiveReader RiftArchiveReader;

/* format: how to read "-" and members whose names say nothing
 * (RIFT_INPUT_AUTO: by extension, .jsonl/.ndjson are JSON Lines). */
RiftArchiveReader *rift_archive_reader_new(RiftInputFormat format);
void rift_archive_reader_add(RiftArchiveReader *r, const char *path);
/* Returns (transfer full) the next document; NULL at the end (error unset)
 * or for an input or member that must be skipped (error set, naming it:
 * report it and call again). */
RiftDoc *rift_archive_reader_next(RiftArchiveReader *r, GError **error);
/* A unit of input: a document read whole, or a JSON Lines record whose
 * parsing is left to rift_archive_item_doc, so that a pipeline can parse
 * records in its worker threads. */
typedef struct _RiftArchiveItem RiftArchiveItem;

/* Like rift_archive_reader_next, but returns (transfer full) an item. */
RiftArchiveItem *rift_archive_reader_next_item(RiftArchiveReader *r,
                                               GError **error);
/* Returns (transfer full) the item's document, or NULL with error set
 * (naming the record) if it is not one.  Thread-safe; call once. */
RiftDoc *rift_archive_item_doc(RiftArchiveItem *item, GError **error);
/* (transfer none) where the item comes from, for messages. */
const char *rift_archive_item_name(const RiftArchiveItem *item);
void rift_archive_item_free(RiftArchiveItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftArchiveItem, rift_archive_item_free)

/* Bytes of input consumed so far, as stored on disk (compressed bytes for
 * compressed inputs), for progress against the inputs' sizes. */
guint64 rift_archive_reader_bytes(RiftArchiveReader *r);
void rift_archive_reader_free(RiftArchiveReader *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RiftArchiveReader, rift_archive_reader_free)

/* Sums the sizes of the files under paths (directories walked; "-"
 * counts 0), for an ETA. */
guint64 rift_archive_inputs_size(char **paths);

G_END_DECLS

#endif
