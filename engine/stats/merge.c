/* merge.c — kiosk exports into one central database, for program staff.

   The central database has the kiosk's schema (every visit carries its kiosk id), plus
   a kiosks table and an exports table naming each export merged. Records are keyed so
   that merging is idempotent however often a stick is merged: a visit by its random id,
   a run by visit + start sequence number, an answer by run + sequence number, a day's
   count of take-home cards by kiosk + day (the count with the later sequence number
   holds, for it counted the earlier one's cards too). The same
   key with the same content is skipped; a run exported while it was still going gets its
   end from a later export; any other difference is a conflicting duplicate, reported and
   skipped (the record merged first is kept). Each folder is checked whole first and
   merged in its own transaction: a refused folder leaves the central database as it
   was, byte for byte. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"

#define MERGE_MAX_CONFLICT_LINES 20 /* then a count: staff need the kind, not a flood */

static const char central_sql[] =
    "CREATE TABLE IF NOT EXISTS kiosks (kiosk_id TEXT PRIMARY KEY);"
    "CREATE TABLE IF NOT EXISTS exports ("
    "  sums_sha512 TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, folder TEXT NOT NULL,"
    "  boot INTEGER NOT NULL, seq INTEGER NOT NULL,"
    "  visits INTEGER NOT NULL, runs INTEGER NOT NULL, answers INTEGER NOT NULL);";

/* Source row -> central row, filled in source id order (so a binary search finds it);
   0 = skipped (a conflict). */
typedef struct IdMap {
  int64_t *src, *dst;
  size_t n, cap;
} IdMap;

static void map_add(IdMap *m, int64_t src, int64_t dst) {
  if (m->n == m->cap) {
    m->cap = m->cap ? m->cap * 2 : 1024;
    m->src = xrealloc(m->src, m->cap * sizeof *m->src);
    m->dst = xrealloc(m->dst, m->cap * sizeof *m->dst);
  }
  m->src[m->n] = src;
  m->dst[m->n++] = dst;
}

static int64_t map_get(const IdMap *m, int64_t src) {
  size_t lo = 0, hi = m->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (m->src[mid] < src) lo = mid + 1;
    else hi = mid;
  }
  return lo < m->n && m->src[lo] == src ? m->dst[lo] : 0;
}

static void map_free(IdMap *m) {
  free(m->src);
  free(m->dst);
}

typedef struct Merge {
  sqlite3 *central, *src;
  const char *dir;
  void (*report)(void *ud, const char *line);
  void *ud;
  IdMap visits, runs;
  int64_t new_visits, new_runs, ended_runs, new_answers, new_cards, conflicts;
  char error[ERROR_MAX];
} Merge;

static void say(Merge *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(Merge *m, const char *fmt, ...) {
  if (!m->report) return;
  char line[ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  m->report(m->ud, line);
}

static void conflict(Merge *m, const char *what, int64_t boot, int64_t seq) {
  if (m->conflicts++ < MERGE_MAX_CONFLICT_LINES)
    say(m, "%s: conflicting duplicate %s (boot %lld, seq %lld) differs from the one merged before;"
           " kept the earlier one", m->dir, what, (long long)boot, (long long)seq);
}

static bool fail(Merge *m, sqlite3 *db) {
  snprintf(m->error, sizeof m->error, "%s", sqlite3_errmsg(db));
  return false;
}

/* Columns from..to of two rows hold the same values. */
static bool same(sqlite3_stmt *a, sqlite3_stmt *b, int from, int to) {
  for (int i = from; i <= to; i++) {
    int t = sqlite3_column_type(a, i);
    if (t != sqlite3_column_type(b, i)) return false;
    if (t == SQLITE_INTEGER && sqlite3_column_int64(a, i) != sqlite3_column_int64(b, i)) return false;
    if (t == SQLITE_FLOAT && sqlite3_column_double(a, i) != sqlite3_column_double(b, i)) return false;
    if (t == SQLITE_TEXT || t == SQLITE_BLOB) {
      const void *x = sqlite3_column_blob(a, i), *y = sqlite3_column_blob(b, i);
      int nx = sqlite3_column_bytes(a, i), ny = sqlite3_column_bytes(b, i);
      if (nx != ny || (nx && memcmp(x, y, (size_t)nx) != 0)) return false;
    }
  }
  return true;
}

static void bind_columns(sqlite3_stmt *to, int first_param, sqlite3_stmt *from, int from_col, int to_col) {
  for (int i = from_col; i <= to_col; i++)
    sqlite3_bind_value(to, first_param + (i - from_col), sqlite3_column_value(from, i));
}

/* Runs a write statement once; resets it. */
static bool exec_reset(Merge *m, sqlite3_stmt *s) {
  bool ok = sqlite3_step(s) == SQLITE_DONE;
  if (!ok) fail(m, m->central);
  sqlite3_reset(s);
  return ok;
}

static bool merge_visits(Merge *m) {
  sqlite3_stmt *src = stats_db_prepare(m->src, "SELECT id, visit_uuid, kiosk_id, boot, seq, mono_ms,"
                                               " wall_ms, wall_trusted FROM visits ORDER BY id", NULL);
  sqlite3_stmt *find = stats_db_prepare(m->central, "SELECT id, visit_uuid, kiosk_id, boot, seq, mono_ms,"
                                                    " wall_ms, wall_trusted FROM visits WHERE visit_uuid = ?1", NULL);
  sqlite3_stmt *ins = stats_db_prepare(m->central, "INSERT INTO visits (visit_uuid, kiosk_id, boot, seq,"
                                                   " mono_ms, wall_ms, wall_trusted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", NULL);
  bool ok = src && find && ins;
  int rc = SQLITE_DONE;
  while (ok && (rc = sqlite3_step(src)) == SQLITE_ROW) {
    int64_t id = sqlite3_column_int64(src, 0), dst = 0;
    sqlite3_bind_value(find, 1, sqlite3_column_value(src, 1));
    if (sqlite3_step(find) == SQLITE_ROW) {
      if (same(src, find, 1, 7)) dst = sqlite3_column_int64(find, 0);
      else conflict(m, "visit", sqlite3_column_int64(src, 3), sqlite3_column_int64(src, 4));
    } else {
      bind_columns(ins, 1, src, 1, 7);
      ok = exec_reset(m, ins);
      dst = sqlite3_last_insert_rowid(m->central);
      m->new_visits++;
    }
    sqlite3_reset(find);
    map_add(&m->visits, id, dst);
  }
  if (ok && rc != SQLITE_DONE) ok = fail(m, m->src);
  if (!(src && find && ins)) ok = fail(m, src ? m->central : m->src);
  sqlite3_finalize(src);
  sqlite3_finalize(find);
  sqlite3_finalize(ins);
  return ok;
}

/* Column layout shared by the source query and the central lookup: 0 id, 1 visit_id,
   2..10 what the start recorded, 11..19 what the end recorded. */
#define RUN_COLUMNS \
  "id, visit_id, pack_id, pack_version, lesson_id, lang, start_boot, start_seq, start_mono_ms," \
  " start_wall_ms, start_trusted, outcome, score, max_score, end_boot, end_seq, end_mono_ms,"   \
  " end_wall_ms, end_trusted, duration_ms"

/* A run already in the central database: the same, a later view of it, or a conflict. */
static int64_t known_run(Merge *m, sqlite3_stmt *src, sqlite3_stmt *found, sqlite3_stmt *upd) {
  int64_t dst = sqlite3_column_int64(found, 0);
  if (!same(src, found, 2, 10)) {
    conflict(m, "lesson run", sqlite3_column_int64(src, 6), sqlite3_column_int64(src, 7));
    return 0;
  }
  if (same(src, found, 11, 19) || sqlite3_column_type(src, 11) == SQLITE_NULL) return dst;
  if (sqlite3_column_type(found, 11) != SQLITE_NULL) {
    conflict(m, "lesson run", sqlite3_column_int64(src, 6), sqlite3_column_int64(src, 7));
    return 0;
  }
  /* exported while it was going; this export has its end */
  sqlite3_bind_int64(upd, 1, dst);
  bind_columns(upd, 2, src, 11, 19);
  if (!exec_reset(m, upd)) return -1;
  m->ended_runs++;
  return dst;
}

static bool merge_runs(Merge *m) {
  sqlite3_stmt *src = stats_db_prepare(m->src, "SELECT " RUN_COLUMNS " FROM runs ORDER BY id", NULL);
  sqlite3_stmt *find = stats_db_prepare(m->central, "SELECT " RUN_COLUMNS " FROM runs"
                                                    " WHERE visit_id = ?1 AND start_seq = ?2", NULL);
  sqlite3_stmt *ins = stats_db_prepare(
      m->central,
      "INSERT INTO runs (visit_id, pack_id, pack_version, lesson_id, lang, start_boot, start_seq,"
      " start_mono_ms, start_wall_ms, start_trusted, outcome, score, max_score, end_boot, end_seq,"
      " end_mono_ms, end_wall_ms, end_trusted, duration_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
      " ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)", NULL);
  sqlite3_stmt *upd = stats_db_prepare(
      m->central,
      "UPDATE runs SET outcome = ?2, score = ?3, max_score = ?4, end_boot = ?5, end_seq = ?6,"
      " end_mono_ms = ?7, end_wall_ms = ?8, end_trusted = ?9, duration_ms = ?10 WHERE id = ?1", NULL);
  bool ok = src && find && ins && upd;
  int rc = SQLITE_DONE;
  while (ok && (rc = sqlite3_step(src)) == SQLITE_ROW) {
    int64_t id = sqlite3_column_int64(src, 0), dst = 0;
    int64_t visit = map_get(&m->visits, sqlite3_column_int64(src, 1));
    if (visit) {
      sqlite3_bind_int64(find, 1, visit);
      sqlite3_bind_value(find, 2, sqlite3_column_value(src, 7));
      if (sqlite3_step(find) == SQLITE_ROW) {
        dst = known_run(m, src, find, upd);
        ok = dst >= 0;
      } else {
        sqlite3_bind_int64(ins, 1, visit);
        bind_columns(ins, 2, src, 2, 19);
        ok = exec_reset(m, ins);
        dst = sqlite3_last_insert_rowid(m->central);
        m->new_runs++;
      }
      sqlite3_reset(find);
    }
    map_add(&m->runs, id, dst);
  }
  if (ok && rc != SQLITE_DONE) ok = fail(m, m->src);
  if (!(src && find && ins && upd)) ok = fail(m, src ? m->central : m->src);
  sqlite3_finalize(src);
  sqlite3_finalize(find);
  sqlite3_finalize(ins);
  sqlite3_finalize(upd);
  return ok;
}

#define ANSWER_COLUMNS \
  "id, run_id, question_id, chosen, correct, points, max_points, attempts, boot, seq, mono_ms," \
  " wall_ms, wall_trusted"

static bool merge_answers(Merge *m) {
  sqlite3_stmt *src = stats_db_prepare(m->src, "SELECT " ANSWER_COLUMNS " FROM answers ORDER BY id", NULL);
  sqlite3_stmt *find = stats_db_prepare(m->central, "SELECT " ANSWER_COLUMNS " FROM answers"
                                                    " WHERE run_id = ?1 AND seq = ?2", NULL);
  sqlite3_stmt *ins = stats_db_prepare(
      m->central,
      "INSERT INTO answers (run_id, question_id, chosen, correct, points, max_points, attempts,"
      " boot, seq, mono_ms, wall_ms, wall_trusted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
      " ?10, ?11, ?12)", NULL);
  bool ok = src && find && ins;
  int rc = SQLITE_DONE;
  while (ok && (rc = sqlite3_step(src)) == SQLITE_ROW) {
    int64_t run = map_get(&m->runs, sqlite3_column_int64(src, 1));
    if (!run) continue; /* its run conflicted */
    sqlite3_bind_int64(find, 1, run);
    sqlite3_bind_value(find, 2, sqlite3_column_value(src, 9));
    if (sqlite3_step(find) == SQLITE_ROW) {
      if (!same(src, find, 2, 12))
        conflict(m, "answer", sqlite3_column_int64(src, 8), sqlite3_column_int64(src, 9));
    } else {
      sqlite3_bind_int64(ins, 1, run);
      bind_columns(ins, 2, src, 2, 12);
      ok = exec_reset(m, ins);
      m->new_answers++;
    }
    sqlite3_reset(find);
  }
  if (ok && rc != SQLITE_DONE) ok = fail(m, m->src);
  if (!(src && find && ins)) ok = fail(m, src ? m->central : m->src);
  sqlite3_finalize(src);
  sqlite3_finalize(find);
  sqlite3_finalize(ins);
  return ok;
}

/* The kiosks seen and this export, each once. */
static bool note_export(Merge *m, const StatsExportInfo *info, bool *seen_before) {
  sqlite3_stmt *k = stats_db_prepare(m->central, "INSERT OR IGNORE INTO kiosks (kiosk_id) VALUES (?1)", NULL);
  sqlite3_stmt *e = stats_db_prepare(
      m->central,
      "INSERT OR IGNORE INTO exports (sums_sha512, kiosk_id, folder, boot, seq, visits, runs, answers)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", NULL);
  bool ok = k && e;
  if (ok) {
    sqlite3_bind_text(k, 1, info->kiosk_id, -1, SQLITE_STATIC);
    ok = exec_reset(m, k);
    sqlite3_bind_text(e, 1, info->sums_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(e, 2, info->kiosk_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(e, 3, path_basename(m->dir), -1, SQLITE_STATIC);
    sqlite3_bind_int64(e, 4, info->boot);
    sqlite3_bind_int64(e, 5, info->seq);
    sqlite3_bind_int64(e, 6, info->visits);
    sqlite3_bind_int64(e, 7, info->runs);
    sqlite3_bind_int64(e, 8, info->answers);
    ok = ok && exec_reset(m, e);
    *seen_before = sqlite3_changes(m->central) == 0;
  } else {
    fail(m, m->central);
  }
  sqlite3_finalize(k);
  sqlite3_finalize(e);
  return ok;
}

/* True when this very export (the same SHA512SUMS, byte for byte) was merged before:
   its records are all in, so nothing of it need be read again. One hash of a small
   file and one lookup, however big the export. */
static bool merged_before(sqlite3 *central, const char *dir) {
  char sums[STATS_SUM_HEX];
  if (!stats_export_sums_hash(dir, sums)) return false;
  sqlite3_stmt *s = stats_db_prepare(central, "SELECT 1 FROM exports WHERE sums_sha512 = ?1", NULL);
  bool found = s && sqlite3_bind_text(s, 1, sums, -1, SQLITE_STATIC) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW;
  sqlite3_finalize(s);
  return found;
}

/* Each day's count of take-home cards: a later count (by sequence number) replaces an
   earlier one; the same sequence number with another count is a conflict. */
static bool merge_cards(Merge *m) {
  sqlite3_stmt *src = stats_db_prepare(m->src, "SELECT kiosk_id, day, shown, seq FROM cards ORDER BY kiosk_id, day", NULL);
  sqlite3_stmt *find = stats_db_prepare(m->central, "SELECT shown, seq FROM cards WHERE kiosk_id = ?1 AND day = ?2", NULL);
  sqlite3_stmt *put = stats_db_prepare(m->central, "INSERT OR REPLACE INTO cards (kiosk_id, day, shown, seq)"
                                                   " VALUES (?1, ?2, ?3, ?4)", NULL);
  bool ok = src && find && put;
  int rc = SQLITE_DONE;
  while (ok && (rc = sqlite3_step(src)) == SQLITE_ROW) {
    int64_t shown = sqlite3_column_int64(src, 2), seq = sqlite3_column_int64(src, 3);
    bind_columns(find, 1, src, 0, 1);
    bool known = sqlite3_step(find) == SQLITE_ROW;
    int64_t had = known ? sqlite3_column_int64(find, 0) : 0, had_seq = known ? sqlite3_column_int64(find, 1) : 0;
    sqlite3_reset(find);
    if (known && seq == had_seq && shown != had) {
      conflict(m, "count of take-home cards", 0, seq);
    } else if (!known || seq > had_seq) {
      bind_columns(put, 1, src, 0, 3);
      ok = exec_reset(m, put);
      m->new_cards++;
    }
  }
  if (ok && rc != SQLITE_DONE) ok = fail(m, m->src);
  if (!(src && find && put)) ok = fail(m, src ? m->central : m->src);
  sqlite3_finalize(src);
  sqlite3_finalize(find);
  sqlite3_finalize(put);
  return ok;
}

static bool merge_folder(sqlite3 *central, const char *dir, void (*report)(void *, const char *), void *ud) {
  Merge m = {.central = central, .dir = dir, .report = report, .ud = ud};
  if (merged_before(central, dir)) {
    say(&m, "%s: merged before (its SHA512SUMS is known): skipped", dir);
    return true;
  }
  StatsExportInfo info;
  char reason[ERROR_MAX];
  m.src = stats_export_check(dir, &info, reason, sizeof reason);
  if (!m.src) {
    say(&m, "%s: refused: %s", dir, reason);
    return false;
  }
  bool seen = false;
  /* Foreign keys are not counted during the merge: every id we insert was looked up or
     inserted a moment before in this transaction, and counting them costs a statement
     journal per row (5x slower for 100,000 runs). */
  sqlite3_exec(central, "PRAGMA foreign_keys=OFF", NULL, NULL, NULL);
  bool ok = sqlite3_exec(central, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK || fail(&m, central);
  ok = ok && merge_visits(&m) && merge_runs(&m) && merge_answers(&m) && merge_cards(&m) &&
       note_export(&m, &info, &seen);
  ok = ok && (sqlite3_exec(central, "COMMIT", NULL, NULL, NULL) == SQLITE_OK || fail(&m, central));
  if (!sqlite3_get_autocommit(central)) sqlite3_exec(central, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec(central, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
  if (!ok) {
    say(&m, "%s: refused: %s; the central database is unchanged", dir, m.error);
  } else {
    if (m.conflicts > MERGE_MAX_CONFLICT_LINES)
      say(&m, "%s: %lld conflicting duplicates in all, skipped", dir, (long long)m.conflicts);
    say(&m, "%s: merged kiosk %s: %lld new visits, %lld new runs, %lld runs ended since an earlier"
            " export, %lld new answers, %lld days of take-home cards counted%s", dir, info.kiosk_id,
        (long long)m.new_visits, (long long)m.new_runs, (long long)m.ended_runs, (long long)m.new_answers,
        (long long)m.new_cards, seen ? " (a copy of an export merged before)" : "");
  }
  map_free(&m.visits);
  map_free(&m.runs);
  sqlite3_close(m.src);
  return ok;
}

/* Opens or creates the central database with the current schema; no write at all when
   it is already up to date, so a refused merge leaves the file untouched. */
static sqlite3 *open_central(const char *path, Error *err) {
  sqlite3 *db = NULL;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
    error_set(err, "%s: cannot open: %s", path, db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return NULL;
  }
  sqlite3_busy_timeout(db, STATS_BUSY_TIMEOUT_MS);
  Error e;
  int64_t central_tables = 0;
  bool ok = stats_db_exec(db, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;", &e) &&
            stats_db_int(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('kiosks', 'exports')",
                         &central_tables, &e);
  if (ok && (central_tables != 2 || stats_db_version(db) != STATS_SCHEMA_VERSION)) {
    ok = stats_db_exec(db, "BEGIN IMMEDIATE", &e);
    StatsSchemaResult r = ok ? stats_schema_migrate(db, &e) : STATS_SCHEMA_FAILED;
    ok = ok && r == STATS_SCHEMA_OK && stats_db_exec(db, central_sql, &e) && stats_db_exec(db, "COMMIT", &e);
    if (!ok && !sqlite3_get_autocommit(db)) sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
  }
  if (!ok) {
    error_set(err, "%s: %s", path, e.msg);
    sqlite3_close(db);
    return NULL;
  }
  return db;
}

int stats_merge(const char *central_db, const char *const *export_dirs, int n,
                void (*report)(void *ud, const char *line), void *ud, Error *err) {
  if (!central_db) {
    error_set(err, "statistics merge: no central database given");
    return -1;
  }
  sqlite3 *central = open_central(central_db, err);
  if (!central) return -1;
  int merged = 0;
  for (int i = 0; i < n; i++)
    if (export_dirs[i] && merge_folder(central, export_dirs[i], report, ud)) merged++;
  if (sqlite3_close(central) != SQLITE_OK) {
    error_set(err, "%s: close failed", central_db);
    return -1;
  }
  return merged;
}
