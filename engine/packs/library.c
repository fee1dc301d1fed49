/* library.c — the packs the kiosk can play. */
#include "packs/packs.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_pack(Library *lib, const char *dir, bool bundled) {
  if (lib->npacks == LIBRARY_MAX_PACKS) {
    fprintf(stderr, "kiosk: %s: ignored, more than %d packs\n", dir, LIBRARY_MAX_PACKS);
    return;
  }
  LibraryPack *p = &lib->packs[lib->npacks++];
  p->dir = xstrdup(dir);
  p->bundled = bundled;
  Error err;
  p->info = pack_info_load(dir, &err);
  if (!p->info) {
    p->problem = xstrdup(err.msg);
  } else if (version_compare(p->info->min_engine, KIOSK_VERSION) > 0) {
    p->problem = xasprintf("%s: needs kiosk %s or newer (this is %s)", dir, p->info->min_engine,
                           KIOSK_VERSION);
  } else {
    for (int i = 0; i < p->info->nlessons && !p->problem; i++)
      if (!library_lesson_ok(p, &p->info->lessons[i]))
        p->problem = xasprintf("%s: lesson file %s is missing", dir, p->info->lessons[i].file);
  }
  if (p->problem) fprintf(stderr, "kiosk: pack %s\n", p->problem);
}

Library *library_open(const char *bundled_dir, Error *err) {
  Library *lib = xcalloc(1, sizeof *lib);
  DIR *d = opendir(bundled_dir);
  if (!d) {
    error_set(err, "%s: cannot read the lesson folder", bundled_dir);
    return lib; /* an empty library: the kiosk still starts */
  }
  char *names[LIBRARY_MAX_PACKS * 2];
  int n = 0;
  for (struct dirent *e; (e = readdir(d)) && n < LIBRARY_MAX_PACKS * 2;) {
    if (e->d_name[0] == '.') continue;
    char *dir = path_join(bundled_dir, e->d_name);
    char *manifest = path_join(dir, "pack.lua");
    if (fs_is_file(manifest)) names[n++] = xstrdup(dir);
    free(manifest);
    free(dir);
  }
  closedir(d);
  qsort(names, (size_t)n, sizeof names[0], compare_names); /* a stable menu order */
  for (int i = 0; i < n; i++) {
    add_pack(lib, names[i], true);
    free(names[i]);
  }
  return lib;
}

bool library_lesson_ok(const LibraryPack *pack, const PackLesson *lesson) {
  char *path = path_join(pack->dir, lesson->file);
  bool ok = fs_is_file(path);
  free(path);
  return ok;
}

void library_free(Library *lib) {
  if (!lib) return;
  for (int i = 0; i < lib->npacks; i++) {
    free(lib->packs[i].dir);
    free(lib->packs[i].problem);
    pack_info_free(lib->packs[i].info);
  }
  free(lib);
}
