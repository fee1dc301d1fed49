/* readonly.c — reading a statistics database without writing anything beside it, so the
   records can be rescued from an SD card that the kernel remounted read-only after I/O
   errors (or that is full), and exported or summarised by a process that has no
   business writing the kiosk's data folder.

   A WAL database cannot always be opened read-only in the ordinary way: SQLite needs a
   -shm file, and a kiosk that closed cleanly left none (nor can it be made on a
   read-only card). So, in turn:
     1. an ordinary read-only open (works whenever -shm is there, even read-only);
     2. when there is no WAL or an empty one, the file is complete on its own:
        immutable=1 reads it without any -shm or lock;
     3. otherwise the WAL holds records the file lacks: the file and its WAL are copied
        to a private temporary folder, SQLite replays the WAL there, and the result is
        held in memory. Never immutable=1 with a WAL: that would silently drop it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"

#define READ_ONLY_COPY_CHUNK (1 << 20)

/* Opens and reads the schema, so a failure shows now rather than at the first query.
   Returns the SQLite result code; *out is the connection on success. */
static int try_open(const char *uri, int flags, sqlite3 **out, Error *err) {
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2(uri, &db, flags | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, STATS_BUSY_TIMEOUT_MS);
    int64_t n;
    Error e;
    if (!stats_db_int(db, "SELECT count(*) FROM sqlite_schema", &n, &e)) rc = sqlite3_extended_errcode(db);
  }
  if (rc != SQLITE_OK) {
    error_set(err, "%s", db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return rc;
  }
  *out = db;
  return SQLITE_OK;
}

static bool copy_file(const char *from, const char *to, Error *err) {
  int in = fs_open_regular(from, err);
  if (in < 0) return false;
  FILE *out = fopen(to, "wbx");
  char *buf = xmalloc(READ_ONLY_COPY_CHUNK);
  bool ok = out != NULL;
  if (!ok) error_set(err, "%s: %s", to, strerror(errno));
  for (ssize_t r; ok && (r = read(in, buf, READ_ONLY_COPY_CHUNK)) != 0;) {
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) ok = error_set(err, "%s: read failed: %s", from, strerror(errno));
    else if (fwrite(buf, 1, (size_t)r, out) != (size_t)r) ok = error_set(err, "%s: %s", to, strerror(errno));
  }
  if (out && fclose(out) != 0 && ok) ok = error_set(err, "%s: %s", to, strerror(errno));
  close(in);
  free(buf);
  return ok;
}

/* Step 3: the database with its WAL replayed, in memory. */
static sqlite3 *replayed_copy(const char *path, Error *err) {
  const char *base = getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
  char *tmp = xasprintf("%s/kiosk-rescue-XXXXXX", base);
  if (!mkdtemp(tmp)) {
    error_set(err, "%s: cannot make a folder to read it in (%s): %s", path, tmp, strerror(errno));
    free(tmp);
    return NULL;
  }
  char *db_copy = path_join(tmp, STATS_DB_NAME), *wal_copy = xasprintf("%s-wal", db_copy);
  char *wal = xasprintf("%s-wal", path);
  sqlite3 *copy = NULL, *mem = NULL;
  Error e;
  bool ok = copy_file(path, db_copy, &e) && copy_file(wal, wal_copy, &e) &&
            try_open(db_copy, SQLITE_OPEN_READWRITE, &copy, &e) == SQLITE_OK &&
            try_open(":memory:", SQLITE_OPEN_READWRITE, &mem, &e) == SQLITE_OK;
  if (ok) {
    sqlite3_backup *b = sqlite3_backup_init(mem, "main", copy, "main");
    int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) ok = error_set(&e, "%s", sqlite3_errmsg(mem));
  }
  sqlite3_close(copy);
  fs_remove_tree(tmp);
  if (!ok) {
    error_set(err, "%s: cannot read it with its WAL: %s", path, e.msg);
    sqlite3_close(mem);
    mem = NULL;
  }
  free(db_copy);
  free(wal_copy);
  free(wal);
  free(tmp);
  return mem;
}

sqlite3 *stats_db_open_snapshot(const char *path, Error *err) {
  char *uri = stats_db_uri(path, "mode=ro");
  sqlite3 *db = NULL;
  Error first;
  int rc = try_open(uri, SQLITE_OPEN_READONLY, &db, &first);
  free(uri);
  if (rc == SQLITE_OK) return db;
  int primary = rc & 0xff;
  if (primary != SQLITE_CANTOPEN && primary != SQLITE_READONLY && primary != SQLITE_IOERR) {
    error_set(err, "%s: cannot read: %s", path, first.msg);
    return NULL;
  }
  char *wal = xasprintf("%s-wal", path);
  struct stat st;
  bool has_wal = lstat(wal, &st) == 0 && st.st_size > 0;
  free(wal);
  if (has_wal) return replayed_copy(path, err);
  uri = stats_db_uri(path, "immutable=1");
  rc = try_open(uri, SQLITE_OPEN_READONLY, &db, &first);
  free(uri);
  if (rc == SQLITE_OK) return db;
  error_set(err, "%s: cannot read: %s", path, first.msg);
  return NULL;
}

/* Why the data folder cannot take records, for staff: short, it is shown beside
   "Statistics" in the staff menu (and logged). */
static const char *why_not_writable(const char *dir) {
  struct statvfs vfs;
  if (access(dir, W_OK) != 0 && (errno == EROFS || errno == EACCES)) return "the card is read-only";
  if (statvfs(dir, &vfs) == 0 && (vfs.f_flag & ST_RDONLY)) return "the card is read-only";
  if (statvfs(dir, &vfs) == 0 && vfs.f_bavail == 0) return "the card is full";
  return "the card cannot be written";
}

StatsStore *stats_open_read_only(const char *data_dir, Error *err) {
  char *path = path_join(data_dir, STATS_DB_NAME);
  if (!fs_exists(path)) {
    error_set(err, "%s: no statistics database here", path);
    free(path);
    return NULL;
  }
  sqlite3 *db = stats_db_open_snapshot(path, err);
  sqlite3_stmt *meta = NULL;
  if (db) {
    int v = stats_db_version(db);
    if (v < 1 || v > STATS_SCHEMA_VERSION) {
      error_set(err, "%s: %s", path, v < 1 ? "not a kiosk statistics database"
                                            : "made by a newer kiosk version");
    } else {
      meta = stats_db_prepare(db, "SELECT kiosk_id, boot FROM meta WHERE id = 1", err);
      if (meta && sqlite3_step(meta) != SQLITE_ROW) {
        error_set(err, "%s: holds no kiosk id (a kiosk never finished opening it)", path);
        sqlite3_finalize(meta);
        meta = NULL;
      }
    }
  }
  const char *kiosk = meta ? (const char *)sqlite3_column_text(meta, 0) : NULL;
  if (meta && !stats_id_ok(kiosk, STATS_MAX_KIOSK_ID)) {
    error_set(err, "%s: its kiosk id is not a plain id", path);
    sqlite3_finalize(meta);
    meta = NULL;
  }
  if (!meta) {
    sqlite3_close(db);
    free(path);
    return NULL;
  }
  StatsStore *st = xcalloc(1, sizeof *st);
  st->db = db;
  st->dir = xstrdup(data_dir);
  st->path = path;
  st->read_only = "it was opened for reading";
  snprintf(st->open_warning, sizeof st->open_warning, "%s: nothing is saved", st->read_only);
  snprintf(st->kiosk_id, sizeof st->kiosk_id, "%s", kiosk);
  st->boot = sqlite3_column_int64(meta, 1);
  sqlite3_finalize(meta);
  if (stats_db_version(db) < STATS_SCHEMA_VERSION) {
    /* an older kiosk's file: readers expect the current schema, so read a migrated copy */
    sqlite3 *mem = stats_db_migrated_copy(db, path, err);
    sqlite3_close(db);
    st->db = mem;
    if (!mem) {
      stats_close(st);
      return NULL;
    }
  }
  return st;
}

StatsStore *stats_open_fallback(const char *data_dir) {
  Error e;
  StatsStore *st = stats_open_read_only(data_dir, &e);
  if (st) {
    st->read_only = why_not_writable(data_dir);
    snprintf(st->open_warning, sizeof st->open_warning, "%s: nothing is saved", st->read_only);
  }
  return st;
}

bool stats_read_only(const StatsStore *st) { return st && st->read_only != NULL; }
