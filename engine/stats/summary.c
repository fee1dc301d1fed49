/* summary.c — the plain-text tables a person reads: SUMMARY.txt in an export and
   `kiosk stats summary` on a kiosk's or a central database, per kiosk and overall.

   With small-count suppression on, a number counting fewer than k distinct visits shows
   as "<k", and what could single one learner out with it (an average score, the wrong
   choice they made) shows as "-". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "stats/internal.h"

/* How many rows a text table shows; the report and the CSVs have everything. */
#define SUMMARY_MAX_LESSONS 200
#define SUMMARY_MAX_MISSED 15
#define SUMMARY_MAX_WEEKS 26  /* half a year of weeks fits a printed page */
#define SUMMARY_MAX_LANGUAGES 40
#define SUMMARY_MAX_KIOSKS 500 /* a programme's whole fleet */
#define SUMMARY_LABEL_MAX 60
#define SUMMARY_MAX_DROPS 200

/* Appends s cut to at most width columns ("…" marks a cut) and padded with spaces to
   width: lesson titles and questions may be in any script. */
static void text_cell(Buf *out, const char *s, int width) {
  int total = stats_text_columns(s), shown = total > width ? width - 1 : total;
  buf_add(out, s, stats_text_fit(s, shown));
  if (total > width) buf_adds(out, "\xe2\x80\xa6"), shown++;
  for (; shown < width; shown++) buf_addc(out, ' ');
}

static bool hidden(int count, int visits, int k) { return k > 0 && count > 0 && visits < k; }

static void cell(char *out, size_t n, int count, int visits, int k) {
  if (hidden(count, visits, k)) snprintf(out, n, "<%d", k);
  else snprintf(out, n, "%d", count);
}

static void period_line(const StatsOverview *o, Buf *out) {
  if (o->first_wall_ms) {
    char a[16], b[16];
    stats_format_date(o->first_wall_ms, a);
    stats_format_date(o->last_wall_ms, b);
    buf_printf(out, "Period covered: %s to %s (UTC, trusted clock times)", a, b);
  } else {
    buf_adds(out, "Period covered: no run has a trusted clock time");
  }
  if (o->untrusted_runs && o->first_wall_ms)
    buf_printf(out, "; %lld runs without a trusted time", (long long)o->untrusted_runs);
  buf_addc(out, '\n');
  if (o->runs)
    buf_printf(out, "Boots %lld to %lld; last sequence number %lld\n", (long long)o->first_boot,
               (long long)o->last_boot, (long long)o->last_seq);
}

static void lessons_table(sqlite3 *db, const StatsFilter *f, int k, const StatsNames *names, Buf *out) {
  StatsLessonX *rows = xcalloc(SUMMARY_MAX_LESSONS, sizeof *rows);
  int n = stats_q_lessons(db, f, rows, SUMMARY_MAX_LESSONS);
  int w = 20;
  char label[160];
  for (int i = 0; i < n; i++) {
    int len = stats_text_columns(stats_lesson_label(names, rows[i].r.pack_id, rows[i].r.lesson_id, label, sizeof label));
    if (len > w) w = len > SUMMARY_LABEL_MAX ? SUMMARY_LABEL_MAX : len;
  }
  buf_addc(out, '\n');
  text_cell(out, "Lessons", w);
  buf_printf(out, "  %8s  %9s  %11s  %9s\n", "Starts", "Completed", "Interrupted", "Avg score");
  for (int i = 0; i < n; i++) {
    const StatsLessonX *x = &rows[i];
    char starts[16], done[16], cut[16], avg[16] = "-";
    cell(starts, sizeof starts, x->r.starts, x->start_visits, k);
    cell(done, sizeof done, x->r.completions, x->completion_visits, k);
    cell(cut, sizeof cut, x->r.interrupted, x->interrupted_visits, k);
    if (x->r.average_score >= 0 && !hidden(x->r.completions, x->completion_visits, k))
      snprintf(avg, sizeof avg, "%.0f%%", x->r.average_score);
    text_cell(out, stats_lesson_label(names, x->r.pack_id, x->r.lesson_id, label, sizeof label), w);
    buf_printf(out, "  %8s  %9s  %11s  %9s\n", starts, done, cut, avg);
  }
  if (n == 0) buf_adds(out, "(none)\n");
  free(rows);
}

/* "Lesson title: question words" (ids where the names are not known) */
static void question_label(const StatsNames *names, const char *pack, const char *lesson, const char *q,
                           char *out, size_t n) {
  char title[160];
  const char *words = stats_question_words(names, pack, lesson, q);
  snprintf(out, n, "%s: %s", stats_lesson_label(names, pack, lesson, title, sizeof title), words ? words : q);
}

static void missed_table(sqlite3 *db, const StatsFilter *f, int k, const StatsNames *names, Buf *out) {
  StatsMissedX *rows = xcalloc(SUMMARY_MAX_MISSED, sizeof *rows);
  int n = stats_q_missed(db, f, rows, SUMMARY_MAX_MISSED);
  buf_adds(out, "\nMost-missed questions (first attempts)\n");
  text_cell(out, "Question", SUMMARY_LABEL_MAX);
  buf_printf(out, "  %7s  %7s  %s\n", "Wrong", "Answers", "Most common wrong choice");
  for (int i = 0; i < n; i++) {
    const StatsMissedX *x = &rows[i];
    char label[400], wrong[16], answers[16];
    question_label(names, x->r.pack_id, x->r.lesson_id, x->r.question_id, label, sizeof label);
    cell(wrong, sizeof wrong, x->r.wrong, x->wrong_visits, k);
    cell(answers, sizeof answers, x->r.answers, x->answer_visits, k);
    bool hide = hidden(x->r.wrong, x->wrong_visits, k);
    text_cell(out, label, SUMMARY_LABEL_MAX);
    buf_printf(out, "  %7s  %7s  %s\n", wrong, answers,
               hide ? "-" : (x->r.common_wrong[0] ? x->r.common_wrong : "(nothing chosen)"));
  }
  if (n == 0) buf_adds(out, "(none)\n");
  free(rows);
}

static void dropoff_table(sqlite3 *db, const StatsFilter *f, int k, const StatsNames *names, Buf *out) {
  StatsDropX *rows = xcalloc(SUMMARY_MAX_DROPS, sizeof *rows);
  int n = stats_q_dropoff(db, f, rows, SUMMARY_MAX_DROPS);
  stats_dropoff_sort(rows, n, names);
  buf_adds(out, "\nWhere learners left lessons (abandoned or timed-out runs, by the last question answered)\n");
  for (int i = 0; i < n; i++) {
    const StatsDropX *x = &rows[i];
    char title[160], c[16];
    if (i == 0 || strcmp(x->pack_id, rows[i - 1].pack_id) != 0 || strcmp(x->lesson_id, rows[i - 1].lesson_id) != 0)
      buf_printf(out, "%s\n", stats_lesson_label(names, x->pack_id, x->lesson_id, title, sizeof title));
    const char *words = stats_question_words(names, x->pack_id, x->lesson_id, x->question_id);
    char label[300];
    if (!x->question_id[0]) snprintf(label, sizeof label, "before the first question");
    else snprintf(label, sizeof label, "after: %s", words ? words : x->question_id);
    cell(c, sizeof c, x->runs, x->visits, k);
    buf_adds(out, "  ");
    text_cell(out, label, SUMMARY_LABEL_MAX);
    buf_printf(out, "  %7s\n", c);
  }
  if (n == 0) buf_adds(out, "(none)\n");
  free(rows);
}

static void weeks_table(sqlite3 *db, const StatsFilter *f, int k, Buf *out) {
  enum { MAX_ALL = 1000 }; /* twenty years of weeks; only the latest are printed */
  StatsWeekX *rows = xcalloc(MAX_ALL, sizeof *rows);
  int n = stats_q_weeks(db, f, rows, MAX_ALL);
  int dated = n;
  while (dated > 0 && rows[dated - 1].r.week[0] == '\0') dated--;
  int from = dated > SUMMARY_MAX_WEEKS ? dated - SUMMARY_MAX_WEEKS : 0;
  buf_adds(out, "\nCompletions per week (weeks start on Monday, UTC)\n");
  if (from > 0) buf_printf(out, "(the latest %d weeks of %d)\n", SUMMARY_MAX_WEEKS, dated);
  for (int i = from; i < n; i++) {
    char c[16];
    cell(c, sizeof c, rows[i].r.completions, rows[i].visits, k);
    buf_printf(out, "%-16s  %7s\n", rows[i].r.week[0] ? rows[i].r.week : "no trusted time", c);
  }
  if (n == 0) buf_adds(out, "(none)\n");
  free(rows);
}

static void languages_table(sqlite3 *db, const StatsFilter *f, int k, Buf *out) {
  StatsLanguageX *rows = xcalloc(SUMMARY_MAX_LANGUAGES, sizeof *rows);
  int n = stats_q_languages(db, f, rows, SUMMARY_MAX_LANGUAGES);
  buf_printf(out, "\n%-8s  %11s  %9s  %12s  %9s\n", "Language", "Lesson runs", "Completed", "Completion %",
             "Avg score");
  for (int i = 0; i < n; i++) {
    const StatsLanguageX *x = &rows[i];
    char c[16], done[16], rate[16] = "-", avg[16] = "-";
    cell(c, sizeof c, x->r.runs, x->visits, k);
    cell(done, sizeof done, x->r.completions, x->visits, k);
    /* a rate or an average over few learners is as telling as the count */
    if (!hidden(x->r.runs, x->visits, k)) {
      if (x->r.runs > 0) snprintf(rate, sizeof rate, "%.0f%%", 100.0 * x->r.completions / x->r.runs);
      if (x->r.average_score >= 0) snprintf(avg, sizeof avg, "%.0f%%", x->r.average_score);
    }
    buf_printf(out, "%-8s  %11s  %9s  %12s  %9s\n", x->r.lang, c, done, rate, avg);
  }
  if (n == 0) buf_adds(out, "(none)\n");
  free(rows);
}

void stats_summary_section(sqlite3 *db, const StatsFilter *f, const char *title, int k, const StatsNames *names,
                           Buf *out) {
  StatsOverview o;
  buf_printf(out, "\n== %s ==\n", title);
  if (!stats_q_overview(db, f, &o)) {
    buf_printf(out, "(cannot read: %s)\n", sqlite3_errmsg(db));
    return;
  }
  period_line(&o, out);
  char visits[16], runs[16], done[16], cut[16];
  /* totals count learners as such: a total below k is as telling as any cell */
  cell(visits, sizeof visits, (int)o.visits, (int)o.visits, k);
  cell(runs, sizeof runs, (int)o.runs, (int)o.visits, k);
  cell(done, sizeof done, (int)o.completions, (int)o.visits, k);
  cell(cut, sizeof cut, (int)o.interrupted, (int)o.visits, k);
  buf_printf(out, "Visits: %s   Lesson runs: %s   Completed: %s   Interrupted: %s\n", visits, runs, done, cut);
  if (o.interrupted)
    buf_adds(out, "(Interrupted: the kiosk was stopped or lost power during the lesson.)\n");
  int64_t cards = stats_q_cards(db, f);
  char shown[16];
  cell(shown, sizeof shown, (int)(cards > 0x7fffffff ? 0x7fffffff : cards), (int)o.visits, k);
  if (cards >= 0) buf_printf(out, "Take-home cards shown: %s\n", shown);
  lessons_table(db, f, k, names, out);
  missed_table(db, f, k, names, out);
  dropoff_table(db, f, k, names, out);
  weeks_table(db, f, k, out);
  languages_table(db, f, k, out);
}

char *stats_summary(const char *db_path, const StatsNames *names, Error *err) {
  sqlite3 *db = stats_db_open_read(db_path, err);
  if (!db) return NULL;
  char (*kiosks)[STATS_MAX_KIOSK_ID + 1] = xcalloc(SUMMARY_MAX_KIOSKS, sizeof *kiosks);
  int n = stats_q_kiosks(db, kiosks, SUMMARY_MAX_KIOSKS);
  Buf b = {0};
  buf_printf(&b, "Kiosk statistics: %s\n%d kiosk%s\n", db_path, n, n == 1 ? "" : "s");
  StatsFilter f = {NULL, false, 0};
  if (n != 1) stats_summary_section(db, &f, "All kiosks", 0, names, &b);
  for (int i = 0; i < n; i++) {
    char title[STATS_MAX_KIOSK_ID + 16];
    snprintf(title, sizeof title, "Kiosk %s", kiosks[i]);
    f.kiosk = kiosks[i];
    stats_summary_section(db, &f, title, 0, names, &b);
  }
  free(kiosks);
  sqlite3_close(db);
  return buf_take(&b);
}
