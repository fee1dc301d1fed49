/* fs.c — bounded reads, atomic writes. */
#include "core/fs.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <mntent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/mem.h"

#define PATH_SAFE_MAX 200 /* pack-relative names stay short and printable */

const char *fs_file_kind(unsigned mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "a special file";
}

int fs_open_regular(const char *path, Error *err) {
  /* O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, for ever */
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) {
    int e = errno;
    struct stat st;
    bool seen = lstat(path, &st) == 0;
    if (seen && S_ISLNK(st.st_mode))
      error_set(err, "%s: is a symbolic link, not a regular file", path);
    else if (seen && !S_ISREG(st.st_mode)) /* a socket cannot be opened at all (ENXIO) */
      error_set(err, "%s: not a regular file (%s)", path, fs_file_kind(st.st_mode));
    else
      error_set(err, "%s: %s", path, strerror(e));
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    error_set(err, "%s: not a regular file (%s)", path, fs_file_kind(st.st_mode));
    close(fd);
    return -1;
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
    error_set(err, "%s: %s", path, strerror(errno));
    close(fd);
    return -1;
  }
  return fd;
}

char *fs_read_file(const char *path, size_t max, size_t *len, Error *err) {
  int fd = fs_open_regular(path, err);
  if (fd < 0) return NULL;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    error_set(err, "%s: %s", path, strerror(errno));
    close(fd);
    return NULL;
  }
  if ((size_t)st.st_size > max) {
    error_set(err, "%s: too large (%lld bytes, limit %zu)", path, (long long)st.st_size, max);
    close(fd);
    return NULL;
  }
  /* read until EOF rather than trusting st_size: the file may change under us */
  size_t cap = (size_t)st.st_size + 1, n = 0;
  char *data = xmalloc(cap + 1);
  for (;;) {
    if (n == cap) {
      if (cap > max) break;
      cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
      data = xrealloc(data, cap + 1);
    }
    ssize_t r = read(fd, data + n, cap - n);
    if (r < 0) {
      if (errno == EINTR) continue;
      error_set(err, "%s: read failed: %s", path, strerror(errno));
      free(data);
      close(fd);
      return NULL;
    }
    if (r == 0) break;
    n += (size_t)r;
  }
  if (n > max) {
    error_set(err, "%s: too large (limit %zu bytes)", path, max);
    free(data);
    close(fd);
    return NULL;
  }
  close(fd);
  data[n] = '\0';
  if (len) *len = n;
  return data;
}

bool fs_sync_dir(const char *dir, Error *err) {
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return error_set(err, "%s: %s", dir, strerror(errno));
  int rc = fsync(fd);
  close(fd);
  if (rc != 0 && errno != EINVAL) return error_set(err, "%s: fsync: %s", dir, strerror(errno));
  return true;
}

bool fs_write_atomic(const char *path, const void *data, size_t len, Error *err) {
  return fs_write_atomic_mode(path, data, len, 0644, err);
}

bool fs_write_atomic_mode(const char *path, const void *data, size_t len, unsigned mode,
                          Error *err) {
  char *tmp = xasprintf("%s.tmp", path);
  bool ok = false;
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, (mode_t)mode);
  if (fd < 0) {
    error_set(err, "%s: %s", tmp, strerror(errno));
    goto done;
  }
  /* a PATH.tmp left by a power cut keeps its old mode through O_TRUNC, and the umask
     may take bits away: the mode is set on the open file, before any byte is in it */
  if (fchmod(fd, (mode_t)mode) != 0) {
    error_set(err, "%s: chmod failed: %s", tmp, strerror(errno));
    close(fd);
    unlink(tmp);
    goto done;
  }
  const char *p = data;
  size_t left = len;
  while (left > 0) {
    ssize_t w = write(fd, p, left);
    if (w < 0) {
      if (errno == EINTR) continue;
      error_set(err, "%s: write failed: %s", tmp, strerror(errno));
      close(fd);
      unlink(tmp);
      goto done;
    }
    p += w;
    left -= (size_t)w;
  }
  if (fsync(fd) != 0) {
    error_set(err, "%s: fsync failed: %s", tmp, strerror(errno));
    close(fd);
    unlink(tmp);
    goto done;
  }
  close(fd);
  if (rename(tmp, path) != 0) {
    error_set(err, "%s: rename failed: %s", path, strerror(errno));
    unlink(tmp);
    goto done;
  }
  char *dir = path_dirname(path);
  ok = fs_sync_dir(dir, err);
  free(dir);
done:
  free(tmp);
  return ok;
}

bool fs_mkdirs(const char *path, Error *err) {
  char *p = xstrdup(path);
  size_t n = strlen(p);
  for (size_t i = 1; i <= n; i++) {
    if (p[i] == '/' || p[i] == '\0') {
      char c = p[i];
      p[i] = '\0';
      if (mkdir(p, 0755) != 0 && errno != EEXIST) {
        error_set(err, "%s: cannot create folder: %s", p, strerror(errno));
        free(p);
        return false;
      }
      p[i] = c;
    }
  }
  free(p);
  if (!fs_is_dir(path)) return error_set(err, "%s: not a folder", path);
  return true;
}

bool fs_is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool fs_exists(const char *path) {
  struct stat st;
  return lstat(path, &st) == 0;
}

bool fs_mount_missing(const char *dir, const char *fstab) {
  char *abs = realpath(dir, NULL);
  if (!abs) return false; /* nothing there at all: not a question of mounts */
  if (strcmp(abs, "/") == 0) {
    free(abs);
    return false; /* always mounted; its parent is itself */
  }
  bool listed = false;
  FILE *f = setmntent(fstab, "r");
  if (f) {
    for (struct mntent *m; !listed && (m = getmntent(f));) {
      /* a listed file system that may be absent (nofail) or must be there: either way
         the folder is meant to be a mount point */
      char *want = realpath(m->mnt_dir, NULL);
      listed = want && strcmp(want, abs) == 0 && strcmp(m->mnt_type, "swap") != 0;
      free(want);
    }
    endmntent(f);
  }
  bool missing = false;
  if (listed) {
    /* a mount point lies on another device than its parent folder */
    char *parent = path_join(abs, "..");
    struct stat a, b;
    missing = stat(abs, &a) == 0 && stat(parent, &b) == 0 && a.st_dev == b.st_dev;
    free(parent);
  }
  free(abs);
  return missing;
}

bool fs_is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *path_join(const char *a, const char *b) {
  if (!a || !*a) return xstrdup(b);
  size_t la = strlen(a);
  return xasprintf("%s%s%s", a, a[la - 1] == '/' ? "" : "/", b);
}

char *path_dirname(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return xstrdup(".");
  if (slash == path) return xstrdup("/");
  return xstrndup(path, (size_t)(slash - path));
}

const char *path_basename(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

bool path_is_safe_relative(const char *name) {
  size_t n = strlen(name);
  if (n == 0 || n > PATH_SAFE_MAX || name[0] == '/') return false;
  const char *seg = name;
  for (size_t i = 0; i <= n; i++) {
    char c = name[i];
    if (c == '/' || c == '\0') {
      size_t len = (size_t)(name + i - seg);
      if (len == 0) return false;
      if (len == 1 && seg[0] == '.') return false;
      if (len == 2 && seg[0] == '.' && seg[1] == '.') return false;
      seg = name + i + 1;
      continue;
    }
    unsigned char u = (unsigned char)c;
    if (u < 0x20 || u >= 0x7F || c == '\\') return false;
  }
  return true;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st;
  (void)flag;
  (void)ftw;
  return remove(path) == 0 ? 0 : 1;
}

bool fs_remove_tree(const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) return errno == ENOENT;
  return nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS) == 0;
}
