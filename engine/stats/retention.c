/* retention.c — keeping the card from filling over the years: raw rows that were in a
   complete export and are older than the staff's retention time are folded into the
   per-lesson totals (schema v6) and removed; rows never exported are never removed
   (staff are told to export instead); and how much the records take is weighed against
   the staff's size cap and the card's free space. */
#include <stdio.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include "stats/internal.h"

/* ?1 exported_seq, ?2 the cut: a run is old when it started (by a trusted clock) before
   the cut, ended, and it and all its answers were in an export */
#define OLD_RUN                                                                               \
  "r.outcome IS NOT NULL AND r.start_trusted = 1 AND r.start_wall_ms < ?2 AND r.start_seq <= ?1" \
  " AND r.end_seq <= ?1 AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.run_id = r.id AND a.seq > ?1)"

/* a visit is old when it began (trusted) before the cut, was exported and has no runs left */
#define OLD_VISIT \
  "v.wall_trusted = 1 AND v.wall_ms < ?2 AND v.seq <= ?1 AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.visit_id = v.id)"

static const char *const prune_sql[] = {
    "INSERT INTO totals (kiosk_id, pack_id, lesson_id, lang, day, runs, completed, interrupted,"
    " percent_sum, percent_runs, visits, answers)"
    " SELECT v.kiosk_id, r.pack_id, r.lesson_id, r.lang, date(r.start_wall_ms / 1000, 'unixepoch'),"
    " count(*), total(r.outcome = 'completed'), total(r.outcome = 'interrupted'),"
    " total(CASE WHEN r.outcome = 'completed' AND r.max_score > 0 THEN 100.0 * r.score / r.max_score END),"
    " total(r.outcome = 'completed' AND r.max_score > 0), count(DISTINCT r.visit_id),"
    " total((SELECT count(*) FROM answers a WHERE a.run_id = r.id))"
    " FROM runs r JOIN visits v ON v.id = r.visit_id WHERE " OLD_RUN " GROUP BY 1, 2, 3, 4, 5"
    " ON CONFLICT DO UPDATE SET runs = runs + excluded.runs, completed = completed + excluded.completed,"
    " interrupted = interrupted + excluded.interrupted, percent_sum = percent_sum + excluded.percent_sum,"
    " percent_runs = percent_runs + excluded.percent_runs, visits = visits + excluded.visits,"
    " answers = answers + excluded.answers",
    "DELETE FROM answers WHERE run_id IN (SELECT r.id FROM runs r WHERE " OLD_RUN ")",
    "DELETE FROM runs AS r WHERE " OLD_RUN,
    "INSERT INTO visit_totals (kiosk_id, day, visits)"
    " SELECT v.kiosk_id, date(v.wall_ms / 1000, 'unixepoch'), count(*) FROM visits v WHERE " OLD_VISIT " GROUP BY 1, 2"
    " ON CONFLICT DO UPDATE SET visits = visits + excluded.visits",
    "DELETE FROM visits AS v WHERE " OLD_VISIT,
};

int64_t stats_prune(StatsStore *st, int keep_days, Error *err) {
  if (!st || !st->db) return error_set(err, "statistics: no store"), -1;
  if (keep_days <= 0 || st->read_only) return 0;
  int64_t now, exported;
  bool trusted;
  stats_clock_read(st, &now, &trusted);
  if (!trusted) return 0; /* without a trusted clock nobody knows what is old */
  if (!stats_db_int(st->db, "SELECT exported_seq FROM meta", &exported, err)) return -1;
  int64_t cut = now - (int64_t)keep_days * STATS_DAY_MS, removed = 0;
  if (!stats_db_exec(st->db, "BEGIN IMMEDIATE", err)) return -1;
  bool ok = true;
  for (size_t i = 0; ok && i < sizeof prune_sql / sizeof prune_sql[0]; i++) {
    sqlite3_stmt *s = stats_db_prepare(st->db, prune_sql[i], err);
    ok = s && sqlite3_bind_int64(s, 1, exported) == SQLITE_OK && sqlite3_bind_int64(s, 2, cut) == SQLITE_OK &&
         sqlite3_step(s) == SQLITE_DONE;
    if (!ok && s) error_set(err, "%s: pruning old records: %s", st->path, sqlite3_errmsg(st->db));
    if (ok && i == 2) removed = sqlite3_changes(st->db);
    sqlite3_finalize(s);
  }
  ok = ok && stats_db_exec(st->db, "COMMIT", err);
  if (!ok) {
    if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
  }
  return removed;
}

bool stats_storage(StatsStore *st, StatsStorage *out) {
  *out = (StatsStorage){0};
  if (!st || !st->db) return false;
  struct stat sb;
  if (stat(st->path, &sb) == 0) out->bytes += (int64_t)sb.st_size;
  char wal[4096];
  snprintf(wal, sizeof wal, "%s-wal", st->path);
  if (stat(wal, &sb) == 0) out->bytes += (int64_t)sb.st_size;
  struct statvfs fs;
  out->free_bytes = statvfs(st->dir, &fs) == 0 ? (int64_t)fs.f_bavail * (int64_t)fs.f_frsize : -1;
  return true;
}
