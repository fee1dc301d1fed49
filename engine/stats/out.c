/* out.c — streaming export files: buffered writes to NAME.tmp with a running SHA-512
   (hashed and written by two worker threads while the next buffer fills), then fsync,
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

/* A worker: hashes (or writes) each buffer handed over, until told to quit. */
static void work(StatsOut *o, bool hash) {
  uint64_t *done = hash ? &o->hashed : &o->written;
  pthread_mutex_lock(&o->mu);
  for (;;) {
    while (*done == o->handed && !o->quit) pthread_cond_wait(&o->cv, &o->mu);
    if (*done == o->handed) break;
    const char *p = o->pending;
    size_t left = o->pending_len;
    bool failed = o->error != 0;
    pthread_mutex_unlock(&o->mu);
    int error = 0;
    if (hash) crypto_hash_sha512_update(&o->sha, (const unsigned char *)p, left);
    while (!hash && left > 0 && !failed) {
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
    ++*done;
    pthread_cond_broadcast(&o->cv);
  }
  pthread_mutex_unlock(&o->mu);
}

static void *hasher(void *arg) {
  work(arg, true);
  return NULL;
}

static void *writer(void *arg) {
  work(arg, false);
  return NULL;
}

static void release(StatsOut *o) {
  free(o->buf);
  free(o->spare);
  free(o->path);
  free(o->tmp);
  memset(o, 0, sizeof *o);
  o->fd = -1;
}

/* Waits for the workers to finish everything and stops them; the first write error. */
static int stop_workers(StatsOut *o) {
  if (!o->started) return o->error;
  pthread_mutex_lock(&o->mu);
  o->quit = true;
  pthread_cond_broadcast(&o->cv);
  pthread_mutex_unlock(&o->mu);
  pthread_join(o->hasher, NULL);
  pthread_join(o->writer, NULL);
  o->started = false;
  pthread_mutex_destroy(&o->mu);
  pthread_cond_destroy(&o->cv);
  return o->error;
}

bool stats_out_open(StatsOut *o, const char *dir, const char *name, Error *err) {
  memset(o, 0, sizeof *o);
  o->path = path_join(dir, name);
  o->tmp = xasprintf("%s.tmp", o->path);
  o->buf = xmalloc(STATS_OUT_BUFFER);
  o->spare = xmalloc(STATS_OUT_BUFFER);
  o->fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (o->fd < 0) {
    error_set(err, "%s: %s", o->tmp, strerror(errno));
    release(o);
    return false;
  }
  crypto_hash_sha512_init(&o->sha);
  pthread_mutex_init(&o->mu, NULL);
  pthread_cond_init(&o->cv, NULL);
  if (pthread_create(&o->hasher, NULL, hasher, o) != 0) {
    error_set(err, "%s: cannot start a thread", o->tmp);
  } else if (pthread_create(&o->writer, NULL, writer, o) != 0) {
    error_set(err, "%s: cannot start a thread", o->tmp);
    pthread_mutex_lock(&o->mu);
    o->quit = true;
    pthread_cond_broadcast(&o->cv);
    pthread_mutex_unlock(&o->mu);
    pthread_join(o->hasher, NULL);
  } else {
    o->started = true;
    return true;
  }
  pthread_mutex_destroy(&o->mu);
  pthread_cond_destroy(&o->cv);
  close(o->fd);
  unlink(o->tmp);
  release(o);
  return false;
}

/* Hands the filled buffer to the workers, once both are done with the previous one. */
void stats_out_flush(StatsOut *o) {
  if (o->len == 0) return;
  pthread_mutex_lock(&o->mu);
  while (o->hashed != o->handed || o->written != o->handed) pthread_cond_wait(&o->cv, &o->mu);
  o->pending = o->buf;
  o->pending_len = o->len;
  o->handed++;
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

void stats_out_discard(StatsOut *o) {
  stop_workers(o);
  if (o->fd >= 0) close(o->fd);
  if (o->tmp) unlink(o->tmp);
  release(o);
}

bool stats_out_close(StatsOut *o, char sum_hex[STATS_SUM_HEX], Error *err) {
  stats_out_flush(o);
  int error = stop_workers(o);
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
    unsigned char digest[crypto_hash_sha512_BYTES];
    crypto_hash_sha512_final(&o->sha, digest);
    sodium_bin2hex(sum_hex, STATS_SUM_HEX, digest, sizeof digest);
    release(o);
  } else {
    stats_out_discard(o);
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

bool stats_sum_file(const char *path, char hex[STATS_SUM_HEX], Error *err) {
  int fd = fs_open_regular(path, err); /* a hostile export may hold a FIFO */
  if (fd < 0) return false;
  crypto_hash_sha512_state sha;
  crypto_hash_sha512_init(&sha);
  unsigned char *buf = xmalloc(STATS_OUT_BUFFER);
  bool ok = true;
  for (;;) {
    ssize_t r = read(fd, buf, STATS_OUT_BUFFER);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) ok = error_set(err, "%s: read failed: %s", path, strerror(errno));
    if (r <= 0) break;
    crypto_hash_sha512_update(&sha, buf, (size_t)r);
  }
  free(buf);
  close(fd);
  if (!ok) return false;
  unsigned char digest[crypto_hash_sha512_BYTES];
  crypto_hash_sha512_final(&sha, digest);
  sodium_bin2hex(hex, STATS_SUM_HEX, digest, sizeof digest);
  return true;
}

bool stats_out_file(const char *dir, const char *name, const void *data, size_t len, char *sum_hex, Error *err) {
  char unused[STATS_SUM_HEX];
  StatsOut o;
  if (!stats_out_open(&o, dir, name, err)) return false;
  stats_out_add(&o, data, len);
  return stats_out_close(&o, sum_hex ? sum_hex : unused, err);
}
