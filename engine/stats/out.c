/* out.c — streaming export files: buffered writes to NAME.tmp with a running SHA-256
   (hashed and written by a worker thread while the next buffer fills), then fsync,
   rename and a folder fsync, so a stick pulled mid-export never shows a half-written
   file under its real name (research/board.md §3). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"

/* The worker: hash and write each buffer handed over, until told to quit. */
static void *worker(void *arg) {
  StatsOut *o = arg;
  pthread_mutex_lock(&o->mu);
  for (;;) {
    while (!o->pending && !o->quit) pthread_cond_wait(&o->cv, &o->mu);
    if (!o->pending) break;
    const char *p = o->pending;
    size_t left = o->pending_len;
    bool failed = o->error != 0;
    pthread_mutex_unlock(&o->mu);
    crypto_hash_sha256_update(&o->sha, (const unsigned char *)p, left);
    int error = 0;
    while (left > 0 && !failed) {
      ssize_t w = write(o->fd, p, left);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        error = w < 0 ? errno : ENOSPC;
        break;
      }
      p += w;
      left -= (size_t)w;
    }
    pthread_mutex_lock(&o->mu);
    if (error && !o->error) o->error = error;
    o->pending = NULL;
    pthread_cond_broadcast(&o->cv);
  }
  pthread_mutex_unlock(&o->mu);
  return NULL;
}

bool stats_out_open(StatsOut *o, const char *dir, const char *name, Error *err) {
  memset(o, 0, sizeof *o);
  o->path = path_join(dir, name);
  o->tmp = xasprintf("%s.tmp", o->path);
  o->fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (o->fd < 0) {
    error_set(err, "%s: %s", o->tmp, strerror(errno));
    free(o->path);
    free(o->tmp);
    return false;
  }
  o->buf = xmalloc(STATS_OUT_BUFFER);
  o->spare = xmalloc(STATS_OUT_BUFFER);
  crypto_hash_sha256_init(&o->sha);
  pthread_mutex_init(&o->mu, NULL);
  pthread_cond_init(&o->cv, NULL);
  if (pthread_create(&o->worker, NULL, worker, o) != 0) {
    error_set(err, "%s: cannot start a writer thread", o->tmp);
    pthread_mutex_destroy(&o->mu);
    pthread_cond_destroy(&o->cv);
    close(o->fd);
    unlink(o->tmp);
    free(o->buf);
    free(o->spare);
    free(o->path);
    free(o->tmp);
    return false;
  }
  return true;
}

/* Hands the filled buffer to the worker (after it finished the previous one). */
void stats_out_flush(StatsOut *o) {
  if (o->len == 0) return;
  pthread_mutex_lock(&o->mu);
  while (o->pending) pthread_cond_wait(&o->cv, &o->mu);
  o->pending = o->buf;
  o->pending_len = o->len;
  pthread_cond_broadcast(&o->cv);
  pthread_mutex_unlock(&o->mu);
  o->bytes += o->len;
  char *t = o->buf;
  o->buf = o->spare;
  o->spare = t;
  o->len = 0;
}

void stats_out_add_slow(StatsOut *o, const void *p, size_t n) {
  stats_out_flush(o);
  const char *c = p;
  while (n > STATS_OUT_BUFFER) { /* only for a value larger than the buffer */
    memcpy(o->buf, c, STATS_OUT_BUFFER);
    o->len = STATS_OUT_BUFFER;
    stats_out_flush(o);
    c += STATS_OUT_BUFFER;
    n -= STATS_OUT_BUFFER;
  }
  memcpy(o->buf + o->len, c, n);
  o->len += n;
}

/* Waits for the worker to finish everything and stops it; the first write error. */
static int stop_worker(StatsOut *o) {
  pthread_mutex_lock(&o->mu);
  while (o->pending) pthread_cond_wait(&o->cv, &o->mu);
  o->quit = true;
  pthread_cond_broadcast(&o->cv);
  int error = o->error;
  pthread_mutex_unlock(&o->mu);
  pthread_join(o->worker, NULL);
  pthread_mutex_destroy(&o->mu);
  pthread_cond_destroy(&o->cv);
  return error;
}

static void release(StatsOut *o) {
  free(o->buf);
  free(o->spare);
  free(o->path);
  free(o->tmp);
  memset(o, 0, sizeof *o);
  o->fd = -1;
}

void stats_out_discard(StatsOut *o) {
  o->len = 0;
  stop_worker(o);
  if (o->fd >= 0) close(o->fd);
  if (o->tmp) unlink(o->tmp);
  release(o);
}

bool stats_out_close(StatsOut *o, char sha_hex[65], Error *err) {
  stats_out_flush(o);
  int error = stop_worker(o);
  bool ok = false;
  if (error) {
    error_set(err, "%s: write failed: %s", o->tmp, strerror(error));
  } else if (fsync(o->fd) != 0) {
    error_set(err, "%s: fsync failed: %s", o->tmp, strerror(errno));
  } else if (close(o->fd) != 0) {
    o->fd = -1;
    error_set(err, "%s: close failed: %s", o->tmp, strerror(errno));
  } else {
    o->fd = -1;
    if (rename(o->tmp, o->path) != 0) {
      error_set(err, "%s: rename failed: %s", o->path, strerror(errno));
    } else {
      char *dir = path_dirname(o->path);
      ok = fs_sync_dir(dir, err);
      free(dir);
    }
  }
  if (ok) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&o->sha, digest);
    sodium_bin2hex(sha_hex, 65, digest, sizeof digest);
    release(o);
  } else {
    if (o->fd >= 0) close(o->fd);
    unlink(o->tmp);
    release(o);
  }
  return ok;
}

/* RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled. */
void stats_out_csv(StatsOut *o, const char *field) {
  if (!field) return;
  size_t n = strcspn(field, ",\"\r\n");
  if (field[n] == '\0') {
    stats_out_add(o, field, n);
    return;
  }
  stats_out_lit(o, "\"");
  for (const char *p = field; *p; p++) {
    if (*p == '"') stats_out_lit(o, "\"");
    stats_out_add(o, p, 1);
  }
  stats_out_lit(o, "\"");
}

void stats_out_json_body(StatsOut *o, const char *s) {
  const char *run = s;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p >= 0x20 && *p != '"' && *p != '\\' && *p != 0x7f) continue;
    stats_out_add(o, run, (size_t)((const char *)p - run));
    static const char hex[] = "0123456789abcdef";
    char esc[6] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15]};
    if (*p == '"' || *p == '\\') {
      esc[1] = (char)*p;
      stats_out_add(o, esc, 2);
    } else {
      stats_out_add(o, esc, 6);
    }
    run = (const char *)p + 1;
  }
  stats_out_str(o, run);
}

void stats_out_json(StatsOut *o, const char *s) {
  stats_out_lit(o, "\"");
  stats_out_json_body(o, s);
  stats_out_lit(o, "\"");
}

void stats_out_i64(StatsOut *o, int64_t v) {
  char tmp[24], *p = tmp + sizeof tmp;
  uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  do {
    *--p = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) *--p = '-';
  stats_out_add(o, p, (size_t)(tmp + sizeof tmp - p));
}

bool stats_sha256_file(const char *path, char hex[65], Error *err) {
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return error_set(err, "%s: %s", path, strerror(errno));
  crypto_hash_sha256_state sha;
  crypto_hash_sha256_init(&sha);
  unsigned char *buf = xmalloc(STATS_OUT_BUFFER);
  bool ok = true;
  for (;;) {
    ssize_t r = read(fd, buf, STATS_OUT_BUFFER);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) ok = error_set(err, "%s: read failed: %s", path, strerror(errno));
    if (r <= 0) break;
    crypto_hash_sha256_update(&sha, buf, (size_t)r);
  }
  free(buf);
  close(fd);
  if (!ok) return false;
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&sha, digest);
  sodium_bin2hex(hex, 65, digest, sizeof digest);
  return true;
}
