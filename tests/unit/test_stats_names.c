/* test_stats_names.c — reports staff can read: lessons by their titles and questions by
   their words when the caller knows them (ids as tooltips, ids alone when not), where
   learners leave each lesson (the last question answered before they stopped or walked
   away, in the lesson's order; power cuts and finished runs are not leaving), and
   completion and score per language. */
#include <sqlite3.h>
#include <sys/stat.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"
#include "stats/stats.h"
#include "testutil.h"

#define KIOSK "kiosk-names-1"

static char *dir;
static char data[600];

static void setup(void) {
  dir = test_tmpdir();
  ck_assert_ptr_nonnull(dir);
  snprintf(data, sizeof data, "%s/data", dir);
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

static const StatsLesson sms_en = {"core", "1.0.0", "l01", "en"};
static const StatsLesson sms_th = {"core", "1.0.0", "l01", "th"};
static const StatsLesson love_en = {"core", "1.0.0", "l08", "en"};

/* A run of l answering the questions in qs (right when right), then ending with outcome
   (STATS_INTERRUPTED: left open, as a power cut leaves it). */
static void run(StatsStore *st, const StatsLesson *l, const char *const *qs, int nq, bool right,
                StatsOutcome outcome) {
  static const char *const ids[] = {"a", "b"};
  int64_t v = stats_visit_begin(st, 0);
  int64_t r = stats_run_begin(st, v, l, 1);
  ck_assert_int_gt(r, 0);
  for (int q = 0; q < nq; q++) {
    Screen *s = screen_new(SCREEN_CHOICE);
    s->id = arena_strdup(s->arena, qs[q]);
    s->text = arena_strdup(s->arena, "?");
    for (int i = 0; i < 2; i++) {
      s->options[i].id = arena_strdup(s->arena, ids[i]);
      s->options[i].text = arena_strdup(s->arena, "x");
      s->options[i].correct = i == 0;
    }
    s->noptions = 2;
    Answer a = {ANSWER_GIVEN, right ? 0 : 1, 0, 0};
    ck_assert(stats_record_answer(st, r, s, &a, 2 + q));
    screen_free(s);
  }
  if (outcome != STATS_INTERRUPTED) ck_assert(stats_run_end(st, r, outcome, right ? nq : 0, nq, 50));
}

static const char *const q3[] = {"intro.card", "flags", "reply"};

static void record(void) {
  Error err = {""};
  StatsStore *st = stats_open(data, KIOSK, 0, &err);
  ck_assert_msg(st != NULL, "%s", err.msg);
  run(st, &sms_en, q3, 3, true, STATS_COMPLETED);
  run(st, &sms_th, q3, 3, false, STATS_COMPLETED);
  run(st, &sms_th, q3, 2, true, STATS_ABANDONED); /* left after "flags" */
  run(st, &sms_en, q3, 2, true, STATS_TIMED_OUT); /* walked away after "flags" */
  run(st, &sms_en, q3, 1, true, STATS_ABANDONED); /* after "intro.card" */
  run(st, &sms_en, q3, 0, true, STATS_ABANDONED); /* before the first question */
  run(st, &sms_en, q3, 1, true, STATS_INTERRUPTED); /* a power cut: not leaving */
  run(st, &love_en, q3 + 2, 1, false, STATS_COMPLETED);
  stats_close(st);
}

/* ---- a catalogue as play_catalogue makes one ---------------------------------------- */

static const char *title(void *ud, const char *pack, const char *lesson) {
  (void)ud;
  if (strcmp(pack, "core") != 0) return NULL;
  return strcmp(lesson, "l01") == 0 ? "Is this message real?" : NULL; /* l08 unknown */
}

static const char *const words[] = {"MyBank: your card <was> used", "Find the red flags", "Can you send it?"};

static const char *question(void *ud, const char *pack, const char *lesson, const char *q) {
  (void)ud;
  (void)pack;
  if (strcmp(lesson, "l01") != 0) return NULL;
  for (int i = 0; i < 3; i++)
    if (strcmp(q, q3[i]) == 0) return words[i];
  return NULL;
}

static int order(void *ud, const char *pack, const char *lesson, const char *q) {
  (void)ud;
  (void)pack;
  if (strcmp(lesson, "l01") != 0) return -1;
  for (int i = 0; i < 3; i++)
    if (strcmp(q, q3[i]) == 0) return i;
  return -1;
}

static const StatsNames names = {title, question, order, NULL};

static char *db_path(void) { return path_join(data, "stats.db"); }

/* ---- the queries ------------------------------------------------------------------- */

START_TEST(test_dropoff_counts_the_last_question_of_runs_learners_left) {
  record();
  char *path = db_path();
  Error err;
  sqlite3 *db = stats_db_open_read(path, &err);
  ck_assert_msg(db != NULL, "%s", err.msg);
  StatsDropX rows[8];
  StatsFilter all = {0};
  int n = stats_q_dropoff(db, &all, rows, 8);
  stats_dropoff_sort(rows, n, &names);
  ck_assert_int_eq(n, 3); /* "", intro.card, flags: the interrupted run and finished ones are not here */
  ck_assert_str_eq(rows[0].question_id, "");
  ck_assert_int_eq(rows[0].runs, 1);
  ck_assert_str_eq(rows[1].question_id, "intro.card");
  ck_assert_int_eq(rows[1].runs, 1);
  ck_assert_str_eq(rows[2].question_id, "flags");
  ck_assert_int_eq(rows[2].runs, 2);
  /* without names: by id after "before the first question" */
  stats_dropoff_sort(rows, n, NULL);
  ck_assert_str_eq(rows[0].question_id, "");
  ck_assert_str_eq(rows[1].question_id, "flags");
  sqlite3_close(db);
  free(path);
}
END_TEST

START_TEST(test_languages_count_completion_and_score) {
  record();
  char *path = db_path();
  Error err;
  sqlite3 *db = stats_db_open_read(path, &err);
  ck_assert_msg(db != NULL, "%s", err.msg);
  StatsLanguageX rows[4];
  StatsFilter all = {0};
  ck_assert_int_eq(stats_q_languages(db, &all, rows, 4), 2);
  ck_assert_str_eq(rows[0].r.lang, "en"); /* 6 runs */
  ck_assert_int_eq(rows[0].r.runs, 6);
  ck_assert_int_eq(rows[0].r.completions, 2);
  ck_assert_double_eq_tol(rows[0].r.average_score, 50.0, 1e-9); /* 100 % and 0 % */
  ck_assert_str_eq(rows[1].r.lang, "th");
  ck_assert_int_eq(rows[1].r.runs, 2);
  ck_assert_int_eq(rows[1].r.completions, 1);
  ck_assert_double_eq_tol(rows[1].r.average_score, 0.0, 1e-9);
  sqlite3_close(db);
  free(path);
}
END_TEST

/* ---- what staff read --------------------------------------------------------------- */

START_TEST(test_the_report_names_lessons_and_questions_with_ids_as_tooltips) {
  record();
  char *path = db_path(), *html = path_join(dir, "report.html");
  Error err = {""};
  ck_assert_msg(stats_report(path, html, &names, &err), "%s", err.msg);
  char *text = fs_read_file(html, 1 << 24, NULL, &err);
  ck_assert_ptr_nonnull(text);
  ck_assert_ptr_nonnull(strstr(text, "<span title=\"core/l01\">Is this message real?</span>"));
  ck_assert_ptr_nonnull(strstr(text, "<span title=\"flags\">Find the red flags</span>"));
  ck_assert_ptr_nonnull(strstr(text, "MyBank: your card &lt;was&gt; used")); /* escaped */
  ck_assert_ptr_nonnull(strstr(text, ">core/l08<"));                        /* unknown: its id */
  const char *leave = strstr(text, "Where learners leave each lesson");
  ck_assert_ptr_nonnull(leave);
  const char *first = strstr(leave, "before the first question"), *after = strstr(leave, "after: MyBank"),
             *flags = strstr(leave, "after: Find the red flags");
  ck_assert(first && after && flags && first < after && after < flags); /* the lesson's order */
  ck_assert_ptr_nonnull(strstr(text, "<td>th</td><td class=\"n\">2</td><td class=\"n\">1</td><td class=\"n\">50%</td>"));
  free(text);
  /* without names the ids show, and the report says how to get the names */
  ck_assert_msg(stats_report(path, html, NULL, &err), "%s", err.msg);
  text = fs_read_file(html, 1 << 24, NULL, &err);
  ck_assert_ptr_nonnull(strstr(text, "run with --lessons DIR"));
  ck_assert_ptr_nonnull(strstr(text, "<span title=\"flags\">flags</span>"));
  ck_assert_ptr_null(strstr(text, "Is this message real?"));
  free(text);
  free(html);
  free(path);
}
END_TEST

START_TEST(test_the_summary_names_lessons_and_questions) {
  record();
  char *path = db_path();
  Error err = {""};
  char *text = stats_summary(path, &names, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  ck_assert_ptr_nonnull(strstr(text, "\nIs this message real?   "));
  ck_assert_ptr_nonnull(strstr(text, "\nIs this message real?: Find the red flags   "));
  ck_assert_ptr_nonnull(strstr(text, "\nIs this message real?\n  before the first question  "));
  ck_assert_ptr_nonnull(strstr(text, "\n  after: Find the red flags  "));
  ck_assert_ptr_nonnull(strstr(text, "\ncore/l08 "));
  free(text);
  free(path);
}
END_TEST

static Suite *names_suite(void) {
  Suite *s = suite_create("stats-names");
  TCase *tc = tcase_create("names");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_dropoff_counts_the_last_question_of_runs_learners_left);
  tcase_add_test(tc, test_languages_count_completion_and_score);
  tcase_add_test(tc, test_the_report_names_lessons_and_questions_with_ids_as_tooltips);
  tcase_add_test(tc, test_the_summary_names_lessons_and_questions);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(names_suite)
