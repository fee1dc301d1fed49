/* library.c — the packs the kiosk can play. */
#include "packs/packs.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* False when the library is full (the pack is left out, and the log says so). */
static bool add_pack(Library *lib, const char *dir, bool bundled, const Log *log) {
  if (lib->npacks == LIBRARY_MAX_PACKS) {
    log_printf(log, "pack %s: ignored, more than %d packs", dir, LIBRARY_MAX_PACKS);
    return false;
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
  if (p->problem) log_printf(log, "pack %s", p->problem);
  return true;
}

/* Installed packs replace bundled ones with the same id: installing a newer core
   pack from a stick must win over the one that shipped. */
static void drop_replaced_bundled(Library *lib) {
  for (int i = 0; i < lib->npacks; i++) {
    LibraryPack *b = &lib->packs[i];
    if (!b->bundled || !b->info) continue;
    bool replaced = false;
    for (int k = 0; k < lib->npacks; k++)
      if (!lib->packs[k].bundled && lib->packs[k].info && strcmp(lib->packs[k].info->id, b->info->id) == 0)
        replaced = true;
    if (!replaced) continue;
    free(b->dir);
    free(b->problem);
    pack_info_free(b->info);
    memmove(b, b + 1, sizeof *b * (size_t)(lib->npacks - i - 1));
    lib->npacks--;
    i--;
  }
}

static void add_installed(Library *lib, const char *data_dir, const Log *log) {
  PackState st;
  Error err;
  if (!pack_state_load(&st, data_dir, &err)) {
    log_printf(log, "installed packs: %s", err.msg);
    return;
  }
  for (int i = 0; i < st.n; i++) {
    char *dir = pack_installed_dir(data_dir, st.packs[i].id, st.packs[i].active);
    if (add_pack(lib, dir, false, log)) lib->packs[lib->npacks - 1].disabled = st.packs[i].disabled;
    free(dir);
  }
  drop_replaced_bundled(lib);
}

Library *library_open(const char *bundled_dir, const char *data_dir, const Log *log, Error *err) {
  Library *lib = xcalloc(1, sizeof *lib);
  DIR *d = opendir(bundled_dir);
  if (!d) {
    error_set(err, "%s: cannot read the lesson folder", bundled_dir);
    if (data_dir) add_installed(lib, data_dir, log);
    return lib; /* an empty library: the kiosk still starts */
  }
  char *names[LIBRARY_MAX_PACKS * 2] = {NULL};
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
    add_pack(lib, names[i], true, log);
    free(names[i]);
  }
  if (data_dir) add_installed(lib, data_dir, log);
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

char *pack_describe(const Pack *pack) {
  char langs[PACK_MAX_LANGUAGES * 9] = "";
  for (int i = 0; pack->info && i < pack->info->nlanguages; i++)
    snprintf(langs + strlen(langs), sizeof langs - strlen(langs), "%s%s", i ? " " : "", pack->info->languages[i]);
  int n = pack->info ? pack->info->nlessons : 0;
  return xasprintf("%s %s: %d lesson%s in %s, signed by %s, all %d files OK", pack->id, pack->version, n,
                   n == 1 ? "" : "s", langs, pack->signer, pack->nfiles);
}
