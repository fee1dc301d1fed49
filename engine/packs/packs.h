/* packs.h — lesson packs: the library of packs the kiosk can play (bundled with the
   software, and installed from USB into the data folder), each with its metadata or
   the reason it cannot be used. */
#ifndef PACKS_PACKS_H
#define PACKS_PACKS_H

#include <stdbool.h>

#include "core/error.h"
#include "lesson/lesson.h"

#define LIBRARY_MAX_PACKS 32 /* a community centre has a handful */

typedef struct LibraryPack {
  char *dir;
  PackInfo *info; /* NULL when the pack cannot be read */
  char *problem;  /* for staff: why it (or one of its lessons) cannot be used, or NULL */
  bool bundled;   /* shipped with the software (trusted as installed) */
} LibraryPack;

typedef struct Library {
  LibraryPack packs[LIBRARY_MAX_PACKS];
  int npacks;
} Library;

/* Lists the packs in bundled_dir (each sub-folder with a pack.lua). Broken packs are
   listed with their problem rather than left out, so staff can see them. */
Library *library_open(const char *bundled_dir, Error *err);
/* True if the lesson's file is present (a missing file makes it unavailable). */
bool library_lesson_ok(const LibraryPack *pack, const PackLesson *lesson);
void library_free(Library *lib);

#endif
