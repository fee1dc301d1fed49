/* report.c — one self-contained HTML file for program staff: the dashboard's charts for
   all kiosks and for each kiosk, drawn as inline SVG. No script, no font, no style sheet
   and no image from anywhere: it opens offline in any browser, from a stick or an
   e-mail. Every piece of text from the database is escaped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"

/* What one section shows; the CSVs and the database copy hold everything. */
#define REPORT_MAX_LESSONS 60
#define REPORT_MAX_MISSED 20
#define REPORT_MAX_DROPS 300
#define REPORT_MAX_WEEKS 260 /* five years of weeks */
#define REPORT_MAX_LANGUAGES 30
#define REPORT_MAX_KIOSKS 500
#define REPORT_LABEL_MAX 38  /* characters of a chart label before it is cut: 12 px text fits LABEL_W */

#define CHART_W 720
#define LABEL_W 300
#define BAR_W 340

static const char style[] =
    "body{font-family:sans-serif;margin:1.5em auto;max-width:58em;color:#1a202c;padding:0 1em}"
    "h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:2px solid #2b6cb0;margin-top:2em}"
    "h3{font-size:1.05em;margin-top:1.4em}h4{font-size:1em;margin:1em 0 .2em}"
    "svg text{font-size:12px;fill:#1a202c}svg .small{font-size:10px}"
    ".a{fill:#2b6cb0}.b{fill:#90cdf4}.s{fill:#38a169}.w{fill:#dd6b20}.axis{stroke:#718096}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #cbd5e0;padding:.25em .6em;"
    "text-align:left}td.n,th.n{text-align:right}.key span{display:inline-block;width:.9em;height:.9em;"
    "margin:0 .3em 0 1em;vertical-align:middle}p.note{color:#4a5568}";

static void esc(Buf *b, const char *s) { buf_add_html(b, s); }

/* A chart label, cut after REPORT_LABEL_MAX characters (marks that sit on a letter,
   as in Thai and Devanagari, count with it) when long. */
static void esc_label(Buf *b, const char *s) {
  size_t cut = stats_text_fit(s, REPORT_LABEL_MAX);
  char *part = xstrndup(s, cut);
  esc(b, part);
  if (s[cut]) buf_adds(b, "\xe2\x80\xa6"); /* … */
  free(part);
}

/* Horizontal bars, one row per label, one or two series scaled to max. */
static void hbars(Buf *b, const char *aria, int n, char **labels, char **tips, const double *s1,
                  const double *s2, double max, const char *unit) {
  int nseries = s2 ? 2 : 1, row = nseries == 2 ? 30 : 20, h = n * row + 16;
  if (max <= 0) max = 1;
  buf_printf(b, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"",
             CHART_W, h, CHART_W, h);
  esc(b, aria);
  buf_adds(b, "\">");
  for (int i = 0; i < n; i++) {
    int y = 8 + i * row;
    buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", LABEL_W - 8, y + (nseries == 2 ? 16 : 10));
    if (tips && tips[i]) { /* the id, and the whole label, on hover */
      buf_adds(b, "<title>");
      esc(b, labels[i]);
      buf_adds(b, " (");
      esc(b, tips[i]);
      buf_adds(b, ")</title>");
    }
    esc_label(b, labels[i]);
    buf_adds(b, "</text>");
    const double *series[2] = {s1, s2};
    static const char *const one[2] = {"s", ""}, *const two[2] = {"a", "b"};
    for (int k = 0; k < nseries; k++) {
      double v = series[k][i];
      int w = (int)(v / max * BAR_W + 0.5), yy = y + k * 12;
      buf_printf(b, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"11\"/>",
                 nseries == 2 ? two[k] : one[k], LABEL_W, yy, w);
      buf_printf(b, "<text class=\"small\" x=\"%d\" y=\"%d\">%.0f%s</text>", LABEL_W + w + 4, yy + 9,
                 v, unit);
    }
  }
  buf_adds(b, "</svg>\n");
}

/* text with its id as a tooltip: <span title="ID">TEXT</span> */
static void named(Buf *b, const char *text, const char *id) {
  buf_adds(b, "<span title=\"");
  esc(b, id);
  buf_adds(b, "\">");
  esc(b, text);
  buf_adds(b, "</span>");
}

static void lessons_charts(Buf *b, sqlite3 *db, const StatsFilter *f, const StatsNames *names) {
  StatsLessonX *rows = xcalloc(REPORT_MAX_LESSONS, sizeof *rows);
  int n = stats_q_lessons(db, f, rows, REPORT_MAX_LESSONS);
  char **labels = xcalloc((size_t)n + 1, sizeof *labels), **ids = xcalloc((size_t)n + 1, sizeof *ids);
  double *starts = xcalloc((size_t)n + 1, sizeof *starts), *done = xcalloc((size_t)n + 1, sizeof *done);
  double *avg = xcalloc((size_t)n + 1, sizeof *avg), max = 0;
  for (int i = 0; i < n; i++) {
    char title[160];
    labels[i] = xstrdup(stats_lesson_label(names, rows[i].r.pack_id, rows[i].r.lesson_id, title, sizeof title));
    ids[i] = xasprintf("%s/%s", rows[i].r.pack_id, rows[i].r.lesson_id);
    starts[i] = rows[i].r.starts;
    done[i] = rows[i].r.completions;
    avg[i] = rows[i].r.average_score < 0 ? 0 : rows[i].r.average_score;
    if (starts[i] > max) max = starts[i];
  }
  buf_adds(b, "<h3>Starts and completions per lesson</h3>\n");
  if (n == 0) {
    buf_adds(b, "<p class=\"note\">No lesson runs.</p>\n");
  } else {
    buf_adds(b, "<p class=\"key\"><span style=\"background:#2b6cb0\"></span>starts"
                "<span style=\"background:#90cdf4\"></span>completions</p>\n");
    hbars(b, "Starts and completions per lesson", n, labels, ids, starts, done, max, "");
    buf_adds(b, "<h3>Average score per lesson (completed runs)</h3>\n");
    hbars(b, "Average score per lesson", n, labels, ids, avg, NULL, 100, "%");
  }
  int cut = 0;
  for (int i = 0; i < n; i++) cut += rows[i].r.interrupted > 0;
  if (cut) {
    buf_adds(b, "<h3>Interrupted runs per lesson</h3>\n<table><tr><th>Lesson</th>"
                "<th class=\"n\">Interrupted</th><th class=\"n\">Starts</th></tr>\n");
    for (int i = 0; i < n; i++) {
      if (!rows[i].r.interrupted) continue;
      buf_adds(b, "<tr><td>");
      named(b, labels[i], ids[i]);
      buf_printf(b, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td></tr>\n", rows[i].r.interrupted,
                 rows[i].r.starts);
    }
    buf_adds(b, "</table>\n");
  }
  for (int i = 0; i < n; i++) free(labels[i]), free(ids[i]);
  free(labels);
  free(ids);
  free(starts);
  free(done);
  free(avg);
  free(rows);
}

static void weeks_chart(Buf *b, sqlite3 *db, const StatsFilter *f) {
  StatsWeekX *rows = xcalloc(REPORT_MAX_WEEKS + 1, sizeof *rows);
  int n = stats_q_weeks(db, f, rows, REPORT_MAX_WEEKS + 1);
  int dated = n, undated = 0;
  if (dated > 0 && rows[dated - 1].r.week[0] == '\0') undated = rows[--dated].r.completions;
  buf_adds(b, "<h3>Completions per week (weeks start on Monday, UTC)</h3>\n");
  if (dated == 0) {
    buf_adds(b, "<p class=\"note\">No completion has a trusted date.</p>\n");
  } else {
    double max = 1;
    for (int i = 0; i < dated; i++)
      if (rows[i].r.completions > max) max = rows[i].r.completions;
    const int h = 200, left = 40, bottom = 24, plot = h - bottom - 10;
    int bw = (CHART_W - left - 10) / dated;
    if (bw > 40) bw = 40;
    if (bw < 1) bw = 1;
    int every = (dated * 70 + CHART_W - 1) / CHART_W; /* a date label every ~70 px */
    buf_printf(b, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
                  " aria-label=\"Completions per week\">",
               CHART_W, h, CHART_W, h);
    buf_printf(b, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", left, h - bottom,
               CHART_W - 5, h - bottom);
    buf_printf(b, "<text class=\"small\" x=\"%d\" y=\"16\" text-anchor=\"end\">%.0f</text>", left - 4, max);
    for (int i = 0; i < dated; i++) {
      int bh = (int)(rows[i].r.completions / max * plot + 0.5), x = left + i * bw;
      buf_printf(b, "<rect class=\"a\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"><title>", x,
                 h - bottom - bh, bw > 2 ? bw - 1 : bw, bh);
      esc(b, rows[i].r.week);
      buf_printf(b, ": %d</title></rect>", rows[i].r.completions);
      if (i % (every ? every : 1) == 0) {
        buf_printf(b, "<text class=\"small\" x=\"%d\" y=\"%d\">", x, h - 8);
        esc(b, rows[i].r.week);
        buf_adds(b, "</text>");
      }
    }
    buf_adds(b, "</svg>\n");
  }
  if (undated) buf_printf(b, "<p class=\"note\">%d completions have no trusted date.</p>\n", undated);
  free(rows);
}

static void missed_table(Buf *b, sqlite3 *db, const StatsFilter *f, const StatsNames *names) {
  StatsMissedX *rows = xcalloc(REPORT_MAX_MISSED, sizeof *rows);
  int n = stats_q_missed(db, f, rows, REPORT_MAX_MISSED);
  buf_adds(b, "<h3>Most-missed questions (first attempts)</h3>\n");
  if (n == 0) {
    buf_adds(b, "<p class=\"note\">No wrong answers recorded.</p>\n");
    free(rows);
    return;
  }
  buf_adds(b, "<table><tr><th>Lesson</th><th>Question</th><th class=\"n\">Wrong</th>"
              "<th class=\"n\">Answers</th><th class=\"n\">Wrong %</th><th>Most common wrong choice</th></tr>\n");
  for (int i = 0; i < n; i++) {
    const StatsMissed *m = &rows[i].r;
    char title[160], *id = xasprintf("%s/%s", m->pack_id, m->lesson_id);
    const char *words = stats_question_words(names, m->pack_id, m->lesson_id, m->question_id);
    buf_adds(b, "<tr><td>");
    named(b, stats_lesson_label(names, m->pack_id, m->lesson_id, title, sizeof title), id);
    buf_adds(b, "</td><td>");
    named(b, words ? words : m->question_id, m->question_id);
    free(id);
    buf_printf(b, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%.0f%%</td><td>",
               m->wrong, m->answers, m->answers ? 100.0 * m->wrong / m->answers : 0.0);
    esc(b, m->common_wrong);
    buf_adds(b, "</td></tr>\n");
  }
  buf_adds(b, "</table>\n");
  free(rows);
}

static void languages_chart(Buf *b, sqlite3 *db, const StatsFilter *f) {
  StatsLanguageX *rows = xcalloc(REPORT_MAX_LANGUAGES, sizeof *rows);
  int n = stats_q_languages(db, f, rows, REPORT_MAX_LANGUAGES);
  buf_adds(b, "<h3>Languages: share of lesson runs, completion and score</h3>\n");
  double total = 0;
  for (int i = 0; i < n; i++) total += rows[i].r.runs;
  if (n > 0 && total > 0) {
    char **labels = xcalloc((size_t)n, sizeof *labels);
    double *share = xcalloc((size_t)n, sizeof *share);
    for (int i = 0; i < n; i++) {
      labels[i] = xasprintf("%s (%d runs)", rows[i].r.lang, rows[i].r.runs);
      share[i] = 100.0 * rows[i].r.runs / total;
    }
    hbars(b, "Language mix", n, labels, NULL, share, NULL, 100, "%");
    buf_adds(b, "<table><tr><th>Language</th><th class=\"n\">Lesson runs</th><th class=\"n\">Completed</th>"
                "<th class=\"n\">Completion</th><th class=\"n\">Average score</th></tr>\n");
    for (int i = 0; i < n; i++) {
      const StatsLanguage *l = &rows[i].r;
      buf_adds(b, "<tr><td>");
      esc(b, l->lang);
      buf_printf(b, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%.0f%%</td>", l->runs,
                 l->completions, l->runs ? 100.0 * l->completions / l->runs : 0.0);
      if (l->average_score >= 0) buf_printf(b, "<td class=\"n\">%.0f%%</td></tr>\n", l->average_score);
      else buf_adds(b, "<td class=\"n\">–</td></tr>\n");
    }
    buf_adds(b, "</table>\n");
    for (int i = 0; i < n; i++) free(labels[i]);
    free(labels);
    free(share);
  } else {
    buf_adds(b, "<p class=\"note\">No lesson runs.</p>\n");
  }
  free(rows);
}

/* Per lesson, where learners left it: the last question answered before they stopped
   or walked away, in the lesson's order. */
static void dropoff_charts(Buf *b, sqlite3 *db, const StatsFilter *f, const StatsNames *names) {
  StatsDropX *rows = xcalloc(REPORT_MAX_DROPS, sizeof *rows);
  int n = stats_q_dropoff(db, f, rows, REPORT_MAX_DROPS);
  stats_dropoff_sort(rows, n, names);
  buf_adds(b, "<h3>Where learners leave each lesson (abandoned or timed-out runs)</h3>\n");
  if (n == 0) buf_adds(b, "<p class=\"note\">No learner left a lesson before its end.</p>\n");
  for (int i = 0, end; i < n; i = end) {
    for (end = i + 1; end < n && strcmp(rows[end].pack_id, rows[i].pack_id) == 0 &&
                      strcmp(rows[end].lesson_id, rows[i].lesson_id) == 0;
         end++) {
    }
    int k = end - i;
    char title[160], **labels = xcalloc((size_t)k, sizeof *labels), **ids = xcalloc((size_t)k, sizeof *ids);
    double *runs = xcalloc((size_t)k, sizeof *runs), max = 0;
    for (int j = 0; j < k; j++) {
      const StatsDropX *x = &rows[i + j];
      const char *words = stats_question_words(names, x->pack_id, x->lesson_id, x->question_id);
      labels[j] = !x->question_id[0] ? xstrdup("before the first question")
                                     : xasprintf("after: %s", words ? words : x->question_id);
      ids[j] = x->question_id[0] ? xstrdup(x->question_id) : NULL;
      runs[j] = x->runs;
      if (runs[j] > max) max = runs[j];
    }
    buf_adds(b, "<h4>");
    char *id = xasprintf("%s/%s", rows[i].pack_id, rows[i].lesson_id);
    named(b, stats_lesson_label(names, rows[i].pack_id, rows[i].lesson_id, title, sizeof title), id);
    buf_adds(b, "</h4>\n");
    hbars(b, title, k, labels, ids, runs, NULL, max, "");
    for (int j = 0; j < k; j++) free(labels[j]), free(ids[j]);
    free(id);
    free(labels);
    free(ids);
    free(runs);
  }
  free(rows);
}

static void section(Buf *b, sqlite3 *db, const StatsFilter *f, const char *title, const StatsNames *names) {
  StatsOverview o;
  buf_adds(b, "<h2>");
  esc(b, title);
  buf_adds(b, "</h2>\n");
  if (!stats_q_overview(db, f, &o)) {
    buf_adds(b, "<p>Cannot read these statistics: ");
    esc(b, sqlite3_errmsg(db));
    buf_adds(b, "</p>\n");
    return;
  }
  buf_printf(b, "<p>%lld visits, %lld lesson runs, %lld completed, %lld interrupted, %lld answers",
             (long long)o.visits, (long long)o.runs, (long long)o.completions, (long long)o.interrupted,
             (long long)o.answers);
  int64_t cards = stats_q_cards(db, f); /* as the kiosk's dashboard and the summary count them */
  if (cards >= 0) buf_printf(b, ", %lld take-home cards shown", (long long)cards);
  buf_adds(b, ".");
  if (o.interrupted)
    buf_adds(b, " Interrupted runs were cut short when the kiosk was stopped or lost power.");
  if (o.first_wall_ms) {
    char a[16], z[16];
    stats_format_date(o.first_wall_ms, a);
    stats_format_date(o.last_wall_ms, z);
    buf_printf(b, " Period covered: %s to %s (UTC).", a, z);
  }
  if (o.untrusted_runs)
    buf_printf(b, " %lld runs were recorded while the kiosk's clock was not trusted.",
               (long long)o.untrusted_runs);
  buf_adds(b, "</p>\n");
  lessons_charts(b, db, f, names);
  weeks_chart(b, db, f);
  missed_table(b, db, f, names);
  dropoff_charts(b, db, f, names);
  languages_chart(b, db, f);
}

bool stats_report(const char *db_path, const char *html_path, const StatsNames *names, Error *err) {
  sqlite3 *db = stats_db_open_read(db_path, err);
  if (!db) return false;
  char (*kiosks)[STATS_MAX_KIOSK_ID + 1] = xcalloc(REPORT_MAX_KIOSKS, sizeof *kiosks);
  int n = stats_q_kiosks(db, kiosks, REPORT_MAX_KIOSKS);
  Buf b = {0};
  buf_adds(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width\">"
               "<title>Kiosk statistics</title><style>");
  buf_adds(&b, style);
  buf_adds(&b, "</style></head><body>\n<h1>Kiosk statistics</h1>\n<p class=\"note\">From ");
  esc(&b, path_basename(db_path));
  buf_printf(&b, ", %d kiosk%s. Anonymous: visits are random ids, answers are option ids.%s</p>\n", n,
             n == 1 ? "" : "s",
             names ? " Hover over a lesson or a question to see its id."
                   : " Lessons and questions are shown by their ids (run with --lessons DIR to show their names).");
  StatsFilter f = {NULL, false, 0};
  char title[STATS_MAX_KIOSK_ID + 16];
  snprintf(title, sizeof title, "Kiosk %s", n == 1 ? kiosks[0] : "");
  section(&b, db, &f, n == 1 ? title : "All kiosks", names);
  for (int i = 0; n > 1 && i < n; i++) {
    snprintf(title, sizeof title, "Kiosk %s", kiosks[i]);
    f.kiosk = kiosks[i];
    section(&b, db, &f, title, names);
  }
  buf_adds(&b, "</body></html>\n");
  free(kiosks);
  sqlite3_close(db);
  bool ok = fs_write_atomic(html_path, b.data, b.len, err);
  buf_free(&b);
  return ok;
}
