/* test_stats_retention.c — bounded storage: records exported and older than the
   retention time leave the card, what they counted stays in the per-lesson totals (every
   dashboard figure is the same before and after), records never exported stay however
   old they are, nothing is removed without a trusted clock, and the storage figures the
   staff warning is made from add up. */
#include <glob.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"
#include "stats/stats.h"
#include "testutil.h"

#define KIOSK "kiosk-keep-1"

static char *dir;
static char data[600], usb[600];
static int64_t T0; /* a trusted wall time: 40 days after the build, a Monday 09:00 UTC */

static void setup(void) {
  dir = test_tmpdir();
  ck_assert_ptr_nonnull(dir);
  snprintf(data, sizeof data, "%s/data", dir);
  snprintf(usb, sizeof usb, "%s/usb", dir);
  mkdir(usb, 0755);
  int64_t day = stats_build_time_ms() / STATS_DAY_MS + 40;
  day += (7 - (day + 3) % 7) % 7;
  T0 = day * STATS_DAY_MS + 9 * 3600000LL;
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

static StatsStore *open_store(void) {
  Error err = {""};
  StatsStore *st = stats_open(data, KIOSK, 0, &err);
  ck_assert_msg(st != NULL, "stats_open: %s", err.msg);
  stats_test_set_wall_clock(st, T0);
  stats_test_set_sync_flag(st, "/nonexistent/synchronized");
  return st;
}

static int64_t count(StatsStore *st, const char *table) {
  char sql[96];
  snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
  int64_t n = -1;
  Error err;
  ck_assert_msg(stats_db_int(st->db, sql, &n, &err), "%s", err.msg);
  return n;
}

static const char *const abc[] = {"a", "b", "c"};
static const StatsLesson lesson1 = {"basics", "1.2.0", "phishing-sms", "en"};
static const StatsLesson lesson2 = {"basics", "1.2.0", "passwords", "th"};

/* One visit running `l`: two questions (right when pick == 1), ended with outcome. */
static void one_run(StatsStore *st, const StatsLesson *l, int pick, StatsOutcome outcome) {
  int64_t v = stats_visit_begin(st, 0);
  ck_assert_int_gt(v, 0);
  int64_t r = stats_run_begin(st, v, l, 10);
  ck_assert_int_gt(r, 0);
  for (int q = 0; q < 2; q++) {
    Screen *s = screen_new(SCREEN_CHOICE);
    s->id = arena_strdup(s->arena, q ? "q2" : "q1");
    s->text = arena_strdup(s->arena, "Which one?");
    for (int i = 0; i < 3; i++) {
      s->options[i].id = arena_strdup(s->arena, abc[i]);
      s->options[i].text = arena_strdup(s->arena, "an option");
      s->options[i].correct = i == 1;
    }
    s->noptions = 3;
    Answer a = {ANSWER_GIVEN, pick, 0, 0};
    ck_assert(stats_record_answer(st, r, s, &a, 20 + q));
    screen_free(s);
  }
  if (outcome != STATS_INTERRUPTED) ck_assert(stats_run_end(st, r, outcome, pick == 1 ? 2 : 0, 2, 30));
}

static void record_mix(StatsStore *st) {
  one_run(st, &lesson1, 1, STATS_COMPLETED);
  one_run(st, &lesson1, 0, STATS_COMPLETED);
  one_run(st, &lesson1, 1, STATS_ABANDONED);
  one_run(st, &lesson2, 1, STATS_COMPLETED);
}

static void export_now(StatsStore *st, int64_t want_runs) {
  StatsExportOptions opt = {0};
  StatsExportResult res;
  Error err = {""};
  ck_assert_msg(stats_export(st, usb, &opt, &res, &err), "export: %s", err.msg);
  ck_assert_int_eq(res.runs, want_runs);
  ck_assert(res.marked);
  stats_export_result_free(&res);
}

/* Every figure the dashboard, SUMMARY.txt and the report are made from. */
typedef struct Figures {
  StatsLessonX lessons[8];
  StatsWeekX weeks[8];
  StatsLanguageX langs[8];
  StatsOverview o;
  int nlessons, nweeks, nlangs;
} Figures;

static Figures figures(StatsStore *st) {
  Figures f;
  memset(&f, 0, sizeof f);
  StatsFilter all = {0};
  f.nlessons = stats_q_lessons(st->db, &all, f.lessons, 8);
  f.nweeks = stats_q_weeks(st->db, &all, f.weeks, 8);
  f.nlangs = stats_q_languages(st->db, &all, f.langs, 8);
  ck_assert(stats_q_overview(st->db, &all, &f.o));
  return f;
}

static void same_figures(const Figures *a, const Figures *b) {
  ck_assert_int_eq(a->nlessons, b->nlessons);
  for (int i = 0; i < a->nlessons; i++) {
    const StatsLessonX *x = &a->lessons[i], *y = &b->lessons[i];
    ck_assert_str_eq(x->r.lesson_id, y->r.lesson_id);
    ck_assert_int_eq(x->r.starts, y->r.starts);
    ck_assert_int_eq(x->r.completions, y->r.completions);
    ck_assert_int_eq(x->r.interrupted, y->r.interrupted);
    ck_assert_double_eq_tol(x->r.average_score, y->r.average_score, 1e-9);
    ck_assert_int_eq(x->start_visits, y->start_visits);
  }
  ck_assert_int_eq(a->nweeks, b->nweeks);
  for (int i = 0; i < a->nweeks; i++) {
    ck_assert_str_eq(a->weeks[i].r.week, b->weeks[i].r.week);
    ck_assert_int_eq(a->weeks[i].r.completions, b->weeks[i].r.completions);
  }
  ck_assert_int_eq(a->nlangs, b->nlangs);
  for (int i = 0; i < a->nlangs; i++) {
    ck_assert_str_eq(a->langs[i].r.lang, b->langs[i].r.lang);
    ck_assert_int_eq(a->langs[i].r.runs, b->langs[i].r.runs);
  }
  ck_assert_int_eq(a->o.runs, b->o.runs);
  ck_assert_int_eq(a->o.completions, b->o.completions);
  ck_assert_int_eq(a->o.visits, b->o.visits);
  ck_assert_int_eq(a->o.answers, b->o.answers);
}

START_TEST(test_exported_old_records_leave_and_every_figure_stays) {
  StatsStore *st = open_store();
  record_mix(st);
  export_now(st, 4);
  Figures before = figures(st);
  ck_assert_int_eq(before.o.runs, 4);
  ck_assert_int_eq(before.o.answers, 8);

  stats_test_set_wall_clock(st, T0 + 400 * STATS_DAY_MS);
  Error err = {""};
  ck_assert_int_eq(stats_prune(st, 365, &err), 4);
  ck_assert_int_eq(count(st, "runs"), 0);
  ck_assert_int_eq(count(st, "answers"), 0);
  ck_assert_int_eq(count(st, "visits"), 0);
  Figures after = figures(st);
  same_figures(&before, &after);
  ck_assert_double_eq_tol(after.lessons[0].r.average_score, 50.0, 1e-9); /* 100 % and 0 % */
  ck_assert_int_eq(stats_prune(st, 365, &err), 0); /* twice: nothing more, nothing counted twice */
  Figures again = figures(st);
  same_figures(&before, &again);
  stats_close(st);
}
END_TEST

START_TEST(test_records_never_exported_stay_however_old) {
  StatsStore *st = open_store();
  record_mix(st);
  export_now(st, 4);
  one_run(st, &lesson2, 0, STATS_COMPLETED); /* after the export */
  Figures before = figures(st);
  stats_test_set_wall_clock(st, T0 + 1000 * STATS_DAY_MS);
  Error err = {""};
  ck_assert_int_eq(stats_prune(st, 30, &err), 4);
  ck_assert_int_eq(count(st, "runs"), 1);
  ck_assert_int_eq(count(st, "answers"), 2);
  ck_assert_int_eq(count(st, "visits"), 1);
  Figures after = figures(st);
  same_figures(&before, &after);
  /* the next export carries it, and then it may go too */
  export_now(st, 1);
  ck_assert_int_eq(stats_prune(st, 30, &err), 1);
  ck_assert_int_eq(count(st, "runs"), 0);
  Figures last = figures(st);
  same_figures(&before, &last);
  stats_close(st);
}
END_TEST

START_TEST(test_a_run_answered_after_the_export_stays) {
  StatsStore *st = open_store();
  int64_t v = stats_visit_begin(st, 0);
  int64_t r = stats_run_begin(st, v, &lesson1, 10);
  ck_assert_int_gt(r, 0);
  export_now(st, 1);
  ck_assert(stats_run_end(st, r, STATS_COMPLETED, 0, 0, 40)); /* ended after the export */
  stats_test_set_wall_clock(st, T0 + 400 * STATS_DAY_MS);
  Error err = {""};
  ck_assert_int_eq(stats_prune(st, 365, &err), 0);
  ck_assert_int_eq(count(st, "runs"), 1);
  stats_close(st);
}
END_TEST

START_TEST(test_recent_records_stay) {
  StatsStore *st = open_store();
  record_mix(st);
  export_now(st, 4);
  stats_test_set_wall_clock(st, T0 + 100 * STATS_DAY_MS);
  Error err = {""};
  ck_assert_int_eq(stats_prune(st, 365, &err), 0);
  ck_assert_int_eq(count(st, "runs"), 4);
  stats_close(st);
}
END_TEST

START_TEST(test_nothing_is_removed_without_a_trusted_clock_or_a_retention_time) {
  StatsStore *st = open_store();
  record_mix(st);
  export_now(st, 4);
  Error err = {""};
  stats_test_set_wall_clock(st, T0 + 400 * STATS_DAY_MS);
  ck_assert_int_eq(stats_prune(st, 0, &err), 0); /* 0 days: keep everything */
  stats_test_set_wall_clock(st, 86400000LL);      /* 1970: a Pi that booted without a clock */
  ck_assert_int_eq(stats_prune(st, 1, &err), 0);
  ck_assert_int_eq(count(st, "runs"), 4);
  stats_close(st);
}
END_TEST

START_TEST(test_a_period_counts_pruned_runs_by_their_day) {
  StatsStore *st = open_store();
  record_mix(st);
  export_now(st, 4);
  stats_test_set_wall_clock(st, T0 + 20 * STATS_DAY_MS);
  one_run(st, &lesson1, 1, STATS_COMPLETED);
  export_now(st, 1);
  /* 25 days after T0, keeping 10 days: the first four go, the fifth stays */
  stats_test_set_wall_clock(st, T0 + 25 * STATS_DAY_MS);
  Error err = {""};
  ck_assert_int_eq(stats_prune(st, 10, &err), 4);
  StatsLessonRow rows[4];
  ck_assert_int_eq(stats_lessons(st, (StatsPeriod){7}, rows, 4), 1);
  ck_assert_int_eq(rows[0].starts, 1);
  int n = stats_lessons(st, (StatsPeriod){30}, rows, 4);
  ck_assert_int_eq(n, 2);
  ck_assert_str_eq(rows[0].lesson_id, "phishing-sms");
  ck_assert_int_eq(rows[0].starts, 4);
  ck_assert_int_eq(rows[0].completions, 3);
  stats_close(st);
}
END_TEST

START_TEST(test_a_merge_of_the_exports_holds_every_run_after_pruning) {
  StatsStore *st = open_store();
  record_mix(st);
  export_now(st, 4);
  stats_test_set_wall_clock(st, T0 + 400 * STATS_DAY_MS);
  Error err = {""};
  ck_assert_int_eq(stats_prune(st, 365, &err), 4);
  one_run(st, &lesson2, 1, STATS_COMPLETED);
  export_now(st, 1);
  stats_close(st);

  /* every export folder under usb/kiosk-export/KIOSK/ */
  char pattern[700], central[700];
  snprintf(pattern, sizeof pattern, "%s/kiosk-export/%s/*", usb, KIOSK);
  snprintf(central, sizeof central, "%s/central.db", dir);
  glob_t g;
  ck_assert_int_eq(glob(pattern, 0, NULL, &g), 0);
  ck_assert_int_eq((int)g.gl_pathc, 2);
  const char *dirs[2] = {g.gl_pathv[0], g.gl_pathv[1]};
  ck_assert_int_eq(stats_merge(central, dirs, 2, NULL, NULL, &err), 2);
  sqlite3 *db = NULL;
  ck_assert_int_eq(sqlite3_open_v2(central, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  sqlite3_stmt *s = NULL;
  ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT count(*), sum(outcome = 'completed') FROM runs", -1, &s, NULL),
                   SQLITE_OK);
  ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
  ck_assert_int_eq(sqlite3_column_int(s, 0), 5);
  ck_assert_int_eq(sqlite3_column_int(s, 1), 4);
  sqlite3_finalize(s);
  sqlite3_close(db);
  globfree(&g);
}
END_TEST

START_TEST(test_storage_says_what_the_records_take_and_how_much_is_free) {
  StatsStore *st = open_store();
  record_mix(st);
  StatsStorage s;
  ck_assert(stats_storage(st, &s));
  ck_assert_int_gt(s.bytes, 4096);
  ck_assert_int_gt(s.free_bytes, 0);
  ck_assert_int_eq(stats_unexported_runs(st), 4);
  export_now(st, 4);
  ck_assert(stats_storage(st, &s));
  ck_assert_int_eq(stats_unexported_runs(st), 0);
  stats_close(st);
}
END_TEST

START_TEST(test_a_read_only_store_removes_nothing) {
  StatsStore *st = open_store();
  record_mix(st);
  export_now(st, 4);
  stats_close(st);
  Error err = {""};
  StatsStore *ro = stats_open_read_only(data, &err);
  ck_assert_msg(ro != NULL, "%s", err.msg);
  stats_test_set_wall_clock(ro, T0 + 400 * STATS_DAY_MS);
  stats_test_set_sync_flag(ro, "/nonexistent/synchronized");
  ck_assert_int_eq(stats_prune(ro, 1, &err), 0);
  ck_assert_int_eq(count(ro, "runs"), 4);
  stats_close(ro);
}
END_TEST

static Suite *retention_suite(void) {
  Suite *s = suite_create("stats-retention");
  TCase *tc = tcase_create("retention");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_exported_old_records_leave_and_every_figure_stays);
  tcase_add_test(tc, test_records_never_exported_stay_however_old);
  tcase_add_test(tc, test_a_run_answered_after_the_export_stays);
  tcase_add_test(tc, test_recent_records_stay);
  tcase_add_test(tc, test_nothing_is_removed_without_a_trusted_clock_or_a_retention_time);
  tcase_add_test(tc, test_a_period_counts_pruned_runs_by_their_day);
  tcase_add_test(tc, test_a_merge_of_the_exports_holds_every_run_after_pruning);
  tcase_add_test(tc, test_storage_says_what_the_records_take_and_how_much_is_free);
  tcase_add_test(tc, test_a_read_only_store_removes_nothing);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(retention_suite)
