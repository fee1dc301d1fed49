/* queries.c — what the staff dashboard, SUMMARY.txt and the report show: lessons with
   starts, completions, interrupted runs and average score; completions per ISO week; the language mix,
   each adding what pruned runs left in the totals (retention.c)
   (the most-missed questions are in missed.c).

   Each works on a kiosk's store or on a central database alike (the kiosk id is in
   every visit), and also counts the distinct visits behind each number, so a summary can
   hide cells counting too few learners. A period counts runs that started at or after a
   trusted wall time; runs whose time was not trusted appear only in "everything". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "stats/internal.h"

/* ?1 kiosk (NULL = all), ?2 period on/off, ?3 the period's start */
#define FILTER \
  " (?1 IS NULL OR v.kiosk_id = ?1) AND (?2 = 0 OR (r.start_trusted = 1 AND r.start_wall_ms >= ?3)) "
#define RUNS " FROM runs r JOIN visits v ON v.id = r.visit_id "
/* the same filter on the totals of pruned runs (retention.c): they all had a trusted start */
#define TOTALS_FILTER " (?1 IS NULL OR t.kiosk_id = ?1) AND (?2 = 0 OR t.day >= date(?3 / 1000, 'unixepoch')) "
#define ANSWERS " FROM answers a JOIN runs r ON r.id = a.run_id JOIN visits v ON v.id = r.visit_id "

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql, const StatsFilter *f) {
  sqlite3_stmt *s = stats_db_prepare(db, sql, NULL);
  if (!s) return NULL;
  if (f->kiosk) sqlite3_bind_text(s, 1, f->kiosk, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 2, f->period);
  sqlite3_bind_int64(s, 3, f->since_ms);
  return s;
}

static void copy(char *dst, size_t n, const unsigned char *src) {
  snprintf(dst, n, "%s", src ? (const char *)src : "");
}

static int clamp_int(int64_t v) { return v > 0x7fffffff ? 0x7fffffff : (int)v; }

int stats_q_lessons(sqlite3 *db, const StatsFilter *f, StatsLessonX *rows, int max) {
  static const char q[] =
      "SELECT pack_id, lesson_id, sum(starts), sum(completed), sum(psum) / nullif(sum(pruns), 0),"
      " sum(sv), sum(cv), sum(interrupted), sum(iv) FROM ("
      "SELECT r.pack_id, r.lesson_id, count(*) AS starts, total(r.outcome = 'completed') AS completed,"
      " total(CASE WHEN r.outcome = 'completed' AND r.max_score > 0"
      "            THEN 100.0 * r.score / r.max_score END) AS psum,"
      " total(r.outcome = 'completed' AND r.max_score > 0) AS pruns,"
      " count(DISTINCT r.visit_id) AS sv,"
      " count(DISTINCT CASE WHEN r.outcome = 'completed' THEN r.visit_id END) AS cv,"
      " total(r.outcome = 'interrupted') AS interrupted,"
      " count(DISTINCT CASE WHEN r.outcome = 'interrupted' THEN r.visit_id END) AS iv" RUNS
      "WHERE" FILTER "GROUP BY r.pack_id, r.lesson_id"
      " UNION ALL SELECT pack_id, lesson_id, sum(runs), sum(completed), sum(percent_sum), sum(percent_runs),"
      " sum(visits), sum(min(visits, completed)), sum(interrupted), sum(min(visits, interrupted))"
      " FROM totals t WHERE" TOTALS_FILTER "GROUP BY pack_id, lesson_id"
      ") GROUP BY pack_id, lesson_id ORDER BY sum(starts) DESC, pack_id, lesson_id";
  sqlite3_stmt *s = prepare(db, q, f);
  int n = 0;
  while (s && n < max && sqlite3_step(s) == SQLITE_ROW) {
    StatsLessonX *x = &rows[n++];
    memset(x, 0, sizeof *x);
    copy(x->r.pack_id, sizeof x->r.pack_id, sqlite3_column_text(s, 0));
    copy(x->r.lesson_id, sizeof x->r.lesson_id, sqlite3_column_text(s, 1));
    x->r.starts = clamp_int(sqlite3_column_int64(s, 2));
    x->r.completions = clamp_int(sqlite3_column_int64(s, 3));
    x->r.average_score = sqlite3_column_type(s, 4) == SQLITE_NULL ? -1 : sqlite3_column_double(s, 4);
    x->start_visits = clamp_int(sqlite3_column_int64(s, 5));
    x->completion_visits = clamp_int(sqlite3_column_int64(s, 6));
    x->r.interrupted = clamp_int(sqlite3_column_int64(s, 7));
    x->interrupted_visits = clamp_int(sqlite3_column_int64(s, 8));
  }
  sqlite3_finalize(s);
  return n;
}

int stats_q_weeks(sqlite3 *db, const StatsFilter *f, StatsWeekX *rows, int max) {
  /* the Monday (UTC) on or before the completion, or the start when only that was
     trusted; '' for runs with no trusted time, listed last */
  static const char q[] =
      "SELECT week, sum(n), sum(visits) FROM ("
      "SELECT CASE WHEN r.end_trusted = 1"
      "  THEN date(r.end_wall_ms / 1000, 'unixepoch', '-6 days', 'weekday 1')"
      "  WHEN r.start_trusted = 1"
      "  THEN date(r.start_wall_ms / 1000, 'unixepoch', '-6 days', 'weekday 1')"
      "  ELSE '' END AS week, count(*) AS n, count(DISTINCT r.visit_id) AS visits" RUNS
      "WHERE r.outcome = 'completed' AND" FILTER "GROUP BY week"
      " UNION ALL SELECT date(day, '-6 days', 'weekday 1') AS week, sum(completed), sum(min(visits, completed))"
      " FROM totals t WHERE completed > 0 AND" TOTALS_FILTER "GROUP BY week"
      ") GROUP BY week ORDER BY week = '', week";
  sqlite3_stmt *s = prepare(db, q, f);
  int n = 0;
  while (s && n < max && sqlite3_step(s) == SQLITE_ROW) {
    StatsWeekX *x = &rows[n++];
    memset(x, 0, sizeof *x);
    copy(x->r.week, sizeof x->r.week, sqlite3_column_text(s, 0));
    x->r.completions = clamp_int(sqlite3_column_int64(s, 1));
    x->visits = clamp_int(sqlite3_column_int64(s, 2));
  }
  sqlite3_finalize(s);
  return n;
}

int stats_q_languages(sqlite3 *db, const StatsFilter *f, StatsLanguageX *rows, int max) {
  static const char q[] =
      "SELECT lang, sum(n), sum(visits), sum(completed), sum(psum) / nullif(sum(pruns), 0) FROM ("
      "SELECT r.lang, count(*) AS n, count(DISTINCT r.visit_id) AS visits,"
      " total(r.outcome = 'completed') AS completed,"
      " total(CASE WHEN r.outcome = 'completed' AND r.max_score > 0"
      "            THEN 100.0 * r.score / r.max_score END) AS psum,"
      " total(r.outcome = 'completed' AND r.max_score > 0) AS pruns" RUNS "WHERE" FILTER "GROUP BY r.lang"
      " UNION ALL SELECT lang, sum(runs), sum(visits), sum(completed), sum(percent_sum), sum(percent_runs)"
      " FROM totals t WHERE" TOTALS_FILTER "GROUP BY lang"
      ") GROUP BY lang ORDER BY sum(n) DESC, lang";
  sqlite3_stmt *s = prepare(db, q, f);
  int n = 0;
  while (s && n < max && sqlite3_step(s) == SQLITE_ROW) {
    StatsLanguageX *x = &rows[n++];
    memset(x, 0, sizeof *x);
    copy(x->r.lang, sizeof x->r.lang, sqlite3_column_text(s, 0));
    x->r.runs = clamp_int(sqlite3_column_int64(s, 1));
    x->visits = clamp_int(sqlite3_column_int64(s, 2));
    x->r.completions = clamp_int(sqlite3_column_int64(s, 3));
    x->r.average_score = sqlite3_column_type(s, 4) == SQLITE_NULL ? -1 : sqlite3_column_double(s, 4);
  }
  sqlite3_finalize(s);
  return n;
}

/* Where learners leave: for each run they left (abandoned, or timed out when they walked
   away), the last question they answered ("" when they left before the first). Power
   cuts are not learners leaving, so interrupted runs are not counted. Pruned runs are
   not here: the totals keep no questions. */
int stats_q_dropoff(sqlite3 *db, const StatsFilter *f, StatsDropX *rows, int max) {
  static const char q[] =
      "SELECT r.pack_id, r.lesson_id,"
      " coalesce((SELECT a.question_id FROM answers a WHERE a.run_id = r.id ORDER BY a.seq DESC LIMIT 1), '')"
      " AS last, count(*), count(DISTINCT r.visit_id)" RUNS
      "WHERE r.outcome IN ('abandoned', 'timed-out') AND" FILTER
      "GROUP BY r.pack_id, r.lesson_id, last ORDER BY r.pack_id, r.lesson_id, count(*) DESC, last";
  sqlite3_stmt *s = prepare(db, q, f);
  int n = 0;
  while (s && n < max && sqlite3_step(s) == SQLITE_ROW) {
    StatsDropX *x = &rows[n++];
    memset(x, 0, sizeof *x);
    copy(x->pack_id, sizeof x->pack_id, sqlite3_column_text(s, 0));
    copy(x->lesson_id, sizeof x->lesson_id, sqlite3_column_text(s, 1));
    copy(x->question_id, sizeof x->question_id, sqlite3_column_text(s, 2));
    x->runs = clamp_int(sqlite3_column_int64(s, 3));
    x->visits = clamp_int(sqlite3_column_int64(s, 4));
  }
  sqlite3_finalize(s);
  return n;
}

bool stats_q_overview(sqlite3 *db, const StatsFilter *f, StatsOverview *o) {
  static const char runs[] =
      "SELECT count(*), total(r.outcome = 'completed'),"
      " min(CASE WHEN r.start_trusted = 1 THEN r.start_wall_ms END),"
      " max(CASE WHEN r.start_trusted = 1 THEN r.start_wall_ms END),"
      " total(r.start_trusted = 0), min(r.start_boot), max(r.start_boot), max(r.start_seq),"
      " total(r.outcome = 'interrupted')" RUNS
      "WHERE" FILTER;
  static const char visits[] =
      "SELECT count(*) FROM visits v WHERE (?1 IS NULL OR v.kiosk_id = ?1)"
      " AND (?2 = 0 OR (v.wall_trusted = 1 AND v.wall_ms >= ?3))";
  static const char answers[] = "SELECT count(*)" ANSWERS "WHERE" FILTER;
  static const char totals[] =
      "SELECT total(runs), total(completed), total(interrupted), total(answers), CAST(strftime('%s', min(day)) AS INTEGER) * 1000,"
      " CAST(strftime('%s', max(day)) AS INTEGER) * 1000,"
      " (SELECT total(visits) FROM visit_totals t WHERE" TOTALS_FILTER ")"
      " FROM totals t WHERE" TOTALS_FILTER;
  memset(o, 0, sizeof *o);
  sqlite3_stmt *s = prepare(db, runs, f);
  bool ok = s && sqlite3_step(s) == SQLITE_ROW;
  if (ok) {
    o->runs = sqlite3_column_int64(s, 0);
    o->completions = sqlite3_column_int64(s, 1);
    o->first_wall_ms = sqlite3_column_int64(s, 2);
    o->last_wall_ms = sqlite3_column_int64(s, 3);
    o->untrusted_runs = sqlite3_column_int64(s, 4);
    o->first_boot = sqlite3_column_int64(s, 5);
    o->last_boot = sqlite3_column_int64(s, 6);
    o->last_seq = sqlite3_column_int64(s, 7);
    o->interrupted = sqlite3_column_int64(s, 8);
  }
  sqlite3_finalize(s);
  s = ok ? prepare(db, visits, f) : NULL;
  ok = s && sqlite3_step(s) == SQLITE_ROW;
  if (ok) o->visits = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  s = ok ? prepare(db, answers, f) : NULL;
  ok = s && sqlite3_step(s) == SQLITE_ROW;
  if (ok) o->answers = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  /* runs pruned into totals (a central database has none: it holds their raw rows) */
  s = ok ? prepare(db, totals, f) : NULL;
  if (s && sqlite3_step(s) == SQLITE_ROW) {
    o->runs += sqlite3_column_int64(s, 0);
    o->completions += sqlite3_column_int64(s, 1);
    o->interrupted += sqlite3_column_int64(s, 2);
    o->answers += sqlite3_column_int64(s, 3);
    o->visits += sqlite3_column_int64(s, 6);
    int64_t first = sqlite3_column_int64(s, 4); /* the first pruned day, 00:00 UTC */
    if (first > 0 && (o->first_wall_ms == 0 || first < o->first_wall_ms)) o->first_wall_ms = first;
    int64_t last = sqlite3_column_int64(s, 5);
    if (last > o->last_wall_ms) o->last_wall_ms = last;
  }
  sqlite3_finalize(s);
  return ok;
}

int stats_q_kiosks(sqlite3 *db, char (*ids)[STATS_MAX_KIOSK_ID + 1], int max) {
  sqlite3_stmt *s = stats_db_prepare(
      db, "SELECT kiosk_id FROM visits UNION SELECT kiosk_id FROM visit_totals ORDER BY kiosk_id", NULL);
  int n = 0;
  while (s && n < max && sqlite3_step(s) == SQLITE_ROW)
    copy(ids[n++], STATS_MAX_KIOSK_ID + 1, sqlite3_column_text(s, 0));
  sqlite3_finalize(s);
  return n;
}

/* Take-home cards shown: the sum of the days' counts (a period takes the days of a
   trusted clock from its start's date; a count made without one is in "everything"). */
int64_t stats_q_cards(sqlite3 *db, const StatsFilter *f) {
  sqlite3_stmt *s = prepare(db, "SELECT coalesce(sum(shown), 0) FROM cards t WHERE" TOTALS_FILTER, f);
  int64_t n = s && sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
  sqlite3_finalize(s);
  return n;
}

/* ---- the dashboard (stats.h) ------------------------------------------------------- */

/* "The last N days" ends now when the clock is trusted, else at the latest trusted time
   recorded (a kiosk whose clock was lost still shows its last known weeks). */
static StatsFilter period_filter(StatsStore *st, StatsPeriod p) {
  StatsFilter f = {NULL, false, 0};
  if (p.days <= 0) return f;
  int64_t now;
  bool trusted;
  stats_clock_read(st, &now, &trusted);
  if (!trusted &&
      !stats_db_int(st->db, "SELECT coalesce(max(start_wall_ms), 0) FROM runs WHERE start_trusted = 1",
                    &now, NULL))
    now = 0;
  f.period = true;
  f.since_ms = now - (int64_t)p.days * STATS_DAY_MS;
  return f;
}

#define DASHBOARD(name, X, Row, query)                                          \
  int name(StatsStore *st, StatsPeriod p, Row *rows, int max) {                 \
    if (!st || !st->db || !rows || max <= 0) return 0;                          \
    StatsFilter f = period_filter(st, p);                                       \
    X *x = xcalloc((size_t)max, sizeof *x);                                     \
    int n = query(st->db, &f, x, max);                                          \
    for (int i = 0; i < n; i++) rows[i] = x[i].r;                               \
    free(x);                                                                    \
    return n;                                                                   \
  }

DASHBOARD(stats_lessons, StatsLessonX, StatsLessonRow, stats_q_lessons)
DASHBOARD(stats_missed, StatsMissedX, StatsMissed, stats_q_missed)
DASHBOARD(stats_weeks, StatsWeekX, StatsWeek, stats_q_weeks)
DASHBOARD(stats_languages, StatsLanguageX, StatsLanguage, stats_q_languages)

long stats_cards(StatsStore *st, StatsPeriod p) {
  if (!st || !st->db) return 0;
  StatsFilter f = period_filter(st, p);
  int64_t n = stats_q_cards(st->db, &f);
  return n > 0 ? (long)n : 0;
}
