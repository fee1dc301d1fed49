/* shim.c — LD_PRELOAD library for the power-cut harness: records, in order, every
   change a process makes under the folders POWERCUT_ROOTS names (colon-separated,
   absolute) — files created, written, truncated, fsynced; folders made, fsynced,
   removed; renames, unlinks, sync()/syncfs() — and every write to its standard output
   (the process's acknowledgements), into the log POWERCUT_LOG. The process runs as
   usual; tests/powercut/replay.c later rebuilds, from the log, what a disk would hold
   had the power been cut after any one of those operations: only what was made durable.

   Record: [u8 op][u32 n][n bytes: path][u32 m][m bytes: second path or data][u64 offset]
   Ops: C create, W write, T truncate, S fsync a file, D fsync a folder, R rename,
        U unlink, M mkdir, X rmdir, A sync everything, N note (stdout bytes).

   Only what goes through the C library's exported functions is seen, which is how the
   kiosk, SQLite and the drivers write; stdio's own writes are not (the drivers note with
   write(1, ...)). Memory-mapped writes (SQLite's -shm) are not seen either: a real power
   cut may leave that file stale too, and SQLite rebuilds it. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define SHIM_MAX_FD 4096
#define SHIM_MAX_ROOTS 4

static pthread_mutex_t mu = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static int log_fd = -1;
static bool drop_syncs; /* POWERCUT_DROP_SYNCS: log no sync at all (the harness's self-test) */
static char roots[SHIM_MAX_ROOTS][PATH_MAX];
static int nroots;
static struct {
  char *path; /* absolute, under a root; NULL when not tracked */
  bool dir;
} fds[SHIM_MAX_FD];

static int (*real_open)(const char *, int, ...);
static int (*real_openat)(int, const char *, int, ...);
static int (*real_close)(int);
static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_pwrite)(int, const void *, size_t, off_t);
static int (*real_ftruncate)(int, off_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_syncfs)(int);
static void (*real_sync)(void);
static int (*real_renameat2)(int, const char *, int, const char *, unsigned);
static int (*real_unlinkat)(int, const char *, int);
static int (*real_mkdirat)(int, const char *, mode_t);
static char *(*real_mkdtemp)(char *);
static int (*real_dup)(int);
static int (*real_dup2)(int, int);

#define REAL(name) real_##name = (__typeof__(real_##name))dlsym(RTLD_NEXT, #name)

__attribute__((constructor)) static void shim_init(void) {
  REAL(open);
  REAL(openat);
  REAL(close);
  REAL(write);
  REAL(pwrite);
  REAL(ftruncate);
  REAL(fsync);
  REAL(fdatasync);
  REAL(syncfs);
  REAL(sync);
  REAL(renameat2);
  REAL(unlinkat);
  REAL(mkdirat);
  REAL(mkdtemp);
  REAL(dup);
  REAL(dup2);
  const char *log = getenv("POWERCUT_LOG"), *r = getenv("POWERCUT_ROOTS");
  if (!log || !r) return;
  log_fd = real_open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  drop_syncs = getenv("POWERCUT_DROP_SYNCS") != NULL;
  for (const char *p = r; *p && nroots < SHIM_MAX_ROOTS;) {
    size_t n = strcspn(p, ":");
    if (n > 0 && n < PATH_MAX) {
      memcpy(roots[nroots], p, n);
      roots[nroots++][n] = '\0';
    }
    p += n + (p[n] == ':');
  }
}

/* ---- paths --------------------------------------------------------------------------- */

/* An absolute, lexically normal form of path (relative to the folder dirfd names). */
static bool absolute(int dirfd, const char *path, char out[PATH_MAX]) {
  char base[PATH_MAX];
  if (path[0] == '/') {
    base[0] = '\0';
  } else if (dirfd == AT_FDCWD) {
    if (!getcwd(base, sizeof base)) return false;
  } else if (dirfd >= 0 && dirfd < SHIM_MAX_FD && fds[dirfd].path) {
    snprintf(base, sizeof base, "%s", fds[dirfd].path);
  } else {
    return false; /* a folder we do not track */
  }
  char joined[2 * PATH_MAX];
  snprintf(joined, sizeof joined, "%s/%s", base, path);
  size_t n = 0;
  for (const char *p = joined; *p;) {
    while (*p == '/') p++;
    size_t len = strcspn(p, "/");
    if (len == 0) break;
    if (len == 1 && p[0] == '.') {
    } else if (len == 2 && p[0] == '.' && p[1] == '.') {
      while (n > 0 && out[n - 1] != '/') n--;
      if (n > 0) n--;
    } else {
      if (n + 1 + len >= PATH_MAX) return false;
      out[n++] = '/';
      memcpy(out + n, p, len);
      n += len;
    }
    p += len;
  }
  if (n == 0) out[n++] = '/';
  out[n] = '\0';
  return true;
}

static bool tracked(const char *abs) {
  for (int i = 0; i < nroots; i++) {
    size_t n = strlen(roots[i]);
    if (strncmp(abs, roots[i], n) == 0 && (abs[n] == '/' || abs[n] == '\0')) return true;
  }
  return false;
}

/* ---- the log --------------------------------------------------------------------------- */

static void put(const void *data, size_t n) {
  const char *p = data;
  while (n > 0) {
    ssize_t w = real_write(log_fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) abort(); /* a log with a hole would test nothing */
    p += w;
    n -= (size_t)w;
  }
}

static void record(char op, const char *path, const void *data, size_t len, uint64_t off) {
  if (log_fd < 0 || (drop_syncs && strchr("SDA", op))) return;
  int saved = errno;
  uint32_t n = path ? (uint32_t)strlen(path) : 0, m = (uint32_t)len;
  char head[1 + 4];
  head[0] = op;
  memcpy(head + 1, &n, 4);
  put(head, 5);
  put(path, n);
  put(&m, 4);
  put(data, m);
  put(&off, 8);
  errno = saved;
}

static void track_fd(int fd, const char *abs) {
  if (fd < 0 || fd >= SHIM_MAX_FD) return;
  free(fds[fd].path);
  fds[fd].path = NULL;
  if (!abs) return;
  struct stat st;
  fds[fd].path = strdup(abs);
  fds[fd].dir = fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A rename moves every open descriptor's path with it. */
static void moved(const char *from, const char *to) {
  size_t n = strlen(from);
  for (int fd = 0; fd < SHIM_MAX_FD; fd++) {
    char *p = fds[fd].path;
    if (!p || strncmp(p, from, n) != 0 || (p[n] != '/' && p[n] != '\0')) continue;
    char next[2 * PATH_MAX];
    snprintf(next, sizeof next, "%s%s", to, p + n);
    free(p);
    fds[fd].path = strdup(next);
  }
}

/* ---- the calls ------------------------------------------------------------------------- */

static int do_openat(int dirfd, const char *path, int flags, mode_t mode) {
  pthread_mutex_lock(&mu);
  char abs[PATH_MAX];
  bool mine = log_fd >= 0 && absolute(dirfd, path, abs) && tracked(abs);
  struct stat st;
  bool existed = mine && lstat(abs, &st) == 0;
  int fd = real_openat(dirfd, path, flags, mode);
  if (fd >= 0 && mine) {
    if (!existed && (flags & O_CREAT)) record('C', abs, NULL, 0, 0);
    else if (existed && (flags & O_TRUNC) && (flags & O_ACCMODE) != O_RDONLY) record('T', abs, NULL, 0, 0);
  }
  if (fd >= 0) track_fd(fd, mine ? abs : NULL);
  pthread_mutex_unlock(&mu);
  return fd;
}

#define MODE_ARG(flags, mode)                                          \
  mode_t mode = 0;                                                     \
  if ((flags) & (O_CREAT | O_TMPFILE)) {                               \
    va_list ap;                                                        \
    va_start(ap, flags);                                               \
    mode = (mode_t)va_arg(ap, int);                                    \
    va_end(ap);                                                        \
  }

int open(const char *path, int flags, ...) {
  MODE_ARG(flags, mode);
  return do_openat(AT_FDCWD, path, flags, mode);
}
int open64(const char *path, int flags, ...) {
  MODE_ARG(flags, mode);
  return do_openat(AT_FDCWD, path, flags, mode);
}
int openat(int dirfd, const char *path, int flags, ...) {
  MODE_ARG(flags, mode);
  return do_openat(dirfd, path, flags, mode);
}
int openat64(int dirfd, const char *path, int flags, ...) {
  MODE_ARG(flags, mode);
  return do_openat(dirfd, path, flags, mode);
}
int creat(const char *path, mode_t mode) { return do_openat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, mode); }
int creat64(const char *path, mode_t mode) { return creat(path, mode); }

int close(int fd) {
  pthread_mutex_lock(&mu);
  track_fd(fd, NULL);
  int rc = real_close(fd);
  pthread_mutex_unlock(&mu);
  return rc;
}

int dup(int fd) {
  pthread_mutex_lock(&mu);
  int nfd = real_dup(fd);
  if (nfd >= 0 && fd >= 0 && fd < SHIM_MAX_FD) track_fd(nfd, fds[fd].path);
  pthread_mutex_unlock(&mu);
  return nfd;
}

int dup2(int fd, int to) {
  pthread_mutex_lock(&mu);
  int nfd = real_dup2(fd, to);
  if (nfd >= 0 && fd >= 0 && fd < SHIM_MAX_FD) track_fd(nfd, fds[fd].path);
  pthread_mutex_unlock(&mu);
  return nfd;
}

static const char *fd_path(int fd) { return fd >= 0 && fd < SHIM_MAX_FD ? fds[fd].path : NULL; }

ssize_t write(int fd, const void *data, size_t len) {
  pthread_mutex_lock(&mu);
  const char *p = fd_path(fd);
  off_t off = 0;
  if (p) {
    struct stat st;
    int fl = fcntl(fd, F_GETFL);
    off = fl >= 0 && (fl & O_APPEND) && fstat(fd, &st) == 0 ? st.st_size : lseek(fd, 0, SEEK_CUR);
  }
  ssize_t w = real_write(fd, data, len);
  if (w > 0 && p) record('W', p, data, (size_t)w, (uint64_t)off);
  if (w > 0 && fd == STDOUT_FILENO) record('N', NULL, data, (size_t)w, 0);
  pthread_mutex_unlock(&mu);
  return w;
}

ssize_t pwrite(int fd, const void *data, size_t len, off_t off) {
  pthread_mutex_lock(&mu);
  ssize_t w = real_pwrite(fd, data, len, off);
  if (w > 0 && fd_path(fd)) record('W', fd_path(fd), data, (size_t)w, (uint64_t)off);
  pthread_mutex_unlock(&mu);
  return w;
}
ssize_t pwrite64(int fd, const void *data, size_t len, off_t off) { return pwrite(fd, data, len, off); }

int ftruncate(int fd, off_t len) {
  pthread_mutex_lock(&mu);
  int rc = real_ftruncate(fd, len);
  if (rc == 0 && fd_path(fd)) record('T', fd_path(fd), NULL, 0, (uint64_t)len);
  pthread_mutex_unlock(&mu);
  return rc;
}
int ftruncate64(int fd, off_t len) { return ftruncate(fd, len); }

static int synced(int fd, int rc) {
  if (rc == 0 && fd_path(fd)) record(fds[fd].dir ? 'D' : 'S', fd_path(fd), NULL, 0, 0);
  return rc;
}

int fsync(int fd) {
  pthread_mutex_lock(&mu);
  int rc = synced(fd, real_fsync(fd));
  pthread_mutex_unlock(&mu);
  return rc;
}

int fdatasync(int fd) {
  pthread_mutex_lock(&mu);
  int rc = synced(fd, real_fdatasync(fd));
  pthread_mutex_unlock(&mu);
  return rc;
}

int syncfs(int fd) {
  pthread_mutex_lock(&mu);
  int rc = real_syncfs(fd);
  if (rc == 0) record('A', NULL, NULL, 0, 0);
  pthread_mutex_unlock(&mu);
  return rc;
}

void sync(void) {
  pthread_mutex_lock(&mu);
  real_sync();
  record('A', NULL, NULL, 0, 0);
  pthread_mutex_unlock(&mu);
}

int renameat2(int fromfd, const char *from, int tofd, const char *to, unsigned flags) {
  pthread_mutex_lock(&mu);
  char a[PATH_MAX], b[PATH_MAX];
  bool ma = log_fd >= 0 && absolute(fromfd, from, a) && tracked(a);
  bool mb = log_fd >= 0 && absolute(tofd, to, b) && tracked(b);
  int rc = real_renameat2(fromfd, from, tofd, to, flags);
  if (rc == 0 && (ma || mb)) {
    if (ma && mb) record('R', a, b, strlen(b), 0);
    else if (ma) record('U', a, NULL, 0, 0); /* moved out of sight */
    else abort(); /* moved in from an untracked folder: the harness cannot know its content */
    moved(a, b);
  }
  pthread_mutex_unlock(&mu);
  return rc;
}
int renameat(int fromfd, const char *from, int tofd, const char *to) { return renameat2(fromfd, from, tofd, to, 0); }
int rename(const char *from, const char *to) { return renameat2(AT_FDCWD, from, AT_FDCWD, to, 0); }

int unlinkat(int dirfd, const char *path, int flags) {
  pthread_mutex_lock(&mu);
  char abs[PATH_MAX];
  bool mine = log_fd >= 0 && absolute(dirfd, path, abs) && tracked(abs);
  int rc = real_unlinkat(dirfd, path, flags);
  if (rc == 0 && mine) record(flags & AT_REMOVEDIR ? 'X' : 'U', abs, NULL, 0, 0);
  pthread_mutex_unlock(&mu);
  return rc;
}
int unlink(const char *path) { return unlinkat(AT_FDCWD, path, 0); }
int rmdir(const char *path) { return unlinkat(AT_FDCWD, path, AT_REMOVEDIR); }
int remove(const char *path) {
  struct stat st;
  if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) return rmdir(path);
  return unlink(path);
}

int mkdirat(int dirfd, const char *path, mode_t mode) {
  pthread_mutex_lock(&mu);
  char abs[PATH_MAX];
  bool mine = log_fd >= 0 && absolute(dirfd, path, abs) && tracked(abs);
  int rc = real_mkdirat(dirfd, path, mode);
  if (rc == 0 && mine) record('M', abs, NULL, 0, 0);
  pthread_mutex_unlock(&mu);
  return rc;
}
int mkdir(const char *path, mode_t mode) { return mkdirat(AT_FDCWD, path, mode); }

char *mkdtemp(char *tmpl) {
  pthread_mutex_lock(&mu);
  char *r = real_mkdtemp(tmpl);
  char abs[PATH_MAX];
  if (r && log_fd >= 0 && absolute(AT_FDCWD, r, abs) && tracked(abs)) record('M', abs, NULL, 0, 0);
  pthread_mutex_unlock(&mu);
  return r;
}
