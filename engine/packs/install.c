/* install.c — installing a verified pack into the data folder, atomically.

   DATA/packs/<id>@<version>/   each installed version, a complete verified copy
   DATA/packs/state.lua         which version is active, which was before, the highest
                                ever installed, and whether staff disabled the pack
   DATA/packs/.staging-*        a copy in progress (removed at start-up if left over)
   DATA/packs/.trash-*          an old copy being removed

   A version becomes active only when state.lua is replaced (write a temporary file,
   fsync, rename, fsync the folder), after its folder is complete and synced: a pulled
   stick, a full disk or a power cut at any moment leaves the old pack or the new one. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/fs.h"
#include "core/mem.h"
#include "packs/packs.h"

#define COPY_CHUNK (1u << 20) /* big reads: a USB stick is slow per request, not per byte */
#define STATE_MAX_BYTES (64u << 10)
#define STATE_FILE "state.lua"

/* ---- the state file --------------------------------------------------------------- */

static char *packs_dir(const char *data_dir) { return path_join(data_dir, "packs"); }

static bool copy_field(char *dst, size_t size, const char *src) {
  if (!src || strlen(src) >= size) return false;
  memcpy(dst, src, strlen(src) + 1);
  return true;
}

bool pack_state_load(PackState *st, const char *data_dir, Error *err) {
  memset(st, 0, sizeof *st);
  char *dir = packs_dir(data_dir);
  char *path = path_join(dir, STATE_FILE);
  free(dir);
  if (!fs_is_file(path)) {
    free(path);
    return true; /* nothing installed yet */
  }
  DataValue *root = data_load(path, STATE_MAX_BYTES, err);
  bool ok = root != NULL;
  for (int i = 1; ok && i <= data_count(root) && st->n < LIBRARY_MAX_PACKS; i++) {
    const DataValue *e = data_item(root, i);
    InstalledPack *p = &st->packs[st->n];
    bool disabled = false;
    data_boolean(data_field(e, "disabled"), &disabled);
    const char *prev = data_string(data_field(e, "previous"));
    if (!copy_field(p->id, sizeof p->id, data_string(data_field(e, "id"))) ||
        !copy_field(p->active, sizeof p->active, data_string(data_field(e, "active"))) ||
        !copy_field(p->highest, sizeof p->highest, data_string(data_field(e, "highest"))) ||
        !copy_field(p->previous, sizeof p->previous, prev ? prev : "") ||
        !version_valid(p->active) || !version_valid(p->highest)) {
      ok = error_set(err, "%s: entry %d is damaged", path, i);
      break;
    }
    p->disabled = disabled;
    st->n++;
  }
  data_free(root);
  free(path);
  return ok;
}

const InstalledPack *pack_state_find(const PackState *st, const char *id) {
  for (int i = 0; i < st->n; i++)
    if (strcmp(st->packs[i].id, id) == 0) return &st->packs[i];
  return NULL;
}

static bool state_save(const PackState *st, const char *data_dir, Error *err) {
  Buf b = {0};
  buf_adds(&b, "-- Lesson packs installed on this kiosk: the active version of each, the one\n"
               "-- before it (for rollback) and the highest ever installed (a pack older than\n"
               "-- that is refused). Written by the kiosk; change it from the staff menu.\n"
               "return {\n");
  for (int i = 0; i < st->n; i++) {
    const InstalledPack *p = &st->packs[i];
    /* ids and versions are checked names and numbers: no quoting issue */
    buf_printf(&b, "  { id = \"%s\", active = \"%s\", previous = \"%s\", highest = \"%s\", disabled = %s },\n",
               p->id, p->active, p->previous, p->highest, p->disabled ? "true" : "false");
  }
  buf_adds(&b, "}\n");
  char *dir = packs_dir(data_dir);
  char *path = path_join(dir, STATE_FILE);
  bool ok = fs_mkdirs(dir, err) && fs_write_atomic(path, b.data, b.len, err);
  free(path);
  free(dir);
  buf_free(&b);
  return ok;
}

char *pack_installed_dir(const char *data_dir, const char *id, const char *version) {
  char *dir = packs_dir(data_dir);
  char *name = xasprintf("%s@%s", id, version);
  char *path = path_join(dir, name);
  free(name);
  free(dir);
  return path;
}

/* ---- copying ---------------------------------------------------------------------- */

typedef struct Copy {
  const char *src_dir, *dst_dir;
  PackProgress progress;
  void *ud;
  uint64_t done, total;
  unsigned char *buf;
} Copy;

static bool make_parents(const char *dst_dir, const char *rel, Error *err) {
  char *path = path_join(dst_dir, rel);
  char *parent = path_dirname(path);
  bool ok = fs_mkdirs(parent, err);
  free(parent);
  free(path);
  return ok;
}

/* Copies one file, hashing what it writes: the bytes in the staging copy must be the
   ones the manifest lists, whatever the stick does meanwhile. */
static bool copy_file(Copy *c, const char *rel, const uint8_t *expect, Error *err) {
  if (!make_parents(c->dst_dir, rel, err)) return false;
  char *src = path_join(c->src_dir, rel), *dst = path_join(c->dst_dir, rel);
  bool ok = false;
  Error why;
  int in = fs_open_regular(src, &why); /* the stick may have changed since it was verified */
  int out = in < 0 ? -1 : open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (in < 0) {
    error_set(err, "%s: cannot read it from the stick: %s", rel, why.msg);
    goto done;
  }
  if (out < 0) {
    error_set(err, "%s: cannot write it to the kiosk: %s", rel, strerror(errno));
    goto done;
  }
  crypto_hash_sha256_state h;
  crypto_hash_sha256_init(&h);
  for (;;) {
    ssize_t r = read(in, c->buf, COPY_CHUNK);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      error_set(err, "%s: the stick stopped answering (%s): was it pulled out?", rel, strerror(errno));
      goto done;
    }
    if (r == 0) break;
    crypto_hash_sha256_update(&h, c->buf, (unsigned long long)r);
    for (ssize_t off = 0; off < r;) {
      ssize_t w = write(out, c->buf + off, (size_t)(r - off));
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) {
        error_set(err, "%s: cannot write it to the kiosk: %s", rel,
                  errno == ENOSPC ? "the kiosk's storage is full" : strerror(errno));
        goto done;
      }
      off += w;
    }
    c->done += (uint64_t)r;
    if (c->progress && !c->progress(c->ud, c->done, c->total)) {
      error_set(err, "the installation was cancelled");
      goto done;
    }
  }
  if (fsync(out) != 0) {
    error_set(err, "%s: cannot save it: %s", rel, errno == ENOSPC ? "the kiosk's storage is full" : strerror(errno));
    goto done;
  }
  if (expect) {
    uint8_t got[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&h, got);
    if (sodium_memcmp(got, expect, sizeof got) != 0) {
      error_set(err, "%s: changed on the stick while it was copied", rel);
      goto done;
    }
  }
  ok = true;
done:
  if (in >= 0) close(in);
  if (out >= 0 && close(out) != 0 && ok) ok = error_set(err, "%s: cannot save it: %s", rel, strerror(errno));
  free(src);
  free(dst);
  return ok;
}

/* fsync every folder of the copy, deepest first, so the files' names are on disk. */
static bool sync_tree(const char *dir, int depth, Error *err) {
  if (depth > PACK_MAX_DEPTH + 1) return true;
  DIR *d = opendir(dir);
  if (!d) return error_set(err, "%s: %s", dir, strerror(errno));
  bool ok = true;
  for (struct dirent *e; ok && (e = readdir(d));) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    char *path = path_join(dir, e->d_name);
    struct stat st;
    if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) ok = sync_tree(path, depth + 1, err);
    free(path);
  }
  closedir(d);
  return ok && fs_sync_dir(dir, err);
}

static char *make_temp_dir(const char *parent, const char *prefix, Error *err) {
  char *tmpl = xasprintf("%s/%sXXXXXX", parent, prefix);
  if (!mkdtemp(tmpl)) {
    error_set(err, "%s: cannot make a staging folder: %s", parent,
              errno == ENOSPC ? "the kiosk's storage is full" : strerror(errno));
    free(tmpl);
    return NULL;
  }
  return tmpl;
}

/* ---- installing --------------------------------------------------------------------- */

static bool check_version(const PackState *st, const Pack *pack, Error *err) {
  const InstalledPack *ip = pack_state_find(st, pack->id);
  if (!ip) return true;
  if (version_compare(pack->version, ip->active) <= 0)
    return error_set(err, "pack %s %s: not newer than the installed version %s", pack->id, pack->version, ip->active);
  if (version_compare(pack->version, ip->highest) < 0)
    return error_set(err, "pack %s %s: older than version %s installed before (a downgrade is refused)",
                     pack->id, pack->version, ip->highest);
  return true;
}

/* Removes installed copies of id that are neither active nor previous. */
static void prune(const char *data_dir, const InstalledPack *ip) {
  char *dir = packs_dir(data_dir);
  DIR *d = opendir(dir);
  if (d) {
    size_t n = strlen(ip->id);
    for (struct dirent *e; (e = readdir(d));) {
      if (strncmp(e->d_name, ip->id, n) != 0 || e->d_name[n] != '@') continue;
      const char *v = e->d_name + n + 1;
      if (strcmp(v, ip->active) == 0 || strcmp(v, ip->previous) == 0) continue;
      char *path = path_join(dir, e->d_name);
      fs_remove_tree(path);
      free(path);
    }
    closedir(d);
  }
  free(dir);
}

bool pack_install(const Pack *pack, const TrustedKeys *keys, const char *data_dir,
                  PackProgress progress, void *ud, Error *err) {
  PackState st;
  if (!pack_state_load(&st, data_dir, err) || !check_version(&st, pack, err)) return false;
  if (!pack_state_find(&st, pack->id) && st.n == LIBRARY_MAX_PACKS)
    return error_set(err, "pack %s: the kiosk already holds %d packs", pack->id, LIBRARY_MAX_PACKS);
  char *dir = packs_dir(data_dir);
  char *staging = NULL, *target = NULL, *trash = NULL;
  Pack *again = NULL;
  bool ok = false;
  if (!fs_mkdirs(dir, err) || !(staging = make_temp_dir(dir, ".staging-", err))) goto done;

  Copy c = {pack->dir, staging, progress, ud, 0, pack->bytes, xmalloc(COPY_CHUNK)};
  for (int i = 0; i < pack->nfiles; i++)
    if (!copy_file(&c, pack->files[i].path, pack->files[i].sha256, err)) {
      free(c.buf);
      goto done;
    }
  bool sums = copy_file(&c, PACK_SUMS, NULL, err) && copy_file(&c, PACK_SIG, NULL, err);
  free(c.buf);
  if (!sums || !sync_tree(staging, 0, err)) goto done;

  /* the copy is checked as if it were a new stick: signature, every hash, no extras */
  again = pack_verify(staging, keys, err);
  if (!again) goto done;
  if (strcmp(again->id, pack->id) != 0 || strcmp(again->version, pack->version) != 0) {
    error_set(err, "pack %s: the stick changed while it was copied", pack->id);
    goto done;
  }

  target = pack_installed_dir(data_dir, pack->id, pack->version);
  if (fs_is_dir(target)) { /* this version was kept for rollback: replace it */
    if (!(trash = make_temp_dir(dir, ".trash-", err))) goto done;
    char *old = path_join(trash, "old");
    int rc = rename(target, old);
    free(old);
    if (rc != 0) {
      error_set(err, "%s: %s", target, strerror(errno));
      goto done;
    }
  }
  if (rename(staging, target) != 0) {
    error_set(err, "%s: cannot move the new pack into place: %s", target, strerror(errno));
    goto done;
  }
  free(staging);
  staging = NULL;
  if (!fs_sync_dir(dir, err)) goto done;

  InstalledPack *ip = (InstalledPack *)pack_state_find(&st, pack->id);
  if (!ip) {
    ip = &st.packs[st.n++];
    memset(ip, 0, sizeof *ip);
    copy_field(ip->id, sizeof ip->id, pack->id);
    copy_field(ip->highest, sizeof ip->highest, pack->version);
  } else {
    copy_field(ip->previous, sizeof ip->previous, ip->active);
  }
  copy_field(ip->active, sizeof ip->active, pack->version);
  if (version_compare(pack->version, ip->highest) > 0) copy_field(ip->highest, sizeof ip->highest, pack->version);
  if (!state_save(&st, data_dir, err)) goto done; /* the switch: one rename */
  prune(data_dir, ip);
  ok = true;
done:
  if (staging) fs_remove_tree(staging);
  if (trash) fs_remove_tree(trash);
  pack_free(again);
  free(staging);
  free(target);
  free(trash);
  free(dir);
  return ok;
}

/* ---- rollback, disable, cleanup -------------------------------------------------------- */

bool pack_rollback(const char *data_dir, const char *id, Error *err) {
  PackState st;
  if (!pack_state_load(&st, data_dir, err)) return false;
  InstalledPack *ip = (InstalledPack *)pack_state_find(&st, id);
  if (!ip) return error_set(err, "pack %s is not installed", id);
  if (!ip->previous[0]) return error_set(err, "pack %s: there is no earlier version to go back to", id);
  char *prev = pack_installed_dir(data_dir, id, ip->previous);
  bool there = fs_is_dir(prev);
  free(prev);
  if (!there) return error_set(err, "pack %s: version %s is no longer on the kiosk", id, ip->previous);
  char swap[sizeof ip->active];
  memcpy(swap, ip->active, sizeof swap);
  memcpy(ip->active, ip->previous, sizeof swap);
  memcpy(ip->previous, swap, sizeof swap); /* keep the newer one: rolling forward is a re-install */
  return state_save(&st, data_dir, err);
}

bool pack_set_disabled(const char *data_dir, const char *id, bool disabled, Error *err) {
  PackState st;
  if (!pack_state_load(&st, data_dir, err)) return false;
  InstalledPack *ip = (InstalledPack *)pack_state_find(&st, id);
  if (!ip) return error_set(err, "pack %s is not installed", id);
  ip->disabled = disabled;
  return state_save(&st, data_dir, err);
}

void pack_cleanup(const char *data_dir) {
  char *dir = packs_dir(data_dir);
  DIR *d = opendir(dir);
  if (d) {
    for (struct dirent *e; (e = readdir(d));)
      if (strncmp(e->d_name, ".staging-", 9) == 0 || strncmp(e->d_name, ".trash-", 7) == 0) {
        char *path = path_join(dir, e->d_name);
        fs_remove_tree(path);
        free(path);
      }
    closedir(d);
  }
  free(dir);
}
