/* fs.h — files and paths: bounded reads, atomic writes that survive a power cut. */
#ifndef CORE_FS_H
#define CORE_FS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/error.h"

/* Opens PATH for reading only when it is a regular file (not a link, FIFO, device,
   socket or folder), without ever blocking on one: a FIFO named pack.lua must not hang
   the kiosk. Returns the descriptor (blocking reads) or -1 with err naming the kind. */
int fs_open_regular(const char *path, Error *err);
/* "a FIFO", "a folder", "a socket"...: what a st_mode names, for messages. */
const char *fs_file_kind(unsigned mode);

/* Reads a whole regular file of at most max bytes; returns a NUL-terminated copy (caller
   frees) and its length in *len (may be NULL). NULL with err filled on any failure. */
char *fs_read_file(const char *path, size_t max, size_t *len, Error *err);

/* Writes data to PATH.tmp, fsyncs it, renames it over PATH and fsyncs the folder, so a
   power cut leaves either the old file or the new one. */
bool fs_write_atomic(const char *path, const void *data, size_t len, Error *err);
/* The same, the file with this mode (e.g. 0600 for one that holds a secret's hash),
   whatever the umask and whatever an old PATH.tmp had. fs_write_atomic uses 0644. */
bool fs_write_atomic_mode(const char *path, const void *data, size_t len, unsigned mode,
                          Error *err);

bool fs_mkdirs(const char *path, Error *err); /* mkdir -p */
/* rm -rf: removes a folder tree without following links. False if anything stayed. */
bool fs_remove_tree(const char *path);
/* fsync a folder, so a rename or a new file in it survives a power cut. */
bool fs_sync_dir(const char *dir, Error *err);
bool fs_is_dir(const char *path);
/* True when the fstab file lists dir as a mount point but no file system is mounted on
   it now (a data partition that is missing or failed): the folder is then the empty one
   underneath, and what is written there is not where it should be. */
bool fs_mount_missing(const char *dir, const char *fstab);
bool fs_is_file(const char *path);
bool fs_exists(const char *path); /* anything by that name, a dangling link included */

char *path_join(const char *a, const char *b);   /* caller frees */
char *path_dirname(const char *path);            /* "a/b/c.lua" -> "a/b"; caller frees */
const char *path_basename(const char *path);     /* pointer into path */
/* True for a safe pack-relative name: non-empty, relative, '/'-separated, no empty,
   "." or ".." segment, no backslash, no control or non-ASCII characters, bounded length. */
bool path_is_safe_relative(const char *name);

#endif
