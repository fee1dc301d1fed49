/* db.c — small SQLite helpers shared by the store, the queries, export and merge. */
#include <string.h>

#include "core/fs.h"
#include "stats/internal.h"

bool stats_id_ok(const char *s, size_t max) {
  if (!s || !*s) return false;
  size_t n = 0;
  for (const char *p = s; *p; p++, n++) {
    char c = *p;
    if (n >= max) return false;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '_' || c == '-' || c == '.'))
      return false;
  }
  return true;
}

sqlite3_stmt *stats_db_prepare(sqlite3 *db, const char *sql, Error *err) {
  sqlite3_stmt *stmt = NULL;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
    error_set(err, "%s", sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return NULL;
  }
  return stmt;
}

bool stats_db_exec(sqlite3 *db, const char *sql, Error *err) {
  char *msg = NULL;
  if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    error_set(err, "%s", msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
  }
  return true;
}

bool stats_db_int(sqlite3 *db, const char *sql, int64_t *out, Error *err) {
  sqlite3_stmt *stmt = stats_db_prepare(db, sql, err);
  if (!stmt) return false;
  int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) *out = sqlite3_column_int64(stmt, 0);
  else if (rc == SQLITE_DONE) *out = 0;
  else error_set(err, "%s", sqlite3_errmsg(db));
  sqlite3_finalize(stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

bool stats_db_is_damage(int rc) {
  rc &= 0xff;
  return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB;
}

char *stats_db_uri(const char *path, const char *query) {
  Buf b = {0};
  buf_adds(&b, "file:");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("/-_.~", *p))
      buf_addc(&b, (char)*p);
    else
      buf_printf(&b, "%%%02X", *p);
  }
  buf_printf(&b, "?%s", query);
  return buf_take(&b);
}

int stats_db_version(sqlite3 *db) {
  int64_t v = -1;
  if (!stats_db_int(db, "PRAGMA user_version", &v, NULL)) return -1;
  return (int)v;
}

/* A copy in memory, migrated: readers of an old export or database need not know the
   old schema, and the file itself is never written. */
sqlite3 *stats_db_migrated_copy(sqlite3 *src, const char *path, Error *err) {
  sqlite3 *mem = NULL;
  if (sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
    error_set(err, "%s: out of memory", path);
    sqlite3_close(mem);
    return NULL;
  }
  sqlite3_backup *b = sqlite3_backup_init(mem, "main", src, "main");
  int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
  sqlite3_backup_finish(b);
  Error e;
  if (rc != SQLITE_DONE) {
    error_set(err, "%s: cannot read: %s", path, sqlite3_errmsg(mem));
  } else if (!stats_db_exec(mem, "BEGIN", &e) || stats_schema_migrate(mem, &e) != STATS_SCHEMA_OK ||
             !stats_db_exec(mem, "COMMIT", &e)) {
    error_set(err, "%s: cannot read its old schema: %s", path, e.msg);
  } else {
    return mem;
  }
  sqlite3_close(mem);
  return NULL;
}

sqlite3 *stats_db_open_read(const char *path, Error *err) {
  if (!fs_is_file(path)) {
    error_set(err, fs_exists(path) ? "%s: not a regular file" : "%s: no such database", path);
    return NULL;
  }
  sqlite3 *db = stats_db_open_snapshot(path, err); /* a read-only card included */
  if (!db) return NULL;
  sqlite3_exec(db, "PRAGMA cache_size=-16384", NULL, NULL, NULL); /* a staff tool reading it all */
  int v = stats_db_version(db);
  if (v < 0) {
    error_set(err, "%s: not readable as a database: %s", path, sqlite3_errmsg(db));
  } else if (v == 0) {
    error_set(err, "%s: not a kiosk statistics database", path);
  } else if (v > STATS_SCHEMA_VERSION) {
    error_set(err, "%s: made by a newer kiosk version (schema %d, this one reads up to %d)", path,
              v, STATS_SCHEMA_VERSION);
  } else if (v < STATS_SCHEMA_VERSION) {
    sqlite3 *mem = stats_db_migrated_copy(db, path, err);
    sqlite3_close(db);
    return mem;
  } else {
    return db;
  }
  sqlite3_close(db);
  return NULL;
}
