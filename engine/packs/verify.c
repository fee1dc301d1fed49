/* verify.c — checking a pack folder from a USB stick before anything in it is used.
   Order matters: the signature first (nothing is trusted before it), then SHA256SUMS,
   then the folder (links, special files, unlisted files, limits), then every file's
   SHA-256, then pack.lua against the signed id and version. Every file is opened
   relative to one folder descriptor and never through a link, so a stick that changes
   under us cannot redirect a read outside the pack. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/fs.h"
#include "core/mem.h"
#include "packs/internal.h"

#define WALK_MAX_FOLDERS PACK_MAX_FILES     /* empty folders cost a walk too */
#define FOLDER_MAX_ENTRIES (2 * PACK_MAX_FILES + 2) /* files, folders, the signature */

/* ---- paths ------------------------------------------------------------------------- */

const char *pack_path_problem(const char *name, size_t n) {
  if (n == 0) return "empty path";
  if (name[0] == '/') return "absolute path";
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)name[i];
    if (c < 0x20 || c == 0x7F) return "control character in the path";
    if (c == '\\') return "backslash in the path";
    if (c >= 0x80) return "non-ASCII character in the path";
  }
  if (n > PACK_PATH_MAX) return "path longer than 200 characters";
  bool unnormalised = false;
  for (size_t i = 0, seg = 0; i <= n; i++) {
    if (i < n && name[i] != '/') continue;
    size_t len = i - seg;
    if (len == 2 && name[seg] == '.' && name[seg + 1] == '.') return "'..' in the path";
    if (len == 0 || (len == 1 && name[seg] == '.')) unnormalised = true;
    seg = i + 1;
  }
  if (unnormalised) return "path not written plainly (no ./, // or trailing /)";
  char copy[PACK_PATH_MAX + 1];
  memcpy(copy, name, n);
  copy[n] = '\0';
  return path_is_safe_relative(copy) ? NULL : "unsafe path";
}

/* ---- the folder -------------------------------------------------------------------- */

int pack_open_root(const char *dir, Error *err) {
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd >= 0) return fd;
  int e = errno;
  struct stat st;
  if (lstat(dir, &st) == 0 && S_ISLNK(st.st_mode))
    error_set(err, "is a link, not a folder (links are not allowed in a pack)");
  else if (e == ENOTDIR)
    error_set(err, "not a folder");
  else
    error_set(err, "cannot open the folder: %s", strerror(e));
  return -1;
}

typedef struct Walk {
  PackTree *tree;
  int nfolders;
  Error *err;
} Walk;

static bool walk_folder(Walk *w, int fd, const char *prefix, int depth);

static bool walk_entry(Walk *w, int fd, const char *prefix, const char *name, int depth) {
  char *rel = prefix ? xasprintf("%s/%s", prefix, name) : xstrdup(name);
  char shown[PACK_SHOWN_MAX];
  pack_quote(shown, sizeof shown, rel, strlen(rel));
  PackTree *t = w->tree;
  struct stat st;
  const char *problem = pack_path_problem(rel, strlen(rel));
  bool ok = true;
  if (problem) {
    ok = error_set(w->err, "%s: %s", shown, problem);
  } else if (fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
    ok = error_set(w->err, "%s: %s", shown, strerror(errno));
  } else if (S_ISLNK(st.st_mode)) {
    ok = error_set(w->err, "%s: is a symbolic link (links are not allowed in a pack)", shown);
  } else if (S_ISDIR(st.st_mode)) {
    if (depth + 1 > PACK_MAX_DEPTH)
      ok = error_set(w->err, "%s: folders nested more than %d deep", shown, PACK_MAX_DEPTH);
    else if (++w->nfolders > WALK_MAX_FOLDERS)
      ok = error_set(w->err, "%s: the pack has more than %d folders", shown, WALK_MAX_FOLDERS);
    if (ok) {
      int sub = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      struct stat now;
      if (sub < 0) {
        ok = error_set(w->err, "%s: %s", shown, strerror(errno));
      } else if (fstat(sub, &now) != 0 || now.st_dev != st.st_dev || now.st_ino != st.st_ino) {
        close(sub);
        ok = error_set(w->err, "%s: changed while the pack was being checked", shown);
      } else {
        ok = walk_folder(w, sub, rel, depth + 1);
      }
    }
  } else if (S_ISREG(st.st_mode)) {
    uint64_t size = (uint64_t)st.st_size;
    if (t->n >= PACK_MAX_FILES)
      ok = error_set(w->err, "%s: the pack has more than %d files", shown, PACK_MAX_FILES);
    else if (size > PACK_MAX_FILE_BYTES)
      ok = error_set(w->err, "%s: %llu bytes, more than the %u MiB allowed for one file", shown,
                     (unsigned long long)size, PACK_MAX_FILE_BYTES >> 20);
    else if (t->bytes + size > PACK_MAX_BYTES)
      ok = error_set(w->err, "%s: the pack is larger than the %llu MiB allowed", shown,
                     (unsigned long long)(PACK_MAX_BYTES >> 20));
    if (ok) {
      t->files[t->n++] = (PackEntry){rel, size, st.st_dev, st.st_ino};
      t->bytes += size;
      rel = NULL;
    }
  } else {
    ok = error_set(w->err, "%s: is %s (only files and folders are allowed in a pack)", shown,
                   fs_file_kind(st.st_mode));
  }
  free(rel);
  return ok;
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Takes fd. Entries are visited in name order so the first problem reported is the same
   on every kiosk, whatever order the file system lists them in. */
static bool walk_folder(Walk *w, int fd, const char *prefix, int depth) {
  DIR *d = fdopendir(fd);
  if (!d) {
    close(fd);
    return error_set(w->err, "%s: %s", prefix ? prefix : ".", strerror(errno));
  }
  char **names = NULL;
  int n = 0, cap = 0;
  bool ok = true;
  for (;;) {
    errno = 0;
    struct dirent *e = readdir(d);
    if (!e) {
      if (errno) ok = error_set(w->err, "%s: cannot read the folder: %s", prefix ? prefix : ".", strerror(errno));
      break;
    }
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    if (depth == 0 && (strcmp(e->d_name, PACK_SUMS) == 0 || strcmp(e->d_name, PACK_SIG) == 0))
      continue; /* read (never through a link) before the walk */
    if (n == FOLDER_MAX_ENTRIES) {
      ok = error_set(w->err, "%s: more than %d entries in one folder", prefix ? prefix : ".", FOLDER_MAX_ENTRIES);
      break;
    }
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      names = xrealloc(names, sizeof *names * (size_t)cap);
    }
    names[n++] = xstrdup(e->d_name);
  }
  if (ok && n > 1) qsort(names, (size_t)n, sizeof *names, compare_strings);
  for (int i = 0; ok && i < n; i++) ok = walk_entry(w, dirfd(d), prefix, names[i], depth);
  for (int i = 0; i < n; i++) free(names[i]);
  free(names);
  closedir(d);
  return ok;
}

static int compare_entries(const void *a, const void *b) {
  return strcmp(((const PackEntry *)a)->path, ((const PackEntry *)b)->path);
}

bool pack_tree_read(PackTree *tree, int root, Error *err) {
  memset(tree, 0, sizeof *tree);
  tree->files = xmalloc(sizeof *tree->files * PACK_MAX_FILES);
  /* a descriptor of its own: fdopendir reads from (and closedir closes) it */
  int fd = openat(root, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    pack_tree_free(tree);
    return error_set(err, "cannot open the folder: %s", strerror(errno));
  }
  Walk w = {tree, 0, err};
  if (!walk_folder(&w, fd, NULL, 0)) {
    pack_tree_free(tree);
    return false;
  }
  qsort(tree->files, (size_t)tree->n, sizeof *tree->files, compare_entries);
  return true;
}

void pack_tree_free(PackTree *tree) {
  for (int i = 0; i < tree->n; i++) free(tree->files[i].path);
  free(tree->files);
  memset(tree, 0, sizeof *tree);
}

/* Opens REL under root one name at a time, never through a link: O_NOFOLLOW alone
   only guards the last name. */
static int open_beneath(int root, const char *rel) {
  char *copy = xstrdup(rel);
  int fd = root;
  char *seg = copy;
  for (char *slash; (slash = strchr(seg, '/')) != NULL; seg = slash + 1) {
    *slash = '\0';
    int next = openat(fd, seg, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int saved = errno;
    if (fd != root) close(fd);
    if (next < 0) {
      free(copy);
      errno = saved;
      return -1;
    }
    fd = next;
  }
  /* O_NONBLOCK: a FIFO swapped in must not hang the kiosk before fstat refuses it */
  int file = openat(fd, seg, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  int saved = errno;
  if (fd != root) close(fd);
  free(copy);
  errno = saved;
  return file;
}

/* SHA-256 of entry e under root, refusing a file that is not the one the walk saw (a
   link or another file swapped in since, or one that grew). */
static bool hash_file(int root, const PackEntry *e, uint8_t out[32], uint8_t *buf, Error *err) {
  char shown[PACK_SHOWN_MAX];
  pack_quote(shown, sizeof shown, e->path, strlen(e->path));
  int fd = open_beneath(root, e->path);
  if (fd < 0 && (errno == ENOENT || errno == ELOOP || errno == ENOTDIR))
    return error_set(err, "%s: changed while the pack was being checked", shown); /* gone, or a link now */
  if (fd < 0) return error_set(err, "%s: %s", shown, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_dev != e->dev || st.st_ino != e->ino) {
    close(fd);
    return error_set(err, "%s: changed while the pack was being checked", shown);
  }
  posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  crypto_hash_sha256_state h;
  crypto_hash_sha256_init(&h);
  uint64_t total = 0;
  for (;;) {
    ssize_t r = read(fd, buf, PACK_HASH_BUFFER);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      int saved = errno;
      close(fd);
      return error_set(err, "%s: read failed: %s", shown, strerror(saved));
    }
    if (r == 0) break;
    total += (uint64_t)r;
    if (total > e->size) break; /* grown since the walk: the limits no longer hold */
    crypto_hash_sha256_update(&h, buf, (unsigned long long)r);
  }
  close(fd);
  if (total != e->size) return error_set(err, "%s: changed while the pack was being checked", shown);
  crypto_hash_sha256_final(&h, out);
  return true;
}

/* Files are hashed by a few threads at once: SHA-256 in C runs at about the speed a
   USB 3 stick reads, so on a 4-core Pi one core would be the bottleneck. */
#define HASH_THREADS_MAX 4
#define HASH_PARALLEL_MIN (8u << 20) /* below this, threads cost more than they save */

typedef struct HashJob {
  int root;
  const PackTree *tree;
  uint8_t (*sums)[32];
  pthread_mutex_t lock;
  int next;   /* the next file to hand out */
  int failed; /* the lowest index that failed, or tree->n */
  Error err;  /* its message */
} HashJob;

static void *hash_worker(void *arg) {
  HashJob *j = arg;
  uint8_t *buf = xmalloc(PACK_HASH_BUFFER);
  for (;;) {
    pthread_mutex_lock(&j->lock);
    /* files before a failure are still hashed, so the one reported is the first in
       path order, as if hashed one by one */
    int i = j->next < j->failed ? j->next++ : -1;
    pthread_mutex_unlock(&j->lock);
    if (i < 0) break;
    Error e;
    if (!hash_file(j->root, &j->tree->files[i], j->sums[i], buf, &e)) {
      pthread_mutex_lock(&j->lock);
      if (i < j->failed) {
        j->failed = i;
        j->err = e;
      }
      pthread_mutex_unlock(&j->lock);
    }
  }
  free(buf);
  return NULL;
}

bool pack_hash_tree(int root, const PackTree *tree, uint8_t (*sums)[32], Error *err) {
  HashJob j = {.root = root, .tree = tree, .sums = sums, .failed = tree->n};
  pthread_mutex_init(&j.lock, NULL);
  cpu_set_t cpus; /* the cores this process may use (systemd's CPUAffinity=, a cgroup) */
  int ncpus = sched_getaffinity(0, sizeof cpus, &cpus) == 0 ? CPU_COUNT(&cpus) : 1;
  int nthreads = tree->bytes < HASH_PARALLEL_MIN ? 1 : ncpus;
  if (nthreads > HASH_THREADS_MAX) nthreads = HASH_THREADS_MAX;
  if (nthreads > tree->n) nthreads = tree->n;
  if (nthreads < 1) nthreads = 1;
  pthread_t threads[HASH_THREADS_MAX];
  int started = 0;
  for (int i = 1; i < nthreads; i++) /* this thread is the first worker */
    if (pthread_create(&threads[started], NULL, hash_worker, &j) == 0) started++;
  hash_worker(&j);
  for (int i = 0; i < started; i++) pthread_join(threads[i], NULL);
  pthread_mutex_destroy(&j.lock);
  if (j.failed < tree->n) {
    if (err) *err = j.err;
    return false;
  }
  return true;
}

/* ---- verification ------------------------------------------------------------------ */

/* A whole regular file under root (not through a link) of at most max bytes; when it
   does not exist, err says "NAME: MISSING". */
static char *read_at(int root, const char *name, size_t max, size_t *len, const char *missing, Error *err) {
  int fd = openat(root, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) error_set(err, "%s: %s", name, missing);
    else if (errno == ELOOP) error_set(err, "%s: is a symbolic link (links are not allowed in a pack)", name);
    else error_set(err, "%s: %s", name, strerror(errno));
    return NULL;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    error_set(err, "%s: not a regular file", name);
    return NULL;
  }
  if ((uint64_t)st.st_size > max) {
    close(fd);
    error_set(err, "%s: %llu bytes, more than the %zu allowed", name, (unsigned long long)st.st_size, max);
    return NULL;
  }
  char *data = xmalloc(max + 2);
  size_t n = 0;
  for (;;) {
    ssize_t r = read(fd, data + n, max + 1 - n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      error_set(err, "%s: read failed: %s", name, strerror(errno));
      n = max + 2;
      break;
    }
    if (r == 0) break;
    n += (size_t)r;
    if (n > max) {
      error_set(err, "%s: grew past the %zu bytes allowed", name, max);
      break;
    }
  }
  close(fd);
  if (n > max) {
    free(data);
    return NULL;
  }
  data[n] = '\0';
  *len = n;
  return data;
}

typedef struct Check {
  const char *dir;
  int root;
  const TrustedKeys *keys;
  char *sums;        /* SHA256SUMS as signed: parsed from these very bytes */
  size_t sums_len;
  const TrustedKey *signer;
  char *id, *version;
  PackFile *files;
  int nfiles;
  PackTree tree;
  PackInfo *info;
} Check;

static bool check_signature(Check *c, Error *err) {
  size_t len = 0;
  char *text = read_at(c->root, PACK_SIG, PACK_MAX_SIG_BYTES, &len, "missing (the pack is not signed)", err);
  if (!text) return false;
  PackSignature *sig = xmalloc(sizeof *sig);
  bool ok = pack_sig_parse(sig, text, len, err);
  free(text);
  if (!ok) error_prefix(err, PACK_SIG);
  if (ok && sig->alg[1] == 'd')
    ok = error_set(err, PACK_SIG ": legacy signature (minisign -l): sign again without -l");
  for (int i = 0; ok && c->keys && !c->signer && i < c->keys->n; i++)
    if (memcmp(c->keys->keys[i].id, sig->key_id, sizeof sig->key_id) == 0) c->signer = &c->keys->keys[i];
  if (ok && !c->signer) {
    char hex[17];
    keys_id_hex(sig->key_id, hex);
    ok = error_set(err, PACK_SIG ": signed by key %s that this kiosk does not trust", hex);
  }
  if (ok) c->sums = read_at(c->root, PACK_SUMS, PACK_MAX_MANIFEST_BYTES, &c->sums_len, "missing", err);
  ok = ok && c->sums;
  if (ok) {
    uint8_t hash[crypto_generichash_BYTES_MAX];
    crypto_generichash(hash, sizeof hash, (const uint8_t *)c->sums, c->sums_len, NULL, 0);
    if (crypto_sign_verify_detached(sig->sig, hash, sizeof hash, c->signer->pk) != 0)
      ok = error_set(err, PACK_SUMS ": does not match its signature (changed after signing?)");
  }
  if (ok) {
    uint8_t *signed_text = xmalloc(sizeof sig->sig + sig->comment_len);
    memcpy(signed_text, sig->sig, sizeof sig->sig);
    memcpy(signed_text + sizeof sig->sig, sig->comment, sig->comment_len);
    if (crypto_sign_verify_detached(sig->global_sig, signed_text, sizeof sig->sig + sig->comment_len,
                                    c->signer->pk) != 0)
      ok = error_set(err, PACK_SIG ": the trusted comment does not match its signature (edited after signing?)");
    free(signed_text);
  }
  if (ok && !pack_comment_parse(sig->comment, sig->comment_len, &c->id, &c->version, err))
    ok = error_prefix(err, PACK_SIG);
  free(sig);
  return ok;
}

/* Every file found is listed and every listed file is found: both lists are sorted. */
static bool check_listing(Check *c, Error *err) {
  char shown[PACK_SHOWN_MAX];
  int i = 0, j = 0;
  while (i < c->nfiles || j < c->tree.n) {
    int cmp = i == c->nfiles ? 1 : j == c->tree.n ? -1 : strcmp(c->files[i].path, c->tree.files[j].path);
    if (cmp == 0) {
      c->files[i++].size = c->tree.files[j++].size;
      continue;
    }
    const char *path = cmp < 0 ? c->files[i].path : c->tree.files[j].path;
    pack_quote(shown, sizeof shown, path, strlen(path));
    if (cmp > 0) return error_set(err, "%s: not listed in " PACK_SUMS, shown);
    struct stat st;
    if (fstatat(c->root, path, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode))
      return error_set(err, "%s: listed in " PACK_SUMS " but is a folder", shown);
    return error_set(err, "%s: listed in " PACK_SUMS " but missing", shown);
  }
  return true;
}

static bool check_hashes(Check *c, Error *err) {
  uint8_t (*sums)[32] = xmalloc(sizeof *sums * (size_t)(c->nfiles > 0 ? c->nfiles : 1));
  bool ok = pack_hash_tree(c->root, &c->tree, sums, err);
  for (int i = 0; ok && i < c->nfiles; i++)
    if (memcmp(sums[i], c->files[i].sha256, sizeof sums[i]) != 0) {
      char shown[PACK_SHOWN_MAX];
      pack_quote(shown, sizeof shown, c->files[i].path, strlen(c->files[i].path));
      ok = error_set(err, "%s: changed after signing (its SHA-256 is not the one in " PACK_SUMS ")", shown);
    }
  free(sums);
  return ok;
}

void pack_strip_dir(Error *err, const char *dir) {
  if (!err) return;
  size_t n = strlen(dir);
  if (strncmp(err->msg, dir, n) == 0 && err->msg[n] == '/')
    memmove(err->msg, err->msg + n + 1, strlen(err->msg + n + 1) + 1);
}

static bool check_pack_lua(Check *c, Error *err) {
  c->info = pack_info_load(c->dir, err);
  if (!c->info) {
    pack_strip_dir(err, c->dir);
    return false;
  }
  PackInfo *p = c->info;
  if (strcmp(p->id, c->id) != 0)
    return error_set(err, "pack.lua says id %s but the signature says %s", p->id, c->id);
  if (strcmp(p->version, c->version) != 0)
    return error_set(err, "pack.lua says version %s but the signature says %s", p->version, c->version);
  if (version_compare(p->min_engine, KIOSK_VERSION) > 0)
    return error_set(err, "pack.lua: needs kiosk %s or newer (this is %s)", p->min_engine, KIOSK_VERSION);
  return true;
}

Pack *pack_verify(const char *dir, const TrustedKeys *keys, Error *err) {
  Error local;
  if (!err) err = &local; /* the steps read the message back */
  char shown[PACK_SHOWN_MAX];
  pack_quote(shown, sizeof shown, dir, strlen(dir));
  if (sodium_init() < 0) {
    error_set(err, "pack %s: libsodium cannot start", shown);
    return NULL;
  }
  Check c = {.dir = dir, .keys = keys};
  c.root = pack_open_root(dir, err);
  bool ok = c.root >= 0 && check_signature(&c, err);
  if (ok && !pack_sums_parse(c.sums, c.sums_len, &c.files, &c.nfiles, err)) ok = error_prefix(err, PACK_SUMS);
  ok = ok && pack_tree_read(&c.tree, c.root, err) && check_listing(&c, err) && check_hashes(&c, err) &&
       check_pack_lua(&c, err);
  Pack *pack = NULL;
  if (ok) {
    pack = xcalloc(1, sizeof *pack);
    pack->dir = xstrdup(dir);
    pack->info = c.info;
    pack->id = c.id;
    pack->version = c.version;
    /* staff recognise a key by its file name; the id is what minisign prints */
    if (c.signer->path[0])
      snprintf(pack->signer, sizeof pack->signer, "%s (%s)", path_basename(c.signer->path), c.signer->id_hex);
    else
      snprintf(pack->signer, sizeof pack->signer, "%s", c.signer->id_hex);
    pack->files = c.files;
    pack->nfiles = c.nfiles;
    for (int i = 0; i < c.nfiles; i++) pack->bytes += c.files[i].size;
  } else {
    error_prefix(err, "pack %s", shown);
    pack_info_free(c.info);
    free(c.id);
    free(c.version);
    pack_files_free(c.files, c.nfiles);
  }
  if (c.root >= 0) close(c.root);
  free(c.sums);
  pack_tree_free(&c.tree);
  return pack;
}

void pack_free(Pack *pack) {
  if (!pack) return;
  free(pack->dir);
  pack_info_free(pack->info);
  free(pack->id);
  free(pack->version);
  pack_files_free(pack->files, pack->nfiles);
  free(pack);
}
