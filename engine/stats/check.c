/* check.c — deciding whether a folder is a whole, unedited kiosk export before anything
   of it is merged: SHA512SUMS lists every file with its hash (written last, so a copy cut
   short lacks it or a file), MANIFEST says the format and what the database holds, and
   the database copy agrees with both. Each refusal is one line saying why. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"

#define SUMS_MAX_BYTES 4096 /* a dozen lines; anything longer is not ours */
#define SUMS_MAX_FILES 16
#define MANIFEST_MAX_BYTES 4096

static const char *const required[] = {"runs.csv", "answers.csv", "statements.jsonl",
                                       STATS_DB_NAME, "SUMMARY.txt", STATS_EXPORT_MANIFEST};
static const char statements_gz[] = "statements.jsonl.gz"; /* stands for statements.jsonl */

static bool refuse(char *reason, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool refuse(char *reason, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(reason, n, fmt, ap);
  va_end(ap);
  return false;
}

#define DIGITS ((size_t)STATS_SUM_HEX - 1)

static bool is_hex(const char *s) {
  for (size_t i = 0; i < DIGITS; i++)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
  return true;
}

static void hash_text(const char *text, char hex[STATS_SUM_HEX]) {
  unsigned char digest[crypto_hash_sha512_BYTES];
  crypto_hash_sha512(digest, (const unsigned char *)text, strlen(text));
  sodium_bin2hex(hex, STATS_SUM_HEX, digest, sizeof digest);
}

/* Verifies every file SHA512SUMS lists, and that it lists what an export has. */
static bool check_sums(const char *dir, StatsExportInfo *info, char *reason, size_t n) {
  char *path = path_join(dir, STATS_EXPORT_SUMS);
  Error e;
  char *sums = fs_read_file(path, SUMS_MAX_BYTES, NULL, &e);
  free(path);
  if (!sums) {
    char *manifest = path_join(dir, STATS_EXPORT_MANIFEST), *db = path_join(dir, STATS_DB_NAME);
    bool ours = fs_is_file(manifest) || fs_is_file(db);
    free(manifest);
    free(db);
    if (!fs_is_dir(dir)) return refuse(reason, n, "no such folder");
    if (ours) return refuse(reason, n, "incomplete export: %s is missing (the copy was cut short?)",
                            STATS_EXPORT_SUMS);
    return refuse(reason, n, "not a kiosk statistics export (no %s or %s)", STATS_EXPORT_SUMS,
                  STATS_EXPORT_MANIFEST);
  }
  hash_text(sums, info->sums_hash);
  const char *listed[SUMS_MAX_FILES];
  int count = 0;
  bool ok = true;
  char *save = NULL;
  for (char *line = strtok_r(sums, "\n", &save); ok && line; line = strtok_r(NULL, "\n", &save)) {
    /* sha512sum's format: 128 hex digits, two spaces (or space and '*'), the name */
    size_t len = strlen(line);
    const char *name = line + DIGITS + 2;
    if (len < DIGITS + 3 || !is_hex(line) || line[DIGITS] != ' ' || (line[DIGITS + 1] != ' ' && line[DIGITS + 1] != '*') ||
        strchr(name, '/') || name[0] == '.' || count == SUMS_MAX_FILES) {
      ok = refuse(reason, n, "%s has a line that is not \"<sha512>  <file>\" (edited?)",
                  STATS_EXPORT_SUMS);
      break;
    }
    char *file = path_join(dir, name), hex[STATS_SUM_HEX];
    if (!fs_exists(file)) {
      ok = refuse(reason, n, "truncated export: %s is missing", name);
    } else if (!stats_sum_file(file, hex, &e)) {
      ok = refuse(reason, n, "%s", e.msg);
    } else if (strncmp(hex, line, DIGITS) != 0) {
      ok = refuse(reason, n, "%s does not match %s (truncated or edited)", name, STATS_EXPORT_SUMS);
    } else {
      listed[count++] = name;
    }
    free(file);
  }
  for (size_t i = 0; ok && i < sizeof required / sizeof *required; i++) {
    bool found = false;
    for (int j = 0; j < count; j++)
      found = found || strcmp(listed[j], required[i]) == 0 ||
              (strcmp(required[i], "statements.jsonl") == 0 && strcmp(listed[j], statements_gz) == 0);
    if (!found) ok = refuse(reason, n, "incomplete export: %s does not list %s", STATS_EXPORT_SUMS, required[i]);
  }
  free(sums);
  return ok;
}

/* The value of "key: value" in MANIFEST text, or NULL. */
static const char *field(const char *text, const char *key, char *out, size_t n) {
  size_t k = strlen(key);
  for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
    if (strncmp(p, key, k) == 0 && p[k] == ':' && p[k + 1] == ' ') {
      const char *v = p + k + 2, *end = strchr(v, '\n');
      size_t len = end ? (size_t)(end - v) : strlen(v);
      if (len >= n) return NULL;
      memcpy(out, v, len);
      out[len] = '\0';
      return out;
    }
  }
  return NULL;
}

static bool manifest_int(const char *text, const char *key, int64_t *out) {
  char v[32], *end;
  if (!field(text, key, v, sizeof v)) return false;
  long long x = strtoll(v, &end, 10);
  if (*end || end == v || x < 0) return false;
  *out = x;
  return true;
}

static bool check_manifest(const char *dir, StatsExportInfo *info, char *reason, size_t n) {
  char *path = path_join(dir, STATS_EXPORT_MANIFEST);
  Error e;
  char *text = fs_read_file(path, MANIFEST_MAX_BYTES, NULL, &e);
  free(path);
  if (!text) return refuse(reason, n, "%s cannot be read", STATS_EXPORT_MANIFEST);
  char format[64];
  int64_t version = 0;
  bool ok = true;
  if (!field(text, "format", format, sizeof format) || strcmp(format, STATS_EXPORT_FORMAT) != 0) {
    ok = refuse(reason, n, "not a kiosk statistics export (%s names another format)",
                STATS_EXPORT_MANIFEST);
  } else if (!manifest_int(text, "format-version", &version) || version > STATS_EXPORT_FORMAT_VERSION) {
    ok = refuse(reason, n, "made by a newer kiosk version (%s format-version)", STATS_EXPORT_MANIFEST);
  } else if (!field(text, "kiosk-id", info->kiosk_id, sizeof info->kiosk_id) ||
             !stats_id_ok(info->kiosk_id, STATS_MAX_KIOSK_ID) ||
             !manifest_int(text, "visits", &info->visits) || !manifest_int(text, "runs", &info->runs) ||
             !manifest_int(text, "answers", &info->answers) || !manifest_int(text, "boot", &info->boot) ||
             !manifest_int(text, "seq", &info->seq)) {
    ok = refuse(reason, n, "%s lacks a field or has a bad one (edited?)", STATS_EXPORT_MANIFEST);
  }
  free(text);
  return ok;
}

/* The database copy (proven the kiosk's own by stats_guard_open) agrees with MANIFEST. */
static bool check_database(sqlite3 *db, const StatsExportInfo *info, char *reason, size_t n) {
  int64_t visits = -1, runs = -1, answers = -1;
  char kiosk[STATS_MAX_KIOSK_ID + 1] = "";
  sqlite3_stmt *s = stats_db_prepare(db, "SELECT kiosk_id FROM meta WHERE id = 1", NULL);
  if (s && sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
    snprintf(kiosk, sizeof kiosk, "%s", (const char *)sqlite3_column_text(s, 0));
  sqlite3_finalize(s);
  stats_db_int(db, "SELECT count(*) FROM visits", &visits, NULL);
  stats_db_int(db, "SELECT count(*) FROM runs", &runs, NULL);
  stats_db_int(db, "SELECT count(*) FROM answers", &answers, NULL);
  if (strcmp(kiosk, info->kiosk_id) != 0)
    return refuse(reason, n, "%s belongs to kiosk \"%s\", not the one MANIFEST names", STATS_DB_NAME, kiosk);
  if (visits != info->visits || runs != info->runs || answers != info->answers)
    return refuse(reason, n, "%s does not hold what %s counts (edited?)", STATS_DB_NAME, STATS_EXPORT_MANIFEST);
  return true;
}

bool stats_export_sums_hash(const char *dir, char hex[STATS_SUM_HEX]) {
  char *path = path_join(dir, STATS_EXPORT_SUMS);
  Error e;
  char *sums = fs_read_file(path, SUMS_MAX_BYTES, NULL, &e);
  free(path);
  if (!sums) return false;
  hash_text(sums, hex);
  free(sums);
  return true;
}

sqlite3 *stats_export_check(const char *dir, StatsExportInfo *info, char *reason, size_t n) {
  memset(info, 0, sizeof *info);
  if (!check_sums(dir, info, reason, n) || !check_manifest(dir, info, reason, n)) return NULL;
  char *path = path_join(dir, STATS_DB_NAME);
  sqlite3 *db = stats_guard_open(path, &info->guard, reason, n);
  if (db && stats_db_version(db) < STATS_SCHEMA_VERSION) {
    /* an older kiosk's export: merged from a copy migrated in memory */
    Error e;
    sqlite3 *mem = stats_db_migrated_copy(db, path, &e);
    sqlite3_close(db);
    db = mem;
    if (db) stats_guard_watch(db, &info->guard);
    else snprintf(reason, n, "%s", e.msg);
  }
  free(path);
  if (!db) return NULL;
  if (!check_database(db, info, reason, n)) {
    sqlite3_close(db);
    return NULL;
  }
  return db;
}
