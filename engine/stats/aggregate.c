/* aggregate.c — `kiosk stats aggregate`: the statistics to share outside the programme.
   An export (export.c) holds records, one row per lesson run and answer: anonymous, but
   detailed enough that a small count could point at one learner, so it is for the
   programme's own merge. This holds totals only, overall and per kiosk — per lesson,
   question, week and language — with every count from fewer than k distinct visits
   shown as "<k", and what could single a learner out beside it (an average score, the
   wrong choice made) left empty. No visit id, sequence number or time of a visit. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"

#define AGG_MAX_KIOSKS 500
#define AGG_MAX_LESSONS 1000
#define AGG_MAX_MISSED 1000
#define AGG_MAX_WEEKS 1100 /* twenty years */
#define AGG_MAX_LANGUAGES 100

/* A count, or "<k" when fewer than k visits are behind it. */
static void count_cell(StatsOut *o, int count, int visits, int k) {
  stats_out_lit(o, ",");
  if (k > 0 && count > 0 && visits < k) {
    char cell[16];
    snprintf(cell, sizeof cell, "<%d", k);
    stats_out_str(o, cell);
  } else {
    stats_out_i64(o, count);
  }
}

static bool hidden(int count, int visits, int k) { return k > 0 && count > 0 && visits < k; }

static void lessons(StatsOut *o, sqlite3 *db, const StatsFilter *f, const char *label, int k) {
  StatsLessonX *rows = xcalloc(AGG_MAX_LESSONS, sizeof *rows);
  int n = stats_q_lessons(db, f, rows, AGG_MAX_LESSONS);
  for (int i = 0; i < n; i++) {
    const StatsLessonX *x = &rows[i];
    stats_out_csv(o, label);
    stats_out_lit(o, ",");
    stats_out_csv(o, x->r.pack_id);
    stats_out_lit(o, ",");
    stats_out_csv(o, x->r.lesson_id);
    count_cell(o, x->r.starts, x->start_visits, k);
    count_cell(o, x->r.completions, x->completion_visits, k);
    count_cell(o, x->r.interrupted, x->interrupted_visits, k);
    stats_out_lit(o, ",");
    if (x->r.average_score >= 0 && !hidden(x->r.completions, x->completion_visits, k))
      stats_out_i64(o, (int64_t)(x->r.average_score + 0.5));
    stats_out_lit(o, "\r\n");
  }
  free(rows);
}

static void questions(StatsOut *o, sqlite3 *db, const StatsFilter *f, const char *label, int k) {
  StatsMissedX *rows = xcalloc(AGG_MAX_MISSED, sizeof *rows);
  int n = stats_q_missed(db, f, rows, AGG_MAX_MISSED);
  for (int i = 0; i < n; i++) {
    const StatsMissedX *x = &rows[i];
    stats_out_csv(o, label);
    stats_out_lit(o, ",");
    stats_out_csv(o, x->r.pack_id);
    stats_out_lit(o, ",");
    stats_out_csv(o, x->r.lesson_id);
    stats_out_lit(o, ",");
    stats_out_csv(o, x->r.question_id);
    count_cell(o, x->r.answers, x->answer_visits, k);
    count_cell(o, x->r.wrong, x->wrong_visits, k);
    stats_out_lit(o, ",");
    if (!hidden(x->r.wrong, x->wrong_visits, k)) stats_out_csv(o, x->r.common_wrong);
    stats_out_lit(o, "\r\n");
  }
  free(rows);
}

static void weeks(StatsOut *o, sqlite3 *db, const StatsFilter *f, const char *label, int k) {
  StatsWeekX *rows = xcalloc(AGG_MAX_WEEKS, sizeof *rows);
  int n = stats_q_weeks(db, f, rows, AGG_MAX_WEEKS);
  for (int i = 0; i < n; i++) {
    stats_out_csv(o, label);
    stats_out_lit(o, ",");
    stats_out_csv(o, rows[i].r.week[0] ? rows[i].r.week : "unknown");
    count_cell(o, rows[i].r.completions, rows[i].visits, k);
    stats_out_lit(o, "\r\n");
  }
  free(rows);
}

static void languages(StatsOut *o, sqlite3 *db, const StatsFilter *f, const char *label, int k) {
  StatsLanguageX *rows = xcalloc(AGG_MAX_LANGUAGES, sizeof *rows);
  int n = stats_q_languages(db, f, rows, AGG_MAX_LANGUAGES);
  for (int i = 0; i < n; i++) {
    stats_out_csv(o, label);
    stats_out_lit(o, ",");
    stats_out_csv(o, rows[i].r.lang);
    count_cell(o, rows[i].r.runs, rows[i].visits, k);
    stats_out_lit(o, "\r\n");
  }
  free(rows);
}

typedef void (*Table)(StatsOut *o, sqlite3 *db, const StatsFilter *f, const char *label, int k);

static const struct {
  const char *name, *header;
  Table rows;
} tables[] = {
    {"lessons.csv", "kiosk_id,pack_id,lesson_id,starts,completions,interrupted,average_score_percent\r\n", lessons},
    {"questions.csv", "kiosk_id,pack_id,lesson_id,question_id,first_answers,wrong,most_common_wrong\r\n", questions},
    {"weeks.csv", "kiosk_id,week_starting,completions\r\n", weeks},
    {"languages.csv", "kiosk_id,lang,lesson_runs\r\n", languages},
};

#define NTABLES (sizeof tables / sizeof *tables)

/* Each table: one block of rows for all kiosks ("all"), then one per kiosk. */
static bool write_tables(sqlite3 *db, const char *dir, char (*kiosks)[STATS_MAX_KIOSK_ID + 1], int nkiosks, int k,
                         char sums[][STATS_SUM_HEX], Error *err) {
  for (size_t t = 0; t < NTABLES; t++) {
    StatsOut o;
    if (!stats_out_open(&o, dir, tables[t].name, err)) return false;
    stats_out_str(&o, tables[t].header);
    StatsFilter f = {NULL, false, 0};
    tables[t].rows(&o, db, &f, "all", k);
    for (int i = 0; i < nkiosks; i++) {
      f.kiosk = kiosks[i];
      tables[t].rows(&o, db, &f, kiosks[i], k);
    }
    if (!stats_out_close(&o, sums[t], err)) return false;
  }
  return true;
}

bool stats_aggregate(const char *db_path, const char *out_dir, int suppress_below, Error *err) {
  if (fs_exists(out_dir)) return error_set(err, "%s: already there (the aggregate goes into a new folder)", out_dir);
  sqlite3 *db = stats_db_open_read(db_path, err);
  if (!db) return false;
  char *parent = path_dirname(out_dir);
  char *partial = xasprintf("%s/.%s.partial", parent, path_basename(out_dir));
  char (*kiosks)[STATS_MAX_KIOSK_ID + 1] = xcalloc(AGG_MAX_KIOSKS, sizeof *kiosks);
  int nkiosks = stats_q_kiosks(db, kiosks, AGG_MAX_KIOSKS);
  char sums[NTABLES + 1][STATS_SUM_HEX];
  fs_remove_tree(partial); /* what an interrupted one left */
  bool ok = fs_mkdirs(parent, err) &&
            (mkdir(partial, 0755) == 0 || error_set(err, "%s: cannot create folder: %s", partial, strerror(errno)));
  ok = ok && write_tables(db, partial, kiosks, nkiosks, suppress_below, sums, err);
  if (ok) {
    Buf b = {0};
    buf_printf(&b, "Kiosk statistics, totals only: %d kiosk%s\n", nkiosks, nkiosks == 1 ? "" : "s");
    if (suppress_below > 0)
      buf_printf(&b, "Counts from fewer than %d visits are shown as \"<%d\".\n", suppress_below, suppress_below);
    StatsFilter f = {NULL, false, 0};
    stats_summary_section(db, &f, "All kiosks", suppress_below, NULL, &b);
    for (int i = 0; i < nkiosks; i++) {
      char title[STATS_MAX_KIOSK_ID + 16];
      snprintf(title, sizeof title, "Kiosk %s", kiosks[i]);
      f.kiosk = kiosks[i];
      stats_summary_section(db, &f, title, suppress_below, NULL, &b);
    }
    ok = stats_out_file(partial, "SUMMARY.txt", b.data, b.len, sums[NTABLES], err);
    buf_free(&b);
  }
  if (ok) {
    Buf b = {0};
    for (size_t t = 0; t < NTABLES; t++) buf_printf(&b, "%s  %s\n", sums[t], tables[t].name);
    buf_printf(&b, "%s  SUMMARY.txt\n", sums[NTABLES]);
    ok = stats_out_file(partial, STATS_EXPORT_SUMS, b.data, b.len, NULL, err);
    buf_free(&b);
  }
  ok = ok && fs_sync_dir(partial, err);
  if (ok && rename(partial, out_dir) != 0) ok = error_set(err, "%s: cannot rename it into place: %s", out_dir, strerror(errno));
  ok = ok && fs_sync_dir(parent, err);
  if (!ok) fs_remove_tree(partial);
  sqlite3_close(db);
  free(kiosks);
  free(partial);
  free(parent);
  return ok;
}
