/* model.h — the disk as a power cut would leave it: replays a log written by shim.c over
   a snapshot of the folders as they were before, and, after any number of its
   operations, writes out what was durable then. The rules are POSIX's, nothing more:
   a file's bytes survive once it was fsynced (or the whole file system synced); a name
   created, renamed or removed in a folder survives once that folder was fsynced. A file
   whose name survived but whose bytes were never synced is empty.

   A real file system may keep more than that: a journal commits names (a new folder, a
   rename) whether or not the program asked, while the bytes of files nobody synced are
   lost (the zero-length files of ext4's delayed allocation). So each crash point is
   written out two ways: DISK_SYNCED (only what was synced) and DISK_NAMES (every name as
   it was at the cut, the bytes only as synced). */
#ifndef POWERCUT_MODEL_H
#define POWERCUT_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Model Model;

typedef struct ModelOp {
  char op;         /* C W T S D R U M X A N (see shim.c) */
  char *path, *data;
  size_t len;      /* of data (the second path for R) */
  uint64_t off;
} ModelOp;

/* Reads LOG and the snapshots (snapshot[i] holds what roots[i] held before the run).
   NULL with a message on stderr when either cannot be read. */
Model *model_open(const char *log, int nroots, char *const *roots, char *const *snapshots);
int model_ops(const Model *m);
const ModelOp *model_op(const Model *m, int i);
/* Applies the next operation; false when there is none. */
bool model_step(Model *m);
typedef enum ModelDisk { DISK_SYNCED, DISK_NAMES } ModelDisk;

/* Writes what a cut now would leave, one of the two ways: roots[i] as out[i] (afresh). */
bool model_write_durable(const Model *m, ModelDisk disk, char *const *out);
/* The process's standard output up to now (its acknowledgements). */
const char *model_notes(const Model *m);
/* A number that changes whenever what that way of cutting leaves, or the notes, can
   change: crash points with equal marks leave the same disk and acknowledgements. */
uint64_t model_mark(const Model *m, ModelDisk disk);
void model_free(Model *m);

#endif
