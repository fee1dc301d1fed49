/* test_session.c — the PlaySession, the one way a lesson is played and recorded: what
   it records for each way a run can end, when an answer reaches the record (at its
   feedback, once), the progress count, and what happens when the disk is full: each
   lost record is logged with its reason and counted, the learner goes on, and
   recording resumes by itself when space frees. Every driver (the kiosk's touchscreen,
   kiosk play, explore, the pack checker) goes through these same calls. */
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/resource.h>

#include "core/fs.h"
#include "play/session.h"
#include "testutil.h"

static char *dir;
static char data[600];
static LessonSource *src;
static StatsStore *store;
static char logged[16][ERROR_MAX];
static int nlogged;

static void capture(void *ud, const char *line) {
  (void)ud;
  if (nlogged < 16) snprintf(logged[nlogged], sizeof logged[0], "%s", line);
  nlogged++;
}

static const char *lesson_code =
    "page { title = 'p_title', text = 'p_text' }\n"
    "local id = choose { id = 'q1', question = 'q', { 'a', correct = true, feedback = 'fa' },\n"
    "  { 'b', feedback = 'fb' } }\n"
    "if id == 'b' then error('lesson broke on purpose') end\n"
    "sort { id = 'q2', question = 'q',\n"
    "  { id = 'm1', message = sms { from = 'p_title', text = 'msg' }, scam = true, why = 'fa' } }\n"
    "result { takeaways = { 'p_text' } }\n";

static void setup(void) {
  dir = test_tmpdir();
  ck_assert_ptr_nonnull(dir);
  test_write(dir, "pack/strings/en.lua",
             "return { p_title = 'Title', p_text = 'Text', q = 'Question?', a = 'Answer A',\n"
             "  b = 'Answer B', fa = 'Feedback A', fb = 'Feedback B', msg = 'A message' }\n");
  test_write(dir, "pack/lessons/l1.lua", lesson_code);
  char lesson[700];
  snprintf(lesson, sizeof lesson, "%s/pack/lessons/l1.lua", dir);
  Error err;
  src = lesson_source_new(lesson, &err);
  ck_assert_msg(src != NULL, "%s", err.msg);
  snprintf(data, sizeof data, "%s/data", dir);
  mkdir(data, 0755);
  store = stats_open(data, "kiosk-1", 0, &err);
  ck_assert_msg(store != NULL, "%s", err.msg);
  nlogged = 0;
}

static void teardown(void) {
  stats_close(store);
  lesson_source_free(src);
  test_rmtree(dir);
  free(dir);
}

static PlaySessionOptions options(PlayVisit *visit) {
  return (PlaySessionOptions){.src = src, .lang = "en", .seed = 1, .visit = visit,
                              .pack_id = "test", .pack_version = "1.0.0"};
}

static PlayVisit visit_of(StatsStore *st) { return (PlayVisit){st, 0, {capture, NULL}}; }

/* One value of the only row a query returns, as text ("" for NULL, "none" for no row). */
static char *query(const char *sql) {
  char path[700];
  snprintf(path, sizeof path, "%s/stats.db", data);
  sqlite3 *db;
  ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  sqlite3_stmt *s;
  ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
  char *out = strdup("none");
  if (sqlite3_step(s) == SQLITE_ROW) {
    free(out);
    const unsigned char *t = sqlite3_column_text(s, 0);
    out = strdup(t ? (const char *)t : "");
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

static void assert_query(const char *sql, const char *want) {
  char *got = query(sql);
  ck_assert_msg(strcmp(got, want) == 0, "%s: got '%s', want '%s'", sql, got, want);
  free(got);
}

static Answer option(int i) { return (Answer){.status = ANSWER_GIVEN, .choice = i}; }

/* Starts a run and answers its screens with the given choices ("continue" for pages). */
static PlaySession *play_to(PlayVisit *v, int nscreens, PlayStep *step) {
  PlaySessionOptions opt = options(v);
  Error err = {""};
  PlaySession *s = play_session_start(&opt, 10, step, &err);
  ck_assert_msg(s != NULL, "%s", err.msg);
  for (int i = 0; i < nscreens && *step == PLAY_SHOW; i++) {
    const Screen *sc = play_session_screen(s);
    Answer a = sc->kind == SCREEN_PAGE ? answer_continue() : option(sc->kind == SCREEN_DECIDE ? 1 : 0);
    *step = play_session_answer(s, &a, 20 + (uint64_t)i, &err);
  }
  return s;
}

START_TEST(test_a_finished_run_is_completed_once_its_result_shows) {
  PlayVisit v = visit_of(store);
  PlayStep step;
  PlaySession *s = play_to(&v, 3, &step);
  ck_assert_int_eq(step, PLAY_SHOW);
  ck_assert_int_eq(play_session_screen(s)->kind, SCREEN_RESULT);
  ck_assert_int_eq(play_session_screens(s), 4);
  /* durable the moment the result shows, before the learner leaves it */
  assert_query("SELECT outcome || ' ' || score || '/' || max_score FROM runs", "completed 2/2");
  assert_query("SELECT count(*) FROM answers", "2");
  assert_query("SELECT pack_id || ' ' || pack_version || ' ' || lesson_id || ' ' || lang FROM runs",
               "test 1.0.0 l1 en");
  play_session_leave(s, PLAY_TIMED_OUT, 99); /* a later reset does not undo "completed" */
  play_session_free(s, 100);
  assert_query("SELECT outcome FROM runs", "completed");
  ck_assert_int_eq(nlogged, 0);
}
END_TEST

START_TEST(test_an_answer_is_recorded_at_its_feedback_and_only_once) {
  PlayVisit v = visit_of(store);
  PlayStep step;
  PlaySession *s = play_to(&v, 1, &step); /* on the question */
  ck_assert_int_eq(play_session_screen(s)->kind, SCREEN_CHOICE);
  Answer a = option(0);
  play_session_feedback(s, &a, 30);
  assert_query("SELECT question_id || ' ' || chosen || ' ' || correct FROM answers", "q1 a 1");
  Error err;
  ck_assert_int_eq(play_session_answer(s, &a, 31, &err), PLAY_SHOW);
  assert_query("SELECT count(*) FROM answers", "1");
  play_session_free(s, 40);
  assert_query("SELECT outcome FROM runs", "abandoned");
}
END_TEST

START_TEST(test_leaving_during_feedback_keeps_the_answer) {
  PlayVisit v = visit_of(store);
  PlayStep step;
  PlaySession *s = play_to(&v, 1, &step);
  Answer a = option(0);
  play_session_feedback(s, &a, 30);
  play_session_leave(s, PLAY_LEFT, 35);
  ck_assert_ptr_null(play_session_screen(s));
  Error err;
  ck_assert_int_eq(play_session_answer(s, &a, 36, &err), PLAY_FAILED); /* the run is over */
  play_session_free(s, 40);
  assert_query("SELECT outcome || ' ' || score FROM runs", "abandoned 1");
  assert_query("SELECT count(*) FROM answers", "1");
}
END_TEST

START_TEST(test_nobody_there_is_timed_out_and_quit_is_abandoned) {
  PlayVisit v = visit_of(store);
  PlayStep step;
  PlaySession *s = play_to(&v, 1, &step);
  Answer timeout = {.status = ANSWER_TIMEOUT};
  Error err;
  ck_assert_int_eq(play_session_answer(s, &timeout, 50, &err), PLAY_FINISHED);
  play_session_free(s, 60);
  s = play_to(&v, 0, &step);
  Answer quit = {.status = ANSWER_QUIT};
  ck_assert_int_eq(play_session_answer(s, &quit, 70, &err), PLAY_FINISHED);
  play_session_free(s, 80);
  assert_query("SELECT group_concat(outcome, ',') FROM (SELECT outcome FROM runs ORDER BY id)",
               "timed-out,abandoned");
  assert_query("SELECT count(DISTINCT visit_id) FROM runs", "1"); /* one visit, two runs */
  assert_query("SELECT count(*) FROM answers", "0"); /* nothing given, nothing recorded */
}
END_TEST

START_TEST(test_a_lesson_that_breaks_is_recorded_as_an_error_with_its_reason) {
  PlayVisit v = visit_of(store);
  PlayStep step;
  PlaySession *s = play_to(&v, 1, &step);
  Answer b = option(1);
  Error err = {""};
  ck_assert_int_eq(play_session_answer(s, &b, 30, &err), PLAY_FAILED);
  ck_assert_msg(strstr(err.msg, "lesson broke on purpose") && strstr(err.msg, "l1.lua"), "%s", err.msg);
  ck_assert_ptr_null(play_session_screen(s));
  play_session_free(s, 40);
  assert_query("SELECT outcome FROM runs", "error");
}
END_TEST

START_TEST(test_without_a_store_nothing_is_recorded_and_the_lesson_plays) {
  PlayStep step;
  PlaySession *s = play_to(NULL, 3, &step);
  ck_assert_int_eq(play_session_screen(s)->kind, SCREEN_RESULT);
  int points, max;
  play_session_score(s, &points, &max);
  ck_assert_int_eq(points, 2);
  ck_assert_int_eq(max, 2);
  play_session_free(s, 40);
  assert_query("SELECT count(*) FROM runs", "0");
}
END_TEST

START_TEST(test_the_progress_estimate_counts_the_first_answers_path) {
  ck_assert_int_eq(play_estimate_screens(src, "en", NULL, NULL, 0), 4);
  assert_query("SELECT count(*) FROM runs", "0"); /* an estimate records nothing */
}
END_TEST

START_TEST(test_a_full_disk_logs_each_lost_record_and_recording_resumes) {
  char small[700];
  bool tmpfs = test_small_disk(dir, "small", small, sizeof small);
  Error err;
  StatsStore *st = stats_open(small, "kiosk-1", 0, &err);
  ck_assert_msg(st != NULL, "%s", err.msg);
  PlayVisit v = visit_of(st);
  play_visit_begin(&v, 1);
  ck_assert_int_gt(v.id, 0);
  char junk[800];
  snprintf(junk, sizeof junk, "%s/junk", small);
  if (tmpfs) {
    test_fill_disk(small);
  } else {
    signal(SIGXFSZ, SIG_IGN);
    char wal[800];
    snprintf(wal, sizeof wal, "%s/stats.db-wal", small);
    struct stat sb;
    ck_assert_int_eq(stat(wal, &sb), 0);
    setrlimit(RLIMIT_FSIZE, &(struct rlimit){(rlim_t)sb.st_size, RLIM_INFINITY});
  }
  /* two whole lessons on a full disk: the learner sees every screen */
  for (int run = 0; run < 2; run++) {
    PlayStep step;
    PlaySession *s = play_to(&v, 3, &step);
    ck_assert_int_eq(step, PLAY_SHOW);
    ck_assert_int_eq(play_session_screen(s)->kind, SCREEN_RESULT);
    play_session_free(s, 100);
  }
  /* each run: its start, its two answers and its end, each logged with the reason */
  ck_assert_int_eq(stats_lost_records(st), 8);
  ck_assert_int_eq(nlogged, 8);
  ck_assert_msg(strstr(logged[0], "(a lesson run; 1 records lost since start)") != NULL, "%s", logged[0]);
  if (tmpfs) {
    ck_assert_str_eq(logged[0], "statistics not saved: the disk is full (a lesson run; 1 records lost since start)");
    ck_assert_str_eq(stats_lost_reason(st), "the disk is full");
  }
  ck_assert_str_eq(logged[1], "statistics not saved: its lesson run could not be recorded (an answer; 2 records lost "
                              "since start)");
  ck_assert_msg(strstr(logged[7], "(the end of a lesson run; 8 records lost since start)") != NULL, "%s", logged[7]);
  /* space again: the next run is recorded without a restart */
  if (tmpfs) unlink(junk);
  else setrlimit(RLIMIT_FSIZE, &(struct rlimit){RLIM_INFINITY, RLIM_INFINITY});
  PlayStep step;
  PlaySession *s = play_to(&v, 3, &step);
  play_session_free(s, 200);
  ck_assert_int_eq(nlogged, 8);
  ck_assert_int_eq(stats_lost_records(st), 8); /* staff still see what was lost... */
  ck_assert_ptr_null(stats_warning(st));       /* ...though writing works again */
  stats_close(st);
  snprintf(data, sizeof data, "%s", small);
  assert_query("SELECT count(*) || ' ' || min(outcome) FROM runs", "1 completed");
  assert_query("SELECT count(*) FROM answers", "2");
}
END_TEST

static Suite *session_suite(void) {
  Suite *s = suite_create("session");
  TCase *tc = tcase_create("core");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_a_finished_run_is_completed_once_its_result_shows);
  tcase_add_test(tc, test_an_answer_is_recorded_at_its_feedback_and_only_once);
  tcase_add_test(tc, test_leaving_during_feedback_keeps_the_answer);
  tcase_add_test(tc, test_nobody_there_is_timed_out_and_quit_is_abandoned);
  tcase_add_test(tc, test_a_lesson_that_breaks_is_recorded_as_an_error_with_its_reason);
  tcase_add_test(tc, test_without_a_store_nothing_is_recorded_and_the_lesson_plays);
  tcase_add_test(tc, test_the_progress_estimate_counts_the_first_answers_path);
  tcase_add_test(tc, test_a_full_disk_logs_each_lost_record_and_recording_resumes);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(session_suite)
